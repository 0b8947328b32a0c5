/**
 * A figure with a word of magnitude that counts a noun ("unos 85 mil vecinos", "3 millones de personas") is no sum of
 * money, and a how-much question asked in the future ("¿Cuánto costarán…?") asks for one: the sentence giving the cost
 * leads, not a dateline lead that counts the people affected (blind newcomer 26's D2, the Metro's cost).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { givesMoney } from '../../src/answer/money.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'acueducto', title: 'Cortan el agua en el norte de Valdoria por una rotura del acueducto', date: '2026-05-03', language: 'es' }, [
    'Valdoria, 3 de mayo de 2026.- La empresa de aguas cortó este lunes el suministro en cuatro barrios del norte por una rotura del acueducto, lo que dejó sin agua a unos 85 mil vecinos.',
    'El gerente de la empresa, Óscar Lemus, dijo que las reparaciones durarán una semana y costarán unos 40 millones de pesos.',
    'Mientras tanto, 30 camiones cisterna repartirán agua en las plazas de los barrios afectados.',
  ]),
]);

describe('a figure that counts people is no sum of money', () => {
  it('reads "85 mil vecinos" and "3 millones de personas" as counts, "40 millones" and "200 millones en obras" as sums', () => {
    expect(givesMoney('dejó sin agua a unos 85 mil vecinos.')).toBe(false);
    expect(givesMoney('viven allí 3 millones de personas.')).toBe(false);
    expect(givesMoney('costarán unos 40 millones de pesos.')).toBe(true);
    expect(givesMoney('invertirá 200 millones en obras.')).toBe(true);
  });

  it('quotes the sentence that gives the cost first', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿Cuánto costarán las reparaciones del acueducto?') });
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('40 millones de pesos');
    expect(result.answer.indexOf('40 millones')).toBeLessThan(result.answer.indexOf('85 mil') === -1 ? Infinity : result.answer.indexOf('85 mil'));
  });
});
