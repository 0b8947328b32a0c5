/**
 * Stand-in for `splitSentences` from src/corpus/sentences.ts, which had not landed when /quote was written.
 * When it does, import it in extract.ts instead and delete this file. extract.ts never cuts inside a
 * quotation whatever the splitter does, so either splitter gives the same statements on quoted text.
 */
import type { TextSpan } from '../corpus/types.js';

export function splitSentences(text: string): TextSpan[] {
  const segmenter = new Intl.Segmenter('es', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((segment) => ({ start: segment.index, end: segment.index + segment.segment.length }));
}
