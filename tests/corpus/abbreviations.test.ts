/** Abbreviations and honorifics never end a sentence; full stops still do. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences and abbreviations', () => {
  it.each([
    'El Pdte. Ramírez inauguró la planta.',
    'Lo anunció la Dip. Laura Soto en el pleno.',
    'El Sen. Iván Mora votó en contra.',
    'Asistió el Excmo. Sr. Gobernador de la provincia.',
    'Mons. Herrera presidió la misa.',
    'Dña. Elvira Campos cumplió cien años.',
    'Firmaron Transportes Ruiz y Cía. Ltda. y el ayuntamiento.',
    'El Pbro. Tomás Vidal bendijo el puente.',
    'La ciudad se fundó en el siglo III a. C. y creció con el comercio.',
    'Lo prohíbe el art. 14 de la Const. 1978 según el juez.',
    'La ord. 5 regula el ruido nocturno.',
  ])('keeps %j whole', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('still ends sentences at a full stop after a word', () => {
    expect(sentencesOf('Llegó a la ciudad. El alcalde lo recibió.')).toEqual(['Llegó a la ciudad.', 'El alcalde lo recibió.']);
    expect(sentencesOf('Habló con Ana. Luego se fue.')).toEqual(['Habló con Ana.', 'Luego se fue.']);
  });
});

describe('splitSentences and ordinal days', () => {
  it.each([
    'Am 5. Februar ist Hauptversammlung bei der Stahlwerk AG.',
    'Die Ausstellung läuft vom 12. März bis zum 1. Mai im Stadtmuseum.',
    'Der Vertrag wurde am 31. Dezember 2023 unterzeichnet.',
  ])('keeps %j whole: the stop after the day is an ordinal\'s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('still ends a sentence at a figure before a month that opens the next one', () => {
    expect(sentencesOf('Ganaron por 3 a 1. Mayo fue el mejor mes del equipo.')).toEqual(['Ganaron por 3 a 1.', 'Mayo fue el mejor mes del equipo.']);
    expect(sentencesOf('The home side won 2-1. August brought three more wins.')).toEqual(['The home side won 2-1.', 'August brought three more wins.']);
  });
});
