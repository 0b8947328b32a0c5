/**
 * A name the question gives a thing, met in a text only as a word of a longer name of something else: "el Mundial" in
 * "¿Quién ganó el Mundial?" is not "la Segunda Guerra Mundial", "the Senate" is no "Senate Office Building". A name
 * the question writes after a determiner names a thing (people's names take none: "Putin", "Ana Soto"); a name's head
 * comes first in Spanish and the other Romance languages ("Guerra Mundial" is a war), last in English ("World War" is
 * a war), so the question's word is only a modifier of another name when unasked capitalised words stand on its head's
 * side, right beside it (newcomer 22's D3b).
 */
import { WORD, foldAccents } from '../text/words.js';

/**
 * Determiners (and Spanish contractions with one) before a thing's name: "el Mundial", "del Congreso", "the Senate". A
 * Spanish plural one names its bearers, a team or a family ("los Patriots", "los Kennedy"), whose full name the story
 * writes with more words before it ("los New England Patriots"): not one of them.
 */
const DETERMINERS = new Set(['el', 'la', 'del', 'al', 'the']);
/** Capitalised function words that stand at a name's edge without being one of its words ("La", "De", "The"). */
const EDGE_WORDS = new Set([...DETERMINERS, 'los', 'las', 'de', 'y', 'of', 'and']);

/** The question's names (folded words of `names`) that `question` writes right after a determiner: names of things. */
export function thingNames(question: string, names: readonly string[]): Set<string> {
  const asked = new Set(names);
  const written = Array.from(question.matchAll(WORD), ([word]) => foldAccents(word));
  return new Set(written.filter((word, at) => asked.has(word) && DETERMINERS.has(written[at - 1] ?? '')));
}

/** Unasked capitalised words on a name's head side that make it another thing's name (see `insideLongerName`). */
const OTHER_HEAD_WORDS = 2;

/**
 * Whether the word at `start`..`end` of `text` is a modifier inside a longer name: right beside it, on the head's side
 * (before it, unless `headLast`: English), stand OTHER_HEAD_WORDS capitalised words that are none of `asked` (folded
 * question names) and no function words. One such word may qualify the same thing (a given name, an ordinal, a city:
 * "Noveno Doctor", "Pittsburgh Steelers"); two hold another name's head ("Segunda Guerra Mundial" for "Mundial", "World
 * War II" for "World"). Not "Mundial de Clubes", nor "Estados Unidos" when both are asked.
 */
export function insideLongerName(text: string, start: number, end: number, asked: ReadonlySet<string>, headLast: boolean): boolean {
  const side = headLast ? text.slice(end, end + 60) : text.slice(Math.max(0, start - 60), start);
  const run = headLast ? /^(?:\s+\p{Lu}[\p{L}\p{M}\p{N}]*)+/u.exec(side)?.[0] : /(?:\p{Lu}[\p{L}\p{M}\p{N}]*\s+)+$/u.exec(side)?.[0];
  const beside = (run ?? '').trim().split(/\s+/u).filter((word) => word !== '');
  const nearest = headLast ? beside : beside.reverse();
  const others = nearest.slice(0, OTHER_HEAD_WORDS).map(foldAccents).filter((word) => !asked.has(word) && !EDGE_WORDS.has(word));
  return others.length === OTHER_HEAD_WORDS;
}
