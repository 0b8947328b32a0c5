/**
 * The /ask answer engine: looks the question up, refuses when the articles are silent, and otherwise
 * answers with the sentence or two that answer it, quoted verbatim, each pointing at a numbered
 * citation of the article it comes from. An LLM, when configured, may translate the question for
 * the lookup and rewrite the extractive answer (summarise.ts); neither is needed.
 */
import { detectQuestionLanguage } from '../corpus/language.js';
import type { Article, Language, TextSpan } from '../corpus/types.js';
import { analyseQuestion } from '../search/analyze.js';
import type { PassageIndex } from '../search/store.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { answerUnit, excerptAround, wordCut } from './excerpt.js';
import { lookUp, type Translate } from './lookup.js';
import { termMatcher, type TermMatcher } from './matching.js';
import { WORDS } from './messages.js';
import { normaliseQuestion } from './question.js';
import { REFUSAL_LINE } from './retrieve.js';
import { scoreSentences, type CandidateSentence } from './select.js';
import type { AskResult, Citation, RetrievedPassage } from './types.js';

export interface AnswerInput {
  index: PassageIndex;
  articles: ReadonlyMap<string, Article>;
  /** Already accepted by checkQuestion. */
  question: string;
  /** Optional LLM summary of the extractive draft; never throws, falls back to the draft. */
  summarise?: (draft: AskResult) => Promise<AskResult>;
  /** Optional LLM translation of the question into the articles' language, for the lookup only. */
  translate?: Translate;
  /** At most this many citations: the room the front end has for them. Unset, every passage quoted or close to the best is cited. */
  maxCitations?: number;
}

/** Room for the quoted sentences in the answer; with the bot's own words the answer stays near 600 characters. */
const MAX_QUOTED_CHARS = 500;
/**
 * A passage the answer does not quote is still cited when its retrieval score is at least this share
 * of the best one: on XQuAD this keeps every gold paragraph cited and drops a quarter of the rest.
 */
const SEE_ALSO_SHARE = 0.5;

export async function answerQuestion(input: AnswerInput): Promise<AskResult> {
  const draft = await extractiveAnswer(input);
  return input.summarise ? input.summarise(draft) : draft;
}

async function extractiveAnswer({ index, articles, question: asked, translate, maxCitations = Infinity }: AnswerInput): Promise<AskResult> {
  const question = normaliseQuestion(asked);
  // A question of bare names or numbers is taken to be in the articles' language.
  const language = detectQuestionLanguage(question, index.language);
  const refusal: AskResult = { question, language, answer: WORDS[language].refusal, mode: 'extractive', refused: true, citations: [] };

  const safeTranslate: Translate | undefined = translate && ((text, from, to) => translate(text, from, to).catch(() => undefined));
  const { retrieval, queries } = await lookUp(index, question, language, safeTranslate);
  const matcher = termMatcher(queries, index.language);
  if (retrieval.refused) {
    const leads = namedLeads(retrieval.hits, articles, matcher, analyseQuestion(question, language, index.language).names.terms, maxCitations);
    return leads.length === 0 ? refusal : { ...refusal, answer: WORDS[language].leads(markersOf(leads)), citations: leads };
  }
  const evidence = gatherEvidence(retrieval.hits.filter((hit) => hit.confidence >= REFUSAL_LINE), articles);
  const ranked = scoreSentences(evidence, matcher);
  const chosen = chooseSentences(ranked);
  if (chosen.length === 0) return refusal;

  const cited = citeEvidence(evidence, chosen, ranked, matcher, maxCitations);
  const quotedIn = language === index.language ? undefined : WORDS[language].languageNames[index.language];
  return { question, language, answer: writeAnswer(language, quotedIn, chosen, cited), mode: 'extractive', refused: false, citations: cited.citations };
}

/**
 * When the articles do not answer, the passages that mention every name the question asks about are
 * still worth a look (an English question over Spanish articles often lacks only its verb's
 * translation): they are cited as leads, never quoted as an answer. A question without names, or
 * with a name no passage mentions, gets none.
 */
function namedLeads(hits: RetrievedPassage[], articles: ReadonlyMap<string, Article>, matcher: TermMatcher, names: ReadonlySet<string>, maxCitations: number): Citation[] {
  if (names.size === 0) return [];
  const mentionsEveryName = (hit: RetrievedPassage) => {
    const found = new Set(matcher.matches(hit.passage.text).map((match) => match.term));
    return [...names].every((name) => found.has(name));
  };
  const evidence = gatherEvidence(hits.filter(mentionsEveryName), articles);
  return citeEvidence(evidence, [], scoreSentences(evidence, matcher), matcher, maxCitations).citations;
}

/** A chosen sentence, widened to what it needs to stand alone. */
interface Chosen {
  evidence: Evidence;
  unit: TextSpan;
}

/**
 * The best sentence, and the runner-up when it adds question terms the best one lacks and both fit
 * in the answer.
 */
