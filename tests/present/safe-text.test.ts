/**
 * Invisible format characters from articles and questions never reach a reader: a right-to-left
 * override in an excerpt must not turn the bot's own "[1]" and labels around, on Discord or in a
 * terminal. Inputs are written here, one per kind of character.
 */
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAllSources, renderAskReply } from '../../src/discord/render/ask.js';
import { escapeMarkdown } from '../../src/discord/render/markdown.js';
import { renderQuotePage } from '../../src/discord/render/quote.js';
import { renderSourcesPage } from '../../src/discord/render/sources.js';
import { runConsole } from '../../src/console.js';
import type { Library } from '../../src/library.js';
import { silentLogger } from '../../src/log.js';
import { jsonWithInvisibleEscaped, withoutInvisibleFormat } from '../../src/present/safe-text.js';
import { renderAskText, renderQuoteText, renderSourcesText } from '../../src/present/text.js';
import { askResult, citation, highlightsOf, quoteResult, sourceEntry, statement } from '../discord/results.js';

/** The bidirectional controls of UAX #9, then other invisible format characters. */
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const OTHER_INVISIBLE = ['\u200B', '\u2060', '\uFEFF', '\u00AD', '\u2061', '\u{1D173}'];
const ANY_BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
/** What may stay: the joiners that shape emoji, and the zero-width space the escaper puts after "@" itself. */
const LEFT_INVISIBLE = /(?![\u200C\u200D])\p{Cf}/gu;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** Invisible characters in a Discord payload other than the escaper's own U+200B after an "@". */
function strayInvisible(payload: unknown): string[] {
  return strings(payload).flatMap((text) => [...text.replace(/@\u200B/g, '@').matchAll(LEFT_INVISIBLE)].map((match) => match[0]));
}

/** What console mode prints for `lines` typed into it, over a library with one article that answers with `calls`. */
async function consoleSession(lines: string, calls: Partial<Library> = {}): Promise<string> {
  const library = { status: { articles: 1, passages: 1, statements: 1, actors: 1, origin: 'built' }, actors: () => [], ...calls } as unknown as Library;
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const done = runConsole({ library, log: silentLogger, input, output, interactive: false, language: 'es' });
  input.end(lines);
  await done;
  return printed;
}

const overridden = `Putin prometió ayudar a construir satélites\u202E en Vostochny`;

