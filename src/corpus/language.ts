/**
 * An article's language: articles may be in any language, and we report what eld detects among the
 * sixty of its 'small' database. A question's language (Spanish or English) is told in question-language.ts.
 */
import { detectEldSmall, loadEldSmall } from './eld-compact.js';

const SAMPLE_CHARS = 3000;

/** ISO 639-1 code of a text's language; `fallback` when the text gives too little to tell. */
export function detectLanguage(text: string, fallback = 'es'): string {
  return detectEldSmall(text.slice(0, SAMPLE_CHARS)) || fallback;
}

/**
 * Reads the detector's table now rather than at the first detection (about 0.2 s of CPU): for a worker
 * thread, before it takes files, so that no file's time limit pays for it.
 */
export function loadLanguageDetector(): void {
  loadEldSmall();
}
