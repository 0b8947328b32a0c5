/**
 * Runs of capitalised words read as one name ("Corea del Norte", "Bank of England", "Pedro Almagro") in a sentence's
 * tokens: the shared step of name-list.ts (names in a list) and figure-owner.ts (whose figure a clause gives).
 */

/** A token's first letter is a capital. */
export const CAPITAL = /^\p{Lu}/u;
/** Words that may join a name's capitalised words ("Corea del Norte", "Bank of England"), folded. */
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'of', 'the']);

/**
 * The index just past the name that starts at `tokens[at]` (itself capitalised): later capitalised tokens, and a
 * joiner followed by a capitalised token, extend it. `folded`: the token lower-cased without accents.
 */
export function nameRunEnd(tokens: ReadonlyArray<{ word: string; folded: string }>, at: number): number {
  let next = at + 1;
  for (;;) {
    if (CAPITAL.test(tokens[next]?.word ?? '')) next++;
    else if (NAME_JOINERS.has(tokens[next]?.folded ?? '') && CAPITAL.test(tokens[next + 1]?.word ?? '')) next += 2;
    else return next;
  }
}
