/**
 * Reported speech in a relative clause on the place, event or document where it was said (issue 16, stop 58): "…
 * compareció en una rueda de prensa, donde señaló que…", "…held a town hall in Eastfield, where he promised that…",
 * "…publicó su informe, en el que advierte que…". The words are the main clause's subject's, who was there, never a
 * place's the sentence names on the way. Sentences written for these tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const statements = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('words said where the main clause put its subject', () => {
  const cases: Array<[string, string, string, string]> = [
    ['es', 'La ministra de Trabajo, Elena Ruiz, compareció el lunes en una rueda de prensa, donde señaló que el desempleo bajará en otoño.', 'Elena Ruiz', 'el desempleo bajará en otoño'],
    ['es', 'El alcalde Pedro Salinas inauguró ayer el nuevo mercado de Villaverde, donde prometió que los precios no subirán este año.', 'Pedro Salinas', 'los precios no subirán este año'],
    ['es', 'El senador Diego Paredes participó el jueves en un foro sobre minería en Arequipa, en el que afirmó que la reforma está muerta.', 'Diego Paredes', 'la reforma está muerta'],
    ['es', 'La Federación de Pescadores Artesanales difundió un video en sus redes sociales, donde advierte que la veda llega tarde.', 'Federación de Pescadores Artesanales', 'la veda llega tarde'],
    ['en', 'The senator, Ruth Cole, spoke at a hearing in Denver on Tuesday, where she argued that the agency had ignored the warnings.', 'Ruth Cole', 'the agency had ignored the warnings'],
    ['en', 'Mayor Dan Kirby held a town hall meeting in Eastfield, where he promised that the pool would reopen by June.', 'Dan Kirby', 'the pool would reopen by June'],
    ['en', 'Health Minister Aisha Bello visited a clinic in Kano on Friday, where she said vaccines would arrive next week.', 'Aisha Bello', 'vaccines would arrive next week'],
  ];
  for (const [language, sentence, speaker, words] of cases) {
    it(`credits the main clause's subject: ${sentence.slice(0, 70)}`, () => {
      expect(statements(language, [sentence])).toContainEqual({ kind: 'indirect', text: words, speaker });
    });
  }

  it('keeps whom a remark belongs to when the relative is on that remark', () => {
    // "sobre su discurso, en el que ella dijo…": the speech is Marta Gil's, not the subject's who asked about it.
    const found = statements('es', ['El diputado Ramón Vera pidió explicaciones a Marta Gil sobre su discurso de ayer, en el que ella dijo que el puerto se privatizará.']);
    expect(found).toContainEqual({ kind: 'indirect', text: 'el puerto se privatizará', speaker: 'Marta Gil' });
  });
});
