/**
 * Console mode (no DISCORD_TOKEN): reads the commands of the table (`/ask …`, `/sources [page]`, `/quote …`) from
 * standard input and prints each reply as text, exactly as the text renderers write it. A short
 * banner greets a person at a terminal; piped input gets replies only. No input line can stop it.
 */
import readline from 'node:readline';
import type { Language } from './corpus/types.js';
import type { Library } from './library.js';
import { errorCode } from './error-code.js';
import { newErrorId, type Logger } from './log.js';
import { forTerminal } from './present/safe-text.js';
import { argumentValue, commandNamed, COMMANDS, type CommandName, type CommandSpec } from './present/command-table.js';
import { stringsFor, type Bilingual } from './present/strings.js';
import { truncateToFit } from './present/fit.js';
import { decodedLines } from './console-input.js';

export interface ConsoleOptions {
  library: Library;
  log: Logger;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: show the banner and a prompt. */
  interactive: boolean;
  /** The language of the bot's own words (answers follow their question's language). */
  language: Language;
  /**
   * Aborted on a shutdown signal: the command under way is answered, no later line is, and a warning says so
   * (lines piped in are read ahead, so some may be left). The session then ends as at the end of input.
   */
  stop?: AbortSignal;
  /**
   * Commands wait for it before the first is answered (piped input: the start-up catch-up of the seeds folder, so that
   * the answers cover files added while the bot was stopped); a shutdown signal ends the wait.
   */
  ready?: Promise<void>;
}

/**
 * A console line read: a command of the table with its argument, a command whose argument is missing or
 * not valid, help, an unknown command word, or a line with no command (no slash: most likely a question). `language` is the language the reply's own words are in: Spanish for a
 * Spanish command word ("/fuentes"), else the console's, so that they follow the asker as /ask's follow the question.
 */
export type ConsoleCommand =
  | { kind: 'command'; name: CommandName; value: string | number; language: Language }
  | { kind: 'bad argument'; name: CommandName; typed: string; language: Language }
  | { kind: 'help' }
  | { kind: 'unknown'; word: string }
  | { kind: 'without command'; suggestion: string };

const HELP_WORDS = new Set(['help', 'ayuda']);

/** How much of a line typed without a command is echoed back in the example of how to ask it. */
const ECHOED_LINE_CHARS = 200;

/**
 * Reads a line: a command word of the table (any language, any case, after a slash), then its argument.
 * `language` is the console's, used when the command word is the same in both languages.
 */
