/**
 * A local OpenAI-compatible chat server for tests: POST /v1/chat/completions, streamed (SSE) or not,
 * on 127.0.0.1, and Ollama's streamed POST /api/chat beside it. Each test scripts how the "model" behaves, request by request, and reads back what
 * the real LangChain client sent.
 */
import http from 'node:http';
import { listenOnLoopback } from './loopback-server.js';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
}

export interface RecordedRequest {
  body: ChatRequest;
  authorization: string | undefined;
  /** When the request arrived (`performance.now()` of the process the server runs in). */
  arrivedAt: number;
  /** Set when the client closed the connection before the reply was complete: ms after the request arrived. */
  abortedAfterMs?: number;
}

/** What the server does with one request. */
export type FakeReply =
  | { kind: 'text'; text: string }
  /** An HTTP error; with `quoteAuthorization`, its message repeats the request's Authorization header, as careless proxies do. */
  | { kind: 'status'; status: number; quoteAuthorization?: boolean }
  | { kind: 'malformed' }
  /** Accepts the request and never answers. */
  | { kind: 'hang' }
  /** Streams text that never ends (or, unstreamed, never answers). */
  | { kind: 'endless' };

export type Behaviour = (request: ChatRequest) => FakeReply;

export interface FakeOpenAI {
  /** Base URL to give the OpenAI client, ending in /v1. */
  baseUrl: string;
  /** The same fake model, speaking Ollama's /api/chat. */
  ollamaBaseUrl: string;
  requests: RecordedRequest[];
  /** One behaviour per request, in order; the last one answers every later request. */
  script(...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

const CHUNK_DELAY_MS = 5;

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  let behaviours: Behaviour[] = [reply('')];

  const server = http.createServer((req, res) => {
    const wire = req.method === 'POST' ? WIRES[req.url ?? ''] : undefined;
    if (!wire) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw) as ChatRequest;
      const behaviour = behaviours[Math.min(requests.length, behaviours.length - 1)] ?? reply('');
      const recorded: RecordedRequest = { body, authorization: req.headers.authorization, arrivedAt: performance.now() };
      res.on('close', () => {
        if (!res.writableFinished) recorded.abortedAfterMs = Math.round(performance.now() - recorded.arrivedAt);
      });
      requests.push(recorded);
      void respond(res, behaviour(body), wire, body.stream ?? wire.streamsByDefault, req.headers.authorization);
    });
  });
  const { baseUrl, close } = await listenOnLoopback(server);

  return {
    baseUrl: `${baseUrl}/v1`,
    ollamaBaseUrl: baseUrl,
    requests,
    script: (...next) => {
      behaviours = next;
    },
    close,
  };
}

/** How one protocol frames replies: OpenAI's server-sent events or Ollama's JSON lines. */
interface Wire {
  streamsByDefault: boolean;
  streamType: string;
  piece(text: string): string;
  end: string;
  /** A streamed piece cut off in the middle of its JSON. */
  broken: string;
  whole(text: string): unknown;
  error(status: number, message: string): unknown;
}

const OPENAI: Wire = {
  streamsByDefault: false,
  streamType: 'text/event-stream',
  piece: (text) => sseData(openAIChunk(text)),
  end: sseData(openAIChunk('', 'stop')) + 'data: [DONE]\n\n',
  broken: 'data: {"choices":[{"index":0,"delta":{"content":"Kim\n\n',
  whole: completion,
  error: (_status, message) => ({ error: { message, type: 'server_error', code: null } }),
};

const OLLAMA: Wire = {
  streamsByDefault: true,
  streamType: 'application/x-ndjson',
  piece: (text) => JSON.stringify(ollamaChunk(text, false)) + '\n',
  end: JSON.stringify(ollamaChunk('', true)) + '\n',
  broken: '{"model":"fake-model","message":{"role":"assistant","content":"Kim\n',
  whole: (text) => ollamaChunk(text, true),
  error: (_status, message) => ({ error: message }),
};

const WIRES: Record<string, Wire> = { '/v1/chat/completions': OPENAI, '/api/chat': OLLAMA };

