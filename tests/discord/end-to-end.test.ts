/**
 * The real bot, started as `npm start` starts it (src/main.ts, the real Library over seeds/), against the
 * local fake Discord: deploy, connect, each command acknowledged and answered, autocomplete, buttons,
 * feedback, a 429 on an edit, hostile input, no pings anywhere, and a clean SIGTERM.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GatewayIntentBits, InteractionResponseType, MessageFlags, type APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonIds, pingsAnyone, startFakeDiscord, type FakeDiscord, type InteractionHandle } from '../support/fake-discord.js';
import { displayedText, formedLinksOrMentions } from '../support/discord-markdown.js';
import { markdownParts } from '../support/discord-limits.js';
import { runEntry, startEntry, testEnv, type RunningEntry } from '../support/spawn-entry.js';
import { defined } from '../support/defined.js';

let discord: FakeDiscord;
let bot: RunningEntry;
let indexDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  discord = await startFakeDiscord();
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-e2e-'));
  env = testEnv({
    DISCORD_TOKEN: discord.token,
    DISCORD_APP_ID: discord.appId,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_API_URL: discord.apiUrl,
    SEEDS_DIR: 'seeds',
    INDEX_DIR: indexDir,
  });
  const deployed = await runEntry('src/discord/deploy.ts', env);
  expect(deployed, deployed.stderr).toMatchObject({ code: 0 });
  bot = startEntry('src/main.ts', env);
  await discord.ready();
  await bot.waitForLog(/connected to Discord/);
});

afterAll(async () => {
  if (bot.exitCode === null) bot.kill('SIGKILL');
  await discord.stop();
  await rm(indexDir, { recursive: true, force: true });
});

/** A different user for each command, so the per-user rate limit stays out of the way (it has its own test). */
let users = 0;
const newUser = () => String(200000000000000000n + BigInt(++users));

async function finalMessage(handle: InteractionHandle): Promise<APIMessage> {
  const event = await discord.waitForFinalMessage(handle);
  if (!event.message) throw new Error(`no message for ${handle.label}`);
  return event.message;
}

describe('npm run deploy', () => {
  it('registers the three commands in the test server, with Spanish names for Spanish clients', () => {
    const commands = discord.registeredCommands(discord.guildId);
    expect(commands.map((command) => command.name).sort()).toEqual(['ask', 'quote', 'sources']);
    expect(commands.find((command) => command.name === 'ask')?.name_localizations?.['es-ES']).toBe('preguntar');
  });

  it('says in one line what is missing when it cannot run', async () => {
    const { code, stderr } = await runEntry('src/discord/deploy.ts', { ...env, DISCORD_APP_ID: '' });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('hemeroteca deploy: Configuration error: npm run deploy needs DISCORD_TOKEN and DISCORD_APP_ID (see .env.example).');
  });
});

