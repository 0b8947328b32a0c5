/**
 * Slash command definitions named and described in Spanish and English: the English text is the
 * command's real name (the one in CONTRACT.md); Spanish Discord clients show the Spanish one.
 */
import { ApplicationIntegrationType, InteractionContextType, Locale, SlashCommandBuilder, type LocalizationMap } from 'discord.js';
import type { Bilingual } from '../present/strings.js';

export interface NameAndDescription {
  name: Bilingual;
  description: Bilingual;
}

/** Anything Discord names and describes: a command or one of its options. */
interface Describable {
  setName(name: string): this;
  setNameLocalizations(names: LocalizationMap | null): this;
  setDescription(description: string): this;
  setDescriptionLocalizations(descriptions: LocalizationMap | null): this;
}

function localisations(text: Bilingual): LocalizationMap {
  return { [Locale.SpanishES]: text.es, [Locale.SpanishLATAM]: text.es, [Locale.EnglishUS]: text.en, [Locale.EnglishGB]: text.en };
}

export function nameAndDescribe<T extends Describable>(target: T, { name, description }: NameAndDescription): T {
  return target.setName(name.en).setNameLocalizations(localisations(name)).setDescription(description.en).setDescriptionLocalizations(localisations(description));
}

/** A command for servers that install the bot, also usable in a direct message with it. */
export function localisedCommand(text: NameAndDescription): SlashCommandBuilder {
  return nameAndDescribe(new SlashCommandBuilder(), text)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}
