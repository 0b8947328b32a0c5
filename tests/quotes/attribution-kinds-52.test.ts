/**
 * Who said it (issue 16's attribution, stop 52), by kind: a document the article cites is a source, never a person;
 * an office with no holder named stays a role; a page label before the subject is no part of it; "atribuyó a X la
 * frase «…»" is X's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statementsOf = (paragraphs: string[], language: string) => extractStatements(articleFromParagraphs({ id: 'test', title: 'test', date: '2026-12-04', language }, paragraphs));
const speakerOf = (text: string, paragraphs: string[], language = 'es') => statementsOf(paragraphs, language).find((statement) => statement.text.includes(text))?.speaker;

describe('a document the article cites is never a person', () => {
  it('gives "she said" after a cited study to the person named before it, not to the study', () => {
    const paragraphs = ['Councillor Maya Brooks toured the clinic on Friday. A study released by the county on Thursday found that waiting times had tripled.', '“Nobody should wait nine hours for a doctor,” she said.'];
    expect(speakerOf('Nobody should wait', paragraphs, 'en')).toBe('Maya Brooks');
  });

  it('gives a quotation with its subject left out after "según el informe" to the person in focus', () => {
    const paragraphs = ['La concejala Inés Marambio recorrió el consultorio el viernes. Según el informe publicado el jueves, la espera promedio llegó a nueve horas.', '«Ningún vecino debería esperar tanto por un médico», reclamó.'];
    expect(speakerOf('Ningún vecino debería', paragraphs)).toBe('Inés Marambio');
  });

  it('never gives a quotation to the document when nobody else is in focus', () => {
    const paragraphs = ['El estudio, elaborado por dos universidades, concluye que la espera promedio llegó a nueve horas.', '«Es una vergüenza», dijo.'];
    expect(speakerOf('Es una vergüenza', paragraphs)).not.toBe('Estudio');
  });

  it('keeps a document as the source of what it states, and of what it goes on stating', () => {
    const paragraphs = ['El informe indica que la matrícula cayó un 8 %. Además, señala que las escuelas rurales perdieron más alumnos.'];
    expect(speakerOf('la matrícula cayó', paragraphs)).toBe('Informe');
    expect(speakerOf('las escuelas rurales perdieron', paragraphs)).toBe('Informe');
  });

  it('never gives a person\'s role to a cited document', () => {
    const paragraphs = ['The audit found that the agency overpaid contractors by $3 million. The official said the payments were approved by the board.'];
    expect(speakerOf('the payments were approved', paragraphs, 'en')).not.toBe('Audit');
    const report = ['A report published on Monday says that the county overpaid contractors.', 'The spokesman said the payments were legal.'];
    expect(speakerOf('the payments were legal', report, 'en')).not.toBe('Report');
  });
});
