/**
 * Kinds of bodies by their common nouns, in Spanish and English: an article names a body once ("La empresa Cerámicas
 * Levantinas del Turia comunicó…") and goes on calling it by a noun of its kind, not always the same one ("la compañía
 * explica", "el consejero delegado de la firma"); a reader, and a /quote look-up ("la firma", "the company"), takes any of
 * them for that body.
 */
import type { Statement } from './types.js';
import { nameKey } from './normalize.js';
import { SINGULAR_PERSON_NOUNS, isTitleNoun } from './lexicon.js';

/** Nouns of one kind of body, folded as `nameKey` gives them; each group one kind (dictionary senses, both languages). */
const KINDS: ReadonlyArray<readonly string[]> = [
  // With nouns of companies by what they do or whose they are ("la aerolínea X", "X, filial del grupo Y"); not those that
  // are as often adjectives ("minera" of "la unidad minera", "petrolera"), which describe a place or an industry too.
  ['empresa', 'compania', 'firma', 'company', 'firm', 'corporation', 'corporacion', 'aerolinea', 'filial', 'airline', 'carmaker', 'automaker', 'retailer', 'insurer', 'subsidiary'],
  ['hospital', 'clinica', 'clinic'],
  ['sindicato', 'union'],
  ['partido', 'party'],
  ['tribunal', 'court', 'corte', 'juzgado'],
  ['camara', 'chamber'],
  ['federacion', 'federation'],
  ['asociacion', 'association'],
  ['agencia', 'agency'],
  ['banco', 'bank'],
  ['comision', 'commission'],
  ['universidad', 'university'],
  ['fundacion', 'foundation'],
];
const KIND_OF: ReadonlyMap<string, number> = new Map(KINDS.flatMap((nouns, kind) => nouns.map((noun) => [noun, kind] as const)));

/** Articles a body's noun is written with ("la compañía", "the company"), folded. */
const ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'the']);

/** The kind of body a key names by a common noun alone ("la firma", "company"), undefined for any other key. */
export function bodyKindOf(key: string): number | undefined {
  const words = key.split(' ').filter((word) => !ARTICLES.has(word));
  return words.length === 1 ? KIND_OF.get(words[0]!) : undefined;
}

/** Spanish prepositions that open a name's complement ("Fuentes de la empresa", "Banco del Sur"), folded. */
const SPANISH_COMPLEMENT: ReadonlySet<string> = new Set(['de', 'del']);

/**
 * The kind of body a description of a name says it is: a noun alone ("empresa"), or a Spanish description headed by one
 * ("filial del grupo Andino", "aerolínea chilena"): its first word. Undefined for any other description.
 */
function descriptionKind(key: string): number | undefined {
  const words = key.split(' ').filter((word) => !ARTICLES.has(word));
  return KIND_OF.get(words[0] ?? '');
}

/**
 * Whether a name's head is `noun`: its first word (Spanish "Cámara Nacional de Acuicultura"), its last, or the word before
 * "of" (English "National Aquaculture Chamber", "Bank of Aldmoor"); `nameWords` as `nameKey` gives them. A person's name
 * never has a body's noun there, and a description has its own head ("Fuentes de la empresa").
 */
export function nameHeadedBy(nameWords: readonly string[], noun: string): boolean {
  // "Fuentes de la empresa": after a Spanish "de" the last word is the complement's, not the head.
  const lastHeads = !nameWords.some((word) => SPANISH_COMPLEMENT.has(word));
  return nameWords.length > 1 && (nameWords[0] === noun || (lastHeads && nameWords.at(-1) === noun) || nameWords[nameWords.indexOf('of') - 1] === noun);
}

/** The other nouns of a body noun's kind ("firma" → "empresa", "compania", "company"…), itself left out; empty for no body noun. */
export function sameKindNouns(key: string): string[] {
  const kind = bodyKindOf(key);
  return kind === undefined ? [] : KINDS[kind]!.filter((noun) => noun !== key.split(' ').filter((word) => !ARTICLES.has(word))[0]);
}

/**
 * `statements` with each one credited to a body's common noun alone ("Compañía", "The company": a reference the
 * attribution could not take back to a name) credited to the one body of that kind the article quotes by name instead:
 * an organisation whose name is headed by a noun of the kind ("Kobe General Hospital") or that the article calls by one alone
 * (`aliasesOf`: "empresa" for Cerámicas Levantinas del Turia); with none quoted, the one of the names the article wrote
 * before the statement (`namedBefore`, by character offset) that is. With no such body, or two, the statement keeps its noun.
 * Also the forms so taken back, by the body's name, to list as its aliases.
 */
export function creditBodyNouns(statements: Statement[], aliasesOf: (name: string) => string[], namedBefore: (at: number) => readonly string[] = () => []): { statements: Statement[]; referredAs: Map<string, string[]> } {
  const referredAs = new Map<string, string[]>();
  const named = [...new Set(statements.flatMap((statement) => (statement.speaker !== null && bodyKindOf(nameKey(statement.speaker)) === undefined ? [statement.speaker] : [])))];
  const kindsOf = (name: string): Set<number> => {
    const words = nameKey(name).split(' ');
    // A speaker the article also gives a role ("union leader Maria Ortiz", "el consejero delegado de la firma") is a
    // person, whom a body's noun among their forms describes by what they belong to.
    const aliases = aliasesOf(name).map(nameKey);
    const person = aliases.some((alias) => alias.split(' ').some((word) => isTitleNoun(word) || SINGULAR_PERSON_NOUNS.has(word)));
    const kinds = [...words.filter((word) => nameHeadedBy(words, word)).map((word) => KIND_OF.get(word)), ...(person ? [] : aliases.map(descriptionKind))];
    return new Set(kinds.filter((kind): kind is number => kind !== undefined));
  };
  const bodies = named.map((name) => ({ name, kinds: kindsOf(name) }));
  const credited = statements.map((statement) => {
    const kind = statement.speaker === null ? undefined : bodyKindOf(nameKey(statement.speaker));
    if (kind === undefined) return statement;
    // "La empresa Transportes Andinos suspendió el servicio. «…», expresó la compañía": with no body of the kind quoted by
    // name, the one the article names with a noun of the kind.
    const quotedOfKind = bodies.filter((body) => body.kinds.has(kind));
    const ofKind = quotedOfKind.length ? quotedOfKind : namedBefore(statement.start).map((name) => ({ name, kinds: kindsOf(name) })).filter((body) => body.kinds.has(kind));
    if (ofKind.length !== 1) return statement;
    const body = ofKind[0]!.name;
    referredAs.set(body, [...(referredAs.get(body) ?? []), statement.speaker!]);
    return { ...statement, speaker: body };
  });
  return { statements: credited, referredAs };
}
