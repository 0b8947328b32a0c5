/**
 * A minister's office however the press names it: "el ministro de Educación", "la titular del Ministerio de Educación",
 * "el jefe de la cartera de Educación", "Education Secretary", "the minister of education" are one office, read as its
 * portfolio (same-actor.ts `portfolioOf`), so that a /quote look-up by one form finds whom the article titled by another;
 * and so is a ministry ("la cartera de Educación" is the "Ministerio de Educación").
 */
import { portfolioOf } from './same-actor.js';

/** Articles a role's key may open with or hold before its complement. */
const ARTICLE = '(?:(?:el|la|los|las|lo|the|o|a|os|as) )?';
/** Prepositions between a role's head and its complement, in Spanish, Portuguese and English. */
const LINK = '(?:de|del|da|do|das|dos|of|for)';

/**
 * Spanish and Portuguese: a minister's noun and the portfolio ("ministro de educacion"), or whoever holds, heads or answers
 * for a ministry or a portfolio ("titular del ministerio de educacion", "jefe de la cartera de educacion", "titular de
 * hacienda"); group 1 is the portfolio's words. "Jefe de X" alone is no minister ("jefe de estado", "jefe de la policía").
 * Mexico's and other presidential systems' ministers are secretaries ("la secretaria de Salud", "el titular de la Secretaría
 * de Hacienda"), the office English calls "health secretary".
 */
const SPANISH_OFFICE = new RegExp(
  `^${ARTICLE}(?:(?:ministro|ministra|titular|jefe|jefa|responsable) ${LINK} ${ARTICLE}(?:ministerio|cartera|pasta|secretaria) ${LINK} |(?:ministro|ministra|titular|secretario|secretaria) ${LINK} )${ARTICLE}(.+)$`,
);
/** English: "education secretary", "health minister" (group 1), "minister of health", "secretary of state for health" (group 2). */
const ENGLISH_OFFICE = new RegExp(`^${ARTICLE}(?:(.+) (?:minister|secretary)|(?:minister|secretary)(?: of state)? (?:of|for) ${ARTICLE}(.+))$`);

/**
 * The ministry itself: "el Ministerio de Educación", "la cartera de Educación" (the press's other word for a ministry), "the
 * Education Ministry", "Ministry of Health"; group 1 or 2 is the portfolio's words. Not "secretaría", which folds to the
 * person's "secretaria".
 */
const SPANISH_MINISTRY = new RegExp(`^${ARTICLE}(?:ministerio|cartera|pasta) ${LINK} ${ARTICLE}(.+)$`);
const ENGLISH_MINISTRY = new RegExp(`^${ARTICLE}(?:(.+) ministry|ministry (?:of|for) ${ARTICLE}(.+))$`);

/**
 * The office a role's key (as `nameKey` gives it) names, as "minister:" and its portfolio's words in one language,
 * sorted ("la ministra de Asuntos Exteriores" and "Foreign Secretary" → "minister:foreign"), or the ministry a body's key
 * names, as "ministry:" ("la cartera de Educación" and "Ministerio de Educación" → "ministry:education"); undefined when
 * the key names neither or no portfolio a dictionary of fields of government knows.
 */
export function officeOf(key: string): string | undefined {
  const minister = SPANISH_OFFICE.exec(key) ?? ENGLISH_OFFICE.exec(key);
  const ministry = minister ? null : SPANISH_MINISTRY.exec(key) ?? ENGLISH_MINISTRY.exec(key);
  const portfolio = (minister ?? ministry)?.slice(1).find((group) => group !== undefined);
  if (portfolio === undefined) return undefined;
  const fields = [...new Set(portfolio.split(' ').flatMap((word) => portfolioOf(word) ?? []))].sort();
  return fields.length > 0 ? `${minister ? 'minister' : 'ministry'}:${fields.join(' ')}` : undefined;
}
