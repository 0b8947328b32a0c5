/**
 * French verbs of saying spelt as Spanish subjunctives or English verbs ("estime", "explique", "indique", "assure") are
 * read as verbs of saying in a French article before "que", and only there.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'fr', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ speaker, text }) => ({ speaker, text }));

describe('a French verb of saying another language also spells', () => {
  it('reports its clause in a French article', () => {
    expect(said('fr', ['Le maire Paul Girard estime que le projet de tramway a été un échec.'])).toEqual([{ speaker: 'Paul Girard', text: 'le projet de tramway a été un échec' }]);
    expect(said('fr', ['La ministre Claire Dubois indique que les travaux dureront deux ans.'])).toEqual([{ speaker: 'Claire Dubois', text: 'les travaux dureront deux ans' }]);
  });

  it('stays a subjunctive in a Spanish article', () => {
    expect(said('es', ['Es posible que el juez Ramos estime que no hay pruebas suficientes.'])).toEqual([]);
  });
});

describe('the elided "qu’" of French reported speech', () => {
  it('opens the reported clause as "que" does', () => {
    expect(said('fr', ["La ministre Anne Roy a déclaré qu'il n'y aurait pas de hausse d'impôts."])).toEqual([{ speaker: 'Anne Roy', text: "il n'y aurait pas de hausse d'impôts" }]);
    expect(said('fr', ['Le maire Paul Girard explique qu’elle partira en mai.'])).toEqual([{ speaker: 'Paul Girard', text: 'elle partira en mai' }]);
  });
});
