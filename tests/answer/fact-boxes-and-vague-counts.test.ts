/**
 * Unanswerable count questions answered from look-alike passages (a sixteenth newcomer's D1): a fact box whose items run
 * into one line ("Origen: … · Rescate pedido: … · Plazo de pago: …") gives each item's figure for its own label only, and
 * a "many" in a sentence that never names the counted noun counts something else ("many risks" for "how many babies").
 * Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { carriesCount } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'ataque', title: 'Un ataque informático paraliza la red de Tordesal', date: '2025-03-04', language: 'es' }, [
    'El ayuntamiento de Tordesal sufrió el lunes un ataque informático del grupo Sombra Gris, que cifró los datos del padrón.',
    'Atacantes: Sombra Gris · Origen: desconocido · Rescate pedido: 2 millones de euros · Plazo de pago: 15 de marzo',
    'El alcalde dijo que el ayuntamiento no negociará con los atacantes.',
  ]),
  articleFromParagraphs({ id: 'clinic', title: 'Power cuts at the Harlow clinic', date: '2025-04-01', language: 'en' }, [
    'Power cuts at the Harlow clinic put many patients at risk, said the director, Grace Okafor.',
    'The clinic has asked the council for a new generator.',
  ]),
]);
const ask = askOf(library);

describe('a fact box', () => {
  it('does not answer what was paid with the figure of another item', async () => {
    const result = await ask('¿Cuánto pagó el ayuntamiento de Tordesal al grupo Sombra Gris?');
    expect(result.refused).toBe(true);
  });

  it('answers what its own item says', async () => {
    const result = await ask('¿Cuánto rescate pidió el grupo Sombra Gris?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('2 millones de euros');
  });
});

describe('a vague count', () => {
  it('counts only what it stands beside', () => {
    expect(carriesCount('put many patients at risk', new Set(), false, 'en')).toBe(true);
    expect(carriesCount('put many patients at risk', new Set(), false, 'en', false)).toBe(false);
    expect(carriesCount('no hubo ninguno', new Set(), false, 'es', false)).toBe(true);
  });

  it('does not answer how many of something the sentence never names', async () => {
    const result = await ask('How many babies died at the Harlow clinic during the power cuts?');
    expect(result.refused).toBe(true);
  });
});
