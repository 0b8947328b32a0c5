/**
 * Bodies and administrative units whose name ends in a number (issue 16, stop 52): "Juzgado Penal 4", "Distrito Escolar
 * 12", "Jurisdicción Sanitaria número III", "District Court 7". The whole noun phrase is the speaker's name and finds
 * its statements; the numeral alone is never a speaker, and a number after a name that is no body stays out of it.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, quoteBookOf as bookOf } from '../fixtures/quotes/load.js';
import { buildQuoteData } from '../../src/quotes/index.js';

const speakersOf = (language: string, paragraphs: string[]) =>
  buildQuoteData([articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)]).statements.map((statement) => statement.speaker);

describe('a name ending in a number', () => {
  it('keeps a Roman numeral after "número" in the name, in a "según" source and as a subject', () => {
    const paragraphs = ['Según la Unidad Veterinaria número IV, los brotes bajaron un 12 por ciento.', 'La Unidad Veterinaria número IV añadió que vacunará a los terneros en marzo.'];
    expect(speakersOf('es', paragraphs)).toEqual(['Unidad Veterinaria número IV', 'Unidad Veterinaria número IV']);
    expect(bookOf('es', paragraphs).lookup('Unidad Veterinaria número IV').statements).toHaveLength(2);
  });

  it('keeps digits after a court, a district or a station, with the place the name goes on to', () => {
    expect(speakersOf('es', ['El Juzgado Civil 9 informó que la vista se celebrará en junio.'])).toEqual(['Juzgado Civil 9']);
    expect(speakersOf('es', ['El Juzgado de Instrucción número 3 de Alcorcón informó que el detenido quedó en libertad.'])).toEqual(['Juzgado de Instrucción número 3 de Alcorcón']);
    expect(speakersOf('es', ['La Comisaría 21 indicó que el robo ocurrió de madrugada.'])).toEqual(['Comisaría 21']);
    expect(speakersOf('en', ['Fire Station 31 said the blaze was under control by noon.'])).toEqual(['Fire Station 31']);
  });

  it('finds the unit by its whole name', () => {
    const book = bookOf('es', ['El Distrito Sanitario 8 anunció que abrirá dos consultorios nuevos.']);
    expect(book.lookup('Distrito Sanitario 8')).toMatchObject({ actor: 'Distrito Sanitario 8' });
  });

  it('leaves out a number after a name that is no body', () => {
    expect(speakersOf('es', ['Según Marta Ibarra 3 de los heridos siguen graves.'])).not.toContain('Marta Ibarra 3');
  });
});
