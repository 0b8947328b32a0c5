/**
 * Discord faults (issue 9, item 3), injected by the fake Discord into the running bot's traffic: the
 * gateway connection closing in each way Discord closes it, rate limits (429 with retry-after) and
 * server errors on the answer's edit and on the acknowledgement, an edit held up beyond 3 s, and
 * interactions arriving while the bot shuts down. After each, the user must get the answer or a clear
 * message, and the bot must go on answering.
 */
import { MessageFlags } from 'discord.js';
import { stringsFor } from '../../../src/present/strings.js';
import type { InteractionHandle } from '../fake-discord.js';
import { auditMessages, auditProblems } from './audit.js';
import { processExists, startBotRun, type BotRun, type BotRunOptions } from './bot-harness.js';
import { endsAsk, follow, type Outcome } from './interactions.js';
import { isError } from './load.js';

export interface FaultOutcome {
  fault: string;
  /** What the user saw: "answer", "error message (…)", "restart notice", or what went wrong. */
  seen: string;
  /** Milliseconds from the interaction's dispatch to what the user saw. */
  ms?: number;
  ok: boolean;
}

const QUESTION = '¿Qué prometió Putin?';
/** The answer's edit and the acknowledgement, as the fake Discord's request matchers see them. */
const EDIT = { method: 'PATCH', pathPattern: '/messages/@original' } as const;
const CALLBACK = { method: 'POST', pathPattern: /\/callback$/ } as const;

function seenIn(outcome: Outcome): string {
  if (outcome.failure) return `nothing: ${outcome.failure}`;
  if (isError(outcome.final)) return 'error message with an error id';
  const message = outcome.final?.message;
  return (message?.embeds[0]?.fields?.length ?? 0) > 0 ? 'answer' : `notice: ${message?.content ?? '?'}`;
}

/** Sends /ask, follows it, and judges what the user saw against what the fault allows. */
async function ask(run: BotRun, fault: string, accept: (seen: string) => boolean, timeoutMs = 30_000): Promise<FaultOutcome> {
  const handle = run.discord.sendCommand('ask', { question: QUESTION }, { userId: run.newUser() });
  return judge(run, fault, handle, accept, timeoutMs);
}

async function judge(run: BotRun, fault: string, handle: InteractionHandle, accept: (seen: string) => boolean, timeoutMs: number): Promise<FaultOutcome> {
  const outcome = await follow(run.discord, handle, endsAsk, timeoutMs);
  const seen = seenIn(outcome);
  const problems = auditProblems(auditMessages(run.discord, { interactionId: handle.id }));
  return { fault, seen: problems.length ? `${seen}; ${problems.join('; ')}` : seen, ms: outcome.finalMs, ok: accept(seen) && problems.length === 0 };
}

const answered = (seen: string) => seen === 'answer';
const answeredOrExplained = (seen: string) => seen === 'answer' || seen === 'error message with an error id';

/** Gateway closes in each of Discord's ways, `repeats` rounds; after each the bot reconnects and answers. */
export async function gatewayFaults(run: BotRun, repeats: number): Promise<FaultOutcome[]> {
  const closes: Array<[string, number, boolean]> = [
    ['gateway closed with 4000 (client resumes)', 4000, true],
    ['connection dropped without a close frame, 1006 (client resumes)', 1006, true],
    ['gateway closed with 1000 (client identifies again)', 1000, true],
    ['session invalidated (RESUME refused, client identifies again)', 4000, false],
  ];
  const outcomes: FaultOutcome[] = [];
  for (let round = 0; round < repeats; round++) {
    for (const [fault, code, resumable] of closes) {
      await run.discord.closeGateway(code, { resumable });
      // Sent while the bot is away: Discord keeps it for a resuming session and loses it with an invalidated one.
      const meanwhile = run.discord.sendCommand('ask', { question: QUESTION }, { userId: run.newUser() });
      await run.discord.ready();
      if (resumable && code !== 1000) outcomes.push(await judge(run, `${fault}: /ask sent while disconnected`, meanwhile, answered, 15_000));
      outcomes.push(await ask(run, `${fault}: /ask after reconnecting`, answered));
    }
  }
  return outcomes;
}

/** Rate limits, server errors and delays on the acknowledgement and on the answer's edit. */
export async function restFaults(run: BotRun): Promise<FaultOutcome[]> {
  const { discord } = run;
  const cases: Array<[string, () => void, (seen: string) => boolean]> = [
    ['429 on the answer’s edit, retry-after 1 s', () => discord.failNext({ ...EDIT, status: 429, retryAfter: 1 }), answered],
    ['429 three times in a row on the edit, retry-after 0.5 s', () => discord.failNext({ ...EDIT, status: 429, retryAfter: 0.5, times: 3 }), answered],
    ['429 on the acknowledgement, retry-after 0.5 s', () => discord.failNext({ ...CALLBACK, status: 429, retryAfter: 0.5 }), answered],
    ['500 on the answer’s edit, once', () => discord.failNext({ ...EDIT, status: 500 }), answered],
    ['500 on the answer’s edit, three times', () => discord.failNext({ ...EDIT, status: 500, times: 3 }), answered],
    ['500 on the answer’s edit through every retry (4 times)', () => discord.failNext({ ...EDIT, status: 500, times: 4 }), answeredOrExplained],
    ['502 then 503 on the edit', () => (discord.failNext({ ...EDIT, status: 502 }), discord.failNext({ ...EDIT, status: 503 })), answered],
    ['500 on the acknowledgement, once', () => discord.failNext({ ...CALLBACK, status: 500 }), answered],
    ['edit held up 4 s, beyond the 3 s after the defer', () => discord.delayNext({ ...EDIT, delayMs: 4000 }), answered],
    ['acknowledgement held up 2 s in transit', () => discord.delayNext({ ...CALLBACK, delayMs: 2000 }), answered],
  ];
  const outcomes: FaultOutcome[] = [];
  for (const [fault, inject, accept] of cases) {
    inject();
    outcomes.push(await ask(run, fault, accept));
  }
  // Past Discord's deadline nothing can reach the user; the bot must log it and carry on.
  discord.delayNext({ ...CALLBACK, delayMs: 3500 });
  const late = discord.sendCommand('ask', { question: QUESTION }, { userId: run.newUser() });
  const lost = await follow(discord, late, endsAsk, 4500);
  const refused = run.discord.violations.some((violation) => violation.interactionId === late.id && violation.code === 10062);
  outcomes.push({
    fault: 'acknowledgement held up 3.5 s, past Discord’s deadline',
    seen: refused && lost.ackMs === undefined ? 'nothing: Discord refused the late acknowledgement (10062), so the user sees "did not respond"' : seenIn(lost),
    ok: refused && lost.ackMs === undefined,
  });
  outcomes.push(await ask(run, '… and the next /ask', answered));
  return outcomes;
}

