/**
 * A question asking for a figure of something no article names is not answered with the figure of somewhere else (blind
 * newcomer 28's D3: "¿Cuántas escuelas rurales seguirán abiertas en la provincia de Zaragoza?" answered with the rule of
 * the whole region, whose passage gives another province's count). Refused with leads. A name renamed in part (one of its
 * words held) is left to the model, as is a question asking for no figure. Articles and sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from '../../src/answer/ask.js';
import { namedNowhere } from '../../src/answer/other-story.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const OTHER = articleFromParagraphs({ id: 'puerto', title: 'Obras en el puerto de Gijón', date: '2025-04-02', language: 'es' }, [
  'Las obras del muelle norte del puerto de Gijón terminarán en otoño, según la autoridad portuaria.',
]);
const clinics = articleFromParagraphs({ id: 'consultorios', title: 'La Junta mantendrá abiertos los consultorios rurales', date: '2025-09-08', language: 'es' }, [
  'La Consejería de Sanidad de la Junta de Castilla y León mantendrá abiertos todos los consultorios rurales que atiendan al menos a cincuenta vecinos. La medida afecta a 41 consultorios de la provincia de Soria, doce de ellos en la comarca de Pinares.',
  'Los alcaldes de la comarca celebraron la decisión y pidieron más médicos para el verano.',
]);

describe('a figure of a name no article holds', () => {
  it('is not answered with the figure of another place', async () => {
    const result = await askOf(await libraryOf([clinics, OTHER]))('¿Cuántos consultorios rurales seguirán abiertos en la provincia de Palencia?');
    expect(result.refused).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it('is answered for the place the story gives it of', async () => {
    const result = await askOf(await libraryOf([clinics, OTHER]))('¿Cuántos consultorios rurales seguirán abiertos en la provincia de Soria?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('41 consultorios');
  });

  it('leaves a question asking for no figure to the model', async () => {
    const library = await libraryOf([clinics, OTHER]);
    const assessment = await assessQuestion({ index: library.index, articles: library.articles, question: checked('¿Qué consultorios rurales seguirán abiertos en la provincia de Palencia?') });
    expect(assessment.nameUnknown).toBe(false);
  });

  it('needs every word of the name to be held nowhere', () => {
    const frequency = (term: string) => (term === 'oriente' ? 3 : 0);
    expect(namedNowhere([['lejano', 'oriente']], new Set(), frequency)).toBe(false);
    expect(namedNowhere([['palencia']], new Set(), frequency)).toBe(true);
    expect(namedNowhere([['palencia']], new Set(['palencia']), frequency)).toBe(false);
  });
});
