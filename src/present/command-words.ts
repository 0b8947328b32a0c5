/**
 * The bot's own words name its commands as Discord's and the console's users type them ("Usa /fuentes para ver qué
 * artículos hay", "/citas <nombre>": src/answer/messages.ts). Each front end shows those words with its own commands:
 * the CLI's are `sources` and `quote`, and a Discord client lists the names of its user's language (/sources for an
 * English client, even under a Spanish answer).
 */
import type { AskResult } from '../answer/types.js';
import type { Language } from '../corpus/types.js';
import { COMMAND_NAMES, COMMANDS, commandNamed, type CommandName } from './command-table.js';

/** How a front end writes the command `name` for its user to type. */
export type CommandNaming = (name: CommandName) => string;

/** The command line's naming: the command word as `npm run --silent cli -- <command>` takes it, in code marks. */
export const CLI_COMMANDS: CommandNaming = (name) => `\`${COMMANDS[name].name.en}\``;

/** A slash command as a Discord client (or the console) set to `language` lists it: `/fuentes`, `/sources`. */
export function slashCommands(language: Language): CommandNaming {
  return (name) => `/${COMMANDS[name].name[language]}`;
}

const NAMES = COMMAND_NAMES.flatMap((name) => Object.values<string>(COMMANDS[name].name));

/**
 * A slash and a command name of the table in either language, standing as a word: after the start, a space or an
 * opening mark, and before anything that does not continue a word ("/fuentes.", "/citas <nombre>"; not "a/b/fuentes").
 */
const COMMAND_REFERENCE = new RegExp(`(?<=^|[\\s(«“"'¡¿])/(${NAMES.join('|')})(?![\\p{L}\\p{N}_/-])`, 'gu');

/** `text`, the bot's own words, with each command it names written as `naming` writes it. */
export function withCommandsNamed(text: string, naming: CommandNaming): string {
  return text.replace(COMMAND_REFERENCE, (reference, word: string) => {
    const name = commandNamed(word);
    return name ? naming(name) : reference;
  });
}

/**
 * `result` with the commands its own words name written as `naming` writes them. Only a refusal's answer is the
 * bot's own words throughout (with citation markers); an answer quotes articles, whose text is never changed.
 */
export function askResultNamed(result: AskResult, naming: CommandNaming): AskResult {
  return result.refused ? { ...result, answer: withCommandsNamed(result.answer, naming) } : result;
}
