/**
 * /quote look-ups that landed on another person (issue 16, stop 48; newcomer 26's D3): an acronym or a country read as a
 * misspelling of a shorter surname, a name's initials read as a nearby acronym; and a body's English name found through
 * the initials of its Spanish one, a chat's spoiler marks around part of a name.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData, createQuoteBook } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

describe('a look-up never lands on someone else by a loose spelling', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Concejo', date: '2025-05-01', language: 'es' }, ['El concejal Matías Lobo dijo que votará en contra del presupuesto.']),
    articleFromParagraphs({ id: 'b', title: 'Vecinos', date: '2025-05-02', language: 'es' }, ['La vecina Marta Gil dijo que el barrio lleva un mes sin luz.']),
    articleFromParagraphs({ id: 'c', title: 'Clima', date: '2025-05-03', language: 'es' }, ['El SHN Uruguay informó que el río bajará esta semana.']),
  ]));

  it('does not take an acronym for a shorter surname two edits away ("LOBEX" is not Lobo)', () => {
    expect(book.lookup('LOBEX').actor).toBeNull();
  });

  it('does not take a word for a short name two edits away ("Gilda" is not Gil)', () => {
    expect(book.lookup('Gilda').actor).toBeNull();
  });

  it('still finds a one-edit typo of a short surname', () => {
    expect(book.lookup('Lobbo')).toMatchObject({ actor: 'Matías Lobo' });
  });

  it('does not take the initials of a typed name for an acronym one letter off ("Spanish Hydrographic Service" is not the SHN Uruguay)', () => {
    expect(book.lookup('Spanish Hydrographic Service').actor).toBeNull();
  });
});

describe('a body by its name in the other language', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Sequía', date: '2025-06-01', language: 'es' }, [
      'La Organización Hidrológica Mundial advirtió que el caudal de los grandes ríos caerá un tercio.',
    ]),
  ]));

  it('finds a Spanish-named body by its English name, whose initials in Spanish spell its name\'s', () => {
    expect(book.lookup('World Hydrological Organization')).toMatchObject({ actor: 'Organización Hidrológica Mundial', resolvedBy: 'language' });
  });
});

describe('a chat\'s spoiler marks in the query', () => {
  const book = createQuoteBook(buildQuoteData([
    articleFromParagraphs({ id: 'a', title: 'Agua', date: '2025-07-01', language: 'es' }, ['La ministra Irene Salvatierra dijo que llegarán veinte camiones cisterna.']),
  ]));

  it('reads the name without the hidden text between "||" marks, or with the marks alone taken away', () => {
    expect(book.lookup('||ojo|| Salvatierra')).toMatchObject({ actor: 'Irene Salvatierra' });
    expect(book.lookup('||Salvatierra||')).toMatchObject({ actor: 'Irene Salvatierra' });
  });
});
