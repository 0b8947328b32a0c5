import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emphasise, escapeMarkdown } from '../../src/discord/render/markdown.js';
import { displayedText, formedConstructs, formedLinksOrMentions } from '../support/discord-markdown.js';
import { hostileText } from '../support/hostile-text.js';
import { withoutInvisibleFormat } from '../../src/present/safe-text.js';

/** What escaping may change that a reader notices: only broken halves of emoji become U+FFFD. */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

describe('escapeMarkdown', () => {
  it.each([
    ['@everyone look', 'mass mention'],
    ['hi <@123456789012345678>', 'user or role mention'],
    ['team <@&1>', 'user or role mention'],
    ['see <#42>', 'channel mention'],
    ['[click](http://evil.example)', 'masked link'],
    ['visit https://evil.example/x now', 'link'],
    ['```js\nrm -rf /\n```', 'code'],
    ['# Big heading', 'heading or subtext'],
    ['-# small print', 'heading or subtext'],
    ['> quoted', 'block quote'],
    ['1. first', 'list item'],
    ['||spoiler||', 'spoiler'],
  ])('keeps %j from forming a %s', (text, construct) => {
    expect(formedConstructs(text)).toContain(construct);
    expect(formedConstructs(escapeMarkdown(text))).toEqual([]);
    expect(displayedText(escapeMarkdown(text))).toBe(text);
  });

  it('leaves ordinary news text readable as it was', () => {
    const text = 'Putin prometió ayudar a Kim (según la agencia KCNA) con satélites: «lo haremos», dijo.';
    expect(displayedText(escapeMarkdown(text))).toBe(text);
  });

  it('never lets any text form markup, and a reader sees the text unchanged', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const escaped = escapeMarkdown(text);
        expect(formedConstructs(escaped)).toEqual([]);
        // Invisible format characters are dropped (a bidi override would turn the bot's words around).
        expect(displayedText(escaped)).toBe(wellFormed(withoutInvisibleFormat(text)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('emphasise', () => {
  const excerpt = 'Putin prometió ayudar a Kim a construir satélites.';
  const spanOf = (word: string) => ({ start: excerpt.indexOf(word), end: excerpt.indexOf(word) + word.length });

  it('bolds exactly the highlighted words', () => {
    const shown = emphasise(excerpt, [spanOf('prometió'), spanOf('satélites')]);
    expect(shown).toBe('Putin **prometió** ayudar a Kim a construir **satélites**.');
  });

  it('merges overlapping and touching highlights into one bold run and trims spaces off its ends', () => {
    const shown = emphasise(excerpt, [{ start: 5, end: 12 }, { start: 10, end: 15 }, { start: 15, end: 22 }]);
    expect(shown).toBe('Putin **prometió ayudar** a Kim a construir satélites.');
  });

  it('ignores highlights outside the text', () => {
    expect(emphasise('abc', [{ start: 2, end: 99 }, { start: -5, end: 0 }, { start: 50, end: 60 }])).toBe('ab**c**');
  });

  it('escapes the text inside and around highlights, so only its own bold forms', () => {
    fc.assert(
      fc.property(hostileText(), fc.array(fc.tuple(fc.nat(200), fc.nat(40)), { maxLength: 6 }), (text, spans) => {
        const shown = emphasise(text, spans.map(([start, size]) => ({ start, end: start + size })));
        expect(formedLinksOrMentions(shown)).toEqual([]);
        expect(formedConstructs(shown)).toEqual([]);
        expect(displayedText(shown)).toBe(wellFormed(withoutInvisibleFormat(text)));
      }),
      { numRuns: 500 },
    );
  });
});
