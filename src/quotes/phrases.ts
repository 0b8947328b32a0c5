/**
 * Reading a stretch of tokens as the noun phrase that names a speaker: a proper name with or without a
 * title ("el presidente ruso Vladimir Putin"), a title alone ("la alcaldesa"), a group or anonymous source
 * ("Funcionarios de Washington y Seúl", "a senior French diplomat"), a news medium, or a pronoun.
 */
import type { Sentence, Token } from './tokens.js';
import { institutionRun, isPunct, nameEnd, personStart, startsLower, startsUpper, titleComplementStart } from './tokens.js';
import { closesLocution } from './cues.js';
import { ownOutletEnd } from './own-outlet.js';
import { isOrganisationReference } from './reference.js';
import { COMPARATIVE_SUBORDINATORS, DATA_NOUNS, DOCUMENT_NOUNS, FOCUS_PARTICLES, KIN_NOUNS, PARTISAN_NOUNS, PROGRAMME_NOUNS, SINGULAR_PERSON_NOUNS, WRITING_VERBS, isTitleNoun, isTitlePlural } from './lexicon.js';
import {
  ADVERBIAL_SUBORDINATORS, AUXILIARIES, CHANNEL_NOUNS, CHANNEL_PREPOSITIONS, CLAUSE_WORDS, COLLECTIVE_NOUNS, DATIVE_PREPOSITIONS, COORDINATORS, DEFINITE_SINGULAR, DETERMINERS, GROUP_NOUNS, GROUP_PRONOUNS, INDEFINITE_DETERMINERS, INSTITUTION_NOUNS, MEDIUM_NOUNS,
  NAME_ARTICLES, NAME_PREPOSITIONS, PART_NOUNS, PARTITIVES, PHRASE_PREPOSITIONS, PLURAL_PRONOUNS, PRONOUNS, QUANTIFIERS, SKIPPABLE, SOURCE_MARKERS, SPOKESPERSON_NOUNS, TELLING, speechVerb,
} from './lexicon.js';

export type PhraseReading =
  /** A proper name, possibly after a title; `title` is that title phrase ("líder norcoreano"), if any. */
  | { kind: 'name'; name: string; title: string | null; mediumTitle: boolean; spokesperson?: string }
  /**
   * A title without a name: it refers to whoever the article gave that title. `possessed` after a possessive ("her
   * neighbor", "su portavoz"): someone of another's, never the person in focus.
   */
  | { kind: 'title'; title: string; medium: boolean; possessed?: boolean }
  /**
   * A definite noun phrase with a head noun no list knows, as the subject of a verb of saying ("cuestionó el
   * corporado", "la autoridad monetaria indicó"): a role that can only refer back to someone named earlier.
   */
  | {
      kind: 'role';
      text: string;
      /** The whole phrase when the role is another's ("Un portavoz de la entidad"): the speaker as written if the role refers to nobody. */
      asWritten?: string;
    }
  /** A group, institution or anonymous source, named by the phrase itself. */
  | { kind: 'group'; text: string }
  /** "él", "he"; `plural` for "ellos", "they", which can only refer to a group. */
  | { kind: 'pronoun'; plural?: boolean; organisation?: boolean };

/** Tokens a speaker phrase may have after its article: an institution's full name runs long ("Relatoría Especial para la Libertad de Expresión de la…"). */
const MAX_PHRASE_TOKENS = 16;

/**
 * "Senator Amy Klobuchar of Minnesota", "Rep. Jim Jordan of Ohio": a titled person's name followed by "of" and one
 * capitalised word (the place they represent) is the name before "of". Only English "of": Spanish "de" joins surnames.
 */
function withoutHomePlace(name: string): string {
  const place = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+) of \p{Lu}[\p{L}.-]*$/u.exec(name);
  return place ? place[1]! : name;
}

/** English object pronouns ("according to him"); the Spanish ones after "según" are the subject forms. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** A role noun, or an abbreviated one ("Mr.", "Pdte.", "Gen."). */
function isTitleWord(token: Token): boolean {
  return isTitleNoun(token.key) || token.abbreviation === true;
}

function slice(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

function isLowerCase(token: Token): boolean {
  return token.kind === 'word' && startsLower(token.text);
}

function isPossessive(token: Token): boolean {
  return /['’]s$/.test(token.text);
}

/** Where a run of proper names joined by "y"/"and"/commas ends, starting at `from`; -1 if it is not one. */
function coordinatedNamesEnd(tokens: Token[], from: number, to: number): number {
  let i = from;
  let names = 0;
  while (i < to) {
    const end = nameEnd(tokens, i);
    if (end === i) return -1;
    names++;
    i = end;
    if (i < to && (COORDINATORS.has(tokens[i]!.key) || tokens[i]!.text === ',')) i++;
    else break;
  }
  return names >= 2 && i === to ? i : -1;
}

/** Endings of nouns for a person by what they do ("consultant", "economist", "actress", "antropólogo", "periodista", "investigadora"). */
export const AGENT_NOUN = /(?:ist|ant|ent|er|or|ess|ian|ista|ante|ente|olog[oa]|ora|ari[oa])$/;

/** A noun for a role or for one person ("spokeswoman", "alcaldesa", "official", "periodista"). */
export function isRoleNoun(token: Token): boolean {
  return isTitleNoun(token.key) || SINGULAR_PERSON_NOUNS.has(token.key) || SPOKESPERSON_NOUNS.has(token.key);
}

/** Lower-case words a title before one of two coordinated names may have ("la capitana", "the team's head coach"). */
const MAX_COORDINATED_TITLE_WORDS = 3;

/**
 * Two people joined as one subject, each with a title of their own ("el entrenador Tomás Ibarra y la capitana Lucía
 * Ferrer", "coach Tom Ibarra and captain Lucy Ferrer"): their names joined as the text wrote the coordinator ("Tomás Ibarra
 * y Lucía Ferrer"), so both are credited; undefined for any other phrase in [from, to). A title is an optional
 * determiner, then lower-case words opening with a noun for a person (a role, or an agent noun: "entrenador"), with no
 * preposition: in "el ministro de Justicia y Seguridad Pública" the names are the title's complement.
 */
function titledCoordination(text: string, tokens: Token[], from: number, to: number): string | undefined {
  const titledName = (at: number): { name: [number, number]; titled: boolean } | undefined => {
    let i = DETERMINERS.has(tokens[at]?.key ?? '') ? at + 1 : at;
    const titleStart = i;
    if (tokens[i] !== undefined && isLowerCase(tokens[i]!) && (isRoleNoun(tokens[i]!) || AGENT_NOUN.test(tokens[i]!.key))) while (i - titleStart < MAX_COORDINATED_TITLE_WORDS && tokens[i] !== undefined && isLowerCase(tokens[i]!) && ![NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, DETERMINERS].some((words) => words.has(tokens[i]!.key))) i++;
    else i = capitalisedTitleEnd(tokens, i);
    const end = nameEnd(tokens, i);
    return end > i ? { name: [i, end], titled: i > titleStart } : undefined;
  };
  const first = titledName(from);
  const coordinator = first && tokens[first.name[1]];
  if (!first || !coordinator || !COORDINATORS.has(coordinator.key)) return undefined;
  const second = titledName(first.name[1] + 1);
  if (!second || second.name[1] !== to || !(first.titled || second.titled)) return undefined;
  return `${slice(text, tokens, ...first.name)} ${coordinator.text} ${slice(text, tokens, ...second.name)}`;
}

/**
 * Just past a capitalised title opening at `at` ("Chancellor", "Foreign Minister", "Sen.", "Chief Executive Officer"):
 * capitalised words up to the last role noun or abbreviated title among the first MAX_COORDINATED_TITLE_WORDS + 1, when a
 * name follows it; `at` when there is none.
 */
function capitalisedTitleEnd(tokens: Token[], at: number): number {
  let end = at;
  for (let i = at; i <= at + MAX_COORDINATED_TITLE_WORDS && tokens[i] !== undefined && !isLowerCase(tokens[i]!) && tokens[i]!.kind === 'word'; i++) {
    if (isTitleWord(tokens[i]!) && nameEnd(tokens, i + 1) > i + 1) end = i + 1;
  }
  return end;
}

/** A word that heads the title a name may have: a role, a medium or a group noun ("presidente", "agencia", "portavoces"). */
function isTitleHead(token: Token): boolean {
  return isTitleWord(token) || MEDIUM_NOUNS.has(token.key) || GROUP_NOUNS.has(token.key);
}

/**
 * Whether a title's head stands in the token range [from, to): `readPhrase` over any part of it reads a name with a
 * title only after one (a titled name, or a medium named before its noun), so a caller looking for one can skip it.
 */
export function holdsTitleHead(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isTitleHead(tokens[i]!)) return true;
  return false;
}

/** A token no speaker phrase holds: a quotation, punctuation other than an abbreviation's dot, a clause word, a verb of saying. */
function breaksPhrase(token: Token): boolean {
  return token.kind === 'quote' || (token.kind === 'punct' && token.text !== '.') || CLAUSE_WORDS.has(token.key) || (isLowerCase(token) && token.verb !== undefined);
}

/**
 * The first `from` at or after `lowest` for which `readPhrase(…, from, to)` can read a phrase: an earlier start
 * takes in a token that breaks every phrase, or more tokens than a phrase has. Callers that try every start
 * before `to` (the longest phrase that ends there) skip the starts that cannot read, which keeps them linear.
 */
export function phraseStartFloor(tokens: Token[], lowest: number, to: number): number {
  const floor = Math.max(lowest, to - MAX_PHRASE_TOKENS - 1);
  for (let i = to - 1; i > floor; i--) if (breaksPhrase(tokens[i]!)) return i;
  return floor;
}

/** Tokens `readPhrase` may skip before a phrase's words: an article, then a common noun's possessive ("the city's mayor"). */
const MAX_PHRASE_OPENERS = 2;

/**
 * The last `to` at or before `highest` for which `readPhrase(…, from, to)` can read a phrase: a later end takes in a
 * token that breaks every phrase after the openers it may skip, or more tokens than a phrase has. The counterpart of
 * `phraseStartFloor` for callers that try every end after `from` (the longest phrase opening a segment).
 */
export function phraseEndCeiling(tokens: Token[], from: number, highest: number): number {
  const ceiling = Math.min(highest, from + MAX_PHRASE_OPENERS + MAX_PHRASE_TOKENS);
  for (let i = from + MAX_PHRASE_OPENERS; i < ceiling; i++) if (breaksPhrase(tokens[i]!)) return i;
  return ceiling;
}

/** Definite articles that open a noun phrase (folded): capitalised inside a run of capitals, they open it again. */
const OPENING_ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);

/** Capitalised words after a body's own "de" from which the last two are a person's name (one of the complement, two of the name). */
const MIN_COMPLEMENT_AND_NAME_WORDS = 3;

