/**
 * Attributions that point back at the quotation before them ("«…». Así lo afirmó el intendente X", "«…», así lo aseguró
 * X", "Lo dijo la directora X: «…»"), and a time's colon ("a las 4:40"), which cuts no statement. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a verb that points back at the quotation before it', () => {
  it('credits the quotation of the sentence before to the subject after "Así lo" or "Lo"', () => {
    expect(found(['"El hospital abrirá en marzo, con o sin fondos nacionales". Así lo afirmó la gobernadora Alicia Quiroga tras visitar la obra.'])).toEqual([
      { kind: 'direct', text: 'El hospital abrirá en marzo, con o sin fondos nacionales', speaker: 'Alicia Quiroga' },
    ]);
    expect(found(['«No habrá aumento del pasaje este año».', 'Lo dijo el director del transporte público, Raúl Medina, en la comisión del Concejo.'])).toEqual([
      { kind: 'direct', text: 'No habrá aumento del pasaje este año', speaker: 'Raúl Medina' },
    ]);
  });

  it('credits the quotation before "así lo" and its verb in the same sentence', () => {
    expect(found(['"El hospital abrirá en marzo, con o sin fondos nacionales", así lo aseguró la gobernadora Alicia Quiroga.'])).toEqual([
      { kind: 'direct', text: 'El hospital abrirá en marzo, con o sin fondos nacionales', speaker: 'Alicia Quiroga' },
    ]);
  });

  it('reads a capitalised clitic opening the sentence as the verb’s, its subject after the verb owning the quotation after the colon', () => {
    expect(found(['Lo explicó el jefe de bomberos, Héctor Ruiz Díaz: "El fuego empezó en la cocina y se extendió en minutos".'])).toEqual([
      { kind: 'direct', text: 'El fuego empezó en la cocina y se extendió en minutos', speaker: 'Héctor Ruiz Díaz' },
    ]);
  });

  it('leaves a quotation to nobody when the next sentence reports words of its own', () => {
    expect(found(['"El hospital abrirá en marzo, con o sin fondos nacionales".', 'Así lo afirmó la gobernadora Alicia Quiroga, que además dijo que la obra costará 40 millones.']).filter((s) => s.kind === 'direct')).toEqual([
      { kind: 'direct', text: 'El hospital abrirá en marzo, con o sin fondos nacionales', speaker: null },
    ]);
  });
});

describe('a time written with a colon', () => {
  it('stays inside the reported clause', () => {
    expect(found(['El jefe de bomberos, Héctor Ruiz Díaz, explicó que el incendio se declaró a las 4:40 horas del lunes.'])).toEqual([
      { kind: 'indirect', text: 'el incendio se declaró a las 4:40 horas del lunes', speaker: 'Héctor Ruiz Díaz' },
    ]);
    expect(found(['Fire chief Hector Ruiz said the blaze started at 4:40 a.m. on Monday.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the blaze started at 4:40 a.m. on Monday', speaker: 'Hector Ruiz' },
    ]);
  });
});
