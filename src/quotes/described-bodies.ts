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
  // The pattern below is made for this noun, and making one costs about a millisecond (its Unicode classes): most nouns
  // are never written before a capital, which a plain search tells (docs/BENCHMARKS.md, stop 59).
  if (!writtenBeforeCapital(text, noun, start, before)) return undefined;
  const preceding = text.slice(start, before);
  // Case matters for the name (\p{Lu} under an "i" flag matches any letter), so only the determiner's and noun's first letters may be capitals.
  const first = noun.charAt(0);
  const written = `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]${escapeRegExp(noun.slice(1))}`;
  const introduced = new RegExp(`(?<!\\p{L})(?:[Ee]l|[Ll]as?|[Ll]os|[Tt]he|[Uu]na?|[Aa]n?)\\s+${written}\\s+(\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:de|del|la|las|los|y|of|the|and)\\s+)?\\p{Lu}[\\p{L}'’&-]*)*)(?![\\p{L}\\p{N}-])`, 'gu');
  const found = [...preceding.matchAll(introduced)].at(-1)?.[1];
  if (found === undefined) return undefined;
  return resolve(found) ?? found;
}

/** Spaces, then a capital: what follows a noun that introduces a name. */
const SPACES_THEN_CAPITAL = /\s+\p{Lu}/uy;

/**
 * Whether `text` writes `noun`, its first letter in either case, then spaces and a capital, all between offsets `from`
 * and `to`: what describedBefore's pattern needs to match there (a necessary condition, not a sufficient one).
 */
function writtenBeforeCapital(text: string, noun: string, from: number, to: number): boolean {
  const first = noun.charAt(0);
  const rest = noun.slice(1);
  for (const letter of new Set(first.toLowerCase() + first.toUpperCase())) {
    const written = letter + rest;
    for (let at = text.indexOf(written, from); at >= 0 && at + written.length < to; at = text.indexOf(written, at + 1)) {
      SPACES_THEN_CAPITAL.lastIndex = at + written.length;
      const found = SPACES_THEN_CAPITAL.exec(text);
      if (found && found.index + found[0].length <= to) return true;
    }
  }
  return false;
}

/**
 * A definite article and one or two lower-case words, each followed by spaces: what the press writes before a name it
 * introduces by a noun ("the campaign group Clean Rivers Now", "la cooperativa Los Andes"). Groups: the first word and
 * its spaces, the second word and its spaces.
 */
const ARTICLE_AND_NOUNS = /(?<!\p{L})(?:[Tt]he|[Ee]l|[Ll]as?|[Ll]os)\s+(\p{Ll}+)(\s+)(?:(\p{Ll}+)(\s+))?/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/**
 * Whether the text introduces `name` as a body: right after a definite article and a lower-case noun that `isBodyNoun`
 * takes for a body's ("the charity Sea Watchers", "la cooperativa Los Andes"), which is what the press calls a body by,
 * as "el concejal Ana Ruiz" is what it calls a person by. The noun is the last of at most two lower-case words ("the
 * campaign group Clean Rivers Now"). Read as the pattern `(?<!\p{L})(?:[Tt]he|[Ee]l|[Ll]as?|[Ll]os)\s+(?:\p{Ll}+\s+)?
 * (\p{Ll}+)\s+<name>(?![\p{L}\p{N}])`, matched through the text, would read it, but without making that pattern for
 * each name: making one costs about a millisecond (its Unicode classes), and a resolution asks about several names.
 */
export function introducedAsBody(text: string, name: string, isBodyNoun: (noun: string) => boolean): boolean {
  ARTICLE_AND_NOUNS.lastIndex = 0;
  for (let found = ARTICLE_AND_NOUNS.exec(text); found !== null; found = ARTICLE_AND_NOUNS.exec(text)) {
    const [, first, firstSpaces, second, secondSpaces] = found;
    const end = found.index + found[0].length;
    const secondStart = second === undefined ? end : end - secondSpaces!.length - second.length;
    // The name after two words is tried first, then after one, as the pattern's optional word is.
    const afterTwo = second === undefined ? -1 : nameAfterSpaces(text, name, end - secondSpaces!.length, end);
    const named = afterTwo >= 0 ? afterTwo : nameAfterSpaces(text, name, secondStart - firstSpaces!.length, secondStart);
    if (named < 0) {
      ARTICLE_AND_NOUNS.lastIndex = found.index + 1;
      continue;
    }
    if (isBodyNoun(afterTwo >= 0 ? second! : first!)) return true;
    // As the pattern goes on from the end of its last match.
    ARTICLE_AND_NOUNS.lastIndex = named;
  }
  return false;
}

/**
 * Where `name` ends when the text writes it after some of the spaces between offsets `from` and `to` (at least one, the
 * most first, as `\s+<name>` tries them) and no letter or digit follows it; -1 when it does not.
 */
function nameAfterSpaces(text: string, name: string, from: number, to: number): number {
  for (let at = to; at > from; at--) {
    if (!text.startsWith(name, at)) continue;
    LETTER_OR_DIGIT.lastIndex = at + name.length;
    if (!LETTER_OR_DIGIT.test(text)) return at + name.length;
  }
  return -1;
}
