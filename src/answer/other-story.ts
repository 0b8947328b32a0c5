/**
 * Whether the question names something the story it would be answered from never mentions, while
 * another story does: "¿Cuántas camas tiene el hospital de Valdemar?" answered from an article about
 * the hospital of Tordesal, in an archive where Valdemar is the town of another story. One story
 * answers a question or none does (as for coverage in ask.ts); a name of the question that belongs to
 * another story says the passages found are about something else. A name the archive holds nowhere is
 * left to the answerability model (its `namesMissing` feature).
 */
/**
 * True when one of `names` (index terms of the question's names, as the matcher analyses) is not
 * among `held` (the question's terms the story's text or title holds), and some other passage of the
 * archive holds it (`heldElsewhere`).
 */
export function namedInOtherStory(names: ReadonlySet<string>, held: ReadonlySet<string>, heldElsewhere: (term: string) => boolean): boolean {
  return [...names].some((name) => !held.has(name) && heldElsewhere(name));
}
