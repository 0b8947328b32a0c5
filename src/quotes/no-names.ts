/**
 * Speakers' names that name nobody: a body's common noun ("Empresa", "The company"), a channel's ("Comunicado"), a
 * determiner, quantifier or pronoun ("Otro", "Usted"), or the verb a page's furniture opens with ("Sigue", for "Sigue aquí
 * la cobertura"): what the attribution leaves when it could not take a reference back to a name. /quote never offers
 * one as a person or organisation to choose (issue 16; newcomers 33 and 34 met "Empresa", "Otro", "Sigue").
 */
import { nameKey } from './normalize.js';
import { bodyKindOf } from './body-kinds.js';
import { BODY_NOUNS, CHANNEL_NOUNS, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, INDEFINITE_PRONOUNS, INSTITUTION_NOUNS, MEDIUM_NOUNS, PARTITIVES, PLURAL_PRONOUNS, PRONOUNS, QUANTIFIERS } from './lexicon.js';

/**
 * Verbs a page's furniture opens with, in the imperative or the form a prompt uses ("Sigue en directo…", "Lee también",
 * "Mira el vídeo", "Suscríbete", "Follow our live coverage", "Watch the video"; not "Read" nor "See", which are surnames too), folded: src/corpus/furniture.ts's
 * prompts. Alone, as a speaker's whole name, they are a prompt's first word, never anyone's name.
 */
const FURNITURE_VERBS: ReadonlySet<string> = new Set([
  'sigue', 'siga', 'segui', 'lee', 'lea', 'leer', 'mira', 'mire', 'ver', 'escucha', 'escuche', 'suscribete', 'descarga', 'comparte', 'comenta', 'accede', 'haz',
  'follow', 'watch', 'listen', 'subscribe', 'share', 'download', 'click',
]);

/** Pronouns of address and of the speaker ("Usted ha defendido…", "Yo"): the interviewer or narrator, never a name. */
const ADDRESS_PRONOUNS: ReadonlySet<string> = new Set(['usted', 'ustedes', 'yo', 'tu', 'vos', 'nosotros', 'nosotras', 'you', 'we', 'i']);

/** Determiners of another or each ("Otro de los vecinos", "Another", "Ambos"), which the lexicon's lists leave out of their singulars. */
const OTHER_DETERMINERS: ReadonlySet<string> = new Set(['otro', 'otra', 'another', 'other', 'ambos', 'ambas', 'both', 'cada', 'each']);

/** Words that cannot be a speaker's whole name: every list above and the lexicon's closed classes and common nouns. */
const NO_NAME_WORDS: ReadonlyArray<ReadonlySet<string>> = [
  FURNITURE_VERBS, ADDRESS_PRONOUNS, OTHER_DETERMINERS, BODY_NOUNS, INSTITUTION_NOUNS, GROUP_NOUNS, MEDIUM_NOUNS, CHANNEL_NOUNS, DOCUMENT_NOUNS,
  DETERMINERS, QUANTIFIERS, PARTITIVES, INDEFINITE_PRONOUNS, PRONOUNS, PLURAL_PRONOUNS,
];

/** Determiners a common noun is written with as a speaker ("La empresa", "The company"), folded. */
const LEADING_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'the']);

/**
 * Whether a speaker's name is no name: one word, after a leading article, that is a common noun of a body, a channel or
 * a document, a closed-class word, or a page-furniture verb ("Empresa", "La compañía", "Comunicado", "Otro", "Sigue").
 * A name of two words or more ("Empresa Portuaria Sur", "Banco Central") is a name.
 */
export function isNoName(name: string): boolean {
  const words = nameKey(name).split(' ').filter(Boolean);
  const rest = words.length > 1 && LEADING_ARTICLES.has(words[0]!) ? words.slice(1) : words;
  if (rest.length !== 1) return false;
  const [word] = rest as [string];
  return bodyKindOf(word) !== undefined || NO_NAME_WORDS.some((list) => list.has(word));
}
