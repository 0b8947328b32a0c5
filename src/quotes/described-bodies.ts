/**
 * Whom a role of one common noun refers to when the article wrote that noun right before a name ("la constructora
 * Altamira ganó… «…», sostuvo la constructora", "The carmaker Voss Motoren recalled… The carmaker said…"): the press
 * introduces a body, or anyone, by what it is and then calls it by that noun alone, so the noun names whoever it was
 * written before last. A reader's rule (definite description referring back to its introduction), not a list of nouns.
 */
import { escapeRegExp } from '../text/literal-pattern.js';

/** Characters before a role read for where its noun introduced a name: a long article's several pages. */
const DESCRIBED_REACH = 6000;

/**
 * The name the text wrote last, before offset `before`, right after the role's noun (`noun` as written, any case) and a
 * determiner ("la minera Cerro Alto", "the operator Coastal Rail"), resolved by `resolve` (the cast's, at `before`);
 * undefined when the noun never introduced a name there. A name is capitalised words, joined by lower-case particles
 * of names ("Lácteos del Valle"); a code with digits ("el vuelo QF-311") names no body and is no such name.
 */
export function describedBefore(text: string, noun: string, before: number, resolve: (name: string) => string | null): string | undefined {
  const start = Math.max(0, before - DESCRIBED_REACH);
  const preceding = text.slice(start, before);
  // Case matters for the name (\p{Lu} under an "i" flag matches any letter), so only the determiner's and noun's first letters may be capitals.
  const first = noun.charAt(0);
  const written = `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]${escapeRegExp(noun.slice(1))}`;
  const introduced = new RegExp(`(?<!\\p{L})(?:[Ee]l|[Ll]as?|[Ll]os|[Tt]he|[Uu]na?|[Aa]n?)\\s+${written}\\s+(\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:de|del|la|las|los|y|of|the|and)\\s+)?\\p{Lu}[\\p{L}'’&-]*)*)(?![\\p{L}\\p{N}-])`, 'gu');
  const found = [...preceding.matchAll(introduced)].at(-1)?.[1];
  if (found === undefined) return undefined;
  return resolve(found) ?? found;
}

/**
 * Whether the text introduces `name` as a body: right after a definite article and a lower-case noun that `isBodyNoun`
 * takes for a body's ("the charity Sea Watchers", "la cooperativa Los Andes"), which is what the press calls a body by,
 * as "el concejal Ana Ruiz" is what it calls a person by.
 */
export function introducedAsBody(text: string, name: string, isBodyNoun: (noun: string) => boolean): boolean {
  // "the campaign group Clean Rivers Now": the noun is the last of at most two lower-case words.
  const introduced = new RegExp(`(?<!\\p{L})(?:[Tt]he|[Ee]l|[Ll]as?|[Ll]os)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(introduced)].some((found) => isBodyNoun(found[1]!));
}
