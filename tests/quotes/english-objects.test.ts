/**
 * An English verb of saying with a noun-phrase object and no "that" (issue 16, precision): a that-less clause has a finite
 * verb ("said the plan makes sense"); "claimed responsibility for the attack", "announced the meeting … when they met",
 * "admitted as much" name what was claimed or announced, and "accused five firms" without its charge says nothing of theirs.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'objects', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ speaker, text }) => [speaker, text]);

describe('English objects of verbs of saying', () => {
  it('reads no statement in a noun phrase without a finite verb', () => {
    expect(said(['The Front claimed responsibility for the blast in a message sent to reporters.'])).toEqual([]);
    expect(said(['The council announced the new bridge between the two towns when it met in May.'])).toEqual([]);
    expect(said(['Governor Ada Lind has admitted as much.'])).toEqual([]);
    expect(said(['The regulator has accused four large banks, among them Orbis and Keller, in its ruling.'])).toEqual([]);
  });

  it('still reads that-less clauses, gerunds, infinitives and accusations with their charge', () => {
    expect(said(['Governor Ada Lind said the plan makes sense.'])).toEqual([['Ada Lind', 'the plan makes sense']]);
    expect(said(['Governor Ada Lind said protests show the need for a new law.'])).toEqual([['Ada Lind', 'protests show the need for a new law']]);
    expect(said(['Governor Ada Lind said two old bridges shut down on Friday.'])).toEqual([['Ada Lind', 'two old bridges shut down on Friday']]);
    expect(said(['Governor Ada Lind admitted taking the money in 2019.'])).toEqual([['Ada Lind', 'taking the money in 2019']]);
    expect(said(['Judge Ada Lind warned jurors not to read the papers.']).map(([speaker]) => speaker)).toEqual(['Ada Lind']);
    expect(said(['Governor Ada Lind has accused the mayor of hiding the report.']).map(([speaker]) => speaker)).toEqual(['Ada Lind']);
  });
});
