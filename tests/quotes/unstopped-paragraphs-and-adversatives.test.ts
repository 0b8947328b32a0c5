/**
 * A body paragraph whose writer left out the final stop, reporting a clause, is no heading when the next paragraph
 * refers back to its speaker; "Pero aclaró que…" leaves its subject out as "Y aclaró que…" does (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: `unstopped-${language}`, title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

describe('a body paragraph without its final stop', () => {
  const opening = 'The festival closed on Sunday with a surprise winner in the main competition.';
  it('reports its clause when the next paragraph refers back to its speaker', () => {
    expect(statements('en', [opening, 'Jury president Marta Lindqvist said after the ceremony that the vote had been the closest in a decade', 'Asked about the runner-up she added: “We argued for six hours.”'])).toEqual([
      { kind: 'indirect', speaker: 'Marta Lindqvist', text: 'the vote had been the closest in a decade' },
      { kind: 'direct', speaker: 'Marta Lindqvist', text: 'We argued for six hours.' },
    ]);
  });

  it('stays a heading when the next paragraph names its own subject', () => {
    expect(statements('en', [opening, 'Jury president Marta Lindqvist said after the ceremony that the vote had been the closest in a decade', 'The winning film cost less than a million dollars to make.'])).toEqual([]);
  });
});

describe('an adversative before a verb whose subject is left out', () => {
  it('refers "Pero aclaró que…" to whom the article was quoting', () => {
    expect(statements('es', ['“La evaluación es anual”, explicó Irene Galván, directora de Escuelas.', 'Pero aclaró que no se trata de la misma muestra.'])).toEqual([
      { kind: 'direct', speaker: 'Irene Galván', text: 'La evaluación es anual' },
      { kind: 'indirect', speaker: 'Irene Galván', text: 'no se trata de la misma muestra' },
    ]);
  });
});
