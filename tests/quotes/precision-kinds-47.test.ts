/**
 * Statements credited to the wrong speaker or to a phrase cut wrong (issue 16's precision, stop 47): a quotation whose
 * inner quotation closes with it, a title with a lower-case field before a name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const speakerOf = (text: string, statements: ReturnType<typeof found>) => statements.find((statement) => statement.text.includes(text))?.speaker;

describe('a quotation whose inner quotation closes with it', () => {
  it('gives it to the speaker named right after it, not to whoever was in focus', () => {
    const before = 'Nurses told Lenz they could help him.';
    expect(speakerOf('It hit me', found([before, '“It hit me, like, ‘Really? A new heart?’” Mark Lenz said.']))).toBe('Mark Lenz');
    expect(speakerOf('He told me', found([before, '"He told me, \'No.\'" Mark Lenz said.']))).toBe('Mark Lenz');
  });
});

describe('titles before a name', () => {
  it('reads a capitalised title with a lower-case field as the title of the full name after it, not as a role of whoever was in focus', () => {
    const statements = found(['Rita Sola said she was upset.', 'Zenco Vice President for food safety Craig Walsh said the company called every member.']);
    expect(speakerOf('the company called every member', statements)).toBe('Craig Walsh');
  });
});

describe('"said" before a noun and "that"', () => {
  it('reads the "that" as a relative pronoun: the report opens at the noun ("said ticks that carry…")', () => {
    const statements = found(['Dr. Ana Ruiz said ticks that carry the virus hide in tall grass, so hikers should check their legs.']);
    expect(statements.find((statement) => statement.speaker === 'Ana Ruiz')?.text).toMatch(/^ticks that carry the virus hide/);
    expect(speakerOf('ticks hide', found(['Ana Ruiz told reporters that ticks hide.']))).toBe('Ana Ruiz');
    expect(found(['Ana Ruiz said Monday night that ticks hide.'])[0]?.text).toBe('ticks hide');
  });
});
