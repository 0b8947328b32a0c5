/**
 * The corpus: seed files read from disk (read.ts), then cleaned, described and split into passages.
 * Each article is kept once: a second file with the same bytes or the same cleaned text is reported
 * and skipped, as is a file whose name gives an id already taken.
 */
import { createHash } from 'node:crypto';
import { cleanArticle, withoutAuthorBio } from './clean.js';
import { articleAuthor, describeArticle } from './describe.js';
import { wordCount } from './lines.js';
import { splitPassages } from './split.js';
import type { Article, Corpus, CorpusWarning, Passage, SeedFile, TextSpan } from './types.js';
import { appendAll } from '../arrays.js';

export { readSeedBytes, readSeedFile, readSeedFiles } from './read.js';
export { listSeedFiles } from './seed-list.js';
export { passageId } from './split.js';
export type { Article, ArticleMeta, Corpus, CorpusWarning, PageMeta, Passage, SeedFile, TextSpan } from './types.js';

const PARAGRAPH_SEPARATOR = '\n\n';

/** Cleans, describes and splits every file in order, keeping each article once (see collectCorpus). */
export function buildCorpus(files: SeedFile[]): Corpus {
  const { articles, passages, warnings } = collectCorpus(files, cleanSeed);
  return { articles, passages, warnings };
}

/** One seed file cleaned, described and split, with a fingerprint of its cleaned text; or why it gives no article. */
export type CleanedSeed = { article: Article; passages: Passage[]; fingerprint: string } | { skipped: string };

/** `buildArticle` and `splitPassages` on one file, under its own error handling (issue 18): a failure is a reason to skip it. */
export function cleanSeed(seed: SeedFile): CleanedSeed {
  let article: Article | null;
  let passages: Passage[];
  try {
    article = buildArticle(seed);
    passages = article ? splitPassages(article) : [];
  } catch (error) {
    return { skipped: `it could not be cleaned (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!article) return { skipped: 'no article text was found in it' };
  // Cleaning normalises line ends, spaces and encodings, so the same article has the same text.
  return { article, passages, fingerprint: createHash('sha256').update(article.text).digest('hex') };
}

/**
 * The corpus of `seeds` in their order, each article kept once: a file whose id or bytes an earlier
 * kept file has is skipped before `clean` is asked for it, then one whose cleaned text an earlier kept
 * file has. `kept` lists the seeds the articles came from, in the articles' order. `clean` may return
 * work done elsewhere (the parallel build cleans in worker threads), so that both builds decide alike.
 */
export function collectCorpus<S extends Pick<SeedFile, 'id' | 'file' | 'hash'>>(seeds: S[], clean: (seed: S) => CleanedSeed): Corpus & { kept: S[] } {
  const articles: Article[] = [];
  const allPassages: Passage[] = [];
  const kept: S[] = [];
  const collector = corpusCollector();
  for (const seed of seeds) {
    const cleaned = collector.add(seed, clean);
    if (!cleaned) continue;
    articles.push(cleaned.article);
    appendAll(allPassages, cleaned.passages);
    kept.push(seed);
  }
  return { articles, passages: allPassages, warnings: collector.warnings, kept };
}

/**
 * `collectCorpus`'s decisions one seed at a time, for a build that uses each article as it comes and
 * keeps none of the others: `add` gives the seed's cleaned article when it is kept (seeds given in
 * order), undefined when it is skipped, with the reason in `warnings`.
 */
export function corpusCollector() {
  const warnings: CorpusWarning[] = [];
  const byId = new Map<string, string>();
  const byHash = new Map<string, string>();
  const byText = new Map<string, string>();
  return {
    warnings,
    add<S extends Pick<SeedFile, 'id' | 'file' | 'hash'>, C extends { fingerprint: string }>(seed: S, clean: (seed: S) => C | { skipped: string }): C | undefined {
      const skip = (message: string) => void warnings.push({ file: seed.file, message: `skipped: ${message}` });
      const sameName = byId.get(seed.id);
      if (sameName) return skip(`${sameName} already gives the id "${seed.id}"; rename one of the two files`);
      const sameBytes = byHash.get(seed.hash);
      if (sameBytes) return skip(`same file as ${sameBytes}`);
      const cleaned = clean(seed);
      if ('skipped' in cleaned) return skip(cleaned.skipped);
      const sameText = byText.get(cleaned.fingerprint);
      if (sameText) return skip(`same article as ${sameText}`);
      byId.set(seed.id, seed.file);
      byHash.set(seed.hash, seed.file);
      byText.set(cleaned.fingerprint, seed.file);
      return cleaned;
    },
  };
}

/** One seed file as a cleaned, described article; null when nothing in it reads as an article. */
export function buildArticle(seed: SeedFile): Article | null {
  const read = cleanArticle(seed.text, seed.meta?.title, seed.cutShort);
  const cleaned = { ...read, paragraphs: withoutAuthorBio(read.paragraphs, articleAuthor(read, seed.meta)) };
  if (cleaned.paragraphs.length === 0) return null;
  const paragraphs: TextSpan[] = [];
  let offset = 0;
  for (const paragraph of cleaned.paragraphs) {
    paragraphs.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  const text = cleaned.paragraphs.join(PARAGRAPH_SEPARATOR);
  return { ...describeArticle(seed.id, cleaned, text, seed.meta), text, paragraphs, words: wordCount(text) };
}
