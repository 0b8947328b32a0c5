/**
 * /quote for a body by its name in the other language, translated word for word in that language's order ("Health
 * Ministry" ↔ "Ministerio de Salud", "Central Bank of Paraguay" / "Paraguayan Central Bank" → "Banco Central del
 * Paraguay"), and a body's name whose initials the articles give only in someone's description, offered (newcomers 16
 * and 17: D7, D8; issue 16 point 4).
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const book = createQuoteBook(buildQuoteData([
  articleFromParagraphs({ id: 'en', title: 'Clinics', date: '2024-03-02', language: 'en' }, ['The Health Ministry said that 12 clinics had run out of fuel.']),
  articleFromParagraphs({ id: 'es', title: 'Deuda', date: '2024-03-03', language: 'es' }, [
    'La deuda externa creció un 4 % en 2023, informó el Banco Central del Paraguay.',
    'El titular del MOPC, Rubén Vera, dijo que las obras seguirán.',
  ]),
]));

describe('a body by its name in the other language', () => {
  it('finds the English-named ministry by its Spanish name, saying so', () => {
    expect(book.lookup('Ministerio de Salud')).toMatchObject({ actor: 'Health Ministry', resolvedBy: 'language' });
  });

  it('finds the Spanish-named bank by its English name, with the country as complement or demonym', () => {
    expect(book.lookup('Central Bank of Paraguay')).toMatchObject({ actor: 'Banco Central del Paraguay', resolvedBy: 'language' });
    expect(book.lookup('Paraguayan Central Bank')).toMatchObject({ actor: 'Banco Central del Paraguay', resolvedBy: 'language' });
  });

  it('takes no person for a body: a name no one has finds nobody', () => {
    expect(book.lookup('Ministry of Defence').actor).toBeNull();
  });

  it('offers whom the body’s acronym describes when the articles never name the body', () => {
    const found = book.lookup('Ministerio de Obras Públicas y Comunicaciones');
    expect(found.actor).toBeNull();
    expect(found.related).toEqual(['Rubén Vera']);
  });
});
