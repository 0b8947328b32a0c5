import type { DateOrder } from './dates.js';

/** Languages the bot speaks. Articles may be in other languages; questions and replies are one of these. */
export type Language = 'es' | 'en';

/** What a reader needs to know about an article: what the `sources` command lists. */
export interface ArticleMeta {
  /** The seed file name without its extension. */
  id: string;
  title: string;
  /** The publication or agency the article names ("Agencia Reuters"); null when it names none. */
  outlet: string | null;
  /** The byline ("Ana Ruiz", "Ana Ruiz, Luis Gil"); null when there is none or it names a publishing account ("Editor3"). */
  author: string | null;
  /** Publication date as ISO `YYYY-MM-DD`; null when the article gives no absolute date. */
  date: string | null;
  /** ISO 639-1 code of the article's language, as detected. */
  language: string;
}

/** An article after cleaning: its metadata and the body text that answers are drawn from. */
export interface Article extends ArticleMeta {
  /** Cleaned body: the kept paragraphs joined by a blank line ("\n\n"). Offsets elsewhere point into this. */
  text: string;
  /** Where each paragraph lies in `text`. */
  paragraphs: TextSpan[];
  /** Number of words in `text`. */
  words: number;
}

/** A half-open character range `[start, end)` in some text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One to a few sentences of one paragraph: the unit that is indexed, retrieved and cited. */
export interface Passage extends TextSpan {
  /** `<articleId>#<n>`, n counting from 0 in reading order; stable for a given article text. */
  id: string;
  articleId: string;
  n: number;
  /** Index of the paragraph in `Article.paragraphs`. */
  paragraph: number;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  /** ISO 639-1 code of its article's language (`ArticleMeta.language`): it decides how the passage is analysed. */
  language: string;
}

/** Something about the corpus that a person running the bot should hear about once. */
export interface CorpusWarning {
  /** The seed file concerned, relative to the seeds folder. */
  file: string;
  message: string;
}

/** Everything read from the seeds folder. */
export interface Corpus {
  articles: Article[];
  passages: Passage[];
  warnings: CorpusWarning[];
}

/** What a page says about itself outside its text (HTML meta tags, Markdown front matter). */
export interface PageMeta {
  title?: string;
  outlet?: string;
  author?: string;
  /** ISO `YYYY-MM-DD`. */
  date?: string;
  /**
   * ISO `YYYY-MM-DD` of the page's last declared modification (dateModified, article:modified_time), as `date` is read;
   * given only when the page declares no publication date. The story's date when nothing, declared or printed, gives one.
   */
  modifiedDate?: string;
  /**
   * A newsroom desk's credit printed in the page's header where a byline stands ("Redacción Judicial", "Staff"), as printed:
   * the author when no person signs (see deskCredit in lines.ts).
   */
  desk?: string;
  /** ISO 639-1 code the page declares (JSON-LD inLanguage, <html lang>, front matter). */
  language?: string;
  /** How the page writes numeric dates, as its locale and its printed dates tell (see pageDateOrder in dates.ts). */
  dateOrder?: DateOrder;
}

/** One readable seed file, decoded and reduced to plain text; what `buildCorpus` turns into an article. */
export interface SeedFile {
  /** The file's path relative to the seeds folder, without its extension. */
  id: string;
  /** The file's path relative to the seeds folder. */
  file: string;
  /** Decoded text with "\n" line ends; HTML and Markdown already reduced to text. */
  text: string;
  /** sha256 (hex) of the file's bytes. */
  hash: string;
  /** Metadata the page declares about itself, when it declares any. */
  meta?: PageMeta;
  /** An HTML page whose markup ends in the middle of its text (see endsInText): its last line is story text without a sentence end. */
  cutShort?: boolean;
  /** When the file was last modified (ms since the epoch), when read from disk: it tells the year a yearless dateline omits. */
  modifiedMs?: number;
}
