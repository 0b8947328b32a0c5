/**
 * Evidence for a passage: the sentences of its paragraph around it. A seed of one unbroken line of megabytes (a
 * transcript, a dump) is one paragraph; its sentences are taken near the passage, not from the whole line, which
 * every question retrieving it would otherwise split again.
 */
import { describe, expect, it } from 'vitest';
import { gatherEvidence } from '../../src/answer/evidence.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

describe('evidence from a very long paragraph', () => {
  const filler = Array.from({ length: 4000 }, (_, i) => `El concejo revisó el expediente número ${i} sin cambios.`);
  const answer = 'El incendio consumió 300 hectáreas en Viña del Mar.';
  const line = [...filler.slice(0, 2000), answer, ...filler.slice(2000)].join(' ');
  const article = articleFromParagraphs({ id: 'acta', title: 'Acta', date: '2024-05-01', language: 'es' }, [line]);
  const paragraph = article.paragraphs[0]!;
  const start = article.text.indexOf(answer);
  const passage = { id: 'acta#0', articleId: 'acta', n: 0, paragraph: 0, start, end: start + answer.length, text: answer, language: 'es' };
  const [evidence] = gatherEvidence([{ passage, score: 1, coverage: 1, confidence: 1, matchedTerms: [] }], new Map([['acta', article]]));

  it('keeps the passage\'s own sentence and its neighbours, whole', () => {
    const sentences = (evidence?.sentences ?? []).map(({ start: from, end: to }) => article.text.slice(from, to));
    expect(sentences).toContain(answer);
    expect(sentences).toContain('El concejo revisó el expediente número 1999 sin cambios.');
    expect(sentences.every((sentence) => sentence.startsWith('El '))).toBe(true);
  });

  it('takes its sentences from near the passage, not from the whole line', () => {
    expect(paragraph.end - paragraph.start).toBeGreaterThan(200_000);
    for (const sentence of evidence?.sentences ?? []) {
      expect(Math.abs(sentence.start - start)).toBeLessThan(20_000);
    }
  });
});
