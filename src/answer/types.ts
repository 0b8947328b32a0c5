import type { Language, Passage, TextSpan } from '../corpus/types.js';
import type { QuestionWords } from '../search/analyze.js';
import type { AnswerType } from './answer-type.js';

/** One numbered piece of evidence behind an answer. Field names follow ../shared/CONTRACT.md. */
export interface Citation {
  /** The number that `[n]` markers in the answer refer to, from 1. */
  n: number;
  articleId: string;
  title: string;
  outlet: string | null;
  date: string | null;
  passageId: string;
  /** Verbatim text of the article (a passage, possibly widened by a neighbouring sentence). */
  excerpt: string;
  /** Retrieval score; higher is better. Only comparable within one answer. */
  score: number;
  /** Ranges of `excerpt` that match the question's words, for a front end to emphasise. */
  highlights: TextSpan[];
}

export type AnswerMode = 'extractive' | 'llm';

/** What `/ask` returns to every front end. Field names follow ../shared/CONTRACT.md. */
export interface AskResult {
  question: string;
  /** The question's language; the answer's own words are in it. */
  language: Language;
  /** The text shown to the user, with `[n]` markers that each match a citation. */
  answer: string;
  mode: AnswerMode;
  /** True when the articles do not answer the question; `answer` then says so. */
  refused: boolean;
  /** The evidence behind the answer; on a refusal, only leads (passages naming what was asked), if any. */
  citations: Citation[];
  /** A short remark for the reader, e.g. that the LLM timed out and the extractive answer is shown. */
  notice?: string;
}

/** Why a question was not even looked up; 'greeting' is a greeting or thanks alone, answered with what to ask. */
export type QuestionProblem = 'empty' | 'too_long' | 'no_words' | 'greeting';

/**
 * A question accepted for lookup, read once: normalised, its language detected, its words and the
 * kind of answer it expects analysed. Retrieval, sentence choice and leads all use this reading.
 */
export interface CheckedQuestion {
  ok: true;
  /** The normalised question, as echoed. */
  question: string;
  /** What is looked up: the question without the words around it that ask nothing: a greeting, another sentence before it, a frame of wanting or telling, a stray word or thanks after it (asked-part.ts). */
  asked: string;
  language: Language;
  words: QuestionWords;
  /** What kind of answer the question asks for, when its wording says (see answer-type.ts). */
  expects: AnswerType | undefined;
  /**
   * The language the question is written in when the bot reads it but does not reply in it (Portuguese, French, German,
   * Italian: corpus/question-language.ts `otherQuestionLanguage`), or in a script other than the Latin one (Cyrillic,
   * Arabic, Han…: eld's detection, ISO 639-1); `language` is then the one replied in.
   */
  writtenIn?: string;
  /**
   * The question as typed, read with the zero-width spaces inside its words taken out (text/invisible.ts
   * `withZeroWidthSpacesJoined`), when that reading differs: the one looked up when this one is refused.
   */
  joinedReading?: string;
}

export type QuestionCheck = CheckedQuestion | { ok: false; problem: QuestionProblem; language: Language; message: string };

/** A passage found for a question, with how well it matched. */
export interface RetrievedPassage {
  passage: Passage;
  /** Ranking score (BM25, or fused); higher is better. */
  score: number;
  /** 0..1: share of the question's weight the passage holds (see SearchHit.coverage). */
  coverage: number;
  /** 0..1: how sure retrieval is that this passage is about the question; used for refusal. */
  confidence: number;
  /** The question's index terms found in the passage (SearchHit.matchedTerms). */
  matchedTerms: string[];
}

/** The outcome of looking a question up. */
export interface Retrieval {
  /** Best first. */
  hits: RetrievedPassage[];
  /** True when no hit is relevant enough to answer from. */
  refused: boolean;
}
