/**
 * An amount of money written in words ("costará doce millones", "a million pounds") is an amount (newcomer 23's D9):
 * a cost question is answered by it, as by "12 millones", not refused for want of one.
 */
import { describe, expect, it } from 'vitest';
import { givesMoney } from '../../src/answer/money.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'pasarela', title: 'Valdemora tendrá una pasarela nueva sobre el río Tera', date: '2024-03-04', language: 'es' }, [
    'El ayuntamiento de Valdemora aprobó ayer el proyecto de la pasarela peatonal sobre el río Tera.',
    'La pasarela costará veinte millones y las obras empezarán en otoño, según el concejal de Urbanismo.',
  ]),
]);
const ask = askOf(library);

describe('an amount written in words', () => {
  it.each(['costará veinte millones', 'un gasto de doce mil millones', 'it will cost a million', 'about twelve million'])('"%s" gives an amount', (text) => {
    expect(givesMoney(text)).toBe(true);
  });

  it.each(['llegaron doce', 'veinte vecinos', 'asciende a mil visitantes'])('"%s" gives none', (text) => {
    expect(givesMoney(text)).toBe(false);
  });

  it('answers how much something will cost', async () => {
    const result = await ask('¿Cuánto costará la pasarela de Valdemora?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('veinte millones');
  });
});
