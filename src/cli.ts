/**
 * Command line front end: `npm run --silent cli -- <command> [--json]` (see ../shared/CONTRACT.md).
 * With --json, stdout carries exactly one JSON document (JSON Lines for `ask --batch`); logs go to stderr.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, secretsOf } from './config.js';
import { errorCode } from './error-code.js';
import { createLogger } from './log.js';
import { openLibrary, type Library } from './library.js';
import type { AskResult } from './answer/types.js';
import { argumentValue, COMMAND_NAMES, COMMANDS as TABLE, wholeNumber, type CommandName, type CommandSpec } from './present/command-table.js';
import { cliStringsFor } from './present/cli-strings.js';
import { CONFIG_ERROR_STATUS, configProblemLine } from './present/config-problem.js';
import { askResultNamed, CLI_COMMANDS, withCommandsNamed } from './present/command-words.js';
import { stringsFor } from './present/strings.js';
import { CITATIONS_PER_ANSWER } from './present/answer-lines.js';
import { forTerminal, jsonWithInvisibleEscaped } from './present/safe-text.js';
import { codePointOffsets } from './text/code-points.js';
import { decodeBytes } from './corpus/decode.js';
import { terminalLanguage } from './present/locale.js';
import { withoutDiscordMarkup } from './present/mentions.js';
import { idAsShown, renderAskText, renderQuoteText, renderSourcesText } from './present/text.js';
import { truncateToFit } from './present/fit.js';
import { inlineText } from './present/inline.js';
import { MAX_QUESTION_LENGTH } from './answer/question.js';
import { actorTooLong } from './present/quote-lines.js';


class UsageError extends Error {}

/** A request that cannot be served (an empty, too long or wordless question, an unknown id, a missing seeds folder): its message is enough, without the usage text. */
class QuestionError extends Error {}

/** The command line's own commands; every command of the table (src/present/command-table.ts) is one too. */
const OWN_COMMANDS = ['index', 'show', 'statements'] as const;
const COMMANDS: readonly Command[] = [...OWN_COMMANDS, ...COMMAND_NAMES];
type Command = (typeof OWN_COMMANDS)[number] | CommandName;

/** The terminal's language: the CLI's own words, its text labels and a short question's fallback (present/locale.ts). */
const language = terminalLanguage();
const words = cliStringsFor(language);

/** The usage text, with a line for each command of the table it does not describe yet. */
function usage(): string {
  const more = COMMAND_NAMES.filter((name) => !words.usage.includes(`\n  ${name} `)).map((name) => {
    const { argument, description } = TABLE[name];
    return `  ${`${name} <${argument.name[language]}>`.padEnd(27)}${description[language]}`;
  });
  return [words.usage, ...more].join('\n');
}

interface Invocation {
  command: Command;
  argument: string | undefined;
  json: boolean;
  batch: string | undefined;
  page: number;
}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  batch: { type: 'string' },
  page: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * `--page -1` as `--page=-1`: an option's value that begins with "-" is taken by parseArgs for a forgotten value, and
 * refused in its own English ("argument is ambiguous"); joined, the value is checked and refused in the user's words.
 */
function withValuesJoined(argv: readonly string[]): string[] {
  const takesValue = (arg: string) => Object.entries(OPTIONS).some(([name, option]) => option.type === 'string' && arg === `--${name}`);
  const joined: string[] = [];
  for (let at = 0; at < argv.length; at++) {
    const arg = argv[at]!;
    const next = argv[at + 1];
    if (takesValue(arg) && next !== undefined && /^-[^-]/.test(next)) {
      joined.push(`${arg}=${next}`);
      at++;
    } else joined.push(arg);
  }
  return joined;
}

/** What the command line asks for, or 'help' for the usage text; throws UsageError when it makes no sense. */
function parseInvocation(argv: string[]): Invocation | 'help' {
  const { values, positionals } = parseArgs({ args: withValuesJoined(argv), allowPositionals: true, options: OPTIONS });
  const [name, ...rest] = positionals;
  if (values.help || name === 'help') return 'help';
  if (!name) throw new UsageError(words.missingCommand);
  const command = COMMANDS.find((known) => known === name);
  if (!command) throw new UsageError(words.unknownCommand(name));
  const argument = rest.length ? rest.join(' ') : undefined;
  if (command === 'ask' && argument === undefined && values.batch === undefined) throw new UsageError(words.askNeedsQuestion);
  // A blank actor (`quote "$NAME"` with NAME unset) is a missing one, not a lookup of nobody.
  if (command === 'quote' && !argument?.trim()) throw new UsageError(words.quoteNeedsActor);
  if ((command === 'show' || command === 'statements') && argument === undefined) throw new UsageError(words.needsArticleId(command));
  const page = values.page === undefined ? 1 : wholeNumber(values.page, 1);
  if (page === undefined) throw new UsageError(words.pageNotANumber);
  return { command, argument, json: values.json, batch: values.batch, page };
}

