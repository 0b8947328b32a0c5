/**
 * A question about one member of a series (a round, an edition, a quarter, a wave; a weekday; a month) is not answered
 * by the sentence about a neighbouring member: "¿Dónde terminó la sexta ronda…?" beside the fourth round's venue
 * (blind newcomers 33 and 35: another round, another day, a near-miss answered as if matched). Refused with the story as
 * a lead; the member the story tells of is answered, and so is one of two members a story tells of. Articles and
 * questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { otherRank } from '../../src/answer/other-rank.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const talks = articleFromParagraphs({ id: 'dialogo', title: 'Sin acuerdo en Quito', date: '2026-10-16', language: 'es' }, [
  'La cuarta ronda de negociaciones entre el Gobierno y la guerrilla del Frente Andino terminó el jueves en Quito sin acuerdo sobre el alto el fuego.',
  'Los mediadores noruegos dijeron que las delegaciones seguirán en contacto.',
]);
const jazz = articleFromParagraphs({ id: 'jazz', title: 'Valdemora cierra su festival de jazz', date: '2026-07-20', language: 'es' }, [
  'La 12.ª edición del festival de jazz de Valdemora reunió a 9.000 espectadores en cinco noches, según la organización.',
]);
const hospital = articleFromParagraphs({ id: 'lerez', title: 'El hospital de Lérez hace balance de la epidemia', date: '2026-05-02', language: 'es' }, [
  'Durante la primera ola de la epidemia, el hospital de Lérez atendió a 1.240 pacientes en sus urgencias, detalló su gerente.',
]);
const council = articleFromParagraphs({ id: 'tarifa', title: 'Tarifa limita las terrazas', date: '2026-04-09', language: 'es' }, [
  'El pleno del Ayuntamiento de Tarifa aprobó el lunes la nueva ordenanza de terrazas, que limita a 20 las mesas por local.',
]);
const runoff = articleFromParagraphs({ id: 'vuelta', title: 'La junta electoral fija el calendario', date: '2026-03-30', language: 'es' }, [
  'La primera vuelta de las elecciones presidenciales se celebrará el 4 de mayo, anunció la junta electoral.',
  'Si ningún candidato supera el 50 % de los votos, la segunda vuelta de las elecciones será el 25 de mayo.',
]);
const foods = articleFromParagraphs({ id: 'foods', title: 'Halvorsen Foods sales climb', date: '2026-08-04', language: 'en' }, [
  'Halvorsen Foods reported second-quarter revenue of $412 million, up 6 percent, the company said on Tuesday.',
]);
const airport = articleFromParagraphs({ id: 'corran', title: 'Corran airport traffic grows', date: '2026-03-10', language: 'en' }, [
  'Corran airport handled 84,000 passengers in February, the highest for that month, the operator said.',
]);
const museum = articleFromParagraphs({ id: 'museo', title: 'El museo de Carvajal bate su récord', date: '2026-09-03', language: 'es' }, [
  'El museo etnográfico de Carvajal recibió 12.300 visitantes en julio, un 8 % más que un año antes, informó la Diputación.',
]);
const library = articleFromParagraphs({ id: 'dunmore', title: 'Dunmore library to close', date: '2026-11-12', language: 'en' }, [
  'Dunmore council voted on Monday to close the Hale Street library by the end of the year, saving about £180,000 a year.',
]);
const ask = askOf(await libraryOf([talks, jazz, hospital, council, runoff, foods, airport, museum, library]));

describe('another member of the asked series', () => {
  it('refuses another round, edition, wave, quarter, weekday or month, with the story as a lead', async () => {
    for (const question of [
      '¿Dónde terminó la sexta ronda de negociaciones entre el Gobierno y el Frente Andino?',
      '¿Cuántos espectadores reunió la décima edición del festival de jazz de Valdemora?',
      '¿A cuántos pacientes atendió el hospital de Lérez en la segunda ola de la epidemia?',
      '¿Qué aprobó el Ayuntamiento de Tarifa el miércoles?',
      'What was Halvorsen Foods’ third-quarter revenue?',
      '¿Cuántos visitantes recibió el museo etnográfico de Carvajal en agosto?',
      'What did Dunmore council vote to close on Thursday?',
    ]) {
      const result = await ask(question);
      expect(result.refused, question).toBe(true);
      expect(result.citations.length, question).toBeGreaterThan(0);
    }
  });

  it('answers the member the story tells of', async () => {
    expect(firstQuote(await ask('¿Dónde terminó la cuarta ronda de negociaciones con el Frente Andino?'))).toContain('Quito');
    expect(firstQuote(await ask('¿Cuántos espectadores reunió la duodécima edición del festival de jazz de Valdemora?'))).toContain('9.000');
    expect(firstQuote(await ask('¿Qué aprobó el lunes el Ayuntamiento de Tarifa?'))).toContain('ordenanza');
    expect(firstQuote(await ask('What was Halvorsen Foods’ revenue in the second quarter?'))).toContain('$412 million');
    expect(firstQuote(await ask('How many passengers used Corran airport in February?'))).toContain('84,000');
    expect(firstQuote(await ask('What did Dunmore council vote to close on Monday?'))).toContain('Hale Street');
  });

  it('answers one of two members the story tells of', async () => {
    const second = await ask('¿Cuándo será la segunda vuelta de las elecciones presidenciales?');
    expect(second.refused).toBe(false);
    expect(firstQuote(second)).toContain('25 de mayo');
  });

  it('reads a rank with the noun it ranks, never a count, a unit or a verb', () => {
    expect(otherRank('¿Cuándo se jugará la tercera jornada de liga?', 'La segunda jornada de liga se jugó el domingo.', 'La segunda jornada de liga se jugó el domingo.')).toBe(true);
    expect(otherRank('Who won the first stage of the race?', 'Lena Moor won the second stage.', 'Lena Moor won the second stage.')).toBe(true);
    // Another rank of another noun, "cuartos de final", a number of seconds: no member of the asked series.
    expect(otherRank('¿Quién ganó la tercera etapa?', 'Ganó el segundo premio de montaña.', 'Ganó el segundo premio de montaña.')).toBe(false);
    expect(otherRank('¿Quién llegó a los cuartos de final?', 'Ayala perdió en la primera ronda.', 'Ayala perdió en la primera ronda.')).toBe(false);
    expect(otherRank('¿Cuántos segundos sacó en la contrarreloj?', 'Sacó 43 segundos en la primera contrarreloj.', 'Sacó 43 segundos en la primera contrarreloj.')).toBe(false);
    // "may" and "march" as verbs are no months.
    expect(otherRank('What may the union march for?', 'In June the union marched for pay.', 'In June the union marched for pay.')).toBe(false);
    // The asked member held elsewhere in the story.
    expect(otherRank('¿Qué votó el pleno el martes?', 'El lunes el pleno debatió la moción.', 'El lunes el pleno debatió la moción. El martes votó los presupuestos.')).toBe(false);
  });
});
