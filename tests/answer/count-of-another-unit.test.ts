/**
 * A figure of a unit of measure counts no people or things (newcomer 22's D3a): "¿Cuántos muertos…?" is not answered by
 * "entre 10 y 20 grados", while a question that asks for the unit, or how much, still is.
 */
import { describe, expect, it } from 'vitest';
import { carriesCount } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'temporal', title: 'Un temporal de viento y frío azota Valdemora', date: '2024-02-03', language: 'es' }, [
    'El temporal que azota Valdemora desde el jueves derribó árboles y cortó la luz en varios barrios de la ciudad.',
    'El temporal dejó en Valdemora temperaturas de entre 2 y 6 grados durante el fin de semana, según la agencia meteorológica.',
    'Los bomberos atendieron avisos por caídas de ramas y tejas en el centro.',
  ]),
]);
const ask = askOf(library);

describe('a measure is no count of the asked noun', () => {
  it.each([
    'las temperaturas oscilarán entre 2 y 6 grados',
    'una columna de 300 metros',
    'un frente de 12 km',
    'a drop of 10 to 15 degrees',
  ])('"%s" counts nothing asked by a count of people', (text) => {
    expect(carriesCount(text, new Set(['muertos']), false)).toBe(false);
  });

  it.each([
    ['dejó 2 muertos y 6 heridos', new Set(['muertos'])],
    ['la columna alcanzó 300 metros', new Set(['metros'])],
  ])('"%s" still counts', (text, questionWords) => {
    expect(carriesCount(text, questionWords, false)).toBe(true);
  });

  it('refuses a death toll the story never gives, beside a range of temperatures', async () => {
    const result = await ask('¿Cuántos muertos dejó el temporal en Valdemora?');
    expect(result.refused).toBe(true);
  });

  it('answers how many degrees from the same sentence', async () => {
    const result = await ask('¿Cuántos grados marcaron las temperaturas en Valdemora?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('entre 2 y 6 grados');
  });
});
