/** Mixed quotations (issue 16): a quoted fragment set in the narrator's sentence after a verb of saying or a viewpoint is the speaker's words. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('mixed quotations', () => {
  it('ends a reported clause at a quotation holding its comma, and reads the gerund after it as a statement of its own', () => {
    const found = statements(['Harbor Power Corp. restored service on Monday. The company said the outage was caused by “a rare combination of extreme heat and low wind,” adding that it would review its procedures.'], 'en');
    expect(found).toContainEqual({ kind: 'indirect', text: 'it would review its procedures', speaker: 'Harbor Power Corp' });
    expect(found).toContainEqual({ kind: 'direct', text: 'a rare combination of extreme heat and low wind', speaker: 'Harbor Power Corp' });
  });

  it('credits a quotation after "habló de", "se refirió a … como" and "se mostró" to the subject', () => {
    expect(statements(['La ministra Ana Gómez habló de «un punto de inflexión para la sanidad pública» en el Congreso.'])).toEqual([
      { kind: 'direct', text: 'un punto de inflexión para la sanidad pública', speaker: 'Ana Gómez' },
    ]);
    expect(statements(['La ministra Ana Gómez se refirió a la reforma como «una oportunidad histórica para el país».'])).toEqual([
      { kind: 'direct', text: 'una oportunidad histórica para el país', speaker: 'Ana Gómez' },
    ]);
    expect(statements(['El alcalde Luis Mora se mostró «muy preocupado por la situación de las familias afectadas».'])).toEqual([
      { kind: 'direct', text: 'muy preocupado por la situación de las familias afectadas', speaker: 'Luis Mora' },
    ]);
  });

  it('reads "Para la oposición, …" as the group’s view, its quotation included', () => {
    expect(statements(['Para la oposición, la medida supone «un ataque directo a la clase media trabajadora».'])).toContainEqual({
      kind: 'direct', text: 'un ataque directo a la clase media trabajadora', speaker: 'Oposición',
    });
  });
});

describe('scare quotes after a verb that speaks of something', () => {
  it('makes no statement of a word or two quoted after "habló de"', () => {
    expect(statements(['La ministra Ana Gómez habló de «rescate» durante su intervención en el Congreso.'])).toEqual([]);
  });
});

describe('object relatives (fourth round)', () => {
  it('credits a quotation after "al que acusó de", "a la que calificó de" to the sentence’s subject, not the relative’s antecedent', () => {
    expect(statements(['El expresidente Evo Morales arremetió contra el Gobierno, al que acusó de «traicionar al pueblo boliviano».'])).toContainEqual({
      kind: 'direct', text: 'traicionar al pueblo boliviano', speaker: 'Evo Morales',
    });
    expect(statements(['La ministra Ana Gómez presentó la reforma, a la que calificó de «un paso histórico para el país».'])).toContainEqual({
      kind: 'direct', text: 'un paso histórico para el país', speaker: 'Ana Gómez',
    });
  });

  it('reads a subject named inside the object relative ("la reforma, que la ministra calificó de «…»")', () => {
    expect(statements(['El Congreso aprobó la reforma, que la ministra Ana Gómez calificó de «un paso histórico para el país».'])).toContainEqual({
      kind: 'direct', text: 'un paso histórico para el país', speaker: 'Ana Gómez',
    });
  });
});
