/**
 * Turns any failure while handling an interaction into a friendly reply with a short error id, and
 * logs the same id with the details, so a user's report can be found in the logs. Telling the user
 * may fail too (Discord down, interaction expired): that is logged and never thrown.
 */
import type { Interaction } from 'discord.js';
import { newErrorId, type Logger } from '../log.js';
import { notice, privately } from './render/payload.js';
import { languageOfLocale } from '../present/locale.js';
import { stringsFor } from '../present/strings.js';

/** Logs `error` under a new error id and tells the interaction's user that id, privately when the reply allows it. Never throws. */
export async function reportInteractionError(interaction: Interaction, error: unknown, log: Logger): Promise<void> {
  const errorId = newErrorId();
  log.error('interaction failed', { errorId, interaction: describeInteraction(interaction), error });
  if (!interaction.isRepliable()) return;
  const message = notice(stringsFor(languageOfLocale(interaction.locale)).somethingWentWrong(errorId));
  try {
    if (interaction.isChatInputCommand() && interaction.deferred && !interaction.replied) {
      // The public "thinking…" placeholder must be replaced, and its visibility cannot change.
      await interaction.editReply(message);
    } else if (interaction.deferred || interaction.replied) {
      await interaction.followUp(privately(message));
    } else {
      await interaction.reply(privately(message));
    }
  } catch (replyError) {
    log.warn('could not tell the user about an error', { errorId, error: replyError });
  }
}

/** What the logs say about an interaction: its kind and command, never the user's id or the token. */
export function describeInteraction(interaction: Interaction): string {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return `/${interaction.commandName}`;
  if (interaction.isButton()) return `button ${interaction.customId.split(':').slice(0, 2).join(':')}`;
  return `interaction type ${interaction.type}`;
}
