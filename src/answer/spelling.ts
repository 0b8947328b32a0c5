/**
 * Misspelt question words read as the word the articles use: "¿Qué promtió Putin en el cosmodromo
 * de Vostochni?" is looked up as "prometió … Vostochny". Only a word no passage holds (under any
 * analysis) is read otherwise, only as a word some passage holds one typing slip away (a missing,
 * extra, wrong or swapped letter), only for words of five letters or more (too many words lie one
 * slip from shorter ones; four for a name written with a capital, "Putn"), never a word written with an accent or a tilde (typed with care: "cárcel" is a word the
 * archive lacks, not a slip for "cártel"), and only where the passages found attest it (`correctSpelling`). Accents
 * and ñ are folded before anything is compared, so "cosmodromo" is never a slip. Among several
 * candidates the one more passages hold wins. Candidates are the words one slip from the typed word
 * whose stem the index holds (`oneSlipFrom`): no structure over the vocabulary is built or kept. A name
 * (a word written with a capital) may also be read as the same name in another transliteration
 * ("Pionyang" as "Pyongyang", transliteration.ts), under the same conditions. When a tagger of the
 * language is at hand (Apertium), a word it reads as a function word in the question (a preposition,
 * adverb, conjunction, determiner or pronoun) is never a slip: "junto a Rusia" is "junto a", not "junio a",
 * though only "junio" is in the articles. A content word it knows may still be one ("mueles" for "muelles").
 */
import type { Language } from '../corpus/types.js';
import { analyserFor, readAgain, termSpans, wordTerms, type Analyser, type QuestionWords } from '../search/analyze.js';
import type { PassageIndex } from '../search/store.js';
import { foldAccents, WORD, words as textWords } from '../text/words.js';
import { otherTransliterations, transliterationKey } from './transliteration.js';

/** A question word read otherwise: both folded. */
export interface Correction {
  from: string;
  to: string;
}

/** The words of `text` a tagger of `language` reads as function words there, folded; undefined when it cannot tell. */
export type FunctionWords = (text: string, language: Language) => Promise<ReadonlySet<string> | undefined>;

/** Words shorter than this are never corrected. */
const MIN_LENGTH = 5;
/** A name (written with a capital) may be one letter shorter: "Putn" for "Putin", "Bidn" for "Biden", a name typed with a letter left out. */
const MIN_NAME_LENGTH = 4;
/**
 * Slips a correction may undo. Two (for words of eight letters or more) read XQuAD's Spanish questions
 * as other words far more often than as what they meant ("gasolina" as "carolina", "ilustrar" as
 * "frustrar"; docs/EVALUATION.md): one.
 */
const MAX_SLIPS = 1;
const ANALYSERS: Analyser[] = ['es', 'en', 'neutral'];
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * The question's words with each misspelt one read as the closest word the index holds in the
 * question's language, and the corrections made (empty when none: then `words` is the given object).
 * A correction is kept only when the passages found with the corrected question attest it: one of the
 * first few holds the word itself, spelt one slip from the typed word, beside another word of the
 * question. An archive lacks most words of a language, so a real word the articles do not use lies
 * one slip from some word they do ("metió" from "medio"); only a passage that uses that word where
 * the question's other words are tells a slip from a word the articles lack. Nothing is corrected in
 * a question with more than three such words, nor when
 * the index holds no passage in the question's language, nor in a question written in another language than the one it
 * is replied in: an English or a German question's words are no misspellings of Spanish ones. `functionWordsOf`, when given, is asked only when some word is a
 * candidate; a function word is not one.
 */
export async function correctSpelling(index: PassageIndex, words: QuestionWords, functionWordsOf?: FunctionWords): Promise<{ words: QuestionWords; corrections: Correction[] }> {
  // Nor in one written in a language the bot reads only in part (QuestionWords.writtenIn): German "leben" is no slip.
  const analyser = analyserFor(words.writtenIn ?? words.language);
  if (analyser === 'neutral' || index.passagesIn(words.language) === 0) return { words, corrections: [] };
  const accented = writtenWithAccents(words.text);
  const capitalised = writtenCapitalised(words.text);
  const longEnough = (word: string) => word.length >= (capitalised.has(word) ? MIN_NAME_LENGTH : MIN_LENGTH);
  const unheld = [...new Set(words.content)].filter((word) => longEnough(word) && LETTERS_ONLY.test(word) && !accented.has(word) && !heldAnywhere(index, word));
  // A question most of whose words the archive lacks is about something it lacks, not misspelt: nothing to correct (and nothing to spend on it).
  if (unheld.length === 0 || unheld.length > MAX_UNKNOWN) return { words, corrections: [] };
  const functionWords = await functionWordsOf?.(words.text, words.language);
  const unknown = functionWords ? unheld.filter((word) => !functionWords.has(word)) : unheld;
  const candidates: Correction[] = [];
  for (const word of unknown) {
    // A name may also be written in the other convention's transliteration ("Pionyang" for "Pyongyang").
    const to = closestHeldWord(index, analyser, oneSlipFrom(word)) ?? (capitalised.has(word) ? closestHeldWord(index, analyser, otherTransliterations(word)) : undefined);
    if (to !== undefined) candidates.push({ from: word, to });
  }
  if (candidates.length === 0) return { words, corrections: [] };
  const corrected = readAgain(respelt(words.text, candidates), words);
  const hits = await index.search(corrected, { limit: ATTESTING_PASSAGES, language: words.language });
  const texts = hits.flatMap((hit) => index.passage(hit.passageId)?.text ?? []);
  const corrections = candidates.flatMap((candidate) => {
    const attested = attestedSpelling(candidate, corrected, texts, analyser);
    return attested === undefined ? [] : [{ from: candidate.from, to: attested }];
  });
  if (corrections.length === 0) return { words, corrections };
  return { words: readAgain(respelt(words.text, corrections), words), corrections };
}

