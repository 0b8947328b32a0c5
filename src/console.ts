/**
 * Console mode (no DISCORD_TOKEN): reads `/ask …`, `/sources [page]` and `/quote …` lines from
 * standard input and prints each reply as text, exactly as the text renderers write it. A short
 * banner greets a person at a terminal; piped input gets replies only. No input line can stop it.
 */
import readline from 'node:readline';
import type { Language } from './corpus/types.js';
import type { Library } from './library.js';
import { newErrorId, type Logger } from './log.js';
import { withoutInvisibleFormat } from './present/safe-text.js';
import { CITATIONS_PER_ANSWER } from './present/answer-lines.js';
import { renderAskText, renderQuoteText, renderSourcesText } from './present/text.js';
import { COMMAND_TEXTS, stringsFor } from './present/strings.js';

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

type ConsoleCommand =
  | { kind: 'ask'; question: string }
  | { kind: 'sources'; page: number }
  | { kind: 'quote'; actor: string }
  | { kind: 'help' }
  | { kind: 'unknown'; word: string };

/** Command words: each slash command's names as Discord shows them (English and Spanish), and help. */
const WORDS = new Map<string, ConsoleCommand['kind']>([
  ...(['ask', 'sources', 'quote'] as const).flatMap((kind) => Object.values(COMMAND_TEXTS[kind].name).map((name) => [name, kind] as const)),
  ['help', 'help'],
  ['ayuda', 'help'],
]);

export function parseConsoleLine(line: string): ConsoleCommand | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  const [, word = '', rest = ''] = /^\/?(\S*)\s*([\s\S]*)$/.exec(trimmed) ?? [];
  const kind = trimmed.startsWith('/') ? WORDS.get(word.toLowerCase()) : undefined;
  const argument = rest.trim();
  switch (kind) {
    case 'ask':
      return { kind, question: argument };
    case 'quote':
      return argument === '' ? { kind: 'help' } : { kind, actor: argument };
    case 'sources': {
      const page = argument === '' ? 1 : Number(argument);
      return Number.isInteger(page) && page >= 1 ? { kind, page } : { kind: 'help' };
    }
    case 'help':
      return { kind };
    default:
      return { kind: 'unknown', word: trimmed.split(/\s/, 1)[0] ?? trimmed };
  }
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
  switch (command.kind) {
    case 'ask': {
      const check = library.checkQuestion(command.question, language);
      return check.ok ? renderAskText(await library.ask(check.question, { maxCitations: CITATIONS_PER_ANSWER })) : check.message;
    }
    case 'sources':
      return renderSourcesText(library.sources(), command.page, language);
    case 'quote':
      return renderQuoteText(library.quote(command.actor), language);
    case 'help':
      return strings.consoleHelp;
    case 'unknown':
      return `${strings.unknownCommand(command.word)} ${strings.consoleHelp}`;
  }
}

/** Example commands drawn from the corpus itself: its most quoted speaker, if it has one. */
function examples(library: Library, language: Language): string[] {
  const speaker = library.actors()[0]?.name;
  const named = (kind: 'ask' | 'sources' | 'quote') => `/${COMMAND_TEXTS[kind].name[language]}`;
  return [`${named('ask')} ${stringsFor(language).exampleQuestion(speaker)}`, ...(speaker ? [`${named('quote')} ${speaker}`] : []), named('sources')].map((line) => `  ${line}`);
}
