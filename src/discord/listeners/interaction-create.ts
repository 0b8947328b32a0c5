/**
 * Routes every interaction to its command: slash commands to `execute` (after the rate limit),
 * autocomplete to `autocomplete`, buttons to the `button` handler of the command named at the start
 * of their custom_id. Each interaction is handled in isolation: an error becomes a friendly reply and
 * never reaches the client. While the bot shuts down, new interactions are told to come back later
 * and those already under way are waited for.
 */
import type { AutocompleteInteraction, Interaction } from 'discord.js';
import type { Command, CommandContext } from '../command.js';
import type { RateLimiter } from '../checks/rate-limit.js';
import { commandOfCustomId } from '../custom-ids.js';
import { commandName, commandUsage, shapeProblem, type ShapeProblem } from '../checks/command-shape.js';
import { describeInteraction, reportInteractionError } from '../errors.js';
import { notice, privately } from '../render/payload.js';
import { languageOfLocale } from '../../present/locale.js';
import { stringsFor } from '../../present/strings.js';

export interface InteractionRouter {
  handle(interaction: Interaction): Promise<void>;
  /** Stops taking new work; resolves when the interactions under way are done (or after `timeoutMs`). */
  drain(timeoutMs: number): Promise<void>;
}

/** A router for `commands` (by name) with `context` shared by all and `rateLimiter` applied to slash commands; see the header. */
export function createInteractionRouter(commands: ReadonlyMap<string, Command>, context: CommandContext, rateLimiter: RateLimiter): InteractionRouter {
  const underWay = new Set<Promise<void>>();
  let closing = false;

  const route = async (interaction: Interaction): Promise<void> => {
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (!interaction.isRepliable()) return;
    const strings = stringsFor(languageOfLocale(interaction.locale));
    const ephemeral = (text: string) => interaction.reply(privately(notice(text))).then(() => undefined);
    if (closing) return ephemeral(strings.restarting);

    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      // A command the bot no longer has, or sent without what it needs: said so, since trying again could not help.
      if (!command) return ephemeral(shapeMessage({ kind: 'unknown' }, interaction.locale, interaction.commandName));
      const problem = shapeProblem(interaction, command);
      if (problem) return ephemeral(shapeMessage(problem, interaction.locale, commandName(command, interaction.locale)));
      const decision = rateLimiter.take(interaction.user.id);
      if (!decision.allowed) return ephemeral(strings.slowDown(Math.ceil(decision.retryAfterMs / 1000)));
      return command.execute(interaction, context);
    }
    if (interaction.isButton()) {
      const command = commands.get(commandOfCustomId(interaction.customId));
      if (!command?.button) return ephemeral(strings.pageExpired);
      return command.button(interaction, context);
    }
  };

  /** What `problem` means for the user, with the bot's commands as their client lists them. */
  const shapeMessage = (problem: ShapeProblem, locale: string, name: string): string => {
    const strings = stringsFor(languageOfLocale(locale));
    const list = [...commands.values()].map((known) => commandUsage(known, locale)).join(', ');
    const command = `/${name}`;
    if (problem.kind === 'unknown') return strings.commandGone(command, list);
    return problem.kind === 'missing' ? strings.optionMissing(problem.option, command, list) : strings.commandChanged(command, list);
  };

  const autocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const command = commands.get(interaction.commandName);
    if (closing || !command?.autocomplete) return interaction.respond([]);
    return command.autocomplete(interaction, context);
  };

  return {
    handle(interaction) {
      const work = route(interaction).catch((error: unknown) =>
        interaction.isAutocomplete()
          ? context.log.warn('autocomplete failed', { interaction: describeInteraction(interaction), error })
          : reportInteractionError(interaction, error, context.log),
      );
      underWay.add(work);
      void work.finally(() => underWay.delete(work));
      return work;
    },
    async drain(timeoutMs) {
      closing = true;
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))).then(() => (timedOut = true));
      // Work that starts while waiting (a late interaction told the bot is restarting) is waited for too.
      while (underWay.size > 0 && !timedOut) await Promise.race([Promise.allSettled(underWay), timeout]);
      clearTimeout(timer);
    },
  };
}
