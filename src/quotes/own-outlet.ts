/**
 * The article's own outlet, named by a demonstrative and a noun for a medium ("dijo a este medio", "contó a esta
 * redacción", "told this newspaper"): a channel that is the outlet publishing the story, whatever it is called.
 */
import type { Token } from './tokens.js';
import { MEDIUM_NOUNS, PROGRAMME_NOUNS } from './lexicon.js';
import { foldWord } from './normalize.js';

/** Demonstratives and possessives by which an article names its own outlet ("este diario", "our reporter"), folded. */
const OWN_OUTLET_DEMONSTRATIVES: ReadonlySet<string> = new Set(['este', 'esta', 'this', 'nuestro', 'nuestra', 'our']);

/** Nouns of a newsroom and its reporters, which no medium's list holds ("esta redacción", "this reporter"), folded. */
const NEWSROOM_NOUNS: ReadonlySet<string> = new Set(['redaccion', 'newsroom', 'periodista', 'reportero', 'reportera', 'reporter']);

/** Whether a folded word names a medium, a programme or a newsroom. */
const isOutletNoun = (key: string) => MEDIUM_NOUNS.has(key) || PROGRAMME_NOUNS.has(key) || NEWSROOM_NOUNS.has(key);

/** Where the own outlet's phrase that starts at token `at` ends (past its noun), or undefined when none starts there. */
export function ownOutletEnd(tokens: readonly Token[], at: number): number | undefined {
  return OWN_OUTLET_DEMONSTRATIVES.has(tokens[at]?.key ?? '') && isOutletNoun(tokens[at + 1]?.key ?? '') ? at + 2 : undefined;
}

/**
 * The channel a statement reports, `via` as read from the sentence, with the own outlet's phrase ("este medio", "this
 * newspaper") read as the outlet itself: `outlet` (the article's, from /sources), or null when the article declares none.
 */
export function asOwnOutlet(via: string, outlet: string | null): string | null {
  const [demonstrative = '', noun = '', ...rest] = via.split(/\s+/u).map(foldWord);
  return rest.length === 0 && OWN_OUTLET_DEMONSTRATIVES.has(demonstrative) && isOutletNoun(noun) ? outlet : via;
}
