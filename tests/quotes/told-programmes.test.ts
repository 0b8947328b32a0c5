/**
 * "told <medium>'s <programme> <clause>": the programme noun after a medium's possessive is part of whom it was told, so
 * the reported clause starts after it (newcomer 19's D5: the clause began "show the final number…").
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const texts = (paragraphs: string[]) => extractStatements(articleFromParagraphs({ id: 'told', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ speaker, text }) => [speaker, text]);

describe('told a medium’s programme', () => {
  it('starts the clause after the programme noun', () => {
    expect(texts(["Dr. Anne Fox told ABC News' Nightline program the final count would be lower."])).toEqual([['Anne Fox', 'the final count would be lower']]);
  });

  it('leaves an addressee without a possessive as it was', () => {
    expect(texts(['Dr. Anne Fox told the BBC the show would go on.'])).toEqual([['Anne Fox', 'the show would go on']]);
  });
});
