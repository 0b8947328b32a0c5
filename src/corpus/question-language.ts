/**
 * Whether a question is Spanish or English. Questions are answered in one of the two, so they are
 * told apart within that pair only, which is far more reliable on a five-word question than choosing
 * among sixty languages. eld decides, as for articles (language.ts), but loaded with its 'small'
 * database restricted to the two (eld-es-en.ts): eld scores each language on its own n-grams and
 * the choice between two looks at their two scores only, so the decisions are exactly those of the
 * whole database, which costs about 0.35 s of CPU and 146 MB to load against a few milliseconds.
 */
import { STOP_WORDS } from '../text/stop-words.js';
import { WORD, words } from '../text/words.js';
import { eldDetector, type EldDetector } from './eld-data.js';
import { ELD_SMALL_ES_EN } from './eld-es-en.js';
import type { Language } from './types.js';

const SAMPLE_CHARS = 3000;
const FUNCTION_WORDS = new Set([...STOP_WORDS.en, ...STOP_WORDS.es]);
const detector = await eldDetector(ELD_SMALL_ES_EN);
detector.setLanguageSubset(['es', 'en']);

/**
 * Whether a question (or any short text) is Spanish or English; `fallback` (the asker's locale) when it
 * gives too little to tell: a name alone (no word in lower case: "Kim Yo Jong", "La Paz"), or no function word of
 * either language outside a name (names and nouns are shared) and a score eld itself calls unreliable ("kim putin
 * satelites": 0.35 English, 0.32 Spanish). Written questions are never unreliable (0 of 925 Spanish and 925
 * English XQuAD questions, 0 of 4,932 SQuAD-es v2 ones).
 */
export const detectQuestionLanguage = questionLanguageDetector(detector);

/**
 * `detectQuestionLanguage`'s rules over another eld detector (one limited to 'es' and 'en'): its test compares
 * the two-language database with eld's whole one under the same rules.
 */
export function questionLanguageDetector(eld: Pick<EldDetector, 'detect'>): (text: string, fallback?: Language) => Language {
  return (text, fallback = 'es') => {
    // Inverted marks and ñ are unambiguous and survive in texts too short for n-gram statistics.
    if (/[¿¡ñÑ]/u.test(text)) return 'es';
    const sample = text.slice(0, SAMPLE_CHARS);
    const tokens = Array.from(sample.matchAll(WORD), ([token]) => token);
    const isFunctionWord = (token: string) => words(token).some((word) => FUNCTION_WORDS.has(word));
    const lowerCase = (token: string) => /^\p{Ll}/u.test(token);
    // No word in lower case: a name ("Kim Yo Jong", "Los Angeles"), whose n-grams and lone function word tell where
    // the name comes from, not the asker's language; two function words make it a sentence in title case.
    const sentence = tokens.some(lowerCase);
    if (!sentence && tokens.filter(isFunctionWord).length < 2) return fallback;
    const result = eld.detect(sample);
    // In a sentence, a capitalised function word other than the first is part of a name too ("who is Kim Yo Jong").
    if (sentence && !result.isReliable() && !tokens.some((token, i) => (i === 0 || lowerCase(token)) && isFunctionWord(token))) return fallback;
    return result.language === 'es' || result.language === 'en' ? result.language : fallback;
  };
}
