/**
 * Retrieved passages as evidence: each with its article and the sentences of its paragraph (article offsets),
 * near-duplicates dropped so that a lead repeated in the body is cited once.
 */
import { splitSentences } from '../corpus/sentences.js';
import type { Article, TextSpan } from '../corpus/types.js';
import { words } from '../text/words.js';
import type { RetrievedPassage } from './types.js';

export interface Evidence {
  hit: RetrievedPassage;
  article: Article;
  /** Sentences of the paragraph that holds the passage, in article offsets. */
  sentences: TextSpan[];
  /**
   * The sentence just before the passage's first one: in its paragraph, else the last sentence of the
   * paragraph before (news paragraphs often name their subject one paragraph earlier: "La obra fue
   * financiada por…"). Undefined at the article's start.
   */
  preceding: TextSpan | undefined;
}

/** Word n-grams compared to find repeated text; three words survive small edits and rarely recur by chance. */
const SHINGLE_WORDS = 3;
/**
 * Share of the smaller passage's shingles found in the other from which two passages say the same
 * thing. Measured on XQuAD (docs/EVALUATION.md): distinct passages retrieved together share at most
 * 0.09; a passage repeated with one word in five changed still shares 0.40, a truncated lead 1.0.
 */
const DUPLICATE_CONTAINMENT = 0.3;

/**
 * Evidence for the hits whose article is known, best first, each passage unlike every one before it. Of two passages
 * that say the same thing, the one with more text stands at the better one's place and score: a heading or a lead that
 * the body repeats in full ("Ana Gil representará a Navarra en Bled" above "Ana Gil, de 26 años, representará a Navarra
 * en Bled tras…") gives way to the body's passage, which says it with what the short one leaves out.
 */
export function gatherEvidence(hits: RetrievedPassage[], articles: ReadonlyMap<string, Article>): Evidence[] {
  const kept: Array<{ evidence: Evidence; shingles: Set<string> }> = [];
  for (const hit of hits) {
    const article = articles.get(hit.passage.articleId);
    if (!article || article.text.slice(hit.passage.start, hit.passage.end) !== hit.passage.text) continue;
    const shingles = shinglesOf(hit.passage.text);
    const same = kept.findIndex((other) => containment(shingles, other.shingles) >= DUPLICATE_CONTAINMENT);
    if (same >= 0 && shingles.size <= kept[same]!.shingles.size) continue;
    const sentences = sentencesIn(article, paragraphOf(article, hit.passage));
    const better = same >= 0 ? { ...hit, score: Math.max(hit.score, kept[same]!.evidence.hit.score) } : hit;
    const evidence = { evidence: { hit: better, article, sentences, preceding: precedingSentence(article, hit.passage, sentences) }, shingles };
    if (same >= 0) kept[same] = evidence;
    else kept.push(evidence);
  }
  return kept.map(({ evidence }) => evidence);
}

/**
 * Characters of a paragraph kept on each side of the passage: twice the longest paragraph of the evaluation data
 * (XQuAD 3,734, SQuAD-es v2 4,282), so no news paragraph is cut; but a seed of one unbroken line of megabytes would
 * otherwise be split into sentences whole, at every question that retrieves a passage of it (a minute of CPU for 13 MB).
 */
const PARAGRAPH_CONTEXT_CHARS = 8000;

/**
 * The paragraph holding the passage (the passage itself when the article's paragraphs do not hold it), cut to
 * PARAGRAPH_CONTEXT_CHARS on each side of the passage; a sentence the cut goes through is dropped by `sentencesIn`.
 */
function paragraphOf(article: Article, passage: TextSpan & { paragraph: number }): CutSpan {
  const paragraph = article.paragraphs[passage.paragraph];
  const whole = paragraph && paragraph.start <= passage.start && passage.end <= paragraph.end ? paragraph : { start: passage.start, end: passage.end };
  const start = Math.max(whole.start, passage.start - PARAGRAPH_CONTEXT_CHARS);
  const end = Math.min(whole.end, passage.end + PARAGRAPH_CONTEXT_CHARS);
  return { start, end, cutBefore: start > whole.start, cutAfter: end < whole.end };
}

/** A span of text, and whether it was cut from a longer one at either end (inside a sentence, maybe). */
interface CutSpan extends TextSpan {
  cutBefore?: boolean;
  cutAfter?: boolean;
}

function precedingSentence(article: Article, passage: TextSpan & { paragraph: number }, sentences: TextSpan[]): TextSpan | undefined {
  const inParagraph = sentences.filter((sentence) => sentence.end <= passage.start).at(-1);
  if (inParagraph) return inParagraph;
  const previous = article.paragraphs[passage.paragraph - 1];
  if (!previous || passage.start > (article.paragraphs[passage.paragraph]?.start ?? passage.start)) return undefined;
  return sentencesIn(article, previous).at(-1);
}

/**
 * The sentences after `span` in its evidence's paragraph, else, when it ends the paragraph, those of the next one (news
 * writers give a paragraph to each sentence, and the next says why or what followed), and those of the paragraphs after
 * until there are `atLeast` (the one after the next too: a one-sentence paragraph denying a cause, then the quotation
 * giving the real one); in article offsets.
 */
export function sentencesAfter({ article, hit, sentences }: Evidence, span: TextSpan, atLeast = 1): TextSpan[] {
  const found = sentences.filter((sentence) => sentence.start >= span.end);
  for (let at = hit.passage.paragraph + 1; found.length < atLeast; at++) {
    const next = article.paragraphs[at];
    if (!next) break;
    found.push(...sentencesIn(article, paragraphOf(article, { start: next.start, end: next.start, paragraph: at })));
  }
  return found;
}

/**
 * The sentences of a span of the article, in article offsets. A span cut from a longer paragraph (`paragraphOf`) loses
 * the sentence the cut goes through, unless it is the only one.
 */
function sentencesIn(article: Article, span: CutSpan): TextSpan[] {
  const sentences = splitSentences(article.text.slice(span.start, span.end)).map((sentence) => ({ start: sentence.start + span.start, end: sentence.end + span.start }));
  const last = sentences.length - 1;
  return sentences.filter((_, at) => last === 0 || !((span.cutBefore && at === 0) || (span.cutAfter && at === last)));
}

function shinglesOf(text: string): Set<string> {
  const folded = words(text);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= folded.length; i++) shingles.add(folded.slice(i, i + SHINGLE_WORDS).join(' '));
  // A passage shorter than one shingle is its own single shingle.
  if (shingles.size === 0 && folded.length > 0) shingles.add(folded.join(' '));
  return shingles;
}

/** |a ∩ b| / min(|a|, |b|): 1 when the smaller text is wholly repeated in the other. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / small.size;
}
