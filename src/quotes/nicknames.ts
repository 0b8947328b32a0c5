/**
 * Nicknames the article sets in quotation marks around a name it writes: before the name after an article
 * ('el "Chapo" Guzmán', 'the "Iron Lady" Thatcher'), or after it through a word that introduces one
 * ('Joaquín Guzmán, alias "El Chapo"', 'Guzmán, known as "El Chapo"', 'apodado “el Tigre”'). A nickname is a name the
 * reader may look the person up by, never a title to refer back by. (A nickname set inside the name, Raúl "Pato" Gómez,
 * is read as one of the name's words: tokens.ts.)
 */
import type { NameSpan, Sentence, Token } from './tokens.js';
import { DETERMINERS } from './lexicon.js';
import { foldWord } from './normalize.js';

/** Words a nickname may have ("Chapo", "El Chapo", "The Iron Lady"). */
const MAX_NICKNAME_WORDS = 3;

/** Words that introduce a nickname after a name, folded ("alias", "apodado", "conocido como", "known as", "nicknamed", "dubbed"). */
const NICKNAME_MARKERS: ReadonlyArray<readonly string[]> = [
  ['alias'], ['apodado'], ['apodada'], ['conocido', 'como'], ['conocida', 'como'], ['known', 'as'], ['nicknamed'], ['dubbed'], ['aka'],
].map((words) => words.map(foldWord));

/** The quoted words of a quotation token when they are a few capitalised words, each maybe after an article ("El Chapo"); else undefined. */
function quotedName(token: Token | undefined, text: string): string | undefined {
  if (token?.kind !== 'quote' || !token.quotation) return undefined;
  const quoted = text.slice(token.quotation.inner.start, token.quotation.inner.end).trim();
  const words = quoted.split(/\s+/u);
  return words.length <= MAX_NICKNAME_WORDS && words.every((word) => /^\p{Lu}[\p{L}.'’-]*$/u.test(word)) ? quoted : undefined;
}

/** Index just past the nickname marker opening at `at` ("alias", "known as"), or undefined when none does. */
function markerEnd(tokens: Token[], at: number): number | undefined {
  const marker = NICKNAME_MARKERS.find((words) => words.every((word, i) => tokens[at + i]?.key === word));
  return marker ? at + marker.length : undefined;
}

/**
 * The nicknames the sentence gives the name `span`: a quoted one right before it after an article or opening the
 * sentence ('El "Chapo" Guzmán'), and one after it through a marker, a comma and an article allowed between
 * ('Guzmán, alias el "Chapo"'). Each as written inside its marks.
 */
export function nicknamesOf(sentence: Sentence, text: string, span: NameSpan): string[] {
  const { tokens } = sentence;
  const found: string[] = [];
  const before = quotedName(tokens[span.from - 1], text);
  const opener = tokens[span.from - 2];
  if (before !== undefined && (opener === undefined || DETERMINERS.has(opener.key) || opener.kind === 'punct')) found.push(before);
  let at = tokens[span.to]?.text === ',' ? span.to + 1 : span.to;
  const end = markerEnd(tokens, at);
  if (end !== undefined) {
    at = DETERMINERS.has(tokens[end]?.key ?? '') ? end + 1 : end;
    const after = quotedName(tokens[at], text);
    if (after !== undefined) found.push(after);
  }
  return found;
}
