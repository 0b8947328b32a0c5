/**
 * Chooses the sentences that answer a question from the sentences of the retrieved passages.
 *
 * A sentence scores by the share of the question's weight it matches (each term weighted by its
 * rarity among the candidate sentences, so "Putin" in a corpus about Putin counts for little), by the
 * share of the rest that the sentence before it matches, and by its passage's retrieval score.
 * Tried and dropped on XQuAD (docs/EVALUATION.md): a bonus for matching words standing close
 * together, a length penalty, a bonus for numbers when the question asks how many or when, and
 * rarity over the whole corpus instead of the candidates.
 */
import type { TextSpan } from '../corpus/types.js';
import type { Evidence } from './evidence.js';
import type { TermMatcher, WordMatch } from './matching.js';

export interface CandidateSentence {
  evidence: Evidence;
  /** Article offsets. */
  span: TextSpan;
  /** Matching words, in article offsets. */
  matches: WordMatch[];
  score: number;
}

/**
 * Weights of the score's parts besides the sentence's own coverage, chosen on XQuAD
 * (docs/EVALUATION.md): the coverage of the sentence before it (XQuAD's answer sentences often name
 * their subject one sentence earlier), and the passage's retrieval score relative to the best one.
 */
const CONTEXT_WEIGHT = 0.5;
const RETRIEVAL_WEIGHT = 0.3;

/** Every sentence of every passage, scored, best first. */
export function scoreSentences(evidence: Evidence[], matcher: TermMatcher): CandidateSentence[] {
  const pool = evidence.flatMap((item) => {
    const sentences = sentencesOfPassage(item).map((span) => ({ evidence: item, span, matches: matchesIn(item, span, matcher) }));
    return sentences.map((sentence, i) => ({ ...sentence, before: termsOf(sentences[i - 1]?.matches ?? []) }));
  });
  const weight = rarity(pool.map((sentence) => termsOf(sentence.matches)), matcher.terms.map((term) => term.stem));
  const totalWeight = [...weight.values()].reduce((sum, value) => sum + value, 0);
  const share = (terms: Iterable<string>) => (totalWeight === 0 ? 0 : [...terms].reduce((sum, term) => sum + (weight.get(term) ?? 0), 0) / totalWeight);
  const topScore = evidence[0]?.hit.score ?? 0;
  return pool
    .map(({ before, ...sentence }) => {
      const matched = termsOf(sentence.matches);
      const retrieval = topScore > 0 ? sentence.evidence.hit.score / topScore : 0;
      const context = share([...before].filter((term) => !matched.has(term)));
      return { ...sentence, score: share(matched) + CONTEXT_WEIGHT * context + RETRIEVAL_WEIGHT * retrieval };
    })
    .sort((a, b) => b.score - a.score);
}

function matchesIn({ article }: Evidence, span: TextSpan, matcher: TermMatcher): WordMatch[] {
  return matcher.matches(article.text.slice(span.start, span.end)).map((match) => ({ ...match, start: match.start + span.start, end: match.end + span.start }));
}

function termsOf(matches: WordMatch[]): Set<string> {
  return new Set(matches.map((match) => match.term));
}

/** The paragraph's sentences that lie in the passage (clipped to it, in case the two disagree). */
function sentencesOfPassage({ hit, sentences }: Evidence): TextSpan[] {
  const { start, end } = hit.passage;
  const inside = sentences
    .filter((sentence) => sentence.end > start && sentence.start < end)
    .map((sentence) => ({ start: Math.max(sentence.start, start), end: Math.min(sentence.end, end) }));
  return inside.length > 0 ? inside : [{ start, end }];
}

/** Inverse sentence frequency of each question term among the candidates; unseen terms weigh most. */
function rarity(sentenceTerms: Array<Set<string>>, terms: string[]): Map<string, number> {
  const count = sentenceTerms.length;
  return new Map(terms.map((term) => {
    const frequency = sentenceTerms.filter((found) => found.has(term)).length;
    return [term, Math.log(1 + (count + 1) / (frequency + 0.5))];
  }));
}
