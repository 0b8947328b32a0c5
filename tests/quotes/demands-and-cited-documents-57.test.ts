/**
 * Demands with a noun object as reported speech ("reclamó más fondos", "exigió una auditoría", "called for an inquiry",
 * "demanded an apology"), the object of an announcement never read as an inverted subject, and the document a source
 * marker cites by its owner as the statement's channel ("según un comunicado de X", "according to a statement from X")
 * (issue 16, stop 57). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker, via }) => [kind, text, speaker, via]);

describe('demands with a noun object', () => {
  it('reports a Spanish demand with its object, the verb kept', () => {
    expect(found([
      'La concejala Marta Vidal Ros reclamó más fondos para las bibliotecas de barrio.',
      'El diputado Óscar Peña Lluch exigió una auditoría externa de las cuentas del puerto.',
      'La abogada Julia Serra Mas ha solicitado la comparecencia del director del hospital.',
    ]).map(([, text, speaker]) => [text, speaker])).toEqual([
      ['reclamó más fondos para las bibliotecas de barrio', 'Marta Vidal Ros'],
      ['exigió una auditoría externa de las cuentas del puerto', 'Óscar Peña Lluch'],
      ['ha solicitado la comparecencia del director del hospital', 'Julia Serra Mas'],
    ]);
  });

  it('reports an English demand with its object, and nothing for a document\'s content', () => {
    expect(found([
      'Opposition leader Rachel Dunn called for an independent inquiry into the contract.',
      'Mayor Tessa Grant demanded an apology from the transport authority.',
      'The housing plan calls for 200 new homes by 2030.',
    ], 'en').map(([, text, speaker]) => [text, speaker])).toEqual([
      ['called for an independent inquiry into the contract', 'Rachel Dunn'],
      ['demanded an apology from the transport authority', 'Tessa Grant'],
    ]);
  });

  it('never reads what is announced or demanded after an apposition as the verb\'s subject', () => {
    const statements = found([
      'El sindicato de maquinistas, encabezado por Luis Prat, exigió una auditoría independiente de los frenos.',
      'La federación vecinal, creada en 2010, anunció un paro de dos días en la recogida de basura.',
    ]);
    expect(statements.filter(([, , speaker]) => typeof speaker === 'string' && /^Un/u.test(speaker))).toEqual([]);
  });
});

describe('a document cited with its owner', () => {
  it('credits the owner and gives the document as the channel, before or after the words', () => {
    expect(found([
      'Según una nota del Ministerio de Vivienda, las obras terminarán en mayo.',
      'La empresa ha cerrado dos plantas, según un comunicado de Textiles Norte.',
    ]).map(([, text, speaker, via]) => [text, speaker, via])).toEqual([
      ['las obras terminarán en mayo', 'Ministerio de Vivienda', 'nota'],
      ['La empresa ha cerrado dos plantas', 'Textiles Norte', 'comunicado'],
    ]);
    expect(found([
      'According to a statement from the Harbour Trust, the pier will reopen in June.',
      'The council will cut bin collections, according to a letter from the city treasurer, Joan Pike.',
    ], 'en').map(([, , speaker, via]) => [speaker, via])).toEqual([['Harbour Trust', 'statement'], ['Joan Pike', 'letter']]);
  });

  it('gives no channel when the marker cites the owner itself', () => {
    expect(found(['Según el Ministerio de Vivienda, las obras terminarán en mayo.']).map(([, , , via]) => via)).toEqual([null]);
  });
});
