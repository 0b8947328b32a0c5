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

describe('"they" refers back to a group of people that opened the sentence before, with where they work', () => {
  it('English: "Economists at X were more cautious. In a note, they argued that…"', () => {
    expect(pairs('en', [
      'The central bank held its rate at 4 per cent. Economists at Lindqvist Partners were more cautious. In a client note, they argued that rents would keep prices "stubbornly high" into spring.',
    ])).toEqual([
      ['rents would keep prices "stubbornly high" into spring', 'Economists at Lindqvist Partners'],
      ['stubbornly high', 'Economists at Lindqvist Partners'],
    ]);
  });
  it('English: a bare plural noun opening the sentence before ("Researchers were puzzled. “…,” they said.")', () => {
    expect(pairs('en', [
      'The glacier lost a third of its mass in a decade. Researchers were puzzled. "We did not expect it to melt this fast," they said.',
    ])).toEqual([
      ['We did not expect it to melt this fast', 'Researchers'],
    ]);
  });
});


describe('a personal pronoun opening a clause that a colon or an aspectual verb ends hands the quotation to its antecedent', () => {
  it('English: "She continued: “…”" and "He was blunt: “…”"', () => {
    expect(pairs('en', [
      'Nadia Ferro spoke for an hour at the library on Tuesday.',
      'She continued: "A town without a library forgets what it was."',
    ])).toEqual([['A town without a library forgets what it was.', 'Nadia Ferro']]);
    expect(pairs('en', [
      'Coach Victor Hale watched the replay twice.',
      'He was blunt: "We lost the game in the first ten minutes."',
    ])).toEqual([['We lost the game in the first ten minutes.', 'Victor Hale']]);
  });
  it('English: "She began, “…”" after a comma', () => {
    expect(pairs('en', [
      'Nadia Ferro took the microphone after the vote.',
      'She began, "Nobody in this room voted for a closed library."',
    ])).toEqual([['Nobody in this room voted for a closed library.', 'Nadia Ferro']]);
  });
  it('Spanish: "Él fue tajante: «…»" and "Ella prosiguió: «…»"', () => {
    expect(pairs('es', [
      'El alcalde de Sotoverde, Tomás Vela, llegó al pleno con retraso.',
      'Él fue tajante: «La piscina no se cierra mientras yo sea alcalde».',
    ])).toEqual([['La piscina no se cierra mientras yo sea alcalde', 'Tomás Vela']]);
    expect(pairs('es', [
      'La bibliotecaria Nuria Campos habló ante los vecinos durante una hora.',
      'Ella prosiguió: «Un pueblo sin biblioteca olvida lo que fue».',
    ])).toEqual([['Un pueblo sin biblioteca olvida lo que fue', 'Nuria Campos']]);
  });
});
