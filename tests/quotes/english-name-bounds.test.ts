/**
 * Where an English speaker's name starts and ends in press writing: a weekday or a rank written without its dot before
 * the name, a manner adverb between the subject and its verb, an advocacy group's "X for Y" name, the party and state
 * set after a legislator's name, and a name in apposition right before the verb when a noun phrase follows it.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'name-bounds', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

describe('English name bounds', () => {
  it('opens no name at a weekday, and reads an undotted rank as a title', () => {
    expect(said(['At a court hearing on Tuesday Staff Sgt John Miles, 41, admitted stealing the rifles.'])).toEqual([{ kind: 'indirect', speaker: 'John Miles', text: 'stealing the rifles' }]);
    expect(said(['Col Nora Field told the inquiry that the orders came late.'])).toEqual([{ kind: 'indirect', speaker: 'Nora Field', text: 'the orders came late' }]);
  });

  it('steps over a manner adverb between the subject and its verb', () => {
    expect(said(['While lawyers originally said they would appeal, nobody expected it.'])).toEqual([{ kind: 'indirect', speaker: 'Lawyers', text: 'they would appeal, nobody expected it' }]);
    expect(said(['El ministro públicamente dijo que la ley era injusta.'], 'es')).toEqual([{ kind: 'indirect', speaker: 'Ministro', text: 'la ley era injusta' }]);
    expect(said(['The family said they would appeal.'])).toEqual([{ kind: 'indirect', speaker: 'Family', text: 'they would appeal' }]);
  });

  it('keeps an advocacy group named by a plural and its cause whole', () => {
    expect(said(['Voters for Clean Water, a group backed by donors, said that it would run ads.'])).toEqual([{ kind: 'indirect', speaker: 'Voters for Clean Water', text: 'it would run ads' }]);
  });

  it('ends a person\'s name before "of" and a firm the words after it call one', () => {
    expect(said(['Mark Dunn of Dunn Hart law firm, who represented the families, welcomed the decision.', '“I am pleased,” he said.'])).toEqual([{ kind: 'direct', speaker: 'Mark Dunn', text: 'I am pleased' }]);
    expect(said(['The Bank of America said that rates will fall.'])).toEqual([{ kind: 'indirect', speaker: 'Bank of America', text: 'rates will fall' }]);
  });

  it('credits the legislator, not the party and state set after the name', () => {
    expect(said(['Senator Anna Berg, Democrat of Ohio, said that the bill should pass.'])).toEqual([{ kind: 'indirect', speaker: 'Anna Berg', text: 'the bill should pass' }]);
  });

  it('credits a name in apposition before the verb over the noun phrase after it', () => {
    expect(said(['Rain fell all night.', 'The UN envoy, Maria Lopez, said the two sides remained far apart.'])).toEqual([{ kind: 'indirect', speaker: 'Maria Lopez', text: 'the two sides remained far apart' }]);
  });
});
