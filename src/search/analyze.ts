/**
 * Text analysis shared by indexing and querying, so that a question and a passage that use the same
 * word (with or without accents, singular or plural) end up with the same index term.
 *
 * Each passage is analysed by the rules of its article's language (`analyserFor`): Spanish or English
 * stemming and stop words, or, for any other language, a neutral analysis that only folds case and
 * diacritics (no stemming, no stop words). In every analysis a run of Chinese, Japanese or Korean
 * characters, written without spaces between words, becomes its overlapping character bigrams, as
 * Lucene's CJKBigramFilter does: "東京都" → "東京", "京都".
 *
 * Two kinds of terms come out of it:
 * - index terms: accent-folded stems of the content words ("satélites" → "satelit"), for BM25;
 * - cross-lingual keys: language-neutral spellings of each word (a short prefix and a consonant
 *   skeleton), so that an English question still meets a Spanish passage through names, numbers
 *   and cognates ("satellites"/"satélites", "defense"/"defensa") without any translation list.
 */
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import type { Language } from '../corpus/types.js';
import { remembered } from '../remembered.js';
import { OTHER_INTERROGATIVES, OTHER_OPEN_INTERROGATIVES } from '../text/interrogatives.js';
import { functionWordsOf, STOP_WORDS } from '../text/stop-words.js';
import { englishBaseForm } from './irregular-en.js';
import { foldAccents, WORD, words } from '../text/words.js';

/** How a text is analysed: by the rules of one of the bot's languages, or neutrally (every other language). */
export type Analyser = Language | 'neutral';

/** The analyser for a text in the language with ISO 639-1 code `language`. */
export function analyserFor(language: string): Analyser {
  return language === 'es' || language === 'en' ? language : 'neutral';
}

const NUMBER = /^\p{N}/u;

interface LanguageRules {
  stem: (foldedWord: string) => string;
  stopWords: ReadonlySet<string>;
  /** Interrogatives that frame a question but are not what it is about. */
  questionWords: ReadonlySet<string>;
}

const foldedSet = (list: readonly string[]) => new Set(list.map(foldAccents));

const RULES: Record<Analyser, LanguageRules> = {
  es: {
    stem: remembered(stemSpanish),
    stopWords: STOP_WORDS.es,
    questionWords: foldedSet(['qué', 'quién', 'quiénes', 'cuándo', 'dónde', 'adónde', 'cuál', 'cuáles', 'cómo', 'cuánto', 'cuánta', 'cuántos', 'cuántas']),
  },
  en: {
    // An irregular verb's past is stemmed as its base form ("fell" as "fall"): a question asks with "did" and the base.
    stem: remembered((word: string) => englishStemmer(englishBaseForm(word))),
    stopWords: STOP_WORDS.en,
    questionWords: foldedSet(['what', 'when', 'who', 'whom', 'whose', 'where', 'which', 'why', 'how', 'many', 'much']),
  },
  // Another language's stop words are ordinary words in Spanish or English (Portuguese "do", French
  // "sur"), and one language's stems would merge another's words wrongly: neither is applied.
  neutral: { stem: (word) => word, stopWords: new Set(), questionWords: new Set() },
};

// Chinese, Japanese and Korean letters (Script_Extensions, so that the kana length mark counts).
const CJK = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}';
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const SCRIPT_RUNS = new RegExp(`[${CJK}]+|[^${CJK}]+`, 'gu');

/**
 * A folded run of CJK letters as its overlapping bigrams (a single letter stays whole). Folding took
 * Hangul apart into its letters; they are put back together first.
 */
function bigrams(run: string): string[] {
  const letters = [...run.normalize('NFC')];
  if (letters.length < 2) return letters;
  return letters.slice(1).map((letter, i) => letters[i]! + letter);
}

/** The index terms of one folded word: its stem, a number as it is, a CJK run as its bigrams. */
function termsOfWord(word: string, rules: LanguageRules): string[] {
  if (NUMBER.test(word)) return [word];
  if (!HAS_CJK.test(word)) return [rules.stem(word)];
  return (word.match(SCRIPT_RUNS) ?? []).flatMap((run) => (HAS_CJK.test(run) ? bigrams(run) : [rules.stem(run)]));
}

/** `termsOfWord` per analyser, remembered: indexing meets the same words again and again. */
const REMEMBERED_TERMS = Object.fromEntries(
  (Object.keys(RULES) as Analyser[]).map((analyser) => [analyser, remembered((word: string): readonly string[] => termsOfWord(word, RULES[analyser]))]),
) as Record<Analyser, (word: string) => readonly string[]>;

/**
 * The Snowball stemmer expects accents, but questions are often typed without them. Words are
 * therefore folded before stemming so that "fotografía" and "fotografia" share a stem. Folding
 * hides one suffix from the stemmer: "-ción" (Spanish spells every word ending in -cion with the
 * accent), whose plural "-ciones" carries none; restoring it keeps "nación" and "naciones" together.
 */
function stemSpanish(foldedWord: string): string {
  return foldAccents(spanishStemmer(foldedWord.replace(/cion$/, 'ción')));
}

