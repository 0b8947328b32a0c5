/** Which of the bot's languages a client's or a terminal's locale asks for. */
import type { Language } from '../corpus/types.js';

/**
 * Discord locales are `es-ES`, `es-419`, `en-US`, `en-GB`, …, and terminal locales `es_ES.UTF-8`,
 * `C`, …: Spanish for any `es`, else English.
 */
export function languageOfLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * The language a terminal's user reads, for the console's and the CLI's own words and for a question too
 * short to tell its own: that of the locale (LC_ALL, else LC_MESSAGES, else LANG, the order POSIX gives them
 * for messages); with none set, or the POSIX default ("C", "C.UTF-8", "POSIX", which names no language:
 * containers and CI run with it), Spanish, the bot's default, as `checkQuestion` falls back to.
 */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
  return locale === undefined || /^(?:C|POSIX)(?:[.@]|$)/u.test(locale) ? 'es' : languageOfLocale(locale);
}
