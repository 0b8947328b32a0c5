/**
 * Data no one named gathered is where a figure comes from, not a speaker (newcomer 19's D5: "according to government
 * data" gave the speaker "Government data"); data a name owns is that name's, before the noun or after it.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'data', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ speaker, text }) => [speaker, text]);

describe('data as a source', () => {
  it('credits nobody for unowned data', () => {
    expect(speakers('en', ['Bus fares rose by a third in two years, according to city data.'])).toEqual([[null, 'Bus fares rose by a third in two years']]);
    expect(speakers('es', ['La matrícula cayó un 6 % en cinco años, según cifras oficiales.'])).toEqual([[null, 'La matrícula cayó un 6 % en cinco años']]);
  });

  it('credits the name that owns the data', () => {
    expect(speakers('en', ['Rents fell in March, according to Zillow Research data.'])).toEqual([['Zillow Research', 'Rents fell in March']]);
    expect(speakers('es', ['Según datos del Instituto de Vivienda, los alquileres bajaron en marzo.'])).toEqual([['Instituto de Vivienda', 'los alquileres bajaron en marzo']]);
  });
});
