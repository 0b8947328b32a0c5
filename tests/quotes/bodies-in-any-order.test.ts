/**
 * /quote for a body by its name in the other language when the two languages order its words differently (issue 16):
 * "State Water Commission" for the "Comisión Estatal del Agua", "Administración Federal de Carreteras" for the "Federal
 * Highway Administration"; a name with another word is another body.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { sameBodyAcrossLanguages } from '../../src/quotes/same-actor.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const book = createQuoteBook(buildQuoteData([
  articleFromParagraphs({ id: 'es', title: 'Cortes', date: '2025-06-10', language: 'es' }, [
    'La Comisión Estatal del Agua (CEA) informó que el servicio volverá el jueves en los barrios del norte.',
  ]),
  articleFromParagraphs({ id: 'en', title: 'Bridge', date: '2025-06-11', language: 'en' }, [
    'The Federal Highway Administration said the bridge on Route 9 would reopen in October.',
  ]),
]));

describe('a body by its name in the other language, in that language’s order', () => {
  it('finds the Spanish-named commission by its English name, saying so', () => {
    expect(book.lookup('State Water Commission')).toMatchObject({ actor: 'Comisión Estatal del Agua', resolvedBy: 'language' });
  });

  it('finds the English-named administration by its Spanish name', () => {
    expect(book.lookup('Administración Federal de Carreteras')).toMatchObject({ actor: 'Federal Highway Administration', resolvedBy: 'language' });
  });

  it('takes no body with another word for the one asked', () => {
    expect(book.lookup('National Water Commission').actor).toBeNull();
    expect(book.lookup('State Energy Commission').actor).toBeNull();
  });
});

describe('sameBodyAcrossLanguages', () => {
  it('matches the words in any order, the heads translated', () => {
    expect(sameBodyAcrossLanguages('national electoral institute', 'instituto nacional electoral')).toBe(true);
    expect(sameBodyAcrossLanguages('federal electricity commission', 'comision federal de electricidad')).toBe(true);
  });

  it('needs every word on both sides, and two languages', () => {
    expect(sameBodyAcrossLanguages('water commission', 'comision estatal del agua')).toBe(false);
    expect(sameBodyAcrossLanguages('comision nacional del agua', 'state water commission')).toBe(false);
    expect(sameBodyAcrossLanguages('comision del agua estatal', 'comision estatal del agua')).toBe(false);
  });
});
