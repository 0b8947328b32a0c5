/**
 * Press constructions probed at stop 51 (issue 16): a reported clause that lists items to its sentence's end, and a bare
 * channel noun that is only what a verb acts on ("invirtió … en redes"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker, via }) => ({ kind, text, speaker, via }));

describe('a reported clause that lists items to the end of its sentence', () => {
  it('keeps every item after a relative clause\'s verb', () => {
    expect(found(['Lo confirmó la directora de Vialidad, Sonia Ferreyra Paz, quien en rueda de prensa detalló que las calles cerradas serán Belgrano, Sarmiento, Rivadavia, Mitre y Alvear.'])).toEqual([
      { kind: 'indirect', text: 'las calles cerradas serán Belgrano, Sarmiento, Rivadavia, Mitre y Alvear', speaker: 'Sonia Ferreyra Paz', via: 'rueda de prensa' },
    ]);
  });

  it('keeps items that open with the same article', () => {
    expect(found(['Habló el vocero de la comuna, Arturo Meléndez, quien precisó que los puentes dañados son el del Carmen, el de Santa Ana, el del Mercado y el de Los Pinos.'])[0]).toMatchObject({
      text: 'los puentes dañados son el del Carmen, el de Santa Ana, el del Mercado y el de Los Pinos',
      speaker: 'Arturo Meléndez',
    });
  });

  it('still ends a relative\'s clause at a comma that a main verb follows', () => {
    expect(found(['La ministra Paula Lagos, quien dijo que el plan incluye a Quilpué, Limache y Olmué, firmó el decreto.'])[0]).toMatchObject({
      text: 'el plan incluye a Quilpué, Limache y Olmué',
      speaker: 'Paula Lagos',
    });
  });
});

describe('a bare channel noun after a word that says nothing', () => {
  it('is what the verb acts on, not the statement\'s channel', () => {
    expect(found(['El director, Manuel Ocampo Ríos, aseguró que la cooperativa gastó 80 millones de pesos en redes durante el invierno y que no subirá la tarifa.'])).toEqual([
      { kind: 'indirect', text: 'la cooperativa gastó 80 millones de pesos en redes durante el invierno y que no subirá la tarifa', speaker: 'Manuel Ocampo Ríos', via: null },
    ]);
  });

  it('is still the channel after a verb of saying', () => {
    expect(found(['La concejala Irene Paz denunció en redes que el basural sigue abierto.'])).toEqual([
      { kind: 'indirect', text: 'el basural sigue abierto', speaker: 'Irene Paz', via: 'redes' },
    ]);
  });
});

describe('cue verbs of regional and agency press', () => {
  it('reports the clause of "abundó", "ha trasladado a X", "ha avanzado", "ha incidido en" and "ha reivindicado"', () => {
    expect(found(['El tesorero municipal, Rigoberto Nava Cruz, abundó que el adeudo asciende a 40 millones.'])).toEqual([
      { kind: 'indirect', text: 'el adeudo asciende a 40 millones', speaker: 'Rigoberto Nava Cruz', via: null },
    ]);
    expect(found(['La delegada del Gobierno, Inés Sarrió, ha trasladado a los alcaldes que el plan llegará en otoño.'])[0]).toMatchObject({ text: 'el plan llegará en otoño', speaker: 'Inés Sarrió' });
    expect(found(['El consejero de Fomento, Tomás Aliaga, ha avanzado que la autovía se licitará en enero.'])[0]).toMatchObject({ text: 'la autovía se licitará en enero', speaker: 'Tomás Aliaga' });
    expect(found(['La portavoz de la plataforma, Eva Lorente, ha incidido en que los vecinos no fueron consultados.'])[0]).toMatchObject({ text: 'los vecinos no fueron consultados', speaker: 'Eva Lorente' });
    expect(found(['El sindicato ha reivindicado que las guardias se paguen como horas extra.'])[0]).toMatchObject({ text: 'las guardias se paguen como horas extra', speaker: 'Sindicato' });
  });

  it('reads "refirió que" as reporting a clause, and "se refirió a" still as naming only', () => {
    expect(found(['El vocero de la Sedena, Jorge Islas Ponce, refirió que el convoy salió a las seis de la mañana.'])).toEqual([
      { kind: 'indirect', text: 'el convoy salió a las seis de la mañana', speaker: 'Jorge Islas Ponce', via: null },
    ]);
    expect(found(['El diputado Mauro Cid se refirió a que el presupuesto no alcanza.']).filter((statement) => statement.kind === 'indirect')).toEqual([]);
  });

  it('credits what was published or posted on an account to the inverted subject', () => {
    expect(found(['«Gracias, Veracruz, por la confianza», publicó en su cuenta de Facebook el diputado Omar Lagunes.'])).toEqual([
      { kind: 'direct', text: 'Gracias, Veracruz, por la confianza', speaker: 'Omar Lagunes', via: 'Facebook' },
    ]);
    expect(found(['“We will not back down,” Councilwoman Dana Reyes posted on Instagram.'], 'en')).toEqual([
      { kind: 'direct', text: 'We will not back down', speaker: 'Dana Reyes', via: 'Instagram' },
    ]);
  });
});

describe('a "para X," viewpoint after a connector', () => {
  it('gives X the view and the quoted words after "Sin embargo," or "Pero"', () => {
    expect(found(['Sin embargo, para el gerente de la cooperativa, Luis Arzamendia, el subsidio «no alcanza ni para un mes».'])).toEqual([
      { kind: 'indirect', text: 'el subsidio «no alcanza ni para un mes»', speaker: 'Luis Arzamendia', via: null },
      { kind: 'direct', text: 'no alcanza ni para un mes', speaker: 'Luis Arzamendia', via: null },
    ]);
    expect(found(['Pero para la fiscal Norma Quiroga, la prueba es insuficiente.'])).toEqual([
      { kind: 'indirect', text: 'la prueba es insuficiente', speaker: 'Norma Quiroga', via: null },
    ]);
  });
});
