/**
 * A question may name the month and year of the stories it asks about ("¿Qué dijo la alcaldesa en marzo de
 * 2024?"): stories seldom write their own publication date, so the date they were published on answers for it.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const story = (id: string, date: string | null, paragraphs: string[]) => articleFromParagraphs({ id, title: `Pleno de Brañosa (${id})`, date, language: 'es' }, paragraphs);

const library = await libraryOf([
  story('marzo', '2024-03-12', [
    'La alcaldesa de Brañosa, Ana Gil, dijo el martes que el nuevo puente sobre el río Lera abrirá antes del verano.',
    'La oposición pidió que se publiquen los informes técnicos de la obra antes de la inauguración.',
  ]),
  story('mayo', '2024-05-21', [
    'En el pleno de ayer, Ana Gil, que es alcaldesa desde 2019, dijo que la piscina municipal cerrará dos semanas por reformas.',
    'Los vecinos del barrio alto recogieron firmas para que las obras se hagan en invierno.',
  ]),
]);
const ask = askOf(library);

describe('a month and year in the question', () => {
  it.each([
    ['¿Qué dijo la alcaldesa Ana Gil en marzo de 2024?', 'puente'],
    ['¿Qué dijo la alcaldesa Ana Gil en mayo de 2024?', 'piscina'],
    ['¿Qué dijo Ana Gil en mayo?', 'piscina'],
  ])('%s is answered from the story published then', async (question, about) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain(about);
  });
});

describe('one thing asked of two occasions', () => {
  it('is answered part by part, each from its own story', async () => {
    const result = await ask('¿Qué dijo Ana Gil en marzo de 2024 y qué en mayo de 2024?');
    const [march, may] = result.answer.split('\n');
    expect(march).toMatch(/^¿Qué dijo Ana Gil en marzo de 2024\? .*puente/u);
    expect(may).toMatch(/^¿Qué en mayo de 2024\? .*piscina/u);
  });
});
