/**
 * /quote by the role noun an article refers back to its speaker with ("…, añadió el experto"), when the article never
 * gave them that title beside their name: the role is one of the names that article gives them.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

describe('role anaphors as names of their speaker', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'sequia', title: 'Sequía en el valle', date: '2024-03-04', language: 'es' }, [
      'Rodrigo Almeida Fuentes estudia los acuíferos del valle desde hace veinte años.',
      '“El agua de los pozos ya no alcanza para el verano”, dijo Almeida.',
      'El hidrólogo añadió que la recarga de este año fue la más baja desde 1990.',
      'La entidad reguladora, la Autoridad del Agua del Valle, respondió que revisará las concesiones.',
      'Según el organismo, los cortes no serán necesarios antes de julio.',
    ]),
    articleFromParagraphs({ id: 'storm', title: 'Storm', date: '2024-03-05', language: 'en' }, [
      'Karen Osei has tracked Atlantic storms for a decade.',
      '“This one is moving faster than any we modelled,” Osei said.',
      'The meteorologist added that the coast should expect flooding by Friday.',
    ]),
  ]));

  it('finds the person an article calls by a role noun only after naming them', () => {
    expect(book.lookup('el hidrólogo')).toMatchObject({ actor: 'Rodrigo Almeida Fuentes' });
    expect(book.lookup('the meteorologist')).toMatchObject({ actor: 'Karen Osei' });
  });

  it('finds the organisation an article calls "el organismo"', () => {
    expect(book.lookup('el organismo').actor).toBe('Autoridad del Agua del Valle');
  });

  it('carries a role to a person whose surname is also a noun for a group ("Fuentes", "de la Fuente")', () => {
    const surnames = buildQuoteData([
      articleFromParagraphs({ id: 'puerto', title: 'Puerto', date: '2024-03-06', language: 'es' }, [
        '“El dragado terminará en junio”, dijo Marta de la Fuente.',
        'La ingeniera añadió que el muelle norte seguirá abierto.',
        '“No habrá despidos”, afirmó Tomás Vidal Fuentes.',
        'El sindicalista añadió que la plantilla votará el lunes.',
      ]),
    ]);
    expect(surnames.statements.map((statement) => statement.speaker)).toEqual(['Marta de la Fuente', 'Marta de la Fuente', 'Tomás Vidal Fuentes', 'Tomás Vidal Fuentes']);
  });

  it('finds nobody for a role no article used', () => {
    expect(book.lookup('el geólogo').statements).toEqual([]);
  });
});
