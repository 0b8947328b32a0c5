/**
 * A who-question's role ("founder" for "Who founded…?", or asked by name: "Who is the founder of…?") may be held in a
 * paragraph of the story that repeats none of the question's other words ("The group's founder, …" below the paragraph
 * naming the group): that sentence answers, not one naming someone else beside the group's name (newcomer 23's D4). A
 * capitalised word of the question is part of a name, never its verb of saying ("the Answer Collective"). A founder of
 * something else ("Microsoft's founder", "la fundadora del Ateneo") does not answer.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'choir', title: 'A gospel choir of retired nurses sings for the governor', date: '2024-09-14', language: 'en' }, [
    'A gospel choir of retired nurses, known as the Answer Collective, sang at the statehouse in Columbia on Friday.',
    'Asked why the singers picked the Answer Collective as their name, Ruth Okafor told the crowd it came from an old hymn.',
    'The choir performed six songs before the governor signed a bill on nurse staffing.',
    "The choir's founder, Delphine Moss, trained as a nurse in Charleston and started it in her church basement in 2009.",
    'Many of the members still volunteer at free clinics across the state.',
  ]),
  articleFromParagraphs({ id: 'banda', title: 'La Banda del Arenal toca en las fiestas de Lora', date: '2024-08-20', language: 'es' }, [
    'La Banda del Arenal, formada por jubilados del puerto, tocó el domingo en las fiestas de Lora ante cientos de vecinos.',
    'Preguntado por el nombre de la Banda del Arenal, Tomás Vidal explicó que el Arenal era el barrio donde ensayaban.',
    'El grupo tocó pasodobles y marchas durante dos horas en la plaza mayor.',
    'Su fundadora, Carmen Llorente, reunió a los primeros músicos en 1998 en una nave del muelle.',
  ]),
  articleFromParagraphs({ id: 'club', title: 'A chess club for children opens in Leeds', date: '2024-03-02', language: 'en' }, [
    'The Rook and Pawn chess club opened its doors to children in Leeds on Saturday, with forty players on the first day.',
    'Asked about the Rook and Pawn club, coach Harriet Lowe said the children learnt fast.',
    "Microsoft's founder, Bill Gates, once said he played chess as a boy, one of the posters on the wall reads.",
  ]),
]);
const ask = askOf(library);

describe('the holder of a role named in another paragraph of the story', () => {
  it.each([
    ['Who founded the Answer Collective?', 'Delphine Moss'],
    ['Who is the founder of the Answer Collective?', 'Delphine Moss'],
    ['¿Quién fundó la Banda del Arenal?', 'Carmen Llorente'],
  ])('%s is answered with the sentence naming %s', async (question, name) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain(name);
  });

  it('does not take the founder of something else', async () => {
    const result = await ask('Who founded the Rook and Pawn chess club?');
    expect(result.citations[0]?.excerpt ?? '').not.toContain('Bill Gates');
  });
});
