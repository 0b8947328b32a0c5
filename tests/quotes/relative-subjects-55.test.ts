/**
 * A relative or parenthetical clause between the speaker and the verb of saying (issue 16, stop 55): a quoted title
 * inside the relative ("X, que grabó el disco "Y" en 1996, afirmó…"), an acronym in brackets before it ("La Cámara (CNA),
 * que agrupa…, advirtió…"), a possessive relative ("X, whose district includes Y, said…"), and "who said" after a name
 * that is a passive's agent or a copula's complement ("joined by 19-year-old X, who said…", "Among them was X, who
 * said…"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const indirect = (text: string, speaker: string) => ({ kind: 'indirect', text, speaker });

describe('a relative clause holding a quoted title between the subject and its verb', () => {
  it('is stepped over to the subject', () => {
    expect(found(['La cantante Nilda Chambi, que grabó con él el disco "Viento del Norte" en 1996, afirmó en una entrevista que Mamani era un maestro generoso.'])).toEqual([
      indirect('Mamani era un maestro generoso', 'Nilda Chambi'),
    ]);
    expect(found(['El actor Julián Soto, quien protagonizó «La casa vacía» hace una década, aseguró ayer que el teatro municipal debe reabrir.'])).toEqual([
      indirect('el teatro municipal debe reabrir', 'Julián Soto'),
    ]);
    expect(found(['Novelist Grace Okoye, whose book “The Long Rains” won the prize in 2019, said the festival had lost its way.'], 'en')).toEqual([
      indirect('the festival had lost its way', 'Grace Okoye'),
    ]);
  });
});

describe('an acronym in brackets after the subject, before a relative clause', () => {
  it('closes the subject', () => {
    expect(found(['The National Aquaculture Chamber (CNA), which represents most exporters, said the tariff could cost 40,000 jobs.'], 'en')).toEqual([
      indirect('the tariff could cost 40,000 jobs', 'National Aquaculture Chamber'),
    ]);
    expect(found(['La Cámara Nacional de Acuacultura (CNA), que agrupa a la mayoría de los exportadores, advirtió que el arancel podría costar 40.000 empleos.'])).toEqual([
      indirect('el arancel podría costar 40.000 empleos', 'Cámara Nacional de Acuacultura'),
    ]);
  });
});

describe('a possessive relative between the subject and its verb', () => {
  it('describes the subject, whose name the verb takes', () => {
    expect(found(['Councillor Janet Whitlock, whose district includes Eastfield, said she had asked the board for emergency funding.'], 'en')).toEqual([
      indirect('she had asked the board for emergency funding', 'Janet Whitlock'),
    ]);
    expect(found(['La diputada Ana Ruiz, cuyo distrito incluye Valdemora, afirmó que pedirá fondos de emergencia.'])).toEqual([
      indirect('pedirá fondos de emergencia', 'Ana Ruiz'),
    ]);
  });

  it('keeps a verb of saying inside it for whom the relative names, never the subject', () => {
    expect(found(['Smith, whose lawyer said he would appeal, left the court in silence.'], 'en').filter(({ speaker }) => speaker === 'Smith')).toEqual([]);
  });
});

describe('"who said" after a name that ends a clause', () => {
  it('is the words of the name’s bearer', () => {
    expect(found(['The protest was joined by 19-year-old Kyle Bennett, who said he used the library every day.'], 'en')).toEqual([
      indirect('he used the library every day', 'Kyle Bennett'),
    ]);
    expect(found(['The plan was welcomed by Senator Ana Cole, who said it would create jobs.'], 'en')).toEqual([
      indirect('it would create jobs', 'Ana Cole'),
    ]);
    expect(found(['Among the protesters was Kyle Bennett, who said he had used the library since he was a boy.'], 'en')).toEqual([
      indirect('he had used the library since he was a boy', 'Kyle Bennett'),
    ]);
    expect(found(['Entre los manifestantes estaba la maestra Rosa Quiroga, quien dijo que la biblioteca es el corazón del barrio.'])).toEqual([
      indirect('la biblioteca es el corazón del barrio', 'Rosa Quiroga'),
    ]);
  });

  it('leaves a copula’s common-noun complement out', () => {
    expect(found(['Es un proyecto ético, que defiende derechos básicos.'])).toEqual([]);
  });
});
