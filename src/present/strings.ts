/**
 * Every word the bot says on its own behalf, in Spanish and English. Text from the corpus or the
 * user is passed in as arguments and is escaped by the caller when it goes to Discord.
 */
import type { Language } from '../corpus/types.js';
import { truncateToFit } from './fit.js';

export interface Strings {
  // /ask
  extractiveMode: string;
  llmMode: string;
  seconds(value: number): string;
  writing: string;
  sources: string;
  moreSources: string;
  allSourcesFor(question: string): string;
  noSources: string;
  helpful: string;
  unhelpful: string;
  thanksForVote: string;
  alreadyVoted: string;
  answerExpired: string;
  continued: string;
  // /sources
  indexedArticles: string;
  noArticles: string;
  previous: string;
  next: string;
  pageOf(page: number, pages: number): string;
  /** Said above a list when the page asked for does not exist and the nearest one is shown instead. */
  noSuchPage(requested: number, shown: number): string;
  articleCount(count: number): string;
  size(words: number, passages: number): string;
  /** An article's credited author, labelled so that it never reads as the outlet when the outlet is unknown. */
  byline(author: string): string;
  undated: string;
  // /quote
  statementsBy(actor: string): string;
  /** A country's statements, made through its capital or seat of government (`places`: "Kremlin"). */
  statementsThrough(country: string, places: string[]): string;
  /** Title when the query found the actor by an acronym, another language or a role: what was asked, beside whom. */
  statementsFor(actor: string, query: string): string;
  statementsCarriedBy(channel: string): string;
  /** Title when a medium both speaks and carries others' words ("Reuters"): each line then says whose they are. */
  statementsByAndCarried(medium: string): string;
  /** A /quote query longer than a lookup reads (`length`, `limit` in characters). */
  actorTooLong(length: number, limit: number): string;
  /** The query only appears in how these speakers are described: each name with the form that matched. */
  describedOnly(query: string, matches: string[]): string;
  /** Beside statements found through a country's capital: the people the articles describe with the country. */
  alsoDescribed(query: string, matches: string[]): string;
  reported: string;
  /** The label of a reported statement in a list that names each line's speaker. */
  reportedBy(speaker: string): string;
  via(channel: string): string;
  statementCount(statements: number, articles: number): string;
  /**
   * Under a text reply that shows a page of an actor's statements (the `from`-th to the `to`-th of `total`, counted from 1): the
   * newest articles' first, or one article's in its order; `next`, when there is a next page, is the command that shows it.
   */
  statementsShown(from: number, to: number, total: number, oneArticle: boolean, next?: string): string;
  noStatements(query: string): string;
  /** The actor typed was only mentions, markup or invisible characters. */
  noActorName: string;
  didYouMean(names: string[]): string;
  /** People of the surname asked for with another given name: someone else, offered as such. */
  sameSurname(names: string[]): string;
  /** Said after "no statements" while `files` new or changed seed files are still being read. */
  stillReading(files: number): string;
  mostQuoted(names: string[]): string;
  whichOne(query: string, names: string[]): string;
  /** After a candidate's name: the articles name them but quote nothing of theirs. */
  notQuoted: string;
  /** People a query found whom the articles name but never quote: each name with the form that matched. */
  namedOnly(matches: string[]): string;
  // problems
  somethingWentWrong(errorId: string): string;
  /** A slash command the bot no longer has (deleted by a later deploy), `command` as sent; `commands`, the bot's own as the client lists them. */
  commandGone(command: string, commands: string): string;
  /** A slash command sent without its required `option` (as the client names it). */
  optionMissing(option: string, command: string, commands: string): string;
  /** A slash command sent with an option it no longer takes so (a definition older than the last deploy). */
  commandChanged(command: string, commands: string): string;
  slowDown(seconds: number): string;
  restarting: string;
  pageExpired: string;
  // console mode
  banner(articles: number): string;
  consoleHelp: string;
  /** An example question for the banner, about the corpus's most quoted speaker when there is one. */
  exampleQuestion(speaker: string | undefined): string;
  unknownCommand(command: string): string;
  /** A console line typed without the slash: what to type instead (`suggestion`, a whole command line, shortened). */
  withoutCommand(suggestion: string): string;
  /** A console command's whole-number argument (`argument`, as the asker's language names it) typed as `typed`, which is not one from `min`. */
  notAWholeNumber(typed: string, argument: string, command: string, min: number): string;
  /** A console command typed without the name it needs; `example`, a name the corpus has, if any. */
  missingArgument(argument: string, command: string, example: string | undefined): string;
  // command line
  /** What `cli index` found: counts, and whether the index was restored or built. */
  indexed(articles: number, passages: number, statements: number, restored: boolean): string;
}

