/**
 * Slash command definitions named and described in Spanish and English: the English text is the
 * command's real name (the one in CONTRACT.md); Spanish Discord clients show the Spanish one.
 */
import { ApplicationIntegrationType, InteractionContextType, Locale, SlashCommandBuilder, type LocalizationMap } from 'discord.js';
import type { CommandSpec } from '../present/command-table.js';
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

function nameAndDescribe<T extends Describable>(target: T, { name, description }: NameAndDescription): T {
  return target.setName(name.en).setNameLocalizations(localisations(name)).setDescription(description.en).setDescriptionLocalizations(localisations(description));
}

/** A command for servers that install the bot, also usable in a direct message with it. */
function localisedCommand(text: NameAndDescription): SlashCommandBuilder {
  return nameAndDescribe(new SlashCommandBuilder(), text)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

/**
 * A command's slash command definition, from its spec in the command table: names and descriptions
 * in both languages, and its one option with the spec's type, bounds and autocomplete. `maxLength`
 * caps a string option where the spec sets none (Discord's own limit for a choice value, say).
 */
export function slashCommandData(spec: CommandSpec, maxLength?: number): SlashCommandBuilder {
  const { argument } = spec;
  const command = localisedCommand(spec);
  if (argument.type === 'integer') {
    command.addIntegerOption((option) => {
      nameAndDescribe(option, argument).setRequired(argument.required);
      return argument.min === undefined ? option : option.setMinValue(argument.min);
    });
    return command;
  }
  command.addStringOption((option) => {
    nameAndDescribe(option, argument).setRequired(argument.required);
    if (argument.autocomplete) option.setAutocomplete(true);
    const longest = argument.maxLength ?? maxLength;
    return longest === undefined ? option : option.setMaxLength(longest);
  });
  return command;
}
