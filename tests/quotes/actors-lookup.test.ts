/** /quote look-ups by acronym, across languages, and for a country that only describes a speaker (issue 16). */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const book = createQuoteBook(buildQuoteData([
  articleFromParagraphs({ id: 'a', title: 'Armas', date: '2024-05-01', language: 'es' }, [
    'Estados Unidos ha acusado a Corea del Norte de facilitar armas a Moscú.',
    'La Organización de las Naciones Unidas advirtió que las sanciones no se cumplen.',
    'El presidente de Rusia, Vladimir Putin, dijo que la alianza es firme.',
  ]),
]));

describe('looking actors up', () => {
  it('expands acronyms by a general rule, Spanish doubled plurals included', () => {
    for (const query of ['EEUU', 'EE.UU.', 'EE UU']) expect(book.lookup(query).actor).toBe('Estados Unidos');
    expect(book.lookup('ONU').actor).toBe('Organización de las Naciones Unidas');
  });

  it('finds the same country under its English name', () => {
    expect(book.lookup('United States').actor).toBe('Estados Unidos');
  });

  it('never turns a country that only describes a speaker into that speaker, but offers him', () => {
    const result = book.lookup('Rusia');
    expect(result.actor).toBeNull();
    expect(result.statements).toEqual([]);
    expect(result.related).toEqual(['Vladimir Putin']);
    expect(result.matchedAs?.[0]).toMatch(/Rusia/);
  });
});
