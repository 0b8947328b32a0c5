/**
 * A capitalised function word of the article's language at a sentence's start is no part of a name (issue 16, eleventh
 * round): a Portuguese conjunction or determiner ("Embora", "Outra"), a French or Italian connector ("Cependant",
 * "Tuttavia"), a German subordinator ("Obwohl") is capitalised only because it opens the sentence. Read as a name it
 * became a speaker, or the fullest name of someone the article names by surname ("Embora Mendes" for "Mendes").
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { functionWordsOf } from '../../src/text/stop-words.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Teste', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a function word of the article’s language opening a sentence', () => {
  it('does not join the surname after it into a longer name (Portuguese conjunction)', () => {
    expect(found([
      'A deputada Carla Mendes visitou a fábrica na segunda-feira.',
      'Embora Mendes tenha elogiado a obra, a prefeitura adiou a inauguração.',
      'Mendes afirmou que a obra será entregue em junho.',
    ], 'pt')).toEqual([{ kind: 'indirect', text: 'a obra será entregue em junho', speaker: 'Carla Mendes' }]);
  });

  it('is no speaker that a later quotation would go to (Portuguese determiner)', () => {
    expect(found([
      'O vereador Tiago Lopes votou contra o projeto.',
      'Outra crítica feita por ele é o custo da obra.',
      '"O orçamento não fecha", disse.',
    ], 'pt')).toEqual([{ kind: 'direct', text: 'O orçamento não fecha', speaker: 'Tiago Lopes' }]);
  });

  it('holds for the languages the project detects, and only for the article’s own', () => {
    expect(functionWordsOf('pt')?.has('embora')).toBe(true);
    expect(functionWordsOf('fr')?.has('cependant')).toBe(true);
    expect(functionWordsOf('it')?.has('tuttavia')).toBe(true);
    expect(functionWordsOf('de')?.has('obwohl')).toBe(true);
    // Spanish and English have the quote lexicon's lists: Snowball's Spanish one would take "Estados Unidos" for a verb form.
    expect(functionWordsOf('es')).toBeUndefined();
    expect(functionWordsOf('en')).toBeUndefined();
  });
});