function isContentWord(word: string, rules: LanguageRules): boolean {
  return !rules.stopWords.has(word);
}

let lastPassage: { text: string; analyser: Analyser; words: readonly string[] } | undefined;

/**
 * The content words of a passage, folded, in order: what `indexTerms` and `crossLingualKeys` read, word by
 * word (`wordTerms`, `keysOfWord`). Indexing asks for them twice in a row, for the stems and for the keys of
 * the same passage, so the last passage's are kept.
 */
export function contentWords(text: string, analyser: Analyser): readonly string[] {
  if (lastPassage?.text !== text || lastPassage.analyser !== analyser) {
    const rules = RULES[analyser];
    lastPassage = { text, analyser, words: words(text).filter((word) => isContentWord(word, rules)) };
  }
  return lastPassage.words;
}

/** Index terms of a text analysed by `analyser`: content-word stems, numbers and CJK bigrams, in order. */
export function indexTerms(text: string, analyser: Analyser): string[] {
  const termsOf = REMEMBERED_TERMS[analyser];
  const terms: string[] = [];
  // A loop, not flatMap: indexing calls this for every passage, and almost every word is one term.
  for (const word of contentWords(text, analyser)) {
    const wordTerms = termsOf(word);
    if (wordTerms.length === 1) terms.push(wordTerms[0]!);
    else terms.push(...wordTerms);
  }
  return terms;
}

/** Cross-lingual keys of a text analysed by `analyser` (see `keysOfWord`). */
export function crossLingualKeys(text: string, analyser: Analyser): string[] {
  const keys: string[] = [];
  // A loop, not flatMap, as in `indexTerms`.
  for (const word of contentWords(text, analyser)) for (const key of keysOfWord(word)) keys.push(key);
  return keys;
}

const PREFIX_LENGTH = 5;
const SKELETON_LENGTH = 4;
/** Marks skeleton keys so that they never collide with prefix keys. */
export const SKELETON_MARK = '~';

/**
 * Language-neutral keys of one folded word: its first five letters and its consonant skeleton
 * ("satellites" and "satelites" → "satel" and "~stlt"). Numbers are their own key, and a CJK run its
 * bigrams (it has no spelling to share with another script). Lengths were chosen on XQuAD English
 * questions against Spanish paragraphs (docs/EVALUATION.md).
 */
export const keysOfWord: (word: string) => readonly string[] = remembered((word) =>
  NUMBER.test(word) ? [word] : HAS_CJK.test(word) ? termsOfWord(word, RULES.neutral) : [word.slice(0, PREFIX_LENGTH), SKELETON_MARK + consonantSkeleton(word)],
);

/**
 * Spelling variants that English and Spanish (and most Latin-alphabet languages) use for the same
 * sounds are unified, then vowels after the first letter and doubled letters are dropped:
 * "philosophy" and "filosofía" both become "flsf".
 */
function consonantSkeleton(word: string): string {
  const unified = word
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/qu/g, 'c')
    .replace(/k/g, 'c')
    .replace(/z/g, 's')
    .replace(/y/g, 'i')
    .replace(/h/g, '');
  const skeleton = (unified.slice(0, 1) + unified.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
  return skeleton.slice(0, SKELETON_LENGTH);
}

/** A question's own words, read once in its language: what it is about, before any index's analysis. */
export interface QuestionWords {
  /** The question as asked (normalised). */
  text: string;
  language: Language;
  /** Folded content words in order: punctuation, interrogatives and stop words of `language` dropped. */
  content: string[];
  /** The content words written as names (see `nameWords`): what the question is about. */
  names: string[];
  /**
   * The language the question is written in when it is not `language` (a French question replied to in Spanish:
   * CheckedQuestion.writtenIn); its function words and interrogatives are dropped from `content` too.
   */
  writtenIn?: string;
}

/** What a question is looked up with among the passages of one analyser. */
export interface AnalysedQuestion {
  /** Index terms: the question's content words stemmed the way those passages were. */
  terms: string[];
  /** Cross-lingual keys of the same content words. */
  keys: string[];
  /** The terms and keys that come from names: what the question is about. */
  names: { terms: ReadonlySet<string>; keys: ReadonlySet<string> };
}

// A word that opens the question or one of its sentences is capitalised anyway, so there it only
// counts as a name when it is an acronym.
const CAPITALISED = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*/gu;
const ACRONYM = /^\p{Lu}{2,}$/u;
const SENTENCE_OPENING = /(?:^|[¿¡.?!:;"«“(])\s*$/u;

/**
 * The folded words of a question that are written as names: capitalised where a sentence does not
 * begin ("Tesla", "Columbia"), or acronyms ("AAA", "OTAN"). A question typed in lower case has none.
 */
export function nameWords(question: string): Set<string> {
  const names = new Set<string>();
  for (const match of question.matchAll(CAPITALISED)) {
    const opensSentence = SENTENCE_OPENING.test(question.slice(0, match.index));
    if (!opensSentence || ACRONYM.test(match[0])) names.add(foldAccents(match[0]));
  }
  return names;
}

// Lower-case words that join the words of one name: "Marca de la Anarquía", "Bank of England".
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'of', 'the']);

