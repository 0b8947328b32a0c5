/** How one indexed article is described in `/sources`, shared by the Discord and the text renderers. */
import type { Language } from '../corpus/types.js';
import type { SourceEntry } from '../library.js';
import { inlineText } from './inline.js';
import { formatDate } from './dates.js';
import { stringsFor } from './strings.js';

export const SOURCES_PER_PAGE = 10;

/** Outlet · author · date · size, leaving out what the article does not give. Unescaped. */
export function articleDetails(article: SourceEntry, language: Language): string {
  const strings = stringsFor(language);
  const parts = [article.outlet, article.author, formatDate(article.date, language) ?? strings.undated].filter((part): part is string => part !== null);
  return [...parts.map(inlineText), strings.size(article.words, article.passages)].join(' · ');
}
