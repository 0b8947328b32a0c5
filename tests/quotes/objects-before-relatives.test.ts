/**
 * A relative clause on a verb's object, and an English clause without "that" holding a later "that" (issue 16):
 * "The minister met Senator Ana Ruiz, who said…" is Ruiz's, never "Minister met Senator Ana Ruiz"'s; "said the offences
 * were proof that…" reports from "the offences".
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'objects', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a relative clause on a verb’s object', () => {
  it('credits the titled name the verb takes as its object, not the clause before it', () => {
    expect(statements(['The mayor met Senator Ana Ruiz, who said the bridge would reopen in May.'])).toEqual([
      { kind: 'indirect', text: 'the bridge would reopen in May', speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('an English clause without "that"', () => {
  it('starts right after the verb when a finite verb comes before a later "that"', () => {
    expect(statements(['Senator Ana Ruiz said the new fines were proof that the council should wait.'])).toEqual([
      { kind: 'indirect', text: 'the new fines were proof that the council should wait', speaker: 'Ana Ruiz' },
    ]);
    // Whom it was told, or when, still comes before "that".
    expect(statements(['Senator Ana Ruiz told reporters on Monday that the council should wait.'])).toEqual([
      { kind: 'indirect', text: 'the council should wait', speaker: 'Ana Ruiz' },
    ]);
  });
});
