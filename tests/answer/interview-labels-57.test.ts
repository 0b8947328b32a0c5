/**
 * An interview's turn labels ("P."/"R.", "Q:"/"A:") say who speaks; an /ask excerpt never shows them as if they were
 * the story's words, nor runs from one turn into the other (issue 16, stop 57). Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'puerto', title: 'Irene Vidal: «El puerto de Vilarén necesita otra grúa»', date: '2024-02-05', language: 'es' }, [
    'Irene Vidal Costa preside desde 2021 la autoridad portuaria de Vilarén. Hablamos con ella en su despacho del muelle.',
    'P. ¿Cuántos contenedores movió el puerto de Vilarén el año pasado?',
    'R. Movimos 84.000 contenedores, un doce por ciento más que en 2022.',
    'P. ¿Qué necesita el puerto para crecer?',
    'R. Una grúa nueva para el muelle norte, que costará nueve millones.',
  ]),
  articleFromParagraphs({ id: 'farm', title: 'Tom Reyes: "The orchard will survive the frost"', date: '2024-03-01', language: 'en' }, [
    'Tom Reyes has grown apples at Hollin Farm for thirty years. We spoke to him in his packing shed.',
    'Q: How many trees did the frost kill at Hollin Farm?',
    'A: We lost about 300 trees, most of them in the lower field.',
  ]),
]);
const ask = askOf(library);

describe('interview turn labels in /ask excerpts', () => {
  it.each([
    ['¿Cuántos contenedores movió el puerto de Vilarén el año pasado?', '84.000'],
    ['¿Cuánto costará la grúa del muelle norte de Vilarén?', 'nueve millones'],
    ['How many trees did the frost kill at Hollin Farm?', '300 trees'],
  ])('%s: the excerpt holds the answer without a label', async (question, answer) => {
    const result = await ask(question);
    const excerpt = result.citations[0]?.excerpt ?? '';
    expect(excerpt).toContain(answer);
    expect(excerpt).not.toMatch(/(?:^|\s)(?:[PRQ]\.|[QA]:)\s/u);
  });
});
