/**
 * A figure's unit symbol is its unit's words to sentence matching: "¿Cuántas hectáreas…?" meets "4 200 ha", "square
 * kilometres" meets "310 km²". Without
 * it, a sentence of the same story that gives another figure beside the unit's words ("perdió 300 hectáreas") was quoted
 * first, and the one that answers with the symbol counted as giving no figure of the asked unit. Articles written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { unitWordsAt } from '../../src/answer/units.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'parque', title: 'Un parque entre dos provincias', date: null, language: 'es' }, [
    'El parque de Lindes perdió 300 hectáreas de pinar en el incendio de 2019.',
    'Lo visitan cada verano miles de excursionistas.',
    'El parque de Lindes ocupa 4 200 ha entre dos provincias.',
  ]),
  articleFromParagraphs({ id: 'lake', title: 'A shrinking lake', date: null, language: 'en' }, [
    'Lake Varna lost 12 square kilometres of reed beds in the drought.',
    'Fishermen have left its shores for the city.',
    'Lake Varna covers 310 km² in the dry season.',
  ]),
]);

const ask = askOf(library);

describe('a unit symbol after a figure', () => {
  it.each([
    ['¿Cuántas hectáreas ocupa el parque de Lindes?', '4 200 ha'],
    ['How many square kilometres does Lake Varna cover in the dry season?', '310 km²'],
  ])('%s quotes the sentence giving the figure in the asked unit', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(figure);
  });

  it('is a unit only after a figure, with the power that follows it', () => {
    expect(unitWordsAt('unos 7 000 km2 de selva', 'km', 11, 'es')).toEqual(['kilómetros', 'cuadrados']);
    expect(unitWordsAt('about 80km of road', 'km', 8, 'en')).toEqual(['kilometres', 'kilometers']);
    expect(unitWordsAt('la letra m de Madrid', 'm', 9, 'es')).toEqual([]);
    expect(unitWordsAt('12 MW', 'MW', 3, 'es')).toEqual(['megavatios']);
  });
});
