/**
 * Speakers of stop 54's kinds (issue 16, newcomer 32), on sentences written for them: a councillor titled "Cllr" as
 * British press writes it; an adverb of place opening a sentence before a name ("Fuera del Congreso, …").
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, quoteBookOf as bookOf } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const speakers = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)).map((statement) => [statement.speaker, statement.text]);

describe('"Cllr" before a councillor\'s name', () => {
  it('is a title: "Cllr Pryce" is the Janet Pryce named before', () => {
    expect(speakers('en', ['Council leader Janet Pryce said the budget was balanced.', 'Cllr Pryce added that no library would close.'])).toEqual([
      ['Janet Pryce', 'the budget was balanced'],
      ['Janet Pryce', 'no library would close'],
    ]);
  });

  it('finds the councillor by the full name, the title and the surname', () => {
    const book = bookOf('en', ['"We will not cut bus routes," said Cllr Robert Ainsley.', 'Ainsley said reserves would cover the gap.']);
    for (const query of ['Robert Ainsley', 'Cllr Ainsley', 'the councillor']) expect(book.lookup(query).statements).toHaveLength(2);
  });
});

describe('an adverb of place opening the sentence', () => {
  it('is no speaker, whatever name follows it', () => {
    for (const opening of ['Fuera del Congreso', 'Dentro del Partido Verde', 'Lejos de Lima', 'Detrás del Palacio de Gobierno']) {
      const found = speakers('es', [`${opening}, la Federación Nacional de Inquilinos (FNI) difundió un comunicado en el que advirtió que los desalojos aumentarán.`]);
      expect(found.map(([speaker]) => speaker)).not.toContain(opening);
    }
  });

  it('leaves the subject after it the speaker', () => {
    expect(speakers('es', ['Fuera del Congreso, la Federación de Inquilinos advirtió que los desalojos aumentarán.'])).toEqual([['Federación de Inquilinos', 'los desalojos aumentarán']]);
  });
});

describe("an office's possessive before an institution's noun", () => {
  it('is one body\'s name: "the Attorney General\'s Office", "the Mayor\'s Office"', () => {
    expect(speakers('en', [
      "The Attorney General's Office said the case would go to trial.",
      "The Mayor's Office said the park would reopen in June.",
      "The Chief Medical Examiner's Office said the cause of death was drowning.",
    ]).map(([speaker]) => speaker)).toEqual(["Attorney General's Office", "Mayor's Office", "Chief Medical Examiner's Office"]);
  });

  it('leaves a title before a person\'s name a title', () => {
    const book = bookOf('en', ['Attorney General Dana Price said the case was strong.']);
    expect(book.lookup('the attorney general').actor).toBe('Dana Price');
  });
});

describe('a person\'s name inside a longer name', () => {
  it('keeps "King" and "Jr." inside "Martin Luther King Jr. Community Hospital": no person "Martin Luther"', () => {
    const data = speakers('en', ['Doctors at the Martin Luther King Jr. Community Hospital said the ward was full.', 'Martin Luther King Jr. Elementary School said classes would resume.']);
    expect(data.map(([speaker]) => speaker).join(' | ')).toContain('Martin Luther King Jr. Community Hospital');
    expect(data.map(([speaker]) => speaker)).not.toContain('Martin Luther');
    expect(data.map(([speaker]) => speaker)).toContain('Martin Luther King Jr. Elementary School');
  });

  it('reads "Martin Luther King Jr." alone as one person', () => {
    expect(speakers('en', ['Martin Luther King Jr. said the dream would live on.'])).toEqual([['Martin Luther King Jr.', 'the dream would live on']]);
  });
});
