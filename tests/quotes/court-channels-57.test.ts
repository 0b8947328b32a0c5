/**
 * Cue verbs and channels of courts, parliaments and press conferences (issue 16, stop 57): a court's finding ("ruled
 * that…", "resolvió que…"), a question a verb of doubt opens ("questioned whether…", "cuestionó si…"), the hearing words
 * were given at ("told the court", "declaró ante el tribunal", "a la salida del juzgado"), a masthead after "told"
 * ("told The …"), and a channel the sentence before names. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker, via }) => [kind, text, speaker, via]);

describe('a court\'s finding and a question of doubt', () => {
  it('reports what a judge ruled, with "that" or without, and keeps "ruled out" a denial', () => {
    expect(found([
      'Judge Marion Keats ruled that the evidence gathered at the warehouse was admissible.',
      'The magistrate, Colin Ferris, ruled the woman should be held in custody until the hearing.',
      'Senator Oliver Brandt ruled out a second run for the leadership.',
    ], 'en').map(([, text, speaker]) => [text, speaker])).toEqual([
      ['the evidence gathered at the warehouse was admissible', 'Marion Keats'],
      ['the woman should be held in custody until the hearing', 'Colin Ferris'],
    ]);
  });

  it('reports the finding a Spanish court gives with "que", not a decision to act', () => {
    expect(found([
      'La jueza Carmen Olmedo resolvió que el detenido debe permanecer en prisión provisional.',
      'El juez Aurelio Benet dictaminó que los contratos eran nulos.',
      'La magistrada Inés Calvo resolvió archivar la causa por falta de pruebas.',
    ]).map(([, text]) => text)).toEqual(['el detenido debe permanecer en prisión provisional', 'los contratos eran nulos']);
  });

  it('reports the question a verb of doubt opens with "whether"/"si", and nothing for its noun object', () => {
    expect(found([
      'Senator Oliver Brandt questioned whether the agency had enough inspectors to enforce the rule.',
      'Detectives questioned the driver for three hours.',
    ], 'en').map(([, text, speaker]) => [text, speaker])).toEqual([['whether the agency had enough inspectors to enforce the rule', 'Oliver Brandt']]);
    expect(found([
      'El diputado Ernesto Lago cuestionó si el Gobierno tiene dinero para pagar las obras.',
      'La portavoz Sara Llorente cuestionó ayer ante la prensa si el contrato se firmó a tiempo.',
    ]).map(([, text, speaker]) => [text, speaker])).toEqual([
      ['si el Gobierno tiene dinero para pagar las obras', 'Ernesto Lago'],
      ['si el contrato se firmó a tiempo', 'Sara Llorente'],
    ]);
  });
});

describe('the channel of words given at a hearing, to a newspaper or at a press conference', () => {
  it('gives the court, inquiry or committee words were told to or said before as the channel', () => {
    expect(found([
      'The nurse, Harriet Colby, told the court she had seen the defendant leave the ward at midnight.',
      'Priya Anand told the inquiry that her team had flagged the fault in 2019.',
    ], 'en').map(([, , speaker, via]) => [speaker, via])).toEqual([['Harriet Colby', 'court'], ['Priya Anand', 'inquiry']]);
    expect(found([
      'El testigo Andrés Molina Ruiz declaró ante el tribunal que vio al acusado salir de la nave a medianoche.',
      'La fiscal Elena Roldán contó al tribunal que el dinero salió de tres cuentas en Andorra.',
      'El perito Tomás Aranda explicó ante la comisión que el puente no soportaba más de diez toneladas.',
    ]).map(([, , speaker, via]) => [speaker, via])).toEqual([['Andrés Molina Ruiz', 'tribunal'], ['Elena Roldán', 'tribunal'], ['Tomás Aranda', 'comisión']]);
  });

  it('gives "a la salida del juzgado" as the channel, before the statement or after it; jurors and reporters are no channel', () => {
    expect(found([
      'A la salida del juzgado, la abogada Lucía Ferrer Soto aseguró que su cliente no tiene nada que ocultar.',
      '"Nunca firmé esos contratos", declaró el exalcalde Ramón Pinto a la salida de la Audiencia.',
      'El presidente del club, Javier Soler, aseguró a los periodistas que el entrenador seguirá.',
    ]).map(([, , , via]) => via)).toEqual(['salida del juzgado', 'salida de la Audiencia', null]);
    expect(found([
      'Prosecutor Ruth Okoye told the jury that the invoices had been forged.',
      'Speaking outside court, the defendant\'s brother, Nadia Frost, said that the family would appeal.',
    ], 'en').map(([, , , via]) => via)).toEqual([null, 'outside court']);
  });

  it('gives a newspaper told the words by its masthead as the channel, never the speaker', () => {
    expect(found([
      '"We were never warned about the flooding," Gareth Lowe told The Evening Courier.',
      'Councillor Dana Whitmore told The Northern Ledger that the depot would close by March.',
    ], 'en').map(([, , speaker, via]) => [speaker, via])).toEqual([['Gareth Lowe', 'The Evening Courier'], ['Dana Whitmore', 'The Northern Ledger']]);
    expect(found(['La presidenta de la cooperativa, Nieves Arrieta, dijo a El Centinela que las cuotas no subirán.']).map(([, , speaker, via]) => [speaker, via])).toEqual([['Nieves Arrieta', 'El Centinela']]);
  });

  it('gives whom a conversation was with, a press point and a memo as the channel', () => {
    expect(found([
      'El presidente de la federación, Rubén Ocampo Díaz, aseguró en diálogo con EFE que el torneo se jugará en marzo.',
      'La ministra Carla Núñez explicó en un punto de prensa que el puente abrirá en abril.',
      'La gobernadora Inés Paredes habló en conversación con Radio Sur sobre la crecida. "Nadie quedará solo", afirmó.',
    ]).map(([, , speaker, via]) => [speaker, via])).toEqual([['Rubén Ocampo Díaz', 'EFE'], ['Carla Núñez', 'punto de prensa'], ['Inés Paredes', 'Radio Sur']]);
    expect(found(['Chief executive Dana Holt wrote in a memo to staff that the office would close in June.'], 'en').map(([, , , via]) => via)).toEqual(['memo']);
  });

  it('carries the channel of a sentence that says nothing to what its subject says next', () => {
    expect(found([
      'El portavoz Marcos Villa compareció en rueda de prensa tras el consejo de ministros. "No vamos a subir los impuestos a las familias", dijo.',
      'La alcaldesa Rosa Ibáñez habló con los periodistas a la salida del pleno.',
      '"El presupuesto está cerrado", señaló.',
    ]).map(([, , speaker, via]) => [speaker, via])).toEqual([['Marcos Villa', 'rueda de prensa'], ['Rosa Ibáñez', 'salida del pleno']]);
    expect(found([
      'Premier Alan Hughes took questions in a briefing in Cardiff on Tuesday.',
      '"The ferry contract will be signed this month," he said.',
    ], 'en').map(([, , speaker, via]) => [speaker, via])).toEqual([['Alan Hughes', 'briefing']]);
  });
});
