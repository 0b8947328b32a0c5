/** The title line of a /quote reply (lead's inbox: "What Un funcionario vietnamita said"). */
import { describe, expect, it } from 'vitest';
import { quoteTitle } from '../../src/present/quote-lines.js';
import type { QuoteResult } from '../../src/quotes/types.js';

const found = (actor: string): QuoteResult => ({ actor, query: actor, statements: [], suggestions: [], candidates: [] });

describe('the title of a /quote reply', () => {
  it('writes an anonymous source in lower case mid-sentence, and a name as it is', () => {
    expect(quoteTitle(found('Un funcionario vietnamita'), 'en')).toBe('What un funcionario vietnamita said');
    expect(quoteTitle(found('A senior official'), 'en')).toBe('What a senior official said');
    expect(quoteTitle(found('Una Nación Unida'), 'en')).toBe('What Una Nación Unida said');
    expect(quoteTitle(found('El Faro'), 'en')).toBe('What El Faro said');
  });
});
