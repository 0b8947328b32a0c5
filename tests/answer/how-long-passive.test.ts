/**
 * "How long" before a form of "be" and a participle asks a stretch of time, as "How long did…?" does: "How long were the
 * miners trapped?", "How long was the striker suspended for?" (blind newcomers' how-long questions answered by the
 * story's lead, the stretch of time a sentence below). A participle after a determiner or an adverb in -ly qualifies a
 * noun, and the question asks a length ("How long is the planned tunnel?"). Articles and questions written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { askedKind } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const mine = articleFromParagraphs({ id: 'mine', title: 'Miners rescued in Tarsk', date: '2026-06-03', language: 'en' }, [
  'Rescuers in Tarsk brought nine miners to the surface on Tuesday after a tunnel collapse at the Orlov pit.',
  'The men were trapped underground for four days, living on water that dripped through the rock.',
]);
const striker = articleFromParagraphs({ id: 'striker', title: 'Harrowgate striker Obi Mensah banned', date: '2026-10-02', language: 'en' }, [
  'Harrowgate striker Obi Mensah was suspended by the league on Thursday after an incident with a referee in the derby against Fellbridge.',
  'Mensah, 27, was suspended for eight weeks and fined £8,000, and he will miss the cup semi-final.',
]);
const hostages = articleFromParagraphs({ id: 'ferry', title: 'Ferry crew freed in the Gulf of Lerin', date: '2026-08-19', language: 'en' }, [
  'Eleven crew members of the ferry Santa Inés were released in the Gulf of Lerin, the shipping company said on Monday.',
  'The crew had been held by the armed group for nineteen days before a ransom was paid.',
]);
const ask = askOf(await libraryOf([mine, striker, hostages]));

describe('how long with a passive', () => {
  it('quotes the sentence giving the stretch of time, not the lead', async () => {
    expect(firstQuote(await ask('How long were the Tarsk miners trapped?'))).toContain('four days');
    expect(firstQuote(await ask('How long was Obi Mensah suspended for?'))).toContain('eight weeks');
    expect(firstQuote(await ask('How long had the crew of the Santa Inés been held?'))).toContain('nineteen days');
  });

  it('reads a participle before its noun as a length asked', () => {
    expect(askedKind('How long were the miners trapped?', 'en')?.duration).toBe(true);
    expect(askedKind('How long is the planned tunnel?', 'en')?.duration).not.toBe(true);
    expect(askedKind('How long is the newly opened bridge?', 'en')?.duration).not.toBe(true);
    expect(askedKind('How long is the bridge?', 'en')?.duration).not.toBe(true);
  });
});
