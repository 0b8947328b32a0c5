/** Which of the bot's languages a client's or a terminal's locale asks for. */
import type { Language } from '../corpus/types.js';

/**
 * Discord locales are `es-ES`, `es-419`, `en-US`, `en-GB`, …, and terminal locales `es_ES.UTF-8`,
 * `C`, …: Spanish for any `es`, else English.
 */
export function languageOfLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