async function respond(res: http.ServerResponse, behaviour: FakeReply, wire: Wire, stream: boolean, authorization: string | undefined): Promise<void> {
  switch (behaviour.kind) {
    case 'hang':
      return;
    case 'status':
      const message = behaviour.quoteAuthorization ? `fake failure ${behaviour.status}: bad request header Authorization: ${authorization}` : `fake failure ${behaviour.status}`;
      res.writeHead(behaviour.status, { 'content-type': 'application/json' }).end(JSON.stringify(wire.error(behaviour.status, message)));
      return;
    case 'malformed':
      if (stream) res.writeHead(200, { 'content-type': wire.streamType }).end(wire.broken);
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"chatcmpl-fake","choices":[');
      return;
    case 'endless':
      if (!stream) return;
      res.writeHead(200, { 'content-type': wire.streamType });
      while (!res.destroyed) {
        res.write(wire.piece('bla '));
        await delay(CHUNK_DELAY_MS * 4);
      }
      return;
    case 'text':
      if (!stream) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(wire.whole(behaviour.text)));
        return;
      }
      res.writeHead(200, { 'content-type': wire.streamType });
      for (const piece of splitIntoPieces(behaviour.text)) {
        if (res.destroyed) return;
        res.write(wire.piece(piece));
        await delay(CHUNK_DELAY_MS);
      }
      res.end(wire.end);
  }
}

function sseData(value: unknown): string {
  return `data: ${JSON.stringify(value)}\n\n`;
}

function completion(text: string) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model: 'fake-model',
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function openAIChunk(content: string, finishReason: string | null = null) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'fake-model',
    choices: [{ index: 0, delta: { role: 'assistant', content }, finish_reason: finishReason }],
  };
}

/** Word-sized pieces, as a real model streams tokens. */
function ollamaChunk(content: string, done: boolean) {
  return {
    model: 'fake-model',
    created_at: new Date(0).toISOString(),
    message: { role: 'assistant', content },
    done,
    ...(done ? { done_reason: 'stop', prompt_eval_count: 1, eval_count: 1 } : {}),
  };
}

function splitIntoPieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---- Behaviours -------------------------------------------------------------------------------

export const reply =
  (text: string): Behaviour =>
  () => ({ kind: 'text', text });

export const failWith =
  (status: number): Behaviour =>
  () => ({ kind: 'status', status });

/** An HTTP error whose message quotes the Authorization header the client sent (and so the API key). */
export const failQuotingAuthorization =
  (status: number): Behaviour =>
  () => ({ kind: 'status', status, quoteAuthorization: true });

export const hang: Behaviour = () => ({ kind: 'hang' });
export const malformedJson: Behaviour = () => ({ kind: 'malformed' });
export const endlessStream: Behaviour = () => ({ kind: 'endless' });

/** The passages the prompt hands the model, by number, as the model would read them. */
export function passagesIn(request: ChatRequest): Map<number, string> {
  const prompt = request.messages.map((message) => message.content).join('\n');
  const passages = new Map<number, string>();
  for (const match of prompt.matchAll(/<passage n="(\d+)">\n?([\s\S]*?)\n?<\/passage>/g)) passages.set(Number(match[1]), match[2] ?? '');
  return passages;
}

/** A well-behaved model: restates the first sentence of each passage it was given and cites it. */
export const groundedAnswer: Behaviour = (request) => ({ kind: 'text', text: restate(passagesIn(request)) });

/** Grounded, plus a sentence citing a passage that was never given. */
export const hallucinatedCitation: Behaviour = (request) => ({
  kind: 'text',
  text: `${restate(passagesIn(request))} Además, Putin anunció una visita a Pekín [7].`,
});

/**
 * A gullible model: when a passage tells it to "ignore the previous instructions and write X",
 * it writes X; otherwise it answers like `groundedAnswer`.
 */
export const obeysInjectedInstructions: Behaviour = (request) => {
  for (const text of passagesIn(request).values()) {
    const order = /ignore (?:all |the )?previous instructions and write:?\s*(.+)/i.exec(text);
    if (order?.[1]) return { kind: 'text', text: order[1].trim().replace(/^["“]|["”]$/g, '') };
  }
  return groundedAnswer(request);
};

function restate(passages: Map<number, string>): string {
  return [...passages].map(([n, text]) => `${firstSentence(text)} [${n}].`).join(' ');
}

function firstSentence(text: string): string {
  const [first] = new Intl.Segmenter('es', { granularity: 'sentence' }).segment(text);
  return (first?.segment ?? text).trim().replace(/[.!?]$/, '');
}
