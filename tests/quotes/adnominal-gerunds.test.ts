/**
 * A naming gerund right after a noun's complement that names a person ("tras la expresión de X catalogando de «…»") is said
 * of that person: its quoted fragment is theirs, not the sentence's reporting subject's (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'adnominal', title: 'Test', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

describe('a gerund after a noun’s complement naming someone', () => {
  it('credits its quoted fragment to the person named, not to the reporting subject', () => {
    expect(statements(['La concejala Rosa Ibarra denunció que la apartaron tras las palabras de Tomás Andrés Quiroga tildando de “vagos” a los huelguistas.']).filter(({ kind }) => kind === 'direct')).toEqual([
      { kind: 'direct', speaker: 'Tomás Andrés Quiroga', text: 'vagos' },
    ]);
  });

  it('reads a title before the name', () => {
    expect(statements(['El senador Iván Prieto criticó las palabras del alcalde Óscar Lema calificando de “traidores” a los sindicatos.'])).toEqual([{ kind: 'direct', speaker: 'Óscar Lema', text: 'traidores' }]);
  });
});
