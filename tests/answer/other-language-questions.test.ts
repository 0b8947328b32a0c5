/**
 * Questions written in Portuguese, French or German, which the bot reads as Spanish or English (the languages it
 * speaks): their interrogative asks for a kind of answer as a Spanish one does. "Quanto tempo…?", "Combien de temps…?",
 * "Wie lange…?" ask how long, so the sentence giving a duration is quoted before the one of the same story repeating
 * the question's other words; and Portuguese "no" before a name ("no Palácio do Planalto") is "in the", not a negation
 * that the quoted sentence must bear out. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'reuniao', title: 'Ministros discutem orçamento em Brasília', date: null, language: 'pt' }, [
    'A reunião dos ministros da Fazenda e do Planejamento no Palácio do Planalto terminou sem acordo sobre os cortes.',
    'O encontro durou 45 minutos, segundo a assessoria.',
  ]),
  articleFromParagraphs({ id: 'seance', title: 'Le conseil municipal de Lyon vote le budget', date: null, language: 'fr' }, [
    'La séance du conseil municipal de Lyon sur le budget de la ville s’est terminée par un vote serré.',
    'Les débats ont duré trois heures.',
  ]),
  articleFromParagraphs({ id: 'sitzung', title: 'Stadtrat Kassel beschließt Haushalt', date: null, language: 'de' }, [
    'Die Sitzung des Stadtrats von Kassel über den Haushalt der Stadt endete mit einer knappen Abstimmung.',
    'Die Debatte dauerte vier Stunden.',
  ]),
]);

const ask = askOf(library);

describe('a question asked in Portuguese, French or German', () => {
  it.each([
    ['Quanto tempo durou a reunião dos ministros no Palácio do Planalto?', '45 minutos'],
    ['Combien de temps a duré la séance du conseil municipal de Lyon sur le budget?', 'trois heures'],
    ['Wie lange dauerte die Sitzung des Stadtrats von Kassel über den Haushalt?', 'vier Stunden'],
  ])('%s quotes the duration first', async (question, duration) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(duration);
  });
});
