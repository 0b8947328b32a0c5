/** How one indexed article is described in `/sources`, shared by the Discord and the text renderers. */
import type { Language } from '../corpus/types.js';
import type { SourceEntry } from '../library.js';
import { inlineText } from './inline.js';
import { formatDate } from './dates.js';
import { stringsFor } from './strings.js';

export const SOURCES_PER_PAGE = 10;

/**
 * Outlet · author · date · language · size, leaving out what the article does not give; the language
 * only for articles in one the bot is not asked in (a Portuguese or Japanese page), named in the
 * reader's language ("portugués"). Unescaped.
 */
export function articleDetails(article: SourceEntry, language: Language): string {
  const strings = stringsFor(language);
  const parts = [article.outlet, article.author, formatDate(article.date, language) ?? strings.undated, otherLanguage(article.language, language)].filter(
    (part): part is string => part !== null,
  );
  return [...parts.map(inlineText), strings.size(article.words, article.passages)].join(' · ');
}

const ASKED_LANGUAGES: readonly string[] = ['es', 'en'] satisfies Language[];

/** The name of an article's language in the reader's, when it is not one questions are asked in; else null. */
function otherLanguage(code: string, reader: Language): string | null {
  if (ASKED_LANGUAGES.includes(code)) return null;
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(code) ?? code;
  } catch {
    // Not a language code Intl knows: shown as it is.
    return code;
  }
}
