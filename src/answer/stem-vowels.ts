/**
 * Spanish verb forms whose stem the Snowball stemmer leaves apart from the rest of their verb: "compite", "pidió",
 * "durmió", "cierra", "puede" change their stem's vowel ("competir", "pedir", "dormir", "cerrar", "poder"), and the strong
 * preterites change their root ("obtuvo"/"obtener", "produjo"/"producir", "propuso"/"proponer", "intervino"/"intervenir").
 * "¿Cuándo compite Nicole?" found nothing beside "Hacohen competirá". A question word no passage holds is read as the form
 * of the same verb with the other vowel or root when the index holds that one. The alternations are closed classes of
 * Spanish morphology (RAE, Nueva gramática, §4.10–4.13 "verbos irregulares"), not a vocabulary; no notice is given, as
 * the asker wrote the verb right.
 */
import { readAgain, wordTerms, type QuestionWords } from '../search/analyze.js';
import type { PassageIndex } from '../search/store.js';
import { foldAccents } from '../text/words.js';

/**
 * Each alternation as what a form writes and what the rest of its verb writes, both ways for the vowels: e/i (pedir,
 * pide), o/u (dormir, durmió), e/ie (cerrar, cierra), o/ue (poder, puede); one way for the strong preterite's roots.
 */
const ALTERNATIONS: ReadonlyArray<readonly [string, string]> = [
  ['i', 'e'], ['e', 'i'], ['u', 'o'], ['o', 'u'], ['ie', 'e'], ['e', 'ie'], ['ue', 'o'], ['o', 'ue'],
  ['tuv', 'ten'], ['duj', 'duc'], ['pus', 'pon'], ['quis', 'quer'], ['vin', 'ven'], ['traj', 'tra'], ['dij', 'dec'], ['hiz', 'hac'], ['hic', 'hac'], ['pud', 'pod'], ['sup', 'sab'], ['cup', 'cab'], ['anduv', 'and'], ['estuv', 'est'],
];
const INFINITIVE_ENDINGS = ['ar', 'er', 'ir'];
/** Shorter words are left alone: too many of them are another word one vowel away. */
const MIN_LENGTH = 4;

/**
 * The question's words with each Spanish content word that no passage holds read as the form of the same verb, one
 * alternation away, whose stem most passages hold (in lower case, not a name); `words` itself when none is.
 */
export function readStemVowels(index: PassageIndex, words: QuestionWords): QuestionWords {
  if (words.language !== 'es') return words;
  // The stemmer keeps a future's or a conditional's infinitive whole ("competirá" → "competir"): those count as the verb's.
  const held = (word: string) => wordTerms(word, 'es').flatMap((term) => [term, ...INFINITIVE_ENDINGS.map((ending) => term + ending)]).reduce((most, term) => Math.max(most, index.documentFrequency(term, 'es')), 0);
  const names = new Set(words.names);
  const read = new Map<string, string>();
  for (const word of new Set(words.content)) {
    if (word.length < MIN_LENGTH || names.has(word) || held(word) > 0) continue;
    let best: { form: string; documents: number } | undefined;
    for (const form of otherForms(word)) {
      const documents = held(form);
      if (documents > 0 && (!best || documents > best.documents)) best = { form, documents };
    }
    if (best) read.set(word, best.form);
  }
  if (read.size === 0) return words;
  return readAgain(words.text.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => read.get(foldAccents(word)) ?? word), words);
}

/**
 * The forms one alternation from `word` (folded): a vowel alternation at the last vowel (or diphthong) of its stem, where
 * the verb's stem vowel lies ("compit" of "compite"), or a strong preterite's root anywhere.
 */
function otherForms(word: string): Set<string> {
  const forms = new Set<string>();
  const stem = wordTerms(word, 'es')[0] ?? word;
  const vowels = /[aeiou]+(?=[^aeiou]*$)/u.exec(word.startsWith(stem) ? stem : word);
  for (const [written, other] of ALTERNATIONS) {
    if (/^[aeiou]+$/u.test(written)) {
      if (vowels?.[0] === written) forms.add(word.slice(0, vowels.index) + other + word.slice(vowels.index + written.length));
      continue;
    }
    for (let at = word.indexOf(written); at >= 0; at = word.indexOf(written, at + 1)) forms.add(word.slice(0, at) + other + word.slice(at + written.length));
  }
  forms.delete(word);
  return forms;
}
