/**
 * A source marker after a sentence's opening adjunct ("De hecho, según X, …") opens the report as it does at the start,
 * and a Spanish noun for someone by what they do, with a lower-case complement ("el panelista del programa de
 * espectáculos"), refers back to the person in focus by the noun (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'roles', title: 'Test', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

const lead = 'La comentarista Inés Robles contó detalles de la discusión entre los dos conductores.';

describe('a role with a complement, after an opening adjunct', () => {
  it('credits "según el columnista de la sección de deportes" to the person in focus', () => {
    expect(statements([lead, 'Según el columnista de la sección de deportes, la discusión terminó con una sanción para ambos.'])).toEqual([
      { kind: 'indirect', speaker: 'Inés Robles', text: 'la discusión terminó con una sanción para ambos' },
    ]);
  });

  it('reports only what follows the source when an adjunct opens the sentence', () => {
    expect(statements([lead, 'De hecho, según la comentarista, la discusión terminó con una sanción para ambos.'])).toEqual([
      { kind: 'indirect', speaker: 'Inés Robles', text: 'la discusión terminó con una sanción para ambos' },
    ]);
    expect(statements([lead, 'En el episodio 12, según la comentarista, los conductores no se saludaron.'])).toEqual([
      { kind: 'indirect', speaker: 'Inés Robles', text: 'los conductores no se saludaron' },
    ]);
  });

  it('leaves a thing with a complement alone: "la lista de invitados" is nobody', () => {
    expect(statements([lead, 'Según la lista de invitados, los dos conductores estaban en la fiesta.'])).toEqual([]);
  });
});
