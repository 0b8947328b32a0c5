/** Attribution constructions of real press writing (issue 16): each kind on Spanish or English inputs written for the test. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const saidBy = (paragraphs: string[], text: string, language = 'es') => found(paragraphs, language).find((statement) => statement.text.includes(text))?.speaker;

describe('quotation marks', () => {
  it('closes a “ quotation with a straight " when nothing else closes it', () => {
    expect(found(['“El puerto no cerrará este invierno", añadió Lucía Ferrer.'])).toEqual([
      { kind: 'direct', text: 'El puerto no cerrará este invierno', speaker: 'Lucía Ferrer' },
    ]);
  });

  it('credits every paragraph of a quotation running over paragraphs to the speaker named where it ends', () => {
    const paragraphs = [
      'Los estibadores protestaron ante la sede de la naviera Marítima Sur, cuyo director, Pablo Ortega, no quiso hablar.',
      '“Nuestros contratos son cada vez más cortos y peores.',
      '“No podemos seguir así durante otro curso entero”, explicó Ana Ruiz, portavoz del sindicato.',
    ];
    expect(found(paragraphs)).toEqual([
      { kind: 'direct', text: 'Nuestros contratos son cada vez más cortos y peores.', speaker: 'Ana Ruiz' },
      { kind: 'direct', text: 'No podemos seguir así durante otro curso entero', speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('left-out subjects', () => {
  it('reads "“…”, dijo a El Diario." as the person the previous sentence is about, not as an unread subject', () => {
    expect(saidBy(['La geóloga Marta Solís habló el martes con este periódico.', '“No hay ningún riesgo para los vecinos del valle”, dijo a El Diario.'], 'No hay ningún riesgo')).toBe('Marta Solís');
  });

  it('gives a colon quotation to whom the text was about when its clause opens with the verb', () => {
    const paragraphs = ['El alcalde Tomás Vera habló ante el pleno. “No vamos a subir los impuestos este año”, dijo Vera. Así, se dirigió a la oposición para pedirle, a gritos, que se callara: “¡Ustedes no aportan nada a esta ciudad!”.'];
    expect(saidBy(paragraphs, 'Ustedes no aportan')).toBe('Tomás Vera');
  });
});

describe('roles', () => {
  it('reads "el presidente de la Asamblea" as the person given that longer title, not the president in focus', () => {
    const paragraphs = [
      'El presidente de la Asamblea Nacional, Rubén Salas, abrió la sesión. El presidente Andrés Mora no asistió.',
      '“Este país necesita calma”, agregó el presidente.',
      'Después, el presidente de la Asamblea continuó diciendo: “Los diputados no cobrarán dietas este mes”.',
    ];
    expect(saidBy(paragraphs, 'Este país necesita calma')).toBe('Andrés Mora');
    expect(saidBy(paragraphs, 'Los diputados no cobrarán')).toBe('Rubén Salas');
  });
});

describe('reported clauses', () => {
  it('keeps the words after an aside opened by "que," in the reported clause', () => {
    expect(found(['Olga Ruiz explicó que, por culpa de la lluvia, la cosecha llegará tarde y sostuvo que no habrá subida de precios.'])).toEqual([
      { kind: 'indirect', text: 'por culpa de la lluvia, la cosecha llegará tarde', speaker: 'Olga Ruiz' },
      { kind: 'indirect', text: 'no habrá subida de precios', speaker: 'Olga Ruiz' },
    ]);
  });

  it('reads "en el que" as a relative pronoun and finds the "que" of a verb past a long name', () => {
    expect(found(['El informe incluye un acta en el que una jueza de vigilancia penitenciaria expuso a la Dirección General de Instituciones Penitenciarias en 2022 que el recluso tenía permisos.'])).toEqual([
      { kind: 'indirect', text: 'el recluso tenía permisos', speaker: 'Una jueza de vigilancia penitenciaria' },
    ]);
  });
});

describe('speaker noun phrases', () => {
  it('reads "el usuario de Twitter Kevin Ramos, quien …, aseguró" as Kevin Ramos, with the fragments he quoted', () => {
    const statements = found(['Dos días después, el usuario de Twitter Kevin Ramos, quien se presenta como militante del partido, aseguró que denunciaría al diario, “por difundir mensajes falsos con el fin de asustar a la población”.']);
    expect(statements.map((statement) => statement.speaker)).toEqual(['Kevin Ramos', 'Kevin Ramos']);
    expect(statements[1]).toEqual({ kind: 'direct', text: 'por difundir mensajes falsos con el fin de asustar a la población', speaker: 'Kevin Ramos' });
  });

  it('keeps an institution named with "para la" whole and gives it both coordinated quotations', () => {
    expect(found(['La Oficina Especial para la Defensa de los Consumidores alertó el lunes sobre “abusos graves en los contratos de la luz”, tras la subida, y “cláusulas ocultas en las facturas del gas”.'])).toEqual([
      { kind: 'direct', text: 'abusos graves en los contratos de la luz', speaker: 'Oficina Especial para la Defensa de los Consumidores' },
      { kind: 'direct', text: 'cláusulas ocultas en las facturas del gas', speaker: 'Oficina Especial para la Defensa de los Consumidores' },
    ]);
  });
});

describe('scare quotes and nicknames', () => {
  it('makes no statement of a few quoted words in the narrator\'s sentence or of a quoted nickname', () => {
    const statements = found(['Durante las “olas de frío” el lago se hiela, explica el Servicio Meteorológico. La obra durará “años”, según ha dicho la Agencia del Agua. La jueza Ana Gil dijo que “Toro” seguía en prisión.']);
    expect(statements.filter((statement) => statement.kind === 'direct')).toEqual([]);
  });

  it('still gives a short fragment inside reported speech to the speaker', () => {
    expect(found(['The minister, Carla Diaz, said the meeting had been "frank and useful".'], 'en')).toContainEqual({ kind: 'direct', text: 'frank and useful', speaker: 'Carla Diaz' });
  });
});
