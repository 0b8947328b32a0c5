/**
 * A name of the question with one word changed in the sentence: "¿Qué película ganó el Ancla de Oro?" beside "«Marea
 * baja» ganó el Ancla de Plata", "¿Cuánto invertirá la Diputación de Soria…?" beside "El Ayuntamiento de Soria invertirá
 * …". The sentence holds the rest of the asked name, so it repeats the question's words, but in the changed word's place
 * it names another prize, body or person: SQuAD 2.0's writers made unanswerable questions so (Rajpurkar, Jia & Liang,
 * 2018), and blind newcomers 30, 31 and 33 found /ask answering them as if matched. name-swap.ts reads a name missing
 * whole; this reads one word of it replaced by another in the same place of a name as long.
 *
 * A name written otherwise is no other name: a plural or a longer form ("Super Bowls", "Haroldo") or a slip
 * ("Sheeshanks" for "Sheepshanks") is the same word; a name of another length or order ("Ana María Beltrán" for "Ana
 * Beltrán", "Centro de Atletismo Gerald Ratner" beside "Gerald Ratner Athletics Center") is not read, nor a shared
 * Roman numeral ("Felipe II", "Carlos II"). Stop 53 measured the looser reading (any name sharing a word, one word each
 * way, anywhere in it) and found translations' renamings among what it refused of SQuAD-es v2's answerable questions
 * (docs/EVALUATION.md, issue 15, stops 53 and 56).
 */
import { nameRuns } from '../search/analyze.js';
import { foldAccents, words } from '../text/words.js';
import { typingDistance } from './spelling.js';

/** Lower-case particles of a name ("Diputación de Soria") and articles that a name opening a sentence takes ("El Ayuntamiento"). */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'of', 'the', 'y', 'and', 'en', 'in']);
/** A Roman numeral ("Felipe II"): a numeral is no word of a name two names may share or change. */
const ROMAN = /^[ivxlc]+$/u;
/** The shortest word read as spelt otherwise (a slip or a longer form); shorter words must be written alike. */
const SPELT_OTHERWISE_LENGTH = 4;
/** From this length a word may differ by two slips. */
const TWO_SLIPS_LENGTH = 7;

/** Whether two folded words are the same name word, written alike, longer ("bowl", "bowls") or with a slip. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < SPELT_OTHERWISE_LENGTH) return false;
  return a.startsWith(b) || b.startsWith(a) || typingDistance(a, b) <= (shorter >= TWO_SLIPS_LENGTH ? 2 : 1);
}

/**
 * The runs of name words of `text` (folded), particles left out, a capitalised word opening it included ("Marcos
 * Iturbe fue condenado…"): analyze.ts `nameRuns` reads a question, whose first word is capitalised anyway.
 */
function ownRuns(text: string): string[][] {
  return nameRuns(`y ${text}`).map((run) => run.filter((word) => !PARTICLES.has(word))).filter((run) => run.length > 0);
}

/** A particle joining two words of a name ("Ancla de Oro", "Bank of Kelby", "Diputación de la Rioja"), folded. */
const JOINING = String.raw`\s+(?:(?:de|del|of)\s+)(?:(?:la|las|los|el|the)\s+)?`;

/**
 * Whether `folded` (a question, folded) writes two neighbouring words of `run` joined by a particle: the name of a body,
 * a prize or a place ("Instituto Nacional de Aguas", "Ancla de Oro"), not a person's ("Genghis Khan"), whose other
 * given name is often the answer asked for ("¿Qué descendiente de Genghis Khan…?" beside "Hulagu Khan").
 */
function joinedByParticle(folded: string, run: readonly string[]): boolean {
  return run.slice(1).some((word, i) => new RegExp(String.raw`(?<![\p{L}])${run[i]}${JOINING}${word}(?![\p{L}])`, 'u').test(folded));
}

/**
 * True when a name of `question` of two words or more, two of them joined by a particle, is held whole by none of `sentences` (those an answer would
 * quote), while the first of them writes a name as long that has every word of it in the same places but one, and in
 * that place a word none of the question's names writes, the asked word appearing nowhere in that sentence: "Ancla de Plata" for
 * the asked "Ancla de Oro", "Marcos Iturbe" for "Rubén Iturbe". Words are compared as `sameWord` reads them; the kept
 * words must have three letters or more and the changed ones be no Roman numerals. False for a question naming nothing,
 * or whose names are of one word each.
 */
export function nameChanged(question: string, sentences: readonly string[]): boolean {
  const [first] = sentences;
  if (first === undefined) return false;
  const runs = ownRuns(question);
  const askedNames = runs.flat();
  const held = sentences.map((sentence) => words(sentence));
  const inText = (word: string, text: readonly string[]) => text.some((other) => sameWord(word, other));
  const firstWords = held[0] ?? [];
  const written = ownRuns(first);
  const folded = foldAccents(question);
  return runs.some((run) => {
    if (run.length < 2 || !joinedByParticle(folded, run) || held.some((text) => run.every((word) => inText(word, text)))) return false;
    return written.some((other) => {
      if (other.length !== run.length) return false;
      const changed = run.flatMap((word, i) => (sameWord(word, other[i] ?? '') ? [] : [i]));
      if (changed.length !== 1) return false;
      const [at] = changed as [number];
      const [from, to] = [run[at] ?? '', other[at] ?? ''];
      const kept = run.filter((_, i) => i !== at);
      return kept.every((word) => word.length >= 3) && !ROMAN.test(from) && !ROMAN.test(to) && !inText(from, firstWords) && !inText(to, askedNames);
    });
  });
}
