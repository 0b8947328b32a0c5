/**
 * Demands, proposals or findings a speaker lists after a colon (issue 16, stop 57): each item is the speaker's reported
 * speech, whether each item is a paragraph behind a bullet or a number, or the page reader joined the list to its
 * lead-in (items one sentence each, or a series "a; b; c."). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => [kind, text, speaker]);

describe('a list after a lead-in naming its speaker', () => {
  it('credits each bulleted or numbered paragraph to whom the lead-in names', () => {
    expect(found([
      'La portavoz del comité, Rosa Lema Vidal, enumeró las reivindicaciones de la plantilla:',
      '- Una subida salarial del 5 % para 2025.',
      '- La contratación de veinte enfermeras.',
      'La gerencia no ha respondido.',
    ])).toEqual([
      ['indirect', 'Una subida salarial del 5 % para 2025', 'Rosa Lema Vidal'],
      ['indirect', 'La contratación de veinte enfermeras', 'Rosa Lema Vidal'],
    ]);
    expect(found([
      'Union leader Carl Moss listed these demands:',
      '1. A 6% pay rise backdated to April.',
      '2. No compulsory redundancies.',
    ], 'en').map(([, text, speaker]) => [text, speaker])).toEqual([['A 6% pay rise backdated to April', 'Carl Moss'], ['No compulsory redundancies', 'Carl Moss']]);
    expect(found([
      'El alcalde Tomás Ibarra resumió sus prioridades en tres puntos:',
      '• Reabrir el mercado municipal.',
      '• Bajar el IBI un 3 %.',
    ]).map(([, text]) => text)).toEqual(['Reabrir el mercado municipal', 'Bajar el IBI un 3 %']);
  });

  it('keeps the items of a list joined to its lead-in apart, as sentences or as a series', () => {
    expect(found([
      'La fiscal Irene Saura Gil detalló las conclusiones del informe: Las facturas se inflaron un 30 %. Los pagos se hicieron en efectivo. Nadie firmó las actas.',
    ]).map(([, text]) => text)).toEqual(['Las facturas se inflaron un 30 %', 'Los pagos se hicieron en efectivo', 'Nadie firmó las actas']);
    expect(found([
      'Councillor Maria Okafor outlined her proposals: a 20 mph limit on Mill Road; two new crossings; a ban on lorries at night.',
    ], 'en').map(([, text]) => text)).toEqual(['a 20 mph limit on Mill Road', 'two new crossings', 'a ban on lorries at night']);
  });

  it('reads no list after a colon giving one figure or place, or after a lead-in naming no list', () => {
    expect(found([
      'El consejero Julián Rey Soto explicó el balance de medidas: 23 cumplidas y 31 en proceso.',
      'La alcaldesa Nuria Pol Vidal señaló los lugares habilitados: el polideportivo, la escuela y el mercado.',
    ]).map(([, text]) => text)).toEqual([]);
  });
});
