/**
 * The subject of a verb of saying in a relative clause on the place or the event where the words were said ("La
 * ministra X compareció en una rueda de prensa, donde señaló que…", "Mayor X held a town hall in Eastfield, where he
 * promised that…"): whom the main clause put there, never a place the sentence names on the way.
 */
import type { Sentence, Token } from '../tokens.js';
import type { ArticleContext, Attribution, Previous } from '../reading.js';
import { PRONOUNS } from '../lexicon.js';
import { leadingSubject } from './opening.js';

/** Relative adverbs of place, folded: "donde", Portuguese "onde", "where". */
const PLACE_RELATIVES: ReadonlySet<string> = new Set(['donde', 'onde', 'where']);

/**
 * The place relative that opens the clause of a verb whose subject starts at token `at` (its pronoun, "where she argued")
 * or whose verb starts there (Spanish leaves the pronoun out: "donde señaló"): the relative's index, else undefined.
 */
export function placeRelativeAt(tokens: Token[], at: number): number | undefined {
  const pronoun = PRONOUNS.has(tokens[at]?.key ?? '') ? at : at - 1;
  for (const index of [at - 1, pronoun - 1]) if (PLACE_RELATIVES.has(tokens[index]?.key ?? '')) return index;
  return undefined;
}

/**
 * Whom the main clause of `sentence` names as its subject before the place relative at token `relative` (see
 * placeRelativeAt): the one who was where the words were said. Undefined when the opening names nobody.
 */
export function placeRelativeSubject(context: ArticleContext, sentence: Sentence, previous: Previous | undefined, relative: number): Attribution | undefined {
  const subject = leadingSubject(context, sentence, previous, relative);
  return subject?.speaker || subject?.medium ? subject : undefined;
}
