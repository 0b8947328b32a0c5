/**
 * A verb of saying after a complement fronted before it (issue 16, eleventh round; the tenth newcomer's D9): "De primer
 * orden calificó X - jefe de… - el diseño" names X as subject after the verb, and although a naming verb with no quotation
 * makes no statement, X is whom the next sentence's "reconoció que…" continues. The words before the verb had been read
 * as its subject ("De"), and the next statements went to the speaker before.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const before = 'La secretaria provincial del partido, Marta Lidia Campos, afirmó que la cosecha avanza según lo previsto.';

describe('a complement fronted before a Spanish verb of saying', () => {
  it('leaves the subject after the verb, whom the next sentence continues', () => {
    for (const fronted of [
      'De gran valor calificó Rafael Ortiz Benítez - director del Instituto de Suelos- el plan de riego.',
      'De gran valor calificó Rafael Ortiz Benítez, director del Instituto de Suelos, el plan de riego.',
    ]) {
      expect(found([`${before} ${fronted} Sobre él, reconoció que se ha trabajado con intensidad desde enero.`])).toEqual([
        { kind: 'indirect', text: 'la cosecha avanza según lo previsto', speaker: 'Marta Lidia Campos' },
        { kind: 'indirect', text: 'se ha trabajado con intensidad desde enero', speaker: 'Rafael Ortiz Benítez' },
      ]);
    }
  });

  it('reports the clause of a verb whose subject follows it', () => {
    expect(found(['En la reunión de ayer afirmó el director Rafael Ortiz que el riego llegará en mayo.'])).toEqual([
      { kind: 'indirect', text: 'el riego llegará en mayo', speaker: 'Rafael Ortiz' },
    ]);
  });
});
