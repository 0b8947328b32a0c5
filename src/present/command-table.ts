/**
 * One table of the bot's commands, from which every front end is built: the console reads its
 * command words and arguments from it and answers with its text replies; the Discord command
 * modules (commands/*.ts) build their slash command definitions from it; the command line runs its
 * text replies. A command is one spec here, its renderers, and its module in commands/.
 */
import { MAX_QUESTION_LENGTH } from '../answer/question.js';
import type { Language } from '../corpus/types.js';
import type { Library } from '../library.js';
import type { QuoteResult } from '../quotes/types.js';
import { MAX_ACTOR_QUERY_CHARS } from '../quotes/book/keys.js';
import { CITATIONS_PER_ANSWER } from './answer-lines.js';
import { stringsFor, type Bilingual } from './strings.js';
import { renderAskText, renderQuoteText, renderSourcesText } from './text.js';
import { actorTooLong } from './quote-lines.js';
import { withoutDiscordMarkup } from './mentions.js';

/** The one argument a command takes: the rest of a console line, a slash command option, a CLI positional. */
export interface ArgumentSpec {
  /** Where the value goes in a parsed console command (`{ kind: 'ask', question }`). */
  key: string;
  /** `en` is the option's real name (CONTRACT.md); Spanish clients show `es`. */
  name: Bilingual;
  description: Bilingual;
  type: 'string' | 'integer';
  required: boolean;
  /** A required value that is empty still goes to the command (the library says what is wrong with it) rather than to help. */
  passEmpty?: boolean;
  /** Integer arguments: the value used when none is given, and the smallest accepted. */
  default?: number;
  min?: number;
  /** String arguments: the longest accepted, in characters. */
  maxLength?: number;
  /** Discord completes the value as it is typed. */
  autocomplete?: boolean;
}

export interface CommandSpec {
  /** `en` is the command's real name (CONTRACT.md); Spanish clients show `es`. */
  name: Bilingual;
  description: Bilingual;
  argument: ArgumentSpec;
  /** The Library call and the text renderer: the reply as the console and the command line print it. */
  textReply(library: Library, value: string | number, language: Language): Promise<string>;
}

const QUOTE_NAME: Bilingual = { en: 'quote', es: 'citas' };
const PAGE_NAME: Bilingual = { en: 'page', es: 'página' };

/** Every command, by its real name. */
export const COMMANDS = {
  ask: {
    name: { en: 'ask', es: 'preguntar' },
    description: { en: 'Answer a question from the news articles, with the evidence', es: 'Responde una pregunta con los artículos de prensa y muestra las pruebas' },
    argument: {
      key: 'question',
      name: { en: 'question', es: 'pregunta' },
      description: { en: 'What you want to know, in Spanish or English', es: 'Lo que quieres saber, en español o en inglés' },
      type: 'string',
      required: true,
      passEmpty: true,
      // Discord stops a user at the length the library accepts, rather than the library refusing it after.
      maxLength: MAX_QUESTION_LENGTH,
    },
    async textReply(library, value, language) {
      const check = library.checkQuestion(withoutDiscordMarkup(String(value)), language);
      return check.ok ? renderAskText(await library.ask(check, { maxCitations: CITATIONS_PER_ANSWER })) : check.message;
    },
  },
  sources: {
    name: { en: 'sources', es: 'fuentes' },
    description: { en: 'List the indexed articles, newest first', es: 'Lista los artículos indexados, los más recientes primero' },
    argument: {
      key: 'page',
      name: PAGE_NAME,
      description: { en: 'Page number (10 articles a page)', es: 'Número de página (10 artículos por página)' },
      type: 'integer',
      required: false,
      default: 1,
      min: 1,
    },
    textReply: async (library, value, language) => renderSourcesText(library.sources(), Number(value), language),
  },
  quote: {
    name: QUOTE_NAME,
    description: { en: 'What a person or organisation said in the articles', es: 'Lo que una persona u organización dijo en los artículos' },
    argument: {
      key: 'actor',
      name: { en: 'actor', es: 'actor' },
      description: { en: 'Who: start typing a name', es: 'Quién: empieza a escribir un nombre' },
      type: 'string',
      required: true,
      maxLength: MAX_ACTOR_QUERY_CHARS,
      autocomplete: true,
    },
    textReply: async (library, value, language) => {
      const typed = withoutDiscordMarkup(String(value));
      const tooLong = actorTooLong(typed, language);
      if (tooLong) return tooLong;
      const { query, page, result, badPage } = pagedQuote(library, typed);
      const command = `/${QUOTE_NAME[language]} ${query}`;
      if (badPage !== undefined) return stringsFor(language).notAWholeNumber(badPage, PAGE_NAME[language], command, 1);
      return renderQuoteText(result, language, { page, nextPage: (next) => `${command} ${next}` });
    },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** The command a word names, in any language, ignoring case ("PREGUNTAR" → ask). */
export function commandNamed(word: string): CommandName | undefined {
  const wanted = word.toLowerCase();
  return COMMAND_NAMES.find((name) => Object.values<string>(COMMANDS[name].name).includes(wanted));
}

/**
 * An argument as typed after the command word: undefined when it is missing and required, or not a
 * whole number at least `min` for an integer argument (the caller then shows help).
 */
export function argumentValue(spec: ArgumentSpec, typed: string): string | number | undefined {
  if (spec.type === 'string') return typed === '' && spec.required && !spec.passEmpty ? undefined : typed;
  if (typed === '') return spec.required ? undefined : spec.default;
  return wholeNumber(typed, spec.min);
}

/**
 * A whole number written in decimal digits (an optional sign, no exponent, point or hex), at least `min`;
 * undefined otherwise, and for one too large to hold exactly (above 2^53 − 1, Discord's own integer limit),
 * so that a reply never names a number other than the one typed ("1e3", "0x10", 20 nines).
 */
export function wholeNumber(typed: string, min = -Infinity): number | undefined {
  if (!/^[+-]?\d+$/.test(typed)) return undefined;
  const value = Number(typed);
  return Number.isSafeInteger(value) && value >= min ? value : undefined;
}

/**
 * A /quote argument typed on a text line (the console's), which has no Prev/Next buttons: a number after the
 * actor asks for that page of the statements ("Skaik 2"), when the whole text finds no statements and the text
 * before the number does, so that a name ending in a number ("G7", "Grupo 8") is still a name. A number that is no
 * page after a known actor ("Kim 0", "Kim -1", "Kim 1.5", "Kim 2,5", a number of 150 digits) is a page that does not
 * exist: `badPage` holds it as typed, so that the reply says so rather than looking for an actor named "Kim 1.5".
 */
function pagedQuote(library: Library, typed: string): { query: string; page: number; result: QuoteResult; badPage?: string } {
  const whole = library.quote(typed);
  const [, actor = '', number = ''] = TRAILING_NUMBER.exec(typed.trim()) ?? [];
  if (number !== '' && whole.statements.length === 0) {
    const result = library.quote(actor);
    const asked = wholeNumber(number);
    if (result.statements.length > 0) return { query: actor, page: Math.max(asked ?? 1, 1), result, ...((asked === undefined || asked < 1) && { badPage: number }) };
  }
  return { query: typed.trim(), page: 1, result: whole };
}

// A last word written as a number, whole or not: digits with an optional sign, decimal point or comma, thousands separators.
const TRAILING_NUMBER = /^(.*\S)\s+([+-]?(?:\d[\d.,]*|[.,]\d[\d.,]*))$/u;