const spanishNumber = new Intl.NumberFormat('es', { maximumFractionDigits: 1 });
const englishNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** `count` with the noun form its language's plural rules ask for ("1 passage", "2 passages", "1 pasaje"). */
function counter(locale: Language, format: Intl.NumberFormat) {
  const rules = new Intl.PluralRules(locale);
  return (count: number, one: string, other: string) => `${format.format(count)} ${rules.select(count) === 'one' ? one : other}`;
}
const spanishCount = counter('es', spanishNumber);
const englishCount = counter('en', englishNumber);

const es: Strings = {
  extractiveMode: 'Respuesta extractiva',
  llmMode: 'Resumen redactado por un LLM',
  seconds: (value) => `${spanishNumber.format(value)} s`,
  writing: 'Redactando la respuesta…',
  sources: 'Fuentes',
  moreSources: 'Más fuentes',
  allSourcesFor: (question) => `Todas las fuentes de: ${question}`,
  noSources: 'Esta respuesta no cita ningún artículo.',
  helpful: 'Útil',
  unhelpful: 'No útil',
  thanksForVote: '¡Gracias por tu valoración!',
  alreadyVoted: 'Ya valoraste esta respuesta.',
  answerExpired: 'Esta respuesta ya no está en memoria: vuelve a preguntar con /preguntar.',
  continued: '(continúa)',
  indexedArticles: 'Artículos indexados',
  noArticles: 'Todavía no hay artículos indexados: los archivos que añadas a la carpeta de artículos aparecerán aquí en unos segundos.',
  previous: 'Anterior',
  next: 'Siguiente',
  pageOf: (page, pages) => `Página ${page} de ${pages}`,
  noSuchPage: (requested, shown) => `No hay página ${requested}; esta es la ${shown}.`,
  articleCount: (count) => spanishCount(count, 'artículo', 'artículos'),
  size: (words, passages) => `${spanishCount(words, 'palabra', 'palabras')}, ${spanishCount(passages, 'pasaje', 'pasajes')}`,
  byline: (author) => `por ${author}`,
  undated: 'sin fecha',
  // A label, not "de X": Spanish names some speakers with an article ("del Kremlin", "de la ONU") and others without ("de Rusia").
  statementsBy: (actor) => `Declaraciones: ${actor}`,
  statementsThrough: (country, places) => `Declaraciones de «${country}» (${places.join(', ')})`,
  statementsFor: (actor, query) => `Declaraciones: ${actor} (por «${query}»)`,
  actorTooLong: (length, limit) => `El nombre es demasiado largo (${length} caracteres; el máximo es ${limit}). Acórtalo, por favor.`,
  statementsCarriedBy: (channel) => `Declaraciones difundidas por ${channel}`,
  statementsByAndCarried: (medium) => `Declaraciones: ${medium}, y las de otros que difundió`,
  describedOnly: (query, matches) => `«${query}» no es nadie a quien citen los artículos, pero aparece en cómo describen a: ${matches.join(', ')}. Pide sus declaraciones por su nombre.`,
  alsoDescribed: (query, matches) => `«${query}» aparece también en cómo describen a: ${matches.join(', ')}. Pide sus declaraciones por su nombre.`,
  reported: 'En estilo indirecto:',
  reportedBy: (speaker) => `${speaker} (en estilo indirecto):`,
  via: (channel) => `vía ${channel}`,
  statementCount: (statements, articles) =>
    `${spanishCount(statements, 'declaración', 'declaraciones')} en ${spanishCount(articles, 'artículo', 'artículos')}`,
  statementsShown: (from, to, total, oneArticle, next) => {
    const range = from === 1 ? `las ${to} primeras de ${total}` : `de la ${from} a la ${to} de ${total}`;
    const order = oneArticle ? 'en el orden del artículo' : 'de los artículos más recientes a los más antiguos';
    return `(Se muestran ${range}, ${order}.${next ? ` Siguientes: ${next}` : ''})`;
  },
  noStatements: (query) => `No encontré declaraciones de «${query}» en los artículos.`,
  noActorName: 'Lo que escribiste no contiene el nombre de ninguna persona ni organización (las menciones de Discord no cuentan).',
  didYouMean: (names) => `¿Quizás buscabas: ${names.join(', ')}?`,
  sameSurname: (names) => `Con el mismo apellido pero otro nombre de pila (otra persona): ${names.join(', ')}.`,
  stillReading: (files) => `(Aún estoy leyendo ${files === 1 ? 'un archivo nuevo o cambiado' : `${files} archivos nuevos o cambiados`} de la carpeta de artículos: vuelve a preguntar cuando termine.)`,
  mostQuoted: (names) => `Los más citados en los artículos: ${names.join(', ')}.`,
  whichOne: (query, names) => `«${query}» puede referirse a varias personas: ${names.join(', ')}. ¿A quién te refieres?`,
  notQuoted: 'nombrado en los artículos, sin declaraciones atribuidas',
  namedOnly: (matches) => `Los artículos nombran a ${matches.join(', ')}, pero no encontré ninguna declaración atribuida a su nombre.`,
  somethingWentWrong: (errorId) => `Algo ha fallado por mi parte (error ${errorId}). Inténtalo de nuevo en un momento.`,
  commandGone: (command, commands) => `El comando ${command} ya no existe: se retiró en una actualización del bot, aunque tu Discord aún lo muestre. Mis comandos son: ${commands}.`,
  optionMissing: (option, command, commands) => `Al comando ${command} le falta «${option}», que es obligatorio: vuelve a escribirlo con ese dato. Mis comandos son: ${commands}.`,
  commandChanged: (command, commands) =>
    `El comando ${command} ha cambiado desde que tu Discord lo cargó: vuelve a escribirlo desde la lista de comandos (si sigue igual, recarga Discord con Ctrl+R). Mis comandos son: ${commands}.`,
  slowDown: (seconds) => `Vas un poco rápido: inténtalo de nuevo en ${seconds} s.`,
  restarting: 'El bot se está reiniciando: inténtalo de nuevo en un minuto.',
  pageExpired: 'Esta página ya no existe: vuelve a usar el comando.',
  banner: (articles) => `Hemeroteca: ${spanishCount(articles, 'artículo indexado', 'artículos indexados')}. Escribe un comando por línea (Ctrl-D para salir), por ejemplo:`,
  consoleHelp: 'Comandos: /preguntar <pregunta>, /fuentes [página], /citas <nombre> [página]',
  exampleQuestion: (speaker) => (speaker ? `¿Qué dijo ${speaker}?` : '¿De qué tratan los artículos?'),
  unknownCommand: (command) => `No conozco «${command}».`,
  withoutCommand: (suggestion) => `Los comandos empiezan por «/». Escribe: ${suggestion}`,
  notAWholeNumber: (typed, argument, command, min) => `«${typed}» no vale como ${argument}: escribe un número entero desde ${min}, por ejemplo ${command} ${min}.`,
  missingArgument: (argument, command, example) => `Falta el ${argument}: escribe ${command} seguido de un nombre${example ? `, por ejemplo ${command} ${example}` : ''}.`,
  indexed: (articles, passages, statements, restored) =>
    `${spanishCount(articles, 'artículo', 'artículos')}, ${spanishCount(passages, 'pasaje', 'pasajes')}, ${spanishCount(statements, 'declaración', 'declaraciones')} (${restored ? 'índice restaurado' : 'índice construido'}).`,
};

