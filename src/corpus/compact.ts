/**
 * Article text kept compactly (issue 17, item 4): each article's cleaned text as UTF-8 bytes outside
 * the V8 heap, decoded into a string only when something reads it (a cited passage, an excerpt), and
 * passages as spans of it instead of strings of their own.
 *
 * Why: at 100,000 articles the text is about 330 million characters, most of them stored two bytes
 * each by V8 (one curly quote makes a whole string two-byte), and restarting from the snapshot spent
 * seconds decoding and JSON-parsing it and collecting the garbage. As bytes it is about half the
 * size, and a restart leaves it in the snapshot's file, reading an article's bytes from there when its
 * text is read (persist/library-snapshot.ts, TEXT_ON_DISK): the process holds only the texts of articles
 * added or changed since that snapshot.
 *
 * A compact article or passage reads exactly as a plain one (`text`, `paragraphs` are getters), and
 * `JSON.stringify` gives the plain fields; a spread (`{ ...article }`) would drop the getters, so
 * code that copies one names the fields it wants.
 */
import type { Article, ArticleMeta, Passage, TextSpan } from './types.js';

/** An article's fields other than its text and paragraphs. */
export type ArticleHead = ArticleMeta & Pick<Article, 'words'>;

/**
 * An article's UTF-8 text kept outside the process (a restored snapshot's array file, persist/snapshot.ts),
 * read again each time it is wanted: a restart at 100,000 articles then holds none of its 330 MB of text.
 * `read` gives the bytes in a buffer of their own; it throws only if the file cannot be read.
 */
export interface StoredText {
  readonly byteLength: number;
  read(): Buffer;
}

/**
 * How many decoded texts stay cached: an /ask reads the passages of a few dozen articles, several
 * times each (ranking, evidence, excerpt), and a build or an update reads one article's passages in a
 * row; each decoded text is a few kilobytes.
 */
const DECODED_TEXTS = 64;
const decoded = new Map<CompactArticle, string>();

/** The article's text, from the cache of the most recently read texts when there. */
function decode(article: CompactArticle): string {
  const cached = decoded.get(article);
  if (cached !== undefined) {
    // Re-inserted, so the Map's order is the order of last use.
    decoded.delete(article);
    decoded.set(article, cached);
    return cached;
  }
  const text = article.bytes.toString('utf8');
  decoded.set(article, text);
  if (decoded.size > DECODED_TEXTS) decoded.delete(decoded.keys().next().value!);
  return text;
}

class CompactArticle implements Article {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  date: string | null;
  language: string;
  words: number;
  readonly #bytes: Buffer | StoredText;
  /** Paragraph spans as [start, end] pairs until first read. */
  #paragraphs: TextSpan[] | Uint32Array;

  constructor(head: ArticleHead, bytes: Buffer | StoredText, paragraphs: TextSpan[] | Uint32Array) {
    this.id = head.id;
    this.title = head.title;
    this.outlet = head.outlet;
    this.author = head.author;
    this.date = head.date;
    this.language = head.language;
    this.words = head.words;
    this.#bytes = bytes;
    this.#paragraphs = paragraphs;
  }

  get text(): string {
    return decode(this);
  }

