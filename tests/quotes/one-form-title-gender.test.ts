/**
 * A role noun that refers back (issue 16) never goes to someone whose title disagrees with it in gender, also when that
 * title has one form for both genders ("portavoz", "edil", "fiscal", "líder", "concejal" beside no "-a" form) and the
 * determiner the article wrote before it tells the gender ("El portavoz…", "la edil…"). Found by stop 55's rescore of
 * newcomer 31: once "edil" lost its "edila" form, a mayor's reply ("la jefa comunal respondió…") went to the man who had
 * accused her ("El edil … Fernando Castells"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const speakers = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2026-03-12', language: 'es' }, paragraphs)).map((statement) => statement.speaker);

describe('a feminine role noun after a man titled by a one-form noun', () => {
  const cases: Array<[string, string, string]> = [
    [
      'El portavoz del Partido Verde, Andrés Molina, afirmó en el pleno que el ayuntamiento "escondió el informe durante un mes".',
      'Molina fue más allá: "Cuando hay buenas noticias, la alcaldesa da la cara".',
      'Preguntada por esas acusaciones, la regidora respondió que el informe "no era definitivo".',
    ],
    [
      'El edil del Frente Vecinal Tomás Ibarra sostuvo que la intendencia "sabía de la plaga desde marzo".',
      'Ibarra insistió: "Nadie nos avisó".',
      'Consultada por este diario, la intendenta aseguró que su equipo actuó "con los datos disponibles".',
    ],
    [
      'El fiscal del caso, Rubén Ocaña, pidió veinte años de prisión para el acusado.',
      'Ocaña recordó que el acusado "tenía antecedentes".',
      'La jueza respondió que la pena se decidirá "tras escuchar a la defensa".',
    ],
    [
      'El líder sindical Martín Oyarce advirtió que la huelga "seguirá hasta el lunes".',
      'Oyarce añadió: "No vamos a retroceder".',
      'La ministra contestó que el Gobierno "mantiene abierta la mesa de diálogo".',
    ],
  ];
  for (const [first, second, reply] of cases) {
    it(`is not credited to him: ${reply.slice(0, 50)}`, () => {
      const found = speakers([first, second, reply]);
      const man = found[0];
      expect(man).toBeTruthy();
      // The reply's statements come last; none of them is the man's.
      expect(found.slice(-1)[0]).not.toBe(man);
    });
  }

  it('still credits a woman titled by a one-form noun with a determiner of her gender ("la portavoz … La portavoz insistió")', () => {
    const found = speakers([
      'La portavoz del Partido Verde, Ana Molina, afirmó que el ayuntamiento "escondió el informe".',
      'La portavoz insistió en que el documento "existe desde marzo".',
    ]);
    expect(found.every((speaker) => speaker === 'Ana Molina')).toBe(true);
  });
});
