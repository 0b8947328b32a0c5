/**
 * Whether a question is Spanish or English. Questions are answered in one of the two, so they are
 * told apart within that pair only, which is far more reliable on a five-word question than choosing
 * among sixty languages. eld decides, as for articles (language.ts), but loaded with its 'small'
 * database restricted to the two (eld-es-en.ts): eld scores each language on its own n-grams and
 * the choice between two looks at their two scores only, so the decisions are exactly those of the
 * whole database, which costs about 0.35 s of CPU and 146 MB to load against a few milliseconds.
 */
import { STOP_WORDS } from '../text/stop-words.js';
import { words } from '../text/words.js';
import { eldDetector } from './eld-data.js';
import { ELD_SMALL_ES_EN } from './eld-es-en.js';
import type { Language } from './types.js';

const SAMPLE_CHARS = 3000;
const FUNCTION_WORDS = new Set([...STOP_WORDS.en, ...STOP_WORDS.es]);
const detector = await eldDetector(ELD_SMALL_ES_EN);
detector.setLanguageSubset(['es', 'en']);

/**
 * Whether a question (or any short text) is Spanish or English; `fallback` (the asker's locale) when it
 * gives too little to tell: no function word of either language (names and nouns are shared) and a score
 * eld itself calls unreliable ("kim putin satelites": 0.35 English, 0.32 Spanish). Written questions are
 * never unreliable (0 of 925 Spanish and 925 English XQuAD questions, 0 of 4,932 SQuAD-es v2 ones).
 */
export function detectQuestionLanguage(text: string, fallback: Language = 'es'): Language {
  // Inverted marks and ñ are unambiguous and survive in texts too short for n-gram statistics.
  if (/[¿¡ñÑ]/u.test(text)) return 'es';
  const sample = text.slice(0, SAMPLE_CHARS);
  const result = detector.detect(sample);
  if (!result.isReliable() && !words(sample).some((word) => FUNCTION_WORDS.has(word))) return fallback;
  return result.language === 'es' || result.language === 'en' ? result.language : fallback;
}