/**
 * Where a phrase opens again after a page's label run into it ("Video The mayor said", "Person The governor said",
 * "Compartir El alcalde dijo": a button's, a caption's or a section's word the page left before the sentence): at a
 * capitalised article right after a capitalised word, since no name holds one inside, except a medium's ("Radio La
 * Red", "Diario El Tiempo"), whose Spanish article a capitalised word follows. Undefined when [from, to) has none.
 */
function afterPageLabel(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = from + 1; i < to - 1; i++) {
    const article = tokens[i]!;
    const before = tokens[i - 1]!;
    if (!OPENING_ARTICLES.has(article.key) || isLowerCase(article) || before.kind !== 'word' || isLowerCase(before)) continue;
    if (article.key === 'the' || isLowerCase(tokens[i + 1]!)) return i;
  }
  return undefined;
}

/**
 * The speaker a token range [from, to) names, or undefined when it is not a noun phrase we can read
 * (then nobody is credited).
 */
export function readPhrase(sentence: Sentence, text: string, from: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  const last = tokens[to - 1];
  const reading = readWords(sentence, text, from, to);
  // "an explanation for Vladimir Putin's alleged role": a possessive with its noun still to come ends no noun phrase, so a
  // described group or role cut there names nobody (a name before it is its owner, read as such: "Apple's spokesman").
  return reading && reading.kind !== 'name' && reading.kind !== 'pronoun' && last !== undefined && isPossessive(last) && tokens[to]?.kind === 'word' ? undefined : reading;
}

