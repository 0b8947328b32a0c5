/** The discord.js client: the Guilds intent only (no privileged intent), REST pointed at DISCORD_API_URL, and no pings by default. */
import { Client, GatewayIntentBits, Options } from 'discord.js';
import type { Config } from '../config.js';
import { NO_MENTIONS } from './render/payload.js';

const INTERACTION_REQUESTS_PER_SECOND = 1000;
const CACHED_PEOPLE = 1000;

/** A discord.js client set up as the header says, not yet logged in. */
export function createClient(config: Config): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // After login every request goes to interaction endpoints (callbacks, and webhooks with the
    // interaction's token), which Discord exempts from its 50-per-second global limit. Left at 50,
    // discord.js holds back the answers to a burst of questions for seconds (docs/BENCHMARKS.md, 'Figures behind code comments').
    // A real global 429 from Discord is still obeyed.
    rest: { api: config.discordApiUrl, globalRequestsPerSecond: INTERACTION_REQUESTS_PER_SECOND },
    allowedMentions: NO_MENTIONS,
    // The bot never reads messages, users or members back. Left unbounded, the user and member caches
    // keep everyone who ever used the bot (never swept), so they keep only the most recent few.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: CACHED_PEOPLE, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: CACHED_PEOPLE, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
  });
}
