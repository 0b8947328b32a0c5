/** Relative clauses, pronouns and role nouns that name who speaks, as Spanish and English press write them (issue 16). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('relative clauses', () => {
  it('credits a restrictive relative on an anonymous person to that person, not to the institution in its complement', () => {
    expect(statements(['El diario citó a una fuente policial que aseguró que el detenido es hermano de un pandillero.'])).toEqual([
      { kind: 'indirect', text: 'el detenido es hermano de un pandillero', speaker: 'Una fuente policial' },
    ]);
    expect(statements(['El diario retomó la versión de un exdirector de la Academia (ANSP) que en 2017 aseguró que el detenido es hermano de un pandillero.'])).toEqual([
      { kind: 'indirect', text: 'el detenido es hermano de un pandillero', speaker: 'Un exdirector de la Academia' },
    ]);
  });

  it('ends the clause of a relative set off after an opening anonymous source at its comma', () => {
    expect(statements(['Un exdirector de la Policía, que en 2017 aseguró que el detenido es hermano de un pandillero, fue citado ayer.'])).toEqual([
      { kind: 'indirect', text: 'el detenido es hermano de un pandillero', speaker: 'Un exdirector de la Policía' },
    ]);
  });

  it('credits the verb of a relative after a preposition ("en el que", "in which") to the sentence’s subject', () => {
    expect(statements(['La gerente Ana Ruiz publicó un mensaje en el que sostiene que los vehículos no transportaron personas.'])).toEqual([
      { kind: 'indirect', text: 'los vehículos no transportaron personas', speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('pronouns and roles', () => {
  it('reads "Para él," as the view of the man the sentence before named', () => {
    expect(statements(['El diputado Pedro Gil habló con este diario. Para él, la norma “solo beneficia a los grandes grupos económicos”.'])).toContainEqual({
      kind: 'direct', text: 'solo beneficia a los grandes grupos económicos', speaker: 'Pedro Gil',
    });
  });

  it('reads "the 62-year-old" as the person the article was about', () => {
    expect(statements(['Barack Obama spoke at the rally on Saturday night.', '“Democracy is on the ballot this year,” the 62-year-old told the crowd.'], 'en')).toEqual([
      { kind: 'direct', text: 'Democracy is on the ballot this year', speaker: 'Barack Obama' },
    ]);
  });

  it('takes the parties to a trial for speakers ("la defensa", "the defense")', () => {
    expect(statements(['La defensa argumentó que el acusado nunca tuvo conocimiento de las transferencias.'])).toEqual([
      { kind: 'indirect', text: 'el acusado nunca tuvo conocimiento de las transferencias', speaker: 'Defensa' },
    ]);
  });

  it('takes an academic role before a name for a title', () => {
    expect(statements(['Professor Jane Smith said the images were the sharpest ever taken.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the images were the sharpest ever taken', speaker: 'Jane Smith' },
    ]);
  });
});

describe('verbs that only look like verbs of saying', () => {
  it('reads "written off", "called off" as other verbs, reporting nothing', () => {
    expect(statements(['One GOP operative in the state said the party had written off the district.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the party had written off the district', speaker: 'One GOP operative in the state' },
    ]);
  });

  it('makes a quotation after "denunció en un comunicado" the verb’s object, not a reported clause of one word', () => {
    expect(statements(['La Asociación de Periodistas denunció en un comunicado “un claro intento de censura a los medios de comunicación”.'])).toEqual([
      { kind: 'direct', text: 'un claro intento de censura a los medios de comunicación', speaker: 'Asociación de Periodistas' },
    ]);
  });
});

describe('a quotation inside the clause a colon opens', () => {
  it('is the words of whom the clause before the colon is about', () => {
    expect(statements(['La ministra Ana Ruiz fue tajante: la reforma es “innegociable para este Gobierno y para el país”.'])).toEqual([
      { kind: 'direct', text: 'innegociable para este Gobierno y para el país', speaker: 'Ana Ruiz' },
    ]);
    expect(statements(['Minister Ana Ruiz was blunt: the reform is “non-negotiable for this government and for the country.”'], 'en')).toEqual([
      { kind: 'direct', text: 'non-negotiable for this government and for the country.', speaker: 'Ana Ruiz' },
    ]);
  });

  it('credits nobody when the clause before the colon names no speaker', () => {
    expect(statements(['Las medidas son las siguientes: subir el IVA y “recortar el gasto público en sanidad y educación”.'])).toEqual([
      { kind: 'direct', text: 'recortar el gasto público en sanidad y educación', speaker: null },
    ]);
  });
});

describe('documents and pronouns inside the sentence', () => {
  it('credits what a document says to whose it is ("a statement from the university", "el comunicado del ministerio")', () => {
    const english = statements(['The University of Leeds announced the closure of the department on Monday.', 'A statement from the university said the decision was taken to balance the budget.'], 'en');
    expect(english).toContainEqual({ kind: 'indirect', text: 'the decision was taken to balance the budget', speaker: 'University of Leeds' });
    expect(statements(['El comunicado del Ministerio de Salud señala que los casos han descendido en las últimas semanas.'])).toEqual([
      { kind: 'indirect', text: 'los casos han descendido en las últimas semanas', speaker: 'Ministerio de Salud' },
    ]);
  });

  it('reads a plural pronoun in a relative clause as the group the sentence opens with', () => {
    const found = statements(['Academics at the university said the decision was a mistake, which they described as “short-sighted and deeply damaging to research”.'], 'en');
    expect(found).toContainEqual({ kind: 'direct', text: 'short-sighted and deeply damaging to research', speaker: 'Academics at the university' });
  });
});
