/**
 * What the answer engine needs (a passage index and the articles), built the way the Library builds
 * it: from the seed folder through src/corpus, or from articles written for a test.
 */
import { fileURLToPath } from 'node:url';
import { buildCorpus, readSeedFiles } from '../../src/corpus/index.js';
import { splitPassages } from '../../src/corpus/split.js';
import type { Article, Passage } from '../../src/corpus/types.js';
import { createPassageIndex, type PassageIndex } from '../../src/search/store.js';
import { answerQuestion } from '../../src/answer/ask.js';
import type { AskResult } from '../../src/answer/types.js';
import { checked } from './checked.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

export interface AnswerLibrary {
  index: PassageIndex;
  articles: Map<string, Article>;
  passages: Passage[];
}

/** The seed articles, cleaned, split and indexed. */
export async function seedLibrary(): Promise<AnswerLibrary> {
  const { files } = await readSeedFiles(SEEDS_DIR);
  const { articles, passages } = buildCorpus(files);
  return { index: await createPassageIndex(passages), articles: new Map(articles.map((article) => [article.id, article])), passages };
}

/** Articles written for a test, split into passages as the corpus splits them, and indexed. */
export async function libraryOf(articles: Article[]): Promise<AnswerLibrary> {
  const passages = articles.flatMap(splitPassages);
  return { index: await createPassageIndex(passages), articles: new Map(articles.map((article) => [article.id, article])), passages };
}

/** /ask over `library` without a Library around it: each question checked as the front ends check it, answered extractively. */
export function askOf(library: AnswerLibrary): (question: string) => Promise<AskResult> {
  return (question) => answerQuestion({ index: library.index, articles: library.articles, question: checked(question) });
}
