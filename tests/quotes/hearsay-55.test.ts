/**
 * A nested quotation passed on as hearsay (issue 16, stop 55): "«…», le habría dicho al productor" after a sentence whose
 * teller recounts what someone else did ("X recordó una anécdota: Y se negó…", "X contó que Y amenazó…") is Y's words,
 * not the teller's. A quotation with a plain verb after such a sentence stays the teller's. Sentences written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs))
    .filter(({ kind }) => kind === 'direct')
    .map(({ text, speaker }) => ({ text, speaker }));

describe('a quotation closed by a verb in the perfect conditional, its subject left out', () => {
  it('is the words of whom the sentence before recounted', () => {
    expect(found(['El guitarrista Óscar Villarroel recordó una anécdota de la gira de 1982: Eusebio Mamani se negó a subir al escenario sin su poncho. «Sin el poncho no soy yo», le habría dicho al productor.'])).toEqual([
      { text: 'Sin el poncho no soy yo', speaker: 'Eusebio Mamani' },
    ]);
    expect(found(['La fiscal Marta Ríos contó que el empresario Jorge Salas amenazó al testigo. «Te voy a encontrar», le habría dicho por teléfono.'])).toEqual([
      { text: 'Te voy a encontrar', speaker: 'Jorge Salas' },
    ]);
    expect(found(['El periodista Luis Gil relató una escena de 2019: el senador Pablo Vera llamó al ministro de madrugada. «O firmas o te hundo», le habría advertido.'])).toEqual([
      { text: 'O firmas o te hundo', speaker: 'Pablo Vera' },
    ]);
  });

  it('is the subject’s own words when the sentence before recounts nobody else', () => {
    expect(found(['La exministra Ana Cole recordó su primera reunión con el presidente. «Nunca me sentí tan sola», habría confesado a sus amigos.'])).toEqual([
      { text: 'Nunca me sentí tan sola', speaker: 'Ana Cole' },
    ]);
  });
});

describe('a quotation closed by a plain verb after a recounting sentence', () => {
  it('stays the teller’s', () => {
    expect(found(['El guitarrista Óscar Villarroel recordó la gira de 1982: el grupo Wayra Marka tocó en Tokio ante diez mil personas. «Fue nuestra mejor noche», dijo.'])).toEqual([
      { text: 'Fue nuestra mejor noche', speaker: 'Óscar Villarroel' },
    ]);
  });
});
