/**
 * A question that asks for one end of a scale is not answered by a sentence that gives only the other ("¿Cuál es el
 * puerto más pequeño…?" beside "el puerto más grande…"), as a negated question is not answered by a sentence that says
 * the opposite. Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { contraryUnmet } from '../../src/answer/contrary.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

describe('contraryUnmet', () => {
  it('holds when the sentence gives only the other end of the asked scale', () => {
    expect(contraryUnmet('¿Cuál es el puerto más pequeño de la costa?', ['Brava es el mayor puerto de la costa.'])).toBe(true);
    expect(contraryUnmet('¿Quién obtuvo menos votos?', ['Ana Ruiz obtuvo más votos que nadie.'])).toBe(true);
    expect(contraryUnmet('¿Cuál fue la última etapa de la obra?', ['La primera etapa de la obra terminó en 2019.'])).toBe(true);
    expect(contraryUnmet('Which is the smallest port on the coast?', ['Brava is the largest port on the coast.'])).toBe(true);
  });

  it('does not hold when the sentence gives the asked end too, or the question names both ends', () => {
    expect(contraryUnmet('¿Cuál es el puerto más pequeño?', ['Brava es el mayor puerto y Sorel el más pequeño.'])).toBe(false);
    expect(contraryUnmet('¿Es Brava mayor o menor que Sorel?', ['Brava es mayor que Sorel.'])).toBe(false);
    expect(contraryUnmet('¿Cuántos kilómetros tiene la línea?', ['La línea tiene 12 kilómetros, la más larga del país.'])).toBe(false);
  });

  it('reads no length in "a lo largo de", and Spanish "este" as no point of the compass', () => {
    expect(contraryUnmet('¿Qué hay a lo largo del río?', ['Un camino corto une los dos puentes.'])).toBe(false);
    expect(contraryUnmet('¿Quién fundó este museo?', ['El museo del oeste lo fundó Ana Ruiz.'])).toBe(false);
  });

  it('reads a Spanish question from its opening mark', () => {
    expect(contraryUnmet('Después de la reforma, ¿qué puerto creció?', ['Antes de la reforma creció el puerto de Brava.'])).toBe(false);
  });
});

const library = await libraryOf([
  articleFromParagraphs({ id: 'puertos', title: 'El tráfico de los puertos del norte', date: '2025-02-11', language: 'es' }, [
    'El puerto de Brava movió el año pasado el mayor volumen de mercancías de la costa norte, con 4,2 millones de toneladas.',
    'Le siguen los muelles de Sorel y de Tamar, que crecieron un 8 % gracias al tráfico de contenedores.',
  ]),
]);
const ask = askOf(library);

describe('asked the other end of the scale', () => {
  it('refuses the smallest when the story gives only the largest', async () => {
    const result = await ask('¿Qué puerto movió el menor volumen de mercancías de la costa norte?');
    expect(result.refused).toBe(true);
  });

  it('answers the largest', async () => {
    const result = await ask('¿Qué puerto movió el mayor volumen de mercancías de la costa norte?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('El puerto de Brava');
  });
});
