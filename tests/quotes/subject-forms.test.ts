/**
 * Subject forms of press writing found while writing sentences for issue 16's held-out kinds, each on text written for
 * it: an intensified pronoun ("Ella misma reconoció…"), "another" as an indefinite ("Another resident said…"), a verb
 * after an adverb with its subject after it ("Así lo explicó la portavoz…: «…»"), a spokesperson's title before the
 * name in apposition after the verb ("dijo la portavoz del Gobierno, Ana Redondo"), and an association as an
 * organisation, whom "he" never refers to.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ text, speaker }) => [text, speaker]);

describe('subject forms', () => {
  it('reads "Ella misma" as the pronoun', () => {
    expect(found(['La secretaria de Salud, María Gómez, informó sobre el brote.', 'Ella misma reconoció que el sistema sanitario está al límite.'])).toEqual([['el sistema sanitario está al límite', 'María Gómez']]);
  });

  it('reads "Another resident" as an anonymous source', () => {
    expect(found(['Another resident said the water had reached the second floor.'], 'en')).toEqual([['the water had reached the second floor', 'Another resident']]);
  });

  it('reads the subject after a verb that only adverbs precede, and the name after a spokesperson\'s title', () => {
    expect(found(['Así lo explicó la portavoz del Gobierno, Ana Redondo, durante la rueda de prensa: «No hay ninguna negociación abierta».'])).toEqual([['No hay ninguna negociación abierta', 'Ana Redondo']]);
    expect(found(['«No hay ninguna negociación abierta», dijo la portavoz del Gobierno, Ana Redondo, durante la rueda de prensa.'])).toEqual([['No hay ninguna negociación abierta', 'Ana Redondo']]);
  });

  it('never takes an association for the person "he" refers to', () => {
    const paragraphs = ['The Screen Actors Guild (SAG) gave its top award to the film.', 'The SAG awards are watched closely by the industry.', 'Speaking through an interpreter he added; “It is true that the momentum is building and we are part of the race.”'];
    expect(found(paragraphs, 'en')).not.toContainEqual(['It is true that the momentum is building and we are part of the race.', 'Screen Actors Guild']);
  });
});
