/**
 * Number words of Portuguese, French, German and Italian: a sentence in one of them that gives a count in words
 * ("deux cents agents", "vierzig Panzer") answers how many, and one that gives none ("enviou navios", a factory with no
 * figure) no longer answers "¿Cuántos…?" or "¿Cuánto…?" as a look-alike: the count rule, once limited to Spanish and
 * English text for want of other languages' number words, refuses it. Articles written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'marinha', title: 'Marinha do Brasil envia navios a Santos', date: null, language: 'pt' }, [
    'A Marinha do Brasil enviou navios ao porto de Santos nesta segunda-feira para a operação de resgate.',
    'A operação deve durar até o fim da semana, segundo o comando da Marinha.',
  ]),
  articleFromParagraphs({ id: 'sindicatos', title: 'Governo recebe sindicatos em Brasília', date: null, language: 'pt' }, [
    'Os representantes dos sindicatos dos professores reuniram-se com o ministro da Educação em Brasília.',
    'A reunião terminou sem acordo sobre os salários.',
  ]),
  articleFromParagraphs({ id: 'rheinwerk', title: 'Rheinwerk baut neue Fabrik in Kassel', date: null, language: 'de' }, [
    'Der Rüstungskonzern Rheinwerk baut in Kassel eine neue Fabrik für Munition.',
    'Der Vorstandschef von Rheinwerk wollte sich zu den Kosten des Werks nicht äußern.',
  ]),
  articleFromParagraphs({ id: 'kettler', title: 'Kettler erweitert das Werk in Minden', date: null, language: 'de' }, [
    'Der Maschinenbauer Kettler erweitert sein Werk in Minden an der Weser.',
    'Kettler stellt dort künftig vierzig Traktoren im Monat her, teilte das Unternehmen am Montag mit.',
  ]),
  articleFromParagraphs({ id: 'bergamo', title: 'Bergamo, nuovi filobus per la linea di Dalmine', date: null, language: 'it' }, [
    'Il comune di Bergamo presenta la nuova linea di filobus verso Dalmine.',
    'Il comune di Bergamo ha acquistato dodici filobus elettrici per la linea, che partirà a settembre.',
  ]),
  articleFromParagraphs({ id: 'lyon', title: 'Le conseil municipal de Lyon vote le budget', date: null, language: 'fr' }, [
    'Le conseil municipal de Lyon a adopté mardi le budget de la ville après un long débat.',
    'La ville de Lyon embauchera deux cents agents municipaux de plus en 2025.',
  ]),
]);

const ask = askOf(library);

describe('number words in Portuguese, French, German and Italian text', () => {
  it.each([
    ['¿Cuántos navíos envió la Marinha do Brasil a Santos?'],
    ['¿Cuánto cuesta la fábrica de Rheinwerk en Kassel?'],
    // Portuguese "dos" ("of the") is no Spanish "two".
    ['¿Cuántos sindicatos de professores se reunieron con el ministro da Educação?'],
  ])('%s is refused beside a sentence that gives no count', async (question) => {
    const result = await ask(question);
    expect(result.refused).toBe(true);
  });

  it.each([
    ['¿Cuántos agentes municipales contratará Lyon?', 'deux cents agents'],
    ['How many Traktoren does Kettler make in Minden?', 'vierzig Traktoren'],
    ['¿Cuántos filobus compró el comune di Bergamo?', 'dodici filobus'],
  ])('%s quotes the count given in words', async (question, count) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(count);
  });
});
