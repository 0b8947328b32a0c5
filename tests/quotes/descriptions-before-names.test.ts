/**
 * A description opening the sentence before a name ("Billionaire Ana Ruiz said…") is no given name, and a role noun that
 * is also an adjective opens a body's name when the article never writes the next word without it ("General Motors").
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'descriptions', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ speaker }) => speaker);

describe('descriptions before a name', () => {
  it('leaves a trade or wealth noun opening the sentence out of the name', () => {
    expect(speakers(['Billionaire Ana Ruiz Ortega said the fund would double next year.', 'Actress Lena Moretti said she would vote.'])).toEqual(['Ana Ruiz Ortega', 'Lena Moretti']);
  });
});

describe('a role noun that opens a body’s name', () => {
  it('keeps "General" in a company’s name the article always writes whole, and refers "the company" to it', () => {
    expect(speakers(['General Dynamos said on Tuesday that it would close two plants.', '"It is a hard decision," the company said.'])).toEqual(['General Dynamos', 'General Dynamos']);
  });

  it('still reads a general by his surname', () => {
    expect(speakers(['General Tomás Varela visited the base. General Varela said the troops would stay.'])).toEqual(['Tomás Varela']);
  });
});
