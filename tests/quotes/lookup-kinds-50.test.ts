/**
 * /quote look-ups of newcomer 27's D11, D16 and D17 kinds (issue 16, stop 50), on sentences written for them: an office
 * after what it belongs to ("the Moravian president", "Andesal chief executive") names its holder, never the body or a
 * group the words also describe; a two-letter acronym in a description ("portavoz … del RR"); a one-word name that begins
 * a longer query ("Northwind" of "NorthwindPharma"); a body's common noun is no misspelt surname; and a bare role other
 * speakers hold elsewhere is none of them for /ask either.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs, quoteBookOf as bookOf } from '../fixtures/quotes/load.js';

describe('an office after what it belongs to names its holder', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Mina', date: '2025-05-01', language: 'es' }, [
      'La minera Andesal informó que la producción cayó un 4 %.',
      'El presidente ejecutivo de Andesal, Tomás Rivas, fue tajante: "No vamos a mejorar la oferta".',
    ]),
    articleFromParagraphs({ id: 'b', title: 'Funeral in Moravia', date: '2025-05-02', language: 'en' }, [
      '“I offer my condolences to every family,” President Karel Novak said in a televised address.',
      'Moravian defense officials said nine soldiers were wounded.',
    ]),
  ]));

  it('takes "Andesal chief executive" and "chief executive of Andesal" for the presidente ejecutivo, not the company', () => {
    expect(book.lookup('Andesal chief executive')).toMatchObject({ actor: 'Tomás Rivas', resolvedBy: 'role' });
    expect(book.lookup('chief executive of Andesal')).toMatchObject({ actor: 'Tomás Rivas', resolvedBy: 'role' });
  });

  it('takes "the Moravian president" for the president of a story about Moravia, never the Moravian officials', () => {
    expect(book.lookup('the Moravian president')).toMatchObject({ actor: 'Karel Novak', resolvedBy: 'role' });
  });

  it('does not take the only president for the president of a country his story never names', () => {
    const found = book.lookup('Bulgarian president');
    expect(found.actor).toBeNull();
    expect(found.statements).toEqual([]);
  });
});

describe('a party by a two-letter acronym', () => {
  const book = bookOf('es', [
    'En el Senado la Renovación Regional tiene mayoría absoluta.',
    'El portavoz de Vivienda del RR, Tomás Pardo, ha respondido que la ley «es un error».',
    '«Hoy cerramos el paso a la especulación», ha asegurado la ministra de Vivienda, Elena Carrido.',
  ]);

  it('offers the speaker whose description has the acronym, by the acronym or the name it spells', () => {
    for (const query of ['RR', 'Renovación Regional']) expect(book.lookup(query)).toMatchObject({ actor: null, related: ['Tomás Pardo'] });
  });

  it('does not offer a surname spelt close to the party\'s common noun ("Partido" is not "Carrido")', () => {
    expect(book.lookup('Partido Regional').suggestions).not.toContain('Elena Carrido');
  });
});

describe('a longer word a speaker\'s one-word name begins', () => {
  it('offers the short name, never taking it', () => {
    const book = bookOf('en', ['Northwind declined on Tuesday to disclose its costs, but noted that it had cut prices twice.']);
    expect(book.lookup('NorthwindPharma')).toMatchObject({ actor: null, statements: [], suggestions: ['Northwind'] });
  });
});

describe('a bare role for /ask when speakers in several articles hold it (newcomer 27\'s D16)', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Ley', date: '2025-05-01', language: 'es' }, ['«Hoy cerramos la puerta a la especulación», ha asegurado la ministra de Vivienda, Lucía Arrieta, en la tribuna.']),
    articleFromParagraphs({ id: 'b', title: 'Port', date: '2025-05-02', language: 'en' }, ['Transport Minister Hans Verbeek urged both sides to return to talks. "A long strike would hurt us all," the minister told parliament.']),
  ]));

  it('gives none of them, but both as candidates', () => {
    const found = book.lookupSpeakers('minister');
    expect(found.actor).toBeNull();
    expect(found.candidates).toEqual(expect.arrayContaining(['Hans Verbeek', 'Lucía Arrieta']));
  });

  it('still gives the one whose portfolio the role names', () => {
    expect(book.lookupSpeakers('housing minister').actor).toBe('Lucía Arrieta');
  });
});

describe('an international body by its name or acronym in the other language (newcomer 27\'s D11)', () => {
  const english = bookOf('en', ['The charity Doctors Without Borders called the offer “too little,” arguing that prices should fall further.', 'The Red Cross said 300 families had been moved to shelters.']);
  const spanish = bookOf('es', ['El ACNUR informó que 2.000 personas cruzaron la frontera el fin de semana.', 'Reporteros Sin Fronteras denunció la detención de dos periodistas.']);

  it('finds the English-named body by its Spanish name and acronym', () => {
    for (const query of ['Médicos Sin Fronteras', 'MSF']) expect(english.lookup(query)).toMatchObject({ actor: 'Doctors Without Borders', resolvedBy: 'language' });
    expect(english.lookup('Cruz Roja')).toMatchObject({ actor: 'Red Cross', resolvedBy: 'language' });
  });

  it('finds the Spanish-named body by its English name and acronym', () => {
    expect(spanish.lookup('UNHCR')).toMatchObject({ actor: 'ACNUR', resolvedBy: 'language' });
    expect(spanish.lookup('Reporters Without Borders')).toMatchObject({ actor: 'Reporteros Sin Fronteras', resolvedBy: 'language' });
  });
});
