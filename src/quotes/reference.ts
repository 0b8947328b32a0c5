/**
 * Speaker reference across sentences: whom a role noun ("el ministro", "the spokesman", "el organismo")
 * or a pronoun refers to when the sentence itself does not name anyone, and who a sentence is about when
 * no statement of it names a speaker.
 *
 * The rules follow how press writing refers back (an editor's convention, not figures from any data set):
 * a role names whoever the article gave that title; a role nobody was given, a pronoun or a left-out
 * subject continue the speaker the reader has in focus, provided the two are the same kind of speaker (a
 * person's role never goes to an organisation, "el organismo" never to a person). Otherwise a known role
 * stays the speaker as written ("Ministro"), never a guess at a name.
 */
import type { Sentence, Token } from './tokens.js';
import { nameSpans } from './tokens.js';
import type { ArticleContext, Attribution } from './reading.js';
import type { Cast } from './cast.js';
import { nameKey } from './normalize.js';
import { COMPLEMENTISERS, DETERMINERS, GROUP_NOUNS, MEDIUM_NOUNS, NAME_PREPOSITIONS, PHRASE_PREPOSITIONS } from './lexicon.js';

/**
 * Head nouns of a role that refers to an organisation ("el organismo", "la entidad", "el ente emisor",
 * "la autoridad monetaria", "the body"): Spanish and English words for an institution in general.
 */
const ORGANISATION_ROLES = new Set(['organismo', 'entidad', 'ente', 'institucion', 'autoridad', 'organizacion', 'corporacion', 'body', 'institution', 'organisation', 'organization', 'authority']);

/**
 * Words that make a proper name an organisation's rather than a person's ("Banco Central de Nicaragua",
 * "Organización Meteorológica Mundial", "University and College Union"), besides the group and medium nouns.
 */
const ORGANISATION_WORDS = new Set([
  ...ORGANISATION_ROLES,
  'banco', 'servicio', 'instituto', 'universidad', 'fundacion', 'comision', 'corte', 'tribunal', 'fiscalia', 'alcaldia', 'relatoria', 'procuraduria', 'secretaria', 'direccion', 'oficina', 'camara', 'congreso', 'senado', 'asamblea', 'agencia',
  'bank', 'service', 'institute', 'university', 'foundation', 'commission', 'court', 'congress', 'senate', 'assembly', 'house', 'operator', 'board', 'centre', 'center',
]);

const keyWords = (text: string) => nameKey(text).split(' ');

/** Whether a proper name reads as an organisation's: an acronym, or a name with an institution word. */
export function isOrganisation(name: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(name.replace(/[.\s]/g, ''))) return true;
  return keyWords(name).some((word) => ORGANISATION_WORDS.has(word) || GROUP_NOUNS.has(word) || MEDIUM_NOUNS.has(word));
}

/** Whether a role can refer to this speaker: an organisation's role to an organisation, any other to a person. */
function fits(role: string, speaker: string): boolean {
  return keyWords(role).some((word) => ORGANISATION_ROLES.has(word)) === isOrganisation(speaker);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Who a role phrase used as a subject ("añadió el ministro", "la entidad apunta") is: the person the
 * article gave that title (nearest before character offset `at` when several were), else `focus` (whom the
 * previous sentences were about) when the role fits that speaker's kind, else, for a `known` role noun, the
 * role itself as written; an unknown noun phrase ("el corporado") with no speaker to refer to credits nobody.
 */
export function resolveRole(cast: Cast, role: string, at: number, focus: Attribution | undefined, known: boolean): Attribution {
  const holder = cast.resolveTitle(role, at);
  if (holder) return { speaker: holder, medium: null };
  if (focus?.speaker && fits(role, focus.speaker)) return focus;
  return { speaker: known ? capitalise(role) : null, medium: null };
}

/** Whom "él", "ella", "he", "she" can refer to: a person, never an organisation or a medium. */
export function asPerson(attribution: Attribution | undefined): Attribution | undefined {
  return attribution?.speaker && !isOrganisation(attribution.speaker) ? attribution : undefined;
}

/**
 * Who a sentence with no subject we could read is about: the first person it names in full outside a
 * prepositional phrase and before any subordinate clause ("Durante la entrevista, Rodolfo
 * Delgado hizo un llamado al Órgano Judicial para que…" → Rodolfo Delgado). A name inside "que …" is what
 * the sentence reports, not who it is about; a single word may be a place ("Kherson"); organisations and
 * media are left out, as a sentence about a person may name one in passing.
 */
export function sentenceTopic(context: ArticleContext, sentence: Sentence): Attribution | undefined {
  const { tokens } = sentence;
  const clause = tokens.findIndex((token) => COMPLEMENTISERS.has(token.key));
  for (const span of nameSpans(sentence, context.text)) {
    if (clause >= 0 && span.from > clause) break;
    if (insidePrepositionalPhrase(tokens, span.from)) continue;
    if (context.cast.isMedium(span.text) || isOrganisation(span.text)) continue;
    const speaker = context.cast.resolveName(span.text, sentence.start);
    return speaker?.includes(' ') ? { speaker, medium: null } : undefined;
  }
  return undefined;
}

/** Words a name's determiner and title may take before it ("el antropólogo y periodista Juan Martínez"). */
const MAX_TITLE_WORDS = 3;

/** Whether a name, with its determiner and title if any, follows a preposition: "a Martínez", "de la Asamblea". */
function insidePrepositionalPhrase(tokens: Token[], from: number): boolean {
  let i = from - 1;
  for (let words = 0; words < MAX_TITLE_WORDS && i >= 0; words++) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || !/^\p{Ll}/u.test(token.text) || PHRASE_PREPOSITIONS.has(token.key) || NAME_PREPOSITIONS.has(token.key)) break;
    i--;
    if (DETERMINERS.has(token.key)) break;
  }
  const before = tokens[i];
  return before !== undefined && (PHRASE_PREPOSITIONS.has(before.key) || NAME_PREPOSITIONS.has(before.key));
}
