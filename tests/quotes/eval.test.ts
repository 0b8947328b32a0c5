import { describe, expect, it } from 'vitest';
import { evaluateQuotes, scoreQuotes } from '../support/quote-scoring.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import type { Statement } from '../../src/quotes/types.js';

describe('attribution on the hand-annotated set', () => {
  it('meets the targets: precision ≥ 0.95, recall ≥ 0.9, no misattribution', async () => {
    const report = await evaluateQuotes();
    expect(report.articles).toBeGreaterThanOrEqual(8);
    expect(report.annotated).toBeGreaterThanOrEqual(40);
    expect(report.misattributions).toEqual([]);
    expect(report.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('counts a statement given to the wrong speaker as a misattribution, not a hit', () => {
    const article = articleFromParagraphs({ id: 'x', title: 'X', date: null, language: 'es' }, ['Ana dijo que lloverá mañana.']);
    const text = 'lloverá mañana';
    const start = article.text.indexOf(text);
    const predicted: Statement = { articleId: 'x', title: 'X', date: null, kind: 'indirect', text, speaker: 'Luis', via: null, start, end: start + text.length };
    const report = scoreQuotes([article], [{ articleId: 'x', kind: 'indirect', text, speaker: 'Ana', via: null }], [predicted]);
    expect(report).toMatchObject({ precision: 0, recall: 0 });
    expect(report.misattributions).toHaveLength(1);
  });
});
