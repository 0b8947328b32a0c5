/**
 * One article saved twice (a page as .html and a text copy of it): same title, nearly the same body. Only one is
 * indexed: the one declaring more of author, date and outlet, else the newer file. A corrected version (a figure
 * changed, the words around it the same) is no copy: the newer file is kept and the warning names the figures.
 * Conservative, for distinct stories can share a title: a headline of some words, declared outlets and dates that
 * agree, and bodies mostly the same word sequences.
 */
import { foldWords } from './lines.js';
import type { Article, CorpusWarning } from './types.js';

/** A title of fewer words ("Editorial", "Cartas al director") is a section's recurring name, not a headline. */
const MIN_TITLE_WORDS = 4;
/** Word sequences of this length (shingles) are compared: long enough that two stories on one topic share few. */
const SHINGLE_WORDS = 5;
/** The share of the shorter body's shingles the longer must have: a copy loses or gains a deck or a caption, not a tenth of its text. */
const MIN_SHARED = 0.9;
/** The shorter body must have at least this share of the longer's words: a story is not one of its own updates twice as long. */
const MIN_LENGTH_RATIO = 0.7;

/** What tells two articles apart: their title, body text and metadata. */
export type ArticleVersion = Pick<Article, 'title' | 'text' | 'author' | 'date' | 'outlet'>;

/** A folded word holding a digit: a figure, or a piece of one ("1.250" folds to "1", "250"). */
const FIGURE_WORD = /\p{N}/u;

/**
 * An article's title folded for comparison (case, accents kept, punctuation dropped), each run of figures as "#" so that
 * a corrected headline ("sube a $1.320" for "sube a $1.250") has its original's key; '' when it is too short to tell a
 * story by. Two stories whose headlines differ only in a figure are still told apart by their bodies (isSameArticle).
 */
export function titleKey(title: string): string {
  const words = foldWords(title);
  if (words.length < MIN_TITLE_WORDS) return '';
  const masked: string[] = [];
  for (const word of words) {
    const figure = FIGURE_WORD.test(word);
    if (!figure) masked.push(word);
    else if (masked[masked.length - 1] !== '#') masked.push('#');
  }
  return masked.join(' ');
}

/**
 * Whether `a` and `b` are one article: the same titleKey (not ''), no declared outlet or date that differs
 * between them, and bodies that share MIN_SHARED of the shorter one's SHINGLE_WORDS-word sequences, the
 * shorter having MIN_LENGTH_RATIO of the longer's words.
 */
