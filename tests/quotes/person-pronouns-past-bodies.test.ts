/**
 * "he", "she", "él", "ella" refer to a person: when the sentence before is about an organisation or a group, the pronoun
 * skips it for the person the article was quoting; a group's noun capitalised as a speaker is no person.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'pronouns', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ speaker }) => speaker);

describe('a person pronoun after a sentence about a body', () => {
  it('skips the Weather Office for the forecaster quoted before (English)', () => {
    expect(speakers('en', ['Heavy rain is the main danger tonight, forecaster Ian Morrow said. The Weather Office expects up to 5in of rain on the coast.', 'He added that schools would stay closed.'])).toEqual([
      'Ian Morrow',
      'Ian Morrow',
    ]);
  });

  it('skips a ministry for the mayor quoted before (Spanish)', () => {
    expect(speakers('es', ['La alcaldesa Nuria Peña dijo que el puente abrirá en mayo. El Ministerio de Obras prevé obras hasta abril.', 'Ella añadió que el peaje será gratuito.'])).toEqual([
      'Nuria Peña',
      'Nuria Peña',
    ]);
  });

  it('skips a sentence whose subject describes a thing for the person quoted before', () => {
    expect(
      speakers('en', ['President Ada Mensah told reporters that the troops would leave. The decision comes a week before the vote.', 'The size of the force was not clear.', '“They are not all leaving,” he said.']),
    ).toEqual(['Ada Mensah', 'Ada Mensah']);
  });

  it('does not take a group named as a speaker for a person', () => {
    expect(speakers('pt', ['Aliados de Brandão afirmam que o projeto é viável. O Senado vota o texto em junho.', 'Ele disse que a votação será tranquila.'])).toEqual(['Aliados de Brandão', null]);
  });
});
