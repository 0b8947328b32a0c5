/**
 * A body the press names again by a noun for what it is ("la congregación", "la petrolera", "el gremio"), an office
 * whose name opens with an institution noun ("Defensoría del Pueblo", "Contraloría de…") read as an organisation, and
 * a Spanish plural verb with its subject left out after a body that spoke ("Además, aseguraron que…"). Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a body named again by a noun for what it is', () => {
  it('credits the organisation in focus', () => {
    expect(found(['La Compañía de María cerró el colegio de Temuco. En una declaración, la congregación explicó que la matrícula no cubría los gastos.'])).toEqual([
      { kind: 'indirect', text: 'la matrícula no cubría los gastos', speaker: 'Compañía de María' },
    ]);
    expect(found(['La firma Petrosur S.A. suspendió la perforación en Neuquén. La petrolera detalló que los trabajos se reanudarán en abril.'])).toEqual([
      { kind: 'indirect', text: 'los trabajos se reanudarán en abril', speaker: 'Petrosur S.A.' },
    ]);
    expect(found(['El Sindicato de Camioneros bloqueó los accesos al puerto. El gremio aseguró que la medida seguirá hasta el viernes.'])).toEqual([
      { kind: 'indirect', text: 'la medida seguirá hasta el viernes', speaker: 'Sindicato de Camioneros' },
    ]);
  });

  it('reads an office named by an institution noun and its complement as an organisation, which "el organismo" refers to', () => {
    expect(found(['La Contraloría General de Antioquia también se pronunció. En un comunicado, el organismo advirtió que los contratos tienen sobrecostos.'])).toEqual([
      { kind: 'indirect', text: 'los contratos tienen sobrecostos', speaker: 'Contraloría General de Antioquia' },
    ]);
  });

  it('still gives a person’s noun to a person, never to the body in focus', () => {
    expect(found(['La Compañía de María cerró el colegio de Temuco. La directora explicó que la matrícula no cubría los gastos.'])).toEqual([
      { kind: 'indirect', text: 'la matrícula no cubría los gastos', speaker: 'Directora' },
    ]);
  });
});

describe('a Spanish plural verb with its subject left out after a body', () => {
  it('credits the body that spoke', () => {
    expect(found(['La Federación Colombiana de Municipios informó que atendió a 300 familias.', 'Además, precisaron que "la ayuda llegará a las veredas más alejadas esta semana".'])).toEqual([
      { kind: 'indirect', text: 'atendió a 300 familias', speaker: 'Federación Colombiana de Municipios' },
      { kind: 'direct', text: 'la ayuda llegará a las veredas más alejadas esta semana', speaker: 'Federación Colombiana de Municipios' },
    ]);
  });

  it('prefers a group the sentence before names', () => {
    expect(found(['La Federación Colombiana de Municipios visitó a los vecinos del barrio inundado.', 'Aseguraron que nadie los había ayudado antes.'])).toEqual([
      { kind: 'indirect', text: 'nadie los había ayudado antes', speaker: 'Vecinos' },
    ]);
  });
});
