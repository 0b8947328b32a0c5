/**
 * A question about what a known speaker said about something their statements never name (issue 15, newcomer 11's
 * D1: "What did X say about the new regulations?" beside X's quotations about "the legislation"): refused, it shows
 * the speaker's own sentences as leads, said to be theirs, instead of an empty refusal.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const TITLE = 'Harbour tolls to double from April, council confirms';
const BODY = [
  'The Kestrelmouth council voted on Tuesday to double the tolls paid by cargo ships at the harbour from April.',
  'Councillor Maria Osgood told the chamber: “These are forty pages of rushed rules that nobody in this room has read.”',
  '“We should debate every line of the bylaw before a single ship pays a penny more,” she added.',
  'The harbour master, Tomas Wilde, said the port had lost money for three years in a row.',
  'Shipping firms will pay the new tolls in monthly instalments, the council said.',
];

let library: Library;
withSeedFiles('hemeroteca-speaker-leads-', { 'tolls.txt': [TITLE, ...BODY].join('\n\n') }, (opened) => (library = opened));

describe('a refused question about what a speaker said', () => {
  it('cites the speaker’s own sentences as leads and says whose they are', async () => {
    for (const question of ['What did Maria Osgood say about the fishing quotas?', '¿Qué dijo Maria Osgood sobre las cuotas de pesca?']) {
      const result = await library.ask(question);
      expect(result.refused).toBe(true);
      expect(result.citations.map((citation) => citation.excerpt).join(' ')).toContain('forty pages of rushed rules');
      expect(result.answer).toContain('Maria Osgood');
    }
  });

});
