/**
 * Press constructions probed at stop 50 (issue 16): whose words a quotation was ("«…», fueron las palabras de X"), "a decir
 * de X", verbal locutions ("puso énfasis en que", "dejó entrever que"), "confiar" to a medium, a social network account
 * before an inverted subject, the outlet's own paper named by a demonstrative, and a manner phrase before an inverted
 * subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('whose words a quotation was', () => {
  it('credits the quotation to the one "fueron las palabras de" names', () => {
    expect(found(['«El puerto no se vende», fueron las palabras de la intendenta Celia Barboza ante los estibadores.'])).toEqual([
      { kind: 'direct', text: 'El puerto no se vende', speaker: 'Celia Barboza' },
    ]);
    expect(found(['"Hicimos historia esta noche", son palabras del entrenador Matías Alzugaray.'])).toEqual([
      { kind: 'direct', text: 'Hicimos historia esta noche', speaker: 'Matías Alzugaray' },
    ]);
  });

  it('reads "a decir de X" as "según X"', () => {
    expect(found(['A decir de la historiadora Norma Cifuentes, «el archivo estuvo cerrado durante cuarenta años».'])).toEqual([
      { kind: 'direct', text: 'el archivo estuvo cerrado durante cuarenta años', speaker: 'Norma Cifuentes' },
    ]);
  });
});

describe('verbal locutions and confiding', () => {
  it('reports what "puso énfasis en que" and "dejó entrever que" introduce', () => {
    expect(found(['La ministra Gisela Montaño puso énfasis en que los subsidios llegarán antes de julio.'])).toEqual([
      { kind: 'indirect', text: 'los subsidios llegarán antes de julio', speaker: 'Gisela Montaño' },
    ]);
    expect(found(['El senador Hugo Bastías dejó entrever que votará contra la reforma.'])).toEqual([
      { kind: 'indirect', text: 'votará contra la reforma', speaker: 'Hugo Bastías' },
    ]);
  });

  it('reports what someone confided to a medium', () => {
    expect(found(['El exdirector Óscar Lemus confió a este periódico que nunca firmó el contrato.'])).toEqual([
      { kind: 'indirect', text: 'nunca firmó el contrato', speaker: 'Óscar Lemus' },
    ]);
  });
});

describe('what comes between a closing verb and its inverted subject', () => {
  it('steps over a social network account', () => {
    expect(found(['"Me voy con la frente en alto", escribió en su cuenta de Facebook el exalcalde Jorge Pineda.'])).toEqual([
      { kind: 'direct', text: 'Me voy con la frente en alto', speaker: 'Jorge Pineda' },
    ]);
  });

  it('reads the clause after an account named between a verb and its "que"', () => {
    expect(found(['La gobernadora Lucía Corpacci informó en su cuenta de X que las escuelas abrirán el lunes.'])).toEqual([
      { kind: 'indirect', text: 'las escuelas abrirán el lunes', speaker: 'Lucía Corpacci' },
    ]);
  });

  it('takes the name after the outlet named by a demonstrative as the subject, not as a medium', () => {
    expect(found(['«El río nunca había subido tanto», relató a este diario Anselmo Vera, baqueano de la zona.'])).toEqual([
      { kind: 'direct', text: 'El río nunca había subido tanto', speaker: 'Anselmo Vera' },
    ]);
  });

  it('steps over a manner phrase of one bare noun', () => {
    expect(found(['Lo explicó con crudeza la directora del hospital, Mirta Godoy: «Nos faltan anestesistas y camas».'])).toEqual([
      { kind: 'direct', text: 'Nos faltan anestesistas y camas', speaker: 'Mirta Godoy' },
    ]);
  });
});
