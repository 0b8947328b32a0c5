/**
 * A count question that narrows its noun to a part ("¿Cuántos trasplantes de riñón…?") is answered by the sentence giving
 * the part's count beside the narrowing word ("Los de riñón fueron los más numerosos, con 3.910 operaciones"), not by the
 * story's lead, which counts the noun itself but gives the whole ("6.120 trasplantes de órganos"): a reader would take
 * the total for the part (blind newcomer 29's kind). Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const ask = askOf(
  await libraryOf([
    articleFromParagraphs({ id: 'trasplantes', title: 'España bate su récord de trasplantes con 6.120 intervenciones en 2025', date: '2026-01-15', language: 'es' }, [
      'España realizó el año pasado 6.120 trasplantes de órganos, la cifra más alta de su historia, según el balance que presentó este jueves la Organización Nacional de Trasplantes en Madrid.',
      'Los de riñón fueron otra vez los más numerosos, con 3.910 operaciones, seguidos de los de hígado, que sumaron 1.320, y los de pulmón, con 560.',
      'La tasa de donantes alcanzó los 52 por millón de habitantes, muy por encima de la media europea.',
    ]),
    articleFromParagraphs({ id: 'shelters', title: 'Council opens 14 new shelters as homelessness rises', date: '2026-02-20', language: 'en' }, [
      'The city council opened 14 new shelters this winter, bringing the total number of emergency beds to 2,300, officials said on Monday.',
      'Family beds remain the scarcest: the council now offers 410 of them, against 1,890 for single adults.',
      'Charities said the figures still fell short of demand.',
    ]),
  ]),
);

const firstQuote = (answer: string) => answer.split(/[»”]/u)[0] ?? '';

describe('a part asked where the story leads with the whole', () => {
  it.each([
    ['¿Cuántos trasplantes de riñón se hicieron en España el año pasado?', '3.910'],
    ['¿Cuántos trasplantes de pulmón se realizaron?', '560'],
    ['How many family beds does the council offer?', '410'],
  ])('%s quotes the part’s count first', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result.answer)).toContain(figure);
  });

  it.each([
    ['¿Cuántos trasplantes de órganos se hicieron en España el año pasado?', '6.120'],
    ['How many emergency beds does the city have?', '2,300'],
  ])('%s still quotes the whole when it is asked', async (question, figure) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result.answer)).toContain(figure);
  });
});
