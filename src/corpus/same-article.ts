/**
 * One article saved twice under different names (a page saved as .html and a text copy of it, B5): the
 * same title and nearly the same body text, where the cleaned texts differ by what each format keeps (a
 * deck, a caption, a byline line). Only one is indexed, the version that declares more of author, date and
 * outlet, else the newer file. The rule is conservative: distinct stories can share a title (a column's recurring name, a wire
 * story run by two outlets), so the title must be a headline of some words, the declared outlets and dates
 * must not disagree, and the bodies must be mostly the same word sequences, not only the same topic.
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

/** An article's title folded for comparison (case, accents kept, punctuation dropped); '' when it is too short to tell a story by. */
export function titleKey(title: string): string {
  const words = foldWords(title);
  return words.length >= MIN_TITLE_WORDS ? words.join(' ') : '';
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

/** One version of an article in a choice between two: its file, metadata and modification time. */
export type FileVersion = VersionStamp & { file: string };

/**
 * Which of two versions of one article stays, `fresh` (just read) or `held` (read or indexed earlier), and the
 * warning for the file skipped. The version kept declares more of author, date and outlet; with as much
 * declared, its file is newer (an edited original over a copy of its earlier text). The same text twice
 * (`sameText`) is no later version of it: the held file then stays unless the fresh one declares more.
 */
export function chooseVersion(fresh: FileVersion, held: FileVersion, sameText: boolean): { kept: 'fresh' | 'held'; warning: CorpusWarning } {
  const compared = sameText ? { ...fresh, mtimeMs: held.mtimeMs } : fresh;
  const [kept, skipped] = isBetterVersion(compared, held) ? [compared, held] : [held, compared];
  return { kept: kept === compared ? 'fresh' : 'held', warning: { file: skipped.file, message: `skipped: ${sameArticleReason(kept, skipped)}` } };
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
