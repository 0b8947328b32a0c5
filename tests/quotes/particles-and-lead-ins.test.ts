/**
 * Statements the sixth newcomer found missing, each a kind on text written for it: a surname with its lower-case
 * particle after the verb ("detalló del Pópolo", "dijo de Urresti"), a semicolon leading in a quotation ("he added;
 * “…”"), and a subject pronoun after a participle clause with no comma ("Speaking through an interpreter he added").
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakerOf = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).at(-1)?.speaker;

describe('a surname with its lower-case particle after the verb', () => {
  it('is the person the article named in full, or the surname as written', () => {
    const named = 'La directora de Planificación, Silvina del Pópolo, presentó el calendario de evaluaciones.';
    expect(speakerOf([named, 'El gobernador Luis Mora anunció más fondos para las escuelas.', '“El operativo tiene distintos momentos: primero una prueba piloto en mayo”, detalló del Pópolo.'], 'es')).toBe('Silvina del Pópolo');
    expect(speakerOf([named, '“El operativo tiene distintos momentos: primero una prueba piloto en mayo”, detalló de Urresti.'], 'es')).toBe('de Urresti');
  });
});

describe('a quotation led in by a semicolon, the subject a pronoun after a participle clause', () => {
  it('credits the pronoun\'s antecedent', () => {
    const paragraphs = ['Director Bong Joon Ho thanked the cast on Sunday.', 'Speaking through an interpreter he added; “It is true that the momentum is building and we are part of the race.”'];
    expect(speakerOf(paragraphs, 'en')).toBe('Bong Joon Ho');
  });
});
