/**
 * How `/quote` presents statements, shared by the Discord and the text renderers: grouped by article
 * (newest first), a direct statement between quotation marks, a reported one labelled as such, each
 * with its channel when the article names one. Lines are unescaped text.
 */
import type { Language } from '../corpus/types.js';
import { MAX_ACTOR_QUERY_CHARS, channelKey } from '../quotes/book/keys.js';
import { nameKey } from '../quotes/normalize.js';
import { isBareRole } from '../quotes/reference.js';
import { DEFINITE_SINGULAR, INDEFINITE_DETERMINERS } from '../quotes/lexicon.js';
import { groupBy } from '../arrays.js';
import type { QuoteResult, Statement } from '../quotes/types.js';
import { truncateToFit } from './fit.js';
import { inlineText } from './inline.js';
import { formatDate } from './dates.js';
import { stringsFor, type Strings } from './strings.js';

export interface ArticleStatements {
  /** "Title (date)" or "Title (undated)". */
  heading: string;
  lines: string[];
}

const QUOTATION_MARKS: Record<Language, [string, string]> = { es: ['«', '»'], en: ['“', '”'] };

/**
 * Statements (as shown: `shownStatements`) grouped by article, newest first. `speakers`: each line names who spoke, for a list that is not
 * one speaker's (the statements a channel such as "KCNA" carried).
 */
export function groupByArticle(statements: readonly Statement[], language: Language, speakers = false): ArticleStatements[] {
  const strings = stringsFor(language);
  return [...groupBy(statements, (statement) => statement.articleId).values()]
    .sort((a, b) => (b[0].date ?? '').localeCompare(a[0].date ?? ''))
    .map((group) => ({
      heading: `${inlineText(group[0].title)} (${formatDate(group[0].date, language) ?? strings.undated})`,
      lines: group.map((statement) => statementLine(statement, language, speakers && statement.speaker ? inlineText(statement.speaker) : undefined)),
    }));
}

/**
 * The statements as shown: a quoted fragment inside reported speech ("calificó el acuerdo de «histórico»")
 * is a statement of its own in the data (issue 16: a mixed quotation gives both), but the reported line
 * already shows it between its quotation marks; listed again, it would read as said twice. Nor is a statement
 * listed again when another article carries the same words.
 */
