/**
 * A surname the article misspells once ("Hauser said" after "Trevor Houser"): the person named in full, whom /quote
 * finds by either spelling; not when the two spellings could be two people. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook, extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const article = (paragraphs: string[], id = 'a') => articleFromParagraphs({ id, title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs);
const speakerOf = (text: string, paragraphs: string[]) => extractStatements(article(paragraphs)).find((statement) => statement.text.includes(text))?.speaker;

describe('a surname written one letter off', () => {
  const story = ['Trevor Houser, a partner at a research firm, said emissions fell last year.', 'Hauser said coal use would keep falling.'];

  it('credits the statement to the person named in full', () => {
    expect(speakerOf('coal use would keep falling', story)).toBe('Trevor Houser');
    expect(speakerOf('he moved the fans', ['Two marshals, Lance Packowski and Brian Nedrich, walked the course.', 'Paczkowski said he moved the fans.', 'Nedrich said the fans moved.'])).toBe('Lance Packowski');
  });

  it('lets /quote find it by the full name and by either spelling', () => {
    const book = createQuoteBook(buildQuoteData([article(story)]));
    for (const query of ['Trevor Houser', 'Hauser', 'Trevor Hauser']) {
      const result = book.lookup(query);
      expect(result.actor).toBe('Trevor Houser');
      expect(result.statements.map((statement) => statement.text)).toContain('coal use would keep falling');
    }
  });

  it('keeps two people apart when the surnames differ at an end, are short, or another person could be meant', () => {
    expect(speakerOf('they would not', ['Ana Rivera, the mayor, said taxes would rise.', 'Rivero said they would not.'])).toBe('Rivero');
    expect(speakerOf('it was late', ['Dae Kim said the plan was ready.', 'Kin said it was late.'])).toBe('Kin');
    expect(speakerOf('coal would fall', ['Trevor Houser and Ana Houser, economists, met.', 'Hauser said coal would fall.'])).toBe('Hauser');
  });
});
