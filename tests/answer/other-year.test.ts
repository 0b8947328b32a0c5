/**
 * A question dated by a year the story never gives is not answered by a sentence about another year ("¿Quién ganó la
 * regata de 1987?" beside "La regata de 1991 la ganó…"), as a negated question is not answered by a sentence that says
 * the opposite; a range, a decade or the year in the passage's other sentences meets it. Articles and sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { yearUnmet } from '../../src/answer/other-year.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

describe('yearUnmet', () => {
  it('holds when the question\u2019s year is nowhere and the sentence gives another', () => {
    expect(yearUnmet('¿Quién ganó la regata de 1987?', ['La regata de 1991 la ganó el club de Sorel.'], [])).toBe(true);
    expect(yearUnmet('Who won the 1987 regatta?', ['The 1991 regatta was won by the Sorel club.'], [])).toBe(true);
  });

  it('does not hold when the sentence gives no year, or the passage gives the asked one', () => {
    expect(yearUnmet('¿Quién ganó la regata de 1987?', ['La regata la ganó el club de Sorel.'], [])).toBe(false);
    expect(yearUnmet('¿Cuántos barcos salieron en 1987?', ['Salieron 40 barcos, diez más que en 1985.'], ['La regata de 1987 fue la mayor. Salieron 40 barcos, diez más que en 1985.'])).toBe(false);
  });

  it('reads ranges, decades and figures that are no years', () => {
    expect(yearUnmet('¿Qué pasó con el puerto en 1989?', ['Las obras del puerto duraron de 1986 a 1992.'], [])).toBe(false);
    expect(yearUnmet('¿Cuántos murieron en 1629?', ['La epidemia de 1628-31 mató a miles.'], [])).toBe(false);
    expect(yearUnmet('¿Qué pasó con el puerto en la década de 1980?', ['El puerto cerró en 1984.'], [])).toBe(false);
    expect(yearUnmet('What happened to the port in the 1980s?', ['The port closed in 1984.'], [])).toBe(false);
    expect(yearUnmet('¿Qué puerto movió 100.000 toneladas?', ['El puerto de Brava movió 100.000 toneladas en 1990.'], [])).toBe(false);
    expect(yearUnmet('¿Qué pasó entre 1990 y 1995?', ['En 1993 cerró el puerto.'], [])).toBe(false);
    expect(yearUnmet('¿Qué visitas hubo en 1981?', ['Visitó el puerto en 1979 y 1983.'], [])).toBe(true);
  });
});

const library = await libraryOf([
  articleFromParagraphs({ id: 'regatas', title: 'La regata del estuario cumple cuarenta años', date: '2025-06-02', language: 'es' }, [
    'La regata del estuario nació como una apuesta entre dos clubes de remo de Sorel y de Tamar.',
    'En 1991 la regata del estuario la ganó por primera vez una tripulación de Tamar, que cruzó la meta con doce segundos de ventaja.',
    'Desde entonces los remeros de Tamar han ganado otras once veces.',
  ]),
]);
const ask = askOf(library);

describe('asked about another year', () => {
  it('refuses a year the story never gives, with the passage as a lead', async () => {
    const result = await ask('¿Qué tripulación ganó por primera vez la regata del estuario en 1987?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('answers the year the story gives', async () => {
    const result = await ask('¿Qué tripulación ganó por primera vez la regata del estuario en 1991?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('una tripulación de Tamar');
  });
});