export function shownStatements(statements: readonly Statement[]): Statement[] {
  // Compared within an article only: a much-quoted actor has thousands of statements across the archive.
  const reportedIn = groupBy(statements.filter((statement) => statement.kind === 'indirect'), (statement) => statement.articleId);
  const inside = (fragment: Statement, around: Statement) => around.speaker === fragment.speaker && around.start <= fragment.start && fragment.end <= around.end;
  // The same words of the same speaker in two articles (a story saved twice, as a page and as text; a wire story two
  // outlets ran) are one statement: shown once, from the first article in the order given (the newest in /quote's).
  const seen = new Set<string>();
  return statements.filter((statement) => {
    if (statement.kind === 'direct' && (reportedIn.get(statement.articleId) ?? []).some((around) => inside(statement, around))) return false;
    const key = [statement.speaker, statement.kind, statement.text.normalize('NFC').replace(/\s+/gu, ' ').trim()].join('\u0000');
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** One statement's line; `speaker`, when the line names who spoke: "Kim: “…”", "Kim (reported): …". */
function statementLine(statement: Statement, language: Language, speaker?: string): string {
  const strings = stringsFor(language);
  const [open, close] = QUOTATION_MARKS[language];
  const text = inlineText(statement.text);
  const label = speaker === undefined ? strings.reported : strings.reportedBy(speaker);
  const said = statement.kind === 'indirect' ? `${label} ${text}` : speaker === undefined ? `${open}${text}${close}` : `${speaker}: ${open}${text}${close}`;
  return statement.via === null ? said : `${said} (${strings.via(inlineText(statement.via))})`;
}

/**
 * What /quote says instead of looking `query` up when it is longer than a lookup reads (MAX_ACTOR_QUERY_CHARS, in
 * characters: a pasted paragraph would be cut and answered for its first words); undefined when it is not.
 */
export function actorTooLong(query: string, language: Language): string | undefined {
  const length = [...query.trim()].length;
  return length > MAX_ACTOR_QUERY_CHARS ? stringsFor(language).actorTooLong(length, MAX_ACTOR_QUERY_CHARS) : undefined;
}

/** The title line of a non-empty result: whose statements, and how many. */
export function quoteTitle(result: QuoteResult, language: Language): string {
  const strings = stringsFor(language);
  if (result.channel) return strings.statementsCarriedBy(inlineText(result.channel));
  const actor = result.actor === null ? askedFor(result) : midSentence(inlineText(result.actor));
  // "EEUU", "United States", "la alcaldesa": say what was asked, so the reader sees how it matched.
  // A country speaking through its capital or seat of government: say which ones ("Kremlin, Pyongyang y Moscú").
  if (result.resolvedBy === 'country') return strings.statementsThrough(askedFor(result), speakersOf(result.statements).map(inlineText));
  const described = describedAs(result);
  if (relaysOthers(result) && !result.resolvedBy) return strings.statementsByAndCarried(actor);
  return result.resolvedBy ? strings.statementsFor(described === undefined ? actor : `${actor}, ${inlineText(described)}`, askedFor(result)) : strings.statementsBy(actor);
}

/** Articles that may open a description of a speaker ("Un funcionario", "El portavoz", "Los abogados"). */
const ARTICLES = new Set([...INDEFINITE_DETERMINERS, ...DEFINITE_SINGULAR, 'los', 'las']);

/**
 * A speaker's name as it reads inside a sentence: a description the article gave in place of a name, capitalised only
 * because it began the article's sentence, is no name. An article then a word in lower case ("Un funcionario
 * vietnamita", "El portavoz del ministerio", "A senior official"), or a bare role ("Ministra", "Former mayor": book.ts's
 * isBareRole): "What un funcionario vietnamita said", "What former mayor said", not "What Un…". Names keep their
 * capitals ("El Faro").
 */
function midSentence(actor: string): string {
  const [first = '', second = ''] = actor.split(/\s+/);
  const description = (ARTICLES.has(first.toLowerCase()) && /^\p{Ll}/u.test(second)) || isBareRole(actor);
  return description ? `${first.toLowerCase()}${actor.slice(first.length)}` : actor;
}

/** The speakers of `statements`, each once, in order. */
function speakersOf(statements: readonly Statement[]): string[] {
  return [...new Set(statements.flatMap((statement) => (statement.speaker ? [statement.speaker] : [])))];
}

/**
 * Whether each line of a /quote reply names its speaker: a channel's statements, a country's through several places, or
 * a medium's own beside those of others it carried.
 */
export function namesSpeakers(result: QuoteResult): boolean {
  return result.channel !== undefined || (result.resolvedBy === 'country' && speakersOf(result.statements).length > 1) || relaysOthers(result);
}

/**
 * Whether the actor found is a medium whose statements include others' words it carried ("el ministro dijo a Reuters…"
 * among Reuters' own): listed with it, each keeping its speaker and channel, so the reply must say whose each is.
 */
function relaysOthers(result: QuoteResult): boolean {
  if (result.actor === null) return false;
  const medium = nameKey(result.actor).replace(/ /g, '');
  return result.statements.some((statement) => statement.speaker !== result.actor && channelKey(statement) === medium);
}

/** How many statements are shown (`shown`: the result's `shownStatements`) and in how many articles. */
export function quoteSummary(shown: readonly Statement[], language: Language): string {
  const articles = new Set(shown.map((statement) => statement.articleId)).size;
  return stringsFor(language).statementCount(shown.length, articles);
}

/** The query as the reply repeats it: on one line, and no more of it than a lookup reads. */
function askedFor(result: QuoteResult): string {
  return truncateToFit(inlineText(result.query), MAX_ACTOR_QUERY_CHARS);
}

/**
 * For statements found through a country's capital ("Kremlin" for "Rusia"): the people the articles describe with the
 * country (`related`), offered beside them; undefined when there are none.
 */
export function alsoDescribed(result: QuoteResult, language: Language): string | undefined {
  // The speaker shown, when the query found them by how they are described ("directora de la ONT" for "ONT"), is said in
  // the title (`quoteTitle`): offering them again, to be asked for by name, would contradict the statements shown.
  const others = (result.related ?? []).flatMap((name, i) => (name === result.actor ? [] : [{ name, as: result.matchedAs?.[i] ?? name }]));
  return others.length > 0 ? stringsFor(language).alsoDescribed(askedFor(result), relatedMatches(others.map(({ name }) => name), others.map(({ as }) => as))) : undefined;
}

/** How the query described the speaker shown, when it found them so ("directora de la ONT" for "ONT"); undefined otherwise. */
function describedAs(result: QuoteResult): string | undefined {
  const at = result.actor === null ? -1 : (result.related ?? []).indexOf(result.actor);
  const form = at < 0 ? undefined : result.matchedAs?.[at];
  return form !== undefined && form !== result.actor ? form : undefined;
}

/** Each related speaker with the form of them the query matched, when it differs from the name: "Vladimir Putin (presidente ruso)". */
function relatedMatches(related: readonly string[], matchedAs: readonly string[] | undefined): string[] {
  return related.map((name, i) => {
    const form = matchedAs?.[i];
    return form && form !== name ? `${inlineText(name)} (${inlineText(form)})` : inlineText(name);
  });
}

/** Why there is nothing to show: several actors fit the query, or none does (with close names, if any). */
export function nothingToQuote(result: QuoteResult, language: Language): string {
  const strings = stringsFor(language);
  if (result.archiveEmpty) return strings.noArticles;
  const reason = nothingFound(result, strings);
  return result.filesPending ? `${reason} ${strings.stillReading(result.filesPending)}` : reason;
}

function nothingFound(result: QuoteResult, strings: Strings): string {
  const query = askedFor(result);
  // People the articles name but never quote, said so beside their names ("Emmanuel Macron (presidente de Francia; nombrado en los artículos, sin declaraciones atribuidas)").
  const unquoted = new Map((result.unquoted ?? []).map((name, i) => [name, result.unquotedAs?.[i] ?? name]));
  const candidate = (name: string) => {
    const as = unquoted.get(name);
    return as === undefined ? inlineText(name) : `${inlineText(name)} (${as === name ? '' : `${inlineText(as)}; `}${strings.notQuoted})`;
  };
  if (result.candidates.length > 1) return strings.whichOne(query, result.candidates.map(candidate));
  if (result.related?.length) {
    const described = strings.describedOnly(query, relatedMatches(result.related, result.matchedAs));
    return unquoted.size > 0 ? `${described} ${strings.namedOnly(relatedMatches([...unquoted.keys()], [...unquoted.values()]))}` : described;
  }
  // A query with no letter or digit left (an emoji, punctuation, only mentions) names nobody: said so, not "no statements by 😀".
  const notFound = result.actor ? strings.noStatements(inlineText(result.actor)) : /[\p{L}\p{N}]/u.test(query) ? strings.noStatements(query) : strings.noActorName;
  const noneFound = unquoted.size > 0 ? `${notFound} ${strings.namedOnly(relatedMatches([...unquoted.keys()], [...unquoted.values()]))}` : notFound;
  if (result.suggestions.length > 0) {
    // Someone else of the same surname ("Ruth Calder" for "Tom Calder") is said to be another person, not a near spelling.
    const others = new Set(result.otherGivenName ?? []);
    const near = result.suggestions.filter((name) => !others.has(name)).map(inlineText);
    const sameSurname = others.size > 0 ? strings.sameSurname([...others].map(inlineText)) : '';
    return [noneFound, near.length > 0 ? strings.didYouMean(near) : '', sameSurname].filter(Boolean).join(' ');
  }
  return result.mostQuoted?.length && unquoted.size === 0 ? `${noneFound} ${strings.mostQuoted(result.mostQuoted.map(inlineText))}` : noneFound;
}
