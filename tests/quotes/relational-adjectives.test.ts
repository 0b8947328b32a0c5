/**
 * A thing a public body holds or wrote, named by the body's relational adjective ("la tesis fiscal", "la acusación
 * fiscal", "la versión municipal"), speaks for that body: "fiscal" is read as the prosecutor's title, but a thesis is
 * no prosecutor and no one in focus.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'relational', title: 'Test', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ speaker, text }) => [speaker, text]);

describe('a body named by its relational adjective', () => {
  it('is the speaker of "según la tesis fiscal", not the court in focus', () => {
    expect(
      said(['La Sala Penal de Arequipa juzgará al exalcalde Tomás Ibarra desde el lunes.', 'Según la tesis fiscal, el exalcalde habría cobrado comisiones por tres obras.', 'La Fiscalía pide ocho años de cárcel.']),
    ).toEqual([['Fiscalía', 'el exalcalde habría cobrado comisiones por tres obras']]);
  });

  it('is the subject of "la acusación fiscal sostiene que"', () => {
    expect(said(['La Fiscalía abrió una investigación contra la constructora.', 'La acusación fiscal sostiene que la empresa infló los costes.'])).toEqual([
      ['Fiscalía', 'la empresa infló los costes'],
    ]);
  });

  it('leaves a person with the same adjective as a title alone', () => {
    expect(said(['La Fiscalía abrió una investigación.', 'El fiscal general Mario Ruiz dijo que no habrá impunidad.'])).toEqual([['Mario Ruiz', 'no habrá impunidad']]);
  });
});
