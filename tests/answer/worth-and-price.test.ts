/**
 * A question that asks the value or the price of something in another word than the article's (a fifteenth newcomer's
 * D4: "value" for "worth"): the verb and the noun of what it measures are one family (derivations.ts), so the sentence
 * that gives the figure is the one quoted. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'harbour', title: 'Harlow council signs harbour deal', date: '2025-01-20', language: 'en' }, [
    'Harlow council signed the harbour deal with Veltra Marine on Monday. The deal is worth about £40m and includes a new ferry terminal.',
    'The ferry company welcomed the agreement.',
  ]),
  articleFromParagraphs({ id: 'mercado', title: 'Tordesal reabre su mercado', date: '2025-02-03', language: 'es' }, [
    'El ayuntamiento de Tordesal reabrió el mercado de abastos tras dos años de obras. El precio final de las obras fue de 3,2 millones de euros, pagados con fondos europeos.',
    'Los puestos se adjudicaron por sorteo entre los comerciantes.',
  ]),
]);
const ask = askOf(library);

describe('worth and value, cost and price', () => {
  it('quotes the sentence giving what the deal is worth when asked its value', async () => {
    const result = await ask('What is the value of the harbour deal?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('£40m');
  });

  it('quotes the sentence giving the price of the works when asked what they cost', async () => {
    const result = await ask('¿Cuánto costaron las obras del mercado de Tordesal?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('3,2 millones');
  });
});