/** `readPhrase`'s reading of [from, to) before the check of where the phrase ends. */
function readWords(sentence: Sentence, text: string, from: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  if (to - from > 1 && FOCUS_PARTICLES.has(tokens[from]!.key)) return readPhrase(sentence, text, from + 1, to);
  const relabelled = afterPageLabel(tokens, from, to);
  if (relabelled !== undefined) return readPhrase(sentence, text, relabelled, to);
  // ", and the judge rejected…", ", though the official noted…": a conjunction joins the clause; the subject is the
  // phrase after it, never with it.
  if ((COORDINATORS.has(tokens[from]!.key) || ADVERBIAL_SUBORDINATORS.has(tokens[from]!.key)) && isLowerCase(tokens[from]!)) return undefined;
  const adjunct = anaphoricPlaceStart(tokens, from, to) ?? passiveAgentStart(tokens, from, to);
  if (adjunct !== undefined) return readPhrase(sentence, text, from, adjunct);
  let start = from;
  // Spanish "a" is a preposition ("a la alcaldesa", "a Rusia"); English "a" an article ("a senior diplomat").
  const next = tokens[start + 1];
  if (tokens[start]?.key === 'a' && (!next || (!/^\p{Ll}/u.test(next.text) && !isNumberCompound(next)) || DETERMINERS.has(next.key))) return undefined;
  // "according to her", "según él": an object pronoun alone refers back as a subject pronoun does.
  if (to - from === 1 && OBJECT_PRONOUNS.has(tokens[from]!.key)) return { kind: 'pronoun', plural: tokens[from]!.key === 'them' };
  // "Para él,", "según él": the accented pronoun folds to the article "el"; alone, it is the pronoun.
  if (to - from === 1 && PRONOUNS.has(tokens[from]!.key) && tokens[from]!.text.toLowerCase() !== 'el') return { kind: 'pronoun' };
  if (tokens[start] !== undefined && DETERMINERS.has(tokens[start]!.key)) start++;
  // "the nation's top infectious disease expert", "the city's mayor": a common noun's possessive after "the" makes a
  // person's role definite as "the" alone does (a proper name's, "Apple's spokesman", names whom the person speaks for).
  if (tokens[from]?.key === 'the' && start === from + 1 && start + 1 < to && isLowerCase(tokens[start]!) && isPossessive(tokens[start]!) && isPersonRole(tokens, start + 1, to)) start++;
  if (start >= to || to - start > MAX_PHRASE_TOKENS) return undefined;
  const words = tokens.slice(start, to);
  // "Ministerio de Agricultura, Pesca y Alimentación": a name whose commas list the fields of a body (tokens.ts) is one name.
  if (words.some((token) => isPunct(token, ',')) && nameEnd(tokens, start) === to) return { kind: 'name', name: slice(text, tokens, start, to), title: null, mediumTitle: false };
  if (words.some(breaksPhrase)) {
    // "Owen Pratt of Kessler & Vane": a firm's ampersand after a person's affiliation breaks nothing of the person's name.
    const affiliated = affiliatedPerson(tokens, start, to);
    return affiliated !== undefined && !tokens.slice(start, affiliated).some(breaksPhrase) ? { kind: 'name', name: slice(text, tokens, start, affiliated), title: null, mediumTitle: false } : undefined;
  }
  // "Varios párrafos más adelante agrega", "Two pages later it says": a measure of text or time before an adverb of
  // place or sequence is an adverbial, never who speaks.
  if (words.length > 1 && SEQUENCE_ADVERBS.has(words.at(-1)!.key)) return undefined;
  if (words.length === 1 && PRONOUNS.has(words[0]!.key)) return { kind: 'pronoun' };
  // "It said", "It denied…": an organisation named before (English has no subject pronoun for it in Spanish).
  if (words.length === 1 && words[0]!.key === 'it') return { kind: 'pronoun', organisation: true };
  if (words.length === 1 && PLURAL_PRONOUNS.has(words[0]!.key)) return { kind: 'pronoun', plural: true };
  if (words.length === 1 && GROUP_PRONOUNS.has(words[0]!.key)) return undefined;

  // "a statement from the university", "el comunicado del ministerio", "an inquiry by the paper", "el informe final de la
  // comisión": a document speaks for whose it is.
  const [document] = words;
  const ownerAt = document && (DOCUMENT_NOUNS.has(document.key) || CHANNEL_NOUNS.has(document.key)) ? documentAdjectivesEnd(tokens, start + 1, to) : to;
  const of = tokens[ownerAt];
  if (of && ownerAt + 1 < to && (NAME_PREPOSITIONS.has(of.key) || of.key === 'from' || of.key === 'by')) {
    const owner = readPhrase(sentence, text, ownerAt + 1, to);
    if (owner && owner.kind !== 'pronoun') return owner;
  }
  const ownedDocument = possessedDocument(sentence, text, from, to);
  if (ownedDocument) return ownedDocument;
  // "Studies suggest…": a document with no article names nobody who speaks. With one ("A statement said…", "cita el
  // documento"), and no maker named, it is the source as written, as the press cites it.
  if ((words.length === 1 && (DOCUMENT_NOUNS.has(words[0]!.key) || CHANNEL_NOUNS.has(words[0]!.key)))) {
    return start > from && isLowerCase(words[0]!) && !/s$/u.test(words[0]!.key) ? { kind: 'group', text: slice(text, tokens, start, to) } : undefined;
  }
  const data = unownedData(tokens, start, to);
  if (data !== undefined) return data > start ? readPhrase(sentence, text, start, data) : undefined;
  if (coordinatedNamesEnd(tokens, start, to) === to) return { kind: 'group', text: slice(text, tokens, start, to) };
  const titled = titledCoordination(text, tokens, start, to);
  if (titled) return { kind: 'group', text: titled };
  const group = readGroup(sentence, text, from, to);
  if (group) return group;
  // "los abogados del expresidente Hernández", "lawyers for Hernández": a plural noun of people with a complement is a
  // group that speaks for the one named in it, never that person.
  const pluralHead = tokens[start]!;
  if (isLowerCase(pluralHead) && (isTitlePlural(pluralHead.key) || (GROUP_NOUNS.has(pluralHead.key) && /s$/.test(pluralHead.key))) && start + 2 < to && (NAME_PREPOSITIONS.has(tokens[start + 1]!.key) || tokens[start + 1]!.key === 'for')) {
    return { kind: 'group', text: slice(text, tokens, start, to) };
  }
  const relative = describedRelative(tokens, from, start, to);
  if (relative !== undefined) return { kind: 'group', text: slice(text, tokens, relative, to) };
  const described = newcomerDescribed(tokens, from, to);
  if (described !== undefined) return { kind: 'group', text: slice(text, tokens, described, to) };
  const affiliated = affiliatedPerson(tokens, start, to);
  if (affiliated !== undefined) return { kind: 'name', name: slice(text, tokens, start, affiliated), title: null, mediumTitle: false };

  // "The Minnesota Democrat", "the veteran Republican": a party member after "the" is someone introduced before.
  if (tokens[from]!.key === 'the' && to - start <= MAX_ROLE_WORDS && PARTISAN_NOUNS.has(tokens[to - 1]!.key)) return { kind: 'role', text: slice(text, tokens, start, to) };
  // A name that ends the phrase, after a title with only adjectives in between ("el presidente ruso Vladimir Putin").
  const found = lastNameStart(tokens, start, to);
  const timeWords = found !== undefined && tokens.slice(found, to).every((token) => SKIPPABLE.has(token.key));
  const nameStart = found === undefined || timeWords ? undefined : personStart(tokens, found, to);
  if (nameStart !== undefined) {
    const name = slice(text, tokens, nameStart, to).replace(/['’]s$/, '');
    // "el Ministro de Salud", "el Miembro del Consejo de Estado": what follows "de" after a capitalised role is its
    // complement, a body; a person's name follows the complement ("el Secretario de Estado Antony Blinken").
    const complement = [nameStart - 1, nameStart].some((i) => NAME_PREPOSITIONS.has(tokens[i]?.key ?? '') || NAME_ARTICLES.has(tokens[i]?.key ?? ''));
    if ((nameStart === start || complement) && capitalisedTitle(tokens, from, start, to)) return { kind: 'title', title: slice(text, tokens, start, to), medium: MEDIUM_NOUNS.has(tokens[start]!.key) };
    if (nameStart === start) return { kind: 'name', name, title: null, mediumTitle: false };
    // "Ohio Republican Tom Cole", "said Democrat Ana Ruiz": a party label, after the place represented, labels the name.
    if (nameStart > found! && PARTISAN_NOUNS.has(tokens[nameStart - 1]!.key) && tokens.slice(start, found).every(isLowerCase)) return { kind: 'name', name, title: null, mediumTitle: false };
    const before = tokens.slice(start, nameStart);
    const firstHead = before.findIndex(isTitleHead);
    // "Police Chief Tom Brady", "Defense Secretary Lloyd Austin": a capitalised group or institution noun before the
    // role noun modifies it; the role heads the title. So does the institution's name with its own complement
    // ("Department of Correction spokesman Jason Kersten", "Office of the Mayor spokesman"): a lower-case "of", "the" or
    // "and" between its capitals is part of it, and the role is the last one before the name.
    const modifiedRole = firstHead >= 0 && GROUP_NOUNS.has(before[firstHead]!.key) ? before.findLastIndex((token, i) => i > firstHead && isTitleWord(token)) : -1;
    const linksCapitals = (run: Token[], i: number): boolean => {
      const next = run[i + 1];
      return i > 0 && [NAME_PREPOSITIONS, NAME_ARTICLES, COORDINATORS].some((words) => words.has(run[i]!.key)) && next !== undefined && (!isLowerCase(next) || linksCapitals(run, i + 1));
    };
    const institutionName = (token: Token, i: number, run: Token[]) => !isLowerCase(token) || linksCapitals(run, i);
    const headIndex = modifiedRole >= 0 && before.slice(firstHead, modifiedRole).every(institutionName) ? modifiedRole : firstHead;
    // "Officials in Washington and Ottawa", "el medio … de la capital Pyongyang": the name belongs to a complement.
    // A party's acronym before the name ("la diputada PS Emilia Nuyado") labels the person, complementing nothing.
    const labelled = nameStart > found! ? nameStart - found! : 0;
    const complemented = before
      .slice(headIndex + 1, before.length - labelled)
      .some((token) => NAME_PREPOSITIONS.has(token.key) || PHRASE_PREPOSITIONS.has(token.key) || COORDINATORS.has(token.key) || !isLowerCase(token));
    // "U.S. Secretary of State Antony Blinken": a capitalised (formal) title takes a capitalised complement.
    // A group noun heads no title: "Fuentes de ERC" (capitalised only as the sentence opens) are sources, not ERC.
    const formalTitle = headIndex >= 0 && !isLowerCase(before[headIndex]!) && !GROUP_NOUNS.has(before[headIndex]!.key) && before.slice(headIndex + 1).every((token) => !isLowerCase(token) || NAME_PREPOSITIONS.has(token.key) || NAME_ARTICLES.has(token.key));
    // "El diputado de Convergencia Social Diego Ibáñez": the title's capitalised complement runs into the person's name.
    // A complement with its own "de" ("directora del Instituto de Ciencias del Agua") is one name, not a name and a person.
    // So does one whose own small words join it ("la diputada de Unión por la Patria Florencia Carrizo"), and one with its
    // own "de" when three capitalised words or more follow it ("el politólogo de la Universidad de Concepción Ignacio
    // Ferrada"): a body's complement is a place or a noun and its adjective, a person's name the two words after them.
    const run = tokens.slice(found!, to);
    const lastLink = run.findLastIndex(isLowerCase);
    const complementRun =
      nameStart > found! && ((NAME_PREPOSITIONS.has(tokens[found! - 1]?.key ?? '') && tokens[found! - 2] !== undefined) || titleComplementStart(tokens, found!) !== undefined) &&
      (lastLink < 0 || run.length - lastLink - 1 >= MIN_COMPLEMENT_AND_NAME_WORDS);
    // "el gobierno Central", "the party's Federal council": a capitalised adjective after an institution's noun is part of
    // the institution's name, never a speaker by itself.
    const head = before[headIndex];
    if (head && isLowerCase(head) && isInstitutionNoun(head) && to - nameStart === 1 && ADJECTIVE_ENDING.test(tokens[nameStart]!.key)) {
      return { kind: 'group', text: slice(text, tokens, start, to) };
    }
    if (headIndex >= 0 && (!complemented || formalTitle || complementRun || formalField(tokens, before.slice(headIndex), nameStart, to))) {
      return { kind: 'name', name: withoutHomePlace(name), title: slice(text, tokens, start + Math.min(firstHead, headIndex), nameStart), mediumTitle: MEDIUM_NOUNS.has(before[headIndex]!.key) };
    }
    // "la candidata Ana Torres", "Shipping company Nordline": common nouns set before a name describe it.
    const describes = (token: Token, i: number) =>
      (isLowerCase(token) || (i === 0 && start === 0)) &&
      ![NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, GROUP_NOUNS, COORDINATORS, DETERMINERS].some((words) => words.has(token.key));
    // "Kremlin aide Yuri Ushakov", "White House candidate Joe Biden": a lower-case role noun right before the
    // name heads the description, whatever modifies it.
    const roleNoun = before.at(-1);
    const headedByRole = roleNoun !== undefined && isLowerCase(roleNoun) && describes(roleNoun, before.length - 1) && before.every((token) => token.kind === 'word' && ![CLAUSE_WORDS, PHRASE_PREPOSITIONS, NAME_PREPOSITIONS, NAME_ARTICLES, DETERMINERS, COORDINATORS].some((words) => words.has(token.key)));
    // "un comunicado del Departamento de Estado", "the report of the Commission": a document speaks for whose it is.
    const document = before.length === 2 && (CHANNEL_NOUNS.has(before[0]!.key) || DOCUMENT_NOUNS.has(before[0]!.key)) && NAME_PREPOSITIONS.has(before[1]!.key) && nameStart === found;
    // "las pruebas Aprender", "los premios Goya": a plural noun before a name says what kind of things it names, no person.
    const things = SPANISH_PLURAL_ARTICLES.has(tokens[from]!.key) && before.some((token) => isLowerCase(token) && /s$/.test(token.key));
    if (headIndex < 0 && !things && (before.every(describes) || headedByRole || complementRun || document)) {
      return { kind: 'name', name, title: null, mediumTitle: false };
    }
    // "The minister met Senator Ana Ruiz, who said…": a name after a title of its own, not the complement of a role before
    // it, ends another stretch of the clause; the words before are no role of the person.
    const ownTitle = tokens[nameStart - 1]!;
    if (nameStart - 1 > start && isTitleWord(ownTitle) && !isLowerCase(ownTitle) && ![NAME_PREPOSITIONS, NAME_ARTICLES, DETERMINERS].some((closed) => closed.has(tokens[nameStart - 2]!.key))) return undefined;
  }

  // No name at the end: the head noun decides. It comes within the first words ("a senior French diplomat").
  const firstHead = words.slice(0, 4).findIndex((token) => GROUP_NOUNS.has(token.key) || isTitleNoun(token.key) || MEDIUM_NOUNS.has(token.key) || isTitlePlural(token.key));
  if (firstHead < 0) return definiteGroup(tokens, text, from, start, to) ?? barePluralGroup(sentence, text, from, to) ?? unknownRole(sentence, text, from, start, to);
  // "the defense minister", "the police chief": a group noun right before a role noun modifies it; the role heads the phrase.
  const headOffset = GROUP_NOUNS.has(words[firstHead]!.key) && isTitleNoun(words[firstHead + 1]?.key ?? '') ? firstHead + 1 : firstHead;
  const head = words[headOffset]!;
  const leading = words.slice(0, headOffset);
  // "comes after health officials", "as one officer (put it)": a preposition, or a conjunction of comparison, before the
  // head makes it no subject phrase.
  if (leading.some((token) => PHRASE_PREPOSITIONS.has(token.key) || NAME_PREPOSITIONS.has(token.key) || COMPARATIVE_SUBORDINATORS.has(token.key))) return undefined;
  const phrase = slice(text, tokens, start, to);
  // "Kyodo news agency": a medium named before its noun.
  const leadingNameEnd = nameEnd(tokens, start);
  if (MEDIUM_NOUNS.has(head.key) && leadingNameEnd > start && !isPossessive(tokens[leadingNameEnd - 1]!)) {
    return { kind: 'name', name: slice(text, tokens, start, leadingNameEnd), title: phrase, mediumTitle: true };
  }
  // "la funcionaria", "the official": one person of a group noun, made definite, is someone named before, as a title is.
  // So is one with adjectives before the noun: "the top U.S. diplomat", "el principal diplomático".
  if (DEFINITE_SINGULAR.has(tokens[from]!.key) && start > from && SINGULAR_PERSON_NOUNS.has(head.key) && !leading.some(isPossessive)) return { kind: 'title', title: phrase, medium: false };
  // "medios locales", "la prensa local", "the media": media named by their noun alone are a group of sources, not one
  // medium the article named (as "el diario" is).
  const mediaAsGroup = MEDIUM_NOUNS.has(head.key) && (COLLECTIVE_MEDIA.has(head.key) || (/s$/.test(head.key) && !DEFINITE_SINGULAR.has(tokens[from]!.key)));
  // A group, an anonymous "un funcionario" or someone's "Karsk's foreign ministry" is named by the phrase itself.
  if (mediaAsGroup || GROUP_NOUNS.has(head.key) || isTitlePlural(head.key) || INDEFINITE_DETERMINERS.has(tokens[from]!.key) || leading.some(isPossessive)) return { kind: 'group', text: phrase };
  // "“I keep hearing that,” King said.": a capitalised title noun alone, with no article, is a surname (English and
  // Spanish take an article before a role that refers back), so the quotation is that person's, not whoever is in focus.
  if (words.length === 1 && start === from && !isLowerCase(head) && !head.abbreviation && !MEDIUM_NOUNS.has(head.key)) return { kind: 'name', name: phrase, title: null, mediumTitle: false };
  // "Her neighbor told her…", "su portavoz": a role of someone else's, never whom the possessive refers to.
  const possessed = start === from + 1 && POSSESSIVE_DETERMINERS.has(tokens[from]!.key);
  return { kind: 'title', title: phrase, medium: MEDIUM_NOUNS.has(head.key), ...(possessed ? { possessed } : {}) };
}

/**
 * Data in [start, to) whose owner is no one named ("government data", "official figures", "las cifras oficiales", "los
 * datos preliminares"): `start` when the phrase names nobody; the end of the name when a name before the noun owns the data
 * ("Census Bureau data" → "Census Bureau"); undefined when the phrase is no such data, or its owner follows it ("datos del
 * Banco Central", read as the owner's by the caller's document rule).
 */
function unownedData(tokens: Token[], start: number, to: number): number | undefined {
  const head = tokens[to - 1]!;
  if (to - start >= 2 && DATA_NOUNS.has(head.key) && isLowerCase(head)) {
    const owner = nameEnd(tokens, start);
    if (owner === to - 1) return owner;
    return tokens.slice(start, to - 1).every(isLowerCase) ? start : undefined;
  }
  // Spanish and Portuguese put the noun first: "cifras oficiales", "los datos preliminares".
  return DATA_NOUNS.has(tokens[start]!.key) && tokens.slice(start, to).every(isLowerCase) ? start : undefined;
}

/** Demonstratives that point back to a place or case named before ("dicho país", "ese lugar", "that country"), folded. */
const ANAPHORIC_DETERMINERS = new Set(['dicho', 'dicha', 'dichos', 'dichas', 'ese', 'esa', 'esos', 'esas', 'este', 'esta', 'aquel', 'aquella', 'that', 'this']);

/**
 * Where a closing adjunct of place that points back begins in [from, to) ("La defensa del exmandatario | en dicho país",
 * "el embajador | en ese país", "the lawyer | in that case"): no name holds a demonstrative, so the speaker is the
 * phrase before it. Undefined when the phrase ends otherwise.
 */
function anaphoricPlaceStart(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = to - 3; i > from; i--) if ((tokens[i]!.key === 'en' || tokens[i]!.key === 'in') && ANAPHORIC_DETERMINERS.has(tokens[i + 1]!.key) && isLowerCase(tokens[i + 2]!)) return i;
  return undefined;
}

/** A past participle (folded): Spanish "-ado(s)/-ada(s)", "-ido(s)/-ida(s)", English "-ed". */
const PARTICIPLE = /^\p{L}{3,}(?:[ai]d[oa]s?|ed)$/u;

/** Prepositions that introduce a passive's agent. */
const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['por', 'by']);