/**
 * SIGTERM while an /ask is under way (its edit held up), then a new /ask: the first is answered, the
 * newcomer is told the bot is restarting, and the process exits 0 within the drain timeout.
 */
export async function shutdownFaults(options: BotRunOptions): Promise<FaultOutcome[]> {
  const run = await startBotRun(options);
  try {
    const { discord } = run;
    discord.delayNext({ ...EDIT, delayMs: 1500 });
    const underWay = discord.sendCommand('ask', { question: QUESTION }, { userId: run.newUser() });
    await discord.waitForCallback(underWay);
    const stopping = performance.now();
    const exited = run.stop();
    await run.entry.waitForLog(/shutting down/, 10_000);
    const late = discord.sendCommand('sources', {}, { userId: run.newUser(), locale: 'en-US' });
    const lateReply = await discord.waitForCallback(late, 5000).then(
      (event) => event,
      () => undefined,
    );
    const { code } = await exited;
    const exitMs = performance.now() - stopping;
    const orphaned = await processExists(run.botPid);
    const first = await judge(run, 'SIGTERM while an /ask is under way', underWay, answered, 10_000);
    const restarting = lateReply?.body.content === stringsFor('en').restarting && ((lateReply.body.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    return [
      first,
      { fault: 'an interaction arriving during shutdown', seen: restarting ? 'restart notice (ephemeral)' : `unexpected: ${JSON.stringify(lateReply?.body ?? 'nothing')}`, ms: lateReply?.atMs, ok: restarting },
      {
        fault: options.npmStart ? 'the process after SIGTERM to npm' : 'the process after SIGTERM',
        seen: `exit code ${code} after ${Math.round(exitMs)} ms${orphaned ? `; the bot (pid ${run.botPid}) still runs` : ''}`,
        ms: Math.round(exitMs),
        ok: code === 0 && !orphaned,
      },
    ];
  } finally {
    await run.close();
  }
}

/**
 * SIGTERM while an /ask waits for a language model that never replies (LLM_TIMEOUT_MS 20 s, past the bot's 10 s
 * drain): the shutdown cuts the summary short, the user gets the extractive answer, and the process exits 0 within the
 * drain. `llm` is a fake OpenAI-compatible server scripted to hang.
 */
export async function shutdownDuringSummary(llm: { baseUrl: string; requests: unknown[] }): Promise<FaultOutcome[]> {
  const run = await startBotRun({ env: { LLM_PROVIDER: 'openai', LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'fake-model', LLM_API_KEY: 'sk-test-not-a-key', LLM_TIMEOUT_MS: '20000' } });
  try {
    const underWay = run.discord.sendCommand('ask', { question: QUESTION }, { userId: run.newUser() });
    await run.discord.waitForCallback(underWay);
    for (const started = performance.now(); llm.requests.length === 0 && performance.now() - started < 30_000; ) await new Promise((resolve) => setTimeout(resolve, 50));
    const stopping = performance.now();
    const { code } = await run.stop();
    const exitMs = Math.round(performance.now() - stopping);
    return [
      await judge(run, 'SIGTERM while the LLM summary is under way', underWay, answered, 5_000),
      { fault: 'the process after SIGTERM', seen: `exit code ${code} after ${exitMs} ms`, ms: exitMs, ok: code === 0 && exitMs < 10_000 },
    ];
  } finally {
    await run.close();
  }
}

export interface GroupedOutcome {
  fault: string;
  trials: number;
  ok: number;
  /** The distinct things the user saw. */
  seen: string[];
  maxMs: number;
}

/** Repeated rounds of the same fault, as one line each. */
export function groupOutcomes(outcomes: FaultOutcome[]): GroupedOutcome[] {
  const groups = new Map<string, FaultOutcome[]>();
  for (const outcome of outcomes) {
    const group = groups.get(outcome.fault);
    if (group) group.push(outcome);
    else groups.set(outcome.fault, [outcome]);
  }
  return [...groups].map(([fault, group]) => ({
    fault,
    trials: group.length,
    ok: group.filter((outcome) => outcome.ok).length,
    seen: [...new Set(group.map((outcome) => outcome.seen.replace(/\/interactions\/\d+\//g, '/interactions/…/')))],
    maxMs: Math.max(...group.map((outcome) => outcome.ms ?? 0)),
  }));
}
