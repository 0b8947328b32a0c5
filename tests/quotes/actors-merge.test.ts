/** Merging one speaker's names across articles when the short forms chain ("Ana Ruiz" → "Ana Ruiz Gómez" → "María Ana Ruiz Gómez"). */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

describe('merging speakers across articles', () => {
  // "Ana Ruiz" begins "Ana Ruiz Gómez", which ends "María Ana Ruiz Gómez"; "Ana Ruiz" neither begins nor ends that one.
  const articles = [
    articleFromParagraphs({ id: 'a', title: 'Puerto', date: '2024-03-01', language: 'es' }, ['Ana Ruiz dijo que el puerto abrirá en mayo.']),
    articleFromParagraphs({ id: 'b', title: 'Muelle', date: '2024-03-02', language: 'es' }, ['Ana Ruiz Gómez aseguró que el muelle costará dos millones.']),
    articleFromParagraphs({ id: 'c', title: 'Faro', date: '2024-03-03', language: 'es' }, ['María Ana Ruiz Gómez afirmó que el faro se restaurará.']),
  ];

  it('follows a chain of shorter names to the fullest instead of failing the whole build', () => {
    const data = buildQuoteData(articles);
    expect(data.statements.map((statement) => statement.speaker)).toEqual(['María Ana Ruiz Gómez', 'María Ana Ruiz Gómez', 'María Ana Ruiz Gómez']);
    expect(createQuoteBook(data).lookup('Ana Ruiz').statements).toHaveLength(3);
  });
});
