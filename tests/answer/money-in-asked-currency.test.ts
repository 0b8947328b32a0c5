/**
 * A question asking an amount in one currency ("¿… en dólares?") is not answered by an amount written only in another
 * ("costará 9.500 millones de pesos"): a reader takes the figure for the sum asked (blind newcomer 26's D1). The passage
 * is offered as a lead. An amount in the asked currency, by name, code or sign, or in no currency, still answers.
 * Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { givesMoney } from '../../src/answer/money.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

describe('givesMoney for a question asked in a currency', () => {
  const inDollars = '¿Cuánto costará la nueva terminal de autobuses en dólares?';

  it('does not take an amount in another currency only', () => {
    expect(givesMoney('La terminal costará 9.500 millones de pesos, según el intendente.', inDollars)).toBe(false);
    expect(givesMoney('The new stand will cost €40 million.', 'How many dollars will the new stand cost?')).toBe(false);
    expect(givesMoney('La obra costará 12 millones de euros.', '¿Cuánto costará la obra en libras?')).toBe(false);
  });

  it('takes an amount in the asked currency by its name, code or sign, or in no currency at all', () => {
    expect(givesMoney('La terminal costará 9.500 millones de pesos, unos 10 millones de dólares.', inDollars)).toBe(true);
    expect(givesMoney('La terminal costará US$ 10 millones.', inDollars)).toBe(true);
    expect(givesMoney('The stand will cost 40 million USD.', 'How many dollars will the new stand cost?')).toBe(true);
    expect(givesMoney('La terminal costará 9.500 millones.', inDollars)).toBe(true);
    // "$" writes pesos as well as dollars.
    expect(givesMoney('Cada boleto cuesta $1.200.', '¿Cuánto cuesta el boleto en pesos?')).toBe(true);
  });

  it('reads no currency from a figure the question gives, nor from two currencies named', () => {
    expect(givesMoney('El barril cuesta 9.500 pesos.', '¿Por qué subió el barril a 80 dólares?')).toBe(true);
    expect(givesMoney('La obra costará 12 millones de euros.', '¿Cuánto costará la obra en pesos o en dólares?')).toBe(true);
  });
});

describe('/ask with an amount in another currency than the asked one', () => {
  const article = (id: string, title: string, paragraphs: string[]) => articleFromParagraphs({ id, title, date: '2026-03-10', language: 'es' }, paragraphs);
  const terminal = article('terminal', 'Paraná tendrá una nueva terminal de autobuses', [
    'El intendente de Paraná presentó el proyecto de la nueva terminal de autobuses, que costará 9.500 millones de pesos y abrirá en 2028.',
    'Las obras empezarán en junio y darán trabajo a unas 300 personas, según la municipalidad.',
  ]);
  const other = article('puerto', 'El puerto de Diamante amplía su muelle', ['El puerto de Diamante ampliará su muelle de cereales antes de la cosecha.']);

  it('is refused with the amount as a lead', async () => {
    const result = await askOf(await libraryOf([terminal, other]))('¿Cuánto costará la nueva terminal de autobuses de Paraná en dólares?');
    expect(result.refused).toBe(true);
    expect(result.citations[0]?.excerpt).toContain('9.500 millones de pesos');
  });

  it('is answered when asked without a currency or in the one written', async () => {
    const ask = askOf(await libraryOf([terminal, other]));
    expect(firstQuote(await ask('¿Cuánto costará la nueva terminal de autobuses de Paraná?'))).toContain('9.500 millones de pesos');
    expect(firstQuote(await ask('¿Cuánto costará la nueva terminal de autobuses de Paraná en pesos?'))).toContain('9.500 millones de pesos');
  });
});
