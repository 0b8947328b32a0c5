/**
 * English press writing of stop 60's kinds (issue 16), each on sentences of our own: the constructions of real English
 * news pages that left a quotation with no speaker or with the wrong one.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const pairs = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Story', date: '2024-05-01', language: 'en' }, paragraphs)).map((statement) => [statement.text, statement.speaker]);

describe('an indefinite speaker whose article "a" stands before a capitalised word', () => {
  it('"…," a Vermont Democrat said / said a Maine Republican, who… / a Utah Democrat observed', () => {
    const found = pairs([
      'The mayor unveiled her budget on Monday.',
      '“The numbers simply do not add up,” a Vermont Democrat said.',
      '“We will be back here in April,” said a Maine Republican, who asked not to be named.',
      '“Nobody reads these plans,” a Utah Democrat observed. “They just count the pages.”',
    ]);
    expect(found).toContainEqual(['The numbers simply do not add up', 'Vermont Democrat']);
    expect(found).toContainEqual(['We will be back here in April', 'Maine Republican']);
    expect(found).toContainEqual(['Nobody reads these plans', 'Utah Democrat']);
    expect(found).toContainEqual(['They just count the pages.', 'Utah Democrat']);
  });
  it('an apposition with an indefinite article describes the name before it: "Rita Olsen, a Republican, said", "…, an Idaho Democrat, said"', () => {
    expect(pairs(['Senator Rita Olsen, a Republican, called the levy “a tax on every farm in the valley.”'])).toEqual([['a tax on every farm in the valley.', 'Rita Olsen']]);
    expect(pairs(['“We are finished with this bill,” Ana Ruiz, an Idaho Democrat, said.'])).toEqual([['We are finished with this bill', 'Ana Ruiz']]);
  });
});

describe('a closing cue after a quotation closed on its comma: a document or a role with its article, a present or "began"', () => {
  it('"…," the audit states / the memo concludes / the letter began, and the quotation after it', () => {
    const found = pairs([
      'The county published the audit of its flood response on Tuesday.',
      'Early on, “the aim was to warn every household along the river before dawn,” the audit states. “Several streets were never reached.”',
      '“Unsigned letters should be handed to the sheriff at once,” the memo concludes.',
      '“I write to let you know what will happen at the fair on Saturday,” the letter began. “Stay at home.”',
    ]);
    expect(found).toContainEqual(['the aim was to warn every household along the river before dawn', 'Audit']);
    expect(found).toContainEqual(['Several streets were never reached.', 'Audit']);
    expect(found).toContainEqual(['Unsigned letters should be handed to the sheriff at once', 'Memo']);
    expect(found).toContainEqual(['I write to let you know what will happen at the fair on Saturday', 'Letter']);
    expect(found).toContainEqual(['Stay at home.', 'Letter']);
  });
});

describe('English verbs of saying through "that" that press writing uses for a hint', () => {
  it('"…, insinuating that…": the clause and its quoted fragment are the subject\'s', () => {
    const found = pairs([
      'Governor Nadia Brook spoke in Helena on Friday.',
      'Without naming her rival, Brook quietly mocked the senator, insinuating that the state would lose “an adult in the capitol” when her term ends.',
    ]);
    expect(found).toContainEqual(['an adult in the capitol', 'Nadia Brook']);
    expect(found.some(([text, speaker]) => text?.startsWith('the state would lose') && speaker === 'Nadia Brook')).toBe(true);
  });
});

describe('a line in headline case is page furniture, even ending on a question mark', () => {
  it('"Related Coverage: Who Runs the Port?" between a person and "he said" is no antecedent and no speaker', () => {
    const found = pairs([
      'Tom Ruiz wanted the harbour board to read from prepared notes at every meeting.',
      'Related Coverage: Who Runs the Port?',
      '“In the end, I told them I would do it my own way,” he said. “Nobody writes my lines.”',
    ]);
    expect(found).toEqual([
      ['In the end, I told them I would do it my own way', 'Tom Ruiz'],
      ['Nobody writes my lines.', 'Tom Ruiz'],
    ]);
  });
});

describe('an indefinite description of someone new: a place or body before a noun for a person, or "another"', () => {
  it('"said an Ohio farmer" is the farmer, never the place; "another Buckeye farmer" and "another state Democrat" are someone else', () => {
    const found = pairs([
      '“The subsidy never reached us,” said an Ohio farmer.',
      '“I have grown soy here for thirty years,” added another Buckeye farmer, “and nothing has changed.”',
      '“Prices are the only thing voters ask about,” said a Dayton Democrat.',
      '“Nobody I know trusts the survey,” another state Democrat said.',
    ]);
    expect(found).toEqual([
      ['The subsidy never reached us', 'Ohio farmer'],
      ['I have grown soy here for thirty years', 'Another Buckeye farmer'],
      ['and nothing has changed.', 'Another Buckeye farmer'],
      ['Prices are the only thing voters ask about', 'Dayton Democrat'],
      ['Nobody I know trusts the survey', 'Another state Democrat'],
    ]);
  });
});

describe('a share of those a survey asked, as the subject of a verb of saying', () => {
  it('"61 percent said…", "another 22 percent said…": each share speaks as its phrase; a percentage inside a report speaks not', () => {
    const found = pairs([
      'Most farmers in the panel backed the governor: 61 percent said she had handled the floods well, and another 22 percent said the response came too late.',
      'The council raised water rates by 38 percent, the mayor said.',
    ]);
    expect(found).toContainEqual(['she had handled the floods well', '61 percent']);
    expect(found).toContainEqual(['the response came too late', 'Another 22 percent']);
    expect(found.find(([text]) => text?.startsWith('The council raised'))?.[1]).toBe('Mayor');
  });
});
