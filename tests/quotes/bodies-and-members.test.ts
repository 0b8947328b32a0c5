/**
 * Bodies that wire copy quotes by their common noun ("Egypt's central bank said", "la embajada informó") and names
 * joined in apposition to a group ("Two inspectors, A and B, said"), on sentences written for them (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraph: string, language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, [paragraph])).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('bodies by their common noun, members named in apposition', () => {
  it('reads a bank, a commission or an embassy as a body that speaks', () => {
    expect(found("The loan will arrive within a week, Moravia's central bank said.", 'en')).toEqual([
      { kind: 'indirect', text: 'The loan will arrive within a week', speaker: "Moravia's central bank" },
    ]);
    expect(found('El préstamo llegará en una semana, informó la embajada de Moravia.', 'es')).toEqual([
      { kind: 'indirect', text: 'El préstamo llegará en una semana', speaker: 'Embajada de Moravia' },
    ]);
  });

  it('credits the names joined in apposition to a group jointly', () => {
    expect(found('Two inspectors, Ana Ruiz and Rosa Quintana, told the council that the bridge was safe.', 'en')).toEqual([
      { kind: 'indirect', text: 'the bridge was safe', speaker: 'Ana Ruiz and Rosa Quintana' },
    ]);
    expect(found('Dos inspectoras, Ana Ruiz y Rosa Quintana, dijeron que el puente es seguro.', 'es')).toEqual([
      { kind: 'indirect', text: 'el puente es seguro', speaker: 'Ana Ruiz y Rosa Quintana' },
    ]);
    // A description of the group in apposition is no list of its members.
    expect(found('Los vecinos, en especial los del norte, dijeron que el puente es seguro.', 'es').map((statement) => statement.speaker)).toEqual(['Vecinos']);
  });
});
