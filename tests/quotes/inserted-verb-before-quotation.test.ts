/**
 * A Spanish verb inserted between commas with its subject left out, right before a quotation ("El decreto, añadió,
 * «no resuelve nada…»"): the quotation is the words of whom the article was quoting. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an inserted verb with its subject left out before a quotation', () => {
  it('credits the quotation to the speaker in focus', () => {
    expect(found(['La intendenta Carla Méndez recorrió el hospital.', 'La obra, aseguró, «va a estar terminada antes del invierno, cueste lo que cueste».'])).toEqual([
      { kind: 'direct', text: 'va a estar terminada antes del invierno, cueste lo que cueste', speaker: 'Carla Méndez' },
    ]);
  });
});
