/**
 * Statements credited to no one who spoke (issue 16's precision): words that open a sentence capitalised and name
 * nobody, a field before a body's noun, a person's affiliation, a pronoun of a person after a body, one quoted word.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const speakerOf = (text: string, statements: ReturnType<typeof found>) => statements.find((statement) => statement.text.includes(text))?.speaker;

describe('capitalised words that name no one', () => {
  it('never credits a quantifier opening the sentence, nor a group it counts, with "she"', () => {
    const statements = found(['Mayor Ana Ruiz said the talks had failed. Several calls followed. In the last call, "he cut our budget," she said.']);
    expect(speakerOf('he cut our budget', statements)).toBe('Ana Ruiz');
  });

  it('never credits an indefinite pronoun opening the sentence', () => {
    const statements = found(['No-one in the cabinet dared to speak. "We will wait," she said.']);
    expect(speakerOf('We will wait', statements) ?? null).toBeNull();
  });
});

describe('names of bodies and of their people', () => {
  it('reads a field before a body\'s noun as part of its name ("Justice Department"), not as a title', () => {
    expect(speakerOf('the clause was illegal', found(['The U.S. Justice Department said the clause was illegal.']))).toBe('U.S. Justice Department');
    expect(speakerOf('the clause was illegal', found(['Justice Ana Ruiz said the clause was illegal.']))).toBe('Ana Ruiz');
  });

  it('ends a person\'s name before "of" and a body whose noun comes last ("of the European Space Agency")', () => {
    expect(speakerOf('the leak had stopped', found(['Luca Verdi of the European Space Agency said the leak had stopped.']))).toBe('Luca Verdi');
  });
});

describe('names joined by an ampersand', () => {
  it('reads "Harper & Lowe" as one firm, which no "she" refers to', () => {
    const statements = found(['Harper & Lowe CEO Ana Reidy met the buyers on Monday. In the third call, "he threatened our business," she said.']);
    expect(speakerOf('he threatened our business', statements)).toBe('Ana Reidy');
  });
});

describe('pronouns of a person', () => {
  it('never gives "he" or "she" to a body named by its web address or as a union of states', () => {
    const statements = found([
      'Kindle chief Tom Hale testified on Monday. "We lost titles," he said. At times, Harbor.com told publishers it might change terms. "We were not ready," he said.',
      'At times, the British Commonwealth told members it would help. "The rules were harsh," she said.',
    ]);
    expect(speakerOf('We were not ready', statements)).not.toBe('Harbor.com');
    expect(speakerOf('The rules were harsh', statements)).not.toBe('British Commonwealth');
  });
});

describe('one quoted word inside reported speech', () => {
  it('is the speaker\'s term, kept in the reported clause, and no direct statement of its own', () => {
    const spanish = found(['La ministra Ana Ruiz defendió que se fijen "criterios" para el gasto.'], 'es');
    expect(spanish).toEqual([{ kind: 'indirect', text: 'se fijen "criterios" para el gasto', speaker: 'Ana Ruiz' }]);
    const english = found(['The minister, Ana Ruiz, said the plan was "a magnificent park" for the city.']);
    expect(english.filter((statement) => statement.kind === 'direct').map((statement) => statement.text)).toEqual(['a magnificent park']);
  });
});
