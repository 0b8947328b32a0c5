/**
 * The nearest fact is no answer when the thing asked about is not the sentence's (blind newcomers 30 and 31): a count of no one harmed for a count of deaths ("42 casos" for "¿Cuántas muertes…?"), a figure compared with a year rather than given for it ("la cifra más alta desde 2019"), a pay never given.
 * Each is refused with the story's passages as leads, and its answerable twin is still answered. Articles written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { asksHurt, countsNoHarmed } from '../../src/answer/harmed.js';
import { asksEarnings } from '../../src/answer/money.js';
import { yearUnmet } from '../../src/answer/other-year.js';
import type { Article } from '../../src/corpus/types.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const story = (id: string, title: string, paragraphs: string[]): Article => articleFromParagraphs({ id, title, date: '2026-03-10', language: 'es' }, paragraphs);
const OTHER = story('feria', 'Abre la feria de la cerámica de Talavera', ['La feria de la cerámica de Talavera abrió el viernes con 64 puestos en la plaza del Pan.']);

const flu = story('gripe', 'La gripe aviar llega a las granjas de Segovia', [
  'La gripe aviar ha dejado 42 casos confirmados en granjas de la provincia de Segovia este invierno, informó la Junta.',
  'Los veterinarios vigilan las explotaciones cercanas a las afectadas.',
]);
const oil = story('aceite', 'Récord de aceite en la Sierra de Segura', [
  'La producción de aceite de la Sierra de Segura alcanzó en 2025 las 12.000 toneladas, la cifra más alta desde 2019, según la denominación de origen.',
  'Las cooperativas prevén contratar a más temporeros para la próxima campaña.',
]);
const hospital = (pay = '') => story('hospital', 'Nueva directora en el Hospital del Mar', [
  `El Hospital del Mar de Cádiz nombró el martes a Elena Rosales nueva directora gerente, en sustitución de Juan Pardo.${pay}`,
  'Rosales dirigió durante seis años el área de urgencias del centro.',
]);

const refusedWithLeads = async (articles: Article[], question: string) => {
  const result = await askOf(await libraryOf([...articles, OTHER]))(question);
  expect(result.refused, question).toBe(true);
  expect(result.citations.length, question).toBeGreaterThan(0);
};
const answeredWith = async (articles: Article[], question: string, words: string) => {
  const result = await askOf(await libraryOf([...articles, OTHER]))(question);
  expect(result.refused, question).toBe(false);
  expect(firstQuote(result)).toContain(words);
};

describe('a count of deaths', () => {
  it('refuses a count of deaths answered by cases', async () => {
    await refusedWithLeads([flu], '¿Cuántas muertes ha causado la gripe aviar en Segovia?');
    await answeredWith([flu], '¿Cuántos casos de gripe aviar hay en Segovia?', '42 casos');
  });

  it('reads questions about the dead or the hurt, and figures none of which counts them', () => {
    expect(asksHurt('¿Cuántos heridos dejó el choque?')).toBe(true);
    expect(asksHurt('How many people died in the fire?')).toBe(true);
    expect(asksHurt('¿Cuántos partidos perdió el equipo?')).toBe(false);
    expect(countsNoHarmed(['El brote suma 42 casos en la provincia.'])).toBe(true);
    expect(countsNoHarmed(['El brote suma 42 casos y dos muertos.'])).toBe(false);
    expect(countsNoHarmed(['El brote empezó en 2024.'])).toBe(false);
  });
});

describe('a figure compared with a year', () => {
  it('refuses the year the figure is compared with, and answers its own year', async () => {
    await refusedWithLeads([oil], '¿Cuántas toneladas de aceite produjo la Sierra de Segura en 2019?');
    await answeredWith([oil], '¿Cuántas toneladas de aceite produjo la Sierra de Segura en 2025?', '12.000 toneladas');
  });

  it('reads "desde" after a word of comparison as no year of the figure', () => {
    expect(yearUnmet('¿Cuánto llovió en 2018?', ['En 2024 llovieron 900 litros, la mayor cantidad desde 2018.'], [])).toBe(true);
    expect(yearUnmet('What was the price in 2001?', ['In 2023 the price hit $90, the highest since 2001.'], [])).toBe(true);
    expect(yearUnmet('¿Cuándo abrió el museo en 2018?', ['En 2024 el museo, abierto desde 2018, recibió 900 visitas.'], [])).toBe(false);
  });
});

describe('a pay never given', () => {
  it('refuses a salary the story does not give, and answers one it gives', async () => {
    await refusedWithLeads([hospital()], '¿Cuál es el salario de la nueva directora del Hospital del Mar?');
    await answeredWith([hospital(' Su sueldo será de 85.000 euros al año.')], '¿Cuál será el sueldo de la nueva directora del Hospital del Mar?', '85.000 euros');
  });

  it('reads questions about a salary or a wage', () => {
    expect(asksEarnings('¿Cuál es el sueldo del alcalde?')).toBe(true);
    expect(asksEarnings('What is her salary?')).toBe(true);
    expect(asksEarnings('¿Cuál es el salario mínimo en Chile?')).toBe(true);
    expect(asksEarnings('¿Cuál es el sueño del alcalde?')).toBe(false);
  });
});
