/**
 * Verbs that report nothing of their own (issue 16, stop 54; newcomer 32's kinds on sentences written for these tests): a
 * denial whose object is a pronoun ("lo negó de forma tajante", "denied it flatly") refers to something said before and
 * holds no words of the speaker; a verb of assessment with a bare infinitive ("evalúa declarar la emergencia", "considera
 * ampliar el subsidio") tells of a plan under study, not of anything said.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a denial whose object is a pronoun', () => {
  it('is no statement (Spanish)', () => {
    expect(found(['Preguntada por el cierre, la consejera Begoña Llaneza lo negó de forma tajante.'])).toEqual([]);
    expect(found(['El presidente del partido, Felipe Sagredo, lo negó en conversación con Radio Bío Sur.'])).toEqual([]);
    expect(found(['El ministro Luis Arce lo ha desmentido rotundamente.', 'La alcaldesa Ana Ruiz lo rechazó de plano.'])).toEqual([]);
  });

  it('is no statement (English)', () => {
    expect(found(['Asked about the closure, Mayor Tom Reyes denied it flatly.', 'Governor Nina Hale denied this on Monday.'], 'en')).toEqual([]);
  });

  it('still reports what a denial with an infinitive, a clause or a quotation holds', () => {
    expect(found(['El ministro Luis Arce negó haber recibido dinero de la empresa.'])).toEqual([
      { kind: 'indirect', text: 'negó haber recibido dinero de la empresa', speaker: 'Luis Arce' },
    ]);
    expect(found(['La alcaldesa Ana Ruiz lo negó: «Nunca firmé ese contrato con la constructora».'])).toContainEqual(
      { kind: 'direct', text: 'Nunca firmé ese contrato con la constructora', speaker: 'Ana Ruiz' },
    );
    expect(found(['Mayor Tom Reyes denied it was a mistake to close the library.'], 'en').map(({ speaker }) => speaker)).toEqual(['Tom Reyes']);
  });
});

describe('a verb of assessment with a bare infinitive', () => {
  it('is no statement, inside a reported clause or alone', () => {
    expect(found(['Fuentes de la Secretaría indicaron a este diario que el Gobierno evalúa declarar la emergencia departamental.']).map(({ speaker }) => speaker)).toEqual(['Fuentes de la Secretaría']);
    expect(found(['El alcalde Pedro Lanza considera ampliar el horario de la feria.', 'La ministra Ana Paz analiza aplicar un recargo a los combustibles.'])).toEqual([]);
  });

  it('still reports a judgement of a verb of assessment', () => {
    expect(found(['La ministra Ana Paz consideró necesario ampliar la medida a todo el país.'])).toEqual([
      { kind: 'indirect', text: 'consideró necesario ampliar la medida a todo el país', speaker: 'Ana Paz' },
    ]);
    expect(found(['El alcalde Pedro Lanza estimó que la feria atraerá a diez mil visitantes.'])).toEqual([
      { kind: 'indirect', text: 'la feria atraerá a diez mil visitantes', speaker: 'Pedro Lanza' },
    ]);
  });
});
