/**
 * Which words of an article answer to which words of a question, decided by the index's own analysis
 * (src/search/analyze.ts): "satelites" matches "satélites", "visitará" matches "visita", and an English
 * question meets a Spanish text through names, numbers and cognates that share every cross-lingual key.
 */
import type { Language, TextSpan } from '../corpus/types.js';
import { indexTerms, keysOfWord, stemOf, type QuestionWords } from '../search/analyze.js';
import { WORD, words } from '../text/words.js';

/** One content word of the question, analysed as the passages were. */
export interface QuestionTerm {
  /** The index term (folded stem); also the term's identity. */
  stem: string;
  /** Cross-lingual keys; used only when the question is not in the passages' language. */
  keys: readonly string[] | undefined;
}

/** A word of a text that matches a question term. */
export interface WordMatch extends TextSpan {
  term: string;
  /** The word's position among all words of the text, from 0. */
  position: number;
}

export interface TermMatcher {
  readonly terms: QuestionTerm[];
  /** The matching words of `text`, in order, with offsets into `text`; always whole words. */
  matches(text: string): WordMatch[];
}

/** Matches the content words of every reading of the question (its own, a translation's) in passage text. */
/** Shortest stem that may match a longer one it begins (see `termOf`). */
const MIN_PREFIX_STEM = 5;
const NUMBER = /^\p{N}/u;

export function termMatcher(queries: QuestionWords[], indexLanguage: Language): TermMatcher {
  const byStem = new Map<string, QuestionTerm>();
  for (const query of queries) {
    const crossLingual = query.language !== indexLanguage;
    for (const word of query.content) {
      const stem = stemOf(word, indexLanguage);
      if (byStem.has(stem)) continue;
      byStem.set(stem, { stem, keys: crossLingual && !/^\p{N}/u.test(word) ? keysOfWord(word) : undefined });
    }
  }
  const terms = [...byStem.values()];
  const crossLingualTerms = terms.filter((term) => term.keys !== undefined);

  const termOf = (token: string): string | undefined => {
    const [stem] = indexTerms(token, indexLanguage);
    if (stem === undefined) return undefined;
    if (byStem.has(stem)) return stem;
    // The stemmer leaves some forms of one word apart ("financió" → financ, "financiada" → financi;
    // "prometió" → prometi, "promesa" → promes): long stems that agree but for the last letter of
    // the shorter one are the same word.
    const extended = stem.length >= MIN_PREFIX_STEM && !NUMBER.test(stem) ? terms.find((term) => term.stem.length >= MIN_PREFIX_STEM && sameWord(stem, term.stem)) : undefined;
    if (extended) return extended.stem;
    if (crossLingualTerms.length === 0) return undefined;
    const keys = new Set(keysOfWord(words(token)[0] ?? ''));
    return crossLingualTerms.find((term) => term.keys?.every((key) => keys.has(key)))?.stem;
  };

  return {
    terms,
    matches(text) {
      const found: WordMatch[] = [];
      let position = 0;
      // The index's notion of a word, found in the original text so that matches keep their offsets.
      for (const match of text.matchAll(WORD)) {
        const term = termOf(match[0]);
        if (term !== undefined) found.push({ start: match.index, end: match.index + match[0].length, term, position });
        position++;
      }
      return found;
    },
  };
}

/**
 * Whether two stems of at least MIN_PREFIX_STEM letters are one word: they share a prefix of that
 * length, and the shorter one goes at most one letter past what they share ("financ"/"financi",
 * "promes"/"prometi"; not "presion"/"president").
 */
function sameWord(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared >= MIN_PREFIX_STEM && Math.min(a.length, b.length) <= shared + 1;
}
