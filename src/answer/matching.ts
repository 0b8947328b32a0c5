/**
 * Which words of an article answer to which words of a question, decided by the index's own analysis
 * (src/search/analyze.ts): "satelites" matches "satélites", "visitará" matches "visita", an English
 * question meets a Spanish text through names, numbers and cognates that share every cross-lingual key,
 * and Japanese or Chinese text matches by character bigrams.
 */
import type { TextSpan } from '../corpus/types.js';
import { analyserFor, keysOfWord, termSpans, wordTerms, type Analyser, type QuestionWords, type TermSpan } from '../search/analyze.js';
import { foldAccents, WORD, words } from '../text/words.js';
import { derivationBase, familyStems } from './derivations.js';
import { writtenInfinitives } from '../search/future-tense.js';
import { unitWordsAt } from './units.js';
import { insideLongerName, thingNames } from './name-inside.js';

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

/** Shortest stem that may match a longer one it begins (see `termOf`). */
const MIN_PREFIX_STEM = 5;
const NUMBER = /^\p{N}/u;

/**
 * Matches the content words of every reading of the question (its own, a translation's) in text
 * analysed by `analyser`: the analysis of the passages the answer quotes.
 */
export function termMatcher(queries: QuestionWords[], analyser: Analyser): TermMatcher {
  const byStem = new Map<string, QuestionTerm>();
  for (const query of queries) {
    // A question written in a language the bot reads only in part meets every text across languages (QuestionWords.writtenIn).
    const crossLingual = analyserFor(query.writtenIn ?? query.language) !== analyser;
    for (const word of query.content) {
      const stems = wordTerms(word, analyser);
      // A CJK run's bigrams are their own keys: matched as stems.
      const keys = crossLingual && stems.length === 1 && !NUMBER.test(word) ? keysOfWord(word) : undefined;
      for (const stem of stems) if (!byStem.has(stem)) byStem.set(stem, { stem, keys });
    }
  }
  const terms = [...byStem.values()];
  // The question's names of things, and every name of the question, which a longer name in the text may hold (name-inside.ts).
  const askedNames = new Set(queries.flatMap((query) => query.names));
  const thingTerms = new Set(queries.flatMap((query) => [...thingNames(query.text, query.names)].flatMap((word) => wordTerms(word, analyser))));
  const headLast = analyser === 'en';
  const crossLingualTerms = terms.filter((term) => term.keys !== undefined);
  // Each stem of a question term's family (derivations.ts) answers to that term: "encuentro" to "reunieron".
  const relatives = new Map(terms.flatMap((term) => [...familyStems(term.stem, analyser)].map((stem) => [stem, term.stem] as const)));
  // A Spanish verb the question writes in the future answers to its infinitive's stem ("subida" to "subirá", future-tense.ts).
  for (const query of analyser === 'es' ? queries.filter((item) => item.language === 'es') : []) {
    for (const [word, infinitive] of writtenInfinitives(query.text)) {
      const [own] = wordTerms(word, analyser);
      const [base] = wordTerms(infinitive, analyser);
      if (own !== undefined && base !== undefined && byStem.has(own) && !byStem.has(base) && !relatives.has(base)) relatives.set(base, own);
    }
  }
  // The verb a question's noun of the doer or the act derives from answers to it ("fundó" to "fundador"), and the reverse.
  for (const term of terms) {
    const base = derivationBase(term.stem);
    if (base !== undefined && !byStem.has(base) && !relatives.has(base)) relatives.set(base, term.stem);
  }

  /** Whether `stressShiftPartner` could give a question term for `stem`: its singular's or its plural's stem is one. */
  const mayHaveStressShiftPartner = (stem: string) => byStem.has(`${stem}en`) || (stem.endsWith('en') && byStem.has(stem.slice(0, -2)));

  /** The question term a term of the text answers to; `token` is the text's word it comes from. */
  const termOf = (stem: string, token: string): string | undefined => {
    if (byStem.has(stem)) return stem;
    const relative = relatives.get(stem);
    if (relative !== undefined) return relative;
    const base = derivationBase(stem);
    if (base !== undefined && byStem.has(base)) return base;
    // Only a partner among the question's terms counts: the word is read (folded and split) only when one could be.
    const plural = analyser === 'es' && mayHaveStressShiftPartner(stem) ? stressShiftPartner(stem, token) : undefined;
    if (plural !== undefined && byStem.has(plural)) return plural;
    // The stemmer leaves some forms of one word apart ("financió" → financ, "financiada" → financi;
    // "prometió" → prometi, "promesa" → promes): long stems that agree but for the last letter of
    // the shorter one are the same word.
    const extended = stem.length >= MIN_PREFIX_STEM && !NUMBER.test(stem) ? terms.find((term) => term.stem.length >= MIN_PREFIX_STEM && sameWord(stem, term.stem)) : undefined;
    if (extended) return extended.stem;
    if (crossLingualTerms.length === 0) return undefined;
    const keys = new Set(keysOfWord(words(token)[0] ?? ''));
    return crossLingualTerms.find((term) => term.keys?.every((key) => keys.has(key)))?.stem;
  };

  // A word's matches (offsets in the word), worked out once per word: the same words recur in every sentence and article read.
  const byWord = new Map<string, readonly TermSpan[]>();
  const matchesOfWord = (word: string): readonly TermSpan[] => {
    let spans = byWord.get(word);
    if (spans === undefined) {
      spans = termSpans(word, analyser).flatMap((span) => {
        const term = termOf(span.term, word);
        return term === undefined ? [] : [{ term, start: span.start, end: span.end }];
      });
      byWord.set(word, spans);
    }
    return spans;
  };

  return {
    terms,
    matches(text) {
      const found: WordMatch[] = [];
      let position = 0;
      // The index's notion of a word, found in the original text so that matches keep their offsets.
      for (const match of text.matchAll(WORD)) {
        for (const span of matchesOfWord(match[0])) {
          if (thingTerms.has(span.term) && insideLongerName(text, match.index, match.index + match[0].length, askedNames, headLast)) continue;
          found.push({ start: match.index + span.start, end: match.index + span.end, term: span.term, position });
        }
        // A figure's unit symbol stands for its unit's words ("7 000 km2": kilómetros cuadrados).
        const unitWords = analyser === 'neutral' ? [] : unitWordsAt(text, match[0], match.index, analyser);
        // Most words are no unit symbol: nothing to make for them (this runs for every word of every story read).
        if (unitWords.length > 0) {
          for (const term of new Set(unitWords.flatMap((word) => wordTerms(foldAccents(word), analyser).flatMap((stem) => termOf(stem, word) ?? [])))) {
            found.push({ start: match.index, end: match.index + match[0].length, term, position });
          }
        }
        position++;
      }
      return found;
    },
  };
}

/**
 * The other number's stem of a Spanish noun in -en whose stress moves in the plural ("origen"/"orígenes",
 * "joven"/"jóvenes", "imagen"/"imágenes"): the stemmer takes the singular's -en for a verb ending ("orig") and
 * keeps it in the plural ("origen"), so the two stems differ by "en". `token` is the text's word `stem` comes from;
 * undefined when it is neither such a singular nor such a plural.
 */
function stressShiftPartner(stem: string, token: string): string | undefined {
  const folded = words(token)[0] ?? '';
  if (folded.endsWith('enes') && stem.endsWith('en') && folded.startsWith(stem)) return stem.slice(0, -2);
  return folded.endsWith('en') && folded === `${stem}en` ? folded : undefined;
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
