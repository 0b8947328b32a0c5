/**
 * How long an article written into a running library's seeds folder takes to reach each front end
 * (issue 17: "one article added is answerable by /ask within 2 s"). Restores the library from an
 * existing snapshot, watching, as the bot does; then, several times over, writes one new article (a
 * statement by a new speaker in it), and times from the write to /ask citing it, to /quote finding
 * its speaker, and to its removal showing, with the process's CPU time (all threads) beside each
 * wall time: the machine is shared. The update's own phases, and the snapshot save that follows it,
 * come from the library's log lines; each run starts once the previous one's save is done, and while
 * a save runs a question is asked every POLL_MS: the slowest, from when it was due, is reported.
 *
 *   npx tsx scripts/bench/live-update.ts --seeds DIR --index DIR [--runs 5] [--journal-limit BYTES]
 *
 * The seeds folder is left as it was (each article is removed again). Use a copy of a bench archive
 * (scripts/bench/scale.ts writes them to $TMPDIR/hemeroteca-bench) with its index built by the same
 * code, or the first open rebuilds it.
 */
import { rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../src/config.js';
import { openLibrary, type Library } from '../../src/library.js';
import { loggerCalling, type Logged } from '../../tests/support/recording-logger.js';

const { values } = parseArgs({ options: { seeds: { type: 'string' }, index: { type: 'string' }, runs: { type: 'string', default: '5' }, 'journal-limit': { type: 'string' } } });
if (!values.seeds || !values.index) throw new Error('usage: live-update.ts --seeds DIR --index DIR [--runs N]');
const runs = Number(values.runs);
const POLL_MS = 10;
const GIVE_UP_MS = 120_000;

/**
 * How the library keeps an update: a whole save of the snapshot, or (since issue 17's seventh round) a
 * record appended to its journal; with --journal-limit, the whole save that follows the journal's record.
 */
const SAVED = new Set(values['journal-limit'] === undefined ? ['saved the index snapshot', 'journaled the seed changes'] : ['saved the index snapshot']);

/** The library's update log lines since the last write, each with when it came (ms after the write). */
const updates: (Logged & { at: number })[] = [];
let writtenAt = 0;
const log = loggerCalling((entry) => {
  if (entry.message === 'applied seed changes' || SAVED.has(entry.message)) updates.push({ ...entry, at: Math.round(performance.now() - writtenAt) });
  if (entry.level === 'error' || (entry.level === 'warn' && !('file' in entry.fields))) process.stderr.write(`${entry.level}: ${entry.message} ${JSON.stringify(entry.fields)}\n`);
});

/** CPU time of the whole process (all threads), ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Wall and CPU time from now until `done()` holds (polled every POLL_MS). */
async function until(done: () => boolean | Promise<boolean>, what: string): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpu = cpuMs();
  while (!(await done())) {
    if (performance.now() - started > GIVE_UP_MS) throw new Error(`not within ${GIVE_UP_MS} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { ms: performance.now() - started, cpuMs: cpuMs() - cpu };
}

/** An article of its own for run `n`: invented place, numbers and speaker, so that only it answers. */
function article(n: number): { id: string; text: string; question: string; speaker: string } {
  const place = `Ultrabrin${n}`;
  const speaker = `Selvia Ombrastán${n}`;
  return {
    id: `zz-live-bench-${n}`,
    question: `¿Cuántos destellos registró el observatorio Qarnavel sobre la meseta de ${place}?`,
    speaker,
    text: [
      `El observatorio Qarnavel registró ${4817 + n} destellos sobre la meseta de ${place}`,
      `El observatorio Qarnavel registró ${4817 + n} destellos sobre la meseta de ${place} durante la noche del martes.`,
      `«Nunca habíamos visto tantos destellos sobre ${place}», dijo la directora del observatorio, ${speaker}.`,
      `Los destellos de ${place} duraron menos de un segundo cada uno, según el equipo del observatorio Qarnavel.`,
    ].join('\n\n'),
  };
}

/** The slowest /ask while waiting, ms: how long a question was kept waiting by the update. */
let slowestAsk = 0;
async function cites(library: Library, question: string, id: string): Promise<boolean> {
  const started = performance.now();
  const answer = await library.ask(question);
  slowestAsk = Math.max(slowestAsk, performance.now() - started);
  return answer.citations.some((citation) => citation.articleId === id);
}
const lines = () => updates.map(({ message, fields, at }) => ({ message, at, ...fields }));

const ASKED_WHILE_SAVING = '¿Cuántos estudiantes tiene la universidad?';

/**
 * Waits for the save that follows the last update, so that the next change measures one update, not
 * one queued behind a save; asks a question every POLL_MS meanwhile and returns how long the slowest
 * one took from when it was due (a question that comes while this thread is busy saving waits for it,
 * as a Discord interaction would), with the save's own wall time.
 */
async function untilSaved(): Promise<{ slowestAskMs: number; asks: number }> {
  let slowest = 0;
  let asks = 0;
  const started = performance.now();
  let due = started;
  while (!SAVED.has(updates.at(-1)?.message ?? '')) {
    if (performance.now() - started > GIVE_UP_MS) throw new Error(`not within ${GIVE_UP_MS} ms: the snapshot saved after the last update`);
    await library.ask(ASKED_WHILE_SAVING);
    slowest = Math.max(slowest, performance.now() - due);
    asks++;
    due = performance.now() + POLL_MS;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { slowestAskMs: Math.round(slowest), asks };
}

// --journal-limit 1 makes every update a whole save (the journal folded into a new snapshot), as a long journal's does.
const journalLimit = values['journal-limit'] === undefined ? {} : { journalLimitBytes: Number(values['journal-limit']) };
const library = await openLibrary(readConfig({ SEEDS_DIR: values.seeds, INDEX_DIR: values.index }), log, { watch: true, ...journalLimit });
await library.ask('¿Cuántos estudiantes tiene la universidad?');
// A bot that has served a while has its quote book made: /quote after an update then pays for the new one.
library.quote('Ana');
const results = [];
for (let n = 1; n <= runs; n++) {
  const { id, text, question, speaker } = article(n);
  const file = path.join(values.seeds, `${id}.txt`);
  updates.length = 0;
  slowestAsk = 0;
  writtenAt = performance.now();
  await writeFile(file, text);
  const started = performance.now();
  const cpu = cpuMs();
  const cited = await until(() => cites(library, question, id), 'the added article cited by /ask');
  await until(() => library.quote(speaker).statements.some((statement) => statement.articleId === id), 'its speaker found by /quote');
  const added = { cited, quoted: { ms: performance.now() - started, cpuMs: cpuMs() - cpu }, slowestAskMs: Math.round(slowestAsk), whileSaving: await untilSaved() };
  const addedLog = lines();
  updates.length = 0;
  slowestAsk = 0;
  writtenAt = performance.now();
  await rm(file);
  const removed = await until(async () => !library.sources().some((source) => source.id === id) && !(await cites(library, question, id)), 'the removed article gone');
  const removedSlowestAskMs = Math.round(slowestAsk);
  const removedWhileSaving = await untilSaved();
  results.push({ n, added: { ...added, log: addedLog }, removed, removedSlowestAskMs, removedWhileSaving, removedLog: lines(), load: loadavg()[0] });
  process.stdout.write(`${JSON.stringify(results.at(-1))}\n`);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const summary = {
  articles: library.status.articles,
  runs,
  'written → cited by /ask, median ms (wall / CPU)': [median(results.map((r) => r.added.cited.ms)), median(results.map((r) => r.added.cited.cpuMs))].map(Math.round),
  'written → speaker in /quote, median ms (wall / CPU)': [median(results.map((r) => r.added.quoted.ms)), median(results.map((r) => r.added.quoted.cpuMs))].map(Math.round),
  'removed → gone, median ms (wall / CPU)': [median(results.map((r) => r.removed.ms)), median(results.map((r) => r.removed.cpuMs))].map(Math.round),
  'slowest /ask while the update was saved, ms (max over runs, added / removed)': [Math.max(...results.map((r) => r.added.whileSaving.slowestAskMs)), Math.max(...results.map((r) => r.removedWhileSaving.slowestAskMs))],
};
process.stdout.write(`${JSON.stringify(summary, null, 1)}\n`);
process.exit(0);
