/**
 * /quote look-ups of stop 61's kinds (issue 16), each on sentences of our own, Spanish and English: a person found by a
 * description in apposition whose head no list of titles knows (before or after the name, closed by a comma, a dash or a
 * relative clause), by one noun right before the name that no list knows either, and by a description cut short.
 */
import { describe, expect, it } from 'vitest';
import { quoteBookOf } from '../fixtures/quotes/load.js';

/** The actor a look-up shows statements of, or null. */
const found = (language: string, paragraphs: string[], query: string) => {
  const result = quoteBookOf(language, paragraphs).lookup(query);
  return result.statements.length > 0 ? result.actor : null;
};

describe('a description in apposition whose head no title list knows', () => {
  it('before the name, with a complement in lower case or a proper name', () => {
    const paragraphs = [
      'La coordinadora de la mesa sectorial, Irene Castaño Vidal, acusó al gobierno de «mirar hacia otro lado».',
      'El tesorero del club náutico, Damián Ferro, dijo que las cuentas «cuadran al céntimo».',
    ];
    expect(found('es', paragraphs, 'la coordinadora de la mesa sectorial')).toBe('Irene Castaño Vidal');
    expect(found('es', paragraphs, 'el tesorero del club náutico')).toBe('Damián Ferro');
  });
  it('before the name, after a reported clause or a preposition', () => {
    expect(found('es', [
      'La Diputación, a través de la consellera de Montes, Neus Rovira Pla, dijo que la campaña «empieza ya».',
    ], 'la consellera de Montes')).toBe('Neus Rovira Pla');
  });
  it('after the name, closed by a full stop, a dash or a relative clause; an owner in the possessive kept', () => {
    expect(found('en', ['"We will not back down," said Rhys Ward, Tidewell Trust’s head of policy.'], 'Tidewell Trust’s head of policy')).toBe('Rhys Ward');
    expect(found('en', ['"The data is plain," said Nia Brooks, a Harbour Watch volunteer who has logged spills since 2019.'], 'a Harbour Watch volunteer')).toBe('Nia Brooks');
    expect(found('es', ['—Aquí nadie cobra las horas extra —contó Rosa Llamas, enlace del turno de tarde—. Y nadie lo dice.'], 'enlace del turno de tarde')).toBe('Rosa Llamas');
  });
  it("never a time phrase, an adverb, a verb's phrase or a word that stresses the name", () => {
    const paragraphs = [
      'El jueves, Ana Lucía Prieto dijo que el plan «no se toca».',
      '«Seguiremos», dijo Tomás Ribas Gil, finalmente.',
      'La jueza del caso, Olga Prado Ruiz, tuvo que pedir silencio dos veces. «Esto no es un mitin», dijo.',
      'El propio Ribas admitió después que «hubo errores».',
    ];
    const book = quoteBookOf('es', paragraphs);
    expect(book.actor('Ana Lucía Prieto')?.aliases).toEqual([]);
    expect(book.actor('Tomás Ribas Gil')?.aliases).toEqual(['Ribas']);
    expect(book.actor('Olga Prado Ruiz')?.aliases).toEqual(['jueza del caso']);
  });
  it('never a subject and its verb after a place named before them ("en el Ramón Sosa, el Gringo reunió…")', () => {
    const book = quoteBookOf('es', ['Tras el empate en el Ramón Sosa, el Gringo reunió a la plantilla. «Me voy», dijo Julio Pardo Sanz.']);
    expect(book.lookup('el Gringo').unquotedAs ?? []).toEqual([]);
  });
});

describe('one noun no list knows right before the name', () => {
  it('"el candidato Quiroga", "el oceanógrafo Pau Mir Soler": the person by that noun', () => {
    expect(found('es', ['El candidato Quiroga no habló con la prensa. En un vídeo afirmó que el fallo «es injusto».'], 'el candidato')).toBe('Quiroga');
    expect(found('es', ['Su amigo de la infancia, el oceanógrafo Pau Mir Soler, recuerda aquello. «Era valiente», dice.'], 'el oceanógrafo')).toBe('Pau Mir Soler');
  });
});

describe('a description cut short', () => {
  it('the head and a word of its complement find the person the article describes in full', () => {
    const paragraphs = ['La delegada del Área de Movilidad del Cabildo, Carmen Olmedo Ríos, afirmó que las obras «acabarán en marzo».'];
    expect(found('es', paragraphs, 'la delegada de Movilidad')).toBe('Carmen Olmedo Ríos');
    expect(found('en', ['"Fares stay as they are," said Owen Hale, the director of planning at the Port Authority of Kestrel.'], 'the director of planning')).toBe('Owen Hale');
  });
  it('a word only in the complement of a description still names nobody', () => {
    expect(found('es', ['La delegada del Área de Movilidad del Cabildo, Carmen Olmedo Ríos, afirmó que las obras «acabarán en marzo».'], 'Movilidad')).toBeNull();
  });
});

describe("a body's spokesperson or officials, where the articles credit the body itself", () => {
  const paragraphs = [
    'Tidewell rechazó el informe. «No reconocemos esas cifras», dijo Tidewell en un comunicado.',
    '"We followed every rule," the Harbour Board said in a statement.',
    'Vladimir Ostrov dijo que «no habrá acuerdo».',
  ];
  it('the body, by its spokesperson before or after its name, or its officials', () => {
    expect(found('es', paragraphs, 'un portavoz de Tidewell')).toBe('Tidewell');
    expect(found('es', paragraphs, 'A Tidewell spokesperson')).toBe('Tidewell');
    expect(found('es', paragraphs, 'Harbour Board officials')).toBe('Harbour Board');
    expect(found('es', paragraphs, "the Harbour Board's spokesman")).toBe('Harbour Board');
  });
  it("a person's spokesperson is another person", () => {
    expect(found('es', paragraphs, 'Ostrov spokesman')).toBeNull();
  });
});
