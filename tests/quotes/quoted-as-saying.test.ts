/**
 * The wire formula "X quoted Y as saying": Y spoke, X (a medium) relays; before, the quotation went to nobody, or to
 * the medium.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'relayed', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ kind, speaker, via, text }) => [kind, speaker, via, text]);

describe('"quoted … as saying"', () => {
  it('credits the person a pronoun refers to, the medium as the channel', () => {
    expect(said(['Aid worker Lena Brandt said the camp was full.', '“Nobody can leave before the rains,” Reuters quoted her as saying.'])).toEqual([
      ['indirect', 'Lena Brandt', null, 'the camp was full'],
      ['direct', 'Lena Brandt', 'Reuters', 'Nobody can leave before the rains'],
    ]);
  });

  it('credits the person named as the object, with reported speech after it', () => {
    expect(said(['The Interfax agency quoted Deputy Minister Ana Ruiz as saying that the port would reopen on Monday.'])).toEqual([
      ['indirect', 'Ana Ruiz', 'Interfax', 'the port would reopen on Monday'],
    ]);
  });
});
