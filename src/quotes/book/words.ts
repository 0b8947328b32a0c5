/**
 * What the words of a query or a speaker's name are to a look-up: fillers, articles, prepositions, courtesy titles,
 * roles, head nouns of an organisation's people, a description's complement, an office before or after what it
 * belongs to.
 */
import { countryOfDemonym } from '../countries.js';
import { nameKey } from '../normalize.js';
import { BODY_NOUNS, COURTESY_TITLES, GROUP_NOUNS, MEDIUM_NOUNS, SINGULAR_PERSON_NOUNS, SPOKESPERSON_NOUNS, TITLE_ABBREVIATIONS, TITLE_NOUNS, isTitlePlural } from '../lexicon.js';

/** Words too common to identify anyone on their own ("de" in "Banco de España"). */
export const FILLER_WORDS = new Set([
  'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'en', 'of', 'the', 'and', 'in', 'at', 'un', 'una',
  // Honorifics, which articles put before a name or leave out at will ("Mr Putin", "la Sra. Gil", "Dr Jones").
  ...COURTESY_TITLES, 'dr', 'dra',
]);

/**
 * A courtesy title opening a query, with its dot, in the languages of the articles: English, Spanish, French ("M.",
 * "Mme", "Mlle"), German ("Herr", "Frau"), Italian ("Sig.", "Sig.ra") and Portuguese ("Sr.", "Dom"). A lone "M" only with
 * its dot: without it, it is an initial ("M Caldwell").
 */
export const COURTESY_TITLE = /^\s*(?:(?:mrs?|ms|mx|dra?|sra?|srta|sir|dame|mmes?|mlle|mm|herr|frau|sig(?:\.?ra)?|signor[ae]?|don|doña|dona|dom|señora?|señorita)\.?|m\.)\s+(?=\S)/iu;

/** Endings of nouns for a profession that no given name has ("antropólogo", "periodista", "economist"). */
export const PROFESSION = /(?:olog[oa]|ista|ist)s?$/;

/** Words that name people by whom they are close to ("Cerca de Daer", "Cerca del presidente": subjects/places.ts placedGroup), folded. */
const CLOSE_TO_HEADS: ReadonlySet<string> = new Set(['cerca', 'entorno', 'allegados', 'allegadas', 'circulo']);

/** Whether a name's first word makes it a description ("Abogados del…", "Portavoz de…", "Gobierno de…", "Cerca de…"), not a person's name. */
export function isDescriptionHead(word: string): boolean {
  return isRoleWord(word) || isTitlePlural(word) || GROUP_NOUNS.has(word) || BODY_NOUNS.has(word) || CLOSE_TO_HEADS.has(word);
}

/**
 * Whether a description's name ("Defensa del exmandatario", "Abogados de Hernández", "Defensores del exgobernante") has
 * the query's words `keyWords` only in its complement, after the preposition that follows its head: it speaks for the one
 * they name, and is not them. A description is headed by a description noun, or has a complement written in lower case
 * (a role, not a proper name: "Banco de España" is a name).
 */
export function inComplement(entry: { actor: { name: string }; nameWords: readonly string[]; keys?: readonly string[] }, keyWords: readonly string[]): boolean {
  const [head] = entry.nameWords;
  const opens = complementAt(entry.nameWords);
  const description = head !== undefined && (isDescriptionHead(head) || LOWER_CASE_COMPLEMENT.test(entry.actor.name));
  if (description && opens > 0) return keyWords.every((word) => !entry.nameWords.slice(0, opens).includes(word));
  // A person whose descriptions have the words only in their complement ("widow of the former governor", "hermano del
  // expresidente"): a relative of whom they name, never them.
  const holding = (entry.keys ?? []).map((key) => key.split(' ')).filter((words) => keyWords.every((word) => words.includes(word)));
  return holding.length > 0 && keyWords.every((word) => !entry.nameWords.includes(word)) && holding.every((words) => {
    const at = complementAt(words);
    return at > 0 && keyWords.every((word) => !words.slice(0, at).includes(word));
  });
}

