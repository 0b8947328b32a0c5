/**
 * Groups of people listed as one subject ("Black voters, campaign organizers and veteran volunteers said…", "Vecinos,
 * comerciantes y taxistas denunciaron…"): the list is who speaks, as written.
 */
import { isPunct, startsLower, type Sentence, type Token } from '../tokens.js';
import { isPeoplePlural } from '../phrases.js';
import type { ArticleContext, Attribution } from '../reading.js';
import { COORDINATORS, DETERMINERS } from '../lexicon.js';
import { capitalise } from '../normalize.js';

/** Words each listed group may have ("veteran volunteers", "dueños de comercios"). */
const MAX_LISTED_GROUP_WORDS = 4;

/**
 * The groups a sentence opens with, listed up to the verb of saying at `verbFirst`: two or more stretches of plural
 * lower-case words (the sentence's first word capitalised as any opening is) joined by commas and a last "and"/"y", each
 * ending in a plural noun, at least one of them a noun for people (isPeoplePlural: "voters", "comerciantes"), with no
 * article (an article opens a list of bodies or people the other rules read: "el alcalde y la gobernadora"). Undefined
 * for any other opening ("Apples, pears and plums…" names no people).
 */
export function listedGroups(context: ArticleContext, sentence: Sentence, verbFirst: number): Attribution | undefined {
  const { tokens } = sentence;
  const groups: Token[][] = [[]];
  // The last separator seen: the list ends with a coordinator ("…, organizers and volunteers").
  let separator: Token | undefined;
  for (let i = 0; i < verbFirst; i++) {
    const token = tokens[i]!;
    if (isPunct(token, ',') || (COORDINATORS.has(token.key) && startsLower(token.text))) {
      if (groups.at(-1)!.length === 0) return undefined;
      groups.push([]);
      separator = token;
    } else if (token.kind === 'word' && (i === 0 || startsLower(token.text)) && !DETERMINERS.has(token.key)) groups.at(-1)!.push(token);
    else return undefined;
  }
  if (groups.length < 2 || !COORDINATORS.has(separator?.key ?? '') || groups.some((group) => group.length === 0 || group.length > MAX_LISTED_GROUP_WORDS || !/s$/u.test(plainHead(group).key))) return undefined;
  if (!groups.some((group) => isPeoplePlural(plainHead(group)))) return undefined;
  return { speaker: capitalise(context.text.slice(tokens[0]!.start, tokens[verbFirst - 1]!.end)), medium: null };
}

/** A listed group's noun: its last word in English ("veteran volunteers"), its first before a Spanish complement ("dueños de comercios"). */
function plainHead(group: Token[]): Token {
  const complement = group.findIndex((token, i) => i > 0 && ['de', 'del'].includes(token.key));
  return complement > 0 ? group[complement - 1]! : group.at(-1)!;
}
