/**
 * A refusal cites as leads the passages about the people a question names, even when it qualifies what it asks with an
 * adverb of manner that no passage holds ("¿A cuántos años fue condenado finalmente…?": a sixteenth newcomer's D10, a
 * bare refusal beside a story about the person). Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'juicio', title: 'Sigue el juicio contra Tomás Brito', date: '2025-05-06', language: 'es' }, [
    'La fiscalía pidió doce años de prisión para el exalcalde Tomás Brito, acusado de cohecho en la venta del mercado.',
    'El tribunal dictará sentencia en junio.',
  ]),
]);
const ask = askOf(library);

describe('leads for a question qualified by an adverb of manner', () => {
  it('cites the passages about the person asked', async () => {
    const result = await ask('¿A cuántos años fue condenado finalmente Tomás Brito?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });
});