export function parseConsoleLine(line: string, language: Language = 'en'): ConsoleCommand | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  const [, word = '', rest = ''] = /^\/?(\S*)\s*([\s\S]*)$/.exec(trimmed) ?? [];
  const name = trimmed.startsWith('/') ? commandNamed(word) : undefined;
  if (HELP_WORDS.has(trimmed.replace(/^\//, '').toLowerCase())) return { kind: 'help' };
  if (!trimmed.startsWith('/')) return { kind: 'without command', suggestion: suggestedCommand(word, rest, trimmed, language) };
  if (!name) return { kind: 'unknown', word: trimmed.split(/\s/, 1)[0] ?? trimmed };
  const spelled = LANGUAGES.filter((candidate) => COMMANDS[name].name[candidate] === word.toLowerCase());
  // The English names are every front end's default names (Discord's, the README's): typing one says nothing of the
  // reader's language, so the console's own (the terminal's locale) holds; a Spanish name ("/fuentes") asks for Spanish.
  const said = spelled.length === 1 && spelled[0] !== undefined && spelled[0] !== 'en' ? spelled[0] : language;
  const typed = withoutOptionName(rest.trim(), COMMANDS[name].argument.name);
  const value = argumentValue(COMMANDS[name].argument, typed);
  return value === undefined ? { kind: 'bad argument', name, typed, language: said } : { kind: 'command', name, value, language: said };
}

const LANGUAGES: readonly Language[] = ['es', 'en'];

/**
 * What to type for a line written without the slash: the command its first word names when the rest is a
 * valid argument for it ("quote Putin" → "/quote Putin"; "fuentes 2" → "/fuentes 2"), else the line as a
 * question ("Fuentes del Gobierno dijeron…" → "/ask Fuentes del Gobierno dijeron…").
 */
function suggestedCommand(word: string, rest: string, line: string, language: Language): string {
  const name = commandNamed(word);
  if (name && argumentValue(COMMANDS[name].argument, rest.trim()) !== undefined) return `/${word.toLowerCase()} ${rest.trim()}`.trimEnd();
  return `/${COMMANDS.ask.name[language]} ${line}`;
}

/** "actor:Putin" → "Putin": the argument as Discord's client shows it, option name first, taken as the bare value. */
function withoutOptionName(typed: string, name: Bilingual): string {
  const colon = typed.indexOf(':');
  const before = typed.slice(0, colon).trim().toLowerCase();
  return colon > 0 && LANGUAGES.some((language) => name[language] === before) ? typed.slice(colon + 1).trim() : typed;
}

/**
 * Console mode: reads commands from `input` a line at a time and writes each reply to `output`, until the input
 * ends, Ctrl-C, `stop` aborts or `output` goes away. Resolves then; a command that fails is logged, never thrown.
 */
export async function runConsole({ library, log, input, output, interactive, language, stop, ready }: ConsoleOptions): Promise<void> {
  const strings = stringsFor(language);
  // Whatever an article or a question holds, nothing invisible or controlling reaches the terminal (a right-to-left
  // override would turn the rest around; an escape sequence in an echoed line would recolour or clear the screen).
  const print = (text: string) => output.write(forTerminal(text) + '\n\n');
  if (interactive) print([strings.banner(library.status.articles), ...examples(library, language)].join('\n'));

  // Piped bytes are decoded a line at a time as seed files are (UTF-8, else Latin-1); a terminal's keys go to readline as they are.
  const lines = readline.createInterface({ input: interactive ? input : decodedLines(input), output: interactive ? output : undefined, terminal: interactive, prompt: '> ' });
  // The reader went away (`npm start < questions.txt | head`): nothing more can be shown, so the session ends as at the
  // end of input, quietly, as Unix tools do, instead of an uncaught EPIPE at each reply.
  output.on('error', (error) => {
    if (errorCode(error) !== 'EPIPE') log.error('cannot write to the console', { error });
    lines.close();
  });
  // At a terminal, Ctrl-C ends the session like Ctrl-D (readline would otherwise only pause).
  lines.on('SIGINT', () => lines.close());
  if (interactive) lines.prompt();
  // Waiting for a line: nothing is under way, so the session ends at once; the next line is never taken.
  stop?.addEventListener('abort', () => lines.close(), { once: true });
  const waited = ready && Promise.race([ready, aborted(stop)]);
  for await (const line of lines) {
    if (stop?.aborted) {
      log.warn('stopped on a shutdown signal: the command under way was answered, the lines after it were not');
      break;
    }
    const command = parseConsoleLine(line, language);
    if (command) {
      if (waited) await keptAlive(waited);
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

/** `promise`, with the process kept alive until it settles (the watcher's timers and reader do not keep it alive on their own). */
async function keptAlive(promise: Promise<void>): Promise<void> {
  const timer = setInterval(() => undefined, 60_000);
  try {
    await promise;
  } finally {
    clearInterval(timer);
  }
}

/** Resolves when `signal` aborts; never when there is none. */
function aborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve();
    else signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}

async function reply(command: ConsoleCommand, library: Library, language: Language): Promise<string> {
  const strings = stringsFor(language);
  switch (command.kind) {
    case 'help':
      return strings.consoleHelp;
    case 'unknown':
      return `${strings.unknownCommand(String(command.word))} ${strings.consoleHelp}`;
    case 'without command':
      return [strings.withoutCommand(truncateToFit(command.suggestion, ECHOED_LINE_CHARS)), strings.consoleHelp].join('\n');
    case 'bad argument':
      return [badArgument(command, library), stringsFor(command.language).consoleHelp].join('\n');
    case 'command': {
      const spec: CommandSpec = COMMANDS[command.name];
      return spec.textReply(library, command.value, command.language);
    }
  }
}

/** Why a command's argument was not taken, in the words of the asker's language, with an example that works. */
function badArgument({ name, typed, language }: Extract<ConsoleCommand, { kind: 'bad argument' }>, library: Library): string {
  const strings = stringsFor(language);
  const { argument } = COMMANDS[name];
  const written = `/${COMMANDS[name].name[language]}`;
  if (argument.type === 'integer') return strings.notAWholeNumber(typed, argument.name[language], written, argument.min ?? 1);
  return strings.missingArgument(argument.name[language], written, library.actors()[0]?.name);
}

/** Example commands drawn from the corpus itself: its most quoted speaker, if it has one. */
function examples(library: Library, language: Language): string[] {
  const speaker = library.actors()[0]?.name;
  const named = (kind: CommandName) => `/${COMMANDS[kind].name[language]}`;
  return [`${named('ask')} ${stringsFor(language).exampleQuestion(speaker)}`, ...(speaker ? [`${named('quote')} ${speaker}`] : []), named('sources')].map((line) => `  ${line}`);
}
