/**
 * An author's name printed in capitals ("MICHAEL R. GORDON", a byline's style or a CMS's field) as a name is written:
 * "Michael R. Gordon". A journalist citing the story writes the name so, and /sources shows it so (newcomer 26's
 * /sources miss). Only the case changes: initials, hyphens and apostrophes keep their places ("CHOE SANG-HUN" →
 * "Choe Sang-Hun", "O'BRIEN" → "O'Brien"), particles inside a name go to lower case ("JUAN DE LA CRUZ" → "Juan de la
 * Cruz"), and a word with no vowel stays as printed, for it is an acronym ("TMZ STAFF" → "TMZ Staff", "RFE/RL").
 * A name of one word ("EFE", "JIJI") is an agency's as often as a person's and stays, and so does an organisation's
 * ("AGENCIA EFE", "AGENCE FRANCE-PRESSE", see isOrganization). A "Mc" name takes its second capital ("MCDONALD" →
 * "McDonald": the spelling of nearly every such surname); a "Mac" one cannot be known from capitals ("MACDONALD" is
 * "MacDonald" or "Macdonald", "MACHADO" is no "Mac" name) and keeps only its first.
 */
import { NAME_PARTICLES, isOrganization } from './lines.js';
import { escapeRegExp } from '../text/literal-pattern.js';

const LOWER = /\p{Ll}/u;
/** A "Mc"/"Mac" prefix printed in its own case before a surname in capitals ("McNEIL", "MacLEAN"). */
const PRINTED_PREFIX = /^(Ma?c)(\p{Lu}{2,}[\p{L}'’-]*)$/u;
/** A generation's suffix, "Jr." or "Sr.", in any case. */
const SUFFIX = /^[JS][Rr]\.?$/u;
const VOWEL = /[AEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜÃÕ]/u;

/** `authors` (", "-joined names) with each name in capitals cased as a name; any other name as it is. */
export function casedAuthors(authors: string): string {
  return authors
    .split(', ')
    .map((name) => casedName(name))
    .join(', ');
}

/** The most letters of a word in an outlet's name in capitals that may be an acronym ("EFE", "ANSA"; "VOZ" is a word). */
const MAX_ACRONYM_LETTERS = 4;

/**
 * An outlet's name printed in capitals, of two words or more ("EL HERALDO DEL VALLE", "EUROPA PRESS"), in its usual
 * case: as `text` prints it elsewhere in another case ("consultadas por Europa Press"), else each word capitalised
 * (casedWord) but for an acronym: a word with no vowel ("CNN"), or a short one that `text` prints in capitals too ("AGENCIA
 * EFE" beside "dijo a EFE" → "Agencia EFE"; "LA VOZ DEL LITORAL" → "La Voz del Litoral"). A one-word name is cased as
 * `text` prints it, else capitalised when longer than an acronym ("REUTERS" → "Reuters"; "EFE", "ANSA" stay).
 */
export function casedOutlet(outlet: string, text: string): string {
  const words = outlet.split(' ');
  if (LOWER.test(outlet) || !/\p{Lu}/u.test(outlet)) return outlet;
  const printed = [...text.matchAll(wholeWords(outlet, 'giu'))].map(([match]) => match).find((match) => LOWER.test(match));
  if (printed) return printed;
  // One word: an acronym unless longer than one ("REUTERS", "ANDINA" are names; "EFE", "ANSA" may be acronyms).
  if (words.length < 2) return outlet.length > MAX_ACRONYM_LETTERS && VOWEL.test(outlet) ? casedWord(outlet, true) : outlet;
  const isAcronym = (word: string) => word.length <= MAX_ACRONYM_LETTERS && !NAME_PARTICLES.has(word.toLocaleLowerCase()) && wholeWords(word, 'u').test(text);
  return words.map((word, index) => (isAcronym(word) ? word : casedWord(word, index === 0))).join(' ');
}

/** A pattern for `words` standing alone, not inside longer words. */
function wholeWords(words: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(words)}(?![\\p{L}])`, flags);
}

function casedName(name: string): string {
  const words = name.split(' ');
  // Capitals but for a "Mc"/"Mac" written as such and a "Jr." ("DONALD G. McNEIL Jr.") are still capitals.
  const capitals = words.map((word) => (SUFFIX.test(word) ? '' : word.replace(PRINTED_PREFIX, '$2'))).join(' ');
  if (words.length < 2 || LOWER.test(capitals) || !/\p{Lu}/u.test(name) || isOrganization(name)) return name;
  return words.map((word, index) => casedWord(word, index === 0)).join(' ');
}

function casedWord(word: string, first: boolean): string {
  const prefix = PRINTED_PREFIX.exec(word);
  if (prefix?.[1] && prefix[2]) return prefix[1] + casedWord(prefix[2], first);
  if (SUFFIX.test(word)) return `${word.charAt(0)}r.`;
  if (!VOWEL.test(word)) return word;
  const lower = word.toLocaleLowerCase();
  if (!first && NAME_PARTICLES.has(lower)) return lower;
  // A letter opens the word and each part after a hyphen or an apostrophe, and the letter after a "Mc".
  return lower.replace(/(^|[-'’.])(mc(?=\p{L}{2}))?(\p{L})/gu, (_, before: string, mc: string | undefined, letter: string) => `${before}${mc ? 'Mc' : ''}${letter.toLocaleUpperCase()}`);
}
