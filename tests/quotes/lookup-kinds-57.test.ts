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

  it('carries what was said in a talk with it ("en diálogo con", "en conversación con"), never a talk with anyone else', () => {
    const book = bookOf('es', [
      'El ministro Pablo Ordóñez, en diálogo con EFE, aseguró que el puerto abrirá en junio.',
      'En conversación con la agencia Prensa Austral, la alcaldesa Nora Gil dijo que no habrá cortes.',
      'La vecina Ana Ruiz, en diálogo con sus vecinos, dijo que el agua llegó tarde.',
    ]);
    expect(textsOf(book, 'EFE')).toEqual(['el puerto abrirá en junio']);
    expect(textsOf(book, 'Prensa Austral')).toEqual(['no habrá cortes']);
    expect(book.lookup('Ana Ruiz').statements.map((statement) => statement.via)).toEqual([null]);
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

describe('a role query by another noun for the office', () => {
  it('finds a judge by "juez" or "magistrado", in the gender asked', () => {
    const book = bookOf('es', [
      'La magistrada Inés Cabral Mora sostuvo que el recurso no procede.',
      'El juez Ramón Ferrer Gil dijo que la sentencia se conocerá en enero.',
    ]);
    for (const query of ['la magistrada', 'la jueza']) expect(book.lookup(query).actor).toBe('Inés Cabral Mora');
    for (const query of ['el magistrado', 'el juez']) expect(book.lookup(query).actor).toBe('Ramón Ferrer Gil');
  });

  it('finds the coach the sports press calls "el DT" by any noun for a coach', () => {
    const book = bookOf('es', ['El DT de Sport Ribera, Hugo Lanza, dijo que el árbitro se equivocó.', '"Jugamos mal", admitió el DT.']);
    for (const query of ['el DT', 'el entrenador', 'el técnico', 'el director técnico']) {
      expect(book.lookup(query).actor).toBe('Hugo Lanza');
      expect(book.lookup(query).resolvedBy).toBe('role');
    }
  });

  it('offers every holder by name when the articles give the role to several', () => {
    const book = bookOf('es', [
      'El magistrado Óscar Lema Ruiz votó en contra y dijo que la corte "excede sus funciones".',
      'El magistrado Tomás Ariza Paz sostuvo que el plazo es razonable.',
    ]);
    for (const query of ['el magistrado', 'el juez']) expect(book.lookup(query).candidates).toEqual(expect.arrayContaining(['Óscar Lema Ruiz', 'Tomás Ariza Paz']));
  });
});

describe("an organisation's name in the other language", () => {
  it('offers who spoke for a chamber named in English where the article writes it in Spanish', () => {
    const book = bookOf('es', ['Una portavoz de la Cámara de Comercio de Tarija, Julia Pinto, advirtió que las pérdidas serán millonarias.']);
    expect(book.lookup('Cámara de Comercio de Tarija').actor).toBe('Julia Pinto');
    for (const query of ['Chamber of Commerce', 'Tarija Chamber of Commerce', 'Chamber of Commerce of Tarija']) expect(book.lookup(query).related).toEqual(['Julia Pinto']);
  });

  it('finds a confederation or a cooperative by its English name', () => {
    const book = bookOf('es', [
      'La Confederación Nacional del Transporte anunció que bloqueará las rutas desde el lunes.',
      'La Cooperativa de Vivienda Obrera aseguró que las cuotas no subirán.',
    ]);
    for (const query of ['National Transport Confederation', 'National Confederation of Transport']) expect(book.lookup(query).actor).toBe('Confederación Nacional del Transporte');
    expect(book.lookup('Housing Cooperative').actor).toBe('Cooperativa de Vivienda Obrera');
  });

  it("finds a Spanish office by the English '<role>'s Office', with or without its country", () => {
    const book = bookOf('es', ['La Fiscalía General de la Nación informó que abrirá una investigación contra el exalcalde.', 'El fiscal Mario Bermeo dijo que las pruebas son sólidas.']);
    for (const query of ["Attorney General's Office", "Prosecutor's Office", "Colombian Attorney General's Office"]) expect(book.lookup(query).actor).toBe('Fiscalía General de la Nación');
    expect(book.lookup("Mayor's Office").actor).toBeNull();
  });
});

describe('an organisation and the people who speak for it', () => {
  it('offers, beside its own statements, whom the articles describe as heading or speaking for it, by any of its names', () => {
    const book = bookOf('es', [
      'El Servicio Electoral (Servel) confirmó que el recuento terminó.',
      'El director regional del Servel, Hugo Riquelme, dijo que 30 mesas tuvieron vocales reemplazantes.',
      'La Cruz Roja Boliviana informó que envió 40 voluntarios a la zona.',
      'La coordinadora de la Cruz Roja Boliviana, Liz Vargas, explicó que la prioridad son los niños.',
    ]);
    for (const query of ['Servel', 'Servicio Electoral']) {
      const found = book.lookup(query);
      expect(found.actor).toBe('Servicio Electoral');
      expect(found.related).toEqual(['Hugo Riquelme']);
    }
    expect(book.lookup('Cruz Roja Boliviana').related).toEqual(['Liz Vargas']);
  });

  it('does so in English, and relates nobody to a person', () => {
    const book = bookOf('en', [
      'The Port Authority said the berth was safe.',
      'A spokeswoman for the Port Authority, Jane Moss, said the berth would reopen on Monday.',
      'Mayor Tom Reyes said the city would pay for the repairs.',
    ]);
    expect(book.lookup('Port Authority').related).toEqual(['Jane Moss']);
    expect(book.lookup('Tom Reyes').related).toBeUndefined();
  });
});
