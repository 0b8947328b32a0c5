/**
 * Near-miss questions answered with a neighbouring fact (blind newcomers 37 and 38): something asked as done that the
 * story only announces ("¿Quién ganó la final?" beside "disputarán el sábado la final"; "¿Quién juró…?" beside "jurará"), a count asked beside an expected figure ("Se esperan más de 20.000 espectadores": the stop in "20.000"
 * ended the expectation's clause), a company's revenue asked beside other figures of a deal, a count asked beside a
 * multiple ("14 times its earnings") or a rank ("third-largest"). Each is refused, with the story as a lead; the same
 * stories answer what they tell. Articles and questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { asksDone } from '../../src/answer/announced.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const swearing = articleFromParagraphs({ id: 'lempa', title: 'Ramírez jurará como alcaldesa de Puerto Lempa el lunes', date: '2026-09-12', language: 'es' }, [
  'La exconcejala Ana Ramírez jurará el lunes como nueva alcaldesa de Puerto Lempa, tras la dimisión de Julio Castaño.',
  'La ceremonia se celebrará en el salón de plenos y estará abierta al público, informó el ayuntamiento.',
]);
const final = articleFromParagraphs({ id: 'copa', title: 'Atlético Sur y Deportivo Norte, cara a cara en la final', date: '2026-05-20', language: 'es' }, [
  'El Atlético Sur y el Deportivo Norte disputarán el sábado la final de la Copa regional en el estadio Municipal de Brenes.',
  'Se esperan más de 20.000 espectadores, según la federación.',
]);
const league = articleFromParagraphs({ id: 'liga', title: 'El Racing Oeste gana la liga', date: '2026-05-25', language: 'es' }, [
  'El Racing Oeste ganó el domingo la liga de Valdecruz tras vencer por 2-0 al Club Lagunas ante 8.500 espectadores.',
]);
const council = articleFromParagraphs({ id: 'ashby', title: 'Ashby’s new mayor to be sworn in', date: '2026-05-02', language: 'en' }, [
  'Councillor Rhona Platt will be sworn in as mayor of Ashby on Tuesday, after the council backed her in a vote on Thursday.',
]);
const deal = articleFromParagraphs({ id: 'halden', title: 'Halden Foods to buy Corvo Dairies', date: '2026-02-10', language: 'en' }, [
  'Halden Foods agreed on Tuesday to buy Corvo Dairies for $1.2 billion in cash, creating the country’s third-largest dairy group.',
  'The deal, which values Corvo at 14 times its annual earnings, is expected to close in March, the companies said.',
]);
const results = articleFromParagraphs({ id: 'mabry', title: 'Mabry Tools sales rise', date: '2026-03-03', language: 'en' }, [
  'Mabry Tools reported annual revenue of $412 million, up 6 percent, and said it employs 1,900 people at four plants.',
]);
const ask = askOf(await libraryOf([swearing, final, league, council, deal, results]));

describe('a neighbouring fact is no answer', () => {
  it('refuses what the story only announces, a count beside an expectation, revenue or a count the story does not give', async () => {
    for (const question of [
      '¿Quién juró como alcaldesa de Puerto Lempa?',
      '¿Quién ganó la final de la Copa regional entre el Atlético Sur y el Deportivo Norte?',
      '¿Cuántos espectadores asistieron a la final de la Copa regional en Brenes?',
      'What was Corvo Dairies’ annual revenue?',
      'How many employees does Corvo Dairies have?',
    ]) {
      const result = await ask(question);
      expect(result.refused, question).toBe(true);
      expect(result.citations.length, question).toBeGreaterThan(0);
    }
  });

  it('answers what the stories tell', async () => {
    expect(firstQuote(await ask('¿Cuándo jurará Ana Ramírez como alcaldesa de Puerto Lempa?'))).toContain('el lunes');
    expect(firstQuote(await ask('¿Quién ganó la liga de Valdecruz?'))).toContain('Racing Oeste');
    expect(firstQuote(await ask('¿Cuántos espectadores asistieron a la final de la liga de Valdecruz?'))).toContain('8.500');
    expect(firstQuote(await ask('¿Cuántos espectadores se esperan en la final de la Copa regional?'))).toContain('20.000');
    expect(firstQuote(await ask('When will Rhona Platt be sworn in as mayor of Ashby?'))).toContain('Tuesday');
    expect(firstQuote(await ask('What was Mabry Tools’ annual revenue?'))).toContain('$412 million');
    expect(firstQuote(await ask('How many people does Mabry Tools employ?'))).toContain('1,900');
    expect(firstQuote(await ask('How much will Halden Foods pay for Corvo Dairies?'))).toContain('$1.2 billion');
  });

  it('reads a question asked of something done by its verb’s tense', () => {
    expect(asksDone('¿Quién ganó el torneo?', 'es')).toBe(true);
    expect(asksDone('¿Quién ganará el torneo?', 'es')).toBe(false);
    expect(asksDone('How many votes did she get?', 'en')).toBe(true);
    expect(asksDone('¿Para quién fue escrito el informe?', 'es')).toBe(false);
    expect(asksDone('¿Qué organismo ha declarado la alerta?', 'es')).toBe(false);
    expect(asksDone('Who will chair the inquiry?', 'en')).toBe(false);
  });

  it('reads a past participle after a present verb as describing a noun, not as the verb asked (newcomer 38’s kind)', async () => {
    expect(asksDone('What is the annual revenue reported in the Mabry story?', 'en')).toBe(false);
    expect(asksDone('Who is the councillor backed by the council?', 'en')).toBe(false);
    expect(asksDone('What is the dairy group that Halden Foods created?', 'en')).toBe(true);
    expect(asksDone('Who won the final that is played in Brenes?', 'en')).toBe(true);
    expect(firstQuote(await ask('What is the annual revenue mentioned in the Mabry Tools story?'))).toContain('$412 million');
  });
});
