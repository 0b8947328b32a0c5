/**
 * /quote look-ups of stop 57's kinds (issue 16), on sentences written for them.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, quoteBookOf as bookOf } from '../fixtures/quotes/load.js';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { isNoName } from '../../src/quotes/no-names.js';

const textsOf = (book: ReturnType<typeof bookOf>, query: string) => book.lookup(query).statements.map((statement) => statement.text);

describe('a medium whose only part is to have asked the sources', () => {
  it('carries what the sources it consulted said, in Spanish', () => {
    const book = bookOf('es', [
      'Fuentes de la gobernación consultadas por Europa Press confirmaron que el decreto se firmará el martes.',
      'Según dos técnicos del puerto citados por la agencia Prensa Austral, la grúa llevaba meses averiada.',
      'El concejal Julio Ferro, entrevistado por Radio Cumbre, dijo que no conoce los detalles del contrato.',
    ]);
    expect(book.lookup('Europa Press').channel).toBe('Europa Press');
    expect(textsOf(book, 'Europa Press')).toEqual(['el decreto se firmará el martes']);
    expect(textsOf(book, 'Prensa Austral')).toEqual(['la grúa llevaba meses averiada']);
    expect(textsOf(book, 'Radio Cumbre')).toEqual(['no conoce los detalles del contrato']);
  });

  it('carries what the sources it contacted said, in English, also when they are described by it', () => {
    const book = bookOf('en', [
      'Two officials at the port authority contacted by Reuters said the cranes had been idle for weeks.',
      'Officials quoted by the state news agency Kazinform said the border would reopen on Monday.',
    ]);
    expect(textsOf(book, 'Reuters')).toEqual(['the cranes had been idle for weeks']);
    expect(book.lookup('Kazinform').channel).toBe('Kazinform');
    expect(textsOf(book, 'Kazinform')).toEqual(['the border would reopen on Monday']);
  });

  it('makes no channel of a body that is no medium, nor of "this newspaper"', () => {
    const book = bookOf('es', [
      'Los técnicos consultados por la Secretaría de Obras concluyeron que el puente es seguro.',
      'Según fuentes consultadas por este diario, la licitación se abrirá en junio.',
    ]);
    expect(book.lookup('Secretaría de Obras').channel).toBeUndefined();
    expect(book.lookup('este diario').channel).toBeUndefined();
  });
});

describe('a common noun as a speaker or a query', () => {
  const article = (id: string, language: string, paragraphs: string[]) => articleFromParagraphs({ id, title: `Nota ${id}`, date: '2024-05-01', language }, paragraphs);
  const book = createQuoteBook(buildQuoteData([
    article('a', 'es', ['Los operarios de la planta denunciaron despidos.', '"No hay margen para subir los salarios", indicó la empresa en un comunicado.']),
    article('b', 'es', ['La Compañía Eléctrica del Valle anunció que subirá la tarifa un 4 %.']),
    article('c', 'en', ['Workers at the depot walked out on Monday.', 'Harbor Shipping Company said its ships would sail on time.']),
  ]));

  it('offers the bodies the articles call by a noun of that kind, never the noun itself, in either language', () => {
    for (const query of ['la empresa', 'la compañía', 'the company', 'the firm', 'la firma']) {
      const found = book.lookup(query);
      expect(found.candidates).toEqual(expect.arrayContaining(['Compañía Eléctrica del Valle', 'Harbor Shipping Company']));
      expect([...found.candidates, ...found.suggestions, ...(found.related ?? [])]).not.toContain('Empresa');
    }
  });

  it('still shows what an unnamed company said when no named body of its kind is quoted', () => {
    const alone = bookOf('es', ['"No hay margen para subir los salarios", indicó la empresa en un comunicado.', 'La firma añadió que el cierre será en marzo.']);
    expect(textsOf(alone, 'la empresa')).toContain('No hay margen para subir los salarios');
    expect(alone.lookup('Empresa').statements.length).toBeGreaterThan(0);
  });

  it('names nobody by a common noun, a closed-class word or a page-furniture verb', () => {
    for (const name of ['Empresa', 'La compañía', 'The company', 'Comunicado', 'Otro', 'Usted', 'Sigue', 'Suscríbete', 'Follow']) expect(isNoName(name)).toBe(true);
    for (const name of ['Empresa Portuaria del Sur', 'Sigüenza', 'Read', 'Harbor Shipping Company', 'Cohep']) expect(isNoName(name)).toBe(false);
  });

  it('lists no common noun among the most quoted', () => {
    const found = bookOf('es', ['"No hay margen", indicó la empresa.', 'La empresa añadió que "no habrá despidos".', 'El ministro Raúl Ortega dijo que "habrá diálogo".']).lookup('Zzyzx');
    expect(found.mostQuoted).toEqual(['Raúl Ortega']);
  });
});

describe('a common noun query and the people described with it', () => {
  it('takes the company, not its spokesperson, for "the company"', () => {
    const book = bookOf('en', [
      'Northgate Freight Company said on Tuesday it would cut 300 jobs.',
      'A company spokesperson said the cuts were "painful but necessary".',
      'The firm added that no depot would close.',
    ]);
    for (const query of ['the company', 'the firm', 'la empresa']) {
      const found = book.lookup(query);
      expect(found.actor ?? found.candidates[0]).toBe('Northgate Freight Company');
      expect(found.candidates.every((name) => !/spokesperson/i.test(name))).toBe(true);
    }
  });
});
