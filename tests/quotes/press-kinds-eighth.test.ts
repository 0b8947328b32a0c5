/**
 * Kinds of press attribution from the eighth round of issue 16 (a blind annotator's real pages as dev), each on text
 * written for it: an apposition after a coordinated noun phrase ("contra la periodista X y el jefe de redacción de El
 * Faro, Oscar Martínez,") gives the title to the name after it, so the title alone later refers to that person; a
 * dateline opening the story ("Tokio (EFE).- ", "SEOUL (Reuters) - ") is never part of a statement (the lead's Q2).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an apposition after a coordinated noun phrase', () => {
  it('gives the title to the name in apposition, so the title alone refers back to them', () => {
    const spanish = found([
      'El diputado Kevin Sánchez aseguró que denunciaría a la periodista Gabriela Cáceres y al jefe de redacción del diario, Óscar Mena, por sus publicaciones.',
      'Sin embargo, Sánchez no acompañó su anuncio con pruebas.',
      'En una columna publicada en otro periódico, el jefe de redacción del diario hizo un recuento de los hechos y expuso que la acusación llevó a sus colegas a advertirle del peligro.',
    ]);
    expect(spanish.at(-1)).toEqual({ kind: 'indirect', text: 'la acusación llevó a sus colegas a advertirle del peligro', speaker: 'Óscar Mena' });
    const english = found(
      [
        'Mayor Kevin Sanders said he would sue the reporter Ann Lee and the head of the teachers union, Rosa Martin, over their statements.',
        'Sanders offered no evidence.',
        'On Monday, the head of the teachers union said that the lawsuit led her colleagues to warn her.',
      ],
      'en',
    );
    expect(english.at(-1)).toEqual({ kind: 'indirect', text: 'the lawsuit led her colleagues to warn her', speaker: 'Rosa Martin' });
  });
});

describe('a dateline opening the story', () => {
  it('is left out of the statement that follows it, with or without a date, in Spanish and English', () => {
    expect(found(['Tokio (Diario Ficticio).- El Gobierno japonés subirá un 15 % el impuesto al tabaco el próximo año, según anunció el ministro de Finanzas, Shunichi Suzuki.'])).toEqual([
      { kind: 'indirect', text: 'El Gobierno japonés subirá un 15 % el impuesto al tabaco el próximo año', speaker: 'Shunichi Suzuki' },
    ]);
    expect(found(['MADRID, 3 Mar. (EUROPA PRESS) - El Gobierno subirá las pensiones un 3 %, según anunció la ministra Elma Saiz.'])).toEqual([
      { kind: 'indirect', text: 'El Gobierno subirá las pensiones un 3 %', speaker: 'Elma Saiz' },
    ]);
    expect(found(['SEOUL (Reuters) - North Korea will launch a new satellite next month, the South Korean defence minister, Shin Won-sik, said on Monday.'], 'en')).toEqual([
      { kind: 'indirect', text: 'North Korea will launch a new satellite next month', speaker: 'Shin Won-sik' },
    ]);
  });

  it('is no dateline when a lower-case clause follows the bracket and dash', () => {
    expect(found(['El Gobierno (PSOE) - que subirá las pensiones - anunció la medida, según la ministra Elma Saiz.'])[0]?.text).toMatch(/^El Gobierno \(PSOE\)/u);
  });
});
