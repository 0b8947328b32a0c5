/**
 * A question about a price, a cost or a fine is answered by the sentence that gives the amount, not by one that repeats
 * more of its words with another figure or none ("fines can be imposed for…" beside "can be fined £1,000"; "La obra, de
 * 200 metros, duró tres años" beside "costó 3 millones de euros"): blind newcomer 21's #20. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { asksMoney } from '../../src/answer/money.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'litter', title: 'Fines for dropping litter on the beach', date: '2025-07-01', language: 'en' }, [
    'The new by-law makes clear that fines can be imposed for dropping litter on the beach or in the dunes of Northbay from August.',
    'Anyone caught dropping litter can be fined £150 under the by-law, the council said.',
  ]),
  articleFromParagraphs({ id: 'pasarela', title: 'La pasarela del río Duero abre al público', date: '2025-07-02', language: 'es' }, [
    'La pasarela peatonal sobre el río Duero en Soria, de 200 metros, tuvo un coste de obra que se alargó durante tres años por las crecidas del río.',
    'La obra costó 3 millones de euros, según el ayuntamiento.',
  ]),
]);
const ask = askOf(library);

describe('money questions', () => {
  it('read a fine as a sum of money', () => {
    expect(asksMoney('What is the fine for dropping litter on the beach?')).toBe(true);
    expect(asksMoney('¿Cuál es la multa por tirar basura en la playa?')).toBe(true);
  });

  it('quote the sentence that gives the amount', async () => {
    const fine = await ask('What is the fine for dropping litter on the beach?');
    expect(fine.answer).toMatch(/^According to the articles: “Anyone caught dropping litter can be fined £150/u);
    const cost = await ask('¿Cuál fue el coste de la obra de la pasarela sobre el río Duero?');
    expect(cost.answer).toMatch(/^Según los artículos: «La obra costó 3 millones de euros/u);
  });
});