/** Where a name's complement opens: the position of the first preposition after its head ("Defensa del exmandatario" → 1), or -1. */
export function complementAt(nameWords: readonly string[]): number {
  return nameWords.findIndex((word, i) => i > 0 && PREPOSITIONS.has(word));
}

/** A query written as an acronym: two to eight capitals, dots allowed ("SOBSE", "O.M.S."). */
export const ACRONYM = /^(?:\p{Lu}\.?){2,8}$/u;
/**
 * A name's first complement begins with a lower-case word other than an article: "Defensores del exgobernante" (a
 * particle and an article before a name are a person's: "Juan de la Cruz").
 */
const LOWER_CASE_COMPLEMENT = /^\S+\s+(?:de|del|of|for)\s+(?!(?:la|las|los|el|the)\s)\p{Ll}/u;

/** A word's consonants with doubled letters written once ("poutine" and "putin" → "ptn"): what spellings of one name across languages keep. */
export function consonantsOf(word: string): string {
  return word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/** Whether a query's word names a role ("alcaldesa", "minister") or a kind of person ("funcionaria"), not a name. */
export function isRoleWord(word: string): boolean {
  return TITLE_NOUNS.has(word) || SINGULAR_PERSON_NOUNS.has(word) || TITLE_ABBREVIATIONS.has(word);
}

/** Words a medium's kind may have before its noun ("news", "state", "wire" in "news agency", "state news agency"). */
const MAX_MEDIUM_KIND_WORDS = 3;

/**
 * Whether words after a name say what kind of medium it is, as English puts them ("the Associated Press news agency",
 * "the Yonhap news agency"): a medium noun at the end, a few modifiers before it. Only media: after a person's name a
 * role noun names someone else ("Putin spokesman"), and a body's noun another body ("Trump organization").
 */
export function isMediumKind(words: readonly string[]): boolean {
  return words.length <= MAX_MEDIUM_KIND_WORDS && MEDIUM_NOUNS.has(words.at(-1)!) && words.every((word) => !PREPOSITIONS.has(word));
}

/** Roles held for someone else: after a name ("Putin spokesman", "Trump lawyer") they name another person. */
export const ROLES_FOR_ANOTHER = new Set([...SPOKESPERSON_NOUNS, 'aide', 'adviser', 'advisor', 'asesor', 'asesora', 'lawyer', 'attorney', 'abogado', 'abogada']);

/**
 * Nouns for who heads or speaks for an organisation: "el titular del MEM", "the head of the agency", and its unnamed
 * sources ("fuentes del Ministerio de Hacienda", "sources at the Treasury Department"), whom the press quotes for it. Where
 * the articles describe one speaker so and the organisation says nothing itself, its statements are theirs.
 */
export const HEAD_NOUNS = new Set([
  ...SPOKESPERSON_NOUNS, 'titular', 'director', 'directora', 'presidente', 'presidenta', 'jefe', 'jefa', 'ministro', 'ministra', 'gerente', 'rector', 'rectora',
  'president', 'head', 'chief', 'chair', 'chairman', 'chairwoman', 'minister', 'fuente', 'fuentes', 'source', 'sources',
]);

/** Prepositions between a head noun and the organisation it heads or speaks for ("titular del…", "sources at…"), folded. */
export const HEAD_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'of', 'for', 'at', 'en']);

/** Plural nouns for the unnamed people of a body ("Tidewell officials", "fuentes de la Consejería"): only a body has them. Folded. */
const BODY_PEOPLE: ReadonlySet<string> = new Set(['officials', 'sources', 'representatives', 'fuentes', 'funcionarios', 'representantes', 'portavoces', 'spokespeople']);

/**
 * Whose spokesperson or unnamed officials a query asks for ("A Tidewell spokesperson", "Tidewell Trust's spokesman",
 * "Harbour Board officials", "el portavoz de la Diputación", "sources at the Treasury"): the owner as typed, and whether
 * the noun is one only a body has (`group`: a person has spokespeople too, but no officials). Undefined when the query
 * is no such phrase, or its owner is no proper name ("the company spokesperson").
 */
