/**
 * What the snapshot's journal costs a restart (issue 17): restores a library watching, copies `--files`
 * articles from `--from` into its seeds folder and waits until they are applied and journaled, then opens
 * the library again twice in this process (modules loaded): from the snapshot and its journal, and from
 * a copy of the index without the journal (the base snapshot alone, as before the updates). Prints the
 * journal's size and each start's phases and time to a first answer, with the process's CPU time.
 *
 *   npx tsx scripts/bench/journal-replay.ts --seeds DIR --index DIR --from DIR [--files 1000]
 *
 * The copied files are removed from the seeds folder at the end; the index keeps them in its journal
 * (use copies of both, as for live-update.ts).
 */
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { JOURNAL_FILE } from '../../src/persist/journal.js';
import { loggerCalling, type Logged } from '../../tests/support/recording-logger.js';

const { values } = parseArgs({ options: { seeds: { type: 'string' }, index: { type: 'string' }, from: { type: 'string' }, files: { type: 'string', default: '1000' } } });
if (!values.seeds || !values.index || !values.from) throw new Error('usage: journal-replay.ts --seeds DIR --index DIR --from DIR [--files N]');
const count = Number(values.files);
const QUESTION = '¿Cuántos estudiantes tiene la universidad?';

const logged: Logged[] = [];
const log = loggerCalling((entry) => logged.push(entry));
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// No limit: the journal measured is the one the files make, never folded into a new snapshot meanwhile.
const running = await openLibrary(readConfig({ SEEDS_DIR: values.seeds, INDEX_DIR: values.index }), log, { watch: true, journalLimitBytes: Infinity });
const before = running.status.articles;
const added = path.join(values.seeds, 'zz-journal-bench');
await mkdir(added);
const names = (await readdir(values.from)).filter((name) => name.endsWith('.txt')).slice(0, count);
for (const name of names) await cp(path.join(values.from, name), path.join(added, name));
const journaled = () => logged.filter(({ message }) => message === 'journaled the seed changes').length;
while (running.status.articles < before + names.length) await new Promise((resolve) => setTimeout(resolve, 200));
// Closing waits for the last update to reach the journal.
await running.close();
const [generation] = (await readdir(values.index)).filter((name) => name.startsWith('snapshot-'));
const journalBytes = (await stat(path.join(values.index, generation!, JOURNAL_FILE))).size;

/** Opens the library from `indexDir` (not watching) and asks one question: the start's phases and wall and CPU time to the answer. */
async function restart(indexDir: string) {
  logged.length = 0;
  const started = performance.now();
  const cpu = cpuMs();
  const library = await openLibrary(readConfig({ SEEDS_DIR: values.seeds, INDEX_DIR: indexDir }), log, { watch: true });
  await library.ask(QUESTION);
  const restored = logged.find(({ message }) => message === 'restored index from snapshot');
  return { articles: library.status.articles, ms: Math.round(performance.now() - started), cpuMs: Math.round(cpuMs() - cpu), phases: restored?.fields['ms'] };
}

const baseOnly = `${values.index}-without-journal`;
await cp(values.index, baseOnly, { recursive: true });
await rm(path.join(baseOnly, generation!, JOURNAL_FILE));
const results = {
  articles: before,
  added: names.length,
  updates: journaled(),
  journalBytes,
  load: loadavg()[0],
  withJournal: await restart(values.index),
  baseSnapshotOnly: await restart(baseOnly),
};
await rm(baseOnly, { recursive: true });
await rm(added, { recursive: true });
process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
process.exit(0);