/** Capitalised words that end a passive's agent when it is a place and a person's name ("elegida por Madrid Ana Ruiz"). */
const PLACE_AND_NAME_WORDS = 3;

/**
 * Where a passive participle and its agent begin in [from, to) ("Fuentes de la empresa | consultadas por este diario",
 * "Sources at the ministry | contacted by this newspaper", "A spokesperson | reached by phone"): how the reporter got the
 * source, never part of who speaks, so the speaker is the phrase before it, when a noun of people heads it (not a name
 * ending in a participle's agent: "Ministerio de Agricultura, Pesca y…") and says who without it (not a bare plural: "expertos
 * consultados por Infobae"). Not when a person's name (three capitalised
 * words or more: a place and a name) ends the phrase, nor when the participle is itself a role ("el diputado por Salta").
 * Undefined when the phrase has no such participle.
 */
function passiveAgentStart(tokens: Token[], from: number, to: number): number | undefined {
  const start = DETERMINERS.has(tokens[from]!.key) ? from + 1 : from;
  const head = tokens[start]?.key ?? '';
  if (!GROUP_NOUNS.has(head) && !isTitleNoun(head) && !isTitlePlural(head) && !SINGULAR_PERSON_NOUNS.has(head)) return undefined;
  // "Según expertos consultados por Infobae": a bare noun says who the source is only with its participle.
  const participleAt = (i: number) => isLowerCase(tokens[i]!) && PARTICIPLE.test(tokens[i]!.key) && !isTitleNoun(tokens[i]!.key) && AGENT_PREPOSITIONS.has(tokens[i + 1]!.key);
  if (start === from && participleAt(start + 1)) return undefined;
  let capitals = 0;
  while (capitals < to - from && !isLowerCase(tokens[to - 1 - capitals]!)) capitals++;
  if (capitals >= PLACE_AND_NAME_WORDS) return undefined;
  for (let i = from + 1; i < to - 2; i++) if (participleAt(i)) return i;
  return undefined;
}

/**
 * Whether [start, to) after the article at `from` is a role the press writes with capitals, not a name: "el Miembro del
 * Buró Político", "la Rectora", "el Primer Secretario del Partido" (Caribbean and official style): role nouns right after
 * a definite article, alone or before their complement ("del", "de"); "el Papa Francisco" goes on with a name, and is one.
 */
function capitalisedTitle(tokens: Token[], from: number, start: number, to: number): boolean {
  if (start !== from + 1 || !DEFINITE_SINGULAR.has(tokens[from]!.key)) return false;
  // "el Primer Secretario del…", "el Secretario General de…": role nouns in a row head the title.
  let end = start;
  while (end < to && !isLowerCase(tokens[end]!) && isTitleNoun(tokens[end]!.key)) end++;
  return end > start && (end === to || NAME_PREPOSITIONS.has(tokens[end]!.key));
}

/**
 * Adjective endings of Spanish and English derivation (-al, -ar, -ico, -ivo, -ense, -ista, -ario, -ano; -ic, -ive, -ian,
 * -ary): "Central", "Federal", "Judicial", "Nacional", "Republicano", "Democratic". Read only after an institution's
 * noun, where a name would be the institution's own ("la empresa Acme", "el sindicato UGT").
 */
const ADJECTIVE_ENDING = /(?:al|ar|ic[oa]s?|iv[oa]s?|ense|ista|ari[oa]|an[oa]|ic|ive|ian|ary)$/;

/** A noun for an institution or a collective body, not for a person ("gobierno", "partido", "ministry"; not "asesor"). */
function isInstitutionNoun(token: Token): boolean {
  return (INSTITUTION_NOUNS.has(token.key) || GROUP_NOUNS.has(token.key)) && !isTitleWord(token) && !SINGULAR_PERSON_NOUNS.has(token.key) && !PERSON_GROUP_NOUNS.has(token.key);
}

/** Group nouns for people, before whom a name is a person's ("el asesor Juan Vidal", "the aide Maria Solano"). */
const PERSON_GROUP_NOUNS = new Set(['aide', 'adviser', 'advisor', 'asesor', 'asesora', 'persona', 'person', 'operative', 'source', 'fuente', 'official', 'diplomat']);

/** Possessive determiners ("her neighbor", "sus abogados"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'su', 'sus']);

/** Spanish plural articles, whose noun is plural whatever its ending. */
const SPANISH_PLURAL_ARTICLES = new Set(['los', 'las', 'unos', 'unas']);

/** Adverbs of place or sequence that close an adverbial of measure ("tres párrafos más adelante", "two days later"). */
export const SEQUENCE_ADVERBS: ReadonlySet<string> = new Set(['adelante', 'atras', 'abajo', 'arriba', 'despues', 'later', 'earlier', 'below', 'above', 'ago', 'down']);

/** Whether [from, to) is lower-case words ending in a role noun or a noun for one person ("top infectious disease expert", "mayor"). */
function isPersonRole(tokens: Token[], from: number, to: number): boolean {
  const head = tokens[to - 1]!;
  return to - from <= MAX_ROLE_WORDS + 1 && tokens.slice(from, to).every(isLowerCase) && (isTitleNoun(head.key) || SINGULAR_PERSON_NOUNS.has(head.key));
}

/** Medium nouns that name the press as a whole ("la prensa local", "the media"), never one outlet. */
const COLLECTIVE_MEDIA = new Set(['prensa', 'press', 'media', 'medios']);

/** Definite articles of a plural noun phrase ("los gremios", "the scientists"). */
const DEFINITE_PLURAL = new Set(['los', 'las', 'the']);

/** Plural nouns that name what was found or counted, not who speaks ("los resultados", "the findings"). */
const FINDING_NOUNS = new Set(['resultados', 'results', 'findings', 'numbers', 'numeros', 'polls', 'sondeos', 'encuestas', 'models', 'modelos', 'images', 'imagenes']);

/**
 * "Los gremios del transporte", "las autoridades sanitarias", "the scientists": a definite plural noun phrase of
 * lower-case words names a group of speakers by the phrase itself. Its head is the first word in Spanish order and
 * the last before any complement in English ("the energy experts"); it must read as a plural noun, not a document.
 */
function definiteGroup(tokens: Token[], text: string, from: number, start: number, to: number): PhraseReading | undefined {
  if (!DEFINITE_PLURAL.has(tokens[from]!.key) || start === from) return undefined;
  let end = start;
  while (end < to && !PHRASE_PREPOSITIONS.has(tokens[end]!.key) && !NAME_PREPOSITIONS.has(tokens[end]!.key)) end++;
  const head = tokens.slice(start, end);
  if (!head.length || head.length > MAX_ROLE_WORDS || !head.every(isLowerCase)) return undefined;
  // English puts the noun last and a verb's -s looks plural ("The curfew comes after…"): the phrase must end at the noun,
  // or at the place it is in ("the villagers in Kandahar province", "the protesters in Cairo").
  const english = tokens[from]!.key === 'the';
  if (english && end < to && placeEnd(tokens, end) !== to) return undefined;
  const noun = english ? head.at(-1)! : head[0]!;
  const plural = /^[\p{L}-]+s$/u.test(noun.key) && !/(?:ss|is|us)$/.test(noun.key);
  if (!plural || DOCUMENT_NOUNS.has(noun.key) || CHANNEL_NOUNS.has(noun.key) || FINDING_NOUNS.has(noun.key) || SKIPPABLE.has(noun.key)) return undefined;
  return { kind: 'group', text: slice(text, tokens, start, to) };
}

/** English prepositions that set a group in a place ("the villagers in Kandahar", "officials from Ohio"), folded. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'at']);

/** Lower-case nouns that may follow a place's name as part of it ("Kandahar province", "Kerry county"), folded. */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['province', 'county', 'state', 'region', 'district', 'city', 'town', 'village', 'area', 'camp']);

/**
 * Just past a place set after a group at token `at` ("in Kandahar province", "from Ohio"): an English place preposition,
 * a proper name and maybe a noun for the kind of place; `at` when none opens there.
 */
export function placeEnd(tokens: Token[], at: number): number {
  if (!PLACE_PREPOSITIONS.has(tokens[at]?.key ?? '')) return at;
  const name = nameEnd(tokens, at + 1);
  if (name === at + 1) return at;
  const kind = tokens[name];
  return kind !== undefined && isLowerCase(kind) && PLACE_NOUNS.has(kind.key) ? name + 1 : name;
}

/**
 * "Parlamentarios oficialistas comentaron que…": a sentence opening with a plural noun and no article, only lower-case
 * words after it, right before a plural verb of saying (Spanish third person plural ends in -n), is a group of speakers
 * named by the phrase; the verb's agreement is what makes the noun its subject. Documents and findings are no speakers.
 */
function barePluralGroup(sentence: Sentence, text: string, from: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  const head = tokens[from]!;
  const words = tokens.slice(from, to);
  if (from !== 0 || DETERMINERS.has(head.key)) return undefined;
  if (!/^[\p{L}-]+s$/u.test(head.key) || /(?:ss|is|us)$/.test(head.key) || [DOCUMENT_NOUNS, CHANNEL_NOUNS, FINDING_NOUNS, SKIPPABLE].some((nouns) => nouns.has(head.key))) return undefined;
  if (!(words.length <= MAX_ROLE_WORDS && words.slice(1).every(isLowerCase) && !words.some((token) => PHRASE_PREPOSITIONS.has(token.key) || NAME_PREPOSITIONS.has(token.key))) && !placedPeople(words)) return undefined;
  if (words.some((token) => COORDINATORS.has(token.key))) return undefined;
  const verb = AUXILIARIES.has(tokens[to]?.key ?? '') ? tokens[to + 1] : tokens[to];
  const plural = verb !== undefined && isSpeechWord(verb) && speechVerb(verb.text)?.english === false && /n$/.test(tokens[to]!.key);
  return plural ? { kind: 'group', text: slice(text, tokens, from, to) } : undefined;
}

/**
 * Where a relative described by whose relative they are starts in [from, to) ("la abuela de Pilar", "el hermano de la
 * víctima", "the victim's mother", "Pilar's grandmother"): a definite kin noun with a complement after "de"/"del", or a
 * possessive right before a kin noun ending the phrase. Such a person speaks as the phrase describes them, never as the
 * one the complement names (a reader of "la hija de Ramón Ortiz contó…" takes nothing for Ortiz's words). Undefined for
 * any other phrase.
 */
function describedRelative(tokens: Token[], from: number, start: number, to: number): number | undefined {
  const head = tokens[start]!;
  if (start > from && isLowerCase(head) && KIN_NOUNS.has(head.key) && ['de', 'del'].includes(tokens[start + 1]?.key ?? '') && start + 2 < to) return start;
  const last = tokens[to - 1]!;
  if (to - start < 2 || !isLowerCase(last) || !KIN_NOUNS.has(last.key) || !isPossessive(tokens[to - 2]!)) return undefined;
  // "Pilar's grandmother": the possessor a name; "the victim's mother": one common noun after the article.
  const possessor = nameEnd(tokens, start) === to - 1 || (start > from && to - start === 2);
  return possessor ? start : undefined;
}

