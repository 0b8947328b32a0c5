/**
 * An absolute clause opened by "with"/"con" has its own subject before its gerund ("…, with Israel saying Hamas built
 * it"): what the gerund reports is that subject's, not the main clause's.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'absolute', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ speaker, text }) => ({ speaker, text }));

describe('an absolute clause with its own subject', () => {
  it('credits the gerund\'s report to the subject after "with"', () => {
    expect(said('en', ['The bridge became a symbol of the dispute, with Canada saying the tolls broke the treaty.'])).toEqual([{ speaker: 'Canada', text: 'the tolls broke the treaty' }]);
    expect(said('en', ['Talks ended late on Friday, with the transport ministry insisting that the cranes would run.'])).toEqual([{ speaker: 'Transport ministry', text: 'the cranes would run' }]);
  });

  it('credits it in Spanish after "con"', () => {
    expect(said('es', ['La reunión terminó de madrugada, con el sindicato asegurando que la huelga seguirá.'])).toEqual([{ speaker: 'Sindicato', text: 'la huelga seguirá' }]);
  });

  it('leaves a gerund after a comma to the main clause\'s subject', () => {
    expect(said('en', ['Mayor Ana Ruiz left the meeting with the unions, saying the deal was close.'])).toEqual([{ speaker: 'Ana Ruiz', text: 'the deal was close' }]);
  });
});
