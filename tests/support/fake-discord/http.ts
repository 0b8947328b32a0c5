/**
 * The REST half of the fake: an HTTP server on 127.0.0.1 that serves `/api/v10/...` like Discord. It decodes
 * paths (discord.js sends `@original` as `%40original`), parses JSON and multipart bodies (`payload_json` plus
 * files), checks the bot token on authenticated routes, logs every request with the status it got, answers
 * unknown routes with Discord's 404, and lets a test inject failures (429 with the headers @discordjs/rest reads,
 * 5xx) and delays in front of any route.
 */
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { listenOnLoopback } from '../loopback-server.js';
import { errorTree, type FieldError } from './limits.js';
import type { UploadedFile } from './messages.js';

const API_PREFIX = '/api/v10';

export interface IncomingCall {
  method: string;
  /** Decoded path below `/api/v10`, e.g. `/webhooks/123/abc/messages/@original` (the whole path for other URLs). */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or the `payload_json` part of a multipart body; undefined when there is none. */
  body: unknown;
  files: UploadedFile[];
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** Path below `/api/v10` with `:name` parameters, e.g. `/interactions/:id/:token/callback`. */
  template: string;
  /** Whether the route needs `Authorization: Bot <token>` (webhook and callback routes authenticate by URL). */
  auth: boolean;
  handle(call: IncomingCall, params: Record<string, string>): Reply;
}

export interface RecordedRequest extends IncomingCall {
  status: number;
  /** The route template matched, or undefined when the route is unknown to the fake (answered 404). */
  route: string | undefined;
  /** Milliseconds since the fake started, when the request arrived. */
  atMs: number;
  /** Set when the answer came from `failNext` rather than the route. */
  injected: boolean;
}

/** A request Discord would have refused, and why: the bot (or the test) broke one of Discord's rules. */
export interface Violation {
  method: string;
  path: string;
  status: number;
  /** Discord's JSON error code: 50035 invalid form body, 40060 already acknowledged, 10062 unknown interaction... */
  code: number;
  message: string;
  errors: FieldError[];
  interactionId?: string;
}

/** Answers a call with Discord's error and records the violation. */
export type Refuse = (
  call: IncomingCall,
  status: number,
  code: number,
  message: string,
  details?: { errors?: FieldError[]; interactionId?: string },
) => Reply;

export function refuser(violations: Violation[]): Refuse {
  return (call, status, code, message, details = {}) => {
    const errors = details.errors ?? [];
    violations.push({ method: call.method, path: call.path, status, code, message, errors, interactionId: details.interactionId });
    return discordError(status, code, message, errors.length > 0 ? errorTree(errors) : undefined);
  };
}

export interface RequestMatcher {
  method?: string;
  /** A substring of, or a pattern for, the decoded path below `/api/v10` (e.g. `/messages/@original`). */
  pathPattern: string | RegExp;
  /** How many matching requests the rule applies to (default 1). */
  times?: number;
}

export interface FailureRule extends RequestMatcher {
  status: number;
  /** Seconds, for 429s (default 0.2); sent in `retry-after`, `x-ratelimit-reset-after` and the body. */
  retryAfter?: number;
}

export interface DelayRule extends RequestMatcher {
  /** The request is held this long before the fake handles it, as if it had been slow to reach Discord. */
  delayMs: number;
}

export interface RestServer {
  server: http.Server;
  baseUrl: string;
  requests: RecordedRequest[];
  failNext(rule: FailureRule): void;
  delayNext(rule: DelayRule): void;
  close(): Promise<void>;
}

interface Armed<Rule> {
  rule: Rule;
  remaining: number;
}

