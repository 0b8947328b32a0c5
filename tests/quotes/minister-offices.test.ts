/**
 * One minister's office, however the press names it: "el ministro de X", "la titular del Ministerio de X", "el jefe de la
 * cartera de X", English "X Secretary", "X Minister", "Minister of X", and the portfolio English writes before the title
 * ("Health Secretary Tom Reed").
 */
import { describe, expect, it } from 'vitest';
import { quoteBookOf as bookOf } from '../fixtures/quotes/load.js';

describe('a minister named by the ministry she heads', () => {
  const book = bookOf('es', [
    'La titular del Ministerio de Vivienda, Marta Gil, dijo que las obras empezarán en junio.',
    'El jefe de la cartera de Transporte, Luis Vera, aseguró que el tren llegará a tiempo.',
  ]);

  it('is found as the minister of that portfolio, in either language', () => {
    for (const query of ['la ministra de Vivienda', 'el ministro de Vivienda', 'Housing Secretary', 'minister of housing']) expect(book.lookup(query).actor).toBe('Marta Gil');
    for (const query of ['ministro de Transporte', 'the transport minister']) expect(book.lookup(query).actor).toBe('Luis Vera');
  });

  it('finds nobody for another portfolio', () => {
    expect(book.lookup('el ministro de Educación').statements).toEqual([]);
  });
});

describe('a portfolio English writes before the title', () => {
  const book = bookOf('en', ['Health Secretary Tom Reed said hospitals were full.', 'The talks failed, said Foreign Minister Ana Lis on Monday.']);

  it('is part of the office the person is found by', () => {
    for (const query of ['the health secretary', 'health minister', 'el ministro de Sanidad']) expect(book.lookup(query).actor).toBe('Tom Reed');
    for (const query of ['foreign secretary', 'la ministra de Asuntos Exteriores']) expect(book.lookup(query).actor).toBe('Ana Lis');
  });
});
