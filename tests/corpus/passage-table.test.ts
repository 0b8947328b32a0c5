/**
 * Passages kept as columns (corpus/passage-table.ts): what a restart restores instead of a million
 * passage objects. Each passage read from the table must be the passage the corpus split, and every
 * id must find its position while nothing that is not a passage's id does.
 */
import { describe, expect, it } from 'vitest';
import { compactArticle, spanPairs } from '../../src/corpus/compact.js';
import { passageTable, tableOfPassages, PASSAGE_FIELDS } from '../../src/corpus/passage-table.js';
import { splitPassages } from '../../src/corpus/split.js';
import type { Article, Passage } from '../../src/corpus/types.js';

/** An article of `paragraphs`, compact as a restart makes it. */
function article(id: string, language: string, paragraphs: string[]): Article {
  const text = paragraphs.join('\n\n');
  let start = 0;
  const spans = paragraphs.map((paragraph) => {
    const span = { start, end: start + paragraph.length };
    start += paragraph.length + 2;
    return span;
  });
  return compactArticle({ id, title: id, outlet: null, author: null, date: null, language, words: 0 }, Buffer.from(text, 'utf8'), spanPairs(spans));
}

/** The [paragraph, start, end] triples the snapshot stores for an article's passages. */
function triples(passages: Passage[]): Uint32Array {
  return Uint32Array.from(passages.flatMap(({ paragraph, start, end }) => [paragraph, start, end]));
}

const plain = (passage: Passage) => JSON.parse(JSON.stringify(passage)) as Passage;

const ARTICLES = [
  article('2024/ayer', 'es', ['El “BCE” subió los tipos al 4,5 %. Lagarde dijo que no han terminado.', 'Un segundo párrafo con 🚀 y 宇宙, fuera del plano básico.']),
  article('vacío', 'es', []),
  article('weird#id', 'en', ['The probe sent 312 images of Io. Its volcanoes erupted again on Tuesday.']),
];
const SPLIT = ARTICLES.map((one) => splitPassages(one));

describe('a table of passages', () => {
  const table = passageTable(ARTICLES, SPLIT.map(triples));
  const all = SPLIT.flat();

  it('gives back each passage the corpus split, in order, with its id, text and language', () => {
    expect(table.length).toBe(all.length);
    all.forEach((passage, position) => {
      expect(plain(table.at(position))).toEqual(plain(passage));
      expect(table.idAt(position)).toBe(passage.id);
      expect(table.languageAt(position)).toBe(passage.language);
      expect(table.positionOf(passage.id)).toBe(position);
    });
  });

  it('finds no position for what is not a passage id of the table', () => {
    const first = all[0]!.articleId;
    for (const id of [`${first}#01`, `${first}#-1`, `${first}#1.0`, `${first}# 1`, `${first}#`, `${first}#99`, 'otro#0', first, 'weird#0', 'vacío#0', '']) {
      expect(table.positionOf(id)).toBeUndefined();
    }
    // An article id may hold '#' itself.
    expect(table.positionOf('weird#id#0')).toBe(all.findIndex((passage) => passage.id === 'weird#id#0'));
  });

  it('refuses positions outside it and span lists that do not fit its articles', () => {
    for (const position of [-1, all.length, 0.5]) expect(() => table.at(position)).toThrow(RangeError);
    expect(() => passageTable(ARTICLES, [])).toThrow(/every article/);
    expect(() => passageTable(ARTICLES.slice(0, 1), [new Uint32Array(PASSAGE_FIELDS + 1)])).toThrow(/whole triples/);
  });

  it('reads passages already made the same way', () => {
    const made = tableOfPassages(all);
    expect(made.length).toBe(all.length);
    all.forEach((passage, position) => {
      expect(made.at(position)).toBe(passage);
      expect(made.positionOf(passage.id)).toBe(position);
    });
    expect(made.positionOf('otro#0')).toBeUndefined();
    expect(() => made.at(all.length)).toThrow(RangeError);
  });
});
