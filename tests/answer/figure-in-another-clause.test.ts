/**
 * A count question naming someone is not answered by a figure that stands in the clause another name opens: "…condenó a
 * Carmen Vidal junto a su socio Pedro Almagro, quien recibió una pena de cinco años" gives Almagro's five years, while
 * Vidal's six are in the next sentence (the lead's blind tester's kind, stop 52). Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { figureOfAnotherInSentence } from '../../src/answer/figure-owner.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const ask = askOf(
  await libraryOf([
    articleFromParagraphs({ id: 'lorca', title: 'Sentencia por el fraude de las ayudas agrarias en Lorca', date: '2026-03-11', language: 'es' }, [
      'La jueza condenó por fraude de subvenciones a la empresaria Carmen Vidal junto a su socio Pedro Almagro, quien recibió una pena de cinco años de prisión.',
      'Vidal deberá cumplir seis años y pagar una multa de 90.000 euros, según la sentencia.',
      'Las defensas anunciaron que recurrirán.',
    ]),
    articleFromParagraphs({ id: 'harbour', title: 'Two harbour officials jailed over bribery scheme', date: '2026-04-02', language: 'en' }, [
      'A Leeds court sentenced former port director Alan Whitby along with his deputy Joan Marsh, who received four years for her part in the scheme.',
      'Whitby will serve seven years and has been barred from public office.',
      'Both said they would appeal.',
    ]),
  ]),
);

const firstQuote = (answer: string) => answer.split(/[»”]/u)[0] ?? '';

describe('a figure in the clause another name opens is that name’s', () => {
  it.each([
    ['¿A cuántos años fue condenada Carmen Vidal?', 'seis años'],
    ['How many years was Alan Whitby sentenced to?', 'seven years'],
  ])('%s quotes the asked name’s own figure first', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result.answer)).toContain(figure);
  });

  it.each([
    ['¿Cuántos años de prisión recibió Pedro Almagro?', 'cinco años'],
    ['How many years did Joan Marsh receive?', 'four years'],
  ])('%s still quotes the other name’s clause when that name is asked', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result.answer)).toContain(figure);
  });
});

describe('figureOfAnotherInSentence', () => {
  const words = (text: string) => new Set(text.split(' '));
  it('reads a figure after a relative clause or a verb of another name as that name’s', () => {
    expect(figureOfAnotherInSentence('El juez absolvió a Luis Mena, pero su hermano Raúl Mena Soto pagará 3.000 euros.', words('luis'), words('cuanto pagara luis'), 'es')).toBe(true);
    expect(figureOfAnotherInSentence('The board fined Acme along with Zenith, which paid 2 million dollars.', words('acme'), words('how much acme fined'), 'en')).toBe(true);
  });
  it('keeps a figure in the asked name’s own clause, and a name that only qualifies a noun', () => {
    expect(figureOfAnotherInSentence('El tribunal impuso a Ramón Quesada, expresidente de Agrovalle, seis años de prisión.', words('ramon quesada'), words('cuantos anos condenado ramon quesada'), 'es')).toBe(false);
    expect(figureOfAnotherInSentence('Fresno, según el censo de Estados Unidos registra 500.000 habitantes.', words('fresno'), words('cuantos habitantes fresno'), 'es')).toBe(false);
  });
});
