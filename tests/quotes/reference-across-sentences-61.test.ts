/**
 * Reference across sentences, stop 61 (issue 16), on sentences of our own, Spanish and English: the speaker a statement
 * gets when its sentence names it only by a role noun, a pronoun or a left-out subject.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const pairs = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)).map((statement) => [statement.text, statement.speaker]);

describe('a role noun that heads an unnamed speaker credited before refers to them, not to a person named since', () => {
  it('English: "one longtime aide said… the aide added" after the mayor is named', () => {
    expect(pairs('en', [
      'Nora Vance has worked beside Mayor Felix Dunn for years. One longtime aide said it was common for Dunn to change course after a phone call.',
      'His deputy, Carla Mott, ran the numbers again on Friday.',
      '"You have to suggest things to him," said the aide.',
    ])).toEqual([
      ['it was common for Dunn to change course after a phone call', 'One longtime aide'],
      ['You have to suggest things to him', 'One longtime aide'],
    ]);
  });
  it('Spanish: "un cura de la parroquia explicó… —dijo el cura—" after the bishop it quotes', () => {
    expect(pairs('es', [
      'Un cura de la misma parroquia, que habló bajo anonimato, explicó que el obispo pidió silencio hasta la Pascua.',
      'El obispo, monseñor Ramiro Quintana Solís, no quiso hablar con este diario.',
      '—El silencio no nos protege —dijo el cura—. Aquí el que habla se va.',
    ])).toEqual([
      ['el obispo pidió silencio hasta la Pascua', 'Un cura de la misma parroquia'],
      ['El silencio no nos protege', 'Un cura de la misma parroquia'],
      ['Aquí el que habla se va.', 'Un cura de la misma parroquia'],
    ]);
  });
});
