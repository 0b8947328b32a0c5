/** `/sources` as a Discord message: one page of the indexed articles, newest first, with Prev/Next buttons. */
import type { Language } from '../../corpus/types.js';
import type { SourceEntry } from '../../library.js';
import { sourcesButtonId } from '../custom-ids.js';
import { LIMITS } from './limits.js';
import { inlineText } from '../../present/inline.js';
import { pageOf } from '../../present/paging.js';
import { COLOURS, escapedToFit, message, pageButtons, type MessagePayload } from './payload.js';
import { articleDetails, mainLanguage, SOURCES_PER_PAGE } from '../../present/source-lines.js';
import { stringsFor } from '../../present/strings.js';

/** Page `requestedPage` (1-based, clamped) of /sources as one embed, SOURCES_PER_PAGE articles, with page buttons. */
export function renderSourcesPage(articles: readonly SourceEntry[], requestedPage: number, language: Language): MessagePayload {
  const strings = stringsFor(language);
  if (articles.length === 0) return message({ embeds: [{ color: COLOURS.sources, title: strings.indexedArticles, description: strings.noArticles }] });

  const { items, page, pages, offset } = pageOf(articles, requestedPage, SOURCES_PER_PAGE);
  // 10 fields of at most 256 + 1024 characters could pass 6000, so each gets an equal share of what the
  // title and the footer leave (each is the bot's own short text, well under a title's 256).
  const archiveLanguage = mainLanguage(articles, language);
  const share = Math.floor((LIMITS.embedsTotal - LIMITS.embedTitle - LIMITS.embedTitle) / SOURCES_PER_PAGE);
  const fields = items.map((article, index) => {
    // The number is the bot's own; only the title needs escaping.
    const number = `${offset + index + 1}. `;
    const name = number + escapedToFit(inlineText(article.title), Math.min(LIMITS.fieldName, Math.floor(share / 3)) - number.length);
    return { name, value: escapedToFit(articleDetails(article, language, archiveLanguage), Math.min(LIMITS.fieldValue, share - name.length)) };
  });
  // A page past the end (a typed number, or a button on an older, longer list) shows the last one and says so.
  const note = page === requestedPage ? {} : { description: strings.noSuchPage(requestedPage, page) };
  const embed = { color: COLOURS.sources, title: strings.indexedArticles, ...note, fields, footer: { text: `${strings.pageOf(page, pages)} · ${strings.articleCount(articles.length)}` } };
  return message({ embeds: [embed], components: pageButtons(page, pages, language, (target) => sourcesButtonId({ page: target, language })) });
}
