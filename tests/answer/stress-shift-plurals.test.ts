/**
 * A Spanish noun in -en and its plural are one word to sentence matching: "orígenes" meets "origen", "imagen" meets
 * "imágenes". The stress moves in the plural, and the Spanish stemmer takes the singular's -en for a verb ending ("orig")
 * while it keeps it in the plural ("origen"), so that the sentence answering with the other number lost to one of the
 * same story repeating only the question's other words. English plurals keep their stem ("origin"/"origins").
 * Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'cofradia', title: 'Una cofradía cumple años', date: null, language: 'es' }, [
    'La cofradía de Tarazona celebró su fiesta mayor en 1990.',
    'Los cofrades de la cofradía desfilan cada Viernes Santo por el casco viejo.',
    'Su origen en Tarazona se remonta a 1482, a un gremio de tejedores de lana.',
  ]),
  articleFromParagraphs({ id: 'museo', title: 'Un museo de arte sacro', date: null, language: 'es' }, [
    'El museo de Soria guarda sus monedas más antiguas en Burgos.',
    'Lo visitan cada año en el museo unas veinte mil personas.',
    'Las imágenes más antiguas de Soria se guardan en la cripta de Santo Domingo.',
  ]),
  articleFromParagraphs({ id: 'guild', title: 'A guild turns old', date: null, language: 'en' }, [
    'The Tarragon guild held its main feast in 1990.',
    'The guild members of the guild march every Good Friday through the old town.',
    'Its origins in Tarragon go back to 1482, to a company of wool weavers.',
  ]),
]);

const ask = askOf(library);

describe('a noun in -en and its plural', () => {
  it.each([
    ['¿Cuándo tiene sus orígenes la cofradía de Tarazona?', '1482'],
    ['¿Dónde guarda el museo de Soria su imagen más antigua?', 'Santo Domingo'],
    ['When did the Tarragon guild have its origin?', '1482'],
  ])('%s quotes the sentence with the other number of the noun', async (question, answer) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(answer);
  });
});
