/**
 * A seed file read and built as the bot builds it (readSeedBytes, then buildArticle), for tests of what a page or a
 * text becomes. Throws when the file is refused or yields no article, so a test never silently checks nothing.
 */
import { buildArticle } from '../../src/corpus/index.js';
import { readSeedBytes } from '../../src/corpus/read.js';
import type { Article } from '../../src/corpus/types.js';

/** The article of a seed file named `name` holding `content`; `saved`, when the file was last modified (ISO 8601), if it matters. */
export function seedArticle(name: string, content: string, saved?: string): Article {
  const outcome = readSeedBytes(name, Buffer.from(content));
  if (!('file' in outcome)) throw new Error(outcome.warning.message);
  if (saved) outcome.file.modifiedMs = Date.parse(saved);
  const article = buildArticle(outcome.file);
  if (!article) throw new Error(`${name} gave no article`);
  return article;
}
