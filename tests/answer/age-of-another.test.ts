/**
 * An age in apposition is its name's (blind newcomer 24's D1): "Mayor Hugo Brenner appointed Clara Voss, 44," gives
 * Voss's age, not the mayor's, so "How old is Hugo Brenner?" is refused. Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const article = (id: string, title: string, paragraphs: string[]) => articleFromParagraphs({ id, title, date: '2024-04-10', language: 'en' }, paragraphs);

describe('an age in apposition', () => {
  const appointment = article('harbour', 'A new head for the harbour authority', [
    'Mayor Hugo Brenner appointed Clara Voss, 44, to lead the harbour authority on Monday.',
    'Voss spent a decade running the ferry company before the appointment.',
  ]);
  const other = article('library', 'Library hours', ['The town library will open on Sundays from next month.']);

  it('is not the age of another person the sentence names', async () => {
    const result = await askOf(await libraryOf([appointment, other]))('How old is Hugo Brenner?');
    expect(result.refused).toBe(true);
  });

  it('is the age of the person it follows', async () => {
    const result = await askOf(await libraryOf([appointment, other]))('How old is Clara Voss?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('Clara Voss, 44,');
  });
});
