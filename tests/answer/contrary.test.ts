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
    expect(contraryUnmet('¿Cuál es el puerto más pequeño de la costa?', ['Brava es el mayor puerto de la costa.'], 'es')).toBe(true);
    expect(contraryUnmet('¿Quién obtuvo menos votos?', ['Ana Ruiz obtuvo más votos que nadie.'], 'es')).toBe(true);
    expect(contraryUnmet('¿Cuál fue la última etapa de la obra?', ['La primera etapa de la obra terminó en 2019.'], 'es')).toBe(true);
    expect(contraryUnmet('Which is the smallest port on the coast?', ['Brava is the largest port on the coast.'], 'en')).toBe(true);
  });

  it('does not hold when the sentence gives the asked end too, or the question names both ends', () => {
    expect(contraryUnmet('¿Cuál es el puerto más pequeño?', ['Brava es el mayor puerto y Sorel el más pequeño.'], 'es')).toBe(false);
    expect(contraryUnmet('¿Es Brava mayor o menor que Sorel?', ['Brava es mayor que Sorel.'], 'es')).toBe(false);
    expect(contraryUnmet('¿Cuántos kilómetros tiene la línea?', ['La línea tiene 12 kilómetros, la más larga del país.'], 'es')).toBe(false);
  });

  it('reads no length in "a lo largo de", and Spanish "este" as no point of the compass', () => {
    expect(contraryUnmet('¿Qué hay a lo largo del río?', ['Un camino corto une los dos puentes.'], 'es')).toBe(false);
    expect(contraryUnmet('¿Quién fundó este museo?', ['El museo del oeste lo fundó Ana Ruiz.'], 'es')).toBe(false);
  });

  it('reads "alto" / "bajo" and "antiguo" / "reciente" as ends of a scale when graded, not on their own', () => {
    expect(contraryUnmet('¿Qué barrios pagan las tarifas más altas de agua?', ['Los barrios del norte pagan las tarifas más bajas de agua.'], 'es')).toBe(true);
    expect(contraryUnmet('¿Cuál es el puente más antiguo de la ciudad?', ['El puente de Sorel es el más reciente de la ciudad.'], 'es')).toBe(true);
    expect(contraryUnmet('¿Qué hay bajo el puente de Sorel?', ['Bajo el puente más alto de Sorel pasa el tren.'], 'es')).toBe(false);
    expect(contraryUnmet('¿Qué barrios pagan las tarifas más altas?', ['Los del norte pagan tarifas más bajas que las del sur, que son las más altas.'], 'es')).toBe(false);
    expect(contraryUnmet('¿Quién era el antiguo alcalde?', ['El alcalde más reciente es Ana Ruiz.'], 'es')).toBe(false);
  });

  it('reads a Spanish question from its opening mark', () => {
    expect(contraryUnmet('Después de la reforma, ¿qué puerto creció?', ['Antes de la reforma creció el puerto de Brava.'], 'es')).toBe(false);
  });

  it('reads the Spanish pairs of qualities by stem, in any inflection', () => {
    expect(contraryUnmet('¿Qué colegios privados cobran matrícula?', ['Los colegios públicos de Tamar cobran una matrícula de 40 euros.'], 'es')).toBe(true);
    expect(contraryUnmet('¿Cómo se financian indirectamente los museos?', ['Los museos se financian directamente con la tasa turística.'], 'es')).toBe(true);
    expect(contraryUnmet('¿Qué colegios privados cobran matrícula?', ['Los colegios públicos no cobran matrícula; los privados, 300 euros.'], 'es')).toBe(false);
    expect(contraryUnmet('¿Qué colegios públicos o privados cobran matrícula?', ['Los colegios públicos de Tamar cobran una matrícula.'], 'es')).toBe(false);
  });
});

const library = await libraryOf([
  articleFromParagraphs({ id: 'puertos', title: 'El tráfico de los puertos del norte', date: '2025-02-11', language: 'es' }, [
    'El puerto de Brava movió el año pasado el mayor volumen de mercancías de la costa norte, con 4,2 millones de toneladas.',
    'Le siguen los muelles de Sorel y de Tamar, que crecieron un 8 % gracias al tráfico de contenedores.',
  ]),
  articleFromParagraphs({ id: 'colegios', title: 'Las cuentas de los colegios de Tamar', date: '2025-03-04', language: 'es' }, [
    'La Junta destina este año 12 millones de euros a los comedores de los colegios públicos de Tamar.',
    'La cifra cubre el menú de unos 9.000 alumnos durante todo el curso.',
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

  it('refuses a quality the story gives only the opposite of, and answers the one it gives', async () => {
    const opposite = await ask('¿Cuánto dinero destina la Junta a los comedores de los colegios privados de Tamar?');
    expect(opposite.refused).toBe(true);
    const given = await ask('¿Cuánto dinero destina la Junta a los comedores de los colegios públicos de Tamar?');
    expect(given.refused).toBe(false);
    expect(firstQuote(given)).toContain('12 millones de euros');
  });
});
