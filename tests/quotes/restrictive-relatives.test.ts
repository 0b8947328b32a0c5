/**
 * A subject restricted by a relative clause ("los abogados que representan a Gil dijeron…", "el equipo legal que pretende
 * demostrar…  aseguró…") speaks with its clause as its description; the name that ends the clause is its object, never the speaker.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'relatives', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ speaker, text }) => ({ speaker, text }));

describe('a subject restricted by a relative clause', () => {
  it('never credits the name inside the clause', () => {
    expect(said(['Los abogados que representan a Olga Ruiz dijeron que no hay pruebas.'])).toEqual([{ speaker: 'Abogados que representan a Olga Ruiz', text: 'no hay pruebas' }]);
  });

  it('speaks as the group the clause describes, also after an opening adjunct', () => {
    expect(said(['Ante esto, el cuerpo técnico que prepara la defensa del alcalde aseguró que el juicio será largo.'])).toEqual([
      { speaker: 'Cuerpo técnico que prepara la defensa del alcalde', text: 'el juicio será largo' },
    ]);
  });
});