/**
 * The question's names as runs of words (folded), as `nameWords` reads them: consecutive name words, joined by nothing
 * but a space or the particles of a name ("Centro de Atletismo Gerald Ratner" is one run of four words, "Galor y Zeira"
 * two runs). In the order written.
 */
export function nameRuns(question: string): string[][] {
  const names = nameWords(question);
  const runs: string[][] = [];
  let run: string[] = [];
  let joiners = 0;
  for (const [word] of question.matchAll(WORD)) {
    const folded = foldAccents(word);
    if (names.has(folded) && /^\p{Lu}/u.test(word)) {
      run.push(folded);
      joiners = 0;
    } else if (run.length > 0 && NAME_JOINERS.has(folded) && joiners < 2) joiners++;
    else {
      if (run.length > 0) runs.push(run);
      run = [];
      joiners = 0;
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Reads a question once: its content words and names, by the rules of `language`, the one it is replied in, and of
 * `writtenIn`, the one it is written in when that is another (Portuguese, French, Italian, German): "Pourquoi le tram
 * est-il en retard ?" is about "tram" and "retard", not "pourquoi", "est" or "il", which no answer need repeat.
 */
export function readQuestion(text: string, language: Language, writtenIn?: string): QuestionWords {
  const rules = RULES[language];
  const own = writtenIn === undefined ? undefined : writtenInWords(writtenIn);
  const content = words(text).filter((word) => isContentWord(word, rules) && !rules.questionWords.has(word) && !own?.has(word));
  const names = [...nameWords(text)].filter((word) => content.includes(word));
  return { text, language, content, names, ...(writtenIn !== undefined && { writtenIn }) };
}

/** `text` read as `words` was read: in its language, and in the one it is written in. */
export function readAgain(text: string, words: QuestionWords): QuestionWords {
  return readQuestion(text, words.language, words.writtenIn);
}

/** A language's function words and interrogatives, folded (empty for one whose words are not listed). */
export const writtenInWords = remembered((language: string): ReadonlySet<string> => new Set([
  ...(functionWordsOf(language) ?? []), ...Object.keys(OTHER_INTERROGATIVES[language] ?? {}),
  ...(OTHER_OPEN_INTERROGATIVES[language]?.why ?? []), ...(OTHER_OPEN_INTERROGATIVES[language]?.other ?? []),
]));

/** The index terms of one folded content word as `analyser` analyses it: one stem, or a CJK run's bigrams. */
export function wordTerms(word: string, analyser: Analyser): string[] {
  return termsOfWord(word, RULES[analyser]);
}

/** An index term found in a text, with its offsets there. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

// A letter with the combining marks that follow it: one CJK character even when written decomposed.
const LETTER = /\P{M}\p{M}*/gu;

/**
 * The index terms of one word of original (unfolded) text, as `analyser` analyses it, each with its
 * offsets in the word: a stop word gives none, a CJK run one per bigram (spanning its two letters).
 * The same (frozen) list for the same word: matching an answer's sentences and articles reads the
 * same words on every question.
 */
export function termSpans(word: string, analyser: Analyser): readonly TermSpan[] {
  return REMEMBERED_SPANS[analyser](word);
}

const REMEMBERED_SPANS = Object.fromEntries(
  (Object.keys(RULES) as Analyser[]).map((analyser) => [analyser, remembered((word: string): readonly TermSpan[] => Object.freeze(spansOfWord(word, analyser).map((span) => Object.freeze(span))))]),
) as Record<Analyser, (word: string) => readonly TermSpan[]>;

function spansOfWord(word: string, analyser: Analyser): TermSpan[] {
  const rules = RULES[analyser];
  return Array.from(word.matchAll(SCRIPT_RUNS)).flatMap((run): TermSpan[] => {
    const at = run.index;
    if (!HAS_CJK.test(run[0])) {
      const [folded] = words(run[0]);
      return folded !== undefined && isContentWord(folded, rules) ? termsOfWord(folded, rules).map((term) => ({ term, start: at, end: at + run[0].length })) : [];
    }
    const letters = Array.from(run[0].matchAll(LETTER), (letter) => ({ text: foldAccents(letter[0]).normalize('NFC'), start: at + letter.index, end: at + letter.index + letter[0].length }));
    if (letters.length === 1) return letters.map(({ text, start, end }) => ({ term: text, start, end }));
    return letters.slice(1).map((letter, i) => ({ term: letters[i]!.text + letter.text, start: letters[i]!.start, end: letter.end }));
  });
}

/**
 * The question's content words analysed the way passages analysed by `analyser` were: an English
 * question over Spanish passages has its names and cognates stemmed by the Spanish stemmer, so
 * "Putin" or "defense" meet the passages' "putin" and "defens".
 */
export function analyseQuestion(question: QuestionWords, analyser: Analyser): AnalysedQuestion {
  const terms = (word: string) => wordTerms(word, analyser);
  return {
    terms: unique(question.content.flatMap(terms)),
    keys: unique(question.content.flatMap(keysOfWord)),
    names: { terms: new Set(question.names.flatMap(terms)), keys: new Set(question.names.flatMap(keysOfWord)) },
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
