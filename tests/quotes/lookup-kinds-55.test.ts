/**
 * /quote look-ups of stop 55's alias kinds (issue 16), on sentences written for them: the first of two surnames alone,
 * in an article of any language; a role with what it belongs to ("analyst at X", "secretario general del Simeva"); a
 * body's common noun ("la firma", "the hospital"), which never names a person.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, quoteBookOf as bookOf } from '../fixtures/quotes/load.js';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';

const speakerOf = (book: ReturnType<typeof bookOf>, query: string) => book.lookup(query).actor;

describe('the first of two surnames alone', () => {
  it('is the person named in full, in an English article with the names spelt without accents', () => {
    const book = bookOf('en', [
      '"We are not talking about a drop in profits," chamber president Rodrigo Andrade Viteri told reporters in Quito.',
      'Andrade said exporters had already seen orders fall by about 30%.',
      'Farm owner Lucia Mendoza Rivas said she would close two ponds. Mendoza added that the banks had stopped lending.',
    ]);
    expect(book.actors().map((actor) => actor.name)).not.toContain('Andrade');
    expect(book.actors().map((actor) => actor.name)).not.toContain('Mendoza');
    for (const query of ['Andrade', 'Andrade Viteri', 'Viteri', 'Rodrigo Andrade']) expect(speakerOf(book, query)).toBe('Rodrigo Andrade Viteri');
    expect(book.lookup('Andrade').statements).toHaveLength(2);
    expect(book.lookup('Mendoza').statements).toHaveLength(2);
  });

  it('is the person named in full in Spanish, in any tense and word order', () => {
    const book = bookOf('es', [
      'El rector, Julio Cabrera Saavedra, anunció que la universidad abrirá en marzo.',
      '"No habrá más recortes", había prometido Cabrera durante la campaña.',
      'Según Cabrera, el presupuesto alcanza para todo el año.',
    ]);
    expect(book.lookup('Cabrera').statements).toHaveLength(3);
    expect(speakerOf(book, 'Cabrera Saavedra')).toBe('Julio Cabrera Saavedra');
  });

  it('stays a person of their own when another full name the article writes ends with it', () => {
    const book = bookOf('en', [
      'Economist Ana Torres Vidal said inflation would fall. Minister Pablo Torres said it would not.',
      'Torres added that the budget was final.',
    ]);
    expect(book.lookup('Torres').actor).not.toBe('Ana Torres Vidal');
  });

  it('a surname no speaker has suggests no one sharing only a few letters', () => {
    const book = bookOf('es', [
      'La consejera Begoña Llaneza aseguró que los consultorios abrirán en julio.',
      'El hidrólogo Martín Sosa Llanes dijo que el salar pierde agua cada año.',
    ]);
    expect(speakerOf(book, 'Sosa Llanes')).toBe('Martín Sosa Llanes');
    expect(speakerOf(book, 'Sosa')).toBe('Martín Sosa Llanes');
    expect(book.lookup('Sosa Llanes').suggestions).not.toContain('Begoña Llaneza');
    expect(speakerOf(book, 'Llaneza')).toBe('Begoña Llaneza');
  });
});

describe('a role with what it belongs to', () => {
  it('finds the one holding the role that the article gives beside what it belongs to, in English', () => {
    const book = bookOf('en', [
      'Tomas Beckford, an emerging markets analyst at Harwick Capital in London, said the dispute would last.',
      'Grace Nolan, a senior economist at the Bank of Aldmoor, told reporters that rates would hold.',
    ]);
    for (const query of ['analyst at Harwick Capital', 'the analyst at Harwick Capital', 'Harwick Capital analyst']) expect(speakerOf(book, query)).toBe('Tomas Beckford');
    for (const query of ['economist at the Bank of Aldmoor', 'the senior economist at the Bank of Aldmoor']) expect(speakerOf(book, query)).toBe('Grace Nolan');
  });

  it('finds the holder a possessive gives the role of a body named before, in Spanish', () => {
    const data = buildQuoteData([
      articleFromParagraphs({ id: 'a', title: 'Sanidad', date: '2026-05-01', language: 'es' }, [
        'El Sindicato Médico de Valdeorras (Simeva) criticó el anuncio, que calificó de "parche".',
        'Su secretario general, Alberto Carballal, advirtió que los médicos atenderán hasta 60 pacientes diarios.',
      ]),
      articleFromParagraphs({ id: 'b', title: 'Puerto', date: '2026-05-02', language: 'es' }, [
        'La Federación de Estibadores (Fedest) anunció que irá a la huelga el lunes.',
        'Su secretario general, Rubén Tojeiro, aseguró que la protesta será pacífica.',
      ]),
    ]);
    const book = createQuoteBook(data);
    for (const query of ['secretario general del Simeva', 'el secretario general del Sindicato Médico de Valdeorras', 'secretario general de Simeva']) expect(speakerOf(book, query)).toBe('Alberto Carballal');
    expect(speakerOf(book, 'el secretario general de Fedest')).toBe('Rubén Tojeiro');
    // Its spokesperson is none of its officers: the union itself, which the articles credit (stop 61).
    expect(speakerOf(book, 'el portavoz del Simeva')).toBe('Sindicato Médico de Valdeorras');
  });
});

describe("a body's common noun", () => {
  it('finds the one body of that kind that speaks, whatever noun of the kind the query uses, and never a person', () => {
    const book = bookOf('es', [
      'La empresa Cerámicas Levantinas del Turia comunicó a la plantilla que presentará un expediente de regulación.',
      '"Hemos agotado todas las alternativas", afirma el consejero delegado de la firma, Íñigo Valcárcel Roig.',
      'La compañía aseguró en un comunicado que la medida responde a la caída de pedidos.',
    ]);
    for (const query of ['la firma', 'la empresa', 'la compañía', 'the company']) {
      expect(speakerOf(book, query)).toBe('Cerámicas Levantinas del Turia');
      expect(book.lookup(query).statements.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds a body by the noun its name holds, in English and Spanish', () => {
    const book = bookOf('en', [
      'Kobe General Hospital said in a statement that the surgeon had been suspended.',
      'The National Aquaculture Chamber said 40,000 jobs were at risk.',
      'Dr. Aiko Tanaka, who heads the hospital, said the review would take a month.',
    ]);
    for (const query of ['the hospital', 'el hospital', 'hospital']) expect(speakerOf(book, query)).toBe('Kobe General Hospital');
    for (const query of ['the chamber', 'la cámara']) expect(speakerOf(book, query)).toBe('National Aquaculture Chamber');
  });

  it('offers every body of the kind when several speak, and names no person', () => {
    const book = bookOf('es', [
      'El Partido Verde anunció que votará en contra del presupuesto.',
      'El Partido Liberal aseguró que apoyará la reforma.',
      'La presidenta del partido, Marta Gil, dijo que no habrá pacto.',
    ]);
    const found = book.lookup('el partido');
    expect(found.actor).toBeNull();
    expect(found.candidates).toEqual(expect.arrayContaining(['Partido Verde', 'Partido Liberal']));
    expect(found.candidates).not.toContain('Marta Gil');
  });
});
