/**
 * /quote look-ups that took another organisation silently (issue 16, stop 49; newcomer 27's D8, D13, D15): a one-word
 * query two edits from another body's name ("Indeci" for "Invecq", "Merck" for "Maersk"), a body's generic noun
 * inside a query naming another body ("Sindicato de Inquilinas" for the miners' union called "el sindicato"), and a
 * news agency that carried statements but also appears in a description ("consultados por EFE").
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

describe('a one-word query two edits from a name is offered, never taken', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Tarifas', date: '2025-03-01', language: 'es' }, ['La consultora Tarvex estimó que las tarifas subirán un 12 % en marzo.']),
    articleFromParagraphs({ id: 'b', title: 'Puerto', date: '2025-03-02', language: 'en' }, ['The shipping line Norland said it was diverting two vessels to Hamburg.']),
  ]));

  it('offers "Tarvex" for "Tarpes" (two edits) as a suggestion, with no statements', () => {
    const result = book.lookup('Tarpes');
    expect(result.actor).toBeNull();
    expect(result.statements).toEqual([]);
    expect(result.suggestions).toContain('Tarvex');
  });

  it('offers "Norland" for "Norlamp" (two edits, other consonants) as a suggestion', () => {
    const result = book.lookup('Norlamp');
    expect(result.actor).toBeNull();
    expect(result.suggestions).toContain('Norland');
  });

  it('takes a one-edit typo and says it matched by spelling', () => {
    expect(book.lookup('Tarvez')).toMatchObject({ actor: 'Tarvex', resolvedBy: 'spelling' });
  });
});

describe('a body\'s generic noun inside a query that names another body', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Huelga', date: '2025-04-01', language: 'es' }, [
      'El presidente del Sindicato Único de Estibadores de Puerto Nuevo, Carlos Ibáñez, anunció un paro de 48 horas.',
      'Según el sindicato, la adhesión al paro alcanzó el 90 % de los afiliados.',
    ]),
  ]));

  it('does not take "Sindicato de Inquilinos" for the dockers\' union the article calls "el sindicato"', () => {
    const result = book.lookup('Sindicato de Inquilinos');
    expect(result.statements.map((statement) => statement.text).join(' ')).not.toContain('adhesión');
  });
});

describe('a news agency that carried statements and also appears in a description', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Cobre', date: '2025-05-01', language: 'es' }, [
      '"No vamos a firmar un acuerdo a la baja", dijo a Prensa Andina el dirigente minero Tomás Vera.',
      'Analistas consultados por Prensa Andina estimaron que la huelga restará 10.000 toneladas a la producción.',
    ]),
  ]));

  it('lists what the agency carried for its name', () => {
    const result = book.lookup('Prensa Andina');
    expect(result.channel).toBe('Prensa Andina');
    expect(result.statements.map((statement) => statement.text)).toContain('No vamos a firmar un acuerdo a la baja');
  });
});