function chooseSentences(ranked: CandidateSentence[]): Chosen[] {
  const best = ranked.find((candidate) => candidate.matches.length > 0);
  if (!best) return [];
  const first: Chosen = { evidence: best.evidence, unit: answerUnit(best.evidence, best.span) };
  const covered = new Set(best.matches.map((match) => match.term));
  const runnerUp = ranked.find(
    (candidate) =>
      candidate !== best &&
      candidate.matches.some((match) => !covered.has(match.term)) &&
      !(candidate.evidence === best.evidence && overlaps(answerUnit(candidate.evidence, candidate.span), first.unit)),
  );
  if (!runnerUp || runnerUp.score < SECOND_SENTENCE_SHARE * best.score) return [first];
  const second: Chosen = { evidence: runnerUp.evidence, unit: answerUnit(runnerUp.evidence, runnerUp.span) };
  return length(first.unit) + length(second.unit) <= MAX_QUOTED_CHARS ? [first, second] : [first];
}

/** How close to the best sentence's score the runner-up must come to be quoted too. */
const SECOND_SENTENCE_SHARE = 0.9;

interface Cited {
  citations: Citation[];
  /** The number of the citation that shows each piece of evidence. */
  numberOf: Map<Evidence, number>;
}

/**
 * One citation per piece of evidence: first those the answer quotes, in the order it quotes them,
 * then the other passages retrieval found relevant and close to the best (best first), up to
 * `maxCitations`. Excerpts of the same article that overlap become one citation.
 */
function citeEvidence(evidence: Evidence[], chosen: Chosen[], ranked: CandidateSentence[], matcher: TermMatcher, maxCitations: number): Cited {
  const focusOf = new Map<Evidence, TextSpan>();
  for (const { evidence: item, unit } of chosen) {
    const previous = focusOf.get(item);
    focusOf.set(item, previous ? cover(previous, unit) : unit);
  }
  const topScore = evidence[0]?.hit.score ?? 0;
  for (const item of evidence) {
    if (focusOf.size >= maxCitations) break;
    if (item.hit.score < SEE_ALSO_SHARE * topScore) continue;
    const best = ranked.find((candidate) => candidate.evidence === item);
    if (!focusOf.has(item) && best) focusOf.set(item, answerUnit(item, best.span));
  }

  const excerpts: Array<{ evidence: Evidence; span: TextSpan }> = [];
  const numberOf = new Map<Evidence, number>();
  for (const [item, focus] of focusOf) {
    const span = excerptAround(item, focus);
    const same = excerpts.findIndex((other) => other.evidence.article === item.article && overlaps(other.span, span));
    const merged = excerpts[same];
    if (merged) merged.span = cover(merged.span, span);
    else excerpts.push({ evidence: item, span });
    numberOf.set(item, merged ? same + 1 : excerpts.length);
  }
  const citations = excerpts.map(({ evidence: item, span }, i): Citation => {
    const excerpt = item.article.text.slice(span.start, span.end);
    return {
      n: i + 1,
      articleId: item.article.id,
      title: item.article.title,
      outlet: item.article.outlet,
      date: item.article.date,
      passageId: item.hit.passage.id,
      excerpt,
      score: item.hit.score,
      highlights: matcher.matches(excerpt).map(({ start, end }) => ({ start, end })),
    };
  });
  return { citations, numberOf };
}

/** "Según los artículos: «…» [1] «…» [2] Ver también [3] [4]." */
function writeAnswer(language: Language, quotedIn: string | undefined, chosen: Chosen[], { citations, numberOf }: Cited): string {
  const words = WORDS[language];
  const quoted = chosen.map(({ evidence: item, unit }) => `${words.openQuote}${quote(item.article.text, unit)}${words.closeQuote} [${numberOf.get(item)}]`);
  const mentioned = new Set(chosen.map(({ evidence: item }) => numberOf.get(item)));
  const others = citations.filter((citation) => !mentioned.has(citation.n));
  return [words.leadIn(quotedIn), ...quoted, ...(others.length > 0 ? [words.seeAlso(markersOf(others))] : [])].join(' ');
}

/** "[3] [4]" */
function markersOf(citations: Citation[]): string {
  return citations.map((citation) => `[${citation.n}]`).join(' ');
}

// Bracketed numbers in article text ("[12]" footnotes) would read as citation markers.
const MARKER_LOOKALIKE = /\[(\s*\d+(?:\s*[,;]\s*\d+)*\s*)\]/gu;

/**
 * The unit's text on one line, its bracketed numbers in parentheses so that every [n] of the answer
 * is a citation, cut at a word with an ellipsis when it is too long to quote whole.
 */
function quote(text: string, unit: TextSpan): string {
  const sentence = text.slice(unit.start, unit.end).replace(/\s+/gu, ' ').replace(MARKER_LOOKALIKE, '($1)');
  if (sentence.length <= MAX_QUOTED_CHARS) return sentence;
  return sentence.slice(0, wordCut(sentence, MAX_QUOTED_CHARS)) + ' …';
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The smallest span holding both. */
function cover(a: TextSpan, b: TextSpan): TextSpan {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function length(span: TextSpan): number {
  return span.end - span.start;
}
