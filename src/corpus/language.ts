/**
 * Language identification. Articles may be in any language (we report what eld detects); questions
 * are answered in Spanish or English, so they are told apart within that pair only, which is far
 * more reliable on a five-word question than choosing among sixty languages.
 */
import { eld } from 'eld/small';
import type { Language } from './types.js';

const SAMPLE_CHARS = 3000;
const questionDetector = eld.newInstance();
questionDetector.setLanguageSubset(['es', 'en']);

/** ISO 639-1 code of a text's language; `fallback` when the text gives too little to tell. */
export function detectLanguage(text: string, fallback = 'es'): string {
  return eld.detect(text.slice(0, SAMPLE_CHARS)).language || fallback;
}

/** Whether a question (or any short text) is Spanish or English. */
export function detectQuestionLanguage(text: string, fallback: Language = 'es'): Language {
  // Inverted marks and ñ are unambiguous and survive in texts too short for n-gram statistics.
  if (/[¿¡ñÑ]/u.test(text)) return 'es';
  const detected = questionDetector.detect(text.slice(0, SAMPLE_CHARS)).language;
  return detected === 'es' || detected === 'en' ? detected : fallback;
}
