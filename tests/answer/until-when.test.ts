/**
 * A question asking until when ("¿Hasta cuándo…?", "Until when…?") is answered by the sentence that says where the span
 * ends ("hasta el jueves 14 de enero"), not by one that shares more of the question's words and dates something else
 * ("desde 2009"): blind newcomer 27's A13 ("¿Hasta cuándo prevé lluvias el Senamhi?" quoted the forecaster's "…desde 2017"
 * first). Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { asksUntil, givesEndDate } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const ask = askOf(
  await libraryOf([
    articleFromParagraphs({ id: 'lluvias', title: 'El paso de Roncal sigue cerrado por tercer día', date: '2027-01-11', language: 'es' }, [
      'Las intensas lluvias cerraron este lunes el paso de Roncal por tercer día consecutivo.',
      '“Son las lluvias más copiosas de un mes de enero desde 2009”, dijo a la radio el portavoz del Servicio de Meteorología Aragonés (SMA), Ignacio Laborda.',
      'El SMA prevé que las precipitaciones sigan hasta el jueves 14 de enero y mantiene la alerta naranja en todo el Pirineo.',
      'Los alcaldes del valle pidieron a la Diputación más sal para las carreteras.',
    ]),
    articleFromParagraphs({ id: 'obras', title: 'Road works close the Elm Street bridge', date: '2027-02-02', language: 'en' }, [
      'The Elm Street bridge has been closed to traffic since 2019 for repairs, the city council said on Monday.',
      'The council said the bridge will stay closed until March 30 while crews replace the deck.',
    ]),
  ]),
);

describe('a question asking until when', () => {
  it('quotes the sentence giving the end date first, in Spanish', async () => {
    const result = await ask('¿Hasta cuándo prevé lluvias el SMA?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('hasta el jueves 14 de enero');
  });

  it('quotes the sentence giving the end date first, in English', async () => {
    const result = await ask('Until when will the Elm Street bridge be closed to traffic?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('until March 30');
  });

  it('is told from other when-questions', () => {
    expect(asksUntil('¿Hasta cuándo seguirá la huelga?')).toBe(true);
    expect(asksUntil('Until when is the road closed?')).toBe(true);
    expect(asksUntil('¿Cuándo empezó la huelga?')).toBe(false);
    expect(asksUntil('¿Desde cuándo está cerrada la carretera?')).toBe(false);
  });

  it('reads an end date after "hasta" or "until", not a start after "desde" or a bare weekday', () => {
    expect(givesEndDate('La feria abre hasta el 3 de mayo.', new Set())).toBe(true);
    expect(givesEndDate('The ban stays in force until 2030.', new Set())).toBe(true);
    expect(givesEndDate('Es la peor sequía desde 1995.', new Set())).toBe(false);
    expect(givesEndDate('Seguirá abierto hasta el lunes.', new Set())).toBe(false);
  });
});
