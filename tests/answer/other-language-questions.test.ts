/**
 * Questions written in Portuguese, French or German, which the bot reads as Spanish or English (the languages it
 * speaks): their interrogative asks for a kind of answer as a Spanish one does. "Quanto tempo…?", "Combien de temps…?",
 * "Wie lange…?" ask how long, so the sentence giving a duration is quoted before the one of the same story repeating
 * the question's other words; and Portuguese "no" before a name ("no Palácio do Planalto") is "in the", not a negation
 * that the quoted sentence must bear out. The reply, in Spanish or English, says that the bot does not reply in the
 * question's language. Articles and questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { checked } from '../support/checked.js';
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
    ['Quanto tempo durou a reunião dos ministros no Palácio do Planalto?', '45 minutos', 'pt'],
    ['Combien de temps a duré la séance du conseil municipal de Lyon sur le budget?', 'trois heures', 'fr'],
    ['Wie lange dauerte die Sitzung des Stadtrats von Kassel über den Haushalt?', 'vier Stunden', 'de'],
  ])('%s quotes the duration first, and says the reply is in another language', async (question, duration, writtenIn) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(duration);
    // The bot replies in Spanish or English only: it says so, naming the question's language in the reply's.
    expect(result.notice).toContain(new Intl.DisplayNames([result.language], { type: 'language' }).of(writtenIn));
  });
});

describe('the language a question is written in, when the bot reads it but does not reply in it', () => {
  it.each([
    ['Quante vittime ha causato la tempesta?', 'it'],
    ['Chi ha vinto le elezioni regionali?', 'it'],
    ['Quem venceu a eleição no Brasil?', 'pt'],
    ['Qui a gagné le match de samedi?', 'fr'],
    ['Wer hat die Wahl in Hessen gewonnen?', 'de'],
    // Names longer than the question's own words: those words tell its language, not the names' n-grams.
    ["Qu'a promis Vladimir Putin à Kim Jong Un ?", 'fr'],
  ])('%s is told as %s', (question, language) => {
    expect(checked(question).writtenIn).toBe(language);
  });

  it.each([
    ['¿Quién ganó las elecciones?'],
    ['Cuando viaja Putin a Vietnam?'],
    ['Qué dijo la ministra del presupuesto?'],
    ['Who won the election in Hesse?'],
    ['Putin Vietnam'],
  ])('%s is a Spanish or English question, replied in its own language without a notice', async (question) => {
    expect(checked(question).writtenIn).toBeUndefined();
    expect((await ask(question)).notice).toBeUndefined();
  });
});

describe('a question in a script other than the Latin one', () => {
  it.each([
    ['Что сказал министр о бюджете?', 'ruso'],
    ['部长对预算说了什么？', 'chino'],
  ])('%s is replied in the asker’s language (Spanish by default), saying the bot does not reply in %s', async (question, name) => {
    const result = await ask(question);
    expect(result.language).toBe('es');
    expect(result.notice).toBe(`Aún no respondo en ${name}: respondo en español.`);
  });
});
