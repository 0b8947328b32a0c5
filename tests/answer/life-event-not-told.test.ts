/**
 * A question asking when someone was born or died is not answered by a sentence dating another event of that person
 * ("¿En qué año nació Tomás Ferrer?" beside "En 1998, Tomás Ferrer fundó la editorial…": SQuAD 2.0's unanswerable kind).
 * Refused with leads; a sentence telling of the birth or death, or giving a lifespan, answers. Articles and sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { asksLifeEvent, tellsLifeEvent } from '../../src/answer/life-events.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const OTHER = articleFromParagraphs({ id: 'puerto', title: 'El puerto de Valdoro amplía su muelle', date: '2025-05-02', language: 'es' }, [
  'El puerto de Valdoro ampliará su muelle norte en 2026 con una inversión de la autoridad portuaria.',
]);
const editor = (life = '') =>
  articleFromParagraphs({ id: 'editor', title: 'Homenaje al editor Tomás Ferrer', date: '2025-05-02', language: 'es' }, [
    `En 1998, Tomás Ferrer${life} fundó la editorial Faro Sur en un antiguo almacén del puerto de Cádiz.`,
    'La editorial publicó más de trescientos títulos de poesía y ensayo hasta su cierre.',
  ]);
const painter = (life = '') =>
  articleFromParagraphs({ id: 'painter', title: 'A retrospective for Ellen Marsh', date: '2025-05-02', language: 'en' }, [
    `In 1962, Ellen Marsh${life} opened her first studio in a former bakery on Dock Street.`,
    'The retrospective gathers sixty of her seascapes and runs until September.',
  ]);

describe('when someone was born or died', () => {
  it('is not answered by another event of their life', async () => {
    const born = await askOf(await libraryOf([editor(), OTHER]))('¿En qué año nació Tomás Ferrer?');
    expect(born.refused).toBe(true);
    expect(born.citations.length).toBeGreaterThan(0);
    const died = await askOf(await libraryOf([painter(), OTHER]))('When did Ellen Marsh die?');
    expect(died.refused).toBe(true);
    expect(died.citations.length).toBeGreaterThan(0);
  });

  it('is answered by a lifespan', async () => {
    const born = await askOf(await libraryOf([editor(' (1931-2004)'), OTHER]))('¿En qué año nació Tomás Ferrer?');
    expect(born.refused).toBe(false);
    expect(firstQuote(born)).toContain('1931-2004');
    const died = await askOf(await libraryOf([painter(' (1925-2011)'), OTHER]))('When did Ellen Marsh die?');
    expect(died.refused).toBe(false);
    expect(firstQuote(died)).toContain('1925-2011');
  });

  it('is answered by a sentence telling of the birth', async () => {
    const result = await askOf(await libraryOf([editor(', nacido en Jerez en 1931,'), OTHER]))('¿En qué año nació Tomás Ferrer?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('nacido en Jerez en 1931');
  });

  it('reads the event asked by its verb only, and the words and brackets that tell of it', () => {
    expect(asksLifeEvent('¿Cuándo falleció la escritora?')).toBe('death');
    expect(asksLifeEvent('Where was she born?')).toBe('birth');
    expect(asksLifeEvent('¿En qué año llegó la muerte negra a Sevilla?')).toBeUndefined();
    expect(tellsLifeEvent('la poeta (m. 1560) escribió', 'death')).toBe(true);
    expect(tellsLifeEvent('la poeta (m. 1560) escribió', 'birth')).toBe(false);
    expect(tellsLifeEvent('She was born in a fishing village', 'birth')).toBe(true);
  });
});
