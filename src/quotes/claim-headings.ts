/**
 * Claims quoted as subheadings or list items, as a fact-check sets them out (`1. "El paro juvenil se duplicó"` ¶
 * "Falso. Lo dijo X en un mitin…"): each heading is the quoted words of the one who claimed them, a direct statement,
 * though the page prints it as furniture with no verb of saying. The article's headline is never one (it is the
 * title, not a heading of its body).
 */
import type { Article, TextSpan } from '../corpus/types.js';
import type { Attribution, Draft } from './reading.js';
import type { Sentence } from './tokens.js';
import type { Cast } from './cast.js';
import { isPersonName } from './interviews.js';
import { foldWord } from './normalize.js';

/** A line that is only a quotation, after an optional list number or bullet ("1.", "2)", "-", "•"), with a stop at most. */
const CLAIM_LINE = /^(?:(?:\d{1,2}[.)]|[-•*–])\s*)?(["“«‘'])(?<claim>[^"“”«»]{3,}?)["”»’'][.:]?$/u;

/** Quoted headings a fact-check has at least when no paragraph after one names who said it: one is a pull quote. */
const MIN_CLAIMS = 2;

/** Sentences of the paragraph after a claim that may say who made it ("Falso. Lo dijo X en un mitin."). */
const VERDICT_SENTENCES = 3;

/**
 * The one a fact-check verifies, when no paragraph says it: the one person the headline names (resolved by the cast
 * to the article's fullest form: "la ministra Ortega" → "Lucía Ortega Bravo"), else the one the lead names in full.
 */
function checkedPerson(article: Article, cast: Cast, firstClaim: number): string | undefined {
  const titleWords = new Set(article.title.split(/[^\p{L}'’-]+/u).filter((word) => /^\p{Lu}/u.test(word)).map(foldWord));
  const people = [...new Set(cast.fullNames().filter(isPersonName))];
  const inTitle = people.filter((name) => name.split(/\s+/u).some((word) => word.length > 2 && titleWords.has(foldWord(word))));
  if (inTitle.length === 1) return inTitle[0];
  const opening = article.paragraphs[firstClaim]?.start ?? 0;
  const { text } = article;
  const lead = text.slice(0, opening);
  const named = people.filter((name) => lead.includes(name));
  return named.length === 1 ? named[0] : undefined;
}

/** Whether a word of `name` is written in `passage` (the sentence names the speaker, not only refers back to them). */
function namedIn(name: string, passage: string): boolean {
  const written = new Set(passage.split(/[^\p{L}'’-]+/u).map(foldWord));
  return name.split(/\s+/u).some((word) => word.length > 2 && written.has(foldWord(word)));
}

/**
 * The direct statements of a fact-check's claim headings (see the file's comment): a body paragraph (`headings` are
 * the body's furniture, by paragraph index) that is only a quotation, its words credited to whom the paragraph after it
 * names as having said something (`speakingIn(sentence)`, the sentence reader's subject of a verb of saying: "Lo dijo
 * X", "Lo afirmó el ministro X"), else, when the article quotes MIN_CLAIMS headings or more or that paragraph says
 * something was said with the subject left out ("Lo dijo en un mitin"), to the one it verifies (checkedPerson). Words a statement of `drafts` already holds are left to it.
 */
export function claimHeadings(article: Article, sentences: readonly Sentence[], cast: Cast, headings: ReadonlySet<number>, speakingIn: (sentence: Sentence) => Attribution | undefined, drafts: readonly Draft[]): Draft[] {
  const { text, paragraphs } = article;
  const claims = [...headings].flatMap((index): Array<{ index: number; span: TextSpan }> => {
    const span = paragraphs[index]!;
    const raw = text.slice(span.start, span.end);
    const match = CLAIM_LINE.exec(raw.trim());
    if (!match?.groups) return [];
    const start = span.start + raw.indexOf(match.groups.claim!);
    return [{ index, span: { start, end: start + match.groups.claim!.length } }];
  });
  if (claims.length === 0) return [];
  const fallback = claims.length >= MIN_CLAIMS ? checkedPerson(article, cast, claims[0]!.index) : undefined;
  return claims.flatMap(({ index, span }): Draft[] => {
    const next = paragraphs[index + 1];
    // A speaker the verdict's own words name ("Lo dijo X"); a left-out subject ("Lo dijo en un mitin") is the one checked.
    const verdict = next ? sentences.filter((sentence) => sentence.start >= next.start && sentence.end <= next.end + 1).slice(0, VERDICT_SENTENCES) : [];
    const said = verdict.map((sentence) => ({ sentence, who: speakingIn(sentence)?.speaker })).find(({ sentence, who }) => who && namedIn(who, text.slice(sentence.start, sentence.end)));
    const speaker = said?.who ?? fallback ?? (verdict.some((sentence) => speakingIn(sentence)) ? checkedPerson(article, cast, index) : undefined);
    if (!speaker || drafts.some((draft) => draft.start <= span.start && draft.end >= span.end)) return [];
    return [{ kind: 'direct', start: span.start, end: span.end, attribution: { speaker, medium: null }, media: [] }];
  });
}