/**
 * The words `text` writes with an accent or a tilde, folded: written with care, they are words of the language the
 * archive lacks, not slips ("cárcel" is no misspelling of "cártel", which the articles hold).
 */
function writtenWithAccents(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(WORD), ([word]) => word).filter((word) => /\p{M}/u.test(word.normalize('NFD'))).map(foldAccents));
}

/** More misspelt-looking words than this say the question is about something the archive lacks. */
const MAX_UNKNOWN = 3;
/** How many of the passages found with the corrected question may attest a correction. */
const ATTESTING_PASSAGES = 5;

/**
 * The word of `texts` (folded) that attests `candidate`: of the candidate's index term, one slip from
 * the typed word, in a text that also holds another term of the question (any, for a one-word question).
 */
function attestedSpelling(candidate: Correction, question: QuestionWords, texts: string[], analyser: Analyser): string | undefined {
  const [term] = wordTerms(candidate.to, analyser);
  const others = new Set(question.content.filter((word) => word !== candidate.to).flatMap((word) => wordTerms(word, analyser)));
  others.delete(term ?? '');
  for (const text of texts) {
    const found = textWords(text);
    if (others.size > 0 && !found.some((word) => wordTerms(word, analyser).some((other) => others.has(other)))) continue;
    const spelling = found.find((word) => wordTerms(word, analyser)[0] === term && sameSpelling(candidate.from, word));
    if (spelling !== undefined) return spelling;
  }
  return undefined;
}

/** Whether `typed` (folded) may be a spelling of `written`: one typing slip away, or the same name in another transliteration. */
function sameSpelling(typed: string, written: string): boolean {
  const folded = foldAccents(written);
  return typingDistance(typed, folded) <= MAX_SLIPS || transliterationKey(typed) === transliterationKey(folded);
}

/** The words `text` writes with a capital letter, folded: names, which may be written in another transliteration. */
function writtenCapitalised(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(WORD), ([word]) => word).filter((word) => /^\p{Lu}/u.test(word)).map(foldAccents));
}

/** Whether some passage holds `word` under any analysis. */
function heldAnywhere(index: PassageIndex, word: string): boolean {
  return ANALYSERS.some((analyser) => wordTerms(word, analyser).some((term) => index.documentFrequency(term, analyser) > 0));
}

/** Of `candidates` (spellings near a word no passage holds), the one whose index term most passages hold. */
function closestHeldWord(index: PassageIndex, analyser: Analyser, candidates: Iterable<string>): string | undefined {
  let best: { word: string; documents: number } | undefined;
  for (const candidate of candidates) {
    const [term] = wordTerms(candidate, analyser);
    const documents = term === undefined ? 0 : index.documentFrequency(term, analyser);
    if (documents > 0 && (!best || documents > best.documents || (documents === best.documents && candidate < best.word))) best = { word: candidate, documents };
  }
  return best?.word;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every word one typing slip from `word` (folded): a letter left out, added, changed, or swapped with
 * the next (Norvig's edits, 2007). About 54 per letter; each is stemmed and looked up, which costs far
 * less than keeping an index of near spellings of the whole vocabulary up to date.
 */
function oneSlipFrom(word: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    if (after !== '') found.add(before + after.slice(1));
    if (after.length > 1) found.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of ALPHABET) {
      if (after !== '') found.add(before + letter + after.slice(1));
      found.add(before + letter + after);
    }
  }
  found.delete(word);
  return found;
}

/**
 * Optimal string alignment distance: Levenshtein's edits plus the swap of two neighbouring letters
 * ("crata" for "carta" is one slip), the commonest typing slip after a missing or wrong letter.
 */
export function typingDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** `text` with each corrected word (as folded) replaced by its correction, capitalised as the word it replaces. */
function respelt(text: string, corrections: Correction[]): string {
  const to = new Map(corrections.map((correction) => [correction.from, correction.to]));
  return text.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => {
    const corrected = to.get(foldAccents(word));
    if (corrected === undefined) return word;
    const lower = corrected.toLowerCase();
    return /^\p{Lu}/u.test(word) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
}

/**
 * The question as it was read, for telling the asker ("Busqué: …"): each corrected word spelt as
 * `texts` (the passages found) spell the word of the same index term closest to it ("prometió"), else as corrected.
 */
export function questionAsRead(question: string, language: Language, corrections: Correction[], texts: string[]): string {
  const analyser = analyserFor(language);
  const written = texts.flatMap((text) => Array.from(text.matchAll(/\p{L}[\p{L}\p{M}]*/gu), ([word]) => word));
  return respelt(
    question,
    corrections.map(({ from, to }) => {
      const [term] = wordTerms(to, analyser);
      const same = written.filter((word) => termSpans(word, analyser).some((span) => span.term === term));
      const closest = same.sort((a, b) => typingDistance(from, foldAccents(a)) - typingDistance(from, foldAccents(b)))[0];
      return { from, to: closest ?? to };
    }),
  );
}
