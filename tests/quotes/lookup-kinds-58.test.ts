/**
 * /quote look-ups of stop 58's kinds, on sentences written for them.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';

const article = (id: string, language: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Nota ${id}`, date: '2024-05-01', language }, paragraphs);
const bookOf = (...articles: ReturnType<typeof article>[]) => createQuoteBook(buildQuoteData(articles));
const articlesFound = (book: ReturnType<typeof bookOf>, query: string) => [...new Set(book.lookup(query).statements.map((statement) => statement.articleId))];

describe('a common noun for a body never joins the unnamed bodies of different articles', () => {
  it('keeps a quarry company and a bus company of two Spanish stories apart', () => {
    const book = bookOf(
      article('cantera', 'es', ['Los vecinos de Almendral protestaron por el ruido de la cantera.', '"Cumplimos con todas las normas ambientales", indicó la empresa en un comunicado.']),
      article('autobuses', 'es', ['Los conductores de autobús de Ribera Alta iniciaron una huelga el lunes.', 'La compañía aseguró que "los servicios mínimos están garantizados".']),
    );
    expect(articlesFound(book, 'la empresa')).toEqual(['cantera']);
    expect(articlesFound(book, 'la compañía')).toEqual(['autobuses']);
  });

  it('keeps them apart in English, whichever noun the query uses', () => {
    const book = bookOf(
      article('mill', 'en', ['Residents living near the mill complained about dust.', '"We meet every air-quality standard," the company said in a statement.']),
      article('ferry', 'en', ['Dozens of ferry crew members stopped work on Friday.', 'The firm has insisted that "timetables will be honoured".']),
    );
    expect(articlesFound(book, 'the company')).toEqual(['mill']);
    expect(articlesFound(book, 'the firm')).toEqual(['ferry']);
  });

  it('still joins two nouns one story gives the same unnamed body', () => {
    const book = bookOf(article('planta', 'es', [
      'La planta de envasado de Moraleda cerrará en junio.',
      '"La demanda ha caído un 30 %", explicó la empresa.',
      'La firma ha anunciado además que "no habrá despidos forzosos".',
    ]));
    expect(book.lookup('la empresa').statements.map((statement) => statement.text)).toEqual(expect.arrayContaining(['La demanda ha caído un 30 %', 'no habrá despidos forzosos']));
  });
});

describe('a person quoted under one form of the name and named with a role under a fuller one', () => {
  const book = bookOf(
    article('pleno', 'es', ['El pleno de Tresvilla aprobó el presupuesto.', '"Es un presupuesto para las familias", dijo Marta Quiroga tras la votación.', 'Quiroga añadió que "la deuda bajará este año".']),
    article('salud', 'es', ['La alcaldesa de Tresvilla, Marta Quiroga Lema, inauguró el martes el nuevo centro de salud del barrio norte.']),
    article('puerto', 'en', ['"The dredging starts in May," harbour master Colin Ashby told reporters.']),
    article('obras', 'en', ['The harbour master, Colin J. Ashby, toured the new quay on Thursday.']),
  );

  it('gives her statements for the role, not "named, no statements"', () => {
    const found = book.lookup('la alcaldesa');
    expect(found.actor).toBe('Marta Quiroga');
    expect(found.statements).toHaveLength(2);
    expect(found.unquoted ?? []).toEqual([]);
  });

  it('gives them for the fuller name too', () => {
    expect(book.lookup('Marta Quiroga Lema').actor).toBe('Marta Quiroga');
  });

  it('does so in English, with a middle initial in the fuller form', () => {
    const found = book.lookup('the harbour master');
    expect(found.actor).toBe('Colin Ashby');
    expect(found.unquoted ?? []).toEqual([]);
  });
});

describe('a place named inside a group that speaks', () => {
  it('is not taken for the group', () => {
    const book = bookOf(
      article('riego', 'es', ['Vecinos de Monte Alto denunciaron que "el agua llega dos horas al día".']),
      article('fiesta', 'es', ['Las fiestas de Monte Alto comenzarán el viernes con un concierto en la plaza.']),
    );
    expect(book.lookup('Alto').actor).toBeNull();
  });
});
