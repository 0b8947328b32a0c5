/**
 * described-bodies.ts reads where a noun introduced a name without making a pattern for each name or noun (issue 17:
 * making one cost about a millisecond, 7 % of a build's quote analysis). Its answers must be the ones that pattern gives:
 * each case below is compared with the pattern itself, written here as the reference, on texts of our own with the
 * shapes that make a pattern backtrack (a name after one or two lower-case words, a name beginning in lower case, an
 * article inside the words, runs of spaces and line breaks, a name that goes on as a longer word, a role's noun
 * written far back or cut by the offset).
 */
import { describe, expect, it } from 'vitest';
import { describedBefore, introducedAsBody } from '../../src/quotes/described-bodies.js';
import { escapeRegExp } from '../../src/text/literal-pattern.js';

/** The pattern introducedAsBody reads as (its docstring), matched through the text. */
function introducedByPattern(text: string, name: string, isBodyNoun: (noun: string) => boolean): boolean {
  const introduced = new RegExp(`(?<!\\p{L})(?:[Tt]he|[Ee]l|[Ll]as?|[Ll]os)\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(introduced)].some((found) => isBodyNoun(found[1]!));
}

/** describedBefore's own pattern, run on every text it is given. */
function describedByPattern(text: string, noun: string, before: number): string | undefined {
  const preceding = text.slice(Math.max(0, before - 6000), before);
  const first = noun.charAt(0);
  const written = `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]${escapeRegExp(noun.slice(1))}`;
  const introduced = new RegExp(`(?<!\\p{L})(?:[Ee]l|[Ll]as?|[Ll]os|[Tt]he|[Uu]na?|[Aa]n?)\\s+${written}\\s+(\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:de|del|la|las|los|y|of|the|and)\\s+)?\\p{Lu}[\\p{L}'’&-]*)*)(?![\\p{L}\\p{N}-])`, 'gu');
  return [...preceding.matchAll(introduced)].at(-1)?.[1];
}

const TEXTS = [
  'La cooperativa Río Manso cerró sus puertas. El gremio agrícola Río Manso protestó y la cooperativa dijo que reabrirá.',
  'The campaign group Harbour Watch sued. The group said the harbour group Harbour Watchers was another one.',
  'El abogado de Groot habló. La firma de Groot respondió. Los la gran naviera Ondas del Sur y el el puerto Ondas.',
  'The lawyer van Dijk   said so.\nThe  charity \n  Open Hands replied, and the the fund Open Hands Trust agreed.',
  'Según la empresa Dr. (h.c.) Molina S.A., el socio Dr. (h.c.) Molina no estaba; la minera Cerro Alto-2 y la minera Cerro Alto.',
  'the complaint in May came from the union in Lagos, and the union Lagos Dockers said la la la Lagos.',
];
const NAMES = ['Río Manso', 'Harbour Watch', 'Harbour Watchers', 'de Groot', 'Groot', 'Ondas del Sur', 'Ondas', 'van Dijk', 'Open Hands', 'Open Hands Trust', 'Dr. (h.c.) Molina', 'Dr. (h.c.) Molina S.A.', 'Cerro Alto', 'Lagos', 'Lagos Dockers', 'May', 'la Lagos'];
const NOUNS = ['cooperativa', 'gremio', 'group', 'Group', 'firma', 'naviera', 'puerto', 'charity', 'fund', 'empresa', 'minera', 'union', 'complaint', 'abogado', 'lawyer', 'la'];
/** A noun for a body, for these texts: any but a preposition, an article or a word for a person. */
const isBodyNoun = (noun: string) => !['in', 'de', 'la', 'el', 'the', 'lawyer', 'abogado', 'socio'].includes(noun);

describe('where a noun introduced a name, read without a pattern for each', () => {
  it('answers as the pattern does for every name in every text', () => {
    for (const text of TEXTS) for (const name of NAMES) expect([text, name, introducedAsBody(text, name, isBodyNoun)]).toEqual([text, name, introducedByPattern(text, name, isBodyNoun)]);
  });

  it('tells a body introduced by its noun from a name after a particle, and a name that goes on', () => {
    expect(introducedAsBody(TEXTS[0]!, 'Río Manso', isBodyNoun)).toBe(true);
    expect(introducedAsBody(TEXTS[2]!, 'de Groot', isBodyNoun)).toBe(true);
    expect(introducedAsBody(TEXTS[2]!, 'Groot', isBodyNoun)).toBe(false);
    expect(introducedAsBody(TEXTS[2]!, 'Ondas del Sur', isBodyNoun)).toBe(true);
    expect(introducedAsBody(TEXTS[3]!, 'Open Hands', isBodyNoun)).toBe(true);
    expect(introducedAsBody(TEXTS[1]!, 'Harbour Watch', (noun) => noun !== 'group')).toBe(false);
  });

  it('finds the name a noun introduced last before any offset, as the pattern does', () => {
    for (const text of TEXTS) {
      for (const noun of NOUNS) {
        for (let before = 0; before <= text.length; before++) expect([text, noun, before, describedBefore(text, noun, before, () => null)]).toEqual([text, noun, before, describedByPattern(text, noun, before)]);
      }
    }
    expect(describedBefore(TEXTS[0]!, 'cooperativa', TEXTS[0]!.length, () => null)).toBe('Río Manso');
    expect(describedBefore(TEXTS[4]!, 'minera', TEXTS[4]!.length, () => null)).toBe('Cerro Alto');
  });

  it('reads only the 6,000 characters before the offset', () => {
    const text = `La naviera Puerto Claro zarpó. ${'Las lanchas siguieron en el muelle. '.repeat(200)}Después habló la naviera.`;
    expect(describedBefore(text, 'naviera', text.length, () => null)).toBeUndefined();
    expect(describedBefore(text, 'naviera', 5000, () => null)).toBe('Puerto Claro');
  });
});
