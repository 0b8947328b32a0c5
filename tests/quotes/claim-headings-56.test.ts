/**
 * Claims quoted as subheadings or numbered items in a fact-check (issue 16, stop 56): each is a direct statement of
 * whom the paragraph after it names as having said it ("Lo afirmó X…"), else of the one the article checks (the
 * headline's or the lead's person); a quoted headline is still nobody's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es', title = 'Prueba') =>
  extractStatements(articleFromParagraphs({ id: 'test', title, date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const claims = (paragraphs: string[], language: string, title: string) => found(paragraphs, language, title).filter(({ kind }) => kind === 'direct').map(({ text, speaker }) => [text, speaker]);

describe('claims quoted as a fact-check\'s headings', () => {
  it('credits numbered quoted headings to the candidate the headline and the lead name', () => {
    expect(claims([
      'El candidato a la gobernación Rodrigo Salcedo Urrutia habló durante cuarenta minutos en la plaza de Palmira. Revisamos tres de sus afirmaciones.',
      '1. "El desempleo juvenil se duplicó en cuatro años"',
      'Falso. Según el instituto de estadística, la tasa pasó del 18 % al 23 % entre 2022 y 2026.',
      '2. "Construimos 40 kilómetros de carretera cuando fui alcalde"',
      'Verdadero. Los registros municipales confirman 41 kilómetros.',
    ], 'es', 'Verificamos tres frases del mitin de Rodrigo Salcedo en Palmira')).toEqual([
      ['El desempleo juvenil se duplicó en cuatro años', 'Rodrigo Salcedo Urrutia'],
      ['Construimos 40 kilómetros de carretera cuando fui alcalde', 'Rodrigo Salcedo Urrutia'],
    ]);
  });

  it('credits a guillemet claim to the minister a short form in the headline names, and one whose verdict says "Lo dijo…" with the subject left out', () => {
    expect(claims([
      'La ministra de Vivienda, Lucía Ortega Bravo, compareció ayer en el Congreso. Estas son dos de sus frases.',
      '1) «Hemos entregado 20.000 viviendas públicas este año»',
      'Lo dijo en su primera intervención. Es exagerado: el ministerio contabiliza 12.400 llaves entregadas.',
      '2) «El alquiler ha bajado en las zonas tensionadas»',
      'Cierto en parte. Bajó en Barcelona y subió en Madrid.',
    ], 'es', 'Lo que dijo la ministra Ortega sobre la vivienda, verificado')).toEqual([
      ['Hemos entregado 20.000 viviendas públicas este año', 'Lucía Ortega Bravo'],
      ['El alquiler ha bajado en las zonas tensionadas', 'Lucía Ortega Bravo'],
    ]);
  });

  it('credits one quoted heading to whom the paragraph after it names as saying it, and never the quoted headline', () => {
    expect(claims([
      'El precio de la canasta básica subió un 4 % en marzo, según el instituto de estadística.',
      '"La inflación está controlada"',
      'Lo afirmó el ministro de Economía, Arturo Benítez Sosa, en una entrevista radial el lunes. Los datos no lo respaldan del todo.',
    ], 'es', '"La inflación está controlada": ¿es cierto?')).toEqual([['La inflación está controlada', 'Arturo Benítez Sosa']]);
  });

  it('reads English claims, bulleted or numbered, credited to the mayor the headline names', () => {
    expect(claims([
      'Mayor Dana Prescott defended her record on transit at Tuesday\'s council meeting. We checked three of her claims.',
      '• “Fares have not gone up since 2019”',
      'True. The fare has been $2.25 since July 2019.',
      '• “Ridership is back above pre-pandemic levels”',
      'False. Ridership is at 87 % of its 2019 level, according to the transit authority.',
    ], 'en', 'Fact check: what Mayor Dana Prescott got wrong about the bus network')).toEqual([
      ['Fares have not gone up since 2019', 'Dana Prescott'],
      ['Ridership is back above pre-pandemic levels', 'Dana Prescott'],
    ]);
  });

  it('credits nobody for a single quoted heading no paragraph attributes (a pull quote or a section\'s motto)', () => {
    expect(claims([
      'Los vecinos de San Telmo llevan tres semanas sin agua caliente, denunció la asociación barrial que preside Marta Gil Serra.',
      '"Nos olvidaron"',
      'La empresa prometió arreglar la caldera antes del invierno.',
    ], 'es', 'Tres semanas sin agua caliente en San Telmo')).toEqual([]);
  });
});
