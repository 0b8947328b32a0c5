/** A body paragraph whose writer left out the closing full stop still quotes someone when its punctuation attributes the quotation. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const OPENING = 'El alcalde Luis Mora visitó el barrio inundado el martes por la mañana.';
const CLOSING = 'Después se reunió con los vecinos en la parroquia.';

describe('a quotation ending its paragraph without a full stop', () => {
  it('keeps a quotation led in by a verb and a colon', () => {
    expect(statements([OPENING, 'Mora dijo: “Vamos a reconstruir cada casa”', CLOSING])).toEqual([
      { kind: 'direct', text: 'Vamos a reconstruir cada casa', speaker: 'Luis Mora' },
    ]);
  });

  it('keeps a quotation followed by a comma and its attribution, in Spanish and English', () => {
    expect(statements([OPENING, '«Vamos a reconstruir cada casa que se haya perdido», afirmó Mora', CLOSING])).toEqual([
      { kind: 'direct', text: 'Vamos a reconstruir cada casa que se haya perdido', speaker: 'Luis Mora' },
    ]);
    const english = ['Mayor Luis Mora visited the flooded neighborhood on Tuesday morning.', '“We will rebuild every single house that was lost,” Mora said', 'Later he met residents.'];
    expect(statements(english, 'en')).toEqual([{ kind: 'direct', text: 'We will rebuild every single house that was lost', speaker: 'Luis Mora' }]);
  });

  it('still reads a heading that quotes with a bare colon or a line that only quotes as page furniture', () => {
    expect(statements([OPENING, 'Mora: “Vamos a reconstruir cada casa que se haya perdido”', CLOSING])).toEqual([]);
    expect(statements([OPENING, 'Las claves del “plan de reconstrucción de Mora”', CLOSING])).toEqual([]);
  });
});
