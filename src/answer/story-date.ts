/**
 * A story's publication date as words a question may ask by: "¿Qué dijo Kim en agosto de 2023?" asks for
 * the stories of August 2023, which seldom write their own month and year in the text. The month is named
 * in Spanish and English (the languages questions are asked in), with the year; the day is left out, as a
 * lone number in a question is far more often a count or a name ("la línea 2") than a day of the month.
 */
import type { Article } from '../corpus/types.js';
import { MONTH_NAMES } from '../corpus/dates.js';
import type { TermMatcher } from './matching.js';

/** The question's terms (as `matcher` analyses them) that `article`'s publication date says; empty for an undated story. */
export function storyDateTerms(article: Article, matcher: TermMatcher): Set<string> {
  const [, year, month] = /^(\d{4})-(\d{2})-\d{2}$/.exec(article.date ?? '') ?? [];
  const at = Number(month) - 1;
  const [spanish, english] = [MONTH_NAMES.es[at], MONTH_NAMES.en[at]];
  if (!year || !spanish || !english) return new Set();
  return new Set(matcher.matches(`${spanish} ${english} ${year}`).map((match) => match.term));
}
