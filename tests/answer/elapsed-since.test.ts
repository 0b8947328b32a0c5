/**
 * A question asking how long something has gone on until now ("¿Cuántos días lleva cerrado…?", "How long has … been
 * closed?") is answered by the day it began ("desde el pasado lunes", "since last Tuesday"), as by a count of days
 * ("desde hace once días"): blind newcomer 36's duration question refused beside its answer. A question asking how long
 * something will last is not answered by when it began. Articles and questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { asksElapsed, givesStart } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const market = articleFromParagraphs({ id: 'lanzal', title: 'El mercado de Lanzal, cerrado', date: '2026-10-16', language: 'es' }, [
  'El mercado de abastos de Lanzal está cerrado desde el pasado lunes por una plaga de roedores, informó el concejal de Salud.',
  'Los 40 puestos del mercado se han trasladado a una carpa en la plaza mayor.',
]);
const road = articleFromParagraphs({ id: 'olvena', title: 'La carretera de Olvena sigue cortada', date: '2026-10-16', language: 'es' }, [
  'La carretera que une Olvena con el valle de Arrés permanece cortada al tráfico desde el 2 de octubre por un desprendimiento de rocas.',
  'Los técnicos de la Diputación calculan que las obras de retirada costarán 300.000 euros.',
]);
const bridge = articleFromParagraphs({ id: 'hartfield', title: 'Hartfield bridge closed', date: '2026-10-16', language: 'en' }, [
  'The Hartfield river bridge has been closed to traffic since last Tuesday, when inspectors found cracks in two piers.',
  'About 14,000 vehicles crossed it every day, the county said.',
]);
const search = articleFromParagraphs({ id: 'whitlow', title: 'Search for missing hiker', date: '2026-11-09', language: 'en' }, [
  'Rescue teams have been searching for Dana Whitlow, a 34-year-old hiker, since she failed to return from the Kestrel Ridge trail on 2 November.',
]);
const ask = askOf(await libraryOf([market, road, bridge, search]));

describe('how long until now, answered by when it began', () => {
  it('quotes the sentence saying since when, in Spanish and English', async () => {
    for (const [question, expected] of [
      ['¿Cuántos días lleva cerrado el mercado de abastos de Lanzal?', 'desde el pasado lunes'],
      ['¿Cuánto tiempo lleva cortada la carretera entre Olvena y el valle de Arrés?', 'desde el 2 de octubre'],
      ['How long has the Hartfield bridge been closed?', 'since last Tuesday'],
      ['How long have rescue teams been searching for Dana Whitlow?', 'on 2 November'],
    ] as const) {
      const result = await ask(question);
      expect(result.refused, question).toBe(false);
      expect(firstQuote(result), question).toContain(expected);
    }
  });

  it('reads an elapsed stretch only in a question asking until now, and a start only after "desde" or "since" with a date', () => {
    expect(asksElapsed('¿Cuántas semanas llevan acampados los vecinos?')).toBe(true);
    expect(asksElapsed('How many days have the nurses been on strike?')).toBe(true);
    expect(asksElapsed('¿Cuánto tiempo durará la huelga?')).toBe(false);
    expect(asksElapsed('How long will the strike last?')).toBe(false);
    expect(givesStart('Los vecinos protestan desde ayer frente al ayuntamiento.', new Set())).toBe(true);
    expect(givesStart('Students have occupied the library since the week before last.', new Set())).toBe(true);
    expect(givesStart('El autobús sale desde Madrid, y llega a Toledo el lunes.', new Set())).toBe(false);
    expect(givesStart('Since the bridge is closed, drivers take the ring road.', new Set())).toBe(false);
  });
});
