/**
 * The story a question is about, told by its headline: of two sentences that hold as much of the question, the one whose
 * story's headline names the rest of it is quoted first ("¿Qué empresas tecnológicas ayudan al ayuntamiento contra los
 * incendios?" beside "…a cambio de ayuda tecnológica…" in a story on mining), and the answer quotes no second sentence
 * from another story (a blind newcomer's D2: a North Korea sentence quoted for the companies helping a government
 * against hackers, the answering passage cited [2]). Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'litio', title: 'Chile y Bolivia firman un acuerdo sobre el litio', date: '2025-05-12', language: 'es' }, [
    'Los gobiernos de Chile y Bolivia firmaron el martes un acuerdo comercial en La Paz.',
    'Funcionarios de Bolivia y Chile acordaron el envío de litio a las plantas de baterías de Galicia a cambio de ayuda tecnológica.',
    'El acuerdo entrará en vigor en enero.',
  ]),
  articleFromParagraphs({ id: 'incendios', title: 'El ayuntamiento de Ourense redobla su plan contra los incendios', date: '2025-07-03', language: 'es' }, [
    'El plan de choque aprobado el jueves suma cuarenta brigadistas y dos puntos de vigilancia en el monte de Montealegre.',
    'Además, colaboran empresas de tecnología como Dronia y Aerovisa, que vigilan los montes de Galicia con drones.',
  ]),
]);
const ask = askOf(library);

describe('the story a headline names', () => {
  const question = '¿Qué empresas tecnológicas ayudan a Galicia contra los incendios?';

  it('quotes first the sentence of the story whose headline names the rest of the question', async () => {
    const result = await ask(question);
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('Dronia y Aerovisa');
  });

  it('quotes no sentence of another story beside it', async () => {
    const result = await ask(question);
    expect(result.answer).not.toContain('ayuda tecnológica');
  });
});
