/** The discord.js client: the Guilds intent only (no privileged intent), REST pointed at DISCORD_API_URL, and no pings by default. */
import { Client, GatewayIntentBits, Options } from 'discord.js';
import type { Config } from '../config.js';
import { NO_MENTIONS } from './render/payload.js';

export function createClient(config: Config): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.discordApiUrl },
    allowedMentions: NO_MENTIONS,
    // The bot never reads messages back, so caching its replies would only grow memory.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
}
