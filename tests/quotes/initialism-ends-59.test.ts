/**
 * A statement that ends on an initialism keeps its dot (issue 16, stop 59: units and names kept whole): "closes at 7
 * p.m.", "from the U.S.", "de EE.UU."; the full stop of any other word stays out. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const texts = (sentence: string, language: string) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-03-01', language }, [sentence])).map(({ text }) => text);

describe('a statement ending on an initialism', () => {
  it('keeps the dot of "p.m." and "a.m."', () => {
    expect(texts('Shelter manager Rita Ames said the doors close at 7 p.m.', 'en')).toEqual(['the doors close at 7 p.m.']);
    expect(texts('Shelter manager Rita Ames said breakfast is served at 6 a.m.', 'en')).toEqual(['breakfast is served at 6 a.m.']);
  });
  it('keeps the dot of a country written with dots', () => {
    expect(texts('El ministro Luis Paz dijo que la ayuda llegará de EE.UU.', 'es')).toEqual(['la ayuda llegará de EE.UU.']);
  });
  it('leaves out the full stop of any other word', () => {
    expect(texts('El ministro Luis Paz dijo que la ayuda llegará de Chile.', 'es')).toEqual(['la ayuda llegará de Chile']);
  });
});
