/**
 * Cue-only clauses (issue 16, stop 55): a verb of denial whose infinitive is one of speaking ("rechazó hacer comentarios",
 * "rechazó opinar", "descartó pronunciarse") reports a refusal to speak, not words; "declined to comment", "no quiso
 * hacer declaraciones" and "lo negó en conversación con Radio X" make no statement either, and a content clause after
 * them still does. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a refusal to speak', () => {
  it('makes no statement (Spanish)', () => {
    expect(found(['El ministro Julio Arce rechazó hacer comentarios sobre la investigación.'])).toEqual([]);
    expect(found(['La fiscal Marta Ríos rechazó dar detalles sobre el acuerdo con la defensa.'])).toEqual([]);
    expect(found(['El intendente Hugo Sierra descartó pronunciarse sobre el fallo hasta conocer los fundamentos.'])).toEqual([]);
    expect(found(['La gerenta de la minera, Ana Mora, rechazó opinar sobre la huelga.'])).toEqual([]);
    expect(found(['La empresa Minera Sur no quiso hacer declaraciones.', 'El alcalde Pedro Lanza lo negó en conversación con Radio Fides.'])).toEqual([]);
  });

  it('makes no statement (English)', () => {
    expect(found(['Health Minister Ana Cole declined to comment on the investigation.', 'A spokesperson for the company declined to say how many workers were affected.'], 'en')).toEqual([]);
  });

  it('leaves a content clause after it a statement', () => {
    expect(found(['El portavoz Luis Gil rechazó hacer comentarios, aunque aseguró que la empresa colaborará con la justicia.'])).toEqual([
      { kind: 'indirect', text: 'la empresa colaborará con la justicia', speaker: 'Luis Gil' },
    ]);
  });
});

describe('a denial of an act or a fact', () => {
  it('still reports what was denied', () => {
    expect(found(['El ministro Julio Arce negó haber recibido dinero de la empresa.'])).toEqual([
      { kind: 'indirect', text: 'negó haber recibido dinero de la empresa', speaker: 'Julio Arce' },
    ]);
    expect(found(['El ministro Julio Arce rechazó que haya recortes en Sanidad.'])).toEqual([
      { kind: 'indirect', text: 'rechazó que haya recortes en Sanidad', speaker: 'Julio Arce' },
    ]);
  });
});
