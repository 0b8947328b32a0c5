/**
 * Verbs of praise and blame, and a verb after "but" in other languages (issue 16): "elogia o trabalho da equipe" names what
 * was judged, not what was said; "…, mas afirmou que…" shares the subject of the clause before, never a clause as a speaker.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Teste', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('verbs of praise and blame', () => {
  it('report nothing with only a noun object', () => {
    expect(statements(['La ministra Elena Soto elogió la labor de los bomberos.', 'El diputado Luis Mora criticó duramente la decisión del tribunal.'], 'es')).toEqual([]);
    expect(statements(['Mayor Ana Ruiz criticized the court’s decision.', 'Governor Tom Hale praised the volunteers.'], 'en')).toEqual([]);
  });

  it('report the clause after "que" and the complement that gives a reason', () => {
    expect(statements(['La ministra Elena Soto criticó que el tribunal no haya escuchado a las víctimas.'], 'es')).toEqual([
      { kind: 'indirect', text: 'el tribunal no haya escuchado a las víctimas', speaker: 'Elena Soto' },
    ]);
    expect(statements(['Governor Tom Hale criticized the city for failing to clear the roads.'], 'en')).toEqual([
      { kind: 'indirect', text: 'criticized the city for failing to clear the roads', speaker: 'Tom Hale' },
    ]);
  });
});

describe('a verb after "but"', () => {
  it('shares the subject of the clause before its comma, in Spanish and Portuguese alike', () => {
    expect(statements(['El senador Mario Vidal evita comentar la decisión, pero afirmó que la reforma es necesaria.'], 'es')).toEqual([
      { kind: 'indirect', text: 'la reforma es necesaria', speaker: 'Mario Vidal' },
    ]);
    // The role opening the clause before is the senator named earlier; the clause is never the speaker.
    const paragraphs = ['O senador Mário Vidal apresentou a proposta na terça-feira.', 'O senador evita comentar as chances de aprovação da PEC, mas afirmou que a reforma é necessária.'];
    expect(statements(paragraphs, 'pt')).toEqual([{ kind: 'indirect', text: 'a reforma é necessária', speaker: 'Mário Vidal' }]);
  });

  it('goes on with what was reported after "but" and a preposition, a contrast of a phrase', () => {
    expect(statements(['O senador Mário Vidal ponderou não se tratar de uma crítica, mas de uma "pontuação jurídica e técnica".'], 'pt')).toEqual([
      { kind: 'indirect', text: 'não se tratar de uma crítica, mas de uma "pontuação jurídica e técnica"', speaker: 'Mário Vidal' },
      { kind: 'direct', text: 'pontuação jurídica e técnica', speaker: 'Mário Vidal' },
    ]);
  });
});
