/**
 * /quote finds a person by the nickname the article gives them in quotation marks around their name, and by the first of
 * two surnames of a name spelt the Spanish way in an article in another language (issue 16, item 4). Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const bookOf = (language: string, paragraphs: string[]) => createQuoteBook(buildQuoteData([articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)]));

describe('a nickname in quotation marks beside a name', () => {
  it('after an article before the name, or after "alias", finds the person', () => {
    const book = bookOf('es', ['El contrabandista Ramiro Téllez Ibarra, alias el "Tuerto", fue detenido en Sinaloa.', 'El "Tuerto" Téllez dijo que es inocente.']);
    for (const query of ['El Tuerto', 'Tuerto', 'Téllez', 'Ramiro Téllez Ibarra']) expect(book.lookup(query)).toMatchObject({ actor: 'Ramiro Téllez Ibarra' });
    expect(book.lookup('Tuerto').statements.map((statement) => statement.text)).toEqual(['es inocente']);
  });

  it('finds the person when the article names them no other way', () => {
    expect(bookOf('es', ['El "Tuerto" Téllez dijo que es inocente.']).lookup('El Tuerto')).toMatchObject({ actor: 'Téllez' });
  });
});

describe('a name spelt the Spanish way in an English article', () => {
  it('is shortened to its first surname, as the Spanish convention has it', () => {
    const book = bookOf('en', ['Ramiro "El Tuerto" Téllez Ibarra was convicted in Texas on Tuesday.', 'Téllez said he was innocent.']);
    for (const query of ['Téllez', 'Ramiro Téllez Ibarra', 'Ramiro Téllez', 'El Tuerto']) expect(book.lookup(query)).toMatchObject({ actor: 'Ramiro "El Tuerto" Téllez Ibarra' });
  });
});
