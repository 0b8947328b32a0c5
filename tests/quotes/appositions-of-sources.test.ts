/**
 * A long apposition between a source and what it said (blind newcomer 21's D2 and D3, as kinds): a relative after a
 * description set off after the name ("…of minister X, a former head of the court (RC), who said that…") refers to the
 * name, and the view after "Para X, <apposition>, …" is the clause after the apposition, not the apposition.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'appositions', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

describe('a relative after a described name', () => {
  it('credits the name, past a bracketed acronym, in Portuguese, Spanish and English', () => {
    expect(said('pt', ['A crise começou com a declaração do ministro Paulo Souza Lima, ex-presidente do Tribunal Regional (TRE), que disse que os juízes estão sendo pressionados.'])).toEqual([
      { kind: 'indirect', speaker: 'Paulo Souza Lima', text: 'os juízes estão sendo pressionados' },
    ]);
    expect(said('es', ['La crisis empezó con las palabras del ministro Pablo Soto Ruiz, expresidente del Tribunal Regional (TRE), quien dijo que los jueces están presionados.'])).toEqual([
      { kind: 'indirect', speaker: 'Pablo Soto Ruiz', text: 'los jueces están presionados' },
    ]);
    expect(said('en', ['The row began with remarks by minister Paul Stone, a former head of the Regional Court (RC), who said that judges were under pressure.'])).toEqual([
      { kind: 'indirect', speaker: 'Paul Stone', text: 'judges were under pressure' },
    ]);
  });

  it('never credits a place inside the description', () => {
    expect(said('en', ['The mayor met Paul Stone, a farmer from Kent, who said that the crops had failed.'])).toEqual([{ kind: 'indirect', speaker: 'Paul Stone', text: 'the crops had failed' }]);
  });
});

describe('a leading source with an apposition', () => {
  it('reports the clause after the apposition', () => {
    expect(said('pt', ['O senador Paulo Lima criticou o governo.', 'Para Lima, um dos senadores críticos ao governo, a proposta é uma manobra do presidente.'])).toEqual([
      { kind: 'indirect', speaker: 'Paulo Lima', text: 'a proposta é uma manobra do presidente' },
    ]);
    expect(said('es', ['El senador Pablo Soto criticó al Gobierno.', 'Según Soto, exministro de Hacienda, la deuda crecerá este año.'])).toEqual([{ kind: 'indirect', speaker: 'Pablo Soto', text: 'la deuda crecerá este año' }]);
  });

  it('keeps a clause whose subject has an aside of its own', () => {
    expect(said('es', ['El senador Pablo Soto criticó al Gobierno.', 'Para Soto, la propuesta, aprobada ayer, es una maniobra.'])).toEqual([{ kind: 'indirect', speaker: 'Pablo Soto', text: 'la propuesta, aprobada ayer, es una maniobra' }]);
  });
});
