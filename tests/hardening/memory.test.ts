/**
 * Memory the bot would otherwise never give back. Each Intl.DateTimeFormat holds about 25 kB of ICU
 * memory that V8 neither counts towards its heap nor returns; when the bot made one per date shown, a
 * 5,000-interaction soak on 10,000 articles grew it from 0.5 to 1.9 GB. And discord.js caches every user
 * and member it meets, never sweeping them, unless told otherwise.
 */
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Events } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { startBot } from '../../src/discord/bot.js';
import { openLibrary } from '../../src/library.js';
import { silentLogger } from '../../src/log.js';
import { showsSomething, follow } from '../support/stress/interactions.js';
import { startFakeDiscord } from '../support/fake-discord.js';
import { SEEDS_DIR } from '../support/seed-library.js';

const DATES = 20_000;
/** The leak grew the process by about 530 MB per 20,000 dates; allocator noise is a few MB. */
const MAX_GROWTH_MB = 60;

const program = `
import { formatDate } from './src/present/dates.ts';
const rss = () => process.memoryUsage().rss / 2 ** 20;
formatDate('2024-06-18', 'es');
const before = rss();
for (let i = 0; i < ${DATES}; i++) formatDate(\`20\${10 + (i % 15)}-0\${1 + (i % 9)}-1\${i % 10}\`, i % 2 ? 'es' : 'en');
globalThis.gc();
process.stdout.write(String(rss() - before));
`;

describe('memory', () => {
  it(`${DATES.toLocaleString('en')} formatted dates leave the process about as big as it was`, () => {
    // A process of its own, so that other tests cannot move its memory.
    const growthMb = Number(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', program], { encoding: 'utf8' }));
    expect(growthMb).toBeLessThan(MAX_GROWTH_MB);
  });

  it('keeps a bounded number of the users and members it meets, however many use it', async () => {
    const discord = await startFakeDiscord();
    const indexDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-memory-'));
    const config = readConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, SEEDS_DIR, INDEX_DIR: indexDir });
    const bot = await startBot({ config: { ...config, discordToken: discord.token }, library: await openLibrary(config, silentLogger), log: silentLogger });
    try {
      if (!bot.client.isReady()) await once(bot.client, Events.ClientReady);
      for (let i = 0; i < 1200; i++) {
        const outcome = await follow(discord, discord.sendCommand('sources', {}, { userId: String(600_000_000_000_000_000n + BigInt(i)) }), showsSomething, 10_000);
        expect(outcome.failure).toBeUndefined();
      }
      const members = bot.client.guilds.cache.first()?.members.cache;
      expect(bot.client.users.cache.size).toBeLessThanOrEqual(1000);
      expect(members?.size).toBeLessThanOrEqual(1000);
      expect(bot.client.users.cache.has(discord.botUserId)).toBe(true);
    } finally {
      await bot.stop();
      await discord.stop();
      await rm(indexDir, { recursive: true, force: true });
    }
  }, 60_000);
});
