/**
 * The scoring of scripts/eval/quotes-real.ts on articles written here: a speaker written with an acronym the other name
 * spells out is the same speaker, and statements outside the annotated body (a deck above it, an embedded post) are
 * neither right nor wrong, as the gold's scope rules say.
 */
import { describe, expect, it } from 'vitest';
import { sameName, scorePage, type GoldPage } from '../../scripts/eval/quotes-real.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/index.js';

describe('one speaker written with an acronym or spelt out', () => {
  it('matches an acronym with the words it spells, and nothing else', () => {
    expect(sameName('Relatoría Especial de la CIDH', 'Relatoría Especial de la Comisión Interamericana de Derechos Humanos')).toBe(true);
    expect(sameName('the WHO', 'the World Health Organization')).toBe(true);
    expect(sameName('Relatoría Especial de la CIDH', 'Relatoría Especial de la Corte Interamericana')).toBe(false);
    expect(sameName('Ana Gil', 'Ana García Ibáñez Lara')).toBe(false);
  });

  it('counts a statement credited to the spelt-out name as found and right', () => {
    const article = articleFromParagraphs({ id: 'p', title: 'P', date: null, language: 'es' }, [
      'La Comisión Interamericana de Derechos Humanos (CIDH) advirtió que la ley limita la libertad de prensa.',
    ]);
    const gold: GoldPage = { language: 'es', file: 'p.html', statements: [{ speaker: 'CIDH', kind: 'indirect', text: 'la ley limita la libertad de prensa', construction: 'preposed-verb' }] };
    const score = scorePage('p', gold, article, extractStatements(article), false);
    expect([score.correct, score.predicted, score.missed.length]).toEqual([1, 1, 0]);
  });
});

describe('statements outside the annotated body', () => {
  it('counts neither a deck above the body nor an embedded post', () => {
    const article = articleFromParagraphs({ id: 'p', title: 'P', date: null, language: 'en' }, [
      'Grid managers argue that a lack of power prompted the blackouts.',
      'As temperatures rose on Friday, the utilities cut power to thousands of homes.',
      '“We had no choice,” said Ann Lee, a spokeswoman for the operator.',
      'Power is back in every district. — Rosa Valcárcel (@rosavalcarcel) May 2, 2024',
    ]);
    const gold: GoldPage = {
      language: 'en',
      file: 'p.html',
      body_starts: 'As temperatures rose on Friday',
      body_ends: 'a spokeswoman for the operator.',
      statements: [{ speaker: 'Ann Lee', kind: 'direct', text: 'We had no choice', construction: 'postposed-verb' }],
    };
    const statements = extractStatements(article);
    expect(statements.length).toBeGreaterThanOrEqual(3);
    const score = scorePage('p', gold, article, statements, false);
    expect([score.correct, score.predicted, score.outOfScope, score.wrong]).toEqual([1, 1, statements.length - 1, []]);
  });
});
