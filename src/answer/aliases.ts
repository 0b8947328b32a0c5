/**
 * Other ways of writing the countries and organisations a question names, so that "¿Qué dijo EEUU?"
 * finds passages that say "Estados Unidos", and "What did the US say?", translated as "los EE.UU.",
 * finds them too. The names are the quote rules' own table of one actor's names across Spanish and
 * English (src/quotes/same-actor.ts); the question is read again with each other name in its place.
 */
import { nameKey } from '../quotes/normalize.js';
import { SAME_ACTOR_KEYS } from '../quotes/same-actor.js';

const LETTERS = /\p{L}[\p{L}\p{M}]*/gu;
/** Words in the longest name of the table ("organización del tratado del atlántico norte"). */
const MAX_NAME_WORDS = 6;
/** An acronym this short is also a common word ("us", "un", "ue"): it counts only written in capitals. */
const SHORT_ACRONYM = 3;
const LOWER_CASE_WORDS = new Set(['de', 'del', 'las', 'los', 'la', 'el', 'of', 'the']);

/** The question with another name in place of one it names. */
export interface AliasReading {
  text: string;
  /** The other name's words, folded ("estados", "unidos"). */
  name: string[];
}

/**
 * The question once for each other name of each known country or organisation it names, that name
 * written in its place ("¿Qué dijo EEUU?" → "¿Qué dijo Estados Unidos?", "¿Qué dijo United States?", …).
 * A name counts when written as one: capitalised, and a short acronym in capitals ("US", not "us").
 * Empty when the question names none.
 */
export function aliasReadings(question: string): AliasReading[] {
  const tokens = Array.from(question.matchAll(LETTERS), (match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const readings: AliasReading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    for (let j = Math.min(tokens.length, i + MAX_NAME_WORDS) - 1; j >= i; j--) {
      const { end } = tokens[j]!;
      const key = nameKey(question.slice(first.start, end));
      const row = SAME_ACTOR_KEYS.get(key);
      if (!row || !writtenAsName(first.word, key)) continue;
      for (const other of row) if (other !== key) readings.push({ text: question.slice(0, first.start) + spelt(other) + question.slice(end), name: other.split(' ') });
      i = j;
      break;
    }
  }
  return readings;
}

function writtenAsName(firstWord: string, key: string): boolean {
  if (!/^\p{Lu}/u.test(firstWord)) return false;
  return key.length > SHORT_ACRONYM || key.includes(' ') || firstWord === firstWord.toUpperCase();
}

/** A key of the table as a name is written: "EE UU", "ONU", "Estados Unidos", "Corea del Norte". */
function spelt(key: string): string {
  const parts = key.split(' ');
  const acronym = parts.length === 1 ? key.length <= 4 : parts.every((part) => part.length <= 2);
  if (acronym) return key.toUpperCase();
  return parts.map((part) => (LOWER_CASE_WORDS.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1))).join(' ');
}