const en: Strings = {
  extractiveMode: 'Extractive answer',
  llmMode: 'Summary written by an LLM',
  seconds: (value) => `${englishNumber.format(value)} s`,
  writing: 'Writing the answer…',
  sources: 'Sources',
  moreSources: 'More sources',
  allSourcesFor: (question) => `All sources for: ${question}`,
  noSources: 'This answer cites no article.',
  helpful: 'Helpful',
  unhelpful: 'Not helpful',
  thanksForVote: 'Thanks for the feedback!',
  alreadyVoted: 'You already rated this answer.',
  answerExpired: 'This answer is no longer in memory: ask again with /ask.',
  continued: '(continued)',
  indexedArticles: 'Indexed articles',
  noArticles: 'No articles are indexed yet: files you add to the articles folder appear here within seconds.',
  previous: 'Previous',
  next: 'Next',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  noSuchPage: (requested, shown) => `There is no page ${requested}; this is page ${shown}.`,
  articleCount: (count) => englishCount(count, 'article', 'articles'),
  size: (words, passages) => `${englishCount(words, 'word', 'words')}, ${englishCount(passages, 'passage', 'passages')}`,
  byline: (author) => `by ${author}`,
  undated: 'undated',
  statementsBy: (actor) => `What ${actor} said`,
  statementsThrough: (country, places) => `What “${country}” said (${places.join(', ')})`,
  statementsFor: (actor, query) => `What ${actor} said (for “${query}”)`,
  actorTooLong: (length, limit) => `The name is too long (${length} characters; the limit is ${limit}). Please shorten it.`,
  statementsCarriedBy: (channel) => `Statements carried by ${channel}`,
  statementsByAndCarried: (medium) => `What ${medium} said, and others' words it carried`,
  describedOnly: (query, matches) => `“${query}” is nobody the articles quote, but it appears in how they describe: ${matches.join(', ')}. Ask for one of them by name.`,
  alsoDescribed: (query, matches) => `“${query}” also appears in how they describe: ${matches.join(', ')}. Ask for one of them by name.`,
  reported: 'Reported:',
  reportedBy: (speaker) => `${speaker} (reported):`,
  via: (channel) => `via ${channel}`,
  statementCount: (statements, articles) =>
    `${englishCount(statements, 'statement', 'statements')} in ${englishCount(articles, 'article', 'articles')}`,
  statementsShown: (from, to, total, oneArticle, next) => {
    const range = from === 1 ? `the first ${to} of ${total}` : `${from} to ${to} of ${total}`;
    const order = oneArticle ? "in the article's order" : 'newest articles first';
    return `(Showing ${range}, ${order}.${next ? ` Next: ${next}` : ''})`;
  },
  noStatements: (query) => `I found no statements by “${query}” in the articles.`,
  noActorName: 'What you typed names no person or organisation (Discord mentions do not count).',
  didYouMean: (names) => `Did you mean: ${names.join(', ')}?`,
  sameSurname: (names) => `Of the same surname but another given name (someone else): ${names.join(', ')}.`,
  stillReading: (files) => `(I am still reading ${files === 1 ? 'a new or changed file' : `${files} new or changed files`} in the articles folder: ask again once it is done.)`,
  mostQuoted: (names) => `The most quoted in the articles: ${names.join(', ')}.`,
  whichOne: (query, names) => `“${query}” could mean several people: ${names.join(', ')}. Which one do you mean?`,
  notQuoted: 'named in the articles, no statement attributed',
  namedOnly: (matches) => `The articles name ${matches.join(', ')}, but I found no statement attributed to them.`,
  somethingWentWrong: (errorId) => `Something went wrong on my side (error ${errorId}). Please try again in a moment.`,
  commandGone: (command, commands) => `The command ${command} no longer exists: it was removed when the bot was updated, though your Discord still shows it. My commands are: ${commands}.`,
  optionMissing: (option, command, commands) => `The command ${command} is missing “${option}”, which it needs: type it again with that filled in. My commands are: ${commands}.`,
  commandChanged: (command, commands) =>
    `The command ${command} has changed since your Discord loaded it: pick it again from the command list (if it looks the same, reload Discord with Ctrl+R). My commands are: ${commands}.`,
  slowDown: (seconds) => `You're going a bit fast: try again in ${seconds} s.`,
  restarting: 'The bot is restarting: try again in a minute.',
  pageExpired: 'This page no longer exists: run the command again.',
  banner: (articles) => `Hemeroteca: ${englishCount(articles, 'article indexed', 'articles indexed')}. Type one command per line (Ctrl-D to quit), for example:`,
  consoleHelp: 'Commands: /ask <question>, /sources [page], /quote <name> [page]',
  exampleQuestion: (speaker) => (speaker ? `What did ${speaker} say?` : 'What are the articles about?'),
  unknownCommand: (command) => `Unknown command “${command}”.`,
  withoutCommand: (suggestion) => `Commands start with “/”. Type: ${suggestion}`,
  notAWholeNumber: (typed, argument, command, min) => `“${typed}” is not a valid ${argument}: type a whole number from ${min}, for example ${command} ${min}.`,
  missingArgument: (argument, command, example) => `The ${argument} is missing: type ${command} followed by a name${example ? `, for example ${command} ${example}` : ''}.`,
  indexed: (articles, passages, statements, restored) =>
    `${englishCount(articles, 'article', 'articles')}, ${englishCount(passages, 'passage', 'passages')}, ${englishCount(statements, 'statement', 'statements')} (${restored ? 'restored from snapshot' : 'index built'}).`,
};

