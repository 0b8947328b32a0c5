/**
 * /quote look-ups of stop 57's kinds (issue 16), on sentences written for them.
 */
import { describe, expect, it } from 'vitest';
import { quoteBookOf as bookOf } from '../fixtures/quotes/load.js';

const textsOf = (book: ReturnType<typeof bookOf>, query: string) => book.lookup(query).statements.map((statement) => statement.text);

describe('a medium whose only part is to have asked the sources', () => {
  it('carries what the sources it consulted said, in Spanish', () => {
    const book = bookOf('es', [
      'Fuentes de la gobernación consultadas por Europa Press confirmaron que el decreto se firmará el martes.',
      'Según dos técnicos del puerto citados por la agencia Prensa Austral, la grúa llevaba meses averiada.',
      'El concejal Julio Ferro, entrevistado por Radio Cumbre, dijo que no conoce los detalles del contrato.',
    ]);
    expect(book.lookup('Europa Press').channel).toBe('Europa Press');
    expect(textsOf(book, 'Europa Press')).toEqual(['el decreto se firmará el martes']);
    expect(textsOf(book, 'Prensa Austral')).toEqual(['la grúa llevaba meses averiada']);
    expect(textsOf(book, 'Radio Cumbre')).toEqual(['no conoce los detalles del contrato']);
  });

  it('carries what the sources it contacted said, in English, also when they are described by it', () => {
    const book = bookOf('en', [
      'Two officials at the port authority contacted by Reuters said the cranes had been idle for weeks.',
      'Officials quoted by the state news agency Kazinform said the border would reopen on Monday.',
    ]);
    expect(textsOf(book, 'Reuters')).toEqual(['the cranes had been idle for weeks']);
    expect(book.lookup('Kazinform').channel).toBe('Kazinform');
    expect(textsOf(book, 'Kazinform')).toEqual(['the border would reopen on Monday']);
  });

  it('makes no channel of a body that is no medium, nor of "this newspaper"', () => {
    const book = bookOf('es', [
      'Los técnicos consultados por la Secretaría de Obras concluyeron que el puente es seguro.',
      'Según fuentes consultadas por este diario, la licitación se abrirá en junio.',
    ]);
    expect(book.lookup('Secretaría de Obras').channel).toBeUndefined();
    expect(book.lookup('este diario').channel).toBeUndefined();
  });
});
