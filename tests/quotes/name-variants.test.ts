/**
 * One person spelt two ways in one article is one actor (newcomer 19's D5: "Hauser said" after "Trevor Houser" gave a
 * second actor), only when it is safe: the surnames one edit apart, two full names sharing the first name, a surname
 * alone written once right after the person's words and near nobody else's surname.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs, quoteBookOf } from '../fixtures/quotes/load.js';

const speakers = (paragraphs: string[]) => extractStatements(articleFromParagraphs({ id: 'variants', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ speaker }) => speaker);

describe('a name spelt two ways', () => {
  it('reads a surname slip after the person’s words as theirs', () => {
    const paragraphs = ['“The harbour is full,” said Marta Kellner, who runs the port.', 'Kellner said ships were waiting.', '“We need another crane,” Kellnor said.'];
    expect(speakers(paragraphs)).toEqual(['Marta Kellner', 'Marta Kellner', 'Marta Kellner']);
    expect(quoteBookOf('en', paragraphs).lookup('Kellner').statements).toHaveLength(3);
  });

  it('merges two full names that share the first name', () => {
    expect(speakers(['Paul Brandner said the dam was safe.', 'Paul Brandner said inspections would go on.', 'Paul Brendner said the river had peaked.'])).toEqual(['Paul Brandner', 'Paul Brandner', 'Paul Brandner']);
  });

  it('keeps apart full names with other first names', () => {
    expect(speakers(['Paul Brandner said the dam was safe.', 'Eva Brendner said the river had peaked.'])).toEqual(['Paul Brandner', 'Eva Brendner']);
    // A particle is no first name: "Al-Hamdan" and "Al-Hamdin" are two families' names.
    expect(speakers(['Al-Hamdan said the camp was full.', 'Al-Hamdin said the camp was quiet.'])).toEqual(['Al-Hamdan', 'Al-Hamdin']);
  });

  it('keeps apart a surname near two people’s surnames', () => {
    const paragraphs = ['Ruth Bergen said the school would open.', 'Dan Berger said the roads were clear.', '“It is a fine day,” Bergel said.'];
    expect(speakers(paragraphs)).toEqual(['Ruth Bergen', 'Dan Berger', 'Bergel']);
  });
});
