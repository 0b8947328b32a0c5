/**
 * A figure a speaker reports ("X confirmed that 38 of the 52 spaces on Mill Street…") is not the speaker's own: a
 * sentence naming the asked place or body inside the report answers, where figure-owner.ts read the speaker's name as
 * opening a clause that owned the figure and refused the question as another name's figure (blind newcomer 30's E5).
 * Articles and questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { figureOfAnotherInSentence } from '../../src/answer/figure-owner.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const lane = articleFromParagraphs({ id: 'lane', title: 'Council backs Mill Street cycle lane', date: '2026-03-02', language: 'en' }, [
  'Councillors approved a £2 million plan to build a cycle lane along Mill Street, despite a petition from traders.',
  'Councillor Dan Hughes also confirmed that 38 of the 52 parking spaces on Mill Street would be removed, but said a car park on Quarry Lane would open first.',
  '"If they cannot park, my customers will go elsewhere," one trader said.',
]);
const schools = articleFromParagraphs({ id: 'schools', title: 'Oakfield cuts staff', date: '2026-04-14', language: 'en' }, [
  'The district board met on Monday to close a budget gap of $6 million.',
  'Superintendent Rosa Klein said that 14 teachers at Oakfield Primary would lose their jobs in June.',
]);
const aid = articleFromParagraphs({ id: 'ayudas', title: 'Ayudas tras la riada', date: '2026-10-20', language: 'es' }, [
  'El Gobierno regional aprobó un fondo de emergencia de 3 millones de euros tras la riada de la semana pasada.',
  'La alcaldesa Nuria Prats aseguró ayer que 120 familias de Puerto Viejo recibirán la ayuda antes de Navidad.',
]);
const ask = askOf(await libraryOf([lane, schools, aid]));

describe('a figure a speaker reports, of the asked place', () => {
  it.each([
    ['How many parking spaces will be removed on Mill Street?', '38 of the 52'],
    ['How many teachers at Oakfield Primary will lose their jobs?', '14 teachers'],
    ['¿Cuántas familias de Puerto Viejo recibirán la ayuda?', '120 familias'],
  ])('%s → %s', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused, question).toBe(false);
    expect(firstQuote(result), question).toContain(figure);
  });

  it('still gives a figure to the name whose own clause holds it', () => {
    expect(figureOfAnotherInSentence('La jueza condenó a Carmen Vidal junto a su socio Pedro Almagro, quien recibió una pena de cinco años.', new Set(['vidal']), new Set(['condenada']), 'es')).toBe(true);
    expect(figureOfAnotherInSentence('Pedro Almagro recibió cinco años y Carmen Vidal quedó absuelta.', new Set(['vidal']), new Set(), 'es')).toBe(true);
    expect(figureOfAnotherInSentence('Pedro Almagro aseguró que Carmen Vidal recibió cinco años.', new Set(['vidal']), new Set(), 'es')).toBe(false);
  });
});
