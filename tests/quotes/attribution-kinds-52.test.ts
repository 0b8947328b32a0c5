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

describe('an office nobody in the article holds stays a role', () => {
  it('keeps "el seremi" as the speaker rather than the untitled neighbour in focus', () => {
    const paragraphs = ['La vecina Marta Cifuentes, que vive frente a la planta, dijo que el olor no se aguanta desde marzo.', '«Ya fiscalizamos la planta dos veces este año», explicó el seremi.'];
    expect(speakerOf('Ya fiscalizamos la planta', paragraphs)).toBe('Seremi');
  });

  it('keeps an office with its complement ("the mayor of…") away from an untitled focus', () => {
    const paragraphs = ['Dale Hutchins, who runs a bakery on Main Street, said the detour had halved his sales.', 'The mayor of Brockton said the street would reopen before Thanksgiving.'];
    expect(speakerOf('the street would reopen', paragraphs, 'en')).not.toBe('Dale Hutchins');
  });

  it('still gives the office to its holder the article named', () => {
    const paragraphs = ['El seremi de Medio Ambiente, Tomás Ilabaca, visitó la planta el lunes. La vecina Marta Cifuentes dijo que el olor no se aguanta.', '«Ya fiscalizamos la planta dos veces», explicó el seremi.'];
    expect(speakerOf('Ya fiscalizamos la planta', paragraphs)).toBe('Tomás Ilabaca');
  });
});

describe('a page label run into the subject is no part of it', () => {
  it('reads "Video The mayor said" as the mayor the article named', () => {
    const paragraphs = ['Mayor Lena Okafor cut the ribbon on the new footbridge on Saturday.', 'Video The mayor said the bridge had cost less than planned.'];
    expect(speakerOf('the bridge had cost less', paragraphs, 'en')).toBe('Lena Okafor');
  });

  it('never makes a label part of a role or a body', () => {
    expect(speakerOf('se reabrirá en marzo', ['Compartir El alcalde dijo que el puente se reabrirá en marzo.'])).toBe('Alcalde');
    expect(speakerOf('review the contract', ['Message The council said it would review the contract.'], 'en')).toBe('Council');
  });

  it('keeps a medium whose name holds a capitalised article', () => {
    expect(speakerOf('se suspendió', ['Radio La Voz del Sur informó que el partido se suspendió.'])).toContain('La Voz del Sur');
  });
});

describe('words ascribed to someone else', () => {
  it('gives "atribuyó a X la frase «…»" to X, not to the subject', () => {
    expect(speakerOf('el que no paga', ['El exministro atribuyó a Gabriel Mora la frase «el que no paga, no vota» durante el debate.'])).toBe('Gabriel Mora');
    expect(speakerOf('el que no paga', ['La senadora Ana Ruiz atribuyó la frase «el que no paga, no vota» a Gabriel Mora.'])).toBe('Gabriel Mora');
  });

  it('still gives a cause named in the subject\'s own words to the subject', () => {
    expect(speakerOf('problemas técnicos', ['La senadora Ana Ruiz atribuyó las cancelaciones a «problemas técnicos que nadie previó».'])).toBe('Ana Ruiz');
  });
});
