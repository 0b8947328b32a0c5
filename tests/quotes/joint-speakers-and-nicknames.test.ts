/**
 * /quote by the names people go by (issue 16, item 4): a nickname quoted inside a name (Raúl "Pato" Gómez) is one of the
 * name's words; two people who speak as one subject ("X y Y dijeron", each maybe with a title) are both credited, and
 * neither's own statements are merged into the joint name.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook, extractStatements } from '../../src/quotes/index.js';
import { coordinatedMembers } from '../../src/quotes/normalize.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const article = (id: string, language: string, paragraphs: string[]) => articleFromParagraphs({ id, title: 'Prueba', date: '2024-01-01', language }, paragraphs);
const speakers = (language: string, paragraphs: string[]) => extractStatements(article('test', language, paragraphs)).map((statement) => statement.speaker);

describe('a nickname quoted inside a name', () => {
  const book = createQuoteBook(buildQuoteData([
    article('a', 'es', ['El delantero Raúl "Pato" Gómez dijo que el equipo ganará el torneo.', '"Estamos listos", afirmó Gómez.']),
    article('b', 'en', ['Dwayne “The Rock” Johnson said the film would open in May.']),
  ]));

  it('is part of the speaker\'s name, which the surname, the nickname and the name without it all find', () => {
    for (const query of ['Gómez', 'Pato', 'Raúl Gómez', 'Raúl Pato Gómez']) expect(book.lookup(query)).toMatchObject({ actor: 'Raúl "Pato" Gómez' });
    expect(book.lookup('Gómez').statements).toHaveLength(2);
    expect(book.lookup('The Rock')).toMatchObject({ actor: 'Dwayne “The Rock” Johnson' });
  });

  it('is no statement of its own, and a nickname after an article stays outside the name', () => {
    expect(speakers('es', ['El delantero Raúl "Pato" Gómez dijo que el equipo ganará el torneo.'])).toEqual(['Raúl "Pato" Gómez']);
    expect(speakers('es', ['El "Chapo" Guzmán dijo que es inocente.'])).toEqual(['Guzmán']);
  });
});

describe('two people as one subject', () => {
  it('credits both, each with a title of their own too', () => {
    expect(speakers('es', ['El entrenador Tomás Ibarra y la capitana Lucía Ferrer dijeron que el plantel está unido.'])).toEqual(['Tomás Ibarra y Lucía Ferrer']);
    expect(speakers('en', ['Peter Vance and Maria Lund said the deal was fair.'])).toEqual(['Peter Vance and Maria Lund']);
    // A title's complement is no second person.
    expect(speakers('es', ['El ministro de Justicia y Seguridad Pública, Gustavo Vela, dijo que el plan sigue.'])).toEqual(['Gustavo Vela']);
  });

  it('finds the joint statements by either name, beside each one\'s own, which stay theirs', () => {
    const book = createQuoteBook(buildQuoteData([
      article('a', 'en', ['Peter Vance and Maria Lund said the deal was fair.']),
      article('b', 'en', ['Peter Vance said the vote was close.']),
      article('c', 'en', ['The CDC and FDA said the recall was over.', 'The CDC said no new cases were found.']),
    ]));
    const vance = book.lookup('Vance');
    expect(vance.actor).toBe('Peter Vance');
    expect(vance.statements.map((statement) => statement.speaker).sort()).toEqual(['Peter Vance', 'Peter Vance and Maria Lund']);
    expect(book.lookup('Maria Lund')).toMatchObject({ actor: 'Peter Vance and Maria Lund' });
    expect(book.lookup('Lund').statements.map((statement) => statement.text)).toEqual(['the deal was fair']);
    expect(book.lookup('CDC').statements).toHaveLength(2);
    expect(book.lookup('FDA').statements.map((statement) => statement.speaker)).toEqual(['CDC and FDA']);
  });

  it('tells two people\'s names from a body with "and" in its name', () => {
    expect(coordinatedMembers('Peter Vance and Maria Lund')).toEqual(['peter vance', 'maria lund']);
    expect(coordinatedMembers('Tomás Ibarra y Lucía Ferrer')).toEqual(['tomas ibarra', 'lucia ferrer']);
    for (const body of ['Department of Health and Human Services', 'Food and Drug Administration', 'Simon and Luke LLC', 'Bosnia and Herzegovina']) expect(coordinatedMembers(body)).toBeUndefined();
  });
});
