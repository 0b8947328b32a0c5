/** A group of speakers set in a place ("the farmers in Kerry county", "officials in Kerry"), before or after its verb (issue 16). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const speakers = (paragraph: string, language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, [paragraph])).map((statement) => statement.speaker);

describe('groups set in a place', () => {
  it('reads the place as part of a definite group before its verb, never the place as the speaker', () => {
    expect(speakers('The farmers in Donegal county argue that the quota should be doubled.')).toEqual(['Farmers in Donegal county']);
    expect(speakers('The nurses in Leeds said the ward had been closed for a month.')).toEqual(['Nurses in Leeds']);
  });

  it('keeps the place of a group closing the sentence as a source', () => {
    expect(speakers('The ferry sank on Monday, according to Greek and Turkish officials in Lesbos.')).toEqual(['Greek and Turkish officials in Lesbos']);
    // A channel after the group is where it spoke, not where it is.
    expect(speakers('The ferry sank on Monday, said officials in a statement.')).toEqual(['Officials']);
    // Spanish names the group's place with "de", read already as one phrase.
    expect(speakers('Los pescadores de Vigo aseguran que la cuota es injusta.', 'es')).toEqual(['Pescadores de Vigo']);
  });
});
