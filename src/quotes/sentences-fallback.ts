import type { TextSpan } from '../corpus/types.js';
// TEMPORARY until src/corpus/sentences.ts lands.
export function splitSentences(text: string): TextSpan[] {
  const segmenter = new Intl.Segmenter('es', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}
