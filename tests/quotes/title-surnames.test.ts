/**
 * A surname that is a role noun ("Gayle King"): where the article writes it alone as a name ("King asked"), it is the
 * person's surname and the speaker is the full name; a role noun before a name or after an article stays a title.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook, extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const article = (paragraphs: string[]) => articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs);

describe('a surname that is a role noun', () => {
  const paragraphs = ['Asked about the plan, Ruiz told television host Gayle King, "We will win."', '"What is it about the plan?" King asked Ruiz.', '"I keep hearing that," King said.'];

  it('credits the full name the article gave, which /quote shows and finds by either name', () => {
    expect(extractStatements(article(paragraphs)).filter((statement) => statement.text.startsWith('I keep')).map((statement) => statement.speaker)).toEqual(['Gayle King']);
    const book = createQuoteBook(buildQuoteData([article(paragraphs)]));
    expect(book.lookup('Gayle King')).toMatchObject({ actor: 'Gayle King' });
    expect(book.lookup('King').statements).toHaveLength(2);
  });

  it('leaves a role noun before a name a title', () => {
    expect(extractStatements(article(['King Charles said the plan was good.', 'The King said the palace would open.'])).map((statement) => statement.speaker)).toEqual(['Charles', 'Charles']);
  });
});
