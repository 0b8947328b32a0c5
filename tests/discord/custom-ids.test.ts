import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askButtonId, commandOfCustomId, parseAskButton, parseQuoteButton, parseSourcesButton, quoteButtonId, sourcesButtonId } from '../../src/discord/custom-ids.js';

describe('button custom ids', () => {
  it('carry what each button needs and name the command that owns them', () => {
    expect(parseAskButton(askButtonId({ action: 'vote', key: 'Ab3_-xYz', vote: 'up' }))).toEqual({ action: 'vote', key: 'Ab3_-xYz', vote: 'up' });
    expect(parseAskButton(askButtonId({ action: 'more', key: 'k' }))).toEqual({ action: 'more', key: 'k' });
    expect(parseSourcesButton(sourcesButtonId({ page: 3, language: 'es' }))).toEqual({ page: 3, language: 'es' });
    expect(commandOfCustomId(sourcesButtonId({ page: 3, language: 'es' }))).toBe('sources');
  });

  it('reject ids that were not made by the bot', () => {
    for (const id of ['', 'ask', 'ask:vote:k:sideways', 'sources:x:es', 'sources:2:fr', 'quote:1:en:', 'other:1:en']) {
      expect([parseAskButton(id), parseSourcesButton(id), parseQuoteButton(id)]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('keep a quote button within 100 characters whatever the name, and keep names with colons whole when they fit', () => {
    expect(parseQuoteButton(quoteButtonId({ page: 2, language: 'en', actor: 'Agencia: KCNA' }))).toEqual({ page: 2, language: 'en', actor: 'Agencia: KCNA' });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 0, max: 9999 }), (actor, page) => {
        const id = quoteButtonId({ page, language: 'es', actor });
        expect(id.length).toBeLessThanOrEqual(100);
        expect(actor.startsWith(id.slice(`quote:${page}:es:`.length))).toBe(true);
      }),
    );
  });
});
