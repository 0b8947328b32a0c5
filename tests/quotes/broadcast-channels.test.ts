/**
 * The channel of words said on air or in an interview (newcomer 19's D5: "told NBC News' Today show" had no channel;
 * issue 16: "Litoral" for "Radio Litoral"): a programme after "told" or after "on" set after a verb of saying, the medium
 * an interview was given to, and a medium's name with its capitalised noun.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const channels = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'channels', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ speaker, via, text }) => [speaker, via, text]);

describe('broadcasts and interviews as channels', () => {
  it('reads a programme told or spoken on', () => {
    expect(channels('en', ["Dr. Lena Voss told PBS' NewsHour program the worst was over."])).toEqual([['Lena Voss', "PBS' NewsHour program", 'the worst was over']]);
    expect(channels('en', ["Senator Ray Holt said on NBC's Meet the Press that he would vote no."])).toEqual([['Ray Holt', "NBC's Meet the Press", 'he would vote no']]);
  });

  it('names no channel for a day or a person after the verb', () => {
    expect(channels('en', ['Senator Ray Holt said on Monday that he would vote no.', 'Dr. Lena Voss told Holt the worst was over.']).map(([, via]) => via)).toEqual([null, null]);
  });

  it('reads whom an interview was given to', () => {
    expect(channels('es', ['La ministra Rosa Vidal dijo en una entrevista con El Heraldo que no habrá recortes.'])).toEqual([['Rosa Vidal', 'El Heraldo', 'no habrá recortes']]);
    expect(channels('en', ['In an interview with The Daily Star, Rosa Vidal said there would be no cuts.'])).toEqual([['Rosa Vidal', 'The Daily Star', 'there would be no cuts']]);
  });

  it('keeps a medium’s capitalised noun in its name', () => {
    expect(channels('es', ['El alcalde Iván Soto afirmó en una entrevista con Radio Mitre que el puente abrirá en mayo.']).map(([, via]) => via)).toEqual(['Radio Mitre']);
    expect(channels('es', ['El alcalde Iván Soto declaró a la agencia Efe que el puente abrirá en mayo.']).map(([, via]) => via)).toEqual(['Efe']);
  });
});

describe('broadcasters known without introduction, programmes in quotation marks', () => {
  it('gives a broadcaster told as the channel, never the speaker', () => {
    expect(channels('en', ['Senator Ray Holt told the BBC the plan was dead.', 'Senator Ray Holt told CNN that the plan was dead.'])).toEqual([
      ['Ray Holt', 'BBC', 'the plan was dead'],
      ['Ray Holt', 'CNN', 'the plan was dead'],
    ]);
  });

  it('reads a quoted programme after "on" as the channel, not a quotation', () => {
    expect(channels('en', ['“We will not go to the summit,” Senator Ray Holt said Wednesday on “The Evening Desk With Ann Lee” on CNN.'])).toEqual([['Ray Holt', 'The Evening Desk With Ann Lee', 'We will not go to the summit']]);
    expect(channels('en', ['Senator Ray Holt said on “Meet the Voters” that the plan was dead.'])).toEqual([['Ray Holt', 'Meet the Voters', 'the plan was dead']]);
  });
});
