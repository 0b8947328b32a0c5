/**
 * Someone quoted inside another's reported clause: "recordó que su mamá, Mirtha Sánchez, siempre decía: ‘…’". The clause
 * runs past the name in apposition to the verb, and the quotation its colon leads to is that verb's subject's words.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'inner', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

describe('a quotation led in by a verb inside a reported clause', () => {
  it('is the words of that verb\'s subject, named in apposition', () => {
    expect(said('es', ['Ana Ruiz, conductora de televisión, recordó que su abuela, Carmen Soto, siempre decía: ‘Coman despacio que no hay apuro’.'])).toEqual([
      { kind: 'indirect', speaker: 'Ana Ruiz', text: 'su abuela, Carmen Soto, siempre decía' },
      { kind: 'direct', speaker: 'Carmen Soto', text: 'Coman despacio que no hay apuro' },
    ]);
  });

  it('is no words of the reporter when the one quoted is not named', () => {
    expect(said('es', ['Ana Ruiz recordó que su abuela decía: ‘Coman despacio que no hay apuro’.'])).not.toContainEqual({ kind: 'direct', speaker: 'Ana Ruiz', text: 'Coman despacio que no hay apuro' });
  });

  it('reads a frequency adverb between a subject and its verb', () => {
    expect(said('en', ['Her grandmother, Carmen Soto, always said: “Eat slowly, there is no hurry.”'])).toEqual([{ kind: 'direct', speaker: 'Carmen Soto', text: 'Eat slowly, there is no hurry.' }]);
  });
});
