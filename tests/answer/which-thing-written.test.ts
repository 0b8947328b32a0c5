/**
 * "¿Qué libro escribió X?" asks which book, not what X said (newcomer 22's D4): a noun right after "qué"/"what" is
 * the thing asked for, and a verb of saying or writing after it is the question's verb, not a request for quotations.
 */
import { describe, expect, it } from 'vitest';
import { askedKind } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'feria', title: 'La feria del libro de Almagro cierra con récord de visitas', date: '2024-05-12', language: 'es' }, [
    'La feria del libro de Almagro cerró el domingo con más de treinta mil visitantes, según los organizadores.',
    'La escritora Inés Calvo, invitada de honor, escribió la novela «El faro de las gaviotas» durante su estancia en la isla.',
    '«Escribir junto al mar me cambió la vida», dijo Calvo, que firmó ejemplares durante tres horas en la carpa central.',
  ]),
]);
const ask = askOf(library);

describe('a noun after "qué" before a verb of writing or saying', () => {
  it.each([
    ['¿Qué libro escribió Inés Calvo?', 'es'],
    ['¿Qué artículo publicó el diario?', 'es'],
    ['What book did the novelist write?', 'en'],
    ['¿Qué premio anunció el jurado?', 'es'],
  ] as const)('%s asks for no statement', (question, language) => {
    expect(askedKind(question, language)?.type).not.toBe('statement');
  });

  it.each([
    ['¿Qué dijo Inés Calvo?', 'es'],
    ['¿Qué le escribió Calvo al alcalde?', 'es'],
    ['¿Qué ha afirmado la escritora?', 'es'],
    ['What did the novelist write?', 'en'],
  ] as const)('%s still asks what was said', (question, language) => {
    expect(askedKind(question, language)?.type).toBe('statement');
  });

  it('is answered by the sentence that names the novel', async () => {
    const result = await ask('¿Qué novela escribió Inés Calvo?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('El faro de las gaviotas');
  });
});
