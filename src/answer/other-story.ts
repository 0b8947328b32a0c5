/**
 * Whether the question names something the story it would be answered from never mentions, while
 * another story does: "¿Cuántas camas tiene el hospital de Valdemar?" answered from an article about
 * the hospital of Tordesal, in an archive where Valdemar is the town of another story. One story
 * answers a question or none does (as for coverage in ask.ts); a name of the question that belongs to
 * another story says the passages found are about something else. A name the archive holds nowhere is
 * left to the answerability model (its `namesMissing` feature).
 */
/**
 * True when one of the question's names (`runs`: each name's index terms, as the matcher analyses them) is not
 * named by the story, while another passage of the archive holds it. A name of several words is named by a story
 * that holds its most distinctive word, the one fewest passages hold (`frequency`): "Centro de Atletismo Gerald
 * Ratner" by a story writing "Gerald Ratner Athletics Center", "La Marca de la Anarquía" by one on "La máscara de la
 * anarquía"; its other words are often generic, or spelt otherwise. `held` is the question's terms the story's text
 * or title holds. A name the archive holds nowhere (its most distinctive word in no passage) is left to the model.
 */
export function namedInOtherStory(runs: ReadonlyArray<readonly string[]>, held: ReadonlySet<string>, frequency: (term: string) => number): boolean {
  return runs.some((terms) => {
    const fewest = Math.min(...terms.map(frequency));
    const distinctive = terms.filter((term) => frequency(term) === fewest);
    return terms.length > 0 && fewest > 0 && !distinctive.some((term) => held.has(term));
  });
}
