/**
 * /quote look-ups of newcomer 28's kinds (issue 16, stop 51), on sentences written for them: an acronym declared in
 * brackets after a body's whole name that holds a coordination finds the whole name, never its last conjunct; an office
 * English gives its owner's possessive ("X's chief executive") finds the holder at X, not another company's; a service
 * Spanish names by other words than English ("guardacostas", "Guardia Costera" / "Coast Guard"); a full name whose given
 * name differs from a speaker's is someone else of the same surname, said so, and a person of a speaker's surname whom
 * the article names but never quotes is offered beside the speaker for the surname.
 */
import { describe, expect, it } from 'vitest';
import { quoteBookOf as bookOf } from '../fixtures/quotes/load.js';
import { nothingToQuote } from '../../src/present/quote-lines.js';
import { renderQuoteText } from '../../src/present/text.js';

describe('an acronym declared after a name with a coordination', () => {
  const book = bookOf('es', [
    'La Autoridad Nacional de los Puertos y la Navegación (ANPN) ha sancionado a dos navieras por vertidos.',
    'La ANPN ha recordado que las navieras pueden recurrir ante la Audiencia Nacional.',
  ]);

  it('credits the body by its whole name, found by the acronym and by the name', () => {
    for (const query of ['ANPN', 'Autoridad Nacional de los Puertos y la Navegación']) {
      const found = book.lookup(query);
      expect(found.actor).toBe('Autoridad Nacional de los Puertos y la Navegación');
      expect(found.statements.map((statement) => statement.text)).toContain('las navieras pueden recurrir ante la Audiencia Nacional');
    }
  });
});

describe("an office after its owner's possessive", () => {
  const book = bookOf('en', [
    'Harbour Water was fined £10m on Monday after years of leaks.',
    '"This is a firm that ignored every warning," said Watchdog Authority\'s chief executive, Lena Morrow.',
    'Harbour Water\'s chief executive, Paul Greene, apologised but said the company "never hid the figures".',
  ]);

  it("takes the holder at the owner the query names, however the query puts it", () => {
    expect(book.lookup("Watchdog Authority's chief executive").actor).toBe('Lena Morrow');
    for (const query of ['the chief executive of Harbour Water', 'Harbour Water chief executive', 'el director ejecutivo de Harbour Water']) {
      expect(book.lookup(query).actor).toBe('Paul Greene');
    }
  });

  it('still asks which chief executive for the bare office', () => {
    expect(book.lookup('chief executive')).toMatchObject({ actor: null, candidates: expect.arrayContaining(['Lena Morrow', 'Paul Greene']) });
  });
});

describe('a service named by other words in the other language', () => {
  it('finds the Coast Guard of an English article by "guardacostas" and "Guardia Costera"', () => {
    const book = bookOf('en', ['The vessel ran aground early Monday, the U.S. Coast Guard said.']);
    for (const query of ['Guardacostas', 'Guardia Costera']) expect(book.lookup(query).actor).toBe('U.S. Coast Guard');
  });

  it('finds the Guardia Costera and the Patrulla Fronteriza of a Spanish article by their English names', () => {
    const book = bookOf('es', ['Según la Guardia Costera, el buque encalló a las tres de la madrugada.', 'La Patrulla Fronteriza informó que detuvo a doce personas.']);
    expect(book.lookup('Coast Guard').actor).toBe('Guardia Costera');
    expect(book.lookup('Border Patrol').actor).toBe('Patrulla Fronteriza');
  });
});

describe('a full name whose given name differs from the speaker\'s', () => {
  it('offers the speaker as someone else of the same surname, never as a near spelling', () => {
    const book = bookOf('es', ['«Las cuentas no cuadran», afirmó la concejala Irene Valdés en el pleno.']);
    const found = book.lookup('Mateo Valdés');
    expect(found).toMatchObject({ actor: null, statements: [], otherGivenName: ['Irene Valdés'] });
    const reply = nothingToQuote(found, 'es');
    expect(reply).not.toContain('Quizás buscabas');
    expect(reply).toContain('otro nombre de pila');
    expect(reply).toContain('Irene Valdés');
    expect(nothingToQuote(book.lookup('Mateo Valdés'), 'en')).toContain('another given name');
  });

  it('still takes or offers a misspelt name of the speaker as a near spelling', () => {
    const book = bookOf('es', ['«Las cuentas no cuadran», afirmó la concejala Irene Valdés en el pleno.']);
    const misspelt = book.lookup('Irene Valdez');
    expect(misspelt.otherGivenName).toBeUndefined();
    expect(misspelt.actor ?? misspelt.suggestions[0]).toBe('Irene Valdés');
  });
});

describe('a person of a speaker\'s surname named but never quoted', () => {
  const book = bookOf('en', [
    '"The fine is welcome but late," said Ruth Calder, the director of the Clean Rivers Trust.',
    'Tom Calder visited the river on Monday.',
  ]);

  it('is offered beside the speaker for the surname, and named without statements for the full name', () => {
    expect(book.lookup('Calder')).toMatchObject({ actor: null, candidates: ['Ruth Calder', 'Tom Calder'], unquoted: ['Tom Calder'] });
    expect(book.lookup('Tom Calder')).toMatchObject({ actor: null, statements: [], unquoted: ['Tom Calder'] });
    expect(book.lookup('Ruth Calder').actor).toBe('Ruth Calder');
  });
});

describe("a body's acronym that finds the head its articles describe by it", () => {
  it('says in the title whom the acronym described, and does not offer the same person again to be asked for by name', () => {
    const book = bookOf('es', [
      'La Oficina Nacional de Semillas (ONS) presentó este lunes su balance anual.',
      'La directora de la ONS, Carla Pinedo, atribuyó el aumento a la lluvia: «Ha sido un año excepcional».',
    ]);
    const found = book.lookup('ONS');
    expect(found.actor).toBe('Carla Pinedo');
    const reply = renderQuoteText(found, 'es', { page: 1, nextPage: (next) => `quote ONS --page ${next}` });
    expect(reply).toContain('Carla Pinedo, directora de la ONS');
    expect(reply).not.toContain('Pide sus declaraciones por su nombre');
  });
});

describe("a role after its owner's name, before the person's", () => {
  it('finds the holder by the owner and the role in either language, in apposition or before the name', () => {
    for (const paragraph of [
      'A Norsk Hydro spokeswoman, Ingrid Vale, denied the company had ignored the warnings, saying the pipes "showed no faults."',
      '"The pipes showed no faults," said Norsk Hydro spokeswoman Ingrid Vale.',
    ]) {
      const book = bookOf('en', [paragraph, '"We will review the figures," said Tom Berg, a spokesman for the port authority.']);
      for (const query of ['the Norsk Hydro spokeswoman', 'la portavoz de Norsk Hydro']) expect(book.lookup(query).actor, `${query} | ${paragraph}`).toBe('Ingrid Vale');
    }
  });
});
