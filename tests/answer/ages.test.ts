/**
 * An age asked of a story that never gives one (the newcomers' most frequent failure: an unanswerable question
 * answered from a look-alike passage). "¿Cuántos años tiene…?", "¿Qué edad…?" and "How old…?" are answered only by an
 * age ("de 52 años", "aged 61", "(47)"), never by a year or another figure of a sentence naming the person, and the
 * sentence that gives the age is the one quoted. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import { askedKind, carriesAge } from '../../src/answer/answer-type.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'consejo', title: 'Irene Salas preside el consejo del puerto de Brava', date: '2024-04-03', language: 'es' }, [
    'La economista Irene Salas fue elegida presidenta del consejo del puerto de Brava con el 60 % de los votos del pleno.',
    'Salas, de 47 años, fue consejera de hacienda durante dos mandatos antes de presentarse.',
    'El pleno aprobó también el presupuesto del puerto para el próximo año.',
    'El arquitecto Tomás Vera presentó en la misma sesión el proyecto del nuevo muelle, que sustituirá al dique de 1911.',
  ]),
  articleFromParagraphs({ id: 'pleno', title: 'El pleno de Tordesal aprueba las cuentas', date: '2024-04-05', language: 'es' }, [
    'La concejala Marta Ruiz defendió las cuentas municipales, que el pleno aprobó con 12 votos a favor.',
  ]),
  articleFromParagraphs({ id: 'museum', title: 'Museum names new director', date: '2024-05-09', language: 'en' }, [
    'The board of the Harlow Museum named Grace Okafor as its director on Monday, with 9 votes out of 11.',
    'Okafor, aged 52, ran the city archive for six years.',
    'The curator Daniel Reyes will lead the restoration of the east wing, built in 1887.',
  ]),
]);

const ask = askOf(library);

describe('ages', () => {
  it('reads an age question', () => {
    expect(askedKind('¿Cuántos años tiene Irene Salas?', 'es')?.age).toBe(true);
    expect(askedKind('¿Qué edad tiene Tomás Vera?', 'es')?.age).toBe(true);
    expect(askedKind('How old is Grace Okafor?', 'en')?.age).toBe(true);
    expect(askedKind('¿Cuántos años dirigió Salas la cámara?', 'es')?.age).toBeUndefined();
  });

  it('reads an age written as an apposition after a name, and not a house number', () => {
    expect(carriesAge('The governor appointed Montoya, 51, to the court.', new Set())).toBe(true);
    expect(carriesAge('El alcalde nombró a Lucía Peña, 38, jefa de policía.', new Set())).toBe(true);
    expect(carriesAge('La sede está en la calle Mayor, 12, de Brava.', new Set())).toBe(false);
  });

  it('tells an age from a year', () => {
    expect(carriesAge('Salas, de 47 años, dirigió la cámara.', new Set(['anos', 'tiene', 'salas']))).toBe(true);
    expect(carriesAge('Reyes (61) will lead the works.', new Set())).toBe(true);
    expect(carriesAge('los fósiles, de hace unos 500 millones de años', new Set(['anos']))).toBe(true);
    expect(carriesAge('el dique de 1911', new Set())).toBe(false);
  });

  it('refuses an age the story never gives, in Spanish', async () => {
    expect((await ask('¿Cuántos años tiene Tomás Vera?')).refused).toBe(true);
    expect((await ask('¿Qué edad tiene Tomás Vera?')).refused).toBe(true);
    const given = await ask('¿Qué edad tiene Irene Salas?');
    expect(given.refused).toBe(false);
    expect(firstQuote(given)).toContain('47 años');
  });

  it('refuses an age the story never gives, in English', async () => {
    expect((await ask('How old is Daniel Reyes?')).refused).toBe(true);
    const given = await ask('How old is Grace Okafor?');
    expect(given.refused).toBe(false);
    expect(firstQuote(given)).toContain('aged 52');
  });
});
