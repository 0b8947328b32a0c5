/**
 * LLM faults (issue 9, item 4): the bot runs with LLM_PROVIDER=openai against the local fake
 * OpenAI-compatible server, which hangs, fails with 500 or 429, sends malformed JSON, streams without
 * end, or cites passages it was never given. Every time, the user must get the extractive answer, with
 * its citations, within the LLM timeout (plus the translation's share for a question in another
 * language, and a little for the rest of the work); and a model that recovers must be used again.
 */
import { endlessStream, failWith, groundedAnswer, hallucinatedCitation, hang, malformedJson, reply, startFakeOpenAI, type Behaviour, type FakeOpenAI } from '../fakeOpenAI.js';
import { auditMessages, auditProblems } from './audit.js';
import { startBotRun, type BotRun, type BotRunOptions } from './bot-harness.js';
import { endsAsk, follow } from './interactions.js';
import { summarise, type TimeSummary } from '../stats.js';

export interface LlmFaultReport {
  fault: string;
  /** The footer's mode the user must see: the extractive answer, or the model's once it recovers. */
  expected: 'extractive' | 'llm';
  trials: number;
  /** Trials in which the user saw the expected answer, with citations, in time. */
  ok: number;
  finalMs: TimeSummary;
  problems: string[];
}

interface Fault {
  fault: string;
  behaviours: Behaviour[];
  expected: 'extractive' | 'llm';
}

const FAULTS: Fault[] = [
  { fault: 'the model hangs', behaviours: [hang], expected: 'extractive' },
  { fault: 'HTTP 500 on every attempt', behaviours: [failWith(500)], expected: 'extractive' },
  { fault: 'HTTP 429 on every attempt', behaviours: [failWith(429)], expected: 'extractive' },
  { fault: 'malformed JSON', behaviours: [malformedJson], expected: 'extractive' },
  { fault: 'an endless stream', behaviours: [endlessStream], expected: 'extractive' },
  { fault: 'a reply citing a passage it was not given', behaviours: [hallucinatedCitation], expected: 'extractive' },
  { fault: 'a reply citing only passages it was not given', behaviours: [reply('Putin prometió enviar tropas a la Luna [8][9].')], expected: 'extractive' },
  { fault: 'HTTP 500, then a grounded answer (one retry)', behaviours: [failWith(500), groundedAnswer], expected: 'llm' },
];

const QUESTIONS = ['¿Qué prometió Putin a Kim?', 'What did Putin promise Kim?'];
const FOOTERS = { extractive: /^(.* · )?(Respuesta extractiva|Extractive answer) · /, llm: /^(Resumen redactado por un LLM|Summary written by an LLM) · / };
/** Retrieval, rendering and Discord's round trips, beyond the model's own time. */
const WORK_ALLOWANCE_MS = 2000;

/** Options for a bot run that talks to `model` with a short timeout. */
export function llmBotOptions(model: FakeOpenAI, timeoutMs: number, extra: BotRunOptions = {}): BotRunOptions {
  return { ...extra, env: { LLM_PROVIDER: 'openai', LLM_BASE_URL: model.baseUrl, LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: String(timeoutMs), ...extra.env } };
}

/** Every fault `trials` times (alternating a Spanish and an English question), through a bot of its own. */
export async function llmFaults({ trials, timeoutMs, options = {} }: { trials: number; timeoutMs: number; options?: BotRunOptions }): Promise<LlmFaultReport[]> {
  const model = await startFakeOpenAI();
  const run = await startBotRun(llmBotOptions(model, timeoutMs, options));
  // An English question is first translated (half the timeout), then summarised (the whole of it).
  const deadlineMs = timeoutMs * 1.5 + WORK_ALLOWANCE_MS;
  try {
    const reports: LlmFaultReport[] = [];
    for (const { fault, behaviours, expected } of FAULTS) {
      const times: number[] = [];
      const problems: string[] = [];
      for (let trial = 0; trial < trials; trial++) {
        // The fake restates the (Spanish) passages as they are, so only a Spanish question can get its
        // summary: a Spanish summary of an English question is rejected as not in the question's language.
        const question = expected === 'llm' ? QUESTIONS[0]! : QUESTIONS[trial % QUESTIONS.length]!;
        // The fake's script counts every request it ever served; each trial starts its own sequence instead.
        const sequence = inTurn(behaviours);
        // An English question's translation is a request of its own: a recovering model translates it well.
        model.script(expected === 'llm' ? translatingWell(sequence) : sequence);
        const problem = await askThrough(run, question, expected, deadlineMs, times);
        if (problem) problems.push(`${question}: ${problem}`);
      }
      reports.push({ fault, expected, trials, ok: trials - problems.length, finalMs: summarise(times), problems });
    }
    return reports;
  } finally {
    await run.close();
    await model.close();
  }
}

/** The behaviours one request after another, the last for every later request. */
function inTurn(behaviours: Behaviour[]): Behaviour {
  let calls = 0;
  return (request) => behaviours[Math.min(calls++, behaviours.length - 1)]!(request);
}

/** Translation requests answered with the Spanish question; the others left to `behaviour`. */
function translatingWell(behaviour: Behaviour): Behaviour {
  return (request) => (request.messages.some((message) => /You translate questions/.test(message.content)) ? { kind: 'text', text: QUESTIONS[0]! } : behaviour(request));
}

async function askThrough(run: BotRun, question: string, expected: 'extractive' | 'llm', deadlineMs: number, times: number[]): Promise<string | undefined> {
  const handle = run.discord.sendCommand('ask', { question }, { userId: run.newUser() });
  const outcome = await follow(run.discord, handle, endsAsk, deadlineMs + 10_000);
  if (outcome.failure || !outcome.final?.message) return outcome.failure ?? 'no answer';
  times.push(outcome.final.atMs);
  const [embed] = outcome.final.message.embeds.slice(-1);
  const footer = embed?.footer?.text ?? '';
  const problems = [
    ...(FOOTERS[expected].test(footer) ? [] : [`footer "${footer}", expected the ${expected} answer`]),
    ...((embed?.fields?.length ?? 0) > 0 ? [] : ['no citations']),
    ...(outcome.final.atMs <= deadlineMs ? [] : [`answered after ${outcome.final.atMs} ms, past ${deadlineMs} ms`]),
    ...auditProblems(auditMessages(run.discord, { interactionId: handle.id })),
  ];
  return problems.length ? problems.join('; ') : undefined;
}
