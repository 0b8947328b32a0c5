/**
 * Quotations led in by a comma (issue 16, stop 59): a verb of saying with a short tail of to whom, how or where before
 * the comma ("relató a este diario, «…»", "explained by phone, “…”"), and an aspectual verb that leads the words in as
 * a colon would ("She began, “…”", "La alcaldesa comenzó, «…»"). Each quotation is its subject's words; an aspectual
 * verb with words that go on past the quotation narrates. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-03-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a quotation after a verb of saying, its tail and a comma', () => {
  const cases: Array<[string, string, string, string]> = [
    ['es', 'La directora del hospital, Marta Iriarte, relató a este diario, «llegamos a tener cuarenta pacientes en el pasillo».', 'Marta Iriarte', 'llegamos a tener cuarenta pacientes'],
    ['es', 'Óscar Villena, vecino del barrio, explicó por teléfono, «el agua nos llegó a la cintura en diez minutos».', 'Óscar Villena', 'el agua nos llegó a la cintura'],
    ['es', 'El entrenador Raúl Cortés dijo tras el partido, «este equipo no sabe rendirse y lo ha demostrado hoy».', 'Raúl Cortés', 'este equipo no sabe rendirse'],
    ['en', 'Harbour master Gwen Tally explained by phone, “The swell was higher than anything we had forecast.”', 'Gwen Tally', 'The swell was higher'],
  ];
  for (const [language, sentence, speaker, words] of cases) {
    it(`credits the subject: ${sentence.slice(0, 60)}`, () => {
      expect(found([sentence], language)).toContainEqual({ kind: 'direct', text: expect.stringContaining(words), speaker });
    });
  }
});

describe('a quotation an aspectual verb leads in with a comma', () => {
  const cases: Array<[string, string, string, string]> = [
    ['es', 'La alcaldesa, Nuria Sanz, comenzó, «este año ha sido el más difícil de nuestra historia».', 'Nuria Sanz', 'este año ha sido'],
    ['es', 'Tomás Aguirre prosiguió, «no vamos a dejar a ningún trabajador en la calle».', 'Tomás Aguirre', 'no vamos a dejar'],
    ['en', 'Fire chief Dana Moss began, “We saw the smoke before dawn and called every station.”', 'Dana Moss', 'We saw the smoke'],
    ['en', 'Senator Ruth Okafor continued, “Nobody in this chamber has read the whole bill.”', 'Ruth Okafor', 'Nobody in this chamber'],
  ];
  for (const [language, sentence, speaker, words] of cases) {
    it(`credits the subject: ${sentence.slice(0, 60)}`, () => {
      expect(found([sentence], language)).toContainEqual({ kind: 'direct', text: expect.stringContaining(words), speaker });
    });
  }

  it('credits nobody when the sentence goes on past the quotation', () => {
    const statements = found(['La sesión de la junta comenzó, «a puerta cerrada y sin cámaras», a las diez de la mañana.'], 'es');
    expect(statements.filter((statement) => statement.speaker !== null)).toEqual([]);
  });
});