describe('invisible format characters from articles and questions', () => {
  it('are gone from a Discord answer, its titles and its sources, and the bold still falls on the right word', () => {
    const excerpt = `\u202EKim\u2067 visitó\u200F Vostochny, donde Putin \u2060prometió ayudarle.`;
    const result = askResult({
      question: '¿Qué\u202E prometió Putin?',
      answer: `Putin\u202E prometió ayudar [1].`,
      citations: [citation(1, excerpt, { title: 'Putin\u202B y Kim', outlet: 'EFE\u2066', highlights: highlightsOf(excerpt, ['prometió']) })],
    });
    const payloads = [...renderAskReply(result, { elapsedMs: 10, answerKey: 'k' }), ...renderAllSources(result)];
    expect(strayInvisible(payloads)).toEqual([]);
    const field = payloads[0]?.embeds.flatMap((embed) => embed.fields ?? [])[0];
    expect(field?.value).toContain('Putin **prometió** ayudarle');
    expect(payloads[0]?.embeds[0]?.description).toBe('Putin prometió ayudar \\[1\\].');
  });

  it('are gone from /sources and /quote on Discord', () => {
    const hostile = BIDI.concat(OTHER_INVISIBLE).join('');
    const sources = renderSourcesPage([sourceEntry(1, { title: `Título${hostile}`, outlet: `Medio${hostile}`, author: `Autora${hostile}` })], 1, 'es');
    const quotes = renderQuotePage(quoteResult({ statements: [statement({ text: `dijo${hostile} algo`, title: `Artículo${hostile}`, via: `carta${hostile}` })] }), 1, 'es');
    expect(strayInvisible([sources, quotes])).toEqual([]);
  });

  it.each([...BIDI, ...OTHER_INVISIBLE].map((character) => [character.codePointAt(0)?.toString(16) ?? '', character]))(
    'U+%s in an excerpt is gone from the console text, and "[1]" and the labels are left as written',
    (_, character) => {
      const text = renderAskText(askResult({ answer: `Putin prometió${character} ayudar [1].`, citations: [citation(1, `satélites${character} en Vostochny`)] }));
      expect(text).not.toContain(character);
      expect(withoutInvisibleFormat(text)).toBe(text);
      expect(text).toContain('Putin prometió ayudar [1].');
      expect(text).toContain('Fuentes:\n[1] ');
    },
  );

  it('cannot hide markup from the escaper: what forms once they are gone is escaped', () => {
    expect(escapeMarkdown('\u200B# Titular')).toBe('\\# Titular');
    expect(escapeMarkdown('https:\u2060//ejemplo.com')).toBe('https\\://ejemplo.com');
    expect(escapeMarkdown('@\u200Beveryone')).toBe('@\u200Beveryone');
    expect(escapeMarkdown('*\u202E*negrita*\u202E*')).toBe('\\*\\*negrita\\*\\*');
  });

  it('leave emoji joiners and flag tags alone', () => {
    const family = '👩\u200D👩\u200D👧';
    const scotland = '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    expect(withoutInvisibleFormat(`${family} ${scotland}`)).toBe(`${family} ${scotland}`);
    expect(escapeMarkdown(family)).toBe(family);
  });

  it('never leave a bidirectional control in any rendered reply, whatever the text (property)', () => {
    const invisible = fc.constantFrom(...BIDI, ...OTHER_INVISIBLE);
    const hostile = fc.array(fc.oneof(fc.string({ maxLength: 8 }), invisible), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(hostile, hostile, (excerpt, title) => {
        const result = askResult({ question: title || '¿Qué?', answer: `${excerpt} [1]`, citations: [citation(1, excerpt || 'x', { title })] });
        const discord = [...renderAskReply(result, { elapsedMs: 1 }), ...renderAllSources(result)];
        expect(strayInvisible(discord)).toEqual([]);
        const text = [renderAskText(result), renderQuoteText(quoteResult({ statements: [statement({ text: excerpt, title })] }), 'en'), renderSourcesText([sourceEntry(1, { title })], 1, 'en')];
        for (const reply of text) expect(reply).not.toMatch(ANY_BIDI);
      }),
      { numRuns: 200 },
    );
  });

  it('reach the console stripped', async () => {
    const printed = await consoleSession('/quote Putin\n/sources\n/nada\u202E aquí\n', {
      quote: () => quoteResult({ statements: [statement({ text: overridden })] }),
      sources: () => [sourceEntry(1, { title: `Título\u202E al revés` })],
    });
    expect(printed).toContain('satélites en Vostochny');
    expect(printed).toContain('Título al revés');
    expect(printed).not.toMatch(ANY_BIDI);
  });

  it('reach the console without terminal control characters: an echoed line cannot recolour, retitle or clear the terminal', async () => {
    const printed = await consoleSession('hola\u001b[31m rojo \u001b]0;título\u0007 fin\u0008\r\u009b2J\n/nada\u001b[2J\n');
    expect(printed).toMatch(/hola \[31m rojo +\]0;título +fin/);
    expect(printed).not.toMatch(/(?![\n\t])\p{Cc}/u);
  });

  it('are written as \\u escapes in JSON: same values, nothing raw on the terminal', () => {
    const document = JSON.stringify({ excerpt: overridden, title: `a\u{1D173}b` });
    const escaped = jsonWithInvisibleEscaped(document);
    expect(escaped).not.toMatch(ANY_BIDI);
    expect(escaped).toContain('\\u202e');
    expect(JSON.parse(escaped)).toEqual(JSON.parse(document));
  });
});
