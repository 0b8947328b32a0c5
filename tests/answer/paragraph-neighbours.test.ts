/**
 * A passage is read with its paragraph's neighbours: a question restating two sentences that the split put in two
 * passages (its subject in one, the fact in the next) finds the passage with the fact, not another story's passage
 * that holds more of its words alone. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { withNeighbours } from '../../src/answer/retrieve.js';
import type { Passage } from '../../src/corpus/types.js';
import type { SearchHit } from '../../src/search/store.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { firstQuote } from '../support/first-quote.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'travesia', title: 'La travesía de 1701', date: null, language: 'es' }, [
    'Los colonos valdenses cruzaron el océano en 1701 tras años de persecución. Viajaron en tres barcos desde Rotterdam y muchos murieron en la travesía. Llegaron vivos menos de la mitad de los colonos. ' +
      'Cuando desembarcaron, las autoridades les concedieron la ciudad de Nova Mirim, a orillas del río.',
  ]),
  articleFromParagraphs({ id: 'escuela', title: 'Una escuela antigua', date: null, language: 'es' }, [
    'Los colonos valdenses fundaron una escuela en la ciudad de Turín en 1690.',
    'La escuela cerró un siglo después por falta de alumnos.',
  ]),
]);

describe('a passage read with its paragraph', () => {
  it('quotes the fact a question restates across two passages of one paragraph', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿Qué ciudad concedieron a los colonos valdenses?') });
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('Nova Mirim');
  });

  it('raises a hit by the better of its neighbours in the same paragraph only', () => {
    const passage = (n: number, paragraph: number): Passage => ({ id: `a#${n}`, articleId: 'a', n, paragraph, start: 0, end: 0, text: '', language: 'es' });
    const passages = new Map([passage(0, 0), passage(1, 0), passage(2, 1)].map((item) => [item.id, item] as const));
    const hit = (n: number, score: number): SearchHit => ({ passageId: `a#${n}`, score, matchedTerms: [], coverage: 0 });
    const ranked = withNeighbours([hit(2, 10), hit(0, 8), hit(1, 5)], (id) => passages.get(id), 0.5);
    expect(ranked.map((item) => [item.passageId, item.score])).toEqual([
      ['a#0', 10.5],
      ['a#2', 10],
      ['a#1', 9],
    ]);
  });
});
