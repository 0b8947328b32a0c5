/**
 * A reply after a reported question ("she replied", "respondió") is the one asked's when the question names them, and never
 * the asker's (issue 16; newcomer 16's D7a kind).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: `replies-${language}`, title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, speaker }) => `${kind} ${speaker}`);

describe('a reply after a reported question', () => {
  it('credits "she replied" to the one the question names', () => {
    expect(speakers('en', ['The hearing ended on Monday.', 'The columnist Tom Hale asked Judge Irma Castell, “What will the court do next?”', '“We will wait for the appeal,” she replied.'])).toEqual(['direct null', 'direct Irma Castell']);
  });

  it('never credits a reply to the one who asked', () => {
    expect(speakers('es', ['La jueza Irma Castell habló tras la audiencia.', 'Un periodista le preguntó qué haría el tribunal. “Esperaremos la apelación”, respondió.'])).toEqual(['indirect Un periodista', 'direct null']);
  });
});
