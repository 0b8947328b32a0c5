/**
 * Newcomer 27's D18 as kinds: a clause reported inside another with a pronoun subject ("said she believed…") is part of
 * that statement, listed once; an apposition set off before the "that"/"que" ("told a news conference in Tbilisi, the
 * Georgian capital, that…") does not move where the reported clause starts. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a clause reported inside another with a pronoun subject', () => {
  it('is one statement, not two of the same speaker', () => {
    expect(found(['Mr. Okafor said he thought the bridge could reopen before the winter.'], 'en')).toEqual([
      { kind: 'indirect', text: 'he thought the bridge could reopen before the winter', speaker: 'Okafor' },
    ]);
    expect(found(['El diputado Ramiro Funes dijo que cree que la sesión se levantará antes de las diez.'], 'es')).toEqual([
      { kind: 'indirect', text: 'cree que la sesión se levantará antes de las diez', speaker: 'Ramiro Funes' },
    ]);
  });
});

describe('an apposition before the reported clause', () => {
  it('is stepped over, the clause starting after "that"/"que"', () => {
    expect(found(['Police chief Amara Diallo told reporters in Kindia, a town north of the capital, that four people had been arrested.'], 'en')).toEqual([
      { kind: 'indirect', text: 'four people had been arrested', speaker: 'Amara Diallo' },
    ]);
    expect(found(['La canciller Diana Mondragón declaró en Quito, la capital ecuatoriana, que la frontera seguirá abierta.'], 'es')).toEqual([
      { kind: 'indirect', text: 'la frontera seguirá abierta', speaker: 'Diana Mondragón' },
    ]);
  });
});
