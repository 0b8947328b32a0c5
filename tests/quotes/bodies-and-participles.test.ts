/**
 * Words the rules lacked: "the military" speaks as a body ("Nigeria's military denies…", "The military said…"), and
 * French "a constaté" reports what follows it as the other participles of saying do.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'lexicon', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ speaker, text }) => [speaker, text]);

describe('words of bodies and participles', () => {
  it('reads "the military" as a body that speaks', () => {
    expect(said('en', ['Chad’s military said it had pulled back from the border.'])).toEqual([['Chad’s military', 'it had pulled back from the border']]);
    expect(said('en', ['The military denies that its drones struck the market.'])).toEqual([['Military', 'denies that its drones struck the market']]);
  });

  it('reads French "a constaté" after the clause it reports', () => {
    expect(said('fr', ['Trois bus sur quatre partaient en retard, a constaté la Région.'])).toEqual([['Région', 'Trois bus sur quatre partaient en retard']]);
  });
});
