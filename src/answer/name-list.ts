/**
 * Whether a name stands in a list of names. "Multas por un total de 41,3 millones a tres cadenas, Frescamar, Olmedo y
 * DíaVerde" gives the list's figure, not Frescamar's own; "la sanción más elevada, de 22,7 millones, recae sobre
 * Frescamar" gives Frescamar's (blind newcomer 28's D5).
 *
 * Read by word order with closed classes only: a list is two or more runs of capitalised words (joined inside by "de",
 * "del", "of"…) parted by commas, its last two by a conjunction ("y", "e", "o", "and", "or", "&", maybe after a comma).
 * A name beside a comma alone ("En Madrid, Telnova anunció…") is no list: a list needs its conjunction.
 */
import { foldAccents } from '../text/words.js';
import { CAPITAL, nameRunEnd } from './name-runs.js';

const TOKEN = /\p{L}[\p{L}\p{M}'’.-]*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
/** Conjunctions that close a list, folded. */
const CONJUNCTIONS = new Set(['y', 'e', 'o', 'u', 'and', 'or', '&']);

interface Run {
  start: number;
  end: number;
  /** The run's capitalised words, folded. */
  words: string[];
}

interface Token {
  word: string;
  folded: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ word: match[0], folded: foldAccents(match[0].toLowerCase()), start: match.index, end: match.index + match[0].length }));
}

/** The runs of capitalised words of `tokens`, each with its first token and the token after it (indexes). */
function runsOf(tokens: readonly Token[]): Array<Run & { first: number; next: number }> {
  const runs: Array<Run & { first: number; next: number }> = [];
  let at = 0;
  while (at < tokens.length) {
    if (!CAPITAL.test(tokens[at]?.word ?? '')) {
      at++;
      continue;
    }
    const next = nameRunEnd(tokens, at);
    const inside = tokens.slice(at, next);
    runs.push({ start: inside[0]?.start ?? 0, end: inside[inside.length - 1]?.end ?? 0, words: inside.filter((token) => CAPITAL.test(token.word)).map((token) => token.folded), first: at, next });
    at = next;
  }
  return runs;
}

/**
 * The lists of names `text` holds (the rule above), each as its members' runs: character offsets into `text` and their
 * capitalised words, folded.
 */
export function nameLists(text: string): Run[][] {
  const tokens = tokensOf(text);
  const lists: Run[][] = [];
  let current: Array<Run & { first: number; next: number }> = [];
  for (const run of runsOf(tokens)) {
    const previous = current[current.length - 1];
    // The folded tokens that part this run from the one before it.
    const parting = previous === undefined ? [] : tokens.slice(previous.next, run.first).map((token) => token.folded);
    const conjunction = (parting.length === 1 || (parting.length === 2 && parting[0] === ',')) && CONJUNCTIONS.has(parting[parting.length - 1] ?? '');
    if (previous !== undefined && conjunction) {
      lists.push([...current, run].map(({ start, end, words }) => ({ start, end, words })));
      current = [];
    } else if (previous !== undefined && parting.length === 1 && parting[0] === ',') current.push(run);
    // A run of commas that no conjunction closes is no list.
    else current = [run];
  }
  return lists;
}

/**
 * Whether the word at `[start, end)` of `text` stands in a list of names (`nameLists`) one of whose members holds none of
 * `own` (folded words: the question's own, so that a question asking of two listed names still reads them as asked).
 */
export function inNameList(text: string, start: number, end: number, own: ReadonlySet<string>): boolean {
  return nameLists(text).some(
    (list) => list.some((member) => member.start <= start && end <= member.end) && list.some((member) => !member.words.some((word) => own.has(word))),
  );
}
