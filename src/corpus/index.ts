/**
 * The corpus: seed files read from disk (read.ts), then cleaned, described and split into passages.
 * Each article is kept once: a second file with the same bytes or the same cleaned text is reported
 * and skipped, as is a file whose name gives an id already taken.
 */
import { createHash } from 'node:crypto';
import { cleanArticle, withoutAuthorBio, withoutWriterBios } from './clean.js';
import { articleAuthor, describeArticle } from './describe.js';
import { wordCount } from './lines.js';
import { chooseVersion, isSameArticle, titleKey, withMetadataOf, type ArticleVersion, type VersionStamp } from './same-article.js';
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
 * The corpus of `seeds` in their order, each article kept once. Skipped: a file whose id or bytes a kept file has
 * (before `clean` is called), then one whose cleaned text a kept file has, or the same article (same-article.ts
 * decides which version stays, and it keeps what only the other declared; `mtimeOf` gives a file's modification time
 * in ms, unknown: the earlier seed wins). `kept` lists the seeds of the articles, in order; `sameAs` maps each file
 * skipped as a copy to the file kept. `clean` may return work done in worker threads, so both builds decide alike.
 */
export function collectCorpus<S extends Pick<SeedFile, 'id' | 'file' | 'hash'>>(
  seeds: S[],
  clean: (seed: S) => CleanedSeed,
  mtimeOf: (file: string) => number | undefined = () => undefined,
): Corpus & { kept: S[]; sameAs: Map<string, string> } {
  const taken: Array<{ seed: S; cleaned: { article: Article; passages: Passage[] } }> = [];
  const texts = new Map<string, string>();
  const collector = corpusCollector({ textOf: (id) => texts.get(id), mtimeOf });
  const replaced = new Set<string>();
  for (const seed of seeds) {
    const added = collector.add(seed, clean);
    if (!added) continue;
    if (added.replaces) replaced.add(added.replaces.id);
    taken.push({ seed, cleaned: added.cleaned });
    texts.set(added.cleaned.article.id, added.cleaned.article.text);
  }
  const kept = taken.filter(({ cleaned }) => !replaced.has(cleaned.article.id));
  const passages: Passage[] = [];
  for (const { cleaned } of kept) appendAll(passages, cleaned.passages);
  return { articles: kept.map(({ cleaned }) => cleaned.article), passages, warnings: collector.warnings, kept: kept.map(({ seed }) => seed), sameAs: collector.sameAs };
}

/** An article kept by the collector, as far as a later file's comparison needs it. */
interface KeptVersion extends Omit<ArticleVersion, 'text'>, VersionStamp {
  id: string;
  file: string;
  /** Its cleaned text's fingerprint (see cleanSeed). */
  fingerprint: string;
}

/** What the collector reads besides the seeds: a kept article's text by id, and a file's modification time (ms since the epoch). */
export interface CollectorSources {
  textOf(id: string): string | undefined;
  mtimeOf(file: string): number | undefined;
}

/**
 * `collectCorpus`'s decisions one seed at a time, for a build that uses each article as it comes and
 * keeps none of the others: `add` gives the seed's cleaned article when it is kept (seeds given in
 * order), with the earlier article it `replaces` when it is the same article declaring more metadata;
 * undefined when it is skipped, with the reason in `warnings` and the file kept in `sameAs`. A kept
 * article's text is read (`sources.textOf`) only when a later file has its title.
 */
export function corpusCollector({ textOf, mtimeOf }: CollectorSources) {
  const warnings: CorpusWarning[] = [];
  const sameAs = new Map<string, string>();
  const byId = new Map<string, string>();
  const byHash = new Map<string, string>();
  /** The version kept of each cleaned text, and of each title (titleKey), several when distinct stories share one. */
  const byText = new Map<string, KeptVersion>();
  const byTitle = new Map<string, KeptVersion[]>();
  return {
    warnings,
    sameAs,
    add<S extends Pick<SeedFile, 'id' | 'file' | 'hash'>, C extends { fingerprint: string; article: Article }>(
      seed: S,
      clean: (seed: S) => C | { skipped: string },
    ): { cleaned: C; replaces?: KeptVersion } | undefined {
      const skip = (message: string, file = seed.file) => void warnings.push({ file, message: `skipped: ${message}` });
      const sameName = byId.get(seed.id);
      if (sameName) return skip(`${sameName} already gives the id "${seed.id}"; rename one of the two files`);
      const sameBytes = byHash.get(seed.hash);
      if (sameBytes) return skip(`same file as ${sameBytes}`);
      const cleaned = clean(seed);
      if ('skipped' in cleaned) return skip(cleaned.skipped);
      const { article } = cleaned;
      const key = titleKey(article.title);
      const titled = (key && byTitle.get(key)) || [];
      const sameText = byText.get(cleaned.fingerprint);
      const earlier =
        sameText ??
        titled.find((candidate) => {
          const text = textOf(candidate.id);
          return text !== undefined && isSameArticle({ ...candidate, text }, article);
        });
      const version: KeptVersion = {
        id: article.id, file: seed.file, fingerprint: cleaned.fingerprint, title: article.title, author: article.author, date: article.date, outlet: article.outlet, mtimeMs: mtimeOf(seed.file) ?? 0,
      };
      const choice = earlier && chooseVersion({ ...version, text: article.text }, { ...earlier, text: textOf(earlier.id) }, earlier === sameText);
      if (choice) warnings.push(choice.warning);
      if (earlier && choice?.kept === 'held') {
        sameAs.set(seed.file, earlier.file);
        return undefined;
      }
      // A version that replaces another keeps what only that one declared (see withMetadataOf).
      const credited = earlier ? withMetadataOf(article, earlier) : article;
      const stored = credited === article ? version : { ...version, author: credited.author, date: credited.date, outlet: credited.outlet };
      byId.set(seed.id, seed.file);
      byHash.set(seed.hash, seed.file);
      byText.set(cleaned.fingerprint, stored);
      if (key) byTitle.set(key, [...titled.filter((candidate) => candidate !== earlier), stored]);
      if (!earlier) return { cleaned };
      // The version replaced answers for its text from now on by the one that replaced it.
      byText.set(earlier.fingerprint, stored);
      sameAs.set(earlier.file, seed.file);
      return { cleaned: credited === article ? cleaned : { ...cleaned, article: credited }, replaces: earlier };
    },
  };
}

/** One seed file as a cleaned, described article; null when nothing in it reads as an article. */
export function buildArticle(seed: SeedFile): Article | null {
  const read = cleanArticle(seed.text, seed.meta?.title, seed.cutShort, seed.meta?.outlet !== undefined);
  const cleaned = { ...read, paragraphs: withoutWriterBios(withoutAuthorBio(read.paragraphs, articleAuthor(read, seed.meta))) };
  if (cleaned.paragraphs.length === 0) return null;
  const paragraphs: TextSpan[] = [];
  let offset = 0;
  for (const paragraph of cleaned.paragraphs) {
    paragraphs.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  const text = cleaned.paragraphs.join(PARAGRAPH_SEPARATOR);
  return { ...describeArticle(seed.id, cleaned, text, seed.meta, seed.modifiedMs), text, paragraphs, words: wordCount(text) };
}
