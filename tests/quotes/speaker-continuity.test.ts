/**
 * Keeping a named speaker through a story told in a programme's voice (newcomer report B11): media roles ("el
 * periodista", "el comunicador", "el panelista"), a subordinate clause before the subject, "Y en ese sentido, agregó:",
 * a rare preterite after a quotation ("“…”, descaseteó."), and a quotation that names the person a narrative sentence
 * was about, which is not that person's.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ text, speaker }) => [text.slice(0, 20), speaker]);

const STORY = [
  'Sin embargo, fue esta semana en el programa Zona de Estrellas donde Hugo Valencia contó detalles de la pelea.',
  'Mientras analizaban las críticas que lanzó la actriz Loreto Aravena, quien está en el ojo del huracán, el periodista recordó la particular situación.',
  '“Ustedes saben que ella es un poco despistada y se estacionaba en cualquier lugar”, afirmó de entrada el comunicador.',
  'Y en ese mismo sentido, agregó: “El tema es que ocupó el estacionamiento que supuestamente era de otra actriz”.',
];

describe('a speaker kept through a story told in a programme', () => {
  it('reads "el periodista" after a subordinate clause and "el comunicador" as the one named, and "Y en ese sentido, agregó:" as him', () => {
    expect(speakers(STORY)).toEqual([
      ['Ustedes saben que el', 'Hugo Valencia'],
      ['El tema es que ocupó', 'Hugo Valencia'],
    ]);
  });

  it('reads a rare preterite right after a quotation and its comma as its verb of saying ("“…”, descaseteó.")', () => {
    const paragraphs = [...STORY, '“Todo esto pasó en los pasillos a grito pelado y tengo testigos”, descaseteó.'];
    expect(speakers(paragraphs).at(-1)).toEqual(['Todo esto pasó en lo', 'Hugo Valencia']);
  });

  it('never gives a quotation to the person it names, whom the sentence before was about', () => {
    const paragraphs = [...STORY, 'Por lo mismo, Aravena perdió la paciencia y fue a buscarla.', '“Llegó un día en que Loreto entró indignada al camarín y la encaró”, complementó.'];
    expect(speakers(paragraphs).at(-1)).toEqual(['Llegó un día en que ', 'Hugo Valencia']);
  });

  it('still gives a quotation with its subject left out to the person the sentence before named', () => {
    expect(speakers(['El ministro Pablo Roca llegó tarde a la reunión.', '“No vamos a subir los impuestos este año”, aseguró.'])).toEqual([['No vamos a subir los', 'Pablo Roca']]);
  });
});
