/**
 * The bot (startBot, with the real client, commands, router and rendering) against the fake Discord, with a
 * Library written for the test so that the far end can misbehave or return what the seeds never would:
 * a failing lookup, a 20,000-character answer, two dozen articles to page through, a long list of statements.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { Events, InteractionResponseType, MessageFlags, type APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/answer/types.js';
import { readChecked } from '../../src/answer/question.js';
import { readConfig } from '../../src/config.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import type { Library } from '../../src/library.js';
import { createLogger } from '../../src/log.js';
import { limitProblems } from '../support/discord-limits.js';
import { buttonsOf, startFakeDiscord, type FakeDiscord, type InteractionHandle } from '../support/fake-discord.js';
import { askResult, quoteResult, sourceEntry, statement } from './results.js';
import { defined } from '../support/defined.js';

const LONG_ANSWER = Array.from({ length: 250 }, (_, i) => `La frase número ${i} del resumen cita su fuente [1].`).join(' ');

const library: Library = {
  status: { articles: 23, passages: 100, statements: 60, actors: 2, origin: 'built' },
  sources: () => Array.from({ length: 23 }, (_, i) => sourceEntry(i + 1)),
  checkQuestion: (question) => readChecked(question, 'es'),
  async ask(asked): Promise<AskResult> {
    const question = typeof asked === 'string' ? asked : asked.question;
    if (question.includes('falla')) throw new Error('the index file vanished');
    if (question.includes('lenta')) await new Promise((resolve) => setTimeout(resolve, 300));
    return question.includes('larga') ? askResult({ question, answer: LONG_ANSWER }) : askResult({ question });
  },
  quote: (actor) =>
    actor === 'Ana Pérez'
      ? quoteResult({ actor, statements: Array.from({ length: 60 }, (_, i) => statement({ articleId: `a${i % 12}`, title: `Artículo ${i % 12}`, text: `Declaración número ${i}, bastante larga para llenar la página. `.repeat(4).trim() })) })
      : quoteResult({ actor: null, query: actor, statements: [], suggestions: ['Ana Pérez'] }),
  actors: () => [{ name: 'Ana Pérez', aliases: [], statements: 60 }],
  article: () => undefined,
  statements: () => undefined,
  suggestActors: (partial, limit) => Array.from({ length: 40 }, (_, i) => `${partial} nombre ${i}`).slice(0, limit),
};

let discord: FakeDiscord;
let bot: RunningBot;
let indexDir: string;
const logLines: string[] = [];
let users = 0;
const newUser = () => String(300000000000000000n + BigInt(++users));

beforeAll(async () => {
  discord = await startFakeDiscord();
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-bot-'));
  bot = await start();
});

/** Starts the bot and resolves once its client is ready to take interactions. */
async function start(): Promise<RunningBot> {
  const config = readConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, INDEX_DIR: indexDir });
  const started = await startBot({ config: { ...config, discordToken: discord.token }, library, log: createLogger({ write: (line) => logLines.push(line) }) });
  if (!started.client.isReady()) await once(started.client, Events.ClientReady);
  return started;
}

afterAll(async () => {
  await bot.stop();
  await discord.stop();
  await rm(indexDir, { recursive: true, force: true });
});

async function answered(handle: InteractionHandle): Promise<APIMessage> {
  const { message } = await discord.waitForFinalMessage(handle);
  if (!message) throw new Error('no message');
  return message;
}

describe('errors', () => {
  it('turn into a friendly message with a short error id, and the same id is in the log', async () => {
    const ask = discord.sendCommand('ask', { question: 'esto falla' }, { userId: newUser() });
    const message = await answered(ask);
    const errorId = /\(error ([0-9a-f]{6})\)/.exec(message.content)?.[1];
    expect(message.content).toMatch(/^Algo ha fallado por mi parte \(error [0-9a-f]{6}\)\. Inténtalo de nuevo en un momento\.$/);
    expect(logLines.find((line) => line.includes(`errorId=${errorId}`))).toMatch(/ERROR interaction failed .*interaction=\/ask .*the index file vanished/);
  });
});

