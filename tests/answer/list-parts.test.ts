/**
 * The answer in a list-like part of a story: an answer under its question in a question-and-answer layout ("¿Cuántos
 * médicos están llamados al paro? Unos 2.300 facultativos…") and a fact box's line ("Viviendas afectadas: 85; …"). Such a
 * part tells of what the story's headline names without naming it, and the answer under a question need not repeat its
 * words: it is quoted, with its question, before the story's topical lead that repeats the asked words (blind testers'
 * kind: the topical sentence quoted, or the question refused, while the answer stood in the list). Articles and questions
 * written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { speaksOfHeadline } from '../../src/answer/list-parts.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const strike = articleFromParagraphs({ id: 'arlanza', title: 'Claves de la huelga de médicos en Arlanza', date: '2026-11-20', language: 'es' }, [
  'Los médicos de atención primaria de la comunidad de Arlanza inician este lunes una huelga indefinida para reclamar más personal y agendas de un máximo de 35 pacientes al día.',
  'La consejería de Sanidad considera la protesta injustificada y asegura que ha presentado una oferta razonable.',
  'Preguntas y respuestas',
  '¿Quién convoca la huelga? El Sindicato Médico de Arlanza, con el apoyo de la asociación de médicos residentes.',
  '¿Cuántos médicos están llamados al paro? Unos 2.300 facultativos de 180 centros de salud.',
  '¿Qué servicios mínimos hay? La consejería fijó unos servicios mínimos del 75 % en los servicios de urgencias.',
]);
const flood = articleFromParagraphs({ id: 'tormeda', title: 'El río Tormeda se desborda en Villacanes', date: '2026-11-18', language: 'es' }, [
  'El río Tormeda se desbordó el martes a su paso por Villacanes y anegó las calles del casco antiguo, informó el alcalde, Rubén Saldaña.',
  'Los bomberos evacuaron a 120 vecinos de las viviendas más próximas al cauce.',
  'Datos clave: Altura máxima del río: 4,2 metros; Viviendas afectadas: 85; Coste estimado de los daños: 3 millones de euros.',
]);
const water = articleFromParagraphs({ id: 'bramley', title: 'What we know about the Bramley water shortage', date: '2026-11-18', language: 'en' }, [
  'Thousands of households in Bramley have had no running water since Sunday, the utility Severn Vale Water said.',
  'Why is there a shortage? A burst main near the Eastfield reservoir cut the supply on Sunday morning.',
  'How many properties are affected? Around 8,000, most of them in the north of the town.',
]);
const lanes = articleFromParagraphs({ id: 'lanes', title: 'Council approves new cycle lanes', date: '2026-11-12', language: 'en' }, [
  'Bramley council approved four new cycle lanes on Tuesday at a cost of £2.1 million.',
]);
const ask = askOf(await libraryOf([strike, flood, water, lanes]));

describe('an answer in a list-like part of the story', () => {
  it('quotes the answer under its question, with the question, before the topical lead', async () => {
    for (const [question, expected] of [
      ['¿Cuántos médicos están llamados a la huelga en Arlanza?', '2.300 facultativos'],
      ['¿Qué servicios mínimos hay en la huelga de médicos de Arlanza?', 'servicios mínimos del 75 %'],
      ['How many properties are affected by the Bramley water shortage?', 'Around 8,000'],
    ] as const) {
      const result = await ask(question);
      expect(result.refused, question).toBe(false);
      expect(firstQuote(result), question).toContain(expected);
      expect(firstQuote(result), question).toMatch(/^¿?[A-ZÁÉÍÓÚ].*\? /u);
    }
  });

  it('answers from a fact box line that names none of the headline', async () => {
    const result = await ask('¿Cuántas viviendas resultaron afectadas por el desbordamiento del Tormeda?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('Viviendas afectadas: 85');
  });

  it('still refuses what the list does not hold', async () => {
    expect((await ask('¿Cuántos heridos dejó la inundación de Villacanes?')).refused).toBe(true);
    expect((await ask('¿Cuánto cobran los médicos de Arlanza?')).refused).toBe(true);
  });

  it('reads a list part by its layout, not its words', () => {
    expect(speaksOfHeadline('¿Quién paga la obra? La Diputación, con fondos europeos.')).toBe(true);
    expect(speaksOfHeadline('Altura máxima: 4,2 metros; Viviendas afectadas: 85')).toBe(true);
    expect(speaksOfHeadline('El alcalde dijo: «Nadie lo esperaba».')).toBe(false);
    expect(speaksOfHeadline('¿Y ahora qué?')).toBe(false);
  });
});
