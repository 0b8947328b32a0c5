/**
 * Names as press writing spells them (a body named with a role noun before its institution noun, a generational suffix,
 * a firm joined by "&") and the regular English forms of verbs of saying ("testified", "clarified"), on sentences
 * written for them (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (paragraph: string, language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, [paragraph])).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('names and verb forms of press writing', () => {
  it('reads a role noun before an institution noun as a word of the body\'s name, not a title', () => {
    expect(speakers('The Justice Department, which says the bank hid the losses, contends the audit was designed to mislead investors.')).toEqual([
      { kind: 'indirect', text: 'the bank hid the losses', speaker: 'Justice Department' },
      { kind: 'indirect', text: 'the audit was designed to mislead investors', speaker: 'Justice Department' },
    ]);
    // A title before a person's name stays a title.
    expect(speakers('Justice Ana Ruiz said the appeal would fail.')).toEqual([{ kind: 'indirect', text: 'the appeal would fail', speaker: 'Ana Ruiz' }]);
  });

  it('ends a name with its generational suffix, and keeps "Sr." before a name a title', () => {
    expect(speakers('Adm. Peter T. Holloway Jr., the deputy commander, said he could not comment in public.')).toEqual([
      { kind: 'indirect', text: 'he could not comment in public', speaker: 'Peter T. Holloway Jr.' },
    ]);
    expect(speakers('Ramón Treviño Jr. dijo que la obra terminará en marzo.', 'es')).toEqual([
      { kind: 'indirect', text: 'la obra terminará en marzo', speaker: 'Ramón Treviño Jr.' },
    ]);
    expect(speakers('Según el Sr. Treviño, la obra terminará en marzo.', 'es').map((statement) => statement.speaker)).toEqual(['Treviño']);
  });

  it('joins the capitalised words of a firm set on either side of "&"', () => {
    expect(speakers('Barlow & Finch CEO Marta Lindqvist testified that the board had approved the sale.')).toEqual([
      { kind: 'indirect', text: 'the board had approved the sale', speaker: 'Marta Lindqvist' },
    ]);
    expect(speakers('La consultora Barlow & Finch dijo que las ventas caerán este año.', 'es')).toEqual([
      { kind: 'indirect', text: 'las ventas caerán este año', speaker: 'Barlow & Finch' },
    ]);
  });

  it('knows the regular past of verbs of saying that end in a consonant and "y", and the gerund of those in "ee"', () => {
    expect(speakers('Marta Lindqvist testified the board had approved the sale.').map((statement) => statement.speaker)).toEqual(['Marta Lindqvist']);
    expect(speakers('The minister clarified that the tax would not rise.').map((statement) => statement.text)).toEqual(['the tax would not rise']);
    expect(speakers('Both unions met on Friday, agreeing that the strike would end.').map((statement) => statement.text)).toEqual(['the strike would end']);
  });
});
