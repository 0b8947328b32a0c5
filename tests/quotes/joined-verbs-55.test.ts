/**
 * A second (and third) verb of saying joined to the first (issue 16, stop 55): "afirmó que A, aseguró que B y prometió que
 * C", "negó A pero admitió que B", "said A, warned that B", a verb joined after a clause that nests another's words
 * ("aseguró que la empresa «miente» cuando afirma que… y advirtió que…"). Each verb reports its own clause, with the
 * first verb's subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const indirect = (text: string, speaker: string) => ({ kind: 'indirect', text, speaker });

describe('verbs of saying listed with commas after the first one’s clause', () => {
  it('each report their own clause, with the first verb’s subject (Spanish)', () => {
    expect(found(['La consejera de Sanidad, Rosa Llanes, explicó que habrá más médicos, aseguró que el plus subirá a 700 euros y prometió que ningún consultorio cerrará.'])).toEqual([
      indirect('habrá más médicos', 'Rosa Llanes'),
      indirect('el plus subirá a 700 euros', 'Rosa Llanes'),
      indirect('ningún consultorio cerrará', 'Rosa Llanes'),
    ]);
    expect(found(['El intendente Hugo Sierra dijo ayer que la obra costará el doble, reconoció que hubo demoras y anunció que pedirá un crédito.']).map(({ text, speaker }) => [text, speaker])).toEqual([
      ['la obra costará el doble', 'Hugo Sierra'],
      ['hubo demoras', 'Hugo Sierra'],
      ['pedirá un crédito', 'Hugo Sierra'],
    ]);
  });

  it('each report their own clause, with the first verb’s subject (English)', () => {
    expect(found(['Mayor Tom Reyes said the bridge would open in June, warned that tolls would rise and promised that no homes would be demolished.'], 'en')).toEqual([
      indirect('the bridge would open in June', 'Tom Reyes'),
      indirect('tolls would rise', 'Tom Reyes'),
      indirect('no homes would be demolished', 'Tom Reyes'),
    ]);
  });

  it('leaves a verb inserted between commas inside the clause to the words around it', () => {
    const statements = found(['La Superintendencia de Bancos informó que abrió una revisión de la entidad, un trámite que, aclaró, se aplica a todas las cajas.']);
    expect(statements.filter(({ text }) => text.startsWith('un trámite'))).toEqual([]);
  });
});

describe('a denial followed by "pero"/"but" and another verb of saying', () => {
  it('ends where the second verb starts', () => {
    expect(found(['La ministra Ana Cole negó que hubiera recortes pero admitió que el presupuesto es ajustado.'])).toEqual([
      indirect('negó que hubiera recortes', 'Ana Cole'),
      indirect('el presupuesto es ajustado', 'Ana Cole'),
    ]);
    expect(found(['Senator Ana Cole denied any wrongdoing but admitted that she had met the lobbyist twice.'], 'en')).toEqual([
      indirect('denied any wrongdoing', 'Ana Cole'),
      indirect('she had met the lobbyist twice', 'Ana Cole'),
    ]);
    expect(found(['El concejal Iván Ponce descartó que vaya a renunciar, aunque reconoció que el bloque está dividido.'])).toEqual([
      indirect('descartó que vaya a renunciar', 'Iván Ponce'),
      indirect('el bloque está dividido', 'Iván Ponce'),
    ]);
  });
});

describe('a verb joined after a clause that nests another’s words', () => {
  it('shares the subject of the verb that reports the clause, not the nested one', () => {
    expect(found(['El sindicalista Rogelio Tapia aseguró que la empresa «miente» cuando afirma que el pozo es seguro y advirtió que la huelga seguirá.'])).toContainEqual(
      indirect('la huelga seguirá', 'Rogelio Tapia'),
    );
    expect(found(['Union leader Ray Tapia said the company was lying when it claimed the shaft was safe, and warned that the strike would go on.'], 'en')).toContainEqual(
      indirect('the strike would go on', 'Ray Tapia'),
    );
  });

  it('gives a second verb the first one’s subject when nothing is nested', () => {
    expect(found(['El alcalde Pedro Lanza afirmó que el puente abrirá en junio y advirtió que los peajes subirán.'])).toEqual([
      indirect('el puente abrirá en junio', 'Pedro Lanza'),
      indirect('los peajes subirán', 'Pedro Lanza'),
    ]);
  });
});
