import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/corpus/split.js';
import type { TextSpan } from '../../src/corpus/types.js';

/** An article body as buildCorpus makes one: paragraphs joined by a blank line, with their spans. */
function body(paragraphs: string[]): { id: string; text: string; paragraphs: TextSpan[]; language: string } {
  const spans: TextSpan[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    spans.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + 2;
  }
  return { id: 'art', text: paragraphs.join('\n\n'), paragraphs: spans, language: 'es' };
}

const word = fc.oneof(
  fc.constantFrom('el', 'presidente', 'dijo', 'que', 'Sr.', 'EE.UU.', 'a. m.', '“no', 'habrá', 'acuerdo”', 'ayer', 'Moscú', '3,5', 'J.', 'vs.'),
  fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcdefghijklmnñopqrstuvwxyzáéíóú'.split('')) }),
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 40 }), fc.constantFrom('.', '?', '!', '…', '”.', ''))
  .map(([words, end]) => words.join(' ').replace(/^./, (first) => first.toUpperCase()) + end);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((sentences) => sentences.join(' '));
// Some paragraphs are one enormous "sentence" with no punctuation at all.
const enormous = fc.array(word, { minLength: 150, maxLength: 400 }).map((words) => words.join(' '));
const article = fc.array(fc.oneof({ weight: 5, arbitrary: paragraph }, { weight: 1, arbitrary: enormous }), { minLength: 1, maxLength: 6 }).map(body);

describe('splitPassages', () => {
  it('gives passages whose offsets map back to the text, inside one paragraph, with sequential ids', () => {
    fc.assert(
      fc.property(article, (input) => {
        const passages = splitPassages(input);
        passages.forEach((passage, n) => {
          expect(passage.text).toBe(input.text.slice(passage.start, passage.end));
          expect(passage).toMatchObject({ id: `art#${n}`, articleId: 'art', n });
          const paragraph = input.paragraphs[passage.paragraph]!;
          expect(passage.start).toBeGreaterThanOrEqual(paragraph.start);
          expect(passage.end).toBeLessThanOrEqual(paragraph.end);
          expect(passage.text).not.toMatch(/^\s|\s$|\n/);
        });
      }),
    );
  });

  it('cuts a paragraph the same way wherever it stands: as its article splits it, so it splits alone', () => {
    fc.assert(
      fc.property(article, (input) => {
        const inArticle = splitPassages(input).map(({ paragraph, start, end }) => input.text.slice(start, end) + `@${paragraph}`);
        const alone = input.paragraphs.flatMap((span, paragraph) => splitPassages(body([input.text.slice(span.start, span.end)])).map(({ text }) => `${text}@${paragraph}`));
        expect(inArticle).toEqual(alone);
      }),
    );
  });

  it('covers every word of the text exactly once, in reading order', () => {
    fc.assert(
      fc.property(article, (input) => {
        const passages = splitPassages(input);
        for (let index = 1; index < passages.length; index++) expect(passages[index]!.start).toBeGreaterThanOrEqual(passages[index - 1]!.end);
        const words = (text: string) => text.split(/\s+/).filter(Boolean);
        expect(passages.flatMap((passage) => words(passage.text))).toEqual(words(input.text));
      }),
    );
  });

  it('keeps passages short enough to cite', () => {
    fc.assert(
      fc.property(article, (input) => {
        for (const passage of splitPassages(input)) expect(passage.text.length).toBeLessThanOrEqual(600);
      }),
    );
  });

  it('keeps ids stable: adding a paragraph at the end changes none of the earlier passages', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), paragraph, (paragraphs, added) => {
        const before = splitPassages(body(paragraphs));
        const after = splitPassages(body([...paragraphs, added]));
        expect(after.slice(0, before.length)).toEqual(before);
      }),
    );
  });

  it('groups a few whole sentences of a paragraph and never cuts one in the middle', () => {
    const sentences = [
      'El alcalde presentó ayer el plan.',
      'La oposición lo criticó con dureza.',
      'El pleno lo votará en mayo.',
      'Los vecinos podrán presentar alegaciones hasta el viernes.',
    ];
    const passages = splitPassages(body([sentences.join(' '), 'Fin de la sesión.']));
    expect(passages.map((passage) => passage.text)).toEqual([sentences.slice(0, 3).join(' '), sentences[3], 'Fin de la sesión.']);
    expect(passages.map((passage) => [passage.id, passage.paragraph])).toEqual([['art#0', 0], ['art#1', 0], ['art#2', 1]]);
  });

  it('cuts a sentence too long to cite at word boundaries', () => {
    const words = Array.from({ length: 200 }, (_, index) => `palabra${index}`);
    const passages = splitPassages(body([words.join(' ')]));
    expect(passages.length).toBeGreaterThan(1);
    expect(passages.flatMap((passage) => passage.text.split(' '))).toEqual(words);
  });
});
