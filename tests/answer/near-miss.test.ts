/**
 * Near misses a newcomer found (B1): a topical sentence that lacks what is asked is not an answer. "How many
 * votes did Joe Biden win…?" is not answered by "Joe Biden worked for eight years with Barack Obama": a number of
 * years counts no votes. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'primarias', title: 'Biden courts Black voters in South Carolina', date: '2020-02-20', language: 'en' }, [
    'Joe Biden spent the day in Charleston ahead of the South Carolina primary, meeting pastors and local officials.',
    '"So Joe Biden worked for eight years with Barack Obama," said Bernice Scott, a local organiser.',
  ]),
  articleFromParagraphs({ id: 'concejo', title: 'Ana Pardo deja el concejo de Tordesal', date: '2024-03-01', language: 'es' }, [
    'La concejala Ana Pardo trabajó durante ocho años en el ayuntamiento de Tordesal antes de presentarse a las primarias del partido.',
    'Pardo dijo que las primarias de marzo decidirán su futuro político.',
  ]),
]);

const ask = askOf(library);

describe('near misses', () => {
  it('does not count votes with a number of years', async () => {
    const result = await ask('How many votes did Joe Biden win in the South Carolina primary?');
    expect(result.refused).toBe(true);
  });

  it('does not count votes with a number of years, in Spanish', async () => {
    const result = await ask('¿Cuántos votos obtuvo Ana Pardo en las primarias?');
    expect(result.refused).toBe(true);
  });

  it('still answers how many years with a number of years', async () => {
    const result = await ask('¿Cuántos años trabajó Ana Pardo en el ayuntamiento de Tordesal?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('ocho años');
  });
});
