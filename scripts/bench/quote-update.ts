/**
 * What the first /quote after an update costs (issue 17): the quote data merged again and the quote book
 * made for the new version. On a snapshot built by the scale benchmark (scripts/bench/scale.ts), with
 * its articles' own analyses: each round changes `--articles` articles (each goes and comes back, as an
 * edited file does) and removes as many, and times, in CPU of this process, the merge continued from the
 * previous version (`SpeakerMerge.next`) and a merge of every speaker from nothing (what each update paid
 * before), each followed by the quote book and one lookup. Both in one run: the ratio is the figure.
 *
 *   npx tsx scripts/bench/quote-update.ts --index DIR [--rounds 10] [--articles 1]
 *
 * The snapshot must be of this code's INDEX_FORMAT (read from src/library.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadSnapshot, snapshotKey } from '../../src/persist/snapshot.js';
import { readLibrarySnapshot } from '../../src/persist/library-snapshot.js';
import { createQuoteBook, mergeQuoteAnalyses, mergeSpeakers, type ArticleQuotes, type QuoteData } from '../../src/quotes/index.js';

const { values } = parseArgs({ options: { index: { type: 'string' }, rounds: { type: 'string', default: '10' }, articles: { type: 'string', default: '1' } } });
if (!values.index) throw new Error('usage: quote-update.ts --index DIR [--rounds N] [--articles N]');
const rounds = Number(values.rounds);
const perRound = Number(values.articles);

const format = Number(/const INDEX_FORMAT = (\d+);/.exec(await readFile(new URL('../../src/library.ts', import.meta.url), 'utf8'))![1]);
const loaded = await loadSnapshot(values.index, snapshotKey({ settings: { format, embeddings: null } }), (reader) => readLibrarySnapshot(reader, {}));
if (loaded.status !== 'restored') throw new Error(`no snapshot of INDEX_FORMAT ${format} in ${values.index}: ${loaded.status}`);

/** CPU time of this process, ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** `work`'s CPU time in ms, and its result. */
const timed = <T>(work: () => T): [number, T] => {
  const started = cpuMs();
  const result = work();
  return [cpuMs() - started, result];
};
const bookAndLookup = (data: QuoteData) => createQuoteBook(data).lookup(data.actors[0]?.name ?? '');

let merge = mergeSpeakers(loaded.payload.data.analyses);
bookAndLookup(merge.data);
const continued: number[] = [];
const fromNothing: number[] = [];
for (let round = 0; round < rounds; round++) {
  const step = Math.max(1, Math.floor(merge.analyses.length / (perRound + 1)));
  const changed = merge.analyses.filter((_, at) => at % step === round % step).slice(0, perRound);
  const removed = merge.analyses.filter((_, at) => at % step === (round + 7) % step && !changed.includes(merge.analyses[at]!)).slice(0, perRound);
  const edited: ArticleQuotes[] = changed.map((analysis) => structuredClone(analysis));
  const [next, made] = timed(() => {
    const following = merge.next([...changed, ...removed], edited);
    bookAndLookup(following.data);
    return following;
  });
  merge = made;
  continued.push(next);
  fromNothing.push(timed(() => bookAndLookup(mergeQuoteAnalyses(merge.analyses)))[0]);
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
process.stdout.write(
  `${JSON.stringify({
    articles: merge.analyses.length,
    statements: merge.data.statements.length,
    actors: merge.data.actors.length,
    rounds,
    'articles changed and removed a round': perRound,
    'continued merge + quote book, CPU ms (median, max)': [median(continued), Math.max(...continued)].map((ms) => Math.round(ms * 10) / 10),
    'merge from nothing + quote book, CPU ms (median, max)': [median(fromNothing), Math.max(...fromNothing)].map(Math.round),
    'ratio of medians': Math.round((median(fromNothing) / median(continued)) * 10) / 10,
  }, null, 1)}\n`,
);
