/**
 * A question asking for a speed is not answered with a sentence that gives no figure in a unit of speed (blind newcomer 28's D4: "How fast was the Chilkat Spirit sailing…?"
 * answered with the hour it struck a rock). Refused with leads; a sentence giving the measure answers.
 * Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { asksSpeed, givesSpeed } from '../../src/answer/speed.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const OTHER = articleFromParagraphs({ id: 'museo', title: 'Reabre el museo de Tarbes', date: '2025-03-02', language: 'en' }, [
  'The Tarbes city museum reopened on Saturday after a two-year renovation, the mayor said.',
]);
const ferry = (speed = '') =>
  articleFromParagraphs({ id: 'ferry', title: 'Island ferry hits a sandbank off Port Ellery', date: '2025-03-02', language: 'en' }, [
    `The ferry Morning Gull, run by the county transport board, hit a sandbank at about 6:40 a.m. while heading north from Port Ellery${speed}, the harbour master said.`,
    'All 86 passengers were taken ashore by lifeboats and nobody was hurt, the board said in a statement.',
  ]);
const tren = (speed = '') =>
  articleFromParagraphs({ id: 'tren', title: 'Descarrila un tren de mercancías cerca de Valdoro', date: '2025-03-02', language: 'es' }, [
    `Un tren de mercancías descarriló el martes a las 5.10 horas cerca de Valdoro cuando circulaba hacia el puerto${speed}, según la empresa ferroviaria.`,
    'Ninguno de los dos maquinistas resultó herido.',
  ]);

describe('a speed the question asks for', () => {
  it('is not answered in English by a sentence with no speed in it', async () => {
    const result = await askOf(await libraryOf([ferry(), OTHER]))('How fast was the Morning Gull sailing when it hit the sandbank?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('is answered in English by the sentence giving the speed', async () => {
    const result = await askOf(await libraryOf([ferry(' at 14 knots'), OTHER]))('How fast was the Morning Gull sailing when it hit the sandbank?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('14 knots');
  });

  it('is not answered in Spanish by a sentence with no speed in it', async () => {
    const result = await askOf(await libraryOf([tren(), OTHER]))('¿A qué velocidad circulaba el tren de mercancías que descarriló cerca de Valdoro?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('is answered in Spanish by the sentence giving the speed', async () => {
    const result = await askOf(await libraryOf([tren(' a 85 kilómetros por hora'), OTHER]))('¿A qué velocidad circulaba el tren de mercancías que descarriló cerca de Valdoro?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('85 kilómetros por hora');
  });

  it('reads how a speed is asked and the units that give it', () => {
    expect(asksSpeed('How fast was the ferry sailing?')).toBe('how fast');
    expect(asksSpeed('¿A qué velocidad iba el camión?')).toBe('speed');
    expect(asksSpeed('¿Cuántos pasajeros llevaba el ferry?')).toBeUndefined();
    expect(givesSpeed('sailing at 14 knots', 'speed')).toBe(true);
    expect(givesSpeed('a 90 km/h', 'speed')).toBe(true);
    expect(givesSpeed('at about 6:40 a.m.', 'how fast')).toBe(false);
    expect(givesSpeed('one hundred kilometres', 'speed')).toBe(false);
  });

  it('takes a span of time for "how fast", which may ask how soon, but not for a speed asked by its noun', () => {
    expect(givesSpeed('the fire spread across the valley in two hours', 'how fast')).toBe(true);
    expect(givesSpeed('el incendio se extendió por el valle en dos horas', 'speed')).toBe(false);
  });
});
