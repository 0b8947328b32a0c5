/**
 * Whom "he said" and a bare quotation continue: the speaker before a sentence about a list of relatives (plural, which
 * "he" never means), and the speaker of a sentence that ends at a broadcaster's acronym ("…, she said on NBC. “…”").
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'continuity', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

describe('pronouns and continued quotations', () => {
  it('passes "he" over a sentence that opens with a list of relatives', () => {
    expect(said(['Farmer Ahmad said the ruling meant that justice had failed. His wife, son and brother were killed.', '"The killer is free," he said. "We want him punished."'])).toEqual([
      { kind: 'indirect', speaker: 'Farmer Ahmad', text: 'the ruling meant that justice had failed' },
      { kind: 'direct', speaker: 'Farmer Ahmad', text: 'The killer is free' },
      { kind: 'direct', speaker: 'Farmer Ahmad', text: 'We want him punished.' },
    ]);
  });

  it('still leaves "he" to nobody after one unnamed relative', () => {
    expect(said(['Farmer Ahmad said the ruling meant that justice had failed. His wife, a nurse, was hurt.', '"The killer is free," he said.']).find(({ kind }) => kind === 'direct')?.speaker).toBeNull();
  });

  it('continues the speaker past a sentence that ends at an acronym', () => {
    expect(said(['Mark Lane spoke on Tuesday.', '“We should go to the summit,” Mr. Lane said on CBS. “Should we go? My advice is that I would not go.”'])).toEqual([
      { kind: 'direct', speaker: 'Mark Lane', text: 'We should go to the summit' },
      { kind: 'direct', speaker: 'Mark Lane', text: 'Should we go? My advice is that I would not go.' },
    ]);
  });
});

describe('a role as the subject of a clause opened by a subordinating preposition', () => {
  it('resolves "the president" after "after" or "before" to the president named earlier', () => {
    for (const subordinator of ['after', 'before']) {
      expect(said(['On Tuesday President Ana Ruiz declared a state of emergency.', `Troops moved in ${subordinator} the president said the attacks amounted to a declaration of war.`])).toEqual([
        { kind: 'indirect', speaker: 'Ana Ruiz', text: 'the attacks amounted to a declaration of war' },
      ]);
    }
  });

  it('still reads a role after "close to" as the complement it is', () => {
    expect(said(['Mayor Ana Ruiz spoke.', 'People close to the mayor said the plan was dead.'])).toEqual([{ kind: 'indirect', speaker: 'People close to the mayor', text: 'the plan was dead' }]);
  });
});
