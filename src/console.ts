/**
 * Console mode (no DISCORD_TOKEN): reads the commands of the table (`/ask …`, `/sources [page]`, `/quote …`) from
 * standard input and prints each reply as text, exactly as the text renderers write it. A short
 * banner greets a person at a terminal; piped input gets replies only. No input line can stop it.
 */
import readline from 'node:readline';
import type { Language } from './corpus/types.js';
import type { Library } from './library.js';
import { newErrorId, type Logger } from './log.js';
import { withoutInvisibleFormat } from './present/safe-text.js';
import { argumentValue, commandNamed, COMMANDS, type CommandName, type CommandSpec } from './present/command-table.js';
import { stringsFor } from './present/strings.js';

export interface ConsoleOptions {
  library: Library;
  log: Logger;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: show the banner and a prompt. */
  interactive: boolean;
  /** The language of the bot's own words (answers follow their question's language). */
  language: Language;
}

/** A console line read: a command of the table with its argument under the argument's key, help, or an unknown word. */
export type ConsoleCommand =
  | ({ kind: CommandName } & Record<string, string | number>)
  | { kind: 'help' }
  | { kind: 'unknown'; word: string };

const HELP_WORDS = new Set(['help', 'ayuda']);

/** Reads a line: a command word of the table (any language, any case, after a slash), then its argument. */
export function parseConsoleLine(line: string): ConsoleCommand | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  const [, word = '', rest = ''] = /^\/?(\S*)\s*([\s\S]*)$/.exec(trimmed) ?? [];
  const kind = trimmed.startsWith('/') ? commandNamed(word) : undefined;
  if (trimmed.startsWith('/') && HELP_WORDS.has(word.toLowerCase())) return { kind: 'help' };
  if (!kind) return { kind: 'unknown', word: trimmed.split(/\s/, 1)[0] ?? trimmed };
  const { argument } = COMMANDS[kind];
  const value = argumentValue(argument, rest.trim());
  return value === undefined ? { kind: 'help' } : { kind, [argument.key]: value };
}

export async function runConsole({ library, log, input, output, interactive, language }: ConsoleOptions): Promise<void> {
  const strings = stringsFor(language);
  // Whatever an article or a question holds, nothing invisible reaches the terminal (a right-to-left override would turn the rest around).
  const print = (text: string) => output.write(withoutInvisibleFormat(text) + '\n\n');
  if (interactive) print([strings.banner(library.status.articles), ...examples(library, language)].join('\n'));

  const lines = readline.createInterface({ input, output: interactive ? output : undefined, terminal: interactive, prompt: '> ' });
  // At a terminal, Ctrl-C ends the session like Ctrl-D (readline would otherwise only pause).
  lines.on('SIGINT', () => lines.close());
  if (interactive) lines.prompt();
  for await (const line of lines) {
    const command = parseConsoleLine(line);
    if (command) {
      try {
        print(await reply(command, library, language));
      } catch (error) {
        const errorId = newErrorId();
        log.error('console command failed', { errorId, error });
        print(strings.somethingWentWrong(errorId));
      }
    }
    if (interactive) lines.prompt();
  }
}

async function reply(command: ConsoleCommand, library: Library, language: Language): Promise<string> {
  const strings = stringsFor(language);
  if (command.kind === 'help') return strings.consoleHelp;
  if (command.kind === 'unknown') return `${strings.unknownCommand(String(command.word))} ${strings.consoleHelp}`;
  const spec: CommandSpec = COMMANDS[command.kind];
  return spec.textReply(library, command[spec.argument.key] ?? '', language);
}

/** Example commands drawn from the corpus itself: its most quoted speaker, if it has one. */
function examples(library: Library, language: Language): string[] {
  const speaker = library.actors()[0]?.name;
  const named = (kind: CommandName) => `/${COMMANDS[kind].name[language]}`;
  return [`${named('ask')} ${stringsFor(language).exampleQuestion(speaker)}`, ...(speaker ? [`${named('quote')} ${speaker}`] : []), named('sources')].map((line) => `  ${line}`);
}
