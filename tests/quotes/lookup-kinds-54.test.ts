/**
 * /quote look-ups of stop 54's alias kinds (issue 16), on sentences written for them: a person found by the common noun
 * the article describes them with ("el antropólogo", "the founder"), alone or beside the surname; a surname with an
 * elided particle; a surname two speakers share that the article uses alone for one of them; a relative in apposition
 * to a title that is another's; a ministry called "la cartera".
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, quoteBookOf as bookOf } from '../fixtures/quotes/load.js';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';

const speakerOf = (book: ReturnType<typeof bookOf>, query: string) => book.lookup(query).actor;

describe('a person found by the noun the article describes them with', () => {
  it('reads the noun between an article and the name, in Spanish', () => {
    const book = bookOf('es', [
      'El diputado Ernesto Cano atacó al antropólogo y periodista Julián Marín, a quien acusó de mentir.',
      'El antropólogo Marín sostiene que la ley busca silenciar a la prensa.',
      'La veterana sindicalista Rosa Peña aseguró que la huelga seguirá hasta el lunes.',
      'Según la cantante Lucía Ferro, el festival se suspendió por la lluvia.',
    ]);
    for (const query of ['el antropólogo', 'el periodista', 'el antropólogo Marín']) expect(speakerOf(book, query)).toBe('Julián Marín');
    for (const query of ['la sindicalista', 'la veterana sindicalista']) expect(speakerOf(book, query)).toBe('Rosa Peña');
    expect(speakerOf(book, 'la cantante')).toBe('Lucía Ferro');
  });

  it('reads it before the name and in apposition, in English', () => {
    const book = bookOf('en', [
      "The group's founder, Bernice Walcott, is a force in county politics.",
      '"We knock on every door," Walcott said.',
      'The retired schoolteacher Ann Miller said the library must stay open.',
    ]);
    for (const query of ["the group's founder", 'the founder']) expect(speakerOf(book, query)).toBe('Bernice Walcott');
    expect(speakerOf(book, 'the schoolteacher')).toBe('Ann Miller');
  });

  it('gives the noun to nobody when it is no noun for a person or a preposition stands between', () => {
    const book = bookOf('es', ['El martes Pedro Soria dijo que la obra terminará en junio.', 'La casa de Inés Mora quedó cerrada, dijo Mora que nadie respondió.']);
    expect(book.lookup('el martes').actor).toBeNull();
    expect(book.lookup('la casa').actor).toBeNull();
  });
});

describe('a surname with an elided particle', () => {
  it('keeps "d\'Aubuisson" and "dell\'Orto" in the name', () => {
    const book = bookOf('es', [
      "El investigador Juan Martel d'Aubuisson dijo que las pandillas controlan el territorio.",
      "La economista Carla Rossi dell'Orto aseguró que la inflación bajará.",
    ]);
    expect(speakerOf(book, "Juan Martel d'Aubuisson")).toBe("Juan Martel d'Aubuisson");
    expect(speakerOf(book, 'Martel')).toBe("Juan Martel d'Aubuisson");
    expect(speakerOf(book, "Carla Rossi dell'Orto")).toBe("Carla Rossi dell'Orto");
  });
});

describe('a surname two speakers share', () => {
  it('is the one the article calls by it alone, when the other is always named in full', () => {
    const book = bookOf('es', [
      'La periodista Gabriela Ortiz Salas denunció amenazas de muerte.',
      'Ortiz dijo que no dejará el país y que seguirá informando.',
      'El jefe de redacción, Tomás Ortiz, aseguró que el diario la respalda.',
    ]);
    expect(speakerOf(book, 'Ortiz')).toBe('Gabriela Ortiz Salas');
  });

  it('offers both when the article calls both by it', () => {
    const book = bookOf('en', ['Dana Whitfield, a reporter, said the threats began in May.', 'Whitfield said she would stay.', 'Paul Whitfield, the editor, said the paper backs her.', 'Whitfield added that lawyers were ready.']);
    const found = book.lookup('Whitfield');
    expect(found.actor).toBeNull();
    expect(found.candidates).toEqual(expect.arrayContaining(['Dana Whitfield', 'Paul Whitfield']));
  });

  it('offers the other when another article quotes them', () => {
    const data = buildQuoteData([
      articleFromParagraphs({ id: 'a', title: 'Uno', date: '2024-05-01', language: 'es' }, ['La periodista Gabriela Ortiz Salas denunció amenazas.', 'Ortiz dijo que no dejará el país.']),
      articleFromParagraphs({ id: 'b', title: 'Dos', date: '2024-05-02', language: 'es' }, ['El editor Tomás Ortiz aseguró que el diario la respalda.']),
    ]);
    expect(createQuoteBook(data).lookup('Ortiz').candidates).toEqual(expect.arrayContaining(['Gabriela Ortiz Salas', 'Tomás Ortiz']));
  });
});

describe('a relative or a lawyer in apposition to a title in the complement', () => {
  it('never gives the person the title of whom they are related to', () => {
    const book = bookOf('es', [
      'Tras la extradición del expresidente de Honduras, Jorge Luis Paredes, los fiscales presentaron pruebas.',
      'El hermano del expresidente hondureño, Mario Paredes, dijo que el juicio fue injusto.',
      'El abogado de la exministra, Pedro Lagos, dijo que apelará.',
    ]);
    for (const query of ['el expresidente hondureño', 'el expresidente']) expect(book.lookup(query).actor).not.toBe('Mario Paredes');
    expect(book.lookup('la exministra').actor).not.toBe('Pedro Lagos');
    expect(speakerOf(book, 'el abogado')).toBe('Pedro Lagos');
  });

  it('does the same in English', () => {
    const book = bookOf('en', ['The widow of the former governor, Ruth Adler, said the estate would be sold.']);
    expect(book.lookup('the former governor').actor).toBeNull();
    expect(book.lookup('Ruth Adler').statements.map((statement) => statement.text)).toEqual(['the estate would be sold']);
  });
});

describe('a ministry called by another noun', () => {
  const book = bookOf('es', ['El Ministerio de Educación informó que las clases empezarán el 4 de marzo.', 'La ministra de Salud, Ana Ruiz, dijo que habrá vacunas.']);

  it('finds the Ministerio by "la cartera de Educación" and by its English name', () => {
    for (const query of ['la cartera de Educación', 'the Education Ministry', 'Ministry of Education']) expect(speakerOf(book, query)).toBe('Ministerio de Educación');
  });

  it('never takes another portfolio or the minister for the ministry', () => {
    expect(book.lookup('la cartera de Salud').actor).not.toBe('Ministerio de Educación');
    expect(speakerOf(book, 'la ministra de Salud')).toBe('Ana Ruiz');
  });
});
