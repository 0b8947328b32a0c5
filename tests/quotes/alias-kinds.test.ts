/**
 * /quote by the other names an article gives its speakers (issue 16, point 4): acronyms that keep a proper name's
 * article, a medium named with its kind after it, and descriptions set after a person's name.
 */
import { describe, expect, it } from 'vitest';
import { quoteBookOf as bookOf } from '../fixtures/quotes/load.js';

describe('acronyms that keep the article of a proper name', () => {
  it('finds "Unión de Agricultores de La Rioja" by "UALR" and "U.A.L.R."', () => {
    const book = bookOf('es', ['La Unión de Agricultores de La Rioja advirtió que la cosecha de uva caerá un 20 %.']);
    for (const query of ['UALR', 'U.A.L.R.']) expect(book.lookup(query)).toMatchObject({ actor: 'Unión de Agricultores de La Rioja', resolvedBy: 'acronym' });
  });
});

describe('a medium named with its kind after it', () => {
  const book = bookOf('en', [
    'The port will reopen on Monday, according to the Baltic Wire.',
    'Anna Berg said the ferries would run again.',
  ]);

  it('finds "the Baltic Wire news agency" as the Baltic Wire', () => {
    expect(book.lookup('the Baltic Wire news agency').actor).toBe('Baltic Wire');
    expect(book.lookup('Baltic Wire agency').actor).toBe('Baltic Wire');
  });

  it('never takes a person followed by a role for that person (a spokesman is someone else)', () => {
    expect(book.lookup('Anna Berg spokesman').actor).toBeNull();
    expect(book.lookup('Anna Berg spokesman').statements).toEqual([]);
  });
});

describe('descriptions set after a person\'s name', () => {
  const english = bookOf('en', [
    '“We do everything we can to avoid outages,” said Tom Reyes, a spokesman for the port authority.',
    'Lena Ortiz, an energy consultant, said prices would rise.',
    '“It will not pass,” said Mark Ellis, a day after the vote.',
  ]);

  it('finds the person by the description with or without its article, and by its role; none in a phrase of time', () => {
    for (const query of ['a spokesman for the port authority', 'spokesman for the port authority', 'the spokesman']) expect(english.lookup(query).actor, query).toBe('Tom Reyes');
    expect(english.lookup('the energy consultant').actor).toBe('Lena Ortiz');
    // A phrase of time after the name describes nobody.
    expect(english.actor('Mark Ellis')?.aliases).toEqual([]);
  });

  it('reads Spanish descriptions after "un"/"una", never a phrase after the preposition "a"', () => {
    const spanish = bookOf('es', [
      '“No habrá cortes”, dijo Marta Gil, una investigadora de la Universidad de Murcia.',
      'El plan sigue adelante, dijo Luis Pardo, a la salida del pleno.',
    ]);
    expect(spanish.lookup('la investigadora').actor).toBe('Marta Gil');
    expect(spanish.actor('Luis Pardo')?.aliases).toEqual([]);
  });
});

describe('titles the press writes for a name', () => {
  it('finds whom the articles call "el presidente" by "el mandatario", "el gobernante", and a former one by "el exmandatario"', () => {
    const book = bookOf('es', [
      'El presidente de Chile, Gabriel Soto, dijo que la gira empieza el miércoles.',
      'El expresidente Ramón Ulloa dijo que es inocente.',
    ]);
    for (const query of ['el mandatario', 'el gobernante']) expect(book.lookup(query), query).toMatchObject({ actor: 'Gabriel Soto', resolvedBy: 'role' });
    expect(book.lookup('el exmandatario')).toMatchObject({ actor: 'Ramón Ulloa', resolvedBy: 'role' });
    expect(book.lookup('la mandataria').actor).toBeNull();
  });

  it('reads an abbreviated title as a role ("Gov. Inslee"), and finds the name between a title and a home place', () => {
    const book = bookOf('en', ['Gov. Jay Hale said the state would act.', 'Sen. Ellen Marsh of Vermont said the plan was weak.']);
    expect(book.lookup('Gov. Hale').actor).toBe('Jay Hale');
    expect(book.lookup('Gov. Marsh').actor).toBeNull();
    expect(book.lookup('Sen. Ellen Marsh of Vermont').actor).toBe('Ellen Marsh');
  });

  it('reads a query without its asides in brackets when the whole finds nobody', () => {
    const book = bookOf('es', ['El ministro de Educación, Rosendo Velarde, dijo que las clases empiezan en marzo.']);
    expect(book.lookup('el ministro de Educación (Minedu)').actor).toBe('Rosendo Velarde');
  });
});

describe('a courtesy title before a name', () => {
  it('finds the person by title and surname in French, German and English, as by the surname alone', () => {
    const french = bookOf('fr', ['Le maire Jean Tremblay a annoncé que le pont rouvrira en mai.', '« Nous avons fait le nécessaire », a dit M. Tremblay.']);
    expect(french.lookup('M. Tremblay').actor).toBe('Jean Tremblay');
    const german = bookOf('de', ['Anna Vogt sagte: „Die Brücke wird im Mai eröffnet.“']);
    expect(german.lookup('Frau Vogt').actor).toBe('Anna Vogt');
    const english = bookOf('en', ['Harold Quist said the bridge would reopen in May.']);
    expect(english.lookup('Mr. Quist').actor).toBe('Harold Quist');
  });

  it('takes the person, not a group named after them, when the surname alone does', () => {
    const book = bookOf('en', [
      'The billionaire Michael R. Stone said the fund would double its grants.',
      "Stone's campaign said the advertisements would run until March.",
      'Stone said the grants were a gift.',
    ]);
    expect(book.lookup('Stone').actor).toBe('Michael R. Stone');
    expect(book.lookup('Mr. Stone').actor).toBe('Michael R. Stone');
  });

  it('finds a speaker by the name the articles give with a courtesy title before it ("Don Carlos Ruiz"), the title left out of the name', () => {
    const book = bookOf('es', ['Don Carlos Ruiz dijo que la cosecha fue buena.']);
    expect(book.lookup('Don Carlos Ruiz').actor).toBe('Carlos Ruiz');
    expect(book.lookup('Carlos Ruiz').actor).toBe('Carlos Ruiz');
  });
});

describe('suggestions for an unknown name', () => {
  it('never offers someone close only in the given name ("Marta Ruiz" is not "María Núñez"), still a close surname', () => {
    const book = bookOf('es', ['La consejera María Núñez dijo que el hospital abrirá en mayo.', 'Vladimir Putin dijo que la cumbre fue un éxito.']);
    expect(book.lookup('Marta Ruiz').suggestions).toEqual([]);
    expect(book.lookup('Putim Vladimirovich').suggestions).toEqual(['Vladimir Putin']);
    expect(book.lookup('Rosa Núñes').suggestions).toEqual(['María Núñez']);
  });
});

describe('a name cut short', () => {
  it('suggests the name a query begins rather than one a letter away (newcomer 21, D11)', () => {
    const book = bookOf('es', ['El diputado Alberto Pimentel dijo que la ley es urgente.', 'Kim Jong Un dijo que el misil fue un éxito.']);
    expect(book.lookup('Pim').suggestions).toEqual(['Alberto Pimentel']);
  });
});
