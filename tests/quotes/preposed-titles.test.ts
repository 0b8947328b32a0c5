/**
 * A title set before a name is the name's title, never part of it (newcomer 19's D4): an institution's name with its own
 * complement before a role noun ("Department of Parks spokeswoman Ana Lee"), and a role written with a hyphenated prefix
 * ("Vice-Chancellor Tom Reed"). The speaker is the person, found by their name; the title is an alias.
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/quotes/index.js';
import { articleFromParagraphs, quoteBookOf } from '../fixtures/quotes/load.js';

const read = (paragraphs: string[]) => analyseArticle(articleFromParagraphs({ id: 'titles', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs));

describe('titles before a name', () => {
  it('keeps an institution named with "of" out of the speaker’s name', () => {
    const { statements, aliases } = read(['The pool will stay closed until June, Department of Parks and Recreation spokeswoman Ana Lee told the paper.']);
    expect(statements.map(({ speaker, text }) => [speaker, text])).toEqual([['Ana Lee', 'The pool will stay closed until June']]);
    expect(aliases['Ana Lee']).toContain('Department of Parks and Recreation spokeswoman');
  });

  it('reads "of the" inside the institution’s name', () => {
    expect(read(['Ministry of the Interior spokesman Karl Dunn said the border would reopen.']).statements.map(({ speaker }) => speaker)).toEqual(['Karl Dunn']);
  });

  it('finds the person by their own name', () => {
    const book = quoteBookOf('en', ['Fares will rise in May, Office of the Mayor spokesman Dev Patel said.']);
    expect(book.lookup('Dev Patel').actor).toBe('Dev Patel');
  });

  it('reads a role with a hyphenated prefix as a title', () => {
    const { statements, aliases } = read(['Vice-Chairman Tom Reed said the board would meet again.', 'Co-Chair Lin Wu said the vote was close.']);
    expect(statements.map(({ speaker }) => speaker)).toEqual(['Tom Reed', 'Lin Wu']);
    expect(aliases['Tom Reed']).toContain('Vice-Chairman');
  });
});
