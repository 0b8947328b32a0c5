/** The seed articles as the corpus pipeline reads and cleans them, for the quote tests. */
import type { Article } from '../../src/corpus/types.js';
import { buildCorpus, readSeedFiles } from '../../src/corpus/index.js';
import { SEEDS_DIR } from '../support/seed-library.js';

export async function loadSeedArticles(): Promise<Map<string, Article>> {
  const { files } = await readSeedFiles(SEEDS_DIR);
  return new Map(buildCorpus(files).articles.map((article) => [article.id, article]));
}
