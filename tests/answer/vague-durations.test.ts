/**
 * "How long" answered in words: "durante varios años", "for decades". The count rule refuses a question asking how
 * much or how long whose quoted sentences hold no number; a vague quantity of a unit of time, or a plural unit of time
 * a preposition of duration governs, is one. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { carriesAnswerType } from '../../src/answer/answer-type.js';
import { assessQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

describe('a vague duration', () => {
  it('answers how long: the sentence that says "durante décadas" is quoted, not refused for want of a figure', async () => {
    const { index, articles } = await libraryOf([
      articleFromParagraphs({ id: 'molino', title: 'El molino de Arbeteta vuelve a moler', date: '2025-05-02', language: 'es' }, [
        'El molino harinero de Arbeteta permaneció cerrado durante décadas tras la marcha de la última familia de molineros.',
        'La asociación de vecinos organiza visitas guiadas los sábados por la mañana.',
      ]),
    ]);
    const assessment = await assessQuestion({ index, articles, question: checked('¿Cuánto tiempo permaneció cerrado el molino harinero de Arbeteta?') });
    expect(assessment.countUnmet).toBe(false);
    expect(assessment.answer()?.result.citations[0]?.excerpt).toContain('durante décadas');
  });

  it('is a quantity word before a unit of time, or a preposition of duration before a plural one, in Spanish or English', () => {
    const none = new Set<string>();
    expect(carriesAnswerType('Las obras se alargaron varios meses más de lo previsto.', 'number', none)).toBe(true);
    expect(carriesAnswerType('The bridge stayed closed for years.', 'number', none)).toBe(true);
    expect(carriesAnswerType('It will take several weeks to repair.', 'number', none)).toBe(true);
    // A vague count of something else, or a unit of time with no quantity, says no duration.
    expect(carriesAnswerType('Lo advierten varios vecinos del barrio.', 'number', none)).toBe(false);
    expect(carriesAnswerType('Los años de la posguerra fueron duros.', 'number', none)).toBe(false);
  });
});
