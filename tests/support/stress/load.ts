/**
 * Load (issue 9, item 5): a burst of concurrent /ask interactions, each from its own user as in a busy
 * server, all of which Discord must see acknowledged within 3 seconds and then answered; and a soak of
 * sequential interactions of every kind, with the bot's resident memory sampled along the way.
 */
import { buttonIds, type MessageEvent } from '../fake-discord.js';
import { auditMessages, type MessageAudit } from './audit.js';
import type { BotRun } from './bot-harness.js';
import { DISCORD_DEADLINE_MS, endsAsk, follow, showsSomething, type Outcome } from './interactions.js';
import { summarise, type TimeSummary } from '../stats.js';

export interface BurstReport {
  interactions: number;
  acknowledgedInTime: number;
  answered: number;
  ackMs: TimeSummary;
  answerMs: TimeSummary;
  /** Wall time from the first dispatch to the last answer. */
  totalMs: number;
  failures: string[];
  audit: MessageAudit;
}

/** `count` /ask interactions dispatched at once, each from a new user, questions taken in turn from `questions`. */
export async function askBurst(run: BotRun, { count, questions, timeoutMs = 60_000 }: { count: number; questions: readonly string[]; timeoutMs?: number }): Promise<BurstReport> {
  const { discord } = run;
  const marks = { fromBody: discord.sentBodies.length, fromViolation: discord.violations.length };
  const started = performance.now();
  const handles = Array.from({ length: count }, (_, i) => discord.sendCommand('ask', { question: questions[i % questions.length]! }, { userId: run.newUser(), locale: i % 3 ? 'es-ES' : 'en-US' }));
  const outcomes = await Promise.all(handles.map((handle) => follow(discord, handle, endsAsk, timeoutMs)));
  const totalMs = performance.now() - started;
  return { interactions: count, ...tally(outcomes, run), totalMs: Math.round(totalMs), audit: auditMessages(discord, marks) };
}

/** A failure the user saw as an apology names its error id: the bot's log line of that id says what failed. */
function explained(failure: string, run: BotRun): string {
  const errorId = /\(error ([0-9a-f]{6})\)/.exec(failure)?.[1];
  const logged = errorId && run.entry.log().split('\n').find((line) => line.includes(errorId));
  return logged ? `${failure} | bot log: ${logged.slice(0, 600)}` : failure;
}

function tally(outcomes: Outcome[], run: BotRun) {
  const acked = outcomes.flatMap((outcome) => (outcome.ackMs === undefined ? [] : [outcome.ackMs]));
  const answered = outcomes.flatMap((outcome) => (outcome.finalMs === undefined || isError(outcome.final) ? [] : [outcome.finalMs]));
  return {
    acknowledgedInTime: acked.filter((ms) => ms <= DISCORD_DEADLINE_MS).length,
    answered: answered.length,
    ackMs: summarise(acked),
    answerMs: summarise(answered),
    failures: outcomes.flatMap((outcome) => (outcome.failure ? [outcome.failure] : isError(outcome.final) ? [explained(`${outcome.label}: ${outcome.final?.message?.content}`, run)] : [])),
  };
}

/** A reply that apologises for a failure: an answer nobody wanted. */
export function isError(event: MessageEvent | undefined): boolean {
  return /\(error [0-9a-f]{6}\)/.test(event?.message?.content ?? '');
}

export interface SoakSample {
  interactions: number;
  rssKb: number;
}

export interface SoakReport {
  interactions: number;
  answered: number;
  byKind: Record<string, number>;
  ackMs: TimeSummary;
  answerMs: TimeSummary;
  /** RSS once connected, before any interaction. */
  rssConnectedKb: number;
  /** RSS after the warm-up: the baseline of the growth figure. */
  rssStartKb: number;
  rssEndKb: number;
  rssPeakKb: number;
  /** (end − start) / start. */
  rssGrowth: number;
  /** Live JavaScript heap after a full collection, after the warm-up and at the end, when measured. */
  liveHeapMb?: { start: number; end: number };
  samples: SoakSample[];
  failures: string[];
  audit: MessageAudit;
}

export interface SoakOptions {
  interactions: number;
  /** Interactions before the memory baseline is taken (module loading, JIT and caches settle). */
  warmUp: number;
  sampleEvery: number;
  questions: readonly string[];
  actors: readonly string[];
  timeoutMs?: number;
  /** Measures the bot's live heap (see heap.ts), after the warm-up and at the end. */
  liveHeapMb?: () => Promise<number>;
}

type Step = (run: BotRun, i: number, options: SoakOptions) => { kind: string; outcome: Promise<Outcome> };

