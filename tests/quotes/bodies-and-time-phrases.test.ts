/**
 * Political bodies as speakers and English reports after a time phrase: an alliance or movement named with its cause
 * ("National Alliance for Justice") is one name that "the alliance" refers back to; "said on Thursday the…" reports the
 * clause after the time phrase; a description with its own relative clause set off after a name leaves the name the subject.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'bodies', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

describe('political bodies', () => {
  it('reads an alliance named with its cause whole, and "the alliance" as it', () => {
    expect(said('en', ['Supporters grouped in what they call the National Alliance for Justice urged rallies on Friday.', '"Come out against the coup," the alliance said in a statement.'])).toEqual([
      { kind: 'direct', speaker: 'National Alliance for Justice', text: 'Come out against the coup' },
    ]);
  });

  it('keeps a description with its relative clause as an apposition', () => {
    expect(said('en', ["The Green Party, the country's second-biggest group which had backed the plan, said the government would have to talk."])).toEqual([
      { kind: 'indirect', speaker: 'Green Party', text: 'the government would have to talk' },
    ]);
    expect(said('es', ['El Partido Verde, la segunda fuerza del país que había apoyado el plan, dijo que el Gobierno debe dialogar.'])).toEqual([
      { kind: 'indirect', speaker: 'Partido Verde', text: 'el Gobierno debe dialogar' },
    ]);
  });
});

describe('an English report after a time phrase', () => {
  it('reports the that-less clause after "on Thursday" or "last week"', () => {
    expect(said('en', ['Ana Ruiz said on Thursday the government would resign.'])).toEqual([{ kind: 'indirect', speaker: 'Ana Ruiz', text: 'the government would resign' }]);
    expect(said('en', ['Ana Ruiz said last week the plan was dead.'])).toEqual([{ kind: 'indirect', speaker: 'Ana Ruiz', text: 'the plan was dead' }]);
  });

  it('reports a clause whose past tense comes right before "to", and no object given to someone', () => {
    expect(said('en', ['Ana Ruiz said the attacks amounted to a declaration of war.'])).toEqual([{ kind: 'indirect', speaker: 'Ana Ruiz', text: 'the attacks amounted to a declaration of war' }]);
    expect(said('en', ['Ana Ruiz explained the planned cuts to residents.'])).toEqual([]);
  });

  it('reports nothing after a place phrase', () => {
    expect(said('en', ['Ana Ruiz said on television the plan was dead.'])).toEqual([]);
  });
});
