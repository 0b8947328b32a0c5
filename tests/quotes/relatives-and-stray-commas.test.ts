/**
 * A subject parted from its verb by a stray comma after the sentence's opening adjunct, a person relative set off by a
 * comma on the nearest phrase of people, a plural verb of an object relative, "calcular que" as a verb of estimating, and a
 * collective noun ("el equipo", "the crew") as a group, not the person in focus.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const read = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'relatives', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ speaker, text }) => [speaker, text]);

describe('a stray comma after the opening adjunct', () => {
  it('reads the title between the adjunct and the verb as the subject', () => {
    expect(read(['La ministra de Vivienda, Carla Ibáñez, visitó las obras.', 'Por su parte, la ministra de Vivienda, explicó el jueves que las viviendas se entregarán en marzo.'])).toEqual([
      ['Carla Ibáñez', 'las viviendas se entregarán en marzo'],
    ]);
  });
});

describe('person relatives', () => {
  it('hangs ", quienes" on the nearest phrase of people, inside a complement', () => {
    expect(read(['La sequía agrava las deudas de los ganaderos, quienes calculan que cada semana pierden cien cabezas de ganado.'])).toEqual([
      ['Ganaderos', 'cada semana pierden cien cabezas de ganado'],
    ]);
  });

  it('gives a plural verb after "a quien" to no single person', () => {
    const statements = read(['El fiscal Tomás Ugarte dijo que ya hay 300 detenidos.', 'Además, abrieron una causa contra un contador a quien acusan de lavar dinero para la banda.']);
    expect(statements.filter(([speaker]) => speaker === 'Tomás Ugarte')).toEqual([['Tomás Ugarte', 'ya hay 300 detenidos']]);
  });
});

describe('collective nouns', () => {
  it('reads "el equipo" and "the crew" as groups, not as the person in focus', () => {
    expect(read(['«La sonda funciona», explicó la ingeniera Marta Solís, jefa de la misión.', 'El equipo calcula que la sonda llegará en mayo.'])).toEqual([
      ['Marta Solís', 'La sonda funciona'],
      ['Equipo', 'la sonda llegará en mayo'],
    ]);
    const english = extractStatements(articleFromParagraphs({ id: 'crew', title: 'Test', date: '2024-01-01', language: 'en' }, ['Captain Lena Dorn said the ship was safe.', 'The crew said that the engine had failed twice.']));
    expect(english.map(({ speaker }) => speaker)).toEqual(['Lena Dorn', 'Crew']);
  });
});
