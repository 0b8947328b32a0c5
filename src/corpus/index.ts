/**
 * The corpus: seed files read from disk (read.ts), then cleaned, described and split into passages.
 * Each article is kept once: a second file with the same bytes or the same cleaned text is reported
 * and skipped, as is a file whose name gives an id already taken.
 */
import { createHash } from 'node:crypto';
import { cleanArticle } from './clean.js';
import { describeArticle } from './describe.js';
import { wordCount } from './lines.js';
import { splitPassages } from './split.js';
import type { Article, Corpus, CorpusWarning, Passage, SeedFile, TextSpan } from './types.js';

export { fingerprintSeedFiles, listSeedFiles, readSeedBytes, readSeedFile, readSeedFiles } from './read.js';
export { passageId } from './split.js';
export type { Article, ArticleMeta, Corpus, CorpusWarning, PageMeta, Passage, SeedFile, TextSpan } from './types.js';

const PARAGRAPH_SEPARATOR = '\n\n';

export function buildCorpus(files: SeedFile[]): Corpus {
  const articles: Article[] = [];
  const allPassages: Passage[] = [];
  const warnings: CorpusWarning[] = [];
  const byId = new Map<string, string>();
  const byHash = new Map<string, string>();
  const byText = new Map<string, string>();

  for (const seed of files) {
    const skip = (message: string) => warnings.push({ file: seed.file, message: `skipped: ${message}` });
    const sameName = byId.get(seed.id);
    if (sameName) {
      skip(`${sameName} already gives the id "${seed.id}"; rename one of the two files`);
      continue;
    }
    const sameBytes = byHash.get(seed.hash);
    if (sameBytes) {
      skip(`same file as ${sameBytes}`);
      continue;
    }
    let article: Article | null;
    let passages: Passage[];
    try {
      article = buildArticle(seed);
      passages = article ? splitPassages(article) : [];
    } catch (error) {
      // Cleaning, describing and splitting one file run under its own error handling (issue 18).
      skip(`it could not be cleaned (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (!article) {
      skip('no article text was found in it');
      continue;
    }
    // Cleaning normalises line ends, spaces and encodings, so the same article has the same text.
    const fingerprint = createHash('sha256').update(article.text).digest('hex');
    const sameText = byText.get(fingerprint);
    if (sameText) {
      skip(`same article as ${sameText}`);
      continue;
    }
    byId.set(seed.id, seed.file);
    byHash.set(seed.hash, seed.file);
    byText.set(fingerprint, seed.file);
    articles.push(article);
    allPassages.push(...passages);
  }

  return { articles, passages: allPassages, warnings };
}

/** One seed file as a cleaned, described article; null when nothing in it reads as an article. */
export function buildArticle(seed: SeedFile): Article | null {
  const cleaned = cleanArticle(seed.text, seed.meta?.title);
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
