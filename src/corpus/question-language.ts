/**
 * Whether a question is Spanish or English. Questions are answered in one of the two, so they are
 * told apart within that pair only, which is far more reliable on a five-word question than choosing
 * among sixty languages. eld decides, as for articles (language.ts), but loaded with its 'small'
 * database restricted to the two (eld-es-en.ts): eld scores each language on its own n-grams and
 * the choice between two looks at their two scores only, so the decisions are exactly those of the
 * whole database, which costs about 0.35 s of CPU and 146 MB to load against a few milliseconds.
 */
import { OTHER_INTERROGATIVES, SPANISH_INTERROGATIVES } from '../text/interrogatives.js';
import { functionWordsOf, STOP_WORDS } from '../text/stop-words.js';
import { detectEldSmall } from './eld-compact.js';
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
    const sample = text.slice(0, SAMPLE_CHARS);
    if (notWriting(sample)) return fallback;
    // Inverted marks and ñ are unambiguous and survive in texts too short for n-gram statistics; but a capitalised word
    // with ñ is a name, which an English question writes as its place or person does ("When did the works on the
    // Logroño bridge begin?").
    const tokens = tokensOf(sample);
    if (/[¿¡]/u.test(text) || tokens.some((token) => lowerCase(token) && /ñ/iu.test(token))) return 'es';
    // No word in lower case: a name ("Kim Yo Jong", "Los Angeles"), whose n-grams and lone function word tell where
    // the name comes from, not the asker's language; two function words make it a sentence in title case.
    const sentence = tokens.some(lowerCase);
    if (!sentence && tokens.filter((token) => isFunctionWord(token)).length < 2) return fallback;
    // A name's n-grams tell where the name comes from, not the asker's language ("Scott dijo" scored English as a whole):
    // in a sentence the words in lower case and the function words are the asker's own, and decide when they clearly can.
    const own = sentence ? decisive(eld.detect(ownWords(sample, tokens))) : undefined;
    if (own) return own;
    const result = eld.detect(sample);
    // In a sentence, a capitalised function word other than the first is part of a name too ("who is Kim Yo Jong").
    if (sentence && !result.isReliable() && !tokens.some((token, i) => (i === 0 || lowerCase(token)) && isFunctionWord(token))) return fallback;
    return result.language === 'es' || result.language === 'en' ? result.language : fallback;
  };
}

/**
 * A sentence's words that are the asker's own, not a name's: those in lower case and the `functionWords` (folded; Spanish
 * and English ones by default), a capitalised first word among them ("Quand", "Who"); the whole text when it has no word
 * in lower case (a name, a title).
 */
function ownWords(text: string, tokens = tokensOf(text), functionWords: ReadonlySet<string> = FUNCTION_WORDS): string {
  if (!tokens.some(lowerCase)) return text;
  return tokens.filter((token) => lowerCase(token) || isFunctionWord(token, functionWords)).join(' ');
}

/**
 * A result's language when its n-grams point to one of the two only: the other scored nothing at all. eld calls a
 * word or two "unreliable" for having fewer than three n-grams, however one-sided ("dijo": Spanish 0.86, English nothing).
 */
function decisive(result: ReturnType<EldDetector['detect']>): Language | undefined {
  const scores = result.getScores();
  const scored = Object.keys(scores).filter((language) => (scores[language] ?? 0) > 0);
  return scored.length === 1 && (scored[0] === 'es' || scored[0] === 'en') ? scored[0] : undefined;
}

function tokensOf(text: string): string[] {
  return Array.from(text.matchAll(WORD), ([token]) => token);
}

function isFunctionWord(token: string, functionWords: ReadonlySet<string> = FUNCTION_WORDS): boolean {
  return words(token).some((word) => functionWords.has(word));
}

function lowerCase(token: string): boolean {
  return /^\p{Ll}/u.test(token);
}

/** Above this share of a text's visible characters being symbols, control or unassigned characters, it is not writing. */
const MOST_SYMBOLS = 0.2;

/**
 * Whether a text is not writing in any language: bytes that were never text (a binary file's lines read as UTF-8 are
 * about half U+FFFD replacement characters and controls) or a string of symbols, whose letters are noise that eld
 * scores as some language anyway. A question holds a symbol or an emoji now and then, far below MOST_SYMBOLS.
 */
function notWriting(sample: string): boolean {
  const visible = sample.replace(/\s+/gu, '');
  if (visible.length === 0) return false;
  const symbols = visible.match(/[\p{S}\p{C}]/gu)?.length ?? 0;
  return symbols / visible.length > MOST_SYMBOLS;
}

/** The languages the bot reads articles in but does not reply in, whose questions it can tell (text/interrogatives.ts). */
const READ_ONLY_LANGUAGES = Object.keys(OTHER_INTERROGATIVES);
// A Spanish interrogative's accent, or the Spanish marks: Spanish however the n-grams fall ("¿Qué come Mnemiopsis?").
const SPANISH_SIGNS = new RegExp(`[¿¡ñÑ]|(?<!\\p{L})(?:${SPANISH_INTERROGATIVES.join('|')})(?!\\p{L})`, 'iu');

/**
 * The language a question is written in when it is Portuguese, French, German or Italian, which the bot reads but does
 * not reply in (replies are Spanish or English); undefined for any other. eld's 'small' database (the articles' detector,
 * language.ts) must give that language, and the question hold a word of it that is no Spanish or English function word:
 * one of its function words (stop-words.ts `functionWordsOf`) or interrogatives ("quem", "combien"). A Spanish
 * interrogative's accent or the Spanish marks make it Spanish. Measured on the eval's questions: none of the 925
 * English XQuAD ones and none of the 4,932 SQuAD-es v2 ones is given another language (3 once their ¿ is taken away,
 * none with the accent rule).
 */
export function otherQuestionLanguage(text: string): string | undefined {
  if (SPANISH_SIGNS.test(text)) return undefined;
  // The word test first: it spares the n-gram tables (a second of CPU to load, 28 MB) to nearly every Spanish or English question.
  const held = words(text).filter((word) => !FUNCTION_WORDS.has(word));
  const candidates = READ_ONLY_LANGUAGES.filter((language) => held.some((word) => OWN_WORDS.get(language)?.has(word)));
  if (candidates.length === 0) return undefined;
  // Told by the asker's own words, as detectQuestionLanguage tells them: the names' n-grams ("Vladimir Putin à Kim Jong Un")
  // outweigh a short question's. Their function words and interrogatives are the asker's too when capitalised: "Quand
  // Poutine visitera-t-il le Vietnam ?" without its "Quand" is "visitera-t-il le", which eld calls Italian.
  const sample = text.slice(0, SAMPLE_CHARS);
  const language = detectEldSmall(ownWords(sample, tokensOf(sample), ANY_FUNCTION_WORD));
  return candidates.includes(language) ? language : undefined;
}

/** Each of those languages' function words and interrogatives, folded. */
const OWN_WORDS = new Map(READ_ONLY_LANGUAGES.map((language) => [language, new Set([...(functionWordsOf(language) ?? []), ...Object.keys(OTHER_INTERROGATIVES[language] ?? {})])]));
/** The function words and interrogatives of every language the bot reads, folded. */
const ANY_FUNCTION_WORD: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...[...OWN_WORDS.values()].flatMap((own) => [...own])]);
