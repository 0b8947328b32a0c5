/**
 * SIGTERM under load (issue 18): a burst of concurrent /ask from as many users, half of their answers'
 * edits held up so that they are still under way, SIGTERM once half are acknowledged, and more /ask
 * arriving while the bot shuts down. Every interaction Discord saw acknowledged must end with what the
 * user asked for (the answer) or, for those arriving during shutdown, the restart notice; the process
 * must exit 0 and leave nothing running. Repeated over many rounds, one bot process each.
 */
import { MessageFlags } from 'discord.js';
import { stringsFor } from '../../../src/present/strings.js';
import type { InteractionHandle } from '../fake-discord.js';
import { processExists, startBotRun } from './bot-harness.js';
import { endsAsk } from './interactions.js';
import { isError } from './load.js';
import { SEED_QUESTIONS } from './seed-questions.js';
import { summarise, type TimeSummary } from '../stats.js';

export interface ShutdownLoadReport {
  rounds: number;
  /** Interactions sent, in all rounds: the burst and those arriving during shutdown. */
  sent: number;
  /** Acknowledged: Discord got the bot's callback (a deferral or the restart notice). */
  acknowledged: number;
  answered: number;
  restartNotices: number;
  /** Acknowledged and then never answered: the user saw "thinking…" forever. The target is 0. */
  lost: number;
  /** Answered with an error apology. */
  errors: number;
  /** Sent after the bot had left the gateway: never delivered to it (Discord says "did not respond"). */
  notDelivered: number;
  exitsWithZero: number;
  /** Bot processes still running after the exit. */
  leftRunning: number;
  /** From SIGTERM to the exit, ms. */
  exitMs: TimeSummary;
  failures: string[];
}

const EDIT = { method: 'PATCH', pathPattern: '/messages/@original' } as const;
/** Longer than a seed answer takes, shorter than the bot's drain timeout (10 s). */
const HELD_EDIT_MS = 1500;
const LATE_GAP_MS = 40;
/** After the exit, steps the fake Discord still had in flight are given this long to land. */
const SETTLE_MS = 300;

/** `rounds` rounds of `burst` concurrent /ask, SIGTERM, and `late` more during shutdown, each round its own bot process on `indexDir`. */
export async function shutdownUnderLoad({ rounds, burst, late, indexDir }: { rounds: number; burst: number; late: number; indexDir?: string }): Promise<ShutdownLoadReport> {
  const report: Omit<ShutdownLoadReport, 'exitMs'> = {
    rounds,
    sent: 0,
    acknowledged: 0,
    answered: 0,
    restartNotices: 0,
    lost: 0,
    errors: 0,
    notDelivered: 0,
    exitsWithZero: 0,
    leftRunning: 0,
    failures: [],
  };
  const exitTimes: number[] = [];
  const restarting = [stringsFor('es').restarting, stringsFor('en').restarting];
  for (let round = 0; round < rounds; round++) {
    const run = await startBotRun({ indexDir });
    try {
      const { discord } = run;
      discord.delayNext({ ...EDIT, delayMs: HELD_EDIT_MS, times: Math.ceil(burst / 2) });
      const ask = (i: number): InteractionHandle =>
        discord.sendCommand('ask', { question: SEED_QUESTIONS[i % SEED_QUESTIONS.length] ?? '' }, { userId: run.newUser(), locale: i % 2 ? 'en-US' : 'es-ES' });
      const handles = Array.from({ length: burst }, (_, i) => ask(i));
      await Promise.all(handles.slice(0, Math.ceil(burst / 2)).map((handle) => discord.waitForCallback(handle, 10_000).catch(() => undefined)));
      const stopping = performance.now();
      const exited = run.stop();
      for (let i = 0; i < late; i++) {
        await new Promise((resolve) => setTimeout(resolve, LATE_GAP_MS));
        handles.push(ask(burst + i));
      }
      const { code } = await exited;
      exitTimes.push(performance.now() - stopping);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      if (code === 0) report.exitsWithZero++;
      else report.failures.push(`round ${round + 1}: exit code ${code}`);
      if (await processExists(run.botPid)) report.leftRunning++;
      for (const handle of handles) {
        report.sent++;
        const events = discord.messagesOf(handle);
        const callback = events.find((event) => event.kind === 'callback');
        if (!callback) {
          report.notDelivered++;
          continue;
        }
        report.acknowledged++;
        const final = events.find(endsAsk);
        const content = final?.message?.content ?? '';
        if (!final) {
          report.lost++;
          report.failures.push(`round ${round + 1}: ${handle.label} acknowledged, never answered`);
        } else if (restarting.includes(content) && ((final.message?.flags ?? 0) & MessageFlags.Ephemeral) !== 0) report.restartNotices++;
        else if (isError(final)) report.errors++;
        else report.answered++;
      }
    } finally {
      await run.close();
    }
  }
  return { ...report, exitMs: summarise(exitTimes) };
}
