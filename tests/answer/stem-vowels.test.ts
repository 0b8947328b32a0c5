/**
 * A Spanish verb form whose stem vowel or root the stemmer keeps apart from the rest of its verb ("compite" beside
 * "competirá", "propuso" beside "proponer") is read as the form the articles hold, not left a word no passage holds:
 * "¿Cuándo compite Lucía?" got a flat "not covered" though the story tells when she competes. Articles written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'ciclismo', title: 'La ciclista Lucía Ferrer abre la temporada en Glasgow', date: '2025-04-18', language: 'es' }, [
    'La ciclista Lucía Ferrer viene de dos meses de preparación en un centro de alto rendimiento en Suiza.',
    'Lucía competirá el viernes 22 de abril en la prueba de velocidad del velódromo de Glasgow.',
  ]),
  articleFromParagraphs({ id: 'pleno', title: 'La oposición llevará al pleno una nueva tasa turística', date: '2025-04-18', language: 'es' }, [
    'Ana Gil fue elegida portavoz de la oposición en 2023, tras las elecciones municipales.',
    'La portavoz va a proponer en el pleno de mayo una tasa de dos euros por noche de hotel.',
    'El alcalde no ha dicho aún si la apoyará.',
  ]),
]);
const ask = askOf(library);
const cites = (result: { citations: Array<{ excerpt: string }> }, words: string) => result.citations.some((citation) => citation.excerpt.includes(words));

describe('a verb form whose stem the stemmer keeps apart', () => {
  it('is read as its verb\u2019s other vowel ("compite" as "competirá")', async () => {
    const result = await ask('¿Cuándo compite Lucía?');
    expect(cites(result, 'competirá el viernes 22 de abril')).toBe(true);
  });

  it('is read as its verb\u2019s other root ("propuso" as "proponer")', async () => {
    const result = await ask('¿Qué propuso la portavoz de la oposición?');
    expect(firstQuote(result)).toMatch(/va a proponer en el pleno de mayo/u);
  });
});
