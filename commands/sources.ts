/** /sources [page]: the indexed articles, newest first, ten a page, with Prev/Next buttons. */
import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../src/discord/command.js';
import { parseSourcesButton } from '../src/discord/custom-ids.js';
import { slashCommandData } from '../src/discord/localise.js';
import { notice, privately } from '../src/discord/render/payload.js';
import { renderSourcesPage } from '../src/discord/render/sources.js';
import { COMMANDS } from '../src/present/command-table.js';
import { stringsFor } from '../src/present/strings.js';
import { languageOfLocale } from '../src/present/locale.js';

const SPEC = COMMANDS.sources;

export const data = slashCommandData(SPEC);

export async function execute(interaction: ChatInputCommandInteraction, { library }: CommandContext): Promise<void> {
  const page = interaction.options.getInteger(SPEC.argument.name.en) ?? SPEC.argument.default;
  const language = languageOfLocale(interaction.locale);
  // A page below the first (a client that skips the option's minimum) is told in the console's words, privately.
  const { min, name } = SPEC.argument;
  if (page < min) {
    await interaction.reply(privately(notice(stringsFor(language).notAWholeNumber(String(page), name[language], `/${SPEC.name[language]}`, min))));
    return;
  }
  await interaction.reply(renderSourcesPage(library.sources(), page, language));
}

/** Prev/Next: the page and language travel in the button, so any later click still works. */
export async function button(interaction: ButtonInteraction, { library }: CommandContext): Promise<void> {
  const target = parseSourcesButton(interaction.customId);
  if (!target) {
    await interaction.reply(privately(notice(stringsFor(languageOfLocale(interaction.locale)).pageExpired)));
    return;
  }
  await interaction.update(renderSourcesPage(library.sources(), target.page, target.language));
}
