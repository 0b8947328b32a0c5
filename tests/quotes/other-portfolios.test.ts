/**
 * A role look-up names the holder of that office or nobody: never someone whose office is another portfolio ("education
 * secretary" is not the article's transport secretary), never through the initials of the role's words ("ministro de
 * Educación" → "me"), and a courtesy title ("Mrs", "Sra.") is no office anyone is found or shown by.
 */
import { describe, expect, it } from 'vitest';
import { quoteBookOf as bookOf } from '../fixtures/quotes/load.js';

const offered = (found: { actor: string | null; candidates: string[]; related?: string[]; suggestions: string[] }) => [found.actor, ...found.candidates, ...(found.related ?? []), ...found.suggestions];

describe('a role of another portfolio', () => {
  const book = bookOf('en', ['The transport secretary, Lucy Hale, said the trains would run on time.', 'Mrs Hale added that fares would not rise.', 'Later, the secretary Tom Reed said hospitals were full.']);

  it('is not offered for a role look-up naming another portfolio', () => {
    for (const query of ['education secretary', 'Secretary of Education', 'el ministro de Educación', 'ministro de Sanidad']) {
      expect(book.lookup(query).statements).toEqual([]);
      expect(offered(book.lookup(query))).not.toContain('Lucy Hale');
      expect(offered(book.lookup(query))).not.toContain('Tom Reed');
    }
  });

  it('still finds the holder of the portfolio named', () => {
    expect(book.lookup('transport secretary').actor).toBe('Lucy Hale');
  });

  it('takes no courtesy title for a name or an office', () => {
    expect(book.actor('Lucy Hale')?.aliases).not.toContain('Mrs');
    expect(offered(book.lookup('Mrs'))).not.toContain('Lucy Hale');
  });
});

describe('a courtesy title in Spanish', () => {
  it('is no alias of the person it addresses', () => {
    const book = bookOf('es', ['La Sra. Paredes dijo que el mercado abrirá el lunes.']);
    expect(book.actor('Paredes')?.aliases ?? []).not.toContain('Sra.');
  });
});

describe('a role of another country', () => {
  const book = bookOf('es', ['El presidente ruso, Vladimir Putin, dijo que reforzará los lazos con Pyongyang.', 'El presidente prometió además ayudar a construir satélites.']);

  it('is not offered for a role look-up naming another country', () => {
    for (const query of ['presidente de Honduras', 'el presidente de Honduras', 'president of Honduras']) {
      expect(book.lookup(query).statements).toEqual([]);
      expect(offered(book.lookup(query))).not.toContain('Vladimir Putin');
    }
  });

  it('still finds the holder for the country named in any form', () => {
    for (const query of ['presidente de Rusia', 'el presidente ruso', 'presidente']) expect(book.lookup(query).actor).toBe('Vladimir Putin');
  });
});
