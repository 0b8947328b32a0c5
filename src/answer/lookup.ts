/**
 * Looks a question up, through a translation into the articles' language when the question is in
 * another one and a translator (an LLM) is configured.
 */
import type { Language } from '../corpus/types.js';
import type { PassageIndex } from '../search/store.js';
import type { Query } from './matching.js';
import { retrieve } from './retrieve.js';
import type { Retrieval } from './types.js';

export type Translate = (question: string, from: Language, to: Language) => Promise<string | undefined>;

export interface LookUp {
  retrieval: Retrieval;
  /** Every text the question was looked up as: the question itself, and its translation when one was used. */
  queries: Query[];
}

/** Passages handed on to sentence selection; more than are cited, so near-duplicates can be dropped. */
const CANDIDATE_PASSAGES = 8;

export async function lookUp(index: PassageIndex, question: string, language: Language, translate: Translate | undefined): Promise<LookUp> {
  const asked: Query = { text: question, language };
  const translation = language !== index.language && translate ? await translate(question, language, index.language) : undefined;
  if (translation !== undefined && translation.trim() !== '') {
    const throughTranslation = await retrieve(index, translation, index.language, { limit: CANDIDATE_PASSAGES });
    // A model can answer, or garble, instead of translating: a "translation" that finds nothing is worth less than the question itself.
    if (!throughTranslation.refused) return { retrieval: throughTranslation, queries: [asked, { text: translation, language: index.language }] };
  }
  return { retrieval: await retrieve(index, question, language, { limit: CANDIDATE_PASSAGES }), queries: [asked] };
}
