/**
 * Another sense of a translated word, when the translator chose one the articles do not use: Apertium
 * renders "his letter to Kim" as "su letra a Kim", and the articles speak of "cartas". When the sense
 * the translation chose is in none of the passages its reading found, the question is read again with
 * each other sense its dictionary lists for that word; a reading wins when its best passage holds the
 * other sense and more of the question than the translation's best passage held. Nothing is added
 * when the chosen sense is found: appending every sense to every translation pulled the lookup as
 * often to wrong passages as to right ones (docs/EVALUATION.md, "Counts, stray words…").
 */
import type { Language } from '../corpus/types.js';
import { analyserFor, indexTerms, readQuestion, wordTerms, type QuestionWords } from '../search/analyze.js';
import { foldAccents } from '../text/words.js';
import type { Retrieval } from './types.js';

/** At most this many other readings are looked up for one question (each is one more search). */
const MAX_READINGS = 3;

/**
 * The reading through another sense that finds more of the question, or undefined. `reading` and
 * `retrieval` are the translation's; `senses` the dictionary's lemmas for each ambiguous word of the
 * question (the chosen one among them); `lookUp` searches a reading as the translation was searched, and its
 * `coverageBound` bounds the coverage of the best passage a search of a reading could find (PassageIndex.coverageBound).
 */
export async function otherSenseReading(
  reading: QuestionWords,
  retrieval: Retrieval,
  senses: string[][],
  lookUp: ((words: QuestionWords) => Promise<Retrieval>) & { coverageBound: (words: QuestionWords) => number },
): Promise<{ retrieval: Retrieval; query: QuestionWords } | undefined> {
  const language: Language = reading.language;
  const analyser = analyserFor(language);
  const termOf = (word: string) => wordTerms(foldAccents(word), analyser)[0];
  const found = new Set(retrieval.hits.filter((hit) => analyserFor(hit.passage.language) === analyser).flatMap((hit) => indexTerms(hit.passage.text, analyser)));
  let best: { retrieval: Retrieval; query: QuestionWords } | undefined;
  let tried = 0;
  for (const lemmas of senses) {
    // The sense the translation chose: the lemma one of its words is a form of ("letra" for "letra", "dice" for "decir").
    const chosen = lemmas.find((lemma) => !lemma.includes(' ') && reading.content.some((word) => termOf(word) === termOf(lemma)));
    if (chosen === undefined || found.has(termOf(chosen) ?? '')) continue;
    for (const other of lemmas) {
      if (other === chosen || tried >= MAX_READINGS) continue;
      tried++;
      const query = readQuestion(replaceForm(reading.text, termOf(chosen)!, other, termOf), language);
      const bar = (best ?? { retrieval }).retrieval.hits[0]?.coverage ?? 0;
      // A reading no passage can hold more of than the bar is not searched (the same outcome, one search fewer).
      if (lookUp.coverageBound(query) <= bar) continue;
      const candidate = await lookUp(query);
      const first = candidate.hits[0];
      const holdsOther = first !== undefined && other.split(' ').every((word) => indexTerms(first.passage.text, analyser).includes(termOf(word) ?? ''));
      if (holdsOther && first.coverage > bar) best = { retrieval: candidate, query };
    }
  }
  return best;
}

/** `text` with each word whose index term is `term` replaced by `other`. */
function replaceForm(text: string, term: string, other: string, termOf: (word: string) => string | undefined): string {
  return text.replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => (termOf(word) === term ? other : word));
}
