/** Discord localisation maps for command names and descriptions, from the bot's bilingual texts. */
import { Locale, type LocalizationMap } from 'discord.js';
import type { Bilingual } from './render/strings.js';

export function localisations(text: Bilingual): LocalizationMap {
  return { [Locale.SpanishES]: text.es, [Locale.SpanishLATAM]: text.es, [Locale.EnglishUS]: text.en, [Locale.EnglishGB]: text.en };
}
