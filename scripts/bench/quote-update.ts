/**
 * What the first /quote after an update costs (issue 17): the quote data merged again and the quote book
 * made for the new version. On a snapshot built by the scale benchmark (scripts/bench/scale.ts), with
 * its articles' own analyses: each round changes `--articles` articles (each goes and comes back, as an
 * edited file does) and removes as many, and times, in CPU of this process, the merge continued from the
 * previous version (`SpeakerMerge.next`) with the quote book continued from the previous version's, and
 * two baselines: the same merge with a quote book made from nothing (the eighth round), and a merge of every
 * speaker from nothing with its book (what each update paid before that); each followed by one lookup.
 * All in one run: the ratios are the figures. The book from nothing is made after the continued one and
 * finds the changed rows' entries made already (a little cheaper than alone).
 *
 *   npx tsx scripts/bench/quote-update.ts --index DIR [--rounds 10] [--articles 1]
 *
 * The snapshot must be of this code's INDEX_FORMAT (read from src/library.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadSnapshot, snapshotKey } from '../../src/persist/snapshot.js';
import { OPTIONAL_PARTS, readLibrarySnapshot } from '../../src/persist/library-snapshot.js';
import { createQuoteBook, mergeQuoteAnalyses, mergeSpeakers, type ArticleQuotes, type QuoteBook, type QuoteData } from '../../src/quotes/index.js';

const { values } = parseArgs({ options: { index: { type: 'string' }, rounds: { type: 'string', default: '10' }, articles: { type: 'string', default: '1' } } });
if (!values.index) throw new Error('usage: quote-update.ts --index DIR [--rounds N] [--articles N]');
const rounds = Number(values.rounds);
const perRound = Number(values.articles);

const format = Number(/const INDEX_FORMAT = (\d+);/.exec(await readFile(new URL('../../src/library.ts', import.meta.url), 'utf8'))![1]);
const loaded = await loadSnapshot(values.index, snapshotKey({ settings: { format, embeddings: null } }), (reader) => readLibrarySnapshot(reader, { bookNotUsed: (reason) => console.warn(`the saved quote book is not used: ${reason}`) }), { optional: OPTIONAL_PARTS });
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
/** One lookup, of the most quoted actor (it makes that actor's list of statements). */
const lookUp = (book: QuoteBook, data: QuoteData) => book.lookup(data.actors[0]?.name ?? '');

let merge = mergeSpeakers(loaded.payload.data.analyses);
let book = createQuoteBook(merge.data);
lookUp(book, merge.data);
const merged: number[] = [];
const booksContinued: number[] = [];
const booksAnew: number[] = [];
const fromNothing: number[] = [];
for (let round = 0; round < rounds; round++) {
  const step = Math.max(1, Math.floor(merge.analyses.length / (perRound + 1)));
  const changed = merge.analyses.filter((_, at) => at % step === round % step).slice(0, perRound);
  const removed = merge.analyses.filter((_, at) => at % step === (round + 7) % step && !changed.includes(merge.analyses[at]!)).slice(0, perRound);
  const edited: ArticleQuotes[] = changed.map((analysis) => structuredClone(analysis));
  const [mergeMs, following] = timed(() => merge.next([...changed, ...removed], edited));
  const [bookMs, nextBook] = timed(() => {
    const continued = createQuoteBook(following.data, book);
    lookUp(continued, following.data);
    return continued;
  });
  booksAnew.push(timed(() => lookUp(createQuoteBook(following.data), following.data))[0]);
  merge = following;
  book = nextBook;
  merged.push(mergeMs);
  booksContinued.push(bookMs);
  fromNothing.push(timed(() => {
    const data = mergeQuoteAnalyses(merge.analyses);
    lookUp(createQuoteBook(data), data);
  })[0]);
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const medianAndMax = (list: number[]) => [median(list), Math.max(...list)].map((ms) => Math.round(ms * 10) / 10);
const sums = (a: number[], b: number[]) => a.map((ms, at) => ms + b[at]!);
const continued = sums(merged, booksContinued);
const ratio = (baseline: number[]) => Math.round((median(baseline) / median(continued)) * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    articles: merge.analyses.length,
    statements: merge.data.statements.length,
    actors: merge.data.actors.length,
    rounds,
    'articles changed and removed a round': perRound,
    'continued merge + continued quote book, CPU ms (median, max)': medianAndMax(continued),
    'of which the merge / the book and lookup (median, max)': [medianAndMax(merged), medianAndMax(booksContinued)],
    'continued merge + quote book from nothing, CPU ms (median, max)': medianAndMax(sums(merged, booksAnew)),
    'of which the book and lookup (median, max)': medianAndMax(booksAnew),
    'merge from nothing + quote book, CPU ms (median, max)': medianAndMax(fromNothing),
    'ratio of medians, book from nothing / continued': ratio(sums(merged, booksAnew)),
    'ratio of medians, merge from nothing / continued': ratio(fromNothing),
  }, null, 1)}\n`,
);
