/**
 * A near-miss question about the holder of a role its story never writes ("¿Cuántos años tiene el entrenador…?" over a
 * story that gives only the new forward's age) is refused, not answered with the neighbouring person's fact; a role the
 * story writes is answered, in another gender or number too (blind testers' kind: a near-miss answered with a neighbouring
 * fact, another person). Articles and questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { rolesNowhere } from '../../src/answer/role-nowhere.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const signing = articleFromParagraphs({ id: 'tarsela', title: 'El Deportivo Tarsela ficha a Joel Mbeki', date: '2026-08-02', language: 'es' }, [
  'El Deportivo Tarsela anunció el martes el fichaje del delantero camerunés Joel Mbeki, de 27 años, procedente del Racing de Vilaseca.',
  'Mbeki, que marcó 14 goles la pasada temporada, firmó un contrato hasta junio de 2029.',
]);
const museum = articleFromParagraphs({ id: 'carvajal', title: 'El museo de Carvajal amplía su horario', date: '2026-10-01', language: 'es' }, [
  'El museo etnográfico de Carvajal abrirá también los lunes a partir de enero, anunció su directora, Elena Montes, que prevé superar los 50.000 visitantes.',
]);
const club = articleFromParagraphs({ id: 'hartwell', title: 'Hartwell Rovers sack coach after eight defeats', date: '2026-11-02', language: 'en' }, [
  'Hartwell Rovers sacked head coach Dean Morley on Monday after eight straight defeats left the club bottom of the league.',
  'Morley, 46, had been in charge since 2023.',
]);
const ask = askOf(await libraryOf([signing, museum, club]));

describe('a role the story never writes', () => {
  it('refuses a question about its holder, with the story as a lead none offered as a possible answer', async () => {
    for (const question of [
      '¿Cuántos años tiene el entrenador del Deportivo Tarsela?',
      '¿Hasta cuándo tiene contrato el presidente del Deportivo Tarsela?',
      'How old is the club’s chairman at Hartwell Rovers?',
    ]) {
      const result = await ask(question);
      expect(result.refused, question).toBe(true);
      expect(result.citations.length, question).toBeGreaterThan(0);
      expect(result.answer, question).not.toMatch(/podría responderla|may answer it/u);
    }
  });

  it('answers a role the story writes, in another gender too', async () => {
    expect(firstQuote(await ask('¿Cuántos años tiene el delantero fichado por el Deportivo Tarsela?'))).toContain('27 años');
    expect(firstQuote(await ask('¿Qué días abrirá el museo de Carvajal según el director?'))).toContain('los lunes');
    expect(firstQuote(await ask('How old is the coach sacked by Hartwell Rovers?'))).toContain('46');
  });

  it('reads a role after an article or a possessive, never an adjective or the kind a question asks for', () => {
    expect(rolesNowhere('¿Qué dijo la alcaldesa de Lérida?', 'El concejal de Obras dijo que…')).toEqual(['alcaldesa']);
    expect(rolesNowhere('What did the council’s leader say?', 'The mayor said…')).toEqual(['leader']);
    expect(rolesNowhere('¿Qué investigador descubrió el gas?', 'Lo descubrió el químico…')).toEqual([]);
    expect(rolesNowhere('¿Cuál fue el mayor número de votos?', 'Obtuvo 300 votos.')).toEqual([]);
    expect(rolesNowhere('¿Qué dijo la directora?', 'Según los directores del centro…')).toEqual([]);
  });
});
