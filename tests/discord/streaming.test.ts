/**
 * With an LLM configured, /ask is deferred, the summary is edited in while the model writes it, and the
 * final edit adds the citations. Real pieces throughout: the Library over seeds/, LangChain talking HTTP to
 * the local fake OpenAI-compatible server, discord.js talking to the local fake Discord.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { Events, InteractionResponseType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { openLibrary } from '../../src/library.js';
import { silentLogger } from '../../src/log.js';
import { displayedText } from '../support/discord-markdown.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord.js';
import { groundedAnswer, startFakeOpenAI, type FakeOpenAI } from '../support/fakeOpenAI.js';

let discord: FakeDiscord;
let model: FakeOpenAI;
let bot: RunningBot;
let indexDir: string;

beforeAll(async () => {
  [discord, model] = await Promise.all([startFakeDiscord(), startFakeOpenAI()]);
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-stream-'));
  const config = readConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    SEEDS_DIR: 'seeds',
    INDEX_DIR: indexDir,
    LLM_PROVIDER: 'openai',
    LLM_BASE_URL: model.baseUrl,
    LLM_MODEL: 'fake-model',
  });
  const library = await openLibrary(config, silentLogger);
  // A short interval so that a fast fake model still produces several edits; the default is one second.
  bot = await startBot({ config: { ...config, discordToken: discord.token }, library, log: silentLogger, streamIntervalMs: 20 });
  if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);
});

afterAll(async () => {
  await bot.stop();
  await Promise.all([discord.stop(), model.close()]);
  await rm(indexDir, { recursive: true, force: true });
});

describe('/ask with an LLM', () => {
  it('defers, edits the summary in as it is written, then adds the citations in the final edit', async () => {
    model.script(groundedAnswer);
    const ask = discord.sendCommand('ask', { question: '¿Qué prometió Putin?' });
    const final = await discord.waitForFinalMessage(ask, (event) => (event.body.embeds?.[0]?.fields?.length ?? 0) > 0);

    const [acknowledgement, ...edits] = discord.messagesOf(ask);
    expect(acknowledgement?.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const partials = edits.slice(0, edits.indexOf(final));
    expect(partials.length).toBeGreaterThan(0);
    const finalEmbed = final.body.embeds?.[0];
    expect(finalEmbed?.footer?.text).toMatch(/^Resumen redactado por un LLM · /);
    for (const partial of partials) {
      const [embed] = partial.body.embeds ?? [];
      expect(embed?.footer?.text).toBe('Redactando la respuesta…');
      expect(embed?.fields ?? []).toEqual([]);
      expect(displayedText(finalEmbed?.description ?? '').startsWith(displayedText(embed?.description ?? ''))).toBe(true);
    }
    expect(discord.violations).toEqual([]);
  });
});
