/**
 * Whether the question names something the story it would be answered from never mentions, while
 * another story does: "¿Cuántas camas tiene el hospital de Valdemar?" answered from an article about
 * the hospital of Tordesal, in an archive where Valdemar is the town of another story. One story
 * answers a question or none does (as for coverage in ask.ts); a name of the question that belongs to
 * another story says the passages found are about something else. A name the archive holds nowhere is
 * left to the answerability model (its `namesMissing` feature).
 */
import type { Article } from '../corpus/types.js';
import type { TermMatcher } from './matching.js';

/**
 * True when one of `names` (index terms of the question's names, as the matcher analyses) is held by
 * neither `article`'s text nor its title, and some other passage of the archive holds it (`heldElsewhere`).
 */
export function namedInOtherStory(names: ReadonlySet<string>, article: Article, matcher: TermMatcher, heldElsewhere: (term: string) => boolean): boolean {
  if (names.size === 0) return false;
  const held = new Set([...matcher.matches(article.title), ...matcher.matches(article.text)].map((match) => match.term));
  return [...names].some((name) => !held.has(name) && heldElsewhere(name));
}
