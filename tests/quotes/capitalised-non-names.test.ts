/**
 * Capitalised words that are no part of a name: English function words, contractions and numbers opening a sentence,
 * adverbs and participles the article capitalises only there, a name joined to a participle by a hyphen, and an owner's
 * possessive, which ends the name it opens (the owned body's name keeps its own short forms).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'capitalised', title: 'Test', date: '2024-01-01', language: 'en' }, paragraphs)).map(({ speaker }) => speaker);

describe('words capitalised at a sentence’s start', () => {
  it('reads a free relative or a spelt-out number before a surname as no part of the name', () => {
    expect(speakers(['Mayor Daniel Okafor opened the bridge on Monday.', 'Whoever Okafor appoints will face the council.', 'Okafor said that the tolls would fall.'])).toEqual(['Daniel Okafor']);
    expect(speakers(['Senator Lise Varga met donors on Friday.', 'Three Varga donors left early.', 'Varga said that the campaign had enough money.'])).toEqual(['Lise Varga']);
  });

  it('credits no one with a contracted pronoun’s words', () => {
    expect(speakers(['You’d think the council would agree that the plan makes sense.', 'Occasionally I’ll note that the plan makes sense.'])).toEqual([]);
  });

  it('leaves out an adverb or a participle the article capitalises only there', () => {
    expect(speakers(['Surprisingly Dana Whitlock, the treasurer, said that the fund was solvent.', 'Following Dana Whitlock’s report, she said the fund would grow.'])).toEqual(['Dana Whitlock', 'Dana Whitlock']);
  });
});

describe('names joined to other words', () => {
  it('reads a name and a participle joined by a hyphen as an adjective', () => {
    expect(speakers(['Senator Mara Quist visited the plant.', 'Quist-backed candidates won two seats.', 'Quist said that the plant would reopen.'])).toEqual(['Mara Quist']);
  });

  it('ends a name at an owner’s possessive', () => {
    expect(speakers(['Governor Hal Brenner signed the bill.', 'Brenner’s Twitter account was quiet.', 'Brenner said the bill would pass.'])).toEqual(['Hal Brenner']);
  });

  it('keeps a body’s name an owner opens whole, and its owner apart', () => {
    expect(speakers(['Norway’s Energy Ministry said that prices would fall.', 'Norway said that the talks would resume.', 'The Energy Ministry said that the grid was safe.'])).toEqual([
      'Norway’s Energy Ministry',
      'Norway',
      'Norway’s Energy Ministry',
    ]);
  });
});
