/**
 * How much something rose or fell (the twelfth newcomer's D3): an English question refused though one sentence of an
 * English article answers it. Two kinds: a noun after the name in "How much did EU exports rise…?" was read as the
 * verb the name does ("exports"), so a sentence where another name stands before "exports" held nothing of the
 * question; and a how-much question, which counts no noun, quoted the sentence that repeats its words over the one that
 * gives the amount, then refused for want of a number. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';
import { askedRole } from '../../src/answer/roles.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'trigo', title: 'Grain trade recovers after the drought', date: '2024-01-12', language: 'en' }, [
    'Wheat exports from the European Union grew strongly in 2023, the Commission said in its yearly report, after a long drought in the south.',
    'EU wheat exports rose 8 percent in 2023, helped by good harvests in France and Romania.',
    'Maize imports, by contrast, stayed close to the level of the year before.',
  ]),
  articleFromParagraphs({ id: 'puerto', title: 'Port of Ellis sees record traffic', date: '2024-02-02', language: 'en' }, [
    'Traffic at the port of Ellis climbed again in 2024 as new cranes came into service, its operator said.',
    'Over the year as a whole, container traffic grew by 5 percent, the operator added.',
  ]),
]);

const ask = askOf(library);

describe('how much something rose or fell', () => {
  it('does not read a noun after the name as the verb it does', () => {
    expect(askedRole('How much did EU wheat exports rise in 2023?', 'en')?.verb).toBe('rise');
    expect(askedRole('How much did US emissions fall?', 'en')?.verb).toBe('fall');
    expect(askedRole('When will Ana Soto discuss the plan?', 'en')?.verb).toBe('discuss');
    expect(askedRole('When did Putin visit Vietnam?', 'en')?.verb).toBe('visit');
  });

  it('quotes the sentence that gives the amount', async () => {
    const result = await ask('How much did EU wheat exports rise in 2023?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('8 percent');
  });

  it('quotes the amount before a sentence that only repeats the question', async () => {
    const result = await ask('How much did traffic at the port of Ellis climb in 2024?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('5 percent');
  });
});
