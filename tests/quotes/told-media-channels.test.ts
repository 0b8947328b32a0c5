/**
 * A medium told the words is the statement's channel when its noun has modifiers before it ("told state broadcaster
 * CCTV") or when Spanish tells it with "a" ("aseguraba a AFP", "dijo a la BBC"); on sentences written for them (issue 16:
 * each statement keeps its channel; newcomer 25's item 18).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const vias = (paragraph: string, language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, [paragraph])).map(({ speaker, via }) => ({ speaker, via }));

describe('media told the words', () => {
  it('reads the name after a modified medium noun', () => {
    expect(vias('A former worker at the plant, Li Wen, told state broadcaster CCTV that the fire started at night.', 'en')).toEqual([{ speaker: 'Li Wen', via: 'CCTV' }]);
  });

  it('reads a medium after the Spanish dative "a"', () => {
    expect(vias('Carlos Soler aseguraba a AFP que el incendio empezó de noche.', 'es')).toEqual([{ speaker: 'Carlos Soler', via: 'AFP' }]);
    expect(vias('Carlos Soler dijo a la BBC que el incendio empezó de noche.', 'es')).toEqual([{ speaker: 'Carlos Soler', via: 'BBC' }]);
  });

  it('takes no person told for a channel', () => {
    expect(vias('Carlos Soler dijo a Ana Ruiz que el incendio empezó de noche.', 'es')).toEqual([{ speaker: 'Carlos Soler', via: null }]);
  });
});