/** Lower-case adjectives (or a year) a document noun may have before its owner ("el informe final de", "the final report of"). */
const MAX_DOCUMENT_ADJECTIVES = 2;

/** Just past the lower-case adjectives or year from `at` (up to MAX_DOCUMENT_ADJECTIVES, before `to`) that may follow a document noun. */
function documentAdjectivesEnd(tokens: Token[], at: number, to: number): number {
  let i = at;
  const adjective = (token: Token) => (isLowerCase(token) && token.verb === undefined && ![DETERMINERS, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, COORDINATORS, SKIPPABLE].some((words) => words.has(token.key))) || /^\d{4}$/u.test(token.text);
  while (i < to && i - at < MAX_DOCUMENT_ADJECTIVES && adjective(tokens[i]!)) i++;
  return i;
}

/**
 * A document its owner's possessive leads, the whole phrase in [from, to) ("The board's final report", "the Harbour
 * Trust's 2023 audit", "Its final report"): the owner speaks through it. "Its" is a body named before, as "It said" is;
 * a common noun's possessive ("the board's") the role as written, which refers back to the body the article named.
 * Undefined for any other phrase.
 */
function possessedDocument(sentence: Sentence, text: string, from: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  const noun = tokens[to - 1];
  if (!noun || !isLowerCase(noun) || !(DOCUMENT_NOUNS.has(noun.key) || CHANNEL_NOUNS.has(noun.key))) return undefined;
  const owner = tokens.slice(from, to - 1).findIndex((token) => isPossessive(token) || token.key === 'its');
  const ownerEnd = from + owner + 1;
  if (owner < 0 || documentAdjectivesEnd(tokens, ownerEnd, to - 1) !== to - 1) return undefined;
  if (tokens[ownerEnd - 1]!.key === 'its') return ownerEnd === from + 1 ? { kind: 'pronoun', organisation: true } : undefined;
  const named = readPhrase(sentence, text, from, ownerEnd) ?? possessiveName(sentence, text, from, ownerEnd);
  if (named && named.kind !== 'pronoun') return named;
  const start = DETERMINERS.has(tokens[from]!.key) ? from + 1 : from;
  const role = tokens.slice(start, ownerEnd);
  return start > from && role.length <= MAX_ROLE_WORDS && role.every(isLowerCase) ? { kind: 'role', text: slice(text, tokens, start, ownerEnd).replace(/['’]s$/u, '') } : undefined;
}

/**
 * A proper name ending in the English possessive over [from, to), after an article or none ("the WHO’s", "Ireland’s",
 * "the Health Ministry’s"): the owner of the document it precedes, read as that name without "’s". readPhrase reads no
 * possessive name as a speaker; undefined when the words are no single name.
 */
export function possessiveName(sentence: Sentence, text: string, from: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  const start = DETERMINERS.has(tokens[from]?.key ?? '') ? from + 1 : from;
  if (start >= to || nameEnd(tokens, start) !== to || !/['’]s$/u.test(tokens[to - 1]!.text)) return undefined;
  return { kind: 'name', name: text.slice(tokens[start]!.start, tokens[to - 1]!.end).replace(/['’]s$/u, ''), title: null, mediumTitle: false };
}

/** Words a bare plural's complement may have after its preposition ("Comerciantes del mercado central de abastos"). */
const MAX_PLACED_GROUP_WORDS = 6;

/**
 * Whether bare plural words say which people by a complement ("Comerciantes del mercado central", "Taxistas de la
 * terminal", "Trabajadores de Correos"): a plural noun for people (a role's plural, a group noun, or an agent noun's:
 * "comerciantes", "taxistas", "trabajadores"), then "de"/"del" or a place preposition and a few words with no comma.
 */
function placedPeople(words: Token[]): boolean {
  const [head, preposition] = words;
  if (!head || !preposition || words.length - 2 > MAX_PLACED_GROUP_WORDS || !(NAME_PREPOSITIONS.has(preposition.key) || PHRASE_PREPOSITIONS.has(preposition.key))) return false;
  return isPeoplePlural(head) && words.every((token) => token.kind === 'word');
}

/**
 * Whether a word is a plural noun for people: a role's or one person's noun in the plural ("abogados", "nurses"), a
 * plural group noun ("vecinos", "residents"), or an agent noun's plural ("comerciantes", "taxistas", "voters").
 */
export function isPeoplePlural(token: Token): boolean {
  const { key } = token;
  if (!/s$/u.test(key)) return false;
  const singular = [key.slice(0, -1), key.replace(/es$/u, '')];
  return isTitlePlural(key) || GROUP_NOUNS.has(key) || singular.some((noun) => AGENT_NOUN.test(noun) || SINGULAR_PERSON_NOUNS.has(noun));
}

/** Words after its article that an unknown role may have ("el ente emisor", "la autoridad monetaria"). */
const MAX_ROLE_WORDS = 3;

/** Relative pronouns that open a clause restricting a group ("el equipo que…", "the team that…"). */
const RESTRICTIVE_RELATIVES = new Set(['que', 'that', 'who']);

/** An English age used as a noun: "the 62-year-old". */
const AGE_NOUN = /^\d{1,3}-year-old$/;

/**
 * "el corporado", "la autoridad monetaria" right before or after a verb of saying: a singular definite
 * article and a few lower-case words, none of them a channel noun ("el informe" is what was said, not who).
 */
/** Words a passive report may have between its source marker and "por" ("según lo dado a conocer por"). */
const MAX_PASSIVE_REPORT_WORDS = 5;

function unknownRole(sentence: Sentence, text: string, from: number, start: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  // "A juicio del letrado", "en opinión del perito": after a view's locution "del" holds the role's article.
  const contracted = tokens[from - 1]?.key === 'del' && closesSourceLocution(tokens, from - 1);
  if (!contracted && (!DEFINITE_SINGULAR.has(tokens[from]!.key) || start === from)) return undefined;
  // "el panelista del programa de espectáculos": a noun for someone who does something, with a lower-case complement,
  // refers back by the noun; the complement says where the person works.
  let complementAt = start + 1;
  while (complementAt < to && !NAME_PREPOSITIONS.has(tokens[complementAt]!.key)) complementAt++;
  const roleEnd = complementAt < to && isSpanishAgentNoun(tokens[from]!, tokens[complementAt - 1]!) && tokens.slice(complementAt, to).every(isLowerCase) ? complementAt : to;
  if (roleEnd - start > MAX_ROLE_WORDS) return undefined;
  const words = tokens.slice(start, roleEnd);
  // An age used as a noun ("the 62-year-old") names a person as a lower-case role does ("the veteran").
  if (!words.every((token) => (isLowerCase(token) || AGE_NOUN.test(token.key)) && !SKIPPABLE.has(token.key) && !CHANNEL_NOUNS.has(token.key) && !PHRASE_PREPOSITIONS.has(token.key) && !NAME_PREPOSITIONS.has(token.key))) return undefined;
  let before = from - 1;
  while (before >= 0 && SKIPPABLE.has(tokens[before]!.key)) before--;
  // "el equipo calcula que…": a collective noun speaks as a group, not as the person in focus.
  const kind = COLLECTIVE_NOUNS.has(words[0]!.key) ? 'group' : 'role';
  // "según el timonel gremialista": a source marker takes a role as a verb of saying does.
  // "según fue informado por la fiscalía", "de acuerdo con lo informado por la secretaría": so does the agent of a passive
  // report after one (cues.ts passiveReportAgent).
  const agent = tokens[before]?.key === 'por' && tokens.slice(Math.max(0, before - MAX_PASSIVE_REPORT_WORDS), before).some((token) => SOURCE_MARKERS.has(token.key) || token.key === 'acuerdo');
  const marker = (tokens[before] !== undefined && SOURCE_MARKERS.has(tokens[before]!.key)) || agent || closesSourceLocution(tokens, before);
  // "según lo dio a conocer el municipio": a locution of saying before it, as a verb of saying.
  const nextToVerb = isSpeechWord(tokens[to]) || (AUXILIARIES.has(tokens[to]?.key ?? '') && isSpeechWord(tokens[to + 1])) || isSpeechWord(tokens[before]) || closesLocution(tokens, before) || marker;
  // "el equipo legal que representa a Gil aseguró…": a group restricted by a relative clause before the verb. So is a
  // role opening its clause whose relative is the subject of its own verb ("The charity that runs the food bank said",
  // "La cooperativa que gestiona el agua advirtió"): the clause says which body speaks.
  const relativeVerb = tokens[to + 1];
  const opensClause = from === 0 || tokens[from - 1]?.kind === 'punct';
  const subjectRelative = opensClause && relativeVerb !== undefined && isLowerCase(relativeVerb) && relativeVerb.kind === 'word' && !DETERMINERS.has(relativeVerb.key) && !PRONOUNS.has(relativeVerb.key);
  const restricted = (kind === 'group' || subjectRelative) && RESTRICTIVE_RELATIVES.has(tokens[to]?.key ?? '');
  return nextToVerb || restricted ? { kind, text: slice(text, tokens, start, roleEnd) } : undefined;
}

/** Nouns of a Spanish locution of whose view or words ("a juicio de", "en opinión de", "en palabras de", "a decir de"). Folded. */
const VIEW_LOCUTION_NOUNS: ReadonlySet<string> = new Set(['juicio', 'opinion', 'criterio', 'concepto', 'palabras', 'decir', 'parecer', 'entender']);

/**
 * Whether the token at `at` ends a Spanish locution of whose view or words, which takes a role as "según" does ("A juicio
 * de la magistrada, …", "En opinión de la edil, …", "A juicio del letrado, …", whose "del" holds the article). Not "de acuerdo con", which as often cites a document no lexicon
 * lists ("De acuerdo con el cronograma oficial, …": two dev statements credited to the person in focus when tried).
 */
function closesSourceLocution(tokens: Token[], at: number): boolean {
  return ['de', 'del'].includes(tokens[at]?.key ?? '') && VIEW_LOCUTION_NOUNS.has(tokens[at - 1]?.key ?? '');
}

/**
 * Whether `noun` after the article `article` is a Spanish noun for someone by what they do: "-ólogo/a", "-dor/a"
 * ("el sociólogo", "la investigadora"), and "-ista" after "el" ("el panelista"; after "la" it is as often a thing: "la
 * lista", "la revista"). English "-er"/"-or" name things too often ("the order of the court", "the center for…").
 */
function isSpanishAgentNoun(article: Token, noun: Token): boolean {
  if (article.key !== 'el' && article.key !== 'la') return false;
  return /(?:olog[oa]|dora?)$/u.test(noun.key) || (article.key === 'el' && /ista$/u.test(noun.key));
}

function isSpeechWord(token: Token | undefined): boolean {
  return token !== undefined && isLowerCase(token) && token.verb !== undefined;
}

/** Whether a word is a compound opened by a number ("34-year-old", "60-year-old"), which describes a noun as an adjective does. */
function isNumberCompound(token: Token | undefined): boolean {
  return token !== undefined && /^\p{N}+(?:-\p{Ll}+)+$/u.test(token.text);
}

/** English nouns for a person by what they are ("fisherman", "chairwoman", "spokesperson"). */
const PERSON_COMPOUND = /(?:man|woman|person)$/u;

/**
 * Where the text of an English indefinite description of someone new begins, for a phrase from `from` (its article)
 * to `to`: a noun for a person after a place or body that qualifies it ("an Ohio farmer", "a
 * Pentagon planner"), read as the whole phrase, never as the place; after "another", a party's member too ("another
 * commonwealth Democrat"), who is not the member named before. "a"/"an" is left out as readGroup leaves it, "another"
 * kept, as it tells the person apart. Undefined for any other phrase.
 */
function newcomerDescribed(tokens: Token[], from: number, to: number): number | undefined {
  const article = tokens[from]!.key;
  if (!['an', 'another'].includes(article) || to - from < 2 || to - from > MAX_ROLE_WORDS + 1) return undefined;
  const head = tokens[to - 1]!;
  const modifiers = tokens.slice(from + 1, to - 1);
  if (modifiers.some((token) => token.kind !== 'word' || [NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, DETERMINERS, COORDINATORS].some((words) => words.has(token.key)))) return undefined;
  const trade = isLowerCase(head) && (isRoleNoun(head) || AGENT_NOUN.test(head.key) || PERSON_COMPOUND.test(head.key)) && modifiers.some((token) => !isLowerCase(token));
  const member = article === 'another' && PARTISAN_NOUNS.has(head.key);
  if (!trade && !member) return undefined;
  return article === 'another' ? from : from + 1;
}

/**
 * Whether the words of a phrase from `from` to `to`, up to its first preposition, name a person by what they do ("a
 * delivery driver", "a nurse", "a retired fisherman"), not a thing ("a new poll", "a statement"): a role noun or a
 * noun ending as agent nouns do.
 */
function namesPersonByTrade(tokens: Token[], from: number, to: number): boolean {
  let person = false;
  for (let i = from; i < to && tokens[i]!.kind === 'word' && !PHRASE_PREPOSITIONS.has(tokens[i]!.key) && !NAME_PREPOSITIONS.has(tokens[i]!.key); i++) {
    const token = tokens[i]!;
    if (isNumberCompound(token)) continue;
    // A name ("a senadora Marta Lima", Portuguese "a" before a title) is read by the rules for names.
    if (!isLowerCase(token)) return false;
    if (isRoleNoun(token) || AGENT_NOUN.test(token.key) || PERSON_COMPOUND.test(token.key)) person = true;
  }
  return person;
}

/**
 * Groups and anonymous speakers named by the whole phrase: a part of a group ("Una de las fuentes", "One of the
 * officials"), a quantified group ("Algunos representantes de organizaciones…", "Several diplomats"), an
 * anonymous individual ("un integrante del Poder Ejecutivo", "an official at the ministry"), or the body a
 * spokesperson speaks for ("a spokesperson for the Association" is the association's voice).
 */
function readGroup(sentence: Sentence, text: string, from: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  const first = tokens[from]!;
  const second = tokens[from + 1];
  // "Una de las fuentes", and with an article "La mayoría de los científicos".
  const partOf = PARTITIVES.has(first.key) ? from + 1 : DETERMINERS.has(first.key) && PART_NOUNS.has(second?.key ?? '') ? from + 2 : -1;
  if (partOf >= 0 && NAME_PREPOSITIONS.has(tokens[partOf]?.key ?? '') && partOf + 1 < to) {
    const part = readPhrase(sentence, text, partOf + 1, to);
    return part && part.kind !== 'pronoun' ? { kind: 'group', text: slice(text, tokens, from, to) } : undefined;
  }
  const spokenFor = spokespersonBody(sentence, text, from, to);
  if (spokenFor) return spokenFor;
  // "47 percent said…", "another 43 percent said…": a share of those a survey asked speaks as the phrase.
  const share = QUANTIFIERS.has(first.key) || INDEFINITE_DETERMINERS.has(first.key) ? from + 1 : from;
  if (to === share + 2 && /^\d+(?:[.,]\d+)?$/u.test(tokens[share]?.key ?? '') && tokens[share + 1]?.key === 'percent') return { kind: 'group', text: slice(text, tokens, from, to) };
  // A person or group, not a measure ("one day a week"): the noun is no time word and no second article follows.
  const named =
    // A partitive without its noun ("one of", "una de") is never a speaker.
    second !== undefined && (isLowerCase(second) || isNumberCompound(second)) && from + 1 < to && !CHANNEL_NOUNS.has(second.key) && !MEDIUM_NOUNS.has(second.key) && !SKIPPABLE.has(second.key) &&
    !NAME_PREPOSITIONS.has(second.key) &&
    !tokens.slice(from + 2, to).some((token) => INDEFINITE_DETERMINERS.has(token.key)) &&
    !opensContactClause(tokens, from + 2, to);
  // Spanish "a" is also a preposition ("a periodistas", "a los vecinos"): it opens an anonymous speaker only before a
  // singular noun ("A welder said…", "A nurse who asked not to be named said…"), as at a sentence's opening (opening.ts).
  // Not after a comma: "Jonas Pike, a welder whose house flooded" describes the name before it, no one else.
  const article = INDEFINITE_DETERMINERS.has(first.key) && (first.key !== 'a' || (!/s$/u.test(second?.key ?? 's') && !isPunct(tokens[from - 1], ',') && namesPersonByTrade(tokens, from + 1, to)));
  if (named && (QUANTIFIERS.has(first.key) || article)) {
    // English "a" is left out, as the rules for roles leave it ("a ministry engineer" is "Ministry engineer").
    return { kind: 'group', text: slice(text, tokens, first.key === 'a' ? from + 1 : from, to) };
  }
  return undefined;
}

/** Lower-case words a capitalised title's field may have ("Vice President for food safety", "Director of communications"). */
const MAX_FIELD_WORDS = 3;

/** Prepositions that open a title's field ("Vice President for sales", "Minister of health"), folded. */
const FIELD_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'de', 'para']);

/**
 * Whether `title` (from its capitalised head noun to just before the name at `nameStart`) is a formal title with a
 * lower-case field after a preposition ("Vice President for food safety Craig Wilson", "Director of communications Ana
 * Ruiz"), and a full name of two words or more follows it: the person, whom the title describes. A field with an
 * article or a name of one word ("the head of sales Acme") is left to the other rules.
 */
function formalField(tokens: Token[], title: Token[], nameStart: number, to: number): boolean {
  const [head, preposition, ...field] = title;
  if (!head || isLowerCase(head) || GROUP_NOUNS.has(head.key) || !preposition || !FIELD_PREPOSITIONS.has(preposition.key)) return false;
  if (field.length === 0 || field.length > MAX_FIELD_WORDS || !field.every((token) => token.kind === 'word' && isLowerCase(token) && !DETERMINERS.has(token.key) && !PHRASE_PREPOSITIONS.has(token.key) && !NAME_PREPOSITIONS.has(token.key))) return false;
  return to - nameStart >= 2 && !tokens.slice(nameStart, to).some((token) => INSTITUTION_NOUNS.has(token.key) || GROUP_NOUNS.has(token.key) || MEDIUM_NOUNS.has(token.key));
}

/**
 * Whether a capitalised name ends [from, to) right after a lower-case noun with nothing joining them ("One thing Pike
 * (isn't feeling is guilt)", "the one step Ruiz (won't take)"): the name opens a relative clause written without its
 * pronoun and is that clause's subject; the words before it are no group that speaks.
 */
function opensContactClause(tokens: Token[], from: number, to: number): boolean {
  const name = lastNameStart(tokens, from, to);
  const before = name === undefined ? undefined : tokens[name - 1];
  return before !== undefined && isLowerCase(before) && before.kind === 'word' && ![NAME_PREPOSITIONS, PHRASE_PREPOSITIONS, NAME_ARTICLES, DETERMINERS, COORDINATORS].some((words) => words.has(before.key)) && !isTitleNoun(before.key) && !GROUP_NOUNS.has(before.key);
}

/**
 * "El portavoz del Gobierno" set before ", Pilar Alegría,": a phrase headed by a spokesperson noun is the title of
 * the name in apposition to it (alone, readPhrase reads it as the body spoken for). Undefined for any other phrase.
 */
export function spokespersonTitle(sentence: Sentence, text: string, from: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  const head = DETERMINERS.has(tokens[from]?.key ?? '') ? from + 1 : from;
  const noun = tokens[head];
  return noun && head < to && SPOKESPERSON_NOUNS.has(noun.key) ? { kind: 'title', title: slice(text, tokens, head, to), medium: false } : undefined;
}

/**
 * "a spokesperson for the Universities and Colleges Employers' Association", "el portavoz del Kremlin", "A spokesman for
 * German Chancellor Angela Merkel": the body or person spoken for, with the spokesperson's noun as written
 * (`spokesperson`), so that the statement says it came through them (its `via`) and is not shown as the person's own words.
 */
function spokespersonBody(sentence: Sentence, text: string, from: number, to: number): PhraseReading | undefined {
  const { tokens } = sentence;
  let head = from;
  if (DETERMINERS.has(tokens[head]!.key)) head++;
  // "A White House spokesperson", "Apple's spokesman", "a Pentagon spokeswoman": the name before the noun is the body.
  if (to - head >= 2 && SPOKESPERSON_NOUNS.has(tokens[to - 1]!.key) && nameEnd(tokens, head) === to - 1) {
    const body = slice(text, tokens, head, to - 1).replace(/['’]s$/, '');
    return { kind: 'name', name: body, title: null, mediumTitle: false, spokesperson: tokens[to - 1]!.text };
  }
  if (!SPOKESPERSON_NOUNS.has(tokens[head]?.key ?? '') || !(NAME_PREPOSITIONS.has(tokens[head + 1]?.key ?? '') || tokens[head + 1]?.key === 'for')) return undefined;
  let body = head + 2;
  if (NAME_ARTICLES.has(tokens[body]?.key ?? '')) body++;
  const spokenFor = body < to ? readPhrase(sentence, text, body, to) : undefined;
  // A titled person ("German Chancellor Angela Merkel") is spoken for as an untitled one is; a title alone ("el
  // portavoz del ministro") names nobody here.
  if (spokenFor?.kind === 'name' && !spokenFor.mediumTitle) return { ...spokenFor, spokesperson: tokens[head]!.text };
  if (spokenFor?.kind === 'group') return spokenFor;
  // "un portavoz de la entidad", "del organismo", "a spokesperson for the body": the organisation the article named, as
  // "la entidad" alone is; definite ("del" holds the article), and no other reading.
  const phrase = body < to ? slice(text, tokens, body, to) : '';
  const definite = body > head + 2 || tokens[head + 1]!.key === 'del';
  return spokenFor === undefined && definite && isOrganisationReference(phrase) ? { kind: 'role', text: phrase, asWritten: slice(text, tokens, from, to) } : undefined;
}

/**
 * "Victor Cha of the Center for Strategic and International Studies": a person's name (two or more words, joined
 * directly) followed by "of"/"de" and an institution's name is that person. Returns the end of the person's name.
 */
function affiliatedPerson(tokens: Token[], from: number, to: number): number | undefined {
  const end = nameEnd(tokens, from);
  if (end - from < 2 || end >= to || !NAME_PREPOSITIONS.has(tokens[end]!.key)) return undefined;
  const institution = NAME_ARTICLES.has(tokens[end + 1]?.key ?? '') ? end + 2 : end + 1;
  if (institution >= to) return undefined;
  if (institutionRun(tokens, institution)) return end;
  // "Owen Pratt of Kessler & Vane", "Renata Cole of Bay Capital": English "of" joins no surname (Spanish "de" does:
  // "Ana Pérez de la Vega"), so after a name of two words or more it opens where the person works, whatever the firm's
  // name; not after a body's own words ("Royal Bank of Scotland").
  const person = tokens[end]!.key === 'of' && startsUpper(tokens[institution]!.text) && !tokens.slice(from, end).some((token) => INSTITUTION_NOUNS.has(token.key));
  return person ? end : undefined;
}

/** Start of a proper name that ends exactly at `to`, scanning from `from`. */
function lastNameStart(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) {
    const end = nameEnd(tokens, i);
    if (end === to && !isPossessive(tokens[end - 1]!)) return i;
    if (end > i) i = end - 1;
  }
  return undefined;
}

/** Nouns for a person's or body's account on a service ("su cuenta de Twitter", "her account on X"), folded. */
export const ACCOUNT_NOUNS: ReadonlySet<string> = new Set(['cuenta', 'perfil', 'account', 'profile']);

/** Prepositions of several words that say through what words were said (folded), as "mediante" does. */
export const COMPOUND_CHANNEL_PREPOSITIONS: ReadonlyArray<readonly string[]> = [['a', 'traves', 'de'], ['por', 'medio', 'de']];

/** Prepositions of the service or publication something is written in ("escribió en X", "posted on Facebook"). */
const WRITTEN_IN: ReadonlySet<string> = new Set(['en', 'on', 'in']);

/** The words `readChannel` reads a phrase from: each of its cases opens with one of these. */
const CHANNEL_OPENERS: ReadonlySet<string> = new Set(['via', ...WRITTEN_IN, ...COMPOUND_CHANNEL_PREPOSITIONS.map(([first]) => first!), ...DATIVE_PREPOSITIONS, ...CHANNEL_PREPOSITIONS]);

/**
 * A channel phrase starting at `from` ("en su carta a Putin", "in a statement carried by the state news
 * agency PARS"): the channel noun, or the medium name when the phrase names one. Also the medium words
 * were told to ("declaró a la agencia Efe", "said to the newspaper Le Monde"), which only a medium noun
 * makes one: "dijo a los periodistas" names no channel. Undefined when not one.
 */
export function readChannel(sentence: Sentence, text: string, from: number, to: number): string | undefined {
  const { tokens } = sentence;
  // "told this newspaper": the article's own outlet told, with no preposition.
  const toldOwn = TELLING.has(tokens[from - 1]?.key ?? '') ? ownOutletEnd(tokens, from) : undefined;
  if (toldOwn !== undefined && toldOwn <= to) return slice(text, tokens, from, toldOwn);
  // Asked of every token of every sentence: any other word opens none of the phrases below.
  if (!CHANNEL_OPENERS.has(tokens[from]?.key ?? '')) return undefined;
  // "contestó vía Twitter", "said via X": the service named right after "vía".
  if (tokens[from]?.key === 'via' && nameEnd(tokens, from + 1) > from + 1) return slice(text, tokens, from + 1, Math.min(nameEnd(tokens, from + 1), to));
  // "escribió en X", "posted on Facebook": what is written is written in the named service or publication.
  const written = WRITING_VERBS.has(tokens[from - 1]?.key ?? '') && WRITTEN_IN.has(tokens[from]?.key ?? '') ? nameEnd(tokens, from + 1) : from + 1;
  if (written > from + 1 && written <= to) return slice(text, tokens, from + 1, written);
  // "a través de su cuenta de X", "por medio de un comunicado": a preposition of three words, read as "mediante".
  const locution = COMPOUND_CHANNEL_PREPOSITIONS.find((words) => words.every((word, at) => tokens[from + at]?.key === word))?.length;
  const told = locution === undefined && DATIVE_PREPOSITIONS.has(tokens[from]?.key ?? '');
  if (!told && !locution && !CHANNEL_PREPOSITIONS.has(tokens[from]?.key ?? '')) return undefined;
  let i = from + (locution ?? 1);
  while (i < to && DETERMINERS.has(tokens[i]!.key)) i++;
  const noun = tokens[i];
  // "dijo a este medio", "told this newspaper": the article's own outlet (own-outlet.ts reads it as the outlet).
  const own = told ? ownOutletEnd(tokens, from + 1) : undefined;
  if (own !== undefined && own <= to) return slice(text, tokens, from + 1, own);
  if (told) return noun && isLowerCase(noun) ? mediumName(tokens, text, i) : undefined;
  // "en Radio Litoral", "on Channel Four News": a medium's own name is the channel, whole.
  const named = noun && MEDIUM_NOUNS.has(noun.key) && !isLowerCase(noun) ? nameEnd(tokens, i) : i;
  if (named > i + 1 && named <= to) return slice(text, tokens, i, named);
  // "en su cuenta de Twitter", "on her Instagram account": the service the account is on.
  const service = noun && ACCOUNT_NOUNS.has(noun.key) && ['de', 'en', 'on'].includes(tokens[i + 1]?.key ?? '') ? nameEnd(tokens, i + 2) : i + 2;
  if (service > i + 2 && service <= to) return slice(text, tokens, i + 2, service);
  // "en diálogo con EFE", "en conversación con Radio Sur": a talk is a channel only with whom it was held named.
  if (noun && TALK_NOUNS.has(noun.key) && tokens[i + 1]?.key === 'con') {
    const named = DETERMINERS.has(tokens[i + 2]?.key ?? '') && isLowerCase(tokens[i + 2]!) ? i + 3 : i + 2;
    const end = mediumName(tokens, text, named) === undefined ? nameEnd(tokens, named) : undefined;
    return end !== undefined && end > named && end <= to ? slice(text, tokens, named, end) : mediumName(tokens, text, named);
  }
  if (!noun || !CHANNEL_NOUNS.has(noun.key)) return undefined;
  // "en una entrevista con CNN", "in an interview with The Associated Press": whom the interview was with is the channel.
  // "en declaraciones a T13 Noche", "in remarks to CNN": whom the words were given to is the channel too.
  const given = GIVEN_TO_NOUNS.has(noun.key) && ['a', 'to'].includes(tokens[i + 1]?.key ?? '');
  const interviewer = (INTERVIEW_NOUNS.has(noun.key) && ['con', 'with'].includes(tokens[i + 1]?.key ?? '')) || given ? i + 2 : undefined;
  // "en declaraciones a este medio", "in remarks to this newspaper": given to the article's own outlet ("en una entrevista
  // con este diario" stays the interview, what the reader learns when the article declares no outlet).
  const ownInterviewer = given ? ownOutletEnd(tokens, i + 2) : undefined;
  if (ownInterviewer !== undefined && ownInterviewer <= to) return slice(text, tokens, i + 2, ownInterviewer);
  if (interviewer !== undefined) {
    // "con la BBC": the article is no part of the name; "con El Tiempo", "with The Associated Press": a capitalised one is.
    const named = DETERMINERS.has(tokens[interviewer]?.key ?? '') && isLowerCase(tokens[interviewer]!) ? interviewer + 1 : interviewer;
    const end = mediumName(tokens, text, named) === undefined ? nameEnd(tokens, named) : undefined;
    if (end !== undefined && end > named && end <= to) return slice(text, tokens, named, end);
  }
  for (let j = i + 1; j < to; j++) {
    const medium = mediumName(tokens, text, j);
    if (medium) return medium;
  }
  // "rueda de prensa", "press conference": the noun keeps a lower-case complement.
  const complement = tokens[i + 2];
  if (NAME_PREPOSITIONS.has(tokens[i + 1]?.key ?? '') && complement && i + 2 < to && isLowerCase(complement) && !DETERMINERS.has(complement.key)) {
    return slice(text, tokens, i, i + 3).toLowerCase();
  }
  // "invirtió 420.000 millones de pesos en redes durante 2025": a bare noun after a word that says nothing is what the
  // verb acts on; "denunció en redes que…", "dijo en entrevista que…" name the vehicle of a verb of saying.
  const bare = i === from + (locution ?? 1);
  const after = tokens[from - 1];
  if (bare && after?.kind === 'word' && isLowerCase(after) && after.verb === undefined) return undefined;
  return noun.text.toLowerCase();
}

/** Letters up to which a lower-case word may stand inside a title between capitalised ones ("sin", "de", "the"). */
const TITLE_LINK_CHARS = 4;

/** Index just past a title starting at `at`: capitalised words, and short lower-case words between them. */
function titleEnd(tokens: Token[], at: number): number {
  let end = at;
  for (let i = at; i < tokens.length && tokens[i]!.kind === 'word'; i++) {
    if (!isLowerCase(tokens[i]!)) end = i + 1;
    else if (tokens[i]!.text.length > TITLE_LINK_CHARS) break;
  }
  return end;
}

/** Nouns for words given to someone, whose "a"/"to" names the medium they were given to (folded). */
const GIVEN_TO_NOUNS: ReadonlySet<string> = new Set(['declaraciones', 'declaracion', 'remarks']);

/** Nouns for a talk ("en diálogo con", "en conversación con"), a channel only with whom it was held named (folded). */
const TALK_NOUNS: ReadonlySet<string> = new Set(['dialogo', 'conversacion', 'charla']);

/** Nouns for an interview, whose "con"/"with" names the medium or journalist it was given to (folded). */
const INTERVIEW_NOUNS: ReadonlySet<string> = new Set(['entrevista', 'interview', 'entrevue']);

/** Whether a token ends in a possessive ("NBC's", "News'") or is the apostrophe a name in capitals leaves apart ("CBS '"). */
function ownerMark(token: Token | undefined): boolean {
  return token !== undefined && (/['’]s?$/u.test(token.text) && token.text.length > 1 || (token.kind === 'punct' && /^['’]$/u.test(token.text)));
}

/**
 * Just past a programme named from `from` (after any article): a medium's name with its possessive and the programme's title
 * ("NBC News' Today show", "NBC's Today show", "CBS' Face the Nation"), or a name and a programme noun ("the Today show").
 * Undefined when no programme is named there.
 */
export function programmeEnd(tokens: Token[], from: number): number | undefined {
  const name = nameEnd(tokens, from);
  if (name === from) return undefined;
  // "CBS' Face the Nation": the apostrophe after capitals stands apart; "NBC's Today": the possessive ends the name.
  const apart = tokens[name]?.kind === 'punct' && ownerMark(tokens[name]);
  const owned = apart ? name + 1 : name;
  const owner = apart || ownerMark(tokens[name - 1]);
  const title = owner ? titleEnd(tokens, owned) : owned;
  if (PROGRAMME_NOUNS.has(tokens[title]?.key ?? '')) return title + 1;
  if (owner) return title > owned ? title : undefined;
  // "NBC News' Today": the name ran over the possessive into the programme's title.
  return tokens.slice(from, name - 1).some(ownerMark) ? name : undefined;
}

/**
 * The broadcast a statement went out on, read at `from`: after "told" ("told NBC News' Today show") or after "on" set after
 * a verb of saying, a time word between them or not ("said on CBS' Face the Nation", "speaking on Fox News Sunday", "said
 * Wednesday on “The Lead”"); a programme (`programmeEnd`) or its title in quotation marks, or a name
 * `isMedium` takes for a medium's. Undefined otherwise: "said on Monday", "told Smith".
 */
export function readBroadcast(sentence: Sentence, text: string, from: number, isMedium: (name: string) => boolean): string | undefined {
  const { tokens } = sentence;
  const before = tokens[from - 1];
  if (before === undefined) return undefined;
  // "said Wednesday on “The Lead”": a time word may stand between the verb and "on".
  const spoke = (token: Token | undefined) => token !== undefined && (token.verb !== undefined || SPEAKING_ON.has(token.key));
  const on = tokens[from]!.key === 'on' && (spoke(before) || (SKIPPABLE.has(before.key) && spoke(tokens[from - 2])));
  // "aseguró a AFP", "dijo a la BBC", "said to Reuters": whom the words were told, after the verb.
  const dative = DATIVE_PREPOSITIONS.has(tokens[from]!.key) && spoke(before);
  // "fuentes consultadas por Europa Press", "officials quoted by the news agency Kazinform": the medium that asked the
  // sources is how their words came, when it is one (a medium's noun and name, or a name known as a medium's).
  const agent = AGENT_PREPOSITIONS.has(tokens[from]!.key) && isLowerCase(before) && ASKED_PARTICIPLE.test(before.key);
  if (!on && !dative && !agent && !TELLING.has(before.key)) return undefined;
  let start = on || dative || agent ? from + 1 : from;
  while (DETERMINERS.has(tokens[start]?.key ?? '')) start++;
  // "told The Evening Courier", "dijo a El Heraldo": an article in capitals inside the sentence opens a masthead, never a
  // person's name; the publication is the channel, whole.
  const masthead = start > from && startsUpper(tokens[start - 1]!.text) ? nameEnd(tokens, start) : start;
  if (masthead > start) return slice(text, tokens, start - 1, masthead);
  // "told the court", "contó al tribunal", "said to the committee": the hearing the words were given at.
  const venue = venueEnd(tokens, start);
  if (!on && !agent && venue !== undefined) return slice(text, tokens, start, venue);
  // "told state broadcaster CCTV", "dijo al diario El País": a medium's noun, after a few modifiers, and its name.
  for (let at = start; at <= start + MAX_PHRASE_OPENERS && tokens[at] !== undefined && isLowerCase(tokens[at]!); at++) {
    const medium = mediumName(tokens, text, at);
    if (medium) return medium;
  }
  // "told the newspaper", "dijo al diario", "told the broadcaster": a medium's noun alone after its definite article, whose
  // name the article gave elsewhere or not, is the channel as written; "a este diario" is the outlet itself, no channel.
  const definite = (start > from && DEFINITE_ARTICLES.has(tokens[start - 1]!.key)) || tokens[from]!.key === 'al';
  if ((dative || TELLING.has(before.key)) && definite && MEDIUM_NOUNS.has(tokens[start]?.key ?? '') && isLowerCase(tokens[start]!) && !NAME_PREPOSITIONS.has(tokens[start + 1]?.key ?? '')) return tokens[start]!.text;
  // "said on “The Lead With Jake Tapper”": a programme's title in quotation marks.
  const quoted = tokens[start]?.quotation;
  if (on && quoted) return text.slice(quoted.inner.start, quoted.inner.end);
  const programme = programmeEnd(tokens, start);
  if (programme !== undefined) return slice(text, tokens, start, programme);
  const name = nameEnd(tokens, start);
  const named = name > start ? slice(text, tokens, start, name) : undefined;
  return named !== undefined && isMedium(named) ? named : undefined;
}

/** Definite articles (folded): "the newspaper", "el diario" name a medium known from the story, "este diario" the outlet itself. */
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the', 'el', 'la', 'los', 'las']);

/**
 * Participles of the verbs by which a medium gets a source's words ("consultadas", "citados", "entrevistado", "contacted",
 * "quoted", "reached"), folded: their agent ("por Europa Press", "by Reuters") is the statement's channel.
 */
const ASKED_PARTICIPLE = /^(?:consultad|contactad|citad|entrevistad|preguntad)[oa]s?$|^(?:consulted|contacted|quoted|cited|interviewed|reached|asked)$/u;

/**
 * Just past a hearing's noun at `at`, after the capitalised words of its name ("court", "tribunal", "Senate committee",
 * "comisión de investigación"); undefined when none is there.
 */
function venueEnd(tokens: Token[], at: number): number | undefined {
  let noun = at;
  while (noun < tokens.length && noun - at < MAX_PHRASE_OPENERS && startsUpper(tokens[noun]!.text) && !VENUE_NOUNS.has(tokens[noun]!.key)) noun++;
  if (!VENUE_NOUNS.has(tokens[noun]?.key ?? '')) return undefined;
  // "la comisión de investigación": a lower-case complement of one word stays with its noun, as "rueda de prensa" does.
  const complement = tokens[noun + 2];
  return tokens[noun + 1]?.key === 'de' && complement && isLowerCase(complement) && !DETERMINERS.has(complement.key) && complement.verb === undefined ? noun + 3 : noun + 1;
}

/**
 * Where words were said at a hearing, read at `from` after a verb of saying: "declaró ante el tribunal", "testified
 * before the committee", "a la salida del juzgado", "speaking outside court". The venue as written ("tribunal", "salida
 * del juzgado", "outside court"); undefined otherwise ("antes de la votación", "before the vote").
 */
export function readVenue(sentence: Sentence, text: string, from: number): string | undefined {
  const { tokens } = sentence;
  const key = tokens[from]?.key ?? '';
  // "a la salida del juzgado", "a su salida de la Audiencia": wherever it stands in the sentence.
  if (key === 'salida' && ['la', 'su'].includes(tokens[from - 1]?.key ?? '') && ['a', 'al'].includes(tokens[from - 2]?.key ?? '') && NAME_PREPOSITIONS.has(tokens[from + 1]?.key ?? '')) {
    let at = from + 2;
    while (DETERMINERS.has(tokens[at]?.key ?? '')) at++;
    const end = venueEnd(tokens, at);
    return end === undefined ? undefined : slice(text, tokens, from, end);
  }
  // "en un punto de prensa": the press's event ("en diálogo con EFE", whom a talk was with, is readChannel's).
  if (key === 'en') {
    let at = from + 1;
    while (DETERMINERS.has(tokens[at]?.key ?? '')) at++;
    return tokens[at]?.key === 'punto' && tokens[at + 1]?.key === 'de' && tokens[at + 2]?.key === 'prensa' ? slice(text, tokens, at, at + 3).toLowerCase() : undefined;
  }
  if (!HEARING_PREPOSITIONS.has(key)) return undefined;
  const verb = SKIPPABLE.has(tokens[from - 1]?.key ?? '') ? tokens[from - 2] : tokens[from - 1];
  if (verb?.verb === undefined && !(key === 'outside' && verb?.key === 'speaking')) return undefined;
  let at = from + 1;
  while (DETERMINERS.has(tokens[at]?.key ?? '')) at++;
  const end = venueEnd(tokens, at);
  return end === undefined ? undefined : slice(text, tokens, key === 'outside' ? from : at, end);
}

/**
 * The document a source marker cites by its owner ("según un comunicado de la cooperativa X", "according to a statement
 * from the Harbour Trust"), read at the marker: the channel noun ("comunicado", "statement"), whose owner the marker's
 * reading makes the speaker. Undefined for any other phrase ("según la cooperativa", "according to data").
 */
export function readCitedChannel(sentence: Sentence, from: number): string | undefined {
  const { tokens } = sentence;
  if (!SOURCE_MARKERS.has(tokens[from]?.key ?? '')) return undefined;
  let at = tokens[from + 1]?.key === 'to' ? from + 2 : from + 1;
  while (DETERMINERS.has(tokens[at]?.key ?? '')) at++;
  const noun = tokens[at];
  return noun && isLowerCase(noun) && CHANNEL_NOUNS.has(noun.key) && OWNER_PREPOSITIONS.has(tokens[at + 1]?.key ?? '') ? noun.text.toLowerCase() : undefined;
}

/** Prepositions of a document's owner after its noun ("un comunicado de X", "a statement from X", "a letter by X"), folded. */
const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'del', 'from', 'by', 'of']);

/** Prepositions of the hearing words were said at ("ante el tribunal", "before the committee", "outside court"), folded. */
const HEARING_PREPOSITIONS: ReadonlySet<string> = new Set(['ante', 'before', 'outside']);

/**
 * Nouns for a court, a parliament or an inquiry that hears what is said (folded): the channel of words told to it. Not
 * the people who hear them ("told the jury", "told magistrates", "dijo a los periodistas"), an audience as reporters are.
 */
const VENUE_NOUNS: ReadonlySet<string> = new Set([
  'tribunal', 'tribunales', 'juzgado', 'audiencia', 'corte', 'comision', 'pleno', 'parlamento', 'congreso', 'senado', 'asamblea',
  'court', 'courthouse', 'inquiry', 'hearing', 'committee', 'parliament', 'congress', 'senate', 'assembly',
]);

/** Words before "on" that say someone spoke on a broadcast ("speaking on", "appearing on"), folded. */
const SPEAKING_ON: ReadonlySet<string> = new Set(['speaking', 'appearing', 'interviewed']);

/** The name after a medium noun at `at` ("agencia Efe", "newspaper Le Monde"); undefined when none follows. */
function mediumName(tokens: Token[], text: string, at: number): string | undefined {
  const programme = PROGRAMME_NOUNS.has(tokens[at]?.key ?? '');
  if (!MEDIUM_NOUNS.has(tokens[at]?.key ?? '') && !programme) return undefined;
  // "el programa Noches sin Tregua de Cadena A": a programme's title keeps the short lower-case words between its capitals.
  const end = programme ? titleEnd(tokens, at + 1) : nameEnd(tokens, at + 1);
  if (end <= at + 1) return undefined;
  // "Radio Litoral", "Cadena A": a capitalised medium noun is part of the name ("la agencia Efe" is Efe).
  return slice(text, tokens, isLowerCase(tokens[at]!) ? at + 1 : at, end);
}
