/**
 * What a Discord user typed, as the bot reads it (a newcomer's trial at stop 60's end), through the fake Discord with
 * the real client, router and commands over a Library of an article written here: a command the bot no longer has
 * or one sent without its required option is told so with the bot's commands (never "try again"); a page below the
 * first gets the console's words; markdown and mentions around a question leave the question the core reads plain;
 * the bot's words name the commands as the user's client lists them.
 */
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Events, MessageFlags, type APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import type { Library } from '../../src/library.js';
import { silentLogger } from '../../src/log.js';
import { runConsole } from '../../src/console.js';
import { startFakeDiscord, type FakeDiscord, type InteractionHandle } from '../support/fake-discord.js';
import { libraryOfSeedFiles } from '../support/seed-folder.js';
import { displayedText } from '../support/discord-markdown.js';

const ARTICLE = `Las lanchas de Isla Carbonera dejan de navegar en invierno

La naviera Ría Azul suspenderá las lanchas entre Puerto Sauce e Isla Carbonera del 1 de diciembre al 28 de febrero, anunció su gerente, Olga Barrenechea. «No podemos cruzar con olas de cuatro metros», explicó Barrenechea. El billete de ida y vuelta cuesta 18 euros.
`;

let discord: FakeDiscord;
let bot: RunningBot;
let library: Library;
let dir: string;
let indexDir: string;
let users = 0;
const newUser = () => String(400000000000000000n + BigInt(++users));

beforeAll(async () => {
  ({ library, dir } = await libraryOfSeedFiles('hemeroteca-typed-', { 'lanchas.txt': ARTICLE }));
  discord = await startFakeDiscord();
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-typed-bot-'));
  const config = readConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, INDEX_DIR: indexDir });
  bot = await startBot({ config: { ...config, discordToken: discord.token }, library, log: silentLogger });
  if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);
}, 120_000);

afterAll(async () => {
  await bot.stop();
  await discord.stop();
  await rm(indexDir, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
});

async function answered(handle: InteractionHandle): Promise<APIMessage> {
  const { message } = await discord.waitForFinalMessage(handle);
  if (!message) throw new Error('no message');
  return message;
}

/** The private notice a command got: its text as the reader sees it, checked to be ephemeral. */
async function privateNotice(handle: InteractionHandle): Promise<string> {
  const callback = await discord.waitForCallback(handle);
  expect((callback.body.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  return displayedText(callback.body.content ?? callback.body.embeds?.[0]?.description ?? '');
}

describe('a command the bot cannot run as sent', () => {
  it('deleted by a later deploy, is said to exist no more, with the commands there are, in the client\u2019s language', async () => {
    const spanish = await privateNotice(discord.sendCommand('resumir', { tema: 'lanchas' }, { userId: newUser(), locale: 'es-419' }));
    expect(spanish).toContain('/resumir ya no existe');
    expect(spanish).toContain('/preguntar pregunta, /citas actor, /fuentes [página]');
    expect(spanish).not.toMatch(/Inténtalo de nuevo|error [0-9a-f]{6}/u);
    const english = await privateNotice(discord.sendCommand('digest', {}, { userId: newUser(), locale: 'en-GB' }));
    expect(english).toContain('/digest no longer exists');
    expect(english).toContain('/ask question, /quote actor, /sources [page]');
    expect(english).not.toMatch(/try again|error [0-9a-f]{6}/iu);
  });

  it('without its required option, names the option missing', async () => {
    const spanish = await privateNotice(discord.sendCommand('ask', {}, { userId: newUser(), locale: 'es-ES' }));
    expect(spanish).toContain('/preguntar le falta «pregunta»');
    const english = await privateNotice(discord.sendCommand('quote', {}, { userId: newUser(), locale: 'en-US' }));
    expect(english).toContain('/quote is missing “actor”');
    expect(english).not.toMatch(/try again in a moment/iu);
  });

  it('with an option of another type than the command now takes, says the command changed', async () => {
    const english = await privateNotice(discord.sendCommand('sources', { page: 'dos' }, { userId: newUser(), locale: 'en-US' }));
    expect(english).toContain('/sources has changed');
  });
});

describe('a /sources page below the first', () => {
  it('is told privately in the words the console uses for it', async () => {
    for (const [locale, language, typed] of [['es-ES', 'es', '/fuentes'], ['en-US', 'en', '/sources']] as const) {
      for (const page of [-7, 0]) {
        const notice = await privateNotice(discord.sendCommand('sources', { page }, { userId: newUser(), locale }));
        const consoleReply = await consoleSays(`${typed} ${page}`, language);
        expect(consoleReply.split('\n')[0]).toBe(notice);
        expect(notice).toContain(`${page}`);
      }
    }
  });
});

describe('markdown and mentions around a question', () => {
  it('leave the question the core reads as the plain text, answered as the plain one', async () => {
    const plain = '¿Cuánto cuesta el billete de ida y vuelta?';
    const reference = await answered(discord.sendCommand('ask', { question: plain }, { userId: newUser() }));
    const referenceAnswer = reference.embeds[0]?.description ?? '';
    expect(referenceAnswer).toContain('18 euros');
    const decorated = [
      '**¿Cuánto cuesta el billete de ida y vuelta?**',
      '<@123456789012345678> ¿Cuánto cuesta el `billete` de ida y vuelta?',
      '¿Cuánto cuesta el billete de [ida y vuelta](https://example.org/tarifas_2026)?',
      '> ¿Cuánto cuesta el __billete__ de ida y vuelta? ~~perdón~~',
      '||¿Cuánto cuesta el *billete* de ida y vuelta?||',
      // Words crossed out are words taken back.
      '~~hola~~ ¿Cuánto cuesta el billete de ida y vuelta?',
    ];
    for (const question of decorated) {
      const message = await answered(discord.sendCommand('ask', { question }, { userId: newUser() }));
      // The question shown above the answer is what was asked, without marks, ids or link targets.
      expect(displayedText(message.embeds[0]?.title ?? ''), question).toBe(plain);
      expect(message.embeds[0]?.description, question).toBe(referenceAnswer);
    }
  });
});

describe('the commands the bot\u2019s words name', () => {
  it('are those the user\u2019s client lists, whatever the question\u2019s language', async () => {
    const refused = await answered(discord.sendCommand('ask', { question: '¿Cuántos faros hay en Isla Carbonera?' }, { userId: newUser(), locale: 'en-US' }));
    const text = refused.embeds.map((embed) => embed.description ?? '').join(' ');
    expect(text).toMatch(/\/sources/u);
    expect(text).not.toMatch(/\/fuentes|\/citas/u);
  });
});

/** What console mode prints for `line`, in `language`, over the same library. */
async function consoleSays(line: string, language: 'es' | 'en'): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const session = runConsole({ library, log: silentLogger, input, output, interactive: false, language });
  input.end(`${line}\n`);
  await session;
  return printed.trim();
}
