/** Answers over a corpus of several languages: each article analysed in its own, each excerpt labelled with its own. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { checked } from '../support/checked.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { libraryOf } from '../support/seed-library.js';

const article = (id: string, language: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Title ${id}`, date: '2024-06-12', language }, paragraphs);

const library = await libraryOf([
  article('embalse', 'es', [
    'El embalse de Riolobos alcanzó el 80 % de su capacidad tras las lluvias de la primavera, informó la confederación hidrográfica.',
    'Los regantes celebraron la noticia y pidieron que se mantenga el caudal ecológico del río durante el verano.',
  ]),
  article('elecciones', 'es', ['Las elecciones municipales se celebrarán en octubre y los partidos ya preparan sus candidaturas en las principales ciudades.']),
  article('floods', 'en', [
    'Heavy rain flooded two hospitals in the north of the city on Tuesday, officials said.',
    'The mayor promised new drains before the next rainy season.',
  ]),
  article('santos', 'pt', ['O porto de Santos recebeu dois navios de carga na segunda-feira, segundo a autoridade portuária.']),
  article('tokyo', 'ja', ['東京都は十日、大地震に備える新しい防災計画を発表した。計画では避難所を三百か所増やす。']),
]);
const ask = (question: string) => answerQuestion({ index: library.index, articles: library.articles, question: checked(question), maxCitations: 5 });

describe('answers across the articles\' languages', () => {
  it('answers an English question from an English article of a Spanish corpus, without calling it a quotation in another language', async () => {
    const result = await ask('Which hospitals were flooding on Tuesday?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result).toMatchObject({ language: 'en', refused: false });
    expect(result.citations[0]?.articleId).toBe('floods');
    expect(result.answer).toMatch(/^According to the articles:/);
  });

  it('labels an English excerpt quoted to a Spanish question as English, not Spanish', async () => {
    const result = await ask('¿Qué prometió el mayor sobre los drains?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.articleId).toBe('floods');
    expect(result.answer).toContain('(cita en inglés)');
  });

  it('labels a Portuguese excerpt as Portuguese', async () => {
    const result = await ask('¿Cuántos navios de carga recibió el porto de Santos?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.articleId).toBe('santos');
    expect(result.answer).toContain('(cita en portugués)');
  });

  it('answers a Japanese question from a Japanese article', async () => {
    const result = await ask('東京都が発表した防災計画は？');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.articleId).toBe('tokyo');
    expect(result.citations[0]?.highlights.length).toBeGreaterThan(0);
  });
});
