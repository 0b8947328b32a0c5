/**
 * Looks a question up, through a translation into the articles' language when the question is in
 * another one and a translator is configured.
 */
import type { Language } from '../corpus/types.js';
import { readQuestion, type QuestionWords } from '../search/analyze.js';
import type { PassageIndex } from '../search/store.js';
import { retrieve } from './retrieve.js';
import type { CheckedQuestion, Retrieval } from './types.js';

export type Translate = (question: string, from: Language, to: Language) => Promise<string | undefined>;

export interface LookUp {
  retrieval: Retrieval;
  /** The reading the passages were found with: the question's own, or its translation's. */
  query: QuestionWords;
  /** Whether that reading is a translation. */
  translated: boolean;
}

/** Passages handed on to sentence selection; more than are cited, so near-duplicates can be dropped. */
const CANDIDATE_PASSAGES = 8;

export async function lookUp(index: PassageIndex, question: CheckedQuestion, translate: Translate | undefined): Promise<LookUp> {
  const asked = question.words;
  const translation = question.language !== index.language && translate ? await translate(question.question, question.language, index.language) : undefined;
  if (translation !== undefined && translation.trim() !== '') {
    const translated = readQuestion(translation, index.language);
    const throughTranslation = await retrieve(index, translated, index.language, { limit: CANDIDATE_PASSAGES });
    // A translator can answer, or garble, instead of translating: a "translation" that finds nothing is worth less than the question itself.
    if (throughTranslation.hits.length > 0) return { retrieval: throughTranslation, query: translated, translated: true };
  }
  return { retrieval: await retrieve(index, asked, question.language, { limit: CANDIDATE_PASSAGES }), query: asked, translated: false };
}
