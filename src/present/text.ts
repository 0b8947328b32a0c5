/**
 * Replies as plain text, for console mode and the command line: the same content as the Discord
 * messages, without markdown and without size limits, and without invisible format characters
 * (see safe-text.ts).
 */
import type { AskResult } from '../answer/types.js';
import type { Language } from '../corpus/types.js';
import type { SourceEntry } from '../library.js';
import type { QuoteResult } from '../quotes/types.js';
import { answerNotes, citationOrigin } from './answer-lines.js';
import { inlineText } from './inline.js';
import { pageOf } from './paging.js';
import { alsoDescribed, groupByArticle, namesSpeakers, nothingToQuote, quoteSummary, quoteTitle, shownStatements } from './quote-lines.js';
import { articleDetails, mainLanguage, SOURCES_PER_PAGE } from './source-lines.js';
import { withoutInvisibleFormat } from './safe-text.js';
import { stringsFor } from './strings.js';

const INDENT = '    ';

/** An /ask answer as plain text (console and CLI): the answer, its numbered sources with their excerpts, then its notes. */
export function renderAskText(result: AskResult): string {
  const strings = stringsFor(result.language);
  const blocks = [result.answer.trim()];
  if (result.citations.length > 0) {
    const citations = result.citations.map((citation) => {
      const about = citationOrigin(citation, result.language);
      return [`[${citation.n}] ${inlineText(citation.title)}${about.length > 0 ? ` — ${about.join(', ')}` : ''}`, INDENT + inlineText(citation.excerpt)].join('\n');
    });
    blocks.push(`${strings.sources}:\n${citations.join('\n')}`);
  }
  const notes = answerNotes(result);
  if (notes.length > 0) blocks.push(`(${notes.join(' · ')})`);
  return withoutInvisibleFormat(blocks.join('\n\n'));
}

/**
 * Statements a page of a text reply of /quote shows (the newest first, as the lookup orders them): a much-quoted actor
 * has thousands, which a terminal would scroll past; Discord pages them by size instead (render/quote.ts).
 */
export const QUOTES_SHOWN = 10;

export interface QuoteTextPage {
  /** 1-based; one past the last shows the last. */
  page?: number;
  /** The command that shows page `page` of the same lookup, offered under a page that has a next one. */
  nextPage?: (page: number) => string;
}

/**
 * One page of a /quote lookup as plain text (console and CLI), QUOTES_SHOWN statements grouped by article, in
 * `language`'s labels; a page past the last shows the last, and says so.
 */
export function renderQuoteText(result: QuoteResult, language: Language, { page = 1, nextPage }: QuoteTextPage = {}): string {
  if (result.statements.length === 0) return withoutInvisibleFormat(nothingToQuote(result, language));
  const all = shownStatements(result.statements);
  const shown = pageOf(all, page, QUOTES_SHOWN);
  const groups = groupByArticle(shown.items, language, namesSpeakers(result)).map(({ heading, lines }) => [heading, ...lines.map((line) => INDENT + line)].join('\n'));
  const oneArticle = all.every((statement) => statement.articleId === all[0]?.articleId);
  const next = shown.page < shown.pages ? nextPage?.(shown.page + 1) : undefined;
  const more = shown.pages > 1 ? [stringsFor(language).statementsShown(shown.offset + 1, shown.offset + shown.items.length, all.length, oneArticle, next)] : [];
  const offered = alsoDescribed(result, language);
  // A page past the last (or a stale one) shows the nearest that exists, and says so, as /sources does.
  const note = shown.page === page ? [] : [stringsFor(language).noSuchPage(page, shown.page)];
  return withoutInvisibleFormat([...note, `${quoteTitle(result, language)} — ${quoteSummary(all, language)}`, ...(offered ? [offered] : []), ...groups, ...more].join('\n\n'));
}

/**
 * One page of `/sources` as text (console and CLI). `ids`: a third line per article with its id, for the CLI,
 * whose `show` and `statements` take it; the console, whose text holds what the Discord message holds, leaves it out.
 */
export function renderSourcesText(articles: SourceEntry[], page: number, language: Language, { ids = false }: { ids?: boolean } = {}): string {
  const strings = stringsFor(language);
  if (articles.length === 0) return strings.noArticles;
  const shown = pageOf(articles, page, SOURCES_PER_PAGE);
  const archiveLanguage = mainLanguage(articles, language);
  const lines = shown.items.map((article, index) => {
    const idLine = ids ? `\n${INDENT}id: ${idAsShown(article.id)}` : '';
    return `${shown.offset + index + 1}. ${inlineText(article.title)}\n${INDENT}${articleDetails(article, language, archiveLanguage)}${idLine}`;
  });
  const note = shown.page === page ? [] : [strings.noSuchPage(page, shown.page)];
  return withoutInvisibleFormat([...note, `${strings.indexedArticles} — ${strings.pageOf(shown.page, shown.pages)} · ${strings.articleCount(articles.length)}`, ...lines].join('\n'));
}

/**
 * An article id as the CLI's text `sources` prints it, on one line and without invisible format characters ("raro\nnombre"
 * → "raro nombre", "evil\u202Efdp" → "evilfdp"); `show` and `statements` take it back for the id it stands for.
 */
export function idAsShown(id: string): string {
  return withoutInvisibleFormat(inlineText(id));
}
