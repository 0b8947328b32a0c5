/**
 * A relative set off by a comma after the object of a verb of saying, with adjuncts before the object ("ha defendido en
 * el pleno el plan, que supondrá…"), describes the object: it is nobody's statement (issue 16, stop 57). Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ kind, text, speaker }) => [kind, text, speaker]);

describe('a relative after the object of a verb of saying', () => {
  it('reports nothing for the relative, whatever place or time phrase comes before the object', () => {
    expect(found([
      'La consejera Marta Gil ha defendido en el pleno el plan de reagrupamiento, que supondrá el cierre de nueve escuelas.',
      'La ministra Ana Torres defendió este martes en el Senado la reforma, que entrará en vigor en enero.',
      'El rector Hugo Prieto destacó ante el claustro la nueva residencia, que tendrá doscientas plazas.',
    ])).toEqual([]);
  });

  it('still reports a clause after an aside, a time phrase or a recipient, and a relative whose verb is of saying', () => {
    expect(found([
      'El portavoz Luis Mora explicó, en rueda de prensa, que el plan empezará en mayo.',
      'La presidenta Elsa Ruiz afirmó este lunes, que la obra estará lista en junio.',
      'El sindicato UGT criticó el anuncio, que calificó de "insuficiente".',
    ]).filter(([kind]) => kind === 'indirect').map(([, text]) => text)).toEqual([
      'el plan empezará en mayo',
      'la obra estará lista en junio',
      'calificó de "insuficiente"',
    ]);
  });
});
