/**
 * Quotations typed between doubled apostrophes (''…'', ``…'', as older wire copy and keyboards without curly quotes
 * write them) and appositions set off by dashes instead of commas ("The minister — Ana Ruiz — said"), on sentences
 * written for them (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('quotations between doubled apostrophes', () => {
  it('credits the speaker named after or before the marks', () => {
    expect(found(["''The ferry will run all winter,'' Olga Brandt told the harbour board."], 'en')).toEqual([
      { kind: 'direct', text: 'The ferry will run all winter', speaker: 'Olga Brandt' },
    ]);
    expect(found(["``The ferry will run all winter,'' said Olga Brandt."], 'en')).toEqual([
      { kind: 'direct', text: 'The ferry will run all winter', speaker: 'Olga Brandt' },
    ]);
    expect(found(["Olga Brandt said: ''The ferry will run all winter.''"], 'en')).toEqual([
      { kind: 'direct', text: 'The ferry will run all winter.', speaker: 'Olga Brandt' },
    ]);
  });

  it("keeps apostrophes inside the words and a plural possessive's inside the quotation", () => {
    expect(found(["''We don't know the owners' plans,'' said Olga Brandt. ''Nobody asked the crews.''"], 'en')).toEqual([
      { kind: 'direct', text: "We don't know the owners' plans", speaker: 'Olga Brandt' },
      { kind: 'direct', text: 'Nobody asked the crews.', speaker: 'Olga Brandt' },
    ]);
  });

  it('runs a quotation on over paragraphs that each open with the marks', () => {
    expect(found(["''The ferry will run all winter, whatever the council decides.", "''The crews have agreed to it,'' Olga Brandt said."], 'en')).toEqual([
      { kind: 'direct', text: 'The ferry will run all winter, whatever the council decides.', speaker: 'Olga Brandt' },
      { kind: 'direct', text: 'The crews have agreed to it', speaker: 'Olga Brandt' },
    ]);
  });
});

describe('appositions between dashes', () => {
  it('reads a name or a description set off by dashes as the apposition it is', () => {
    expect(found(['The harbour master — Olga Brandt — said the ferry would run all winter.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the ferry would run all winter', speaker: 'Olga Brandt' },
    ]);
    expect(found(['"The ferry will run," Olga Brandt -- the harbour master -- said on Monday.'], 'en')).toEqual([
      { kind: 'direct', text: 'The ferry will run', speaker: 'Olga Brandt' },
    ]);
    expect(found(['La capitana del puerto —Olga Brandt— aseguró que el transbordador funcionará todo el invierno.'], 'es')).toEqual([
      { kind: 'indirect', text: 'el transbordador funcionará todo el invierno', speaker: 'Olga Brandt' },
    ]);
  });

  it('credits names between dashes after a group jointly', () => {
    expect(found(['Two pilots -- Olga Brandt and Ines Moll -- told the board that the channel was too shallow.'], 'en').map((statement) => statement.speaker)).toEqual(['Olga Brandt and Ines Moll']);
  });

  it('reads a relative clause between dashes as one between commas, its own verbs of saying and all', () => {
    expect(found(['La capitana Olga Brandt —quien también habló de los horarios— hizo énfasis en que el puerto necesita otro muelle.'], 'es')).toEqual([
      { kind: 'indirect', text: 'el puerto necesita otro muelle', speaker: 'Olga Brandt' },
    ]);
  });

  it('leaves an inserted verb between dashes an inciso', () => {
    expect(found(['La ruta —dijo Olga Brandt— abrirá en marzo.'], 'es').map((statement) => statement.speaker)).toEqual(['Olga Brandt']);
  });
});

describe('the report of an inserted verb', () => {
  it('runs to the sentence end past a semicolon and a causal clause', () => {
    expect(found(['La ruta —dijo Olga Brandt— abrirá en marzo; y tendrá tres paradas nuevas, porque el puerto lo necesita.'], 'es')).toEqual([
      { kind: 'indirect', text: 'La ruta —dijo Olga Brandt— abrirá en marzo; y tendrá tres paradas nuevas, porque el puerto lo necesita', speaker: 'Olga Brandt' },
    ]);
    expect(found(['La ruta, aseguró Olga Brandt, abrirá en marzo, porque los pescadores cuentan con ella desde hace años.'], 'es')).toEqual([
      { kind: 'indirect', text: 'La ruta, aseguró Olga Brandt, abrirá en marzo, porque los pescadores cuentan con ella desde hace años', speaker: 'Olga Brandt' },
    ]);
  });

  it('stops where a source or another verb of saying may give someone else the rest', () => {
    expect(found(['La ruta —dijo Olga Brandt— abrirá en marzo, según el ministerio.'], 'es').map((statement) => statement.text)).toEqual(['La ruta —dijo Olga Brandt— abrirá en marzo']);
  });
});
