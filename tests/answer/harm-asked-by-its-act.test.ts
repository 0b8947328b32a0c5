/**
 * A how-many question that asks of an act of harm by its doer ("¿A cuántos manifestantes detuvo la policía?", "How many
 * protesters did officers detain?") asks about the harmed: a count of the detained answers it, and it is not refused as
 * a count of something else beside a count of the harmed (harmed.ts). Articles and questions written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'marcha', title: 'Police detain protesters at pension march in Bristol', date: '2026-04-18', language: 'en' }, [
    'BRISTOL, 18 April 2026 - Thousands of pensioners marched through the city centre on Saturday against the planned cut to winter fuel payments.',
    'Officers detained 14 protesters outside the council offices after a scuffle with security staff, a police spokeswoman said.',
  ]),
  articleFromParagraphs({ id: 'desalojo', title: 'Desalojan la antigua fábrica de hilados de Sabadell', date: '2026-10-07', language: 'es' }, [
    'SABADELL, 7 de octubre de 2026.- Los Mossos desalojaron este martes la antigua fábrica de hilados ocupada desde hacía dos años.',
    'Veintidós personas fueron detenidas durante la operación, según la policía autonómica.',
  ]),
]);

const ask = askOf(library);

describe('a count of the harmed asked by the act', () => {
  it('is answered in English', async () => {
    const result = await ask('How many protesters did officers detain?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('14 protesters');
  });

  it('is answered in Spanish', async () => {
    const result = await ask('¿A cuántas personas detuvieron los Mossos en la fábrica?');
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('Veintidós personas');
  });
});