async function run(invocation: Invocation, library: Library): Promise<void> {
  // Nothing invisible from an article reaches the terminal: stripped from text, escaped in JSON (same values).
  const print = (text: string) => process.stdout.write((invocation.json ? jsonWithInvisibleEscaped(text) : forTerminal(text)) + '\n');
  // Text labels in the terminal's language, as the console's; an answer follows its question's.
  switch (invocation.command) {
    case 'index': {
      const summary = library.status;
      print(invocation.json ? JSON.stringify(summary) : stringsFor(language).indexed(summary.articles, summary.passages, summary.statements, summary.origin === 'snapshot'));
      return;
    }
    case 'sources': {
      const articles = library.sources();
      print(invocation.json ? JSON.stringify({ articles }) : renderSourcesText(articles, invocation.page, language, { ids: true }));
      return;
    }
    case 'ask': {
      if (invocation.batch !== undefined) return askBatch(invocation.batch, invocation.json, library, print);
      const check = library.checkQuestion(withoutDiscordMarkup(invocation.argument ?? ''), language);
      if (!check.ok) throw new QuestionError(withCommandsNamed(check.message, CLI_COMMANDS));
      const result = askResultNamed(await library.ask(check, { maxCitations: CITATIONS_PER_ANSWER }), CLI_COMMANDS);
      print(invocation.json ? JSON.stringify(toContractAnswer(result)) : renderAskText(result));
      return;
    }
    case 'quote': {
      const query = withoutDiscordMarkup(invocation.argument ?? '');
      const tooLong = actorTooLong(query, language);
      if (tooLong) throw new QuestionError(tooLong);
      const result = library.quote(query);
      print(invocation.json ? JSON.stringify(result) : renderQuoteText(result, language, { page: invocation.page, nextPage: (next) => `quote "${query}" --page ${next}` }));
      return;
    }
    case 'show': {
      const articleId = idAsTyped(library, invocation.argument ?? '');
      const article = library.article(articleId);
      if (!article) throw unknownArticle(articleId);
      // The contract's offsets are UTF-16 code units; the same in code points beside them, for readers that count those.
      const inCodePoints = codePointOffsets(article.text);
      const passages = article.passages.map((passage) => ({ ...passage, startCodePoint: inCodePoints(passage.start), endCodePoint: inCodePoints(passage.end) }));
      print(invocation.json ? JSON.stringify({ ...article, passages }) : [article.title, [article.outlet, article.author, article.date, article.language].filter(Boolean).join(' · '), '', article.text].join('\n'));
      return;
    }
    case 'statements': {
      const articleId = idAsTyped(library, invocation.argument ?? '');
      const statements = library.statements(articleId);
      if (!statements) throw unknownArticle(articleId);
      const inCodePoints = codePointOffsets(library.article(articleId)?.text ?? '');
      const rows = statements.map(({ kind, text, speaker, via, start, end }) => ({ kind, text, speaker, via, start, end, startCodePoint: inCodePoints(start), endCodePoint: inCodePoints(end) }));
      print(invocation.json ? JSON.stringify({ articleId, statements: rows }) : rows.map((row) => `${row.speaker ?? words.unattributed} [${row.kind}]: ${row.text}`).join('\n'));
      return;
    }
    default: {
      // Any other command of the table: its Library call and its text reply.
      const spec: CommandSpec = TABLE[invocation.command];
      const value = argumentValue(spec.argument, invocation.argument ?? '');
      if (value === undefined) throw new UsageError(words.needsArgument(invocation.command, spec.argument.name[language]));
      const text = await spec.textReply(library, value, language);
      print(invocation.json ? JSON.stringify({ reply: text }) : text);
    }
  }
}

/** What `show` and `statements` say of an id no indexed article has (exit 2, like a bad question). */
function unknownArticle(articleId: string): QuestionError {
  return new QuestionError(words.unknownArticle(articleId));
}

