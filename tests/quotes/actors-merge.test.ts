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

describe('merging a name with the same name without its middle words', () => {
  const article = (id: string, paragraph: string) => articleFromParagraphs({ id, title: `Nota ${id}`, date: '2024-05-01', language: 'es' }, [paragraph]);

  // Without a middle name only when an office ties the two (same-person-evidence.test.ts: a given name and a surname alone are not enough).
  it('takes a name without its middle initial or second surname, or without its middle name in the same office, for the full name', () => {
    const data = buildQuoteData([
      article('a', 'La concejala de Cultura, Teresa Inés Villalba, dijo que el mercado abrirá en junio.'),
      article('b', 'Teresa Villalba, concejala de Cultura, aseguró que las obras terminarán pronto.'),
      article('c', 'Tomás J. Ferrando Ibáñez afirmó que el puente costará tres millones.'),
      article('d', 'Tomás Ferrando explicó que la licitación saldrá en julio.'),
    ]);
    expect(data.statements.map((statement) => statement.speaker)).toEqual(['Teresa Inés Villalba', 'Teresa Inés Villalba', 'Tomás J. Ferrando Ibáñez', 'Tomás J. Ferrando Ibáñez']);
    expect(createQuoteBook(data).lookup('Teresa Villalba').statements).toHaveLength(2);
  });

  it('keeps a body apart from a shorter body, and a name that two fuller names share', () => {
    const data = buildQuoteData([
      article('a', 'El Instituto Nacional de Pesca informó que la veda comenzará en marzo.'),
      article('b', 'El Instituto de Pesca aseguró que no habrá cambios.'),
      article('c', 'Rosa María Quintero dijo que votará en contra.'),
      article('d', 'Rosa Elena Quintero afirmó que votará a favor.'),
      article('e', 'Rosa Quintero explicó que la sesión fue larga.'),
    ]);
    expect(new Set(data.statements.map((statement) => statement.speaker))).toEqual(new Set(['Instituto Nacional de Pesca', 'Instituto de Pesca', 'Rosa María Quintero', 'Rosa Elena Quintero', 'Rosa Quintero']));
  });
});
