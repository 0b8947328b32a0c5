/** The title line of a /quote reply (lead's inbox: "What Un funcionario vietnamita said"). */
import { describe, expect, it } from 'vitest';
import { nothingToQuote, quoteTitle } from '../../src/present/quote-lines.js';
import type { QuoteResult } from '../../src/quotes/types.js';

const found = (actor: string): QuoteResult => ({ actor, query: actor, statements: [], suggestions: [], candidates: [] });

describe('the title of a /quote reply', () => {
  it('writes an anonymous source in lower case mid-sentence, and a name as it is', () => {
    expect(quoteTitle(found('Un funcionario vietnamita'), 'en')).toBe('What un funcionario vietnamita said');
    expect(quoteTitle(found('A senior official'), 'en')).toBe('What a senior official said');
    expect(quoteTitle(found('Una Nación Unida'), 'en')).toBe('What Una Nación Unida said');
    expect(quoteTitle(found('El Faro'), 'en')).toBe('What El Faro said');
  });

  it('writes a description with a definite article, or a bare role, in lower case mid-sentence', () => {
    expect(quoteTitle(found('El portavoz del ayuntamiento'), 'en')).toBe('What el portavoz del ayuntamiento said');
    expect(quoteTitle(found('Las abogadas de la familia'), 'en')).toBe('What las abogadas de la familia said');
    expect(quoteTitle(found('Concejala'), 'en')).toBe('What concejala said');
    expect(quoteTitle(found('Former governor'), 'en')).toBe('What former governor said');
    expect(quoteTitle(found('Concejala Marta Ibáñez'), 'en')).toBe('What Concejala Marta Ibáñez said');
    expect(quoteTitle(found('La Nación'), 'en')).toBe('What La Nación said');
  });
});

describe('the reply to a /quote that finds nobody', () => {
  const nobody = (query: string): QuoteResult => ({ actor: null, query, statements: [], suggestions: [], candidates: [] });

  it('says a query of emoji or punctuation names nobody, as one of only mentions, and echoes a name that has letters', () => {
    for (const query of ['😀', '¿?', '', '  ']) expect(nothingToQuote(nobody(query), 'es')).toMatch(/^Lo que escribiste no contiene el nombre de ninguna persona/u);
    expect(nothingToQuote(nobody('Zzyzx 😀'), 'es')).toBe('No encontré declaraciones de «Zzyzx 😀» en los artículos.');
  });
});
