/**
 * What a slash command module in commands/ exports, and what it is handed to do its work. Commands
 * receive everything explicitly through the context: there is no global state.
 */
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Library } from '../library.js';
import type { Logger } from '../log.js';
import type { AnswerCache } from './answer-cache.js';
import type { FeedbackLog } from './feedback.js';

export interface CommandContext {
  library: Library;
  log: Logger;
  /** Recent answers, for the buttons under them. */
  answers: AnswerCache;
  feedback: FeedbackLog;
  /** The least time between two edits of a reply while an LLM streams it. */
  streamIntervalMs: number;
}

export interface Command {
  /** A SlashCommandBuilder: its name routes interactions here, its JSON is what `npm run deploy` registers. */
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
  /** Clicks on the buttons whose custom_id starts with this command's name. */
  button?(interaction: ButtonInteraction, context: CommandContext): Promise<void>;
}

/** Whether a module (or any value) has the shape of a Command. */
export function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const { data, execute, autocomplete, button } = value as Record<string, unknown>;
  const hasData = typeof data === 'object' && data !== null && typeof (data as Record<string, unknown>).name === 'string' && typeof (data as Record<string, unknown>).toJSON === 'function';
  const optional = (handler: unknown) => handler === undefined || typeof handler === 'function';
  return hasData && typeof execute === 'function' && optional(autocomplete) && optional(button);
}
