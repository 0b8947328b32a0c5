/**
 * A verb of saying with a plain object after a subject in apposition ("El ministro de Salud, Fernando Ruiz, explicó la
 * situación el lunes.") reports nothing (issue 16, fourth round): no statement of the subject's own words, and the
 * quotation the next paragraph opens is that subject's.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a verb of saying with an object after a subject in apposition', () => {
  it('makes no statement of the subject phrase', () => {
    expect(found(['El ministro de Salud, Fernando Ruiz, explicó la situación el lunes.'])).toEqual([]);
  });

  it('hands the quotation running over the next paragraphs to that subject', () => {
    const paragraphs = [
      'El ministro de Salud, Fernando Ruiz, explicó la situación el lunes.',
      '«Hemos perdido a muchos médicos en los últimos meses y eso se nota en las urgencias de todo el país.',
      '»Vamos a contratar a dos mil profesionales antes de fin de año para cubrir esas vacantes».',
    ];
    expect(found(paragraphs).map((statement) => statement.speaker)).toEqual(['Fernando Ruiz', 'Fernando Ruiz']);
  });
});
