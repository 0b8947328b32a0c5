/**
 * /quote actor: what a person or organisation said, grouped by article, in pages. Acknowledged at
 * once, then answered. The actor option autocompletes from the speakers the corpus knows.
 */
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.js';
import { parseQuoteButton } from '../src/discord/custom-ids.js';
import { slashCommandData } from '../src/discord/localise.js';
import { withoutDiscordMarkup } from '../src/present/mentions.js';
import { withoutInvisibleFormat } from '../src/present/safe-text.js';
import { LIMITS } from '../src/discord/render/limits.js';
import { notice, privately } from '../src/discord/render/payload.js';
import { renderQuotePage } from '../src/discord/render/quote.js';
import { COMMANDS } from '../src/present/command-table.js';
import { stringsFor } from '../src/present/strings.js';
import { languageOfLocale } from '../src/present/locale.js';

const SPEC = COMMANDS.quote;

// A name longer than an autocomplete choice's value could not have been picked from the list.
export const data = slashCommandData(SPEC, LIMITS.choiceValue);

export async function execute(interaction: ChatInputCommandInteraction, { library }: CommandContext): Promise<void> {
  await interaction.deferReply();
  const result = library.quote(withoutDiscordMarkup(interaction.options.getString(SPEC.argument.name.en, true)));
  await interaction.editReply(renderQuotePage(result, 1, languageOfLocale(interaction.locale)));
}

export async function autocomplete(interaction: AutocompleteInteraction, { library }: CommandContext): Promise<void> {
  const names = library.suggestActors(withoutDiscordMarkup(interaction.options.getFocused()), LIMITS.autocompleteChoices);
  // A choice's name and value hold at most 100 characters; longer names are cut (the lookup is fuzzy).
  const choices = names.slice(0, LIMITS.autocompleteChoices).map((name) => [...withoutInvisibleFormat(name)].slice(0, LIMITS.choiceName).join('')).filter((name) => name.trim() !== '');
  await interaction.respond(choices.map((name) => ({ name, value: name })));
}

/** Prev/Next: page, language and actor travel in the button; the statements are looked up again. */
export async function button(interaction: ButtonInteraction, { library }: CommandContext): Promise<void> {
  const target = parseQuoteButton(interaction.customId);
  const result = target && library.quote(target.actor);
  if (!target || !result || result.statements.length === 0) {
    await interaction.reply(privately(notice(stringsFor(languageOfLocale(interaction.locale)).pageExpired)));
    return;
  }
  await interaction.update(renderQuotePage(result, target.page, target.language));
}
