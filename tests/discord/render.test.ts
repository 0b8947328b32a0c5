import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/answer/types.js';
import { renderAllSources, renderAskProgress, renderAskReply } from '../../src/discord/render/ask.js';
import { renderQuotePage } from '../../src/discord/render/quote.js';
import { renderSourcesPage } from '../../src/discord/render/sources.js';
import type { MessagePayload } from '../../src/discord/render/payload.js';
import { displayedText, formedLinksOrMentions } from '../support/discord-markdown.js';
import { limitProblems, markdownParts } from '../support/discord-limits.js';
import { hostileText, longHostileText } from '../support/hostile-text.js';
import { askResult, citation, quoteResult, SATELLITES, sourceEntry, statement } from './results.js';
import { defined } from '../support/defined.js';
import { buildArticle, readSeedBytes } from '../../src/corpus/index.js';

function expectSafe(payloads: MessagePayload[]) {
  for (const payload of payloads) {
    expect(limitProblems(payload)).toEqual([]);
    for (const part of markdownParts(payload)) expect(formedLinksOrMentions(part)).toEqual([]);
  }
}

const buttonIds = (payload: MessagePayload) => payload.components.flatMap((row) => row.components.map((button) => button.custom_id));

describe('/ask reply', () => {
  it('shows the question, the answer with its markers, each citation and a footer with mode and time', () => {
    const [reply, ...rest] = renderAskReply(askResult(), { elapsedMs: 420, answerKey: 'k1' });
    expect(rest).toEqual([]);
    const [embed] = reply.embeds;
    expect(displayedText(embed?.title ?? '')).toBe('¿Qué prometió Putin?');
    expect(displayedText(embed?.description ?? '')).toBe(askResult().answer);
    expect(embed?.fields?.map((field) => displayedText(field.name))).toEqual(['[1] Putin y Kim, artículo 1', '[2] Cartas entre Putin y Kim']);
    expect(embed?.fields?.[0]?.value).toContain('Agencia EFE · 18 jun 2024');
    expect(embed?.fields?.[0]?.value).toContain('Putin **prometió** ayudarle');
    expect(displayedText(embed?.fields?.[0]?.value ?? '')).toContain(SATELLITES);
    expect(embed?.footer?.text).toBe('Respuesta extractiva · 0,4 s');
    expect(reply.allowedMentions.parse).toEqual([]);
  });

  it('offers more sources and feedback through buttons that carry the answer key', () => {
    const [reply] = renderAskReply(askResult(), { elapsedMs: 1, answerKey: 'abc123' });
    expect(buttonIds(reply)).toEqual(['ask:more:abc123', 'ask:vote:abc123:up', 'ask:vote:abc123:down']);
  });

  it('labels an LLM answer as such, in the language of the question', () => {
    const [reply] = renderAskReply(askResult({ mode: 'llm', language: 'en', question: 'What did Putin promise?' }), { elapsedMs: 2100 });
    expect(reply.embeds[0]?.footer?.text).toBe('Summary written by an LLM · 2.1 s');
    expect(reply.components).toEqual([]);
  });

  it('puts a notice from the engine in the footer', () => {
    const [reply] = renderAskReply(askResult({ notice: 'El resumen tardó demasiado; esta es la respuesta extractiva.' }), { elapsedMs: 20_000 });
    expect(reply.embeds[0]?.footer?.text).toMatch(/^El resumen tardó demasiado.* · Respuesta extractiva · 20 s$/);
  });

  it('shows a refusal without sources and without the more-sources button', () => {
    const refusal = askResult({ refused: true, citations: [], answer: 'Los artículos no dicen nada sobre eso.' });
    const [reply] = renderAskReply(refusal, { elapsedMs: 10, answerKey: 'k' });
    expect(defined(reply.embeds[0], 'the answer embed').fields).toBeUndefined();
    expect(buttonIds(reply)).toEqual(['ask:vote:k:up', 'ask:vote:k:down']);
    // Nothing quoted, nothing summarised: no mode is claimed.
    expect(reply.embeds[0]?.footer?.text).toBe('0 s');
  });

  it('splits a very long answer over embeds and messages within the limits, at sentence ends, losing nothing', () => {
    const sentence = 'Putin prometió ayudar a Kim a construir satélites en el cosmódromo de Vostochny [1]. ';
    const answer = sentence.repeat(300).trim();
    const payloads = renderAskReply(askResult({ answer }), { elapsedMs: 5, answerKey: 'k' });
    expect(payloads.length).toBeGreaterThan(1);
    expectSafe(payloads);
    const descriptions = payloads.flatMap((payload) => payload.embeds.map((embed) => displayedText(embed.description ?? ''))).filter(Boolean);
    for (const description of descriptions) expect(description).toMatch(/\[1\]\.$/);
    expect(descriptions.join(' ')).toBe(answer);
    expect(buttonIds(payloads.at(-1) ?? payloads[0])).toContain('ask:more:k');
  });

  it('sends a valid embed when the question and answer are only invisible format characters (bidi overrides, zero-width)', () => {
    const invisible = '\u202E\u200B\u2066';
    for (const question of ['', invisible]) {
      const payloads = renderAskReply(askResult({ question, answer: invisible, citations: [] }), { elapsedMs: 5, answerKey: 'k' });
      expectSafe(payloads);
      expect(payloads[0]?.embeds[0]?.description ?? payloads[0]?.embeds[0]?.title).toBeTruthy();
    }
  });

  it('stays inside the limits and forms no link or mention whatever the question, answer and articles contain', () => {
    const hostileCitation = fc.record({
      title: fc.oneof(hostileText(), longHostileText(600)),
      outlet: fc.option(hostileText()),
      excerpt: fc.oneof(hostileText(), longHostileText()),
      spans: fc.array(fc.tuple(fc.nat(12_000), fc.nat(300)), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.oneof(hostileText(), longHostileText(1000)), fc.oneof(hostileText(), longHostileText(20_000)), fc.array(hostileCitation, { maxLength: 12 }), (question, answer, parts) => {
        const result: AskResult = askResult({
          question,
          answer,
          citations: parts.map((part, index) => citation(index + 1, part.excerpt, { title: part.title, outlet: part.outlet, highlights: part.spans.map(([start, size]) => ({ start, end: start + size })) })),
        });
        expectSafe(renderAskReply(result, { elapsedMs: 1234, answerKey: 'k' }));
        expectSafe(renderAllSources(result));
        expectSafe([renderAskProgress(question, answer, 'es')]);
      }),
      { numRuns: 40 },
    );
    // Forty replies of up to 12 excerpts of 20,000 characters: seconds of CPU, many more on a busy machine.
  }, 120_000);
});

describe('/ask more sources', () => {
  it('lists every citation with its whole excerpt', () => {
    const many = askResult({ citations: Array.from({ length: 8 }, (_, i) => citation(i + 1, `${SATELLITES} (${i + 1})`)) });
    const payloads = renderAllSources(many);
    const embeds = payloads.flatMap((payload) => payload.embeds);
    expect(embeds).toHaveLength(8);
    expect(displayedText(embeds[7]?.description ?? '')).toContain(`${SATELLITES} (8)`);
    expect(embeds[0]?.author?.name).toBe('Todas las fuentes de: ¿Qué prometió Putin?');
  });
});

describe('/ask while an LLM writes', () => {
  it('shows the text so far and says it is still writing', () => {
    const payload = renderAskProgress('What did Putin promise?', 'Putin promised satellites [1]', 'en');
    expect(displayedText(payload.embeds[0]?.description ?? '')).toBe('Putin promised satellites [1]');
    expect(payload.embeds[0]?.footer?.text).toBe('Writing the answer…');
  });
});

describe('/sources', () => {
  const articles = Array.from({ length: 23 }, (_, i) => sourceEntry(i + 1));

  it('shows ten articles per page with title, outlet, author, date and size, and Prev/Next buttons', () => {
    const payload = renderSourcesPage(articles, 1, 'en');
    const [embed] = payload.embeds;
    expect(embed?.fields).toHaveLength(10);
    expect(embed?.fields?.[0]?.name).toBe('1. Artículo número 1');
    expect(embed?.fields?.[0]?.value).toBe('Agencia Reuters · by Editor3 · May 2, 2024 · 1,234 words, 12 passages');
    expect(embed?.fields?.[1]?.value).toBe('Agencia Reuters · May 3, 2024 · 1,234 words, 12 passages');
    expect(embed?.footer?.text).toBe('Page 1 of 3 · 23 articles');
    expect(payload.components[0]?.components.map((button) => [button.custom_id, button.disabled])).toEqual([
      ['sources:0:en', true],
      ['sources:2:en', false],
    ]);
  });

  it('numbers on from page to page and shows the last page, saying so, for a page past the end', () => {
    const payload = renderSourcesPage(articles, 99, 'es');
    expect(payload.embeds[0]?.fields?.map((field) => field.name)).toEqual(['21. Artículo número 21', '22. Artículo número 22', '23. Artículo número 23']);
    expect(payload.embeds[0]?.footer?.text).toBe('Página 3 de 3 · 23 artículos');
    expect(payload.embeds[0]?.description).toBe('No hay página 99; esta es la 3.');
    expect(payload.components[0]?.components[1]?.disabled).toBe(true);
    expect(renderSourcesPage(articles, 3, 'es').embeds[0]?.description).toBeUndefined();
  });

  it('shows a Markdown seed title with mentions and spoiler marks as the text it is, pinging no one', () => {
    const markdown = '# Pesca en **alza** @everyone <@&123> ||aviso||\n\nEl ministro de Pesca aseguró ayer que la anchoveta volvió a la costa tras meses de ausencia, según los pescadores.\n';
    const read = readSeedBytes('pesca.md', Buffer.from(markdown));
    const article = 'file' in read ? buildArticle(read.file) : undefined;
    const title = defined(article ?? undefined, 'the article').title;
    expect(title).toContain('@everyone <@&123>');
    const payload = renderSourcesPage([sourceEntry(1, { title })], 1, 'es');
    expectSafe([payload]);
    expect(displayedText(payload.embeds[0]?.fields?.[0]?.name ?? '')).toBe(`1. ${title}`);
    expect(payload.allowedMentions.parse).toEqual([]);
  });

  it('says so when nothing is indexed', () => {
    expect(renderSourcesPage([], 1, 'es').embeds[0]?.description).toMatch(/Todavía no hay artículos/);
  });

  it('stays inside the limits with hostile metadata', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: longHostileText(400), outlet: fc.option(hostileText()), author: fc.option(longHostileText(300)) }), { minLength: 1, maxLength: 30 }), (metas) => {
        const hostile = metas.map((meta, i) => sourceEntry(i, meta));
        for (const page of [1, 2, 3]) expectSafe([renderSourcesPage(hostile, page, 'en')]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('/quote', () => {
  it('groups statements by article, newest first; quotes direct ones and labels reported ones, with their channel', () => {
    const payload = renderQuotePage(quoteResult(), 1, 'es');
    const [embed] = payload.embeds;
    expect(embed?.title).toBe('Declaraciones: Vladímir Putin');
    expect(embed?.fields?.map((field) => field.name)).toEqual(['Putin viaja a Pyongyang (18 jun 2024)', 'Cartas de Año Nuevo (2 ene 2024)']);
    expect(embed?.fields?.[0]?.value).toBe('«Apoyamos firmemente a Corea del Norte»\nEn estilo indirecto: viajará pronto a Vietnam (vía la agencia KCNA)');
    expect(embed?.fields?.[1]?.value).toBe('En estilo indirecto: reforzará los lazos bilaterales (vía una carta)');
    expect(embed?.footer?.text).toBe('3 declaraciones en 2 artículos');
    expect(payload.components).toEqual([]);
  });

  it('suggests close names for an unknown actor', () => {
    const payload = renderQuotePage(quoteResult({ actor: null, query: 'Putn', statements: [], suggestions: ['Vladímir Putin'] }), 1, 'en');
    expect(payload.embeds[0]?.description).toBe('I found no statements by “Putn” in the articles. Did you mean: Vladímir Putin?');
  });

  it('names the most quoted actors when nobody close is known', () => {
    const payload = renderQuotePage(quoteResult({ actor: null, query: 'Messi', statements: [], mostQuoted: ['Kim Jong Un', 'El Kremlin'] }), 1, 'es');
    expect(payload.embeds[0]?.description).toBe('No encontré declaraciones de «Messi» en los artículos. Los más citados en los artículos: Kim Jong Un, El Kremlin.');
  });

  it('asks which one when several actors fit', () => {
    const payload = renderQuotePage(quoteResult({ actor: null, query: 'Kim', statements: [], candidates: ['Kim Jong Un', 'Kim Yo Jong'] }), 1, 'es');
    expect(payload.embeds[0]?.description).toBe('«Kim» puede referirse a varias personas: Kim Jong Un, Kim Yo Jong. ¿A quién te refieres?');
  });

  it('pages a long list of statements within the limits and shows every statement once', () => {
    const statements = Array.from({ length: 120 }, (_, i) =>
      statement({ articleId: `a${i % 15}`, title: `Artículo ${i % 15}`, date: `2024-03-${String((i % 15) + 1).padStart(2, '0')}`, text: `Declaración número ${i}. `.repeat(8).trim() }),
    );
    const result = quoteResult({ statements });
    const first = renderQuotePage(result, 1, 'en');
    const pages = Number(/Page 1 of (\d+)/.exec(first.embeds[0]?.footer?.text ?? '')?.[1]);
    expect(pages).toBeGreaterThan(1);
    const shown = Array.from({ length: pages }, (_, i) => renderQuotePage(result, i + 1, 'en'));
    expectSafe(shown);
    const text = shown.flatMap((page) => page.embeds[0]?.fields ?? []).map((field) => field.value).join('\n');
    for (const { text: said } of statements) expect(text.split(`“${said}”`).length - 1).toBe(1);
    expect(buttonIds(defined(shown[1], 'page 2'))).toEqual(['quote:1:en:Vladímir Putin', 'quote:3:en:Vladímir Putin']);
  });

  it('pages a country speaking through several places by the country, offering the people it describes within the limits', () => {
    const statements = Array.from({ length: 60 }, (_, i) =>
      statement({ speaker: i % 2 ? 'Kremlin' : 'Moscú', articleId: `a${i % 12}`, title: `Artículo ${i % 12}`, text: `Declaración número ${i}. `.repeat(8).trim() }),
    );
    const related = Array.from({ length: 80 }, (_, i) => `Portavoz número ${i} @everyone`);
    const result = quoteResult({ actor: 'Kremlin', query: 'Rusia', statements, resolvedBy: 'country', related, matchedAs: related.map(() => 'portavoz ruso') });
    const first = renderQuotePage(result, 1, 'es');
    expectSafe([first, renderQuotePage(result, 2, 'es')]);
    expect(first.embeds[0]?.description).toContain('aparece también en cómo describen a: Portavoz número 0');
    expect(buttonIds(first)).toContain('quote:2:es:Rusia');
  });

  it('makes no blank field of a statement that is a long run of spaces and invisible characters', () => {
    const texts = ['@everyone'.repeat(333), ' '.repeat(3000), ' \u200b'.repeat(1500), ''];
    const result = quoteResult({ statements: texts.map((text, i) => statement({ text, title: '', via: null, articleId: `a${i}`, kind: i % 2 ? 'direct' : 'indirect' })) });
    expectSafe([renderQuotePage(result, 1, 'es')]);
  });

  it('stays inside the limits whatever the statements say', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.oneof(hostileText(), longHostileText(3000)), title: hostileText(), via: fc.option(hostileText()) }), { minLength: 1, maxLength: 40 }), (parts) => {
        const result = quoteResult({ statements: parts.map((part, i) => statement({ ...part, articleId: `a${i % 4}`, kind: i % 2 ? 'direct' : 'indirect' })) });
        expectSafe([1, 2, 3].map((page) => renderQuotePage(result, page, 'es')));
      }),
      { numRuns: 40 },
    );
  });
});