describe('the running bot', () => {
  it('connects with the Guilds intent only', () => {
    expect(discord.identifies.at(-1)?.intents).toBe(GatewayIntentBits.Guilds);
  });

  it('acknowledges /ask at once, then answers in an embed with the cited articles and buttons', async () => {
    const ask = discord.sendCommand('ask', { question: '¿Qué prometió Putin?' }, { locale: 'es-ES', userId: newUser() });
    const acknowledgement = await discord.waitForCallback(ask);
    expect(acknowledgement.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const [embed] = (await finalMessage(ask)).embeds;
    expect(displayedText(embed?.title ?? '')).toBe('¿Qué prometió Putin?');
    expect(embed?.description).toMatch(/\\\[1\\\]/);
    expect(embed?.fields?.length).toBeGreaterThan(0);
    expect(embed?.fields?.[0]?.name).toMatch(/^\\\[1\\\] \S/);
    expect(embed?.footer?.text).toMatch(/^Respuesta extractiva · [\d,]+ s$/);
    const buttons = buttonIds(discord.originalMessage(ask));
    expect(buttons).toHaveLength(3);
    expect(buttons[0]).toMatch(/^ask:more:/);
  });

  it('uses English labels for an English question', async () => {
    const ask = discord.sendCommand('ask', { question: 'What did Putin promise Kim?' }, { locale: 'es-ES', userId: newUser() });
    const [embed] = (await finalMessage(ask)).embeds;
    expect(embed?.footer?.text).toMatch(/^Extractive answer · /);
  });

  it('shows every source in full under "more sources", only to the user who asked for it', async () => {
    const ask = discord.sendCommand('ask', { question: '¿Cuándo viajará Putin a Vietnam?' }, { userId: newUser() });
    await finalMessage(ask);
    const [more] = buttonIds(discord.originalMessage(ask));
    const click = discord.clickButton(defined(more, 'more-sources button'), ask);
    const reply = await discord.waitForCallback(click);
    expect(reply.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect((reply.body.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(reply.body.embeds?.length).toBeGreaterThan(0);
  });

  it('records a 👍 once per user and thanks them privately', async () => {
    const ask = discord.sendCommand('ask', { question: '¿Qué dijo Kim Jong Un sobre Rusia?' }, { userId: newUser() });
    await finalMessage(ask);
    const up = buttonIds(discord.originalMessage(ask)).find((id) => id.endsWith(':up')) ?? '';
    const first = await discord.waitForCallback(discord.clickButton(up, ask, { userId: '111111111111111111' }));
    expect(first.body.content).toBe('¡Gracias por tu valoración!');
    expect((first.body.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const again = await discord.waitForCallback(discord.clickButton(up, ask, { userId: '111111111111111111' }));
    expect(again.body.content).toBe('Ya valoraste esta respuesta.');
  });

  it('lists the sources in the user’s language', async () => {
    const sources = discord.sendCommand('sources', {}, { locale: 'en-GB', userId: newUser() });
    const reply = await discord.waitForCallback(sources);
    expect(reply.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    const [embed] = reply.body.embeds ?? [];
    expect(embed?.title).toBe('Indexed articles');
    expect(embed?.footer?.text).toMatch(/^Page 1 of 1 · \d+ articles$/);
  });

  it('acknowledges /quote at once, then lists statements grouped by article', async () => {
    const quote = discord.sendCommand('quote', { actor: 'Putin' }, { locale: 'es-419', userId: newUser() });
    expect((await discord.waitForCallback(quote)).callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const [embed] = (await finalMessage(quote)).embeds;
    expect(embed?.title).toMatch(/^Declaraciones: .*Putin/);
    expect(embed?.fields?.length).toBeGreaterThan(0);
    expect(embed?.footer?.text).toMatch(/declaraci(ón|ones) en \d+ artículos?/);
  });

  it('autocompletes actor names, at most 25', async () => {
    const typing = discord.sendAutocomplete('quote', { actor: 'pu' }, 'actor');
    const result = await discord.waitForCallback(typing);
    expect(result.callbackType).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = result.body.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((choice) => /putin/i.test(choice.name))).toBe(true);
  });

  it('still answers when Discord rate-limits the edit that carries the answer', async () => {
    discord.failNext({ method: 'PATCH', pathPattern: '/messages/@original', status: 429, retryAfter: 0.3 });
    const ask = discord.sendCommand('ask', { question: '¿Qué prometió Putin?' }, { userId: newUser() });
    const [embed] = (await finalMessage(ask)).embeds;
    expect(embed?.fields?.length).toBeGreaterThan(0);
    const edits = discord.requests.filter((request) => request.method === 'PATCH' && request.path.includes(ask.token));
    expect(edits.map((request) => request.status)).toEqual([429, 200]);
  });

  it('echoes hostile input as plain text: no link, no mention, nobody pinged', async () => {
    const question = '@everyone <@123456789012345678> <@&1> [premio](https://evil.example) ```js Putin``` # ¿Qué prometió Putin?';
    const ask = discord.sendCommand('ask', { question }, { userId: newUser() });
    const message = await finalMessage(ask);
    for (const part of markdownParts(message)) expect(formedLinksOrMentions(part)).toEqual([]);
    expect(message.mention_everyone).toBe(false);
    expect(message.mentions).toEqual([]);
  });

  it('tells a user who sends commands too fast to slow down, privately', async () => {
    const userId = newUser();
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await discord.waitForCallback(discord.sendCommand('sources', {}, { userId, locale: 'en-US' })));
    expect(replies.slice(0, 5).map((reply) => reply.body.embeds?.length)).toEqual([1, 1, 1, 1, 1]);
    expect(replies[5]?.body.content).toMatch(/^You're going a bit fast: try again in \d+ s\.$/);
    expect((replies[5]?.body.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('never asked Discord to parse mentions, and Discord refused nothing', () => {
    const messages = discord.sentBodies.filter(({ body }) => body.content !== undefined || (body.embeds?.length ?? 0) > 0);
    expect(messages.length).toBeGreaterThan(10);
    for (const sent of messages) {
      expect(sent.allowedMentions?.parse).toEqual([]);
      expect(pingsAnyone(sent.pings)).toBe(false);
    }
    expect(discord.violations).toEqual([]);
    expect(discord.unexpectedRequests()).toEqual([]);
  });

  it('shuts down cleanly on SIGTERM: exit 0, votes on disk, and the token never logged', async () => {
    bot.kill('SIGTERM');
    const { code, stderr } = await bot.finished;
    expect(code).toBe(0);
    const votes = (await readFile(path.join(indexDir, 'feedback.jsonl'), 'utf8')).trim().split('\n');
    expect(votes).toHaveLength(1);
    expect(JSON.parse(defined(votes[0]))).toMatchObject({ vote: 'up', question: '¿Qué dijo Kim Jong Un sobre Rusia?' });
    expect(votes[0]).not.toContain('111111111111111111');
    expect(stderr).not.toContain(discord.token);
    expect(stderr).not.toContain('111111111111111111');
  });
});
