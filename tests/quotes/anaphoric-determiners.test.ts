/**
 * Spanish "dicho" before a noun ("en dicho país") is a demonstrative, not the participle of "decir", and a closing
 * adjunct of place that points back ("en dicho país", "en ese país", "in that case") is no part of who speaks (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'anaphoric', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

describe('a demonstrative "dicho" and a place that points back', () => {
  it('reads the subject past "en dicho país" and leaves the place out of the speaker', () => {
    expect(statements(['La exministra Teresa Olmos recurrió la sentencia.', 'La defensa de la exministra en dicho país aseguró que el tribunal regional actuó sin pruebas.'])).toEqual([
      { kind: 'indirect', speaker: 'Defensa de la exministra', text: 'el tribunal regional actuó sin pruebas' },
    ]);
  });

  it('leaves "en esa ciudad" and "in that case" out of a speaker', () => {
    expect(statements(['El abogado Ramiro Fuentes en esa ciudad afirmó que el contrato es nulo.']).map(({ speaker }) => speaker)).toEqual(['Ramiro Fuentes']);
    expect(statements(['The defense lawyer in that case said the search had been unlawful.'], 'en').map(({ speaker }) => speaker)).toEqual(['Defense lawyer']);
  });

  it('still reads "ha dicho" as a verb of saying', () => {
    expect(statements(['El alcalde Pedro Soto ha dicho que el puente abrirá en mayo.'])).toEqual([{ kind: 'indirect', speaker: 'Pedro Soto', text: 'el puente abrirá en mayo' }]);
  });
});
