/** How one indexed article is described in `/sources`, shared by the Discord and the text renderers. */
import type { Language } from '../corpus/types.js';
import type { SourceEntry } from '../library.js';
import { inlineText } from './inline.js';
import { formatDate } from './dates.js';
import { stringsFor } from './strings.js';

export const SOURCES_PER_PAGE = 10;

/**
 * Outlet · "por" author · date · language · size, leaving out what the article does not give (the author labelled, so
 * that an article with no known outlet does not show its author where the outlet goes); the language only for
 * an article in another language than most of the archive (`mainLanguage`), named in the reader's language
 * ("portugués", "inglés"), so the few English pages of a Spanish archive stand out as the Portuguese ones do.
 * Unescaped.
 */
export function articleDetails(article: SourceEntry, language: Language, archiveLanguage: string): string {
  const strings = stringsFor(language);
  const otherLanguage = article.language === archiveLanguage ? null : languageName(article.language, language);
  // An agency is often both the outlet and the only credit ("Agencia Reuters"): named once.
  const author = article.author !== null && article.outlet !== null && sameWords(article.author, article.outlet) ? null : article.author;
  const byline = author === null ? null : strings.byline(author);
  const parts = [article.outlet, byline, formatDate(article.date, language) ?? strings.undated, otherLanguage].filter((part): part is string => part !== null);
  return [...parts.map(inlineText), strings.size(article.words, article.passages)].join(' · ');
}

/** Whether two names are the same words, case and spacing aside. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.toLocaleLowerCase().split(/\s+/u).filter(Boolean).join(' ');
  return words(a) === words(b);
}

/** The language most of `articles` are in; a tie goes to the reader's language, else to the first listed. */
export function mainLanguage(articles: readonly SourceEntry[], reader: Language): string {
  const counts = new Map<string, number>();
  for (const { language } of articles) counts.set(language, (counts.get(language) ?? 0) + 1);
  let main: string = reader;
  for (const [language, count] of counts) if (count > (counts.get(main) ?? 0)) main = language;
  return main;
}

/** A language code's name in the reader's language ("pt" → "portugués"); a code Intl does not know, as it is. */
function languageName(code: string, reader: Language): string {
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
