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
import { checkQuestion } from '../../src/answer/question.js';
import { answerQuestion } from '../../src/answer/ask.js';
import type { Language } from '../../src/corpus/types.js';

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

/** /ask as an asker whose locale is `locale` asks it. */
async function askIn(question: string, locale: Language) {
  const check = checkQuestion(question, locale);
  if (!check.ok) throw new Error(`checkQuestion turned "${question}" away: ${check.message}`);
  return answerQuestion({ index: library.index, articles: library.articles, question: check });
}

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
    // A capitalised interrogative is the asker's own word: without it, "visitera-t-il le" reads as Italian.
    ['Quand Poutine visitera-t-il le Vietnam ?', 'fr'],
    ['Quand Dupont arrivera-t-il à Lyon ?', 'fr'],
    ['Combien Renault a-t-il vendu de voitures ?', 'fr'],
    ['Quando Lula visitará a China ?', 'pt'],
    ['Wann trifft Scholz den Papst ?', 'de'],
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

describe('a question in a language the bot reads but does not reply in is replied in the asker’s language', () => {
  it.each([
    ['Quand Putin visitera-t-il le Vietnam ?'],
    ['Quand Poutine visitera-t-il le Vietnam ?'],
    ['Quem assinou o contrato com a Petrobras ?'],
  ])('%s, whatever its names', (question) => {
    expect(checkQuestion(question, 'es')).toMatchObject({ ok: true, language: 'es' });
    expect(checkQuestion(question, 'en')).toMatchObject({ ok: true, language: 'en' });
  });
});

describe('a question the bot cannot read well enough to answer', () => {
  it.each([
    ['Combien de temps a duré la séance de Poutine à Marseille ?', 'francés', ['Poutine', 'Marseille']],
    ['Quanto tempo durou a visita de Macri em 2019 ?', 'portugués', ['Macri', '2019']],
  ])('%s is not told that the articles do not cover it, but that it was read only in part, with the names and numbers looked up', async (question, name, searched) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
    expect(result.answer).not.toContain('Los artículos no tratan');
    expect(result.answer).toContain(`Solo leo en parte las preguntas en ${name}`);
    for (const word of searched) expect(result.answer).toContain(word);
  });

  it.each([
    ['Что сказал министр о бюджете?', 'ruso'],
    ['部长对预算说了什么？', 'chino'],
  ])('%s, in a script other than the Latin one, is replied in the asker’s language (Spanish by default), saying the bot cannot read %s', async (question, name) => {
    const result = await ask(question);
    expect(result.language).toBe('es');
    expect(result.refused).toBe(true);
    expect(result.answer).not.toContain('Los artículos no tratan');
    expect(result.answer).toContain(`Aún no sé leer preguntas en ${name}`);
    expect(result.answer).toContain('No tiene nombres ni cifras en alfabeto latino');
    expect(result.answer).toContain('/fuentes');
  });

  it('names what it looked up of a question in another script that holds names in Latin script, in English for an English asker', async () => {
    const result = await askIn('Что сказал Poutine в Marseille в 2019 году?', 'en');
    expect(result.language).toBe('en');
    expect(result.answer).toContain('I cannot read questions in Russian yet');
    expect(result.answer).toContain('(Poutine, Marseille, 2019)');
    expect(result.answer).not.toContain('do not cover');
    expect(result.answer).toContain('/sources');
  });
});