/**
 * The most of a user's typed text that a reply echoes back (a name, a page number, a command word): enough to recognise
 * it, never a pasted page (newcomer 24's D9: a 100,000-digit page number echoed whole). Discord's own option limits
 * (an integer, a 200-character name) do not hold for the console's and the CLI's lines.
 */
const ECHOED_CHARS = 60;

function echoed(typed: string): string {
  return truncateToFit(typed, ECHOED_CHARS);
}

/** `strings` with every echo of the user's typed text bounded to ECHOED_CHARS, for every front end at once. */
function withEchoesBounded(strings: Strings): Strings {
  return {
    ...strings,
    statementsFor: (actor, query) => strings.statementsFor(actor, echoed(query)),
    describedOnly: (query, matches) => strings.describedOnly(echoed(query), matches),
    alsoDescribed: (query, matches) => strings.alsoDescribed(echoed(query), matches),
    noStatements: (query) => strings.noStatements(echoed(query)),
    whichOne: (query, names) => strings.whichOne(echoed(query), names),
    unknownCommand: (command) => strings.unknownCommand(echoed(command)),
    notAWholeNumber: (typed, argument, command, min) => strings.notAWholeNumber(echoed(typed), argument, command, min),
  };
}

const STRINGS: Record<Language, Strings> = { es: withEchoesBounded(es), en: withEchoesBounded(en) };

/** The reply words and labels of `language`. */
export function stringsFor(language: Language): Strings {
  return STRINGS[language];
}

/** A text in both languages. */
export type Bilingual = Record<Language, string>;
