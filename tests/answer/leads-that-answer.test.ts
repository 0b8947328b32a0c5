/**
 * A passage that answers is not offered as "not answering": a part of a compound question whose
 * subject is the other part's, and a question refused while a lead holds what it asks for next to
 * its words. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const article = (id: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Noticia ${id}`, date: '2024-03-12', language: 'es' }, paragraphs);

const library = await libraryOf([
  article('naviera', [
    'La naviera Portomar ha vendido tres buques de carga a la empresa Atlántica Sur.',
    'Según el registro mercantil, Portomar entregó los buques a Atlántica Sur a cambio de la concesión del muelle de Vilanova durante veinte años.',
    'El consejo de administración aprobó la operación por unanimidad.',
  ]),
  article('puerto', [
    'El puerto de Vilanova recibió el año pasado más de dos millones de toneladas de mercancías.',
    'La autoridad portuaria prevé ampliar el muelle norte antes de 2027.',
  ]),
  article('obras', [
    'El Ayuntamiento de Sotillo aprobó el plan de reforma de la plaza Mayor con los votos del gobierno municipal.',
    'El alcalde, Ramón Ferrer, aseguró que las primeras obras comenzarán en septiembre.',
  ]),
]);

const ask = askOf(library);

describe('a lead that answers', () => {
  it('answers the part of a compound question whose subject is the other part’s from the sentence that says it of that subject', async () => {
    const result = await ask('¿Qué buques vendió Portomar a Atlántica Sur y qué obtendría a cambio?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    const [, second] = result.answer.split('\n');
    expect(second).toMatch(/^¿Qué obtendría a cambio\? /u);
    expect(second).toContain('concesión del muelle de Vilanova');
  });
});

describe('a refusal beside a passage that may answer', () => {
  it('does not say that a lead holding a date next to the question’s words does not answer "¿Cuándo…?"', async () => {
    const result = await ask('¿Cuándo empezarán las obras?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    if (!result.refused) return expect(result.answer).toContain('septiembre');
    expect(result.citations[0]?.excerpt).toContain('comenzarán en septiembre');
    expect(result.answer).not.toMatch(/no la responden/u);
    expect(result.answer).toMatch(/podría responderla: \[1\]/u);
  });

  it('still says so of leads that only share the question’s words', async () => {
    const result = await ask('¿Cuándo dimitirá el alcalde de Sotillo?');
    expect(result.refused).toBe(true);
    expect(result.answer).not.toMatch(/podría responderla/u);
  });
});
