/**
 * Text analysis shared by indexing and querying, so that a question and a passage that use the same
 * word (with or without accents, singular or plural) end up with the same index term.
 *
 * Two kinds of terms come out of it:
 * - index terms: accent-folded stems of the content words ("satélites" → "satelit"), for BM25;
 * - cross-lingual keys: language-neutral spellings of each word (a short prefix and a consonant
 *   skeleton), so that an English question still meets a Spanish passage through names, numbers
 *   and cognates ("satellites"/"satélites", "defense"/"defensa") without any translation list.
 */
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stopwords as englishStopWords } from '@orama/stopwords/english';
import type { Language } from '../corpus/types.js';
import { remembered } from '../remembered.js';
import { SPANISH_STOP_WORDS } from './stopwords-es.js';
import { foldAccents, words } from '../text/words.js';

const NUMBER = /^\p{N}/u;

interface LanguageRules {
  stem: (foldedWord: string) => string;
  stopWords: ReadonlySet<string>;
  /** Interrogatives that frame a question but are not what it is about. */
  questionWords: ReadonlySet<string>;
}

const foldedSet = (list: readonly string[]) => new Set(list.map(foldAccents));

const RULES: Record<Language, LanguageRules> = {
  es: {
    stem: remembered(stemSpanish),
    stopWords: foldedSet(SPANISH_STOP_WORDS),
    questionWords: foldedSet(['qué', 'quién', 'quiénes', 'cuándo', 'dónde', 'adónde', 'cuál', 'cuáles', 'cómo', 'cuánto', 'cuánta', 'cuántos', 'cuántas']),
  },
  en: {
    stem: remembered(englishStemmer),
    stopWords: foldedSet(englishStopWords),
    questionWords: foldedSet(['what', 'when', 'who', 'whom', 'whose', 'where', 'which', 'why', 'how', 'many', 'much']),
  },
};

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

let lastPassage: { text: string; language: Language; words: readonly string[] } | undefined;

/**
 * The content words of a passage. Indexing asks for them twice in a row, for the stems and for the
 * keys of the same passage, so the last passage's are kept.
 */
function contentWords(text: string, language: Language): readonly string[] {
  if (lastPassage?.text !== text || lastPassage.language !== language) {
    const rules = RULES[language];
    lastPassage = { text, language, words: words(text).filter((word) => isContentWord(word, rules)) };
  }
  return lastPassage.words;
}

/** Index terms of a passage written in `language`: content-word stems and numbers, in order. */
export function indexTerms(text: string, language: Language): string[] {
  const rules = RULES[language];
  return contentWords(text, language).map((word) => stemWord(word, rules));
}

function stemWord(word: string, rules: LanguageRules): string {
  return NUMBER.test(word) ? word : rules.stem(word);
}

/** Cross-lingual keys of a passage written in `language` (see `keysOfWord`). */
export function crossLingualKeys(text: string, language: Language): string[] {
  return contentWords(text, language).flatMap(keysOfWord);
}

const PREFIX_LENGTH = 5;
const SKELETON_LENGTH = 4;
/** Marks skeleton keys so that they never collide with prefix keys. */
const SKELETON_MARK = '~';

/**
 * Language-neutral keys of one folded word: its first five letters and its consonant skeleton
 * ("satellites" and "satelites" → "satel" and "~stlt"). Numbers are their own key. Lengths were
 * chosen on XQuAD English questions against Spanish paragraphs (docs/EVALUATION.md).
 */
export const keysOfWord: (word: string) => readonly string[] = remembered((word) =>
  NUMBER.test(word) ? [word] : [word.slice(0, PREFIX_LENGTH), SKELETON_MARK + consonantSkeleton(word)],
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
}

/** What a question is looked up with in one index. */
export interface AnalysedQuestion {
  /** Index terms: the question's content words stemmed the way the passages were. */
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

/** Reads a question once: its content words and names, by the rules of the language it is written in. */
export function readQuestion(text: string, language: Language): QuestionWords {
  const rules = RULES[language];
  const content = words(text).filter((word) => isContentWord(word, rules) && !rules.questionWords.has(word));
  const names = [...nameWords(text)].filter((word) => content.includes(word));
  return { text, language, content, names };
}

/** The index term of one folded content word, as an index of passages in `language` analyses it. */
export function stemOf(word: string, language: Language): string {
  return stemWord(word, RULES[language]);
}

/**
 * The question's content words analysed the way passages in `indexLanguage` were analysed: an
 * English question over Spanish passages has its names and cognates stemmed by the Spanish stemmer,
 * so "Putin" or "defense" meet the passages' "putin" and "defens".
 */
export function analyseQuestion(question: QuestionWords, indexLanguage: Language): AnalysedQuestion {
  const stem = (word: string) => stemOf(word, indexLanguage);
  return {
    terms: unique(question.content.map(stem)),
    keys: unique(question.content.flatMap(keysOfWord)),
    names: { terms: new Set(question.names.map(stem)), keys: new Set(question.names.flatMap(keysOfWord)) },
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
