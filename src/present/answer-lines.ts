/** How an `/ask` answer is described, shared by the Discord and the text renderers. Parts are unescaped text. */
import type { AskResult, Citation } from '../answer/types.js';
import type { Language } from '../corpus/types.js';
import { inlineText } from './inline.js';
import { formatDate } from './dates.js';
import { stringsFor } from './strings.js';

/** Every front end asks for at most this many citations, so an answer reads the same everywhere: five excerpts under an answer stay readable (and fit one Discord message). */
export const CITATIONS_PER_ANSWER = 5;

/** Where a citation comes from: its outlet and date, leaving out what the article does not give. */
export function citationOrigin(citation: Citation, language: Language): string[] {
  return [citation.outlet, formatDate(citation.date, language)].filter((part): part is string => part !== null).map(inlineText);
}

/**
 * How the answer was made: the library's notice, if any, then extractive or LLM, said only of a reply that cites
 * something (a reply with no citation, as with no article indexed yet, quotes nothing and summarises nothing).
 */
export function answerNotes(result: AskResult): string[] {
  const strings = stringsFor(result.language);
  const mode = result.citations.length === 0 ? undefined : result.mode === 'llm' ? strings.llmMode : strings.extractiveMode;
  return [result.notice, mode].filter((note): note is string => Boolean(note));
}
