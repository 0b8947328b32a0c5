/** /quote role queries in the other language: "the mayor" finds whom Spanish articles call "la alcaldesa", and the other way round. */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

describe('role queries across languages', () => {
  const spanish = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'es', title: 'Inundación', date: '2024-01-02', language: 'es' }, [
      'La alcaldesa, Marta Iglesias, visitó la zona inundada el martes.',
      '“Vamos a reconstruir cada casa”, dijo la alcaldesa.',
      'El ministro de Hacienda, Tomás Reed, dijo que el presupuesto cubrirá el coste.',
    ]),
  ]));

  it('finds the Spanish office holder for an English role, saying it matched a role', () => {
    expect(spanish.lookup('the mayor')).toMatchObject({ actor: 'Marta Iglesias', resolvedBy: 'role' });
    expect(spanish.lookup('the minister')).toMatchObject({ actor: 'Tomás Reed', resolvedBy: 'role' });
  });

  it('finds the English office holder for a Spanish role', () => {
    const english = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'en', title: 'Flood', date: '2024-01-03', language: 'en' }, ['Mayor Jane Hill said the city would rebuild every house.']),
    ]));
    expect(english.lookup('el alcalde')).toMatchObject({ actor: 'Jane Hill', resolvedBy: 'role' });
  });

  it('asks which one when the role has several holders, and finds nobody for an office nobody holds', () => {
    const two = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'a', title: 'Uno', date: '2024-01-02', language: 'es' }, ['La alcaldesa, Marta Iglesias, dijo que el puerto abrirá en mayo.']),
      articleFromParagraphs({ id: 'b', title: 'Dos', date: '2024-01-03', language: 'es' }, ['El alcalde de Sevilla, Juan Pérez, dijo que no habrá cortes de agua.']),
    ]));
    expect(two.lookup('the mayor').candidates.sort()).toEqual(['Juan Pérez', 'Marta Iglesias']);
    expect(spanish.lookup('the governor').actor).toBeNull();
  });
});

describe('/quote never offers a bare role as a name', () => {
  const formerMayor = articleFromParagraphs({ id: 'en', title: 'Budget', date: '2024-03-01', language: 'en' }, ['The city council met on Tuesday.', 'The former mayor said the budget was too small.']);
  const alcaldesa = articleFromParagraphs({ id: 'es', title: 'Presupuesto', date: '2024-03-02', language: 'es' }, ['La alcaldesa Carmen Rojas afirmó que el presupuesto es austero.']);

  it('finds the Spanish holder of "la alcaldesa", never an English role with nobody named for it', () => {
    expect(createQuoteBook(buildQuoteData([formerMayor, alcaldesa])).lookup('la alcaldesa').actor).toBe('Carmen Rojas');
    const roleOnly = createQuoteBook(buildQuoteData([formerMayor])).lookup('la alcaldesa');
    expect(roleOnly.actor).toBeNull();
    expect(roleOnly.candidates).toEqual([]);
  });

  it('leaves a bare role out of the most quoted', () => {
    const book = createQuoteBook(buildQuoteData([formerMayor, alcaldesa]));
    expect(book.lookup('Zzyzx Qwerty').mostQuoted).toEqual(['Carmen Rojas']);
  });
});