export async function startRestServer(routes: Route[], token: string): Promise<RestServer> {
  const startedAt = Date.now();
  const requests: RecordedRequest[] = [];
  const failures: Armed<FailureRule>[] = [];
  const delays: Armed<DelayRule>[] = [];

  const route = (call: IncomingCall, match: RouteMatch | undefined, invalidJson: boolean, authorization: string | undefined): Reply => {
    if (!match) return discordError(404, 0, '404: Not Found');
    if (invalidJson) return discordError(400, 50109, 'The request body contains invalid JSON.');
    if (match.route.auth && authorization !== `Bot ${token}`) return discordError(401, 0, '401: Unauthorized');
    return match.route.handle(call, match.params);
  };

  const answer = async (req: http.IncomingMessage, atMs: number): Promise<Reply> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const underApi = url.pathname.startsWith(`${API_PREFIX}/`);
    const path = decodePath(underApi ? url.pathname.slice(API_PREFIX.length) : url.pathname);
    const parsed = await parseBody(req);
    const call: IncomingCall = { method, path, query: url.searchParams, body: parsed.body, files: parsed.files };
    const match = underApi ? findRoute(routes, method, path) : undefined;
    const delay = take(delays, call);
    if (delay) await sleep(delay.delayMs);
    const failure = take(failures, call);
    const reply = failure ? failureReply(failure) : route(call, match, parsed.invalid, req.headers.authorization);
    // Logged before the answer leaves, so a test woken by the route's effects already sees the request.
    requests.push({ ...call, status: reply.status, route: match?.route.template, atMs, injected: failure !== undefined });
    return reply;
  };

  const server = http.createServer((req, res) => {
    answer(req, Date.now() - startedAt)
      .then((reply) => send(res, reply))
      .catch((error: unknown) => send(res, discordError(500, 0, `500: fake Discord failed: ${String(error)}`)));
  });
  // Idle keep-alive connections kept open for a minute, as API front servers keep them longer than clients, not Node's 5 s: the
  // client (undici) lets an idle connection go 2 s before the server's stated timeout, and a client starved of CPU for
  // longer (a loaded test machine) could send a request on a connection the fake had just closed ("other side closed").
  server.keepAliveTimeout = 65_000;
  const { baseUrl, close } = await listenOnLoopback(server);

  return {
    server,
    baseUrl,
    requests,
    failNext: (rule) => failures.push({ rule, remaining: rule.times ?? 1 }),
    delayNext: (rule) => delays.push({ rule, remaining: rule.times ?? 1 }),
    close,
  };
}

/** Discord's error body: `{ code, message }`, plus the per-field `errors` tree for form errors. */
function discordError(status: number, code: number, message: string, errors?: Record<string, unknown>): Reply {
  return { status, body: { message, code, ...(errors ? { errors } : {}) } };
}

function failureReply(rule: FailureRule): Reply {
  if (rule.status !== 429) return discordError(rule.status, 0, `${rule.status}: ${http.STATUS_CODES[rule.status] ?? 'Error'}`);
  const retryAfter = rule.retryAfter ?? 0.2;
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
    headers: {
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': ((Date.now() / 1000) + retryAfter).toFixed(3),
      'x-ratelimit-reset-after': retryAfter.toFixed(3),
      'x-ratelimit-scope': 'user',
    },
  };
}

/** The first armed rule matching the call, consumed once. */
function take<Rule extends RequestMatcher>(armed: Armed<Rule>[], call: IncomingCall): Rule | undefined {
  const hit = armed.find(({ rule, remaining }) => remaining > 0 && matches(rule, call));
  if (!hit) return undefined;
  hit.remaining -= 1;
  if (hit.remaining === 0) armed.splice(armed.indexOf(hit), 1);
  return hit.rule;
}

function matches(rule: RequestMatcher, call: IncomingCall): boolean {
  if (rule.method && rule.method.toUpperCase() !== call.method) return false;
  return typeof rule.pathPattern === 'string' ? call.path.includes(rule.pathPattern) : rule.pathPattern.test(call.path);
}

interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

function findRoute(routes: Route[], method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const template = route.template.split('/');
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = template.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith(':')) params[part.slice(1)] = segment;
      return part.startsWith(':') || part === segment;
    });
    if (fits) return { route, params };
  }
  return undefined;
}

function decodePath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

async function parseBody(req: http.IncomingMessage): Promise<{ body: unknown; files: UploadedFile[]; invalid: boolean }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [], invalid: false };
  if (type.startsWith('multipart/form-data')) return parseMultipart(raw, type);
  return parseJson(raw.toString('utf8'));
}

async function parseMultipart(raw: Buffer, type: string): Promise<{ body: unknown; files: UploadedFile[]; invalid: boolean }> {
  // Node's fetch Response understands multipart/form-data, so no hand-written parser is needed.
  const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
  const files: UploadedFile[] = [];
  let json: { body: unknown; invalid: boolean } = { body: undefined, invalid: false };
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') json = parseJson(value);
    } else {
      files.push({ field, name: value.name, size: value.size, contentType: value.type });
    }
  }
  return { ...json, files };
}

function parseJson(text: string): { body: unknown; files: UploadedFile[]; invalid: boolean } {
  try {
    return { body: JSON.parse(text) as unknown, files: [], invalid: false };
  } catch {
    return { body: undefined, files: [], invalid: true };
  }
}

function send(res: http.ServerResponse, reply: Reply): void {
  const headers = { ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  res.writeHead(reply.status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
}
