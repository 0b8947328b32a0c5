/**
 * The build as first composed, one step after another on the calling thread: every file of `dir` read,
 * then the corpus, then each article's statements. The reference the parallel and streamed builds
 * (live/archive.ts) must equal item for item.
 */
import { buildCorpus, readSeedFiles } from '../../src/corpus/index.js';
import { analyseArticle, mergeQuoteAnalyses } from '../../src/quotes/index.js';

export async function referenceBuild(dir: string) {
  const { files, warnings } = await readSeedFiles(dir);
  const corpus = buildCorpus(files);
  const analyses = corpus.articles.map(analyseArticle);
  return { articles: corpus.articles, passages: corpus.passages, analyses, quotes: mergeQuoteAnalyses(analyses), warnings: [...warnings, ...corpus.warnings] };
}
