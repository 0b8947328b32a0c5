/**
 * /quote for words that a description has only in its complement: "el exmandatario" is not "La defensa del
 * exmandatario", who speaks for him; the description is offered and the person the role names is found (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const bookOf = (paragraphs: string[]) => createQuoteBook(buildQuoteData([articleFromParagraphs({ id: 'juicio', title: 'Juicio', date: '2024-01-02', language: 'es' }, paragraphs)]));

describe('a query in the complement of a description', () => {
  it('finds the former president for "el exmandatario", not his defence', () => {
    const book = bookOf(['El expresidente Elías Marrero aseguró que nunca recibió sobornos.', 'La defensa del exmandatario afirmó que el tribunal no tiene competencia.']);
    expect(book.lookup('el exmandatario')).toMatchObject({ actor: 'Elías Marrero', resolvedBy: 'role' });
    expect(book.lookup('la defensa del exmandatario')).toMatchObject({ actor: 'Defensa del exmandatario' });
  });

  it('offers the description when nobody else is named so', () => {
    const found = bookOf(['La defensa del exmandatario afirmó que el tribunal no tiene competencia.']).lookup('el exmandatario');
    expect(found.actor).toBeNull();
    expect(found.related).toEqual(['Defensa del exmandatario']);
  });

  it('reads a lower-case complement as a description whatever its head, but not a particle before a name', () => {
    const book = bookOf([
      'El expresidente Elías Marrero aseguró que nunca recibió sobornos.',
      'Según los defensores del exgobernante, el expediente nunca fue entregado.',
      'El padre Tomás de la Vega dijo que la parroquia seguirá abierta.',
    ]);
    expect(book.lookup('el exgobernante')).toMatchObject({ actor: 'Elías Marrero', resolvedBy: 'role' });
    expect(book.lookup('Vega')).toMatchObject({ actor: 'Tomás de la Vega' });
  });

  it('finds a description by the name of whom its role refers to: "la defensa de Marrero"', () => {
    const book = bookOf(['El expresidente Elías Marrero aseguró que nunca recibió sobornos.', 'La defensa del exmandatario afirmó que el tribunal no tiene competencia.']);
    expect(book.lookup('la defensa de Marrero')).toMatchObject({ actor: 'Defensa del exmandatario', resolvedBy: 'role' });
    expect(book.lookup('Marrero')).toMatchObject({ actor: 'Elías Marrero' });
  });
});

