/**
 * Questions about the articles themselves, not what they say: who signed one ("¿Quién firma la noticia sobre la
 * huelga del Metro?", "Who wrote the story about the fire?"), when one was published ("¿Cuál es la fecha del artículo
 * de Reuters?", "When was the story about the fire published?") and what was published on a day, in a month or a year,
 * by an outlet or by any ("¿Qué publicó El Heraldo Digital el 10/11/2025?", "¿Qué pasó el 15 de agosto de 2023?").
 * Their answers are in each article's metadata (author, outlet, date, as /sources shows them), which no passage
 * holds. This module reads such a question and finds the articles; the words of the reply are the presentation
 * layer's (src/present/metadata-lines.ts). The word lists are closed classes of Spanish and English: verbs of
 * writing and of happening, the nouns a newsroom calls its pieces, month names.
 */
import type { Article, Language, Passage } from '../corpus/types.js';
import { passageId } from '../corpus/split.js';
import type { PassageIndex } from '../search/store.js';
import { findDate, MONTH_NUMBERS } from '../corpus/dates.js';
import { foldAccents } from '../text/words.js';
import { lookUp, safely, type Translate } from './lookup.js';
import { readChecked } from './question.js';

/** A day, a month or a year a question asks about: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as article dates are kept. */
export type AskedDate = string;

/** A question about the articles' metadata. */
export type MetadataQuestion =
  | { kind: 'author' | 'dated'; /** What the article is about, as the asker wrote it ("la huelga del Metro"). */ topic: string }
  | { kind: 'published'; date: AskedDate; /** The outlet named, as written; undefined for any. */ outlet: string | undefined };

/** An article a metadata answer cites, with the passage its citation shows (the article's first). */
export interface CitedArticle {
  article: Article;
  passage: Passage;
  /** Retrieval score of the topic's lookup; 0 for a listing by date. */
  score: number;
}

/** What the articles' metadata says: the author's article, or the articles published then (newest first). */
export type MetadataFacts =
  | { kind: 'author' | 'dated'; found: CitedArticle }
  | { kind: 'published'; date: AskedDate; outlet: string | undefined; found: CitedArticle[] };

const PIECE = '(?:la |el |una |un |esta |este |esa |ese |the |an |a |this |that )?(?:noticia|articulo|cronica|reportaje|informacion|nota|pieza|texto|entrevista|article|story|report|piece|news story|interview)';
const ABOUT = '(?:sobre|de|acerca de|del|que habla de|about|on|of)';
const AUTHOR_PATTERNS = [
  new RegExp(`^(?:quien|quienes) (?:firma|firmo|firman|firmaron|escribio|escribe|escribieron|redacto|redacta|ha escrito|ha firmado|es el autor de|es la autora de|son los autores de) ${PIECE} ${ABOUT} (.+)$`, 'u'),
  new RegExp(`^(?:who) (?:wrote|writes|signed|authored|has written|is the author of|was the author of|penned) ${PIECE} ${ABOUT} (.+)$`, 'u'),
  new RegExp(`^(?:de quien es|quien es el autor de|quien es la autora de) ${PIECE} ${ABOUT} (.+)$`, 'u'),
];
const DATED_PATTERNS = [
  new RegExp(`^(?:cual es|cual fue|que) (?:la )?fecha (?:de publicacion )?(?:de|del|tiene|lleva) ${PIECE} ${ABOUT} (.+)$`, 'u'),
  new RegExp(`^(?:cuando|en que fecha|que dia) (?:se publico|salio|fue publicad[oa]|se escribio) ${PIECE} ${ABOUT} (.+)$`, 'u'),
  new RegExp(`^de (?:cuando|que fecha) es ${PIECE} ${ABOUT} (.+)$`, 'u'),
  new RegExp(`^(?:when|on what date|what day) (?:was|is) ${PIECE} ${ABOUT} (.+?) (?:published|dated|written|from)$`, 'u'),
  new RegExp(`^(?:what is|what was|what's) the (?:publication )?date of ${PIECE} ${ABOUT} (.+)$`, 'u'),
  new RegExp(`^(?:when|on what date) did ${PIECE} ${ABOUT} (.+?) (?:come out|appear|run)$`, 'u'),
];
const HAPPENED = '(?:paso|ocurrio|sucedio|se publico|se publicaron|salio|happened|was published|were published|was reported|went on)';
const PUBLISHED = '(?:publico|publicaron|publica|saco|published|did (.+?) publish|reported)';

const MONTH = Object.keys(MONTH_NUMBERS).join('|');
/**
 * A month or a year a question ends with (a whole date is `findDate`'s), folded, with the words that may open it
 * ("en", "in", "el año").
 */
const PERIOD_PATTERNS: Array<{ pattern: RegExp; read: (match: RegExpExecArray) => AskedDate | undefined }> = [
  { pattern: new RegExp(`(?:^| )(?:en |in |durante |during )?(${MONTH})(?: de| del)? (\\d{4})$`, 'u'), read: ([, month, year]) => monthOf(year, month) },
  { pattern: /(?:^| )(?:en |in |durante |during |el ano |in the year )(\d{4})$/u, read: ([, year]) => year },
];

function monthOf(year: string | undefined, month: string | undefined): AskedDate | undefined {
  const number = month === undefined ? undefined : MONTH_NUMBERS[month];
  return year === undefined || number === undefined ? undefined : `${year}-${String(number).padStart(2, '0')}`;
}