export function spokespersonOwner(query: string): { owner: string; group: boolean } | undefined {
  const words = query.trim().split(/\s+/);
  if (words.length > 1 && ARTICLES.has(nameKey(words[0]!))) words.shift();
  const speaksFor = (word: string | undefined) => word !== undefined && (SPOKESPERSON_NOUNS.has(nameKey(word)) || BODY_PEOPLE.has(nameKey(word)));
  const [first, link] = words;
  const before = speaksFor(words.at(-1)) ? { noun: words.at(-1)!, owner: words.slice(0, -1).join(' ').replace(/['’]s$/u, '') } : undefined;
  const after = speaksFor(first) && link !== undefined && HEAD_LINKS.has(nameKey(link)) ? { noun: first!, owner: words.slice(2).join(' ') } : undefined;
  const found = before ?? after;
  if (!found || !/^\p{Lu}/u.test(found.owner.replace(/^(?:(?:el|la|los|las|the)\s+)/iu, ''))) return undefined;
  return { owner: found.owner, group: BODY_PEOPLE.has(nameKey(found.noun)) };
}

/** Articles, skipped when looking for the word before a name. */
export const ARTICLES = new Set(['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'the', 'a', 'an']);
/** Portuguese articles a query may keep before a name ("O Pacheco"): nameKey leaves them in. */
export const PORTUGUESE_ARTICLES = new Set(['o', 'os', 'as']);
/** Prepositions that introduce a complement of a noun ("presidente de…", "senator for…"). */
export const PREPOSITIONS = new Set(['de', 'del', 'of', 'for', 'por', 'by', 'para', 'en', 'in', 'at', 'con', 'with', 'from', 'desde', 'sobre', 'on']);

/** The words of a key that can identify someone: "de Vries" → "vries"; the key's words when all are fillers. */
export function significantWords(key: string): string[] {
  const words = key.split(' ');
  const significant = words.filter((word) => !FILLER_WORDS.has(word));
  return significant.length ? significant : words;
}

/**
 * Whether a key's titles stand right before a name ("president putin", "el presidente Putin"), or are a spokesperson's
 * before whom they speak for ("un portavoz de la organización": the body is the speaker): only then may a title the
 * articles do not give be left out. Titles after the other words ("Moravian president", "Codelco chief executive") or
 * another title's complement ("chief executive of Codelco") name whoever holds the office the words describe, never them.
 */
export function titlesLead(key: string): boolean {
  const words = key.split(' ').filter((word) => !ARTICLES.has(word));
  const first = words.findIndex((word) => !TITLE_NOUNS.has(word));
  const speaksFor = words.slice(0, first).every((word) => SPOKESPERSON_NOUNS.has(word));
  return first > 0 && words.slice(first).every((word) => !TITLE_NOUNS.has(word) && (speaksFor || !PREPOSITIONS.has(word)));
}

/**
 * A key that puts an office after what the office belongs to ("codelco chief executive", "georgian president") with the
 * office first and that after it, as "of" and "de" complements ("chief executive of codelco", "president de georgia"), each
 * with what it belongs to (`owner`); a single word is also read as an adjective of nationality ("president of georgia" for
 * "georgian"). None for any other key.
 */
export function officeFirst(key: string): Array<{ form: string; owner: string }> {
  const words = key.split(' ').filter((word) => !ARTICLES.has(word));
  let at = words.length;
  while (at > 0 && TITLE_NOUNS.has(words[at - 1]!)) at--;
  const owner = words.slice(0, at);
  // A role held for someone else ("Anna Berg spokesman") is another person's, whom "spokesman of Anna Berg" would read as her.
  if (at === 0 || at === words.length || owner.some((word) => TITLE_NOUNS.has(word) || PREPOSITIONS.has(word)) || words.slice(at).some((word) => ROLES_FOR_ANOTHER.has(word))) return [];
  const office = words.slice(at).join(' ');
  const country = owner.length === 1 ? countryOfDemonym(owner[0]!) : undefined;
  return [owner.join(' '), ...(country ? [country] : [])].flatMap((complement) => [`${office} of ${complement}`, `${office} de ${complement}`].map((form) => ({ form, owner: complement })));
}

/** Whether a query's word is a name's word, or its initial ("v" for "vladimir"). */
export function sameWord(word: string, known: string): boolean {
  return word === known || (word.length === 1 && known.startsWith(word));
}
