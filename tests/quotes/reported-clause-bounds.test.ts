/**
 * A reported clause runs on past a dotted acronym inside it ("la Embajada de los Estados Unidos (EE.UU.) revisó…") and past
 * a comma before a clause holding "se dieron cuenta", a noun there, not a verb of saying; it keeps the bracket closing an
 * aside it opened ("… (unos 18 millones de euros)") (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const texts = (paragraphs: string[]) => extractStatements(articleFromParagraphs({ id: 'bounds', title: 'Test', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ text }) => text);

describe('where a reported clause ends', () => {
  it('runs past a dotted acronym written inside it', () => {
    expect(texts(['La abogada Eva Soler afirmó que la Embajada de los Estados Unidos (EE.UU.) revisó la carga sin hallar nada.'])).toEqual(['la Embajada de los Estados Unidos (EE.UU.) revisó la carga sin hallar nada']);
  });

  it('runs past a comma before "se dieron cuenta"', () => {
    expect(texts(['La abogada Eva Soler agregó que si hubo un error en la revisión, debieron liberarla cuando se dieron cuenta del error.'])).toEqual(['si hubo un error en la revisión, debieron liberarla cuando se dieron cuenta del error']);
  });
});

describe('a reported clause with a list of complements', () => {
  it('runs past the list’s commas to the quotation closing a relative’s report', () => {
    const statements = extractStatements(
      articleFromParagraphs({ id: 'lists', title: 'Test', date: '2024-01-01', language: 'es' }, ['Habló la ministra Clara Ortiz, quien también subrayó que en el caso de los hospitales, de las escuelas y de los juzgados, “faltan recursos desde hace años”.']),
    );
    expect(statements.filter(({ kind }) => kind === 'direct').map(({ speaker, text }) => ({ speaker, text }))).toEqual([{ speaker: 'Clara Ortiz', text: 'faltan recursos desde hace años' }]);
  });

  it('keeps the bracket that closes an aside the clause opened', () => {
    expect(texts(['La deuda llegó a 900 millones, el 40 % del producto interior bruto (PIB) del país (unos 850 millones de euros), informó el Banco Nacional.'])).toEqual([
      'La deuda llegó a 900 millones, el 40 % del producto interior bruto (PIB) del país (unos 850 millones de euros)',
    ]);
    expect(texts(['El ministro Pablo Ruiz dijo que la obra costará 20 millones (18 millones de euros y 3 % del gasto).'])).toEqual(['la obra costará 20 millones (18 millones de euros y 3 % del gasto)']);
  });
});
