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
 * The terminal's locale: LC_ALL, else LC_MESSAGES, else LANG, the order POSIX gives them for messages;
 * undefined when none is set or it is the POSIX default ("C", "C.UTF-8", "POSIX"), which names no
 * language: containers and CI run with it.
 */
export function terminalLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
  return locale === undefined || /^(?:C|POSIX)(?:[.@]|$)/u.test(locale) ? undefined : locale;
}