async function askBatch(file: string, json: boolean, library: Library, print: (text: string) => void): Promise<void> {
  const bytes = await readFile(file).catch(() => {
    throw new UsageError(words.unreadableQuestionFile(file));
  });
  // Read as a seed file is: UTF-16 by its mark, else UTF-8, else Latin-1 (a question file saved by an older editor).
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') throw new UsageError(words.unreadableQuestionFile(file));
  const { text } = decoded;
  // With --json every line is a question, a blank one too (answered as empty), so that answer N is line N's; only
  // the line break ending the file opens no line. Read by a person (no --json), blank lines and comments ("# …") are skipped.
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const questions = json ? lines : lines.filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  for (const [done, question] of questions.entries()) {
    // A signal is handled between tasks: let it in, since an extractive answer may never leave the microtask queue.
    await new Promise((resolve) => setImmediate(resolve));
    if (stopRequest.signal) {
      process.stderr.write(`hemeroteca: stopped on ${stopRequest.signal} after ${done} of ${questions.length} questions\n`);
      return;
    }
    // Read by a person, each answer comes under its question (numbered as the file's questions are), a blank line between.
    if (!json) print(`${done > 0 ? '\n' : ''}${words.batchQuestion(done + 1, inlineText(question))}`);
    const check = library.checkQuestion(withoutDiscordMarkup(question), language);
    if (check.ok) {
      const result = askResultNamed(await library.ask(check, { maxCitations: CITATIONS_PER_ANSWER }), CLI_COMMANDS);
      print(json ? JSON.stringify(toContractAnswer(result)) : renderAskText(result));
      continue;
    }
    // A line not looked up still gets its own line of output, so answers stay aligned with questions: refused, with
    // `problem` saying why (the articles were not searched), its question echoed no longer than a question may be.
    // In text, its message alone, not labelled as an answer.
    const echoed = truncateToFit(question, MAX_QUESTION_LENGTH);
    const message = withCommandsNamed(check.message, CLI_COMMANDS);
    const result: AskResult = { question: echoed, language: check.language, answer: message, mode: 'extractive', refused: true, citations: [] };
    print(json ? JSON.stringify({ ...toContractAnswer(result), problem: check.problem }) : message);
  }
}

/** The contract's field order first; extra fields (highlights, notice) are allowed after. */
function toContractAnswer(result: AskResult) {
  const { question, language, answer, mode, refused, citations, ...extra } = result;
  return { question, language, answer, mode, refused, citations, ...extra };
}

/**
 * SIGTERM or SIGINT (a service manager, a container stop, Ctrl-C): the command finishes what it is
 * doing (an index build and its snapshot, the question under way) and the process exits 0 rather than
 * dying by the signal (143, 130); a batch stops before its next question. Later signals change nothing.
 */
const stopRequest: { signal: NodeJS.Signals | undefined } = { signal: undefined };
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => (stopRequest.signal ??= signal));

async function main(): Promise<number> {
  try {
    const invocation = parseInvocation(process.argv.slice(2));
    if (invocation === 'help') {
      process.stdout.write(`${usage()}\n`);
      return 0;
    }
    const config = loadConfig();
    const log = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
    log.debug('opening the library', { command: invocation.command });
    // The bot keeps serving an archive whose folder went missing (a volume not mounted); a command run by
    // hand on a mistyped folder would only answer from nothing, and save an empty index.
    if (!isFolder(config.seedsDir)) throw new QuestionError(words.noSeedsFolder(config.seedsDir));
    const library = await openLibrary(config, log);
    await run(invocation, library);
    return 0;
  } catch (error) {
    if (error instanceof QuestionError) {
      // Named like every other line the command writes to stderr, as Unix tools do ("grep: …"); an echoed id or question
      // can neither break the line nor turn it around.
      process.stderr.write(`hemeroteca: ${forTerminal(inlineText(error.message))}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      // A setting, not the command line, is wrong: the usage text would not help. Worded and ended as in every front end.
      process.stderr.write(`hemeroteca: ${configProblemLine(error.problem, language)}\n`);
      return CONFIG_ERROR_STATUS;
    }
    if (error instanceof UsageError || isArgumentError(error)) {
      const message = error instanceof UsageError ? error.message : argumentProblem(error);
      process.stderr.write(`${message ? message + '\n\n' : ''}${usage()}\n`);
      return 2;
    }
    process.stderr.write(`hemeroteca: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function isArgumentError(error: unknown): error is Error {
  return error instanceof Error && (errorCode(error)?.startsWith('ERR_PARSE_ARGS') ?? false);
}

/**
 * What is wrong with the command line, in the terminal's language: node's parseArgs says it in English only
 * ("Unknown option '--jsonx'. To specify a positional argument…", "Option '--page <value>' argument missing").
 */
function argumentProblem(error: Error): string {
  const option = /'(-[^'\s]+)/u.exec(error.message)?.[1];
  if (option === undefined) return error.message;
  if (errorCode(error) === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return words.unknownOption(option);
  return /does not take/u.test(error.message) ? words.optionTakesNoValue(option) : words.optionNeedsValue(option);
}

process.exitCode = await main();

/**
 * The article id `typed` names: itself when an article has it, else the one article whose id reads so as `sources`
 * shows ids (present/text.ts `idAsShown`: a file name with a line break or a tab, "raro\nnombre" shown and typed as
 * "raro nombre"; one with a right-to-left override or a zero-width space shown and typed without it),
 * accents compared composed (a name macOS saved decomposed, "cancio\u0301n", typed as "canción").
 */
function idAsTyped(library: Library, typed: string): string {
  if (library.article(typed)) return typed;
  const wanted = typed.normalize('NFC');
  const shown = library.sources().filter(({ id }) => idAsShown(id).normalize('NFC') === wanted);
  return shown.length === 1 ? shown[0]!.id : typed;
}
