/**
 * Who does what, and how many: a sentence where another name does the question's verb does not answer it
 * ("¿Cuándo visitó Putin…?" beside "Kim … visitó"), and a count question is answered by the sentence with a
 * figure beside its words, not by one whose only figures date it. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { askedRole } from '../../src/answer/roles.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { answerProblems } from '../support/answer-invariants.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'visita', title: 'Gira por el sur', date: '2024-05-02', language: 'es' }, [
    'La ministra Elena Ruiz viajó a Lisboa en marzo y visitó el puerto de Sines, donde el alcalde Tomás Brito prometió nuevas inversiones.',
    'El gobierno de Brito no ha confirmado cuándo devolverá la visita.',
  ]),
  articleFromParagraphs({ id: 'encuentro', title: 'Reunión en Toledo', date: '2024-04-05', language: 'es' }, [
    'Ana Soto visitó a Luis Pardo en Toledo el 3 de abril para hablar del convenio de aguas.',
    'El convenio se firmará en otoño, según fuentes de la consejería.',
  ]),
  articleFromParagraphs({ id: 'leeds', title: 'Talks in Leeds', date: '2024-06-03', language: 'en' }, [
    'Mark Hill visited Sara Lane in Leeds on 2 June to discuss the water agreement.',
    'The agreement will be signed in the autumn, officials said.',
  ]),
  articleFromParagraphs({ id: 'salon', title: 'Salón del automóvil', date: '2024-03-01', language: 'es' }, [
    'El coche Cortia X5 se presentó en Ginebra ante cientos de visitantes.',
    'El fabricante Ardena montó en el coche Cortia X5 un motor eléctrico de 200 caballos.',
  ]),
  articleFromParagraphs({ id: 'fabrica', title: 'Regional government blocks factory sale', date: '2025-05-04', language: 'en' }, [
    "BERLIN, May 4, 2025 (Reuters) - The regional government on Friday blocked the sale of Veltra's Dresden factory to a foreign fund.",
    'The fund said it was disappointed and would consider an appeal.',
    'The factory employs about 900 people and makes batteries.',
  ]),
]);

const ask = askOf(library);

describe('who does what', () => {
  it('does not answer "when did X visit" with a sentence where someone else visits', async () => {
    const result = await ask('¿Cuándo visitó Tomás Brito el puerto de Sines?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    if (!result.refused) expect(firstQuote(result)).not.toContain('Elena Ruiz viajó');
  });

  it('does not answer with the visit the other way round', async () => {
    const result = await ask('¿Cuándo visitó Luis Pardo a Ana Soto?');
    if (!result.refused) expect(firstQuote(result)).not.toContain('Ana Soto visitó a Luis Pardo');
  });

  it('answers the visit asked the right way round', async () => {
    const result = await ask('¿Cuándo visitó Ana Soto a Luis Pardo?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('el 3 de abril');
  });

  it('reads the name after the verb of a who-question as its object, the doer being what it asks', async () => {
    const result = await ask('¿Quién visitó Luis Pardo en Toledo?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('Ana Soto visitó a Luis Pardo');
  });

  it('reads who does the verb of an English question too', async () => {
    const reversed = await ask('When did Sara Lane visit Mark Hill?');
    if (!reversed.refused) expect(firstQuote(reversed)).not.toContain('Mark Hill visited Sara Lane');
    const result = await ask('When did Mark Hill visit Sara Lane?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('on 2 June');
  });
});

describe('the word before a name is its verb only where a verb can stand', () => {
  it('does not take a noun or an adjective that the name completes for the verb', () => {
    expect(askedRole('¿Qué llevaban los astronautas durante la misión dual AS-278?', 'es')).toBeUndefined();
    expect(askedRole('¿A qué personaje le debe su nombre Jacksonville?', 'es')).toBeUndefined();
    expect(askedRole('¿Cuántos Grammys ha ganado Lady Gaga?', 'es')).toBeUndefined();
    expect(askedRole('¿En qué año John Sheepshanks donó su colección?', 'es')).toBeUndefined();
    expect(askedRole('¿Qué batalla perdió Temujin contra Jamukha?', 'es')?.verb).toBe('perdió');
    expect(askedRole('¿Cuántas capturas ha conseguido Jared Allen?', 'es')?.verb).toBe('conseguido');
  });

  it('reads a name that opens the question, or follows an adverbial interrogative, as the doer of the verb after it, when asked to', () => {
    const known = (word: string) => word === 'Kim';
    expect(askedRole('¿Kim prometió algo a Putin?', 'es', known)).toEqual({ verb: 'prometió', doers: new Set(['kim']) });
    expect(askedRole('¿Kim no ha prometido nada a Putin?', 'es', known)?.verb).toBe('prometido');
    expect(askedRole('¿Por qué Ana Soto visitó Lima?', 'es', known)).toEqual({ verb: 'visitó', doers: new Set(['ana', 'soto']) });
    expect(askedRole('¿Cuándo OTAN y Rusia firmaron el tratado?', 'es', known)?.doers).toEqual(new Set(['otan', 'rusia']));
    // An opening word is a name only when `isName` says so; a name a counting word or a preposition stands before is no doer.
    expect(askedRole('¿Hubo heridos en Lima?', 'es', known)).toBeUndefined();
    expect(askedRole('¿Por qué Ana Soto visitó Lima?', 'es')).toBeUndefined();
    expect(askedRole('¿Cuántos Grammys ha ganado Lady Gaga?', 'es', known)).toBeUndefined();
    // English: an article may stand between the auxiliary and the name before a verb of saying, not before a noun.
    expect(askedRole('What does the EU accuse Poland of?', 'en', known)).toEqual({ verb: 'accuse', doers: new Set(['eu']) });
    expect(askedRole('How many workers does the Veltra factory have?', 'en', known)).toBeUndefined();
  });

  it('quotes the sentence where another name does what the noun before the asked name would be', async () => {
    const result = await ask('¿Qué motor lleva el coche Cortia X5?');
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('motor eléctrico');
  });
});

describe('how many', () => {
  it('quotes the sentence with the count, not the dateline whose figures date it', async () => {
    const result = await ask('How many workers does the Veltra factory have?');
    expect(answerProblems(result, library.articles, library.index)).toEqual([]);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain('about 900 people');
  });
});
