/**
 * Kinds of press attribution from the tenth round of issue 16, each on text written for it: an infinitive reported
 * with the verb that governs it ("prometió ampliar…" is a promise, "ampliar…" alone an order).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an infinitive complement of the verb of saying', () => {
  it('is reported from the verb, so that it reads as what the speaker said and not as an order', () => {
    expect(found(['La alcaldesa de Soria, Marta Gil, prometió ampliar el horario de las bibliotecas municipales.'])).toEqual([
      { kind: 'indirect', text: 'prometió ampliar el horario de las bibliotecas municipales', speaker: 'Marta Gil' },
    ]);
    expect(found(['El consejero Pablo Ruiz aseguró no tener constancia de las denuncias.'])).toEqual([
      { kind: 'indirect', text: 'aseguró no tener constancia de las denuncias', speaker: 'Pablo Ruiz' },
    ]);
    expect(found(['Senator Laura Kent vowed to block the bill in committee.'], 'en')).toEqual([
      { kind: 'indirect', text: 'vowed to block the bill in committee', speaker: 'Laura Kent' },
    ]);
    // A clause after "que" or "that", and a reported question, stay without the verb.
    expect(found(['La alcaldesa de Soria, Marta Gil, prometió que ampliará el horario de las bibliotecas.'])).toEqual([
      { kind: 'indirect', text: 'ampliará el horario de las bibliotecas', speaker: 'Marta Gil' },
    ]);
    expect(found(['Senator Laura Kent asked whether the council would act.'], 'en')).toEqual([
      { kind: 'indirect', text: 'whether the council would act', speaker: 'Laura Kent' },
    ]);
  });
});
