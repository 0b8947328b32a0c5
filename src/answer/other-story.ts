/**
 * Whether the question names something the story it would be answered from never mentions, while
 * another story does: "¿Cuántas camas tiene el hospital de Valdemar?" answered from an article about
 * the hospital of Tordesal, in an archive where Valdemar is the town of another story. One story
 * answers a question or none does (as for coverage in ask.ts); a name of the question that belongs to
 * another story says the passages found are about something else; so does a name the archive holds nowhere
 * (`namedNowhere`).
 */
/**
 * True when one of the question's names (`runs`: each name's index terms, as the matcher analyses them) is not
 * named by the story, while another passage of the archive holds it. A name of several words is named by a story
 * that holds its most distinctive word, the one fewest passages hold (`frequency`): "Centro de Atletismo Gerald
 * Ratner" by a story writing "Gerald Ratner Athletics Center", "La Marca de la Anarquía" by one on "La máscara de la
 * anarquía"; its other words are often generic, or spelt otherwise. `held` is the question's terms the story's text
 * or title holds. A name the archive holds nowhere (its most distinctive word in no passage) is namedNowhere's.
 */
export function namedInOtherStory(runs: ReadonlyArray<readonly string[]>, held: ReadonlySet<string>, frequency: (term: string) => number): boolean {
  return runs.some((terms) => {
    const fewest = Math.min(...terms.map(frequency));
    const distinctive = terms.filter((term) => frequency(term) === fewest);
    return terms.length > 0 && fewest > 0 && !distinctive.some((term) => held.has(term));
  });
}

/**
 * True when one of the question's names (`runs`, as for namedInOtherStory) has a word no passage of the archive holds
 * (`frequency` 0) and the story does not name in another form (`held`, as for namedInOtherStory: "norcoreana" for
 * "Corea del Norte"): "Marte" in "¿Cuál es la capital de Marte?" over an archive whose only capital is Pyongyang. Whatever
 * sentence was found answers for something else (blind newcomers 23 and 24's D1). Measured on SQuAD-es v2's
 * unanswerable questions and Spanish XQuAD (docs/EVALUATION.md, refusal46).
 */
export function namedNowhere(runs: ReadonlyArray<readonly string[]>, held: ReadonlySet<string>, frequency: (term: string) => number): boolean {
  return runs.some((terms) => terms.some((term) => frequency(term) === 0 && !held.has(term)));
}
