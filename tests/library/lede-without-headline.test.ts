/**
 * A plain text with no headline, whose first line is already the story's lede: the lede stays a sentence of the story
 * (it answers questions and yields its statement), and the title shown for the article is that sentence written as a
 * headline, never the sentence itself (which the rest of the pipeline reads as the headline printed again).
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const SPANISH = [
  'El alcalde de Montenegrillo, Iñaki Lasa, dijo que la pasarela sobre el río abrirá en mayo.',
  'La obra costará 800.000 euros y la pagará la mancomunidad, según el pliego publicado el martes.',
  '«Ningún comercio tendrá que cerrar durante las obras», aseguró la concejala Maite Urquiza a los vecinos.',
].join('\n\n');

const ENGLISH = [
  'Harbour master Wendell Ashby said the ferry slipway at Cold Ness will reopen in August.',
  'The repairs will cost 2 million pounds, according to a tender notice the council published on Friday.',
  '"Every crossing will run as planned," said Priya Okafor, who manages the ferry company.',
].join('\n');

let library: Library;
withSeedFiles('hemeroteca-lede-', { 'pasarela.txt': SPANISH, 'slipway.txt': ENGLISH }, (opened) => (library = opened));

describe('a text whose first line is the lede', () => {
  it('yields the lede\u2019s statement to /quote, in Spanish and English', () => {
    expect(library.quote('Iñaki Lasa').statements.map((statement) => statement.text)).toEqual(['la pasarela sobre el río abrirá en mayo']);
    expect(library.quote('Wendell Ashby').statements.map((statement) => statement.text)).toEqual(['the ferry slipway at Cold Ness will reopen in August']);
  });

  it('answers a question only the lede answers', async () => {
    const spanish = await library.ask('¿Cuándo abrirá la pasarela?');
    expect(spanish.refused).toBe(false);
    expect(spanish.citations[0]?.excerpt).toContain('abrirá en mayo');
    const english = await library.ask('When will the ferry slipway reopen?');
    expect(english.refused).toBe(false);
    expect(english.citations[0]?.excerpt).toContain('reopen in August');
  });

  it('is shown in /sources as a headline: the sentence without its full stop', () => {
    const titles = Object.fromEntries(library.sources().map((source) => [source.id, source.title]));
    expect(titles).toMatchObject({
      pasarela: 'El alcalde de Montenegrillo, Iñaki Lasa, dijo que la pasarela sobre el río abrirá en mayo',
      slipway: 'Harbour master Wendell Ashby said the ferry slipway at Cold Ness will reopen in August',
    });
  });
});
