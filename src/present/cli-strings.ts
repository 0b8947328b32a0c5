/**
 * The command line's own words (usage text and its error messages), in Spanish and English, in the
 * terminal's language as the console's are (present/locale.ts `terminalLanguage`). Command and option
 * names stay as typed (`ask`, `--json`): they are the interface, not words.
 */
import type { Language } from '../corpus/types.js';

export interface CliStrings {
  /** The usage text's fixed part: its header and a line per command of the CLI's own. */
  usage: string;
  missingCommand: string;
  unknownCommand(name: string): string;
  askNeedsQuestion: string;
  quoteNeedsActor: string;
  /** `show` and `statements` without an id. */
  needsArticleId(command: string): string;
  /** A command of the shared table (present/command-table.ts) without a valid argument, named in this language. */
  needsArgument(command: string, argument: string): string;
  pageNotANumber: string;
  /** An option the CLI does not have ("--jsonx"). */
  unknownOption(option: string): string;
  /** An option given without the value it takes ("--page" at the end). */
  optionNeedsValue(option: string): string;
  /** A value given to an option that takes none ("--json=3"). */
  optionTakesNoValue(option: string): string;
  unreadableQuestionFile(file: string): string;
  /** The line above each answer of `ask --batch` as text: the `n`-th question of the file, as written. */
  batchQuestion(n: number, question: string): string;
  noSeedsFolder(dir: string): string;
  unknownArticle(articleId: string): string;
  /** A statement's speaker when none could be attributed, in `statements` as text. */
  unattributed: string;
}

const SPANISH: CliStrings = {
  usage: `Uso: npm run --silent cli -- <comando> [--json]

Comandos:
  help                       muestra este texto (también --help)
  index                      construye o actualiza el índice y muestra un resumen
  sources [--page N]         lista los artículos indexados
  ask "<pregunta>"           responde una pregunta con los artículos
  ask --batch <archivo>      responde una pregunta por línea de <archivo> (JSON Lines con --json)
  quote "<actor>" [--page N] lista lo que dijo una persona u organización
  show <articleId>           un artículo tal como se indexó: metadatos, texto limpio, pasajes
  statements <articleId>     todas las declaraciones halladas en un artículo`,
  missingCommand: 'Falta el comando.',
  unknownCommand: (name) => `No conozco el comando «${name}».`,
  askNeedsQuestion: 'El comando ask necesita una pregunta o --batch <archivo>.',
  quoteNeedsActor: 'El comando quote necesita un actor.',
  needsArticleId: (command) => `El comando ${command} necesita el id de un artículo.`,
  needsArgument: (command, argument) => `El comando ${command} necesita un valor para «${argument}».`,
  pageNotANumber: '--page lleva un número entero desde 1.',
  unknownOption: (option) => `No conozco la opción «${option}».`,
  optionNeedsValue: (option) => `La opción ${option} necesita un valor.`,
  optionTakesNoValue: (option) => `La opción ${option} no lleva valor.`,
  unreadableQuestionFile: (file) => `No puedo leer el archivo de preguntas «${file}».`,
  batchQuestion: (n, question) => `Pregunta ${n}: ${question}`,
  noSeedsFolder: (dir) => `La carpeta de artículos «${dir}» no existe o no es una carpeta. Indica en SEEDS_DIR la carpeta de tus artículos (por defecto: seeds).`,
  unknownArticle: (articleId) => `Ningún artículo indexado tiene el id «${articleId}». \`sources\` los lista.`,
  unattributed: '(sin atribuir)',
};

const ENGLISH: CliStrings = {
  usage: `Usage: npm run --silent cli -- <command> [--json]

Commands:
  help                       print this usage (also --help)
  index                      build or refresh the index and print a summary
  sources [--page N]         list the indexed articles
  ask "<question>"           answer a question from the articles
  ask --batch <file>         answer one question per line of <file> (JSON Lines with --json)
  quote "<actor>" [--page N] list what a person or organisation said
  show <articleId>           an article as indexed: metadata, cleaned text, passages
  statements <articleId>     every statement found in one article`,
  missingCommand: 'Missing command.',
  unknownCommand: (name) => `Unknown command "${name}".`,
  askNeedsQuestion: 'The ask command needs a question or --batch <file>.',
  quoteNeedsActor: 'The quote command needs an actor.',
  needsArgument: (command, argument) => `The ${command} command needs a ${argument}.`,
  needsArticleId: (command) => `The ${command} command needs an article id.`,
  pageNotANumber: '--page takes a whole number from 1.',
  unknownOption: (option) => `Unknown option "${option}".`,
  optionNeedsValue: (option) => `The option ${option} needs a value.`,
  optionTakesNoValue: (option) => `The option ${option} takes no value.`,
  unreadableQuestionFile: (file) => `Cannot read the question file "${file}".`,
  batchQuestion: (n, question) => `Question ${n}: ${question}`,
  noSeedsFolder: (dir) => `The seeds folder "${dir}" does not exist or is not a folder. Set SEEDS_DIR to the folder of your articles (default: seeds).`,
  unknownArticle: (articleId) => `No indexed article has the id "${articleId}". \`sources\` lists them.`,
  unattributed: '(unattributed)',
};

/** The command line's words in `language`. */
export function cliStringsFor(language: Language): CliStrings {
  return language === 'es' ? SPANISH : ENGLISH;
}
