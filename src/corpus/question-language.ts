/**
 * Whether a question is Spanish or English. Questions are answered in one of the two, so they are
 * told apart within that pair only, which is far more reliable on a five-word question than choosing
 * among sixty languages. eld decides, as for articles (language.ts), but loaded with its 'small'
 * database restricted to the two (eld-es-en.ts): eld scores each language on its own n-grams and
 * the choice between two looks at their two scores only, so the decisions are exactly those of the
 * whole database, which costs about 0.35 s of CPU and 146 MB to load against a few milliseconds.
 */
import { eldDetector } from './eld-data.js';
import { ELD_SMALL_ES_EN } from './eld-es-en.js';
import type { Language } from './types.js';

const SAMPLE_CHARS = 3000;
const detector = await eldDetector(ELD_SMALL_ES_EN);
detector.setLanguageSubset(['es', 'en']);

/** Whether a question (or any short text) is Spanish or English; `fallback` when it gives too little to tell. */
export function detectQuestionLanguage(text: string, fallback: Language = 'es'): Language {
  // Inverted marks and ñ are unambiguous and survive in texts too short for n-gram statistics.
  if (/[¿¡ñÑ]/u.test(text)) return 'es';
  const detected = detector.detect(text.slice(0, SAMPLE_CHARS)).language;
  return detected === 'es' || detected === 'en' ? detected : fallback;
}
