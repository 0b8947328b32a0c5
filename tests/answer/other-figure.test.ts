/**
 * A question that gives a quantity the story never gives ("¿Qué depósito guarda 640 litros?") is not answered by a
 * sentence giving another quantity of the same thing ("…guarda 460 litros"), as a question dated by another year is not
 * (other-year.test.ts); and a question that asks for the year ("¿En qué año…?") is not answered by a sentence that gives
 * none. Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { asksYear, askedKind, givesYear } from '../../src/answer/answer-type.js';
import { figureUnmet } from '../../src/answer/other-figure.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

describe('figureUnmet', () => {
  it('holds when the question\u2019s quantity is nowhere and a sentence gives another of the same thing', () => {
    expect(figureUnmet('¿Qué depósito guarda 640 litros de gasóleo?', ['El depósito norte guarda 460 litros de gasóleo.'], [], 'es')).toBe(true);
    expect(figureUnmet('¿Qué barrio votó al 35 % por el alcalde?', ['El barrio de Lis votó al 53 por ciento por el alcalde.'], [], 'es')).toBe(true);
    expect(figureUnmet('Which tank holds 640 litres of diesel?', ['The north tank holds 460 litres of diesel.'], [], 'en')).toBe(true);
  });

  it('does not hold when the quantity is given in words, elsewhere in the passage, or of another thing', () => {
    expect(figureUnmet('¿Qué depósito guarda 600 litros?', ['El depósito norte guarda seiscientos litros.'], [], 'es')).toBe(false);
    expect(figureUnmet('¿Qué depósito guarda 640 litros?', ['El depósito norte guarda 460 litros.'], ['El depósito sur guarda 640 litros. El depósito norte guarda 460 litros.'], 'es')).toBe(false);
    expect(figureUnmet('¿Qué depósito guarda 640 litros?', ['El depósito norte mide 12 metros.'], [], 'es')).toBe(false);
    expect(figureUnmet('¿Qué depósito guarda 640 litros?', ['El depósito norte es el mayor.'], [], 'es')).toBe(false);
  });

  it('reads the word naming the measure before a figure as what it measures', () => {
    expect(figureUnmet('¿Qué seísmo tuvo una magnitud de 5,9 en Lorca?', ['El seísmo de Aledo tuvo una magnitud de 4,8 y se sintió en Lorca.'], [], 'es')).toBe(true);
    expect(figureUnmet('¿Qué comarca tiene una población de 41.250 vecinos?', ['La comarca del Jalón, con una población de 38.900 vecinos, pide un hospital.'], [], 'es')).toBe(true);
    expect(figureUnmet('Which quake had a magnitude of 5.9?', ['The Aledo quake had a magnitude of 4.8.'], [], 'en')).toBe(true);
    expect(figureUnmet('¿Qué seísmo tuvo una magnitud de 5,9?', ['El seísmo de Aledo tuvo una magnitud de 4,8.'], ['Otro, de 5,9, sacudió Totana.'], 'es')).toBe(false);
    expect(figureUnmet('¿Qué seísmo tuvo una magnitud de 5,9?', ['El seísmo de Aledo duró 12 segundos.'], [], 'es')).toBe(false);
    expect(figureUnmet('¿Qué comarca tiene aproximadamente 40 médicos?', ['La comarca tiene aproximadamente 30 farmacias.'], [], 'es')).toBe(false);
  });

  it('does not count a value given of another thing as held: a day of another month', () => {
    expect(figureUnmet('¿Qué firmó el alcalde el 14 de marzo de 2023?', ['El alcalde firmó el convenio el 9 de marzo de 2023.'], ['El pleno se reunió el 14 de abril. El alcalde firmó el convenio el 9 de marzo de 2023.'], 'es')).toBe(true);
    expect(figureUnmet('¿Qué firmó el alcalde el 14 de marzo de 2023?', ['El alcalde firmó el convenio el 9 de marzo de 2023.'], ['El 14, ya en marzo, llegó otro.'], 'es')).toBe(false);
  });

  it('reads neither years nor the numbers of names as quantities', () => {
    expect(figureUnmet('¿Quién ganó la Copa 21 de regatas?', ['La Copa 20 de regatas la ganó Sorel.'], [], 'es')).toBe(false);
    expect(figureUnmet('¿Qué club ganó en 1987 regatas?', ['El club ganó en 1991 regatas.'], [], 'es')).toBe(false);
  });
});

describe('a question that asks for the year', () => {
  it('is told from one that asks when or for a number', () => {
    expect(asksYear(askedKind('¿En qué año se inauguró el puerto?', 'es'))).toBe(true);
    expect(asksYear(askedKind('What year did the port open?', 'en'))).toBe(true);
    expect(asksYear(askedKind('¿Cuándo se inauguró el puerto?', 'es'))).toBe(false);
    expect(asksYear(askedKind('¿Cuántos años tiene el puerto?', 'es'))).toBe(false);
  });

  it('is met by a year, a century, a number that may be one, or a year named by another', () => {
    const asked = new Set(['inauguro', 'puerto']);
    expect(givesYear('El puerto se inauguró en 1931.', asked)).toBe(true);
    expect(givesYear('El puerto se inauguró en el siglo XIX.', asked)).toBe(true);
    expect(givesYear('El puerto se inauguró en el siglo XIX.', new Set(['siglo', 'inauguro', 'puerto']))).toBe(true);
    expect(givesYear('Los romanos lo abrieron en el 711.', asked)).toBe(true);
    expect(givesYear('Se inauguró al año siguiente.', asked)).toBe(true);
    expect(givesYear('El puerto se inauguró con una gran fiesta.', asked)).toBe(false);
  });
});

const library = await libraryOf([
  articleFromParagraphs({ id: 'puerto', title: 'El puerto de Brava amplía sus depósitos', date: '2025-06-02', language: 'es' }, [
    'El puerto de Brava, inaugurado con una gran fiesta por los armadores de la ría, es hoy el mayor de la costa.',
    'Su depósito norte guarda 460 litros de gasóleo para las lanchas de salvamento, y el sur otros doscientos.',
    'La lonja del puerto abrió en 1931, cuando la flota de bajura ya faenaba en la ría.',
  ]),
]);
const ask = askOf(library);

describe('asked about a quantity or a year the story never gives', () => {
  it('refuses another quantity of what a sentence counts, with the passage as a lead', async () => {
    const result = await ask('¿Qué depósito del puerto de Brava guarda 640 litros de gasóleo?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('answers the quantity the story gives', async () => {
    const result = await ask('¿Qué depósito del puerto de Brava guarda 460 litros de gasóleo?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('460 litros');
  });

  it('refuses a year question whose sentence gives no year, and answers one whose sentence does', async () => {
    const refused = await ask('¿En qué año inauguraron los armadores el puerto de Brava?');
    expect(refused.refused).toBe(true);
    expect(refused.citations.length).toBeGreaterThan(0);
    const answered = await ask('¿En qué año abrió la lonja del puerto?');
    expect(answered.refused).toBe(false);
    expect(firstQuote(answered)).toContain('1931');
  });
});
