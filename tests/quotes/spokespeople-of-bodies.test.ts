/**
 * An unnamed spokesperson of an organisation speaks for it (issue 16, stop 52; quotes-real SOURCE.md): "un portavoz del
 * Ministerio de X" is the ministry's, through its spokesperson, whole (never a speaker "de X"); "un portavoz de la
 * entidad" or "del organismo" is the organisation the article named before when it named one, and keeps the phrase as
 * written when it named several, so that the look-up by the organisation's name or acronym finds what it said.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, quoteBookOf as bookOf } from '../fixtures/quotes/load.js';
import { buildQuoteData } from '../../src/quotes/index.js';

const statementsOf = (language: string, paragraphs: string[]) =>
  buildQuoteData([articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)]).statements.map(({ speaker, via, text }) => ({ speaker, via, text }));

describe('a spokesperson of a ministry named in full', () => {
  it('credits the whole ministry through its spokesperson', () => {
    for (const sentence of ['Un portavoz del Ministerio de Vivienda señaló que los alquileres se congelarán.', 'Según una portavoz del Ministerio de Vivienda, los alquileres se congelarán.']) {
      expect(statementsOf('es', [sentence])).toEqual([{ speaker: 'Ministerio de Vivienda', via: expect.stringMatching(/^portavoz$/i), text: 'los alquileres se congelarán' }]);
    }
  });
});

describe('a spokesperson of "la entidad" after the organisation was named', () => {
  const paragraphs = [
    'La Unión Serrana de Ganaderos (USG) reclamó el lunes ayudas por la sequía.',
    'Un portavoz de la entidad señaló que el precio del forraje se ha duplicado.',
    'Según una portavoz del organismo, habrá tractoradas en marzo.',
  ];

  it('credits the organisation, found by its name and by its acronym', () => {
    // The demand of the first sentence ("reclamó el lunes ayudas…") is the body's own statement (stop 57).
    expect(statementsOf('es', paragraphs).map((statement) => statement.speaker)).toEqual(['Unión Serrana de Ganaderos', 'Unión Serrana de Ganaderos', 'Unión Serrana de Ganaderos']);
    const book = bookOf('es', paragraphs);
    for (const query of ['USG', 'Unión Serrana de Ganaderos']) {
      expect(book.lookup(query).statements.map((statement) => statement.text)).toEqual(expect.arrayContaining(['el precio del forraje se ha duplicado', 'habrá tractoradas en marzo']));
    }
  });

  it('credits the organisation in English too', () => {
    const english = ['The Upland Growers Association asked for drought aid on Monday.', 'A spokesperson for the organisation said feed prices had doubled.'];
    expect(statementsOf('en', english).map((statement) => statement.speaker)).toEqual(['Upland Growers Association']);
  });

  it('keeps the phrase as written when two organisations could be meant', () => {
    const two = ['La Unión Serrana de Ganaderos y la Asociación de Queseros del Valle reclamaron ayudas.', 'Un portavoz de la entidad señaló que el precio del forraje se ha duplicado.'];
    expect(statementsOf('es', two).map((statement) => statement.speaker)).toContain('Un portavoz de la entidad');
  });
});
