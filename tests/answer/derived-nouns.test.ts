/**
 * A verb and the noun of its doer or its act are one word to sentence matching: "¿Quién fundó…?" meets "Su
 * fundador…", "¿Quién ganó…?" meets "El ganador…", as the Spanish stemmer leaves them apart ("fund"/"fundador",
 * "gan"/"ganador"). English stems are long enough for matching.ts's shared-prefix rule to join "found" and
 * "founder" already. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { derivationBase } from '../../src/answer/derivations.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'cooperativa', title: 'Aceite de la comarca', date: null, language: 'es' }, [
    'La cooperativa de Olmedo la preside hoy Luis Pardo.',
    'Cuarenta familias trabajan en sus almazaras.',
    'Su fundador, Tomás Brito, era maestro en la escuela de Olmedo cuando creó la cooperativa.',
  ]),
  articleFromParagraphs({ id: 'torneo', title: 'Ajedrez en verano', date: null, language: 'es' }, [
    'El torneo de Valdés lo organiza Ana Soto.',
    'Las partidas duraron hasta la madrugada.',
    'El ganador del torneo de Valdés fue Jorge Lasa, un estudiante de diecisiete años.',
  ]),
]);

const ask = askOf(library);

describe('the noun of the doer answers to its verb', () => {
  it.each([
    ['¿Quién fundó la cooperativa de Olmedo?', 'Tomás Brito'],
    ['¿Quién ganó el torneo de Valdés?', 'Jorge Lasa'],
  ])('%s quotes the sentence naming the doer by its noun', async (question, founder) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(founder);
  });

  it('reads the verb stem of nouns of the doer and of the act, never of a short noun', () => {
    expect(derivationBase('fundador')).toBe('fund');
    expect(derivationBase('fundacion')).toBe('fund');
    expect(derivationBase('inventor')).toBe('invent');
    expect(derivationBase('founder')).toBe('found');
    expect(derivationBase('foundat')).toBe('found');
    expect(derivationBase('creation')).toBe('creat');
    expect(derivationBase('color')).toBeUndefined();
    expect(derivationBase('mayor')).toBeUndefined();
    expect(derivationBase('ganador')).toBe('gan');
  });
});
