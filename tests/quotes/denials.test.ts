/**
 * A denial keeps its polarity (issue 16, newcomer report D1): a statement reported by a cue verb that denies it
 * ("negó que…", "descartó que…", "denied that…", "ruled out…") keeps that verb, since its bare clause says the
 * opposite of what the speaker said; a denial that leads a colon and a quotation is reported besides the quotation.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a denying cue verb stays in the reported statement', () => {
  it.each([
    ['La directora del hospital, Carmen Vidal, negó que hubiera listas de espera en urgencias.', 'negó que hubiera listas de espera en urgencias', 'Carmen Vidal'],
    ['El bombero jefe Raúl Serra descartó que el fuego fuera intencionado.', 'descartó que el fuego fuera intencionado', 'Raúl Serra'],
    ['La portavoz Lidia Canet ha desmentido que la fábrica vaya a cerrar en verano.', 'ha desmentido que la fábrica vaya a cerrar en verano', 'Lidia Canet'],
    ['El consejero Tomás Arnal rechazó que la subida del agua afecte a las familias.', 'rechazó que la subida del agua afecte a las familias', 'Tomás Arnal'],
    ['La alcaldesa Marta Ribas negó haber recibido presiones de la constructora.', 'negó haber recibido presiones de la constructora', 'Marta Ribas'],
  ])('"%s"', (sentence, text, speaker) => {
    expect(found([sentence])).toEqual([{ kind: 'indirect', text, speaker }]);
  });

  it.each([
    ['The mayor, Ellen Hart, denied that the council had sold the land.', 'denied that the council had sold the land', 'Ellen Hart'],
    ['Health Secretary Omar Reed ruled out a return to school closures.', 'ruled out a return to school closures', 'Omar Reed'],
    ['Governor Lisa Crane dismissed claims that the bridge was unsafe.', 'dismissed claims that the bridge was unsafe', 'Lisa Crane'],
  ])('"%s"', (sentence, text, speaker) => {
    expect(found([sentence], 'en')).toEqual([{ kind: 'indirect', text, speaker }]);
  });

});

describe('a reported clause that leads a colon and a quotation', () => {
  it('gives both the denial and the quotation', () => {
    expect(found(['El edil de Hacienda, Pablo Esteve, negó que la tasa de basuras vaya a subir: «Nadie pagará más el año que viene», afirmó.'])).toEqual([
      { kind: 'indirect', text: 'negó que la tasa de basuras vaya a subir', speaker: 'Pablo Esteve' },
      { kind: 'direct', text: 'Nadie pagará más el año que viene', speaker: 'Pablo Esteve' },
    ]);
  });
});

describe('an English cue verb before "a"', () => {
  it('reads "said a…" as the start of the reported clause, "a" being the article', () => {
    expect(found(['Councillor Dana Frost said a new library would open in spring.'], 'en')).toEqual([
      { kind: 'indirect', text: 'a new library would open in spring', speaker: 'Dana Frost' },
    ]);
  });
});
