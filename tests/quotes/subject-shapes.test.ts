/** Subjects of verbs of saying in shapes of English press writing: compound titles, adverbs inside the verb group, a pronoun in a joined clause. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a title whose role noun follows a capitalised institution noun', () => {
  it('credits the person, not the whole run, and lets a later pronoun refer to them', () => {
    expect(statements(['Police Chief Tom Brady said officers had secured the building.'])).toEqual([
      { kind: 'indirect', text: 'officers had secured the building', speaker: 'Tom Brady' },
    ]);
    expect(statements(['Police Commissioner Tom Brady arrived at the scene at noon. He said officers had secured the building.'])).toEqual([
      { kind: 'indirect', text: 'officers had secured the building', speaker: 'Tom Brady' },
    ]);
  });
});

describe('adverbs between the auxiliary and the verb of saying', () => {
  it('reads "have long argued" and "has repeatedly said" as one verb group with its subject', () => {
    expect(statements(['Scientists have long argued that the telescope would revolutionize the field.'])).toEqual([
      { kind: 'indirect', text: 'the telescope would revolutionize the field', speaker: 'Scientists' },
    ]);
    expect(statements(['The mayor, Ana Ruiz, has repeatedly said that the budget is balanced.'])).toEqual([
      { kind: 'indirect', text: 'the budget is balanced', speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('a pronoun opening a joined clause', () => {
  it('refers to the subject of the clause it is joined to', () => {
    expect(statements(['Tom Brady arrived at the scene at noon, and he said officers had secured the building.'])).toEqual([
      { kind: 'indirect', text: 'officers had secured the building', speaker: 'Tom Brady' },
    ]);
  });

  it('does not take an organisation for "he"', () => {
    expect(statements(['The Harbor Authority closed the port at noon, but he said the ships were safe.'])).not.toContainEqual(expect.objectContaining({ speaker: 'Harbor Authority' }));
  });
});
