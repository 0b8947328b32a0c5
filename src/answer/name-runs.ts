/**
 * Runs of capitalised words read as one name ("Corea del Norte", "Bank of England", "Pedro Almagro") in a sentence's
 * tokens: the shared step of name-list.ts (names in a list) and figure-owner.ts (whose figure a clause gives).
 */

/** A token's first letter is a capital. */
export const CAPITAL = /^\p{Lu}/u;
/** Words that may join a name's capitalised words ("Corea del Norte", "Bank of England"), folded. */
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'of', 'the']);
/** Joiners a determiner may follow inside a name ("Cámara de los Comunes", "Universidad de la Costa", "Bank of the West"), folded. */
const OWNER_JOINERS = new Set(['de', 'of']);
/** The determiners that may stand between an owner's joiner and the name's next word, folded. */
const JOINED_DETERMINERS = new Set(['la', 'las', 'los', 'el', 'the']);

/**
 * The index just past the name that starts at `tokens[at]` (itself capitalised): later capitalised tokens, a joiner
 * followed by a capitalised token, and "de"/"of" and a determiner followed by one ("Senado de la Nación": the body whose
 * figure the sentence gives is one name, not "Senado" and another name "Nación") extend it. `folded`: the token
 * lower-cased without accents.
 */
export function nameRunEnd(tokens: ReadonlyArray<{ word: string; folded: string }>, at: number): number {
  let next = at + 1;
  for (;;) {
    if (CAPITAL.test(tokens[next]?.word ?? '')) next++;
    else if (NAME_JOINERS.has(tokens[next]?.folded ?? '') && CAPITAL.test(tokens[next + 1]?.word ?? '')) next += 2;
    else if (OWNER_JOINERS.has(tokens[next]?.folded ?? '') && JOINED_DETERMINERS.has(tokens[next + 1]?.folded ?? '') && CAPITAL.test(tokens[next + 2]?.word ?? '')) next += 3;
    else return next;
  }
}