export function isSameArticle(a: ArticleVersion, b: ArticleVersion): boolean {
  const key = titleKey(a.title);
  if (!key || key !== titleKey(b.title)) return false;
  if (differ(a.outlet, b.outlet) || differ(a.date, b.date)) return false;
  const [shorter, longer] = [foldWords(a.text), foldWords(b.text)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (shorter.length < MIN_LENGTH_RATIO * longer.length) return false;
  const longerShingles = new Set(shingles(longer));
  const own = shingles(shorter);
  return own.length > 0 && own.filter((shingle) => longerShingles.has(shingle)).length >= MIN_SHARED * own.length;
}

/** An article's metadata and when its file was last modified (ms since the epoch; unknown: 0), as the choice of a version reads them. */
export type VersionStamp = Pick<Article, 'author' | 'date' | 'outlet'> & { mtimeMs: number };

/** One version of an article in a choice between two: its file, metadata, modification time, and its title and text when they are at hand. */
export type FileVersion = VersionStamp & { file: string } & Partial<Pick<Article, 'title' | 'text'>>;

/**
 * Which of two versions of one article stays, `fresh` (just read) or `held` (read or indexed earlier), and the
 * warning for the file skipped. A correction (changedFigures finds a figure changed between their titles and
 * texts, when both are given) keeps the newer file. Otherwise the version kept declares more of author, date
 * and outlet; with as much declared, its file is newer (an edited original over a copy of its earlier text).
 * The same text twice (`sameText`) is no later version of it: the held file then stays unless the fresh one
 * declares more.
 */
export function chooseVersion(fresh: FileVersion, held: FileVersion, sameText: boolean): { kept: 'fresh' | 'held'; warning: CorpusWarning } {
  const compared = sameText ? { ...fresh, mtimeMs: held.mtimeMs } : fresh;
  const changes = sameText ? [] : figureChanges(compared, held);
  if (changes.length && compared.mtimeMs !== held.mtimeMs) {
    const [newer, older] = compared.mtimeMs > held.mtimeMs ? [compared, held] : [held, compared];
    const figures = (newer === compared ? changes : changes.map(([a, b]) => [b, a] as const)).map(([was, now]) => `${was} → ${now}`).join(', ');
    return {
      kept: newer === compared ? 'fresh' : 'held',
      warning: { file: older.file, message: `skipped: an earlier version of ${newer.file}, which is kept (a newer file, figures changed: ${figures})` },
    };
  }
  const [kept, skipped] = isBetterVersion(compared, held) ? [compared, held] : [held, compared];
  return { kept: kept === compared ? 'fresh' : 'held', warning: { file: skipped.file, message: `skipped: ${sameArticleReason(kept, skipped)}` } };
}

/** The figures changed from `held` to `fresh`, title then text (none when either lacks its title or text): see changedFigures. */
function figureChanges(fresh: FileVersion, held: FileVersion): Array<readonly [string, string]> {
  if (fresh.text === undefined || held.text === undefined || fresh.title === undefined || held.title === undefined) return [];
  return changedFigures(`${held.title}\n${held.text}`, `${fresh.title}\n${fresh.text}`);
}

/** A figure as printed ("1.250", "27,5", "2026") or a word, the units changedFigures aligns the two texts by. */
const TOKEN = /\p{N}(?:[\p{N}.,]*\p{N})?|\p{L}+/gu;
/** Words (figures aside) before a figure that must agree for two figures to be the same figure changed: enough to place it in a sentence. */
const FIGURE_CONTEXT = 3;

/**
 * The figures that `before` prints where `after` prints another after the same FIGURE_CONTEXT words (case folded, figures between them skipped), as
 * pairs [before, after] in `after`'s order, each pair once: what a correction changed ("pasará de $980 a $1.250" →
 * "… a $1.320" gives ["1.250", "1.320"]). A figure added or dropped with its sentence (a dateline, a caption) is no change.
 */
export function changedFigures(before: string, after: string): Array<readonly [string, string]> {
  const figuresAfter = (text: string): Map<string, string[]> => {
    const result = new Map<string, string[]>();
    // The words only: a figure changed just before another ("de 1,40 a 1,55") must not hide the second.
    const words: string[] = [];
    for (const token of text.match(TOKEN) ?? []) {
      if (!FIGURE_WORD.test(token)) {
        words.push(token.toLowerCase());
        continue;
      }
      if (words.length < FIGURE_CONTEXT) continue;
      const context = words.slice(-FIGURE_CONTEXT).join(' ');
      result.set(context, [...(result.get(context) ?? []), token]);
    }
    return result;
  };
  const old = figuresAfter(before);
  const pairs = new Map<string, readonly [string, string]>();
  for (const [context, figures] of figuresAfter(after)) {
    const was = old.get(context);
    // Only a context that places one figure in each text: a repeated phrase ("el 1 de…", "el 2 de…") places none.
    if (was?.length !== 1 || figures.length !== 1 || was[0] === figures[0]) continue;
    const pair = [was[0]!, figures[0]!] as const;
    pairs.set(pair.join('\u0000'), pair);
  }
  return [...pairs.values()];
}

/**
 * `kept` (the version indexed) with the author, date and outlet it leaves undeclared taken from `skipped`, another
 * version of the same article (a correction saved without its byline keeps the original's): the same story has
 * the same credit. Returns `kept` itself when it lacks none of them or `skipped` declares none of those it lacks.
 */
export function withMetadataOf<A extends Pick<Article, 'author' | 'date' | 'outlet'>>(kept: A, skipped: Pick<Article, 'author' | 'date' | 'outlet'>): A {
  if ((kept.author !== null || skipped.author === null) && (kept.date !== null || skipped.date === null) && (kept.outlet !== null || skipped.outlet === null)) return kept;
  return { ...kept, author: kept.author ?? skipped.author, date: kept.date ?? skipped.date, outlet: kept.outlet ?? skipped.outlet };
}

function isBetterVersion(a: VersionStamp, b: VersionStamp): boolean {
  const more = metadataCount(a) - metadataCount(b);
  return more !== 0 ? more > 0 : a.mtimeMs > b.mtimeMs;
}

function metadataCount(article: Pick<Article, 'author' | 'date' | 'outlet'>): number {
  return [article.author, article.date, article.outlet].filter((value) => value !== null).length;
}

/** The reason a version is skipped, for its warning: `kept` holds the same article, and why that version is kept. */
function sameArticleReason(kept: FileVersion, skipped: FileVersion): string {
  const reason = metadataCount(kept) > metadataCount(skipped) ? 'it declares more of author, date and outlet' : kept.mtimeMs > skipped.mtimeMs ? 'a newer file' : 'read first, declaring as much';
  return `same article as ${kept.file}, which is kept (${reason})`;
}

/** Whether two declared values are both there and not the same (folded). */
function differ(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && foldWords(a).join(' ') !== foldWords(b).join(' ');
}

function shingles(words: string[]): string[] {
  const result: string[] = [];
  for (let at = 0; at + SHINGLE_WORDS <= words.length; at++) result.push(words.slice(at, at + SHINGLE_WORDS).join(' '));
  // A body shorter than one shingle is compared whole.
  return result.length || !words.length ? result : [words.join(' ')];
}
