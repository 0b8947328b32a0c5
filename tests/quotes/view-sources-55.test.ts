/**
 * Whose view a sentence gives (issue 16, stop 55): "a juicio de X", "en opinión de X", "in the view of X" set off by
 * commas inside or at the end of the sentence, as they were read opening it; and such a locution before a role noun
 * the article gave someone ("A juicio de la magistrada, …"), as "según la magistrada" was read. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const indirect = (text: string, speaker: string) => ({ kind: 'indirect', text, speaker });

describe('a view locution set off by commas after the sentence’s start', () => {
  it('gives the sentence’s words to whose view it is (Spanish)', () => {
    expect(found(['La inflación seguirá alta hasta el verano, a juicio del economista Ignacio Pizarro.'])).toEqual([
      indirect('La inflación seguirá alta hasta el verano', 'Ignacio Pizarro'),
    ]);
    expect(found(['El puerto perdió competitividad, en opinión de la consultora Marta Ibáñez.'])).toEqual([
      indirect('El puerto perdió competitividad', 'Marta Ibáñez'),
    ]);
    expect(found(['La reforma, a criterio del diputado Luis Parra, vulnera la Constitución.'])).toEqual([
      indirect('La reforma, a criterio del diputado Luis Parra, vulnera la Constitución', 'Luis Parra'),
    ]);
  });

  it('gives the sentence’s words to whose view it is (English)', () => {
    expect(found(['Inflation will stay high until the summer, in the view of economist Laura Bennett.'], 'en')).toEqual([
      indirect('Inflation will stay high until the summer', 'Laura Bennett'),
    ]);
    expect(found(['The port has lost ground, in the opinion of analyst Mark Hill.'], 'en')).toEqual([
      indirect('The port has lost ground', 'Mark Hill'),
    ]);
  });
});

describe('a view locution before a role noun', () => {
  it('takes the person the article gave the role, as "según" does', () => {
    expect(found(['La jueza Ana Ruiz dictó sentencia el lunes.', 'A juicio de la magistrada, el acusado actuó con premeditación.'])).toEqual([
      indirect('el acusado actuó con premeditación', 'Ana Ruiz'),
    ]);
    expect(found(['La concejala Irma Soto votó en contra.', 'En opinión de la edil, el presupuesto olvida a los barrios del sur.'])).toEqual([
      indirect('el presupuesto olvida a los barrios del sur', 'Irma Soto'),
    ]);
  });

  it('leaves "de acuerdo con" before a document noun to nobody in focus', () => {
    const statements = found(['La intendenta Mariela Ocampo visitó la obra.', 'De acuerdo con el cronograma oficial, las obras comenzarán en junio.']);
    expect(statements.filter(({ speaker }) => speaker === 'Mariela Ocampo')).toEqual([]);
  });
});
