import { describe, expect, it } from 'vitest';
import { endsAsQuestion } from '../../src/text/question-mark.js';

describe('a text that ends as a question', () => {
  it.each(['¿Y ahora qué?', '«¿Y ahora qué?»', '“Why now?” ', '(¿cuándo?)', "'Really?'", '[¿quién?]', '今天下雨吗？'])('%s', (text) => {
    expect(endsAsQuestion(text)).toBe(true);
  });

  it.each(['¿Por qué? Porque llovió.', 'Dijo «¿y ahora?» y se fue.', 'Sin pregunta.', '?!', ''])('not: %s', (text) => {
    expect(endsAsQuestion(text)).toBe(false);
  });
});
