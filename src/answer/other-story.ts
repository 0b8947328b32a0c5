/**
 * Whether the question names something the story it would be answered from never mentions, while
 * another story does: "¿Cuántas camas tiene el hospital de Valdemar?" answered from an article about
 * the hospital of Tordesal, in an archive where Valdemar is the town of another story. One story
 * answers a question or none does (as for coverage in ask.ts); a name of the question that belongs to
 * another story says the passages found are about something else. A name the archive holds in none of its words is
 * `namedNowhere`'s.
 */
/**
 * True when one of the question's names (`runs`: each name's index terms, as the matcher analyses them) is not
 * named by the story, while another passage of the archive holds it. A name of several words is named by a story
 * that holds its most distinctive word, the one fewest passages hold (`frequency`): "Centro de Atletismo Gerald
 * Ratner" by a story writing "Gerald Ratner Athletics Center", "La Marca de la Anarquía" by one on "La máscara de la
 * anarquía"; its other words are often generic, or spelt otherwise. `held` is the question's terms the story's text
 * or title holds. A name the archive holds nowhere (its most distinctive word in no passage) is not this rule's.
 */
export function namedInOtherStory(runs: ReadonlyArray<readonly string[]>, held: ReadonlySet<string>, frequency: (term: string) => number): boolean {
  return runs.some((terms) => {
    const fewest = Math.min(...terms.map(frequency));
    const distinctive = terms.filter((term) => frequency(term) === fewest);
    return terms.length > 0 && fewest > 0 && !distinctive.some((term) => held.has(term));
  });
}

/**
 * True when one of the question's names (`runs`, as for namedInOtherStory) has no word that any passage of the archive
 * holds (`frequency` 0) or that the story names in another form (`held`): "Zaragoza" in "¿Cuántas escuelas rurales
 * seguirán abiertas en la provincia de Zaragoza?" over an archive whose story gives Huesca's count and Aragón's rule (blind
 * newcomer 28's D3). Every word, not one: a human translation renames part of a name ("las colecciones del Lejano Oriente"
 * for a story's "Extremo Oriente"), and refusal46's rule on one word lost answerable XQuAD questions (docs/EVALUATION.md,
 * issue 15, stops 46 and 51). ask.ts reads it for questions asking for a figure only, where it cost none on the dev groups.
 */
export function namedNowhere(runs: ReadonlyArray<readonly string[]>, held: ReadonlySet<string>, frequency: (term: string) => number): boolean {
  return runs.some((terms) => terms.length > 0 && terms.every((term) => frequency(term) === 0 && !held.has(term)));
}
