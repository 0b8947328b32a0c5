/**
 * A slash command as Discord sent it against the commands the bot serves now. A user's client can hold definitions
 * older than the last `npm run deploy`: a command deleted since, an option that has become required or changed its
 * type; and a raw client can leave a required option out. Running such a command would fail, and "try again" could not
 * help: the router tells the user what is wrong instead, with the commands there are.
 */
import type { APIApplicationCommandOption, ChatInputCommandInteraction, LocalizationMap, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../command.js';

/** What is wrong with a command's shape: no such command, a required option left out (named as the client shows it), or an option the command no longer takes as sent. */
export type ShapeProblem = { kind: 'unknown' } | { kind: 'missing'; option: string } | { kind: 'changed' };

/** What is wrong with `interaction` against `command`, the bot's command of its name, or undefined when it can run. */
export function shapeProblem(interaction: ChatInputCommandInteraction, command: Command): ShapeProblem | undefined {
  const declared = command.data.toJSON().options ?? [];
  const sent = interaction.options.data;
  const changed = sent.some((option) => declared.find((known) => known.name === option.name)?.type !== option.type);
  if (changed) return { kind: 'changed' };
  const missing = declared.find((known) => known.required === true && !sent.some((option) => option.name === known.name));
  return missing ? { kind: 'missing', option: localised(missing.name, missing.name_localizations, interaction.locale) } : undefined;
}

/** `command` as the client of `locale` lists it: its name, then each option, an optional one in brackets ("/fuentes [página]"). */
export function commandUsage(command: Command, locale: string): string {
  const json: RESTPostAPIChatInputApplicationCommandsJSONBody = command.data.toJSON();
  const options = (json.options ?? []).map((option: APIApplicationCommandOption) => {
    const name = localised(option.name, option.name_localizations, locale);
    return option.required ? name : `[${name}]`;
  });
  return [`/${commandName(command, locale)}`, ...options].join(' ');
}

/** `command`'s name as the client of `locale` shows it ("preguntar" for a Spanish client). */
export function commandName(command: Command, locale: string): string {
  const json = command.data.toJSON();
  return localised(json.name, json.name_localizations, locale);
}

function localised(name: string, names: LocalizationMap | null | undefined, locale: string): string {
  return names?.[locale as keyof LocalizationMap] ?? name;
}
