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
