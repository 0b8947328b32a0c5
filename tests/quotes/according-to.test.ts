/** "según X", "according to X", "de acuerdo con X" wherever the sentence sets them (issue 16), on sentences written for them. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('sources named with según, according to, de acuerdo con', () => {
  it('reads "de acuerdo con X" at the end of a sentence as "según X"', () => {
    expect(found(['La deuda externa creció un 6 % en 2021, de acuerdo con el Banco Central de Nicaragua.'])).toEqual([
      { kind: 'indirect', text: 'La deuda externa creció un 6 % en 2021', speaker: 'Banco Central de Nicaragua' },
    ]);
  });

  it('gives the whole sentence to a source set between commas in its middle', () => {
    expect(found(['Peak demand, according to Mayor Ann Cole, reached 44,947 megawatts on Saturday.'], 'en')).toEqual([
      { kind: 'indirect', text: 'Peak demand, according to Mayor Ann Cole, reached 44,947 megawatts on Saturday', speaker: 'Ann Cole' },
    ]);
    expect(found(['La demanda, según la ministra Ana Ruiz, bajará un 5 % este año.']).map((statement) => statement.speaker)).toEqual(['Ana Ruiz']);
  });
});