  get paragraphs(): TextSpan[] {
    if (this.#paragraphs instanceof Uint32Array) this.#paragraphs = spansOf(this.#paragraphs);
    return this.#paragraphs;
  }

  /** The paragraphs as [start, end] pairs: the pairs held until the spans are first read. */
  get paragraphPairs(): Uint32Array {
    return this.#paragraphs instanceof Uint32Array ? this.#paragraphs : spanPairs(this.#paragraphs);
  }

  /** The UTF-8 bytes: shared when held (never modify them), read from their file when stored. */
  get bytes(): Buffer {
    return Buffer.isBuffer(this.#bytes) ? this.#bytes : this.#bytes.read();
  }

  toJSON(): Article {
    const { id, title, outlet, author, date, language, text, paragraphs, words } = this;
    return { id, title, outlet, author, date, language, text, paragraphs, words };
  }
}

class SpanPassage implements Passage {
  id: string;
  articleId: string;
  n: number;
  paragraph: number;
  start: number;
  end: number;
  readonly #article: Article;

  constructor(article: Article, id: string, n: number, paragraph: number, start: number, end: number) {
    this.id = id;
    this.articleId = article.id;
    this.n = n;
    this.paragraph = paragraph;
    this.start = start;
    this.end = end;
    this.#article = article;
  }

  get text(): string {
    return this.#article.text.slice(this.start, this.end);
  }

  get language(): string {
    return this.#article.language;
  }

  toJSON(): Passage {
    const { id, articleId, n, paragraph, start, end, text, language } = this;
    return { id, articleId, n, paragraph, start, end, text, language };
  }
}

/**
 * An article whose text is the UTF-8 `bytes` (kept as they are, not copied), or bytes stored in a file
 * and read when the text is (a restart's, from the snapshot), and whose paragraphs are `paragraphs`, or
 * [start, end] pairs of UTF-16 offsets into the decoded text, made into spans when first read.
 */
export function compactArticle(head: ArticleHead, bytes: Uint8Array | StoredText, paragraphs: TextSpan[] | Uint32Array): Article {
  return new CompactArticle(head, bytes instanceof Uint8Array ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes, paragraphs);
}

/** A passage of `article` whose text is read from the article's when asked for; `start`/`end` are UTF-16 offsets as in `Passage`. */
export function spanPassage(article: Article, span: Omit<Passage, 'text' | 'articleId' | 'language'>): Passage {
  return new SpanPassage(article, span.id, span.n, span.paragraph, span.start, span.end);
}

/** An article's text as UTF-8 bytes: a compact article's own (shared, not copied; read from its file when stored there), another's encoded. */
export function articleTextBytes(article: Article): Uint8Array {
  const bytes = article instanceof CompactArticle ? article.bytes : Buffer.from(article.text, 'utf8');
  // A plain Uint8Array view: a Buffer would serialise as JSON numbers.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Built articles and their passages (grouped by article, in the articles' order, as a corpus gives
 * them) made compact: the articles' strings become garbage once nothing else holds them.
 */
export function compactCorpus(articles: Article[], passages: Passage[]): { articles: Article[]; passages: Passage[] } {
  const compacted = new Map<string, Article>();
  const compactArticles = articles.map((article) => {
    const compact = article instanceof CompactArticle ? article : compactArticle(article, articleTextBytes(article), article.paragraphs);
    compacted.set(article.id, compact);
    return compact;
  });
  const compactPassages = passages.map((passage) => {
    const article = compacted.get(passage.articleId);
    if (!article) throw new Error(`passage ${passage.id} belongs to no article given`);
    return passage instanceof SpanPassage ? passage : spanPassage(article, passage);
  });
  return { articles: compactArticles, passages: compactPassages };
}

/**
 * An article's paragraphs as [start, end] pairs (what `spanPairs` makes of its spans), without making a span object
 * of each pair a compact article holds (a build's and a snapshot's save read every article's: some 500,000 objects
 * at 100,000 articles).
 */
export function articleParagraphPairs(article: Article): Uint32Array {
  return article instanceof CompactArticle ? article.paragraphPairs : spanPairs(article.paragraphs);
}

/** [start, end] pairs as spans. */
function spansOf(pairs: Uint32Array): TextSpan[] {
  const spans: TextSpan[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) spans.push({ start: pairs[i]!, end: pairs[i + 1]! });
  return spans;
}

/** Spans as [start, end] pairs: the inverse of what `compactArticle` takes. */
export function spanPairs(spans: TextSpan[]): Uint32Array {
  const pairs = new Uint32Array(spans.length * 2);
  spans.forEach(({ start, end }, i) => {
    pairs[2 * i] = start;
    pairs[2 * i + 1] = end;
  });
  return pairs;
}
