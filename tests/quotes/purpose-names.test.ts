/**
 * An institution's name with a purpose complement and no article ("Centers for Disease Control", "Institute for
 * Fiscal Studies", "Instituto para Asuntos Públicos") is one name: a speaker is never cut at its "for"/"para".
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'purpose', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ speaker, text }) => ({ speaker, text }));

describe('an institution named with a purpose complement', () => {
  it('is the whole name after "according to"', () => {
    expect(said('en', ['The fever kills one patient in 300, according to the Centers for Disease Control and Prevention.'])).toEqual([
      { speaker: 'Centers for Disease Control and Prevention', text: 'The fever kills one patient in 300' },
    ]);
  });

  it('is the whole name as a subject, with a capitalised role noun inside it', () => {
    expect(said('en', ['Rents will rise again next year, the Institute for Fiscal Studies said.'])).toEqual([{ speaker: 'Institute for Fiscal Studies', text: 'Rents will rise again next year' }]);
    expect(said('en', ['The Institute for Fiscal Studies warned that rents would rise.'])).toEqual([{ speaker: 'Institute for Fiscal Studies', text: 'rents would rise' }]);
  });

  it('is the whole name in Spanish', () => {
    expect(said('es', ['El Instituto para Asuntos Públicos afirmó que la reforma fracasará.'])).toEqual([{ speaker: 'Instituto para Asuntos Públicos', text: 'la reforma fracasará' }]);
  });

  it('does not take in what a person did for someone', () => {
    expect(said('en', ['Smith campaigned for Ruiz in Ohio, the senator said.'])).toEqual([{ speaker: 'Senator', text: 'Smith campaigned for Ruiz in Ohio' }]);
  });
});
