/**
 * A question about a price, a cost or a sum paid is not answered by a sentence on the subject that gives no amount
 * ("ha subido en los últimos 15 días": a figure of days is no price); it is refused, the passage cited as a lead. One
 * whose sentence, or the passage it is read with, gives an amount is answered. Articles and sentences written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { asksMoney, givesMoney } from '../../src/answer/money.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

describe('asksMoney', () => {
  it('reads questions about a price, a cost or a sum paid, in Spanish and English', () => {
    expect(asksMoney('¿Cuál era el precio del gasóleo en Soria en marzo?')).toBe(true);
    expect(asksMoney('¿A qué precio se vendió la finca?')).toBe(true);
    expect(asksMoney('¿Cuánto costó la pasarela de Soria?')).toBe(true);
    expect(asksMoney('¿Cuánto dinero recaudó la rifa?')).toBe(true);
    expect(asksMoney('What was the price of diesel per litre in March?')).toBe(true);
    expect(asksMoney('How much did the footbridge cost?')).toBe(true);
    expect(asksMoney('Antes de la reforma, ¿cuánto pagaban los vecinos por el agua?')).toBe(true);
  });

  it('does not read other counts, nor a price named after a conjunction', () => {
    expect(asksMoney('¿Cuántos votos obtuvo la alcaldesa?')).toBe(false);
    expect(asksMoney('¿Cuánto pesa la campana?')).toBe(false);
    expect(asksMoney('How much did emissions fall?')).toBe(false);
    expect(asksMoney('¿Qué anunció el ministro que el precio del gasóleo haría?')).toBe(false);
  });
});

describe('givesMoney', () => {
  it('reads a currency sign, code or name, a figure with a word of magnitude, and what costs nothing', () => {
    expect(givesMoney('El litro costaba 1,62 euros.')).toBe(true);
    expect(givesMoney('It sold for $3.50 a gallon.')).toBe(true);
    expect(givesMoney('El subsidio suma Q179 millones.')).toBe(true);
    expect(givesMoney('La obra costó 200 millones.')).toBe(true);
    expect(givesMoney('La entrada es gratuita.')).toBe(true);
    expect(givesMoney('Un maestro cobra 1.200 soles al mes.')).toBe(true);
    expect(givesMoney('La casa se vendió en 300 mil.')).toBe(true);
  });

  it('does not read days, percentages or plain figures as an amount', () => {
    expect(givesMoney('El precio ha subido en los últimos 15 días.')).toBe(false);
    expect(givesMoney('El precio subió un 3,2 por ciento.')).toBe(false);
    expect(givesMoney('Qatar vendió 40 barcos.')).toBe(false);
  });
});

const library = await libraryOf([
  articleFromParagraphs({ id: 'gasoleo', title: 'El gasóleo sigue al alza en Soria', date: '2024-04-03', language: 'es' }, [
    'El precio del gasóleo en Soria ha subido en los últimos 15 días y la tendencia es al alza moderada, dijo el delegado de Industria.',
    'Las gasolineras de la provincia esperan más clientes en Semana Santa.',
  ]),
  articleFromParagraphs({ id: 'pasarela', title: 'Abre la pasarela del Duero', date: '2024-04-05', language: 'es' }, [
    'La pasarela peatonal del Duero abrió el viernes tras dos años de obras.',
    'La pasarela costó 4,2 millones de euros, pagados por la Diputación.',
  ]),
]);
const ask = askOf(library);

describe('asked for a sum of money', () => {
  it('refuses a price question whose sentence gives no amount, with the passage as a lead', async () => {
    const result = await ask('¿Cuál era el precio del gasóleo en Soria en marzo?');
    expect(result.refused).toBe(true);
    expect(result.citations.map((citation) => citation.articleId)).toContain('gasoleo');
  });

  it('answers a cost question whose sentence gives the amount', async () => {
    const result = await ask('¿Cuánto costó la pasarela del Duero?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('4,2 millones de euros');
  });
});
