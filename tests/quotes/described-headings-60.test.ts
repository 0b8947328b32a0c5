/**
 * A speaker named only in a heading in capitals before their quotation, with a description after a comma ("MARTA GIL,
 * VECINA DEL BARRIO" ¶ "«…»"; issue 16, stop 60): the heading says whose the quotation is, even as the story's only
 * such heading; a heading that opens with a common word ("EL CONTEXTO, EN CIFRAS") names nobody. Articles written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-03-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a heading naming and describing the speaker of the quotation under it', () => {
  it('credits each quotation to its heading’s name', () => {
    const statements = found(['La sequía golpea al valle desde hace meses y los regantes protestan.', 'ROSA ITURBE, AGRICULTORA', '«Hemos perdido la cosecha de maíz y nadie nos ha dado una explicación.»', 'PEDRO SALAS, 61, TRANSPORTISTA', '«Cada semana hay menos carga y más gasoil que pagar.»'], 'es');
    expect(statements).toContainEqual({ kind: 'direct', text: 'Hemos perdido la cosecha de maíz y nadie nos ha dado una explicación.', speaker: 'Rosa Iturbe' });
    expect(statements).toContainEqual({ kind: 'direct', text: 'Cada semana hay menos carga y más gasoil que pagar.', speaker: 'Pedro Salas' });
  });

  it('credits it alone, in English too', () => {
    expect(found(['The drought has hit the valley hard this summer.', 'TOM REED, 52, DAIRY FARMER', '"We have sold half the herd and the rest are thin."'], 'en')).toContainEqual({ kind: 'direct', text: 'We have sold half the herd and the rest are thin.', speaker: 'Tom Reed' });
  });

  it('names nobody when the heading opens with a common word', () => {
    const statements = found(['La sequía golpea al valle desde hace meses y los regantes protestan.', 'EL AGUA, EN CIFRAS', '«Hemos perdido la cosecha de maíz y nadie nos ha dado una explicación.»'], 'es');
    expect(statements.map((statement) => statement.speaker)).toEqual([null]);
  });
});
