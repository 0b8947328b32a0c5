/**
 * Speakers a sentence gives as its own subject (issue 16, stop 60): a bare plural of people with a complement saying
 * which ("Comerciantes del mercado central contaron que…", "Taxistas de la estación aseguraron a esta redacción que…");
 * a relative described by whose relative they are ("La abuela de Pilar contó que…", "The victim's mother said…"); the
 * people of a place after "desde" with an impersonal "se" ("Desde el sindicato se aseguró que…"); groups of people
 * listed as one subject ("Farmers, truckers and shop owners said…", "Vecinos, comerciantes y taxistas denunciaron…").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-03-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('a bare plural of people with a complement, opening the sentence', () => {
  const cases: Array<[string, string, string]> = [
    ['Comerciantes del mercado central contaron que las ventas cayeron a la mitad.', 'Comerciantes del mercado central', 'las ventas cayeron a la mitad'],
    ['Taxistas de la estación aseguraron a esta redacción que nadie les avisó del cierre.', 'Taxistas de la estación', 'nadie les avisó del cierre'],
    ['Conductores en la frontera relataron que esperan doce horas para cruzar.', 'Conductores en la frontera', 'esperan doce horas para cruzar'],
  ];
  for (const [sentence, speaker, words] of cases) {
    it(`is the group that speaks: ${sentence.slice(0, 45)}`, () => {
      expect(found([sentence], 'es')).toContainEqual({ kind: 'indirect', text: words, speaker });
    });
  }

  it('is no speaker when its noun names things, not people', () => {
    expect(found(['Cifras del ministerio muestran que el paro bajó en marzo.'], 'es').map((statement) => statement.speaker)).not.toContain('Cifras del ministerio');
  });
});

describe('a relative described by whose relative they are', () => {
  const cases: Array<[string, string, string, string]> = [
    ['El hermano de la víctima contó que nadie les avisó del traslado.', 'es', 'Hermano de la víctima', 'nadie les avisó del traslado'],
    ['La hija de Ramón Ortiz contó que su padre nunca cobró la pensión.', 'es', 'Hija de Ramón Ortiz', 'su padre nunca cobró la pensión'],
    ['The victim’s mother said her son was innocent.', 'en', 'Victim’s mother', 'her son was innocent'],
    ['Pilar’s grandmother said the house was built in 1950.', 'en', 'Pilar’s grandmother', 'the house was built in 1950'],
  ];
  for (const [sentence, language, speaker, words] of cases) {
    it(`speaks as described, never as the person named in the complement: ${sentence.slice(0, 40)}`, () => {
      expect(found([sentence], language)).toContainEqual({ kind: 'indirect', text: words, speaker });
    });
  }

  it('is the name given in apposition when there is one', () => {
    expect(found(['La hija de Ramón Ortiz, Lucía Ortiz, contó que su padre nunca cobró la pensión.'], 'es')).toContainEqual({ kind: 'indirect', text: 'su padre nunca cobró la pensión', speaker: 'Lucía Ortiz' });
  });
});

describe('"desde" a place, then an impersonal "se" and a verb of saying', () => {
  const cases: Array<[string, string, string]> = [
    ['Desde el entorno de la gobernadora se insiste en que la decisión no está tomada.', 'Entorno de la gobernadora', 'la decisión no está tomada'],
    ['Desde el Ministerio de Obras Públicas se informó que el puente abrirá en mayo.', 'Ministerio de Obras Públicas', 'el puente abrirá en mayo'],
    ['Desde la cooperativa se ha advertido que el precio de la leche no cubre los costes.', 'Cooperativa', 'el precio de la leche no cubre los costes'],
  ];
  for (const [sentence, speaker, words] of cases) {
    it(`speaks for the people there: ${sentence.slice(0, 45)}`, () => {
      expect(found([sentence], 'es')).toContainEqual({ kind: 'indirect', text: words, speaker });
    });
  }

  it('is hearsay, nobody’s words, after "en"', () => {
    expect(found(['En el pueblo se dice que el río se desbordará este invierno.'], 'es')).toEqual([]);
  });
});

describe('groups of people listed as one subject', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Farmers, truckers and shop owners said the new tax would ruin them.', 'en', 'Farmers, truckers and shop owners', 'the new tax would ruin them'],
    ['Residents, business owners and local officials said the flood came without warning.', 'en', 'Residents, business owners and local officials', 'the flood came without warning'],
    ['Vecinos, comerciantes y taxistas denunciaron que el corte de agua duró tres días.', 'es', 'Vecinos, comerciantes y taxistas', 'el corte de agua duró tres días'],
  ];
  for (const [sentence, language, speaker, words] of cases) {
    it(`is the whole list: ${sentence.slice(0, 45)}`, () => {
      expect(found([sentence], language)).toEqual([{ kind: 'indirect', text: words, speaker }]);
    });
  }

  it('names nobody when no listed noun is one for people', () => {
    expect(found(['Apples, pears and plums said nothing about the weather this year.'], 'en')).toEqual([]);
  });
});