describe('long answers', () => {
  it('are split at sentence ends over several messages, each within Discord’s limits', async () => {
    const ask = discord.sendCommand('ask', { question: 'una respuesta larga' }, { userId: newUser() });
    await answered(ask);
    await discord.waitForFinalMessage(ask, (event) => event.kind === 'followup' && buttonsOf(event.message).length > 0);
    const sent = discord.messagesOf(ask).filter((event) => event.kind !== 'callback');
    expect(sent.length).toBeGreaterThan(1);
    for (const event of sent) expect(limitProblems(event.body as Parameters<typeof limitProblems>[0])).toEqual([]);
    const descriptions = sent.flatMap((event) => event.body.embeds ?? []).map((embed) => embed.description ?? '');
    for (const description of descriptions.filter(Boolean)) expect(description).toMatch(/\\\[1\\\]\.$/);
    expect(discord.violations).toEqual([]);
  });
});

describe('paging', () => {
  it('moves through /sources with Prev and Next, and the page option jumps straight to a page', async () => {
    const sources = discord.sendCommand('sources', {}, { locale: 'en-US', userId: newUser() });
    const first = await answered(sources);
    expect(first.embeds[0]?.footer?.text).toBe('Page 1 of 3 · 23 articles');
    expect(buttonsOf(first)).toEqual([{ id: 'sources:0:en', disabled: true }, { id: 'sources:2:en', disabled: false }]);

    const next = discord.clickButton('sources:2:en', sources);
    const update = await discord.waitForCallback(next);
    expect(update.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(update.body.embeds?.[0]?.fields?.[0]?.name).toBe('11. Artículo número 11');
    expect(update.body.embeds?.[0]?.footer?.text).toBe('Page 2 of 3 · 23 articles');

    const last = await answered(discord.sendCommand('sources', { page: 3 }, { locale: 'en-US', userId: newUser() }));
    expect(last.embeds[0]?.fields?.map((field) => field.name)).toEqual(['21. Artículo número 21', '22. Artículo número 22', '23. Artículo número 23']);
    expect(buttonsOf(last).at(-1)).toEqual({ id: 'sources:4:en', disabled: true });
  });

  it('moves through a long /quote', async () => {
    const quote = discord.sendCommand('quote', { actor: 'Ana Pérez' }, { userId: newUser() });
    const first = await answered(quote);
    const pages = Number(/Página 1 de (\d+)/.exec(first.embeds[0]?.footer?.text ?? '')?.[1]);
    expect(pages).toBeGreaterThan(1);
    const next = defined(buttonsOf(first)[1], 'next-page button').id;
    const update = await discord.waitForCallback(discord.clickButton(next, quote));
    expect(update.body.embeds?.[0]?.footer?.text).toContain(`Página 2 de ${pages}`);
  });

  it('says an unknown actor was not found and suggests names', async () => {
    const message = await answered(discord.sendCommand('quote', { actor: 'Anna Peres' }, { userId: newUser() }));
    expect(message.embeds[0]?.description).toBe('No encontré declaraciones de «Anna Peres» en los artículos. ¿Quizás buscabas: Ana Pérez?');
  });
});

describe('autocomplete', () => {
  it('offers at most 25 choices', async () => {
    const result = await discord.waitForCallback(discord.sendAutocomplete('quote', { actor: 'An' }, 'actor'));
    expect(result.body.choices).toHaveLength(25);
  });
});

describe('shutting down', () => {
  it('finishes the answers under way and tells newcomers to come back in a minute', async () => {
    const slow = discord.sendCommand('ask', { question: 'una pregunta lenta' }, { userId: newUser() });
    await discord.waitForCallback(slow);
    const stopping = bot.stop();
    const late = discord.sendCommand('sources', {}, { userId: newUser(), locale: 'en-US' });
    const refusal = await discord.waitForCallback(late);
    expect(refusal.body.content).toBe('The bot is restarting: try again in a minute.');
    expect((refusal.body.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    await stopping;
    expect((await answered(slow)).embeds[0]?.fields?.length).toBeGreaterThan(0);
    bot = await start();
  });
});

describe('buttons under an answer the bot no longer remembers', () => {
  it('say, after a restart, that the answer expired and to ask again', async () => {
    const ask = discord.sendCommand('ask', { question: '¿Qué prometió Putin?' }, { userId: newUser() });
    const [more] = buttonsOf(await answered(ask));
    await bot.stop();
    bot = await start();
    const reply = await discord.waitForCallback(discord.clickButton(defined(more, 'more-sources button').id, ask));
    expect(reply.body.content).toBe('Esta respuesta ya no está en memoria: vuelve a preguntar con /preguntar.');
    expect((reply.body.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });
});
