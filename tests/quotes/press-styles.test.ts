/**
 * Constructions of different outlets' styles (issue 16, third round), each on text written for the test: Chilean and
 * Uruguayan political reporting, wire copy, British and science-magazine English.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const saidBy = (paragraphs: string[], text: string, language = 'es') => found(paragraphs, language).find((statement) => statement.text.includes(text))?.speaker;

describe('inverted subjects and sources', () => {
  it('reads the subject after a discourse adverbial set off by commas ("advirtió, sin embargo, el presidente de la UDI, …")', () => {
    const paragraphs = [
      'El ministro de Hacienda, Mario Marcel, dijo que el gobierno está dispuesto a flexibilizar el proyecto.',
      '"No estamos disponibles para aprobar cualquier cosa", advirtió, sin embargo, el presidente de la UDI, Javier Macaya.',
    ];
    expect(saidBy(paragraphs, 'No estamos disponibles')).toBe('Javier Macaya');
  });

  it('reads a role no list knows after "según" ("Según el timonel gremialista, …") as whom the article was quoting', () => {
    const paragraphs = ['"No estamos disponibles", advirtió el presidente de la UDI, Javier Macaya.', 'Según el timonel gremialista, el gobierno sigue sin escuchar las propuestas de su sector.'];
    expect(saidBy(paragraphs, 'el gobierno sigue sin escuchar')).toBe('Javier Macaya');
  });

  it('reads a surname with its particle opening the sentence ("De Urresti también apuntó a que…")', () => {
    const paragraphs = ['El senador Alfonso de Urresti valoró el anuncio del Ejecutivo.', 'De Urresti también apuntó a que la derecha no tiene autoridad moral para dar lecciones.'];
    expect(saidBy(paragraphs, 'la derecha no tiene')).toBe('Alfonso de Urresti');
  });

  it('drops a party acronym before a surname with a particle ("el senador PS Alfonso de Urresti")', () => {
    expect(saidBy(['El senador PS Alfonso de Urresti afirmó que el anuncio es una buena señal para el país.'], 'una buena señal')).toBe('Alfonso de Urresti');
  });

  it('reports nothing for a verb with a plain object after an opening adverbial ("Por su parte, X valoró el anuncio.")', () => {
    expect(found(['Por su parte, el senador Alfonso de Urresti valoró el anuncio.'])).toEqual([]);
  });

  it('credits "según el comunicado" to whom the article was reporting', () => {
    const paragraphs = ['Las Fuerzas de Defensa de Israel informaron este martes que abatieron a un comandante. Según el comunicado militar, el dirigente era responsable de decenas de ataques.'];
    expect(saidBy(paragraphs, 'el dirigente era responsable')).toBe('Fuerzas de Defensa de Israel');
  });
});

describe('clauses after other quotations', () => {
  it('reads the main verb\'s "que" clause after a relative clause holding its own quotation', () => {
    const paragraphs = ['El senador Iván Cepeda, quien calificó la decisión como "un golpe a la democracia", anunció que presentará una denuncia ante la Corte Suprema.'];
    expect(found(paragraphs)).toEqual([
      { kind: 'direct', text: 'un golpe a la democracia', speaker: 'Iván Cepeda' },
      { kind: 'indirect', text: 'presentará una denuncia ante la Corte Suprema', speaker: 'Iván Cepeda' },
    ]);
  });

  it('gives "he" the subject of the clause before in the same sentence', () => {
    const paragraphs = ['Mr. Sunak insisted that the plan was working.', 'The chancellor, Jeremy Hunt, said the measures were temporary, but he acknowledged that families would face a difficult winter.'];
    expect(saidBy(paragraphs, 'families would face', 'en')).toBe('Jeremy Hunt');
  });

  it('reads no clause after a preposition ("warned of “…”")', () => {
    const statements = found(['Ms. Pelosi warned of “catastrophic consequences for millions of families” if Congress failed to act.'], 'en');
    expect(statements).toEqual([{ kind: 'direct', text: 'catastrophic consequences for millions of families', speaker: 'Pelosi' }]);
  });
});

describe('mixed quotations closed by a verb or set around a source', () => {
  it('reports the narrated stretch holding quotations when a verb closes the sentence', () => {
    const paragraphs = ['La situación en el norte es "crítica" y el Gobierno debe "actuar de inmediato", dijo el gobernador de Antofagasta, Ricardo Díaz.'];
    expect(found(paragraphs)).toContainEqual({ kind: 'indirect', text: 'La situación en el norte es "crítica" y el Gobierno debe "actuar de inmediato"', speaker: 'Ricardo Díaz' });
  });

  it('still gives a verb the quotation that opens the sentence ("“…”, dijo X")', () => {
    expect(found(['"No hay marcha atrás en esta decisión", dijo el gobernador Ricardo Díaz.'])).toEqual([{ kind: 'direct', text: 'No hay marcha atrás en esta decisión', speaker: 'Ricardo Díaz' }]);
  });

  it('credits the quotations after a source set between commas to that source', () => {
    const english = found(['The decision, according to the ministry, was taken “in the interest of national security.”'], 'en');
    expect(english).toContainEqual({ kind: 'direct', text: 'in the interest of national security.', speaker: 'Ministry' });
  });
});

describe('English magazine and British style', () => {
  it('reads "…, agrees X, an astronomer at…" and present-tense "says"', () => {
    const paragraphs = ['The results will need spectroscopic confirmation, agrees Garth Illingworth, an astronomer at the University of California, Santa Cruz.', '“I think we’ll know within a year,” Illingworth says.'];
    expect(found(paragraphs, 'en').map((statement) => statement.speaker)).toEqual(['Garth Illingworth', 'Garth Illingworth']);
  });

  it('reads an honorific without a dot as a title ("Dr Sarah Jones", "Prof Philip Banfield")', () => {
    expect(saidBy(['Dr Sarah Jones, a lecturer in sociology, said the cuts were a betrayal.'], 'the cuts', 'en')).toBe('Sarah Jones');
    expect(saidBy(['Its chair of council, Prof Philip Banfield, said doctors were exhausted and demoralised.'], 'doctors were', 'en')).toBe('Philip Banfield');
  });
});

describe('anonymous sources after the verb', () => {
  it('keeps the place locating a source that closes the sentence, but not a channel', () => {
    expect(saidBy(['The party is worried about turnout, said one GOP operative in the state.'], 'worried about turnout', 'en')).toBe('One GOP operative in the state');
    expect(saidBy(['El acuerdo está cerrado, dijo un funcionario en rueda de prensa.'], 'El acuerdo está cerrado')).toBe('Un funcionario');
  });

  it('ends an inverted source at its relative clause ("said a senior Democratic aide who was not authorized…")', () => {
    expect(saidBy(['“We’re running out of time,” said a senior Democratic aide who was not authorized to speak publicly.'], 'running out of time', 'en')).toBe('Senior Democratic aide');
  });

  it('counts a small number as a group of sources and reads no speaker into an English passive', () => {
    expect(found(['The deal could be announced as soon as Friday, according to two people briefed on the talks.'], 'en')).toEqual([
      { kind: 'indirect', text: 'The deal could be announced as soon as Friday', speaker: 'Two people briefed on the talks' },
    ]);
  });
});