/** A server's mix: mostly questions, then quotes, source lists, typing into autocomplete, and buttons under answers. */
const MIX: Array<[weight: number, step: Step]> = [
  [12, (run, i, { questions, timeoutMs }) => {
    const handle = run.discord.sendCommand('ask', { question: questions[i % questions.length]! }, { userId: run.newUser(), locale: i % 2 ? 'es-ES' : 'en-GB' });
    return { kind: 'ask', outcome: follow(run.discord, handle, endsAsk, timeoutMs ?? 30_000) };
  }],
  [3, (run, i, { actors, timeoutMs }) => {
    const handle = run.discord.sendCommand('quote', { actor: actors[i % actors.length]! }, { userId: run.newUser() });
    return { kind: 'quote', outcome: follow(run.discord, handle, showsSomething, timeoutMs ?? 30_000) };
  }],
  [2, (run, i, { timeoutMs }) => {
    const handle = run.discord.sendCommand('sources', { page: 1 + (i % 3) }, { userId: run.newUser() });
    return { kind: 'sources', outcome: follow(run.discord, handle, showsSomething, timeoutMs ?? 30_000) };
  }],
  [2, (run, i, { actors, timeoutMs }) => {
    const typed = actors[i % actors.length]!.slice(0, 1 + (i % 4));
    const handle = run.discord.sendAutocomplete('quote', { actor: typed }, 'actor', { userId: run.newUser() });
    return { kind: 'autocomplete', outcome: follow(run.discord, handle, showsSomething, timeoutMs ?? 30_000) };
  }],
  [1, (run, i, options) => ({ kind: 'button', outcome: askThenClick(run, i, options) })],
];
const MIX_TOTAL = MIX.reduce((sum, [weight]) => sum + weight, 0);

/** An /ask, then a click on "more sources" or a vote under its answer (two interactions; the click is the outcome). */
async function askThenClick(run: BotRun, i: number, { questions, timeoutMs = 30_000 }: SoakOptions): Promise<Outcome> {
  const ask = run.discord.sendCommand('ask', { question: questions[i % questions.length]! }, { userId: run.newUser() });
  const asked = await follow(run.discord, ask, endsAsk, timeoutMs);
  const buttons = buttonIds(asked.final?.message);
  const target = buttons[i % buttons.length];
  if (!asked.final?.message || !target) return { ...asked, failure: asked.failure ?? 'the answer had no buttons' };
  const click = run.discord.clickButton(target, asked.final.message, { userId: run.newUser() });
  return follow(run.discord, click, showsSomething, timeoutMs);
}

/** `interactions` interactions one after another, drawn from MIX in a fixed rotation, RSS sampled every `sampleEvery`. */
export async function soak(run: BotRun, options: SoakOptions): Promise<SoakReport> {
  const { discord } = run;
  const marks = { fromBody: discord.sentBodies.length, fromViolation: discord.violations.length };
  const rotation = MIX.flatMap(([weight, step]) => Array.from({ length: weight }, () => step));
  const rssConnectedKb = await run.rssKb();
  let rssStartKb = rssConnectedKb;
  const samples: SoakSample[] = [];
  const outcomes: Outcome[] = [];
  const byKind: Record<string, number> = {};
  let liveHeapStartMb: number | undefined;
  for (let i = 0; i < options.interactions; i++) {
    if (i === options.warmUp) {
      liveHeapStartMb = await options.liveHeapMb?.();
      rssStartKb = await run.rssKb();
    }
    const { kind, outcome } = rotation[(i * 7) % MIX_TOTAL]!(run, i, options);
    outcomes.push(await outcome);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    if ((i + 1) % options.sampleEvery === 0) samples.push({ interactions: i + 1, rssKb: await run.rssKb() });
  }
  const rssEndKb = await run.rssKb();
  const liveHeapEndMb = await options.liveHeapMb?.();
  const counted = tally(outcomes, run);
  return {
    interactions: options.interactions,
    answered: counted.answered,
    byKind,
    ackMs: counted.ackMs,
    answerMs: counted.answerMs,
    rssConnectedKb,
    rssStartKb,
    rssEndKb,
    rssPeakKb: Math.max(rssEndKb, ...samples.map((sample) => sample.rssKb)),
    rssGrowth: (rssEndKb - rssStartKb) / rssStartKb,
    ...(liveHeapStartMb !== undefined && liveHeapEndMb !== undefined && { liveHeapMb: { start: liveHeapStartMb, end: liveHeapEndMb } }),
    samples,
    failures: counted.failures,
    audit: auditMessages(discord, marks),
  };
}