/** The day, month or year `text` (folded) ends with, and what comes before it without the words that open a date ("el", "on", "del", "día"). */
function endingDate(text: string): { date: AskedDate; before: string } | undefined {
  const day = findDate(text);
  if (day && day.end === text.length) return { date: day.iso, before: text.slice(0, day.start).replace(/(?:^| )(?:el|on|del)?(?: dia)?\s*$/u, '').trim() };
  for (const { pattern, read } of PERIOD_PATTERNS) {
    const match = pattern.exec(text);
    const date = match ? read(match) : undefined;
    if (match && date !== undefined) return { date, before: text.slice(0, match.index).trim() };
  }
  return undefined;
}

/** The question, folded (lower case, no accents), without its question marks and final stop, on one line. */
function plain(question: string): string {
  return foldAccents(question.toLowerCase()).replace(/[¿?¡!]/gu, ' ').replace(/\s+/gu, ' ').replace(/[.\s]+$/u, '').trim();
}

/**
 * The metadata a question asks for, or undefined when it asks what the articles say. Only whole questions of the
 * shapes above count: "¿Qué pasó en Pyongyang el 15 de agosto?" asks about Pyongyang, and is left to the passages.
 */
export function metadataQuestion(question: string): MetadataQuestion | undefined {
  const text = plain(question);
  for (const [kind, patterns] of [['author', AUTHOR_PATTERNS], ['dated', DATED_PATTERNS]] as const) {
    for (const pattern of patterns) {
      const topic = pattern.exec(text)?.[1];
      if (topic !== undefined && topic.trim() !== '') return { kind, topic: originalWords(question, topic) };
    }
  }
  const ending = endingDate(text);
  if (ending) {
    const { date, before } = ending;
    if (new RegExp(`^(?:que|what) ${HAPPENED}$`, 'u').test(before)) return { kind: 'published', date, outlet: undefined };
    const outlet = new RegExp(`^(?:que|what) (?:${PUBLISHED}) ?(.*)$`, 'u').exec(before);
    if (outlet) {
      const name = (outlet[1] ?? outlet[2] ?? '').trim();
      return { kind: 'published', date, outlet: name === '' ? undefined : originalWords(question, name) };
    }
  }
  return undefined;
}

/** `folded` (a stretch of the folded question) as the question spells it, when it can be found; else as given. */
function originalWords(question: string, folded: string): string {
  const at = foldAccents(question.toLowerCase()).indexOf(folded);
  return at < 0 ? folded : question.slice(at, at + folded.length);
}

/** Most articles a listing by date cites: as many as a reply shows citations. */
const MAX_LISTED = 5;

/**
 * The facts that answer a metadata question: for an author or a date, the one article whose outlet the topic names, else
 * the article the topic is best found in (looked up as a
 * question of its own); for a date, the articles published then (by the named outlet, when it matches one's outlet
 * by its words), newest first, at most `maxListed`. The topic is translated for articles in the other language as
 * questions are (`translate`, its failures read as no translation). Undefined when no article fits: the question is then asked of
 * the passages as any other.
 */
export async function metadataFacts(asked: MetadataQuestion, language: Language, index: PassageIndex, articles: ReadonlyMap<string, Article>, translate?: Translate, maxListed = MAX_LISTED): Promise<MetadataFacts | undefined> {
  const cite = (article: Article, passage: Passage | undefined, score: number): CitedArticle[] => (passage ? [{ article, passage, score }] : []);
  if (asked.kind !== 'published') {
    // "el artículo de Reuters": a topic that is one article's outlet names that article, whatever its text says.
    const topicWords = wordsOf(asked.topic);
    const byOutlet = topicWords.length === 0 ? [] : [...articles.values()].filter((article) => outletHas(article, topicWords));
    const [only] = byOutlet.length === 1 ? byOutlet : [];
    if (only) {
      const [found] = cite(only, index.passage(passageId(only.id, 0)), 0);
      if (found) return { kind: asked.kind, found };
    }
    const { retrieval } = await lookUp(index, readChecked(asked.topic, language), translate && safely(translate), (id) => articles.get(id)?.language);
    const hit = retrieval.refused ? undefined : retrieval.hits[0];
    const article = hit && articles.get(hit.passage.articleId);
    const [found] = article ? cite(article, index.passage(passageId(article.id, 0)) ?? hit.passage, hit.score) : [];
    return found && { kind: asked.kind, found };
  }
  const outletWords = asked.outlet === undefined ? undefined : wordsOf(asked.outlet);
  const fits = (article: Article) =>
    article.date !== null && article.date.startsWith(asked.date) && (outletWords === undefined || outletHas(article, outletWords));
  const found = [...articles.values()]
    .filter(fits)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, Math.max(1, maxListed))
    .flatMap((article) => cite(article, index.passage(passageId(article.id, 0)), 0));
  return found.length === 0 ? undefined : { kind: 'published', date: asked.date, outlet: asked.outlet, found };
}

/** Whether each of `words` (as `wordsOf` gives them) is a word of the article's outlet; false when it names none. */
function outletHas(article: Article, words: readonly string[]): boolean {
  if (article.outlet === null) return false;
  const outlet = wordsOf(article.outlet);
  return words.every((word) => outlet.includes(word));
}

/** An outlet's words that tell it apart, folded ("El Heraldo Digital" → heraldo, digital). */
function wordsOf(name: string): string[] {
  return plain(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !['the', 'los', 'las', 'del'].includes(word));
}
