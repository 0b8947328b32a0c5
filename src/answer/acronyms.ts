/**
 * Acronyms a story defines for itself: "el Ministerio de Energía y Minas (MEM)", "the Office for National Statistics
 * (ONS)". A story names an organisation in full once and by its acronym after that ("dijo el titular del MEM, Alberto
 * Pimentel"), so a question that writes either form is also read with the other one in its place. The definitions are
 * read from the passages the question found (a long form followed by its acronym in parentheses, the acronym's letters
 * the initials of the long form's capitalised words, in order: Schwartz and Hearst's test, 2003, kept to capitals),
 * not from a list.
 */
import { foldAccents } from '../text/words.js';
import type { AliasReading } from './aliases.js';

/** A long form and the acronym a text defines for it. */
export interface Acronym {
  long: string;
  acronym: string;
}

// Up to six capitalised words, joined by the lower-case function words names hold ("de", "y", "para la", "of", "and"),
// then the acronym in parentheses: two to six capitals.
const JOINER = '(?:de|del|la|las|los|el|y|e|para|en|of|for|and|the|on)';
const CAPITALISED = '\\p{Lu}[\\p{L}\\p{M}]*';
const DEFINITION = new RegExp(`(${CAPITALISED}(?:\\s+(?:${JOINER}\\s+)*${CAPITALISED}){1,5})\\s*\\((\\p{Lu}{2,6})\\)`, 'gu');
const JOINER_WORD = new RegExp(`^${JOINER}$`, 'u');
/** A capitalised word, not inside another word. */
const CAPITALISED_WORD = new RegExp(`(?<![\\p{L}\\p{M}])${CAPITALISED}`, 'gu');

/** The acronyms `text` defines: each long form whose capitalised words' initials spell the acronym, the first of them opening it. */
export function definedAcronyms(text: string): Acronym[] {
  const found: Acronym[] = [];
  for (const [, long = '', acronym = ''] of text.matchAll(DEFINITION)) {
    // The long form may open with capitalised words the acronym leaves out ("Según el Instituto Nacional de Estadística (INE)"):
    // it is cut to start at the word the acronym's first letter spells, the acronym's letters being its last capitalised words' initials.
    const letters = foldAccents(acronym);
    const capitalised = [...long.matchAll(CAPITALISED_WORD)];
    const start = capitalised.length - [...letters].length;
    if (start < 0) continue;
    const initials = capitalised.slice(start).map(([word]) => foldAccents(word.charAt(0)));
    if (initials.join('') === letters) found.push({ long: long.slice(capitalised[start]!.index), acronym });
  }
  return found;
}

/**
 * The question once for each acronym the texts define whose long form or acronym it writes, the other form in its place
 * ("¿Quién es el titular del Ministerio de Energía y Minas?" → "¿Quién es el titular del MEM?", and back). The long form
 * is found whatever its accents and case; the acronym only written in capitals, as a word of its own.
 */
export function acronymReadings(question: string, texts: readonly string[]): AliasReading[] {
  const folded = foldAccents(question);
  const readings = new Map<string, AliasReading>();
  for (const { long, acronym } of texts.flatMap(definedAcronyms)) {
    const at = folded.indexOf(foldAccents(long));
    if (at >= 0) {
      const text = question.slice(0, at) + acronym + question.slice(at + long.length);
      readings.set(text, { text, name: [foldAccents(acronym)] });
    }
    const own = new RegExp(`(?<![\\p{L}\\p{M}])${acronym}(?![\\p{L}\\p{M}])`, 'u').exec(question);
    if (own) {
      const text = question.slice(0, own.index) + long + question.slice(own.index + acronym.length);
      readings.set(text, { text, name: foldAccents(long).split(/\s+/u).filter((word) => !JOINER_WORD.test(word)) });
    }
  }
  return [...readings.values()];
}
