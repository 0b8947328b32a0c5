/** A role left unresolved in one article is never merged with a longer title another article gives a speaker (issue 16). */
import { describe, expect, it } from 'vitest';
import { buildQuoteData } from '../../src/quotes/actors.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (...articles: Array<{ id: string; language: string; paragraphs: string[] }>) =>
  buildQuoteData(articles.map(({ id, language, paragraphs }) => articleFromParagraphs({ id, title: id, date: '2024-01-01', language }, paragraphs))).statements.map(({ articleId, speaker }) => [articleId, speaker]);

describe('roles across articles', () => {
  it('keeps "el presidente" of one article apart from "el presidente de la Generalitat" of another', () => {
    expect(
      speakers(
        { id: 'club', language: 'es', paragraphs: ['La asamblea del club terminó tarde.', '"Votaremos mañana", dijo el presidente.'] },
        { id: 'govern', language: 'es', paragraphs: ['El presidente de la Generalitat anunció que el Gobierno catalán abrirá cien escuelas.'] },
      ),
    ).toEqual([
      ['club', 'Presidente'],
      ['govern', 'Presidente de la Generalitat'],
    ]);
  });

  it('keeps "the senator" of one article apart from "the senator from Ohio" of another', () => {
    expect(
      speakers(
        { id: 'vote', language: 'en', paragraphs: ['The meeting ended late.', '"We will vote tomorrow," the senator said.'] },
        { id: 'bill', language: 'en', paragraphs: ['The senator from Ohio said the bill would pass next week.'] },
      ),
    ).toEqual([
      ['vote', 'Senator'],
      ['bill', 'Senator from Ohio'],
    ]);
  });

  it('still merges a surname with the full name another article gives', () => {
    expect(
      speakers(
        { id: 'one', language: 'es', paragraphs: ['La ministra Ana Ruiz Gómez dijo que el plan costará diez millones de euros.'] },
        { id: 'two', language: 'es', paragraphs: ['"El plan sigue adelante", afirmó Ruiz Gómez.'] },
      ),
    ).toEqual([
      ['one', 'Ana Ruiz Gómez'],
      ['two', 'Ana Ruiz Gómez'],
    ]);
  });
});
