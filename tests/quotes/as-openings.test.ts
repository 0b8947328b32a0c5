/**
 * Preposed sources written as a comparison or a marker with a role (issue 16, held-out kinds, on text written for
 * them): "Como explicó la investigadora X, «…»", "Tal como anticipó el diario X, …", "As she put it, “…”",
 * "“…,” as one officer put it", "En palabras de la alcaldesa, …", "In the words of the prime minister, …", "A juicio de
 * López, …" (a surname after the marker's "de").
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('"como"/"as" opening a sentence before a verb of saying', () => {
  it('credits what follows to the verb\'s subject, as "según" does', () => {
    expect(found(['Como explicó la investigadora Laura Sanz, “el hielo se derrite cada vez más rápido”.'])).toEqual([{ kind: 'direct', text: 'el hielo se derrite cada vez más rápido', speaker: 'Laura Sanz' }]);
    expect(found(['Tal como anticipó ayer el diario Clarín, el Gobierno cerrará el organismo.'])).toEqual([{ kind: 'indirect', text: 'el Gobierno cerrará el organismo', speaker: 'Clarín' }]);
  });

  it('reads "as X put it" before or after the quotation', () => {
    expect(found(['The governor, Kathy Hochul, signed the bill on Tuesday.', 'As she put it, “nobody should have to choose between rent and food.”'], 'en')).toEqual([
      { kind: 'direct', text: 'nobody should have to choose between rent and food.', speaker: 'Kathy Hochul' },
    ]);
    expect(found(['“We did what we had to do to protect the town,” as one officer put it.'], 'en')).toEqual([{ kind: 'direct', text: 'We did what we had to do to protect the town', speaker: 'One officer' }]);
  });

  it('reads nothing into "put it" as a plain verb', () => {
    expect(found(['The mayor put it on the table at the council meeting on Monday.'], 'en')).toEqual([]);
  });
});

describe('a source marker whose source is a role or a surname', () => {
  it('resolves the role or surname after "En palabras de", "In the words of", "A juicio de"', () => {
    const mayor = 'La alcaldesa de Bogotá, Claudia López, anunció nuevas medidas de seguridad.';
    expect(found([mayor, 'En palabras de la alcaldesa, la ciudad vive “una crisis sin precedentes”.'])).toContainEqual({ kind: 'direct', text: 'una crisis sin precedentes', speaker: 'Claudia López' });
    expect(found([mayor, 'A juicio de López, la policía necesita más efectivos y más patrulleros.'])).toEqual([{ kind: 'indirect', text: 'la policía necesita más efectivos y más patrulleros', speaker: 'Claudia López' }]);
    expect(found(['Prime Minister Keir Starmer defended the budget in Parliament.', 'In the words of the prime minister, Britain must “fix the foundations of the economy.”'], 'en')).toContainEqual({
      kind: 'direct', text: 'fix the foundations of the economy.', speaker: 'Keir Starmer',
    });
  });
});
