import type { ArticleMeta } from './corpus/types.js';
import type { AskResult, QuestionCheck } from './answer/types.js';
import type { Actor, QuoteResult } from './quotes/types.js';

/** One row of `/sources` and of `cli sources --json`. */
export interface SourceEntry extends ArticleMeta {
  passages: number;
  words: number;
}

export interface AskOptions {
  /** Called with the answer text so far while an LLM streams its summary (never in extractive mode). */
  onPartial?: (answerSoFar: string) => void;
}

/**
 * The indexed corpus and everything a front end (CLI, console, Discord) can ask of it.
 * Front ends depend on this interface only, never on corpus/search/answer/quotes internals.
 */
export interface Library {
  readonly articleCount: number;
  /** Every indexed article, newest first; undated articles last. */
  sources(): SourceEntry[];
  /** Whether a question can be looked up at all, with a friendly message in its language when not. */
  checkQuestion(question: string): QuestionCheck;
  /** Answers a question that passed `checkQuestion`; rejects with QuestionError otherwise. */
  ask(question: string, options?: AskOptions): Promise<AskResult>;
  /** The statements of the actor the query resolves to. */
  quote(actor: string): QuoteResult;
  /** Known speakers, most statements first. */
  actors(): Actor[];
  /** Up to `limit` actor names for autocomplete: accent-insensitive prefix matches first, then fuzzy ones. */
  suggestActors(partial: string, limit: number): string[];
}
