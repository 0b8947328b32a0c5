/**
 * Speakers of stop 55's kinds (issue 16), second step, each on sentences of our own, Spanish and English: a sentence opened
 * by an adverbial of place before its subject; a document the subject issues "en el que"/"en el cual" it says something;
 * an office its holder has just won ("la gobernadora electa"); a body named by the noun that heads its name ("el consorcio").
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)).map((statement) => statement.speaker);

describe('the subject after an adverbial of place, who issues a document in which it says something', () => {
  const before = 'La senadora Clara Montenegro dijo que la ley es un atropello.';
  const cases: Array<[string, string]> = [
    ['Fuera del Congreso, la Federación Nacional de Inquilinos (FNI) difundió un comunicado en el que advirtió que acudirá a la Justicia.', 'Federación Nacional de Inquilinos'],
    ['Lejos de la capital, la Asociación de Productores del Valle publicó una carta en la que sostuvo que la cosecha se perderá.', 'Asociación de Productores del Valle'],
    ['Dentro del partido, el diputado Luis Sosa publicó una carta en la que advirtió que votará en contra.', 'Luis Sosa'],
    ['La Cámara de Comercio emitió un comunicado en el cual afirmó que las ventas cayeron un 12 %.', 'Cámara de Comercio'],
  ];
  for (const [sentence, speaker] of cases) {
    it(`is the speaker, not the one quoted before: ${sentence.slice(0, 60)}`, () => {
      expect(speakers('es', [before, sentence])).toEqual(['Clara Montenegro', speaker]);
    });
  }
});
