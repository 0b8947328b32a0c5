/**
 * An article's language: articles may be in any language, and we report what eld detects among the
 * sixty of its 'small' database. A question's language (Spanish or English) is told in question-language.ts.
 */
import { detectEldSmall } from './eld-compact.js';

const SAMPLE_CHARS = 3000;

/** ISO 639-1 code of a text's language; `fallback` when the text gives too little to tell. */
export function detectLanguage(text: string, fallback = 'es'): string {
  return detectEldSmall(text.slice(0, SAMPLE_CHARS)) || fallback;
}
