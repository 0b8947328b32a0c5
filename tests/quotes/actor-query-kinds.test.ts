/** /quote queries of kinds that resolved to nobody or to several (issue 16, item 4): a surname that is also a title or another's given name; a generic word for a country's head. */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

describe('a surname that is also a title or another person\'s given name', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Show', date: '2024-02-01', language: 'en' }, ['Dana Bishop said the show would return in May.', '"We are not done," Bishop said.']),
    articleFromParagraphs({ id: 'b', title: 'Church', date: '2024-02-02', language: 'en' }, ['Bishop Tomas Reyes said the cathedral would reopen.']),
    articleFromParagraphs({ id: 'c', title: 'Rally', date: '2024-02-03', language: 'en' }, ['Evelyn Grant said the rally was peaceful.', '"It was calm," Grant said.']),
    articleFromParagraphs({ id: 'd', title: 'Vote', date: '2024-02-04', language: 'en' }, ['Grant Holloway said the vote would be close.']),
  ]));

  it('finds the person whose surname the word is, not the one it gives a title to', () => {
    expect(book.lookup('Bishop')).toMatchObject({ actor: 'Dana Bishop' });
    expect(book.lookup('Bishop').statements).toHaveLength(2);
  });

  it('finds the person whose surname the word is, not one whose given name it is', () => {
    expect(book.lookup('Grant')).toMatchObject({ actor: 'Evelyn Grant' });
  });

  it('finds the person whose surname the word is, not a description naming them in its complement', () => {
    const trial = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'j', title: 'Juicio', date: '2024-02-05', language: 'es' }, [
        'El exalcalde Mateo Quiroga dijo que es inocente.',
        'Los abogados del exalcalde Quiroga aseguraron que apelarán la sentencia.',
      ]),
    ]));
    expect(trial.actors().map((actor) => actor.name).sort()).toEqual(['Abogados del exalcalde Quiroga', 'Mateo Quiroga']);
    expect(trial.lookup('Quiroga')).toMatchObject({ actor: 'Mateo Quiroga' });
  });
});

describe('a generic word for whoever heads a country', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Cumbre', date: '2024-02-01', language: 'es' }, ['El presidente finlandés, Aarne Virtanen, dijo que la cumbre fue un éxito.']),
    articleFromParagraphs({ id: 'b', title: 'Budget', date: '2024-02-02', language: 'en' }, ['The Canadian prime minister, Ellen Moss, said the budget would be balanced.']),
  ]));

  it('finds the president or prime minister the articles name for "líder", "leader" or "mandatario"', () => {
    expect(book.lookup('el líder finlandés')).toMatchObject({ actor: 'Aarne Virtanen', resolvedBy: 'role' });
    expect(book.lookup('el mandatario finlandés')).toMatchObject({ actor: 'Aarne Virtanen', resolvedBy: 'role' });
    expect(book.lookup('the Canadian leader')).toMatchObject({ actor: 'Ellen Moss', resolvedBy: 'role' });
  });
});

describe('an organisation by the acronym of its name in the other language', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'es', title: 'Minas', date: '2024-02-01', language: 'es' }, [
      'El Consejo Mundial de Minería advirtió que las exportaciones caerán.',
      'La Agencia Europea de Navegación aseguró que revisará las rutas.',
    ]),
    articleFromParagraphs({ id: 'en', title: 'Rivers', date: '2024-02-02', language: 'en' }, ['The International River Fund said the dams would be inspected.']),
  ]));

  it('finds a Spanish name by its English acronym, and an English name by its Spanish acronym; never a person\'s name read backwards', () => {
    expect(book.lookup('WMC')).toMatchObject({ actor: 'Consejo Mundial de Minería', resolvedBy: 'acronym' });
    expect(book.lookup('ENA')).toMatchObject({ actor: 'Agencia Europea de Navegación', resolvedBy: 'acronym' });
    expect(book.lookup('FRI')).toMatchObject({ actor: 'International River Fund', resolvedBy: 'acronym' });
    const people = createQuoteBook(buildQuoteData([
      articleFromParagraphs({ id: 'p', title: 'Obras', date: '2024-02-03', language: 'es' }, ['Ramón Pablo Ibarra dijo que las obras acabarán en abril.']),
    ]));
    expect(people.lookup('IPR').actor).toBeNull();
  });
});

describe('one body under its acronym in one article and spelt out in another language in another', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'es', title: 'Minas', date: '2024-02-01', language: 'es' }, ['El Consejo Mundial de Minería advirtió que las exportaciones caerán.']),
    articleFromParagraphs({ id: 'en', title: 'Mines', date: '2024-02-02', language: 'en' }, ['The WMC said prices would rise.']),
    articleFromParagraphs({ id: 'p', title: 'Obras', date: '2024-02-03', language: 'es' }, ['Walter Montes Cruz dijo que las obras acabarán en abril.']),
  ]));

  it('gives the statements of both, whichever name is asked for, and never a person\'s whose initials the acronym is', () => {
    const speakers = (query: string) => book.lookup(query).statements.map((statement) => statement.speaker).sort();
    expect(speakers('WMC')).toEqual(['Consejo Mundial de Minería', 'WMC']);
    expect(speakers('Consejo Mundial de Minería')).toEqual(['Consejo Mundial de Minería', 'WMC']);
  });
});

describe('a query giving another given name with a quoted speaker\'s surname', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'h', title: 'Juicio', date: '2024-02-06', language: 'es' }, ['El exgobernador Julián Andrés Valdivia dijo que es inocente.', '"No he hecho nada", añadió Valdivia.']),
    articleFromParagraphs({ id: 'b', title: 'Senado', date: '2024-02-07', language: 'es' }, ['"Votaremos en contra", dijo Ocampo.']),
  ]));

  it('never resolves to that speaker by the shared surname, and still finds a speaker named by the surname alone', () => {
    expect(book.lookup('Rodrigo Valdivia').actor).toBeNull();
    expect(book.lookup('Rodrigo Valdivia').statements).toEqual([]);
    expect(book.lookup('Marta Ocampo')).toMatchObject({ actor: 'Ocampo' });
  });
});
