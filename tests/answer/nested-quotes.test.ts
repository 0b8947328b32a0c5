/**
 * A quoted sentence that itself holds a quotation keeps its marks one level down, so the answer's marks are not doubled
 * (a blind newcomer's D7: ““Hong Kong today…” became her call to arms.”). Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'lema', title: 'The mayor of Ferrol runs again', date: '2025-02-03', language: 'en' }, [
    '“Shipyards first, always” became the campaign slogan of the mayor of Ferrol, Idris Calloway, in his third run for office.',
    'His rival, the notary Ana Lopes, promised "a port for everyone" at a rally on Sunday.',
  ]),
  articleFromParagraphs({ id: 'consigna', title: 'La alcaldesa de Orvella repite', date: '2025-02-03', language: 'es' }, [
    '«Orvella no se vende» fue la consigna de la alcaldesa Nerea Quintanal en el mitin de cierre de campaña.',
  ]),
]);
const ask = askOf(library);

describe('quotations inside a quoted sentence', () => {
  it('in English, the sentence\u2019s own double marks become single ones', async () => {
    const result = await ask("What was the campaign slogan of Ferrol's mayor?");
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('“‘Shipyards first, always’ became the campaign slogan');
    expect(result.answer).not.toMatch(/““|””/u);
  });

  it('straight double marks are nested too', async () => {
    const result = await ask('What did the notary Ana Lopes promise at the rally?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('promised ‘a port for everyone’ at a rally');
  });

  it('in Spanish, angle marks inside become double ones', async () => {
    const result = await ask('¿Cuál fue la consigna de la alcaldesa Quintanal?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('«“Orvella no se vende” fue la consigna');
    expect(result.answer).not.toMatch(/««|»»/u);
  });
});
