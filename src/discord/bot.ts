/**
 * Discord mode: loads the commands, connects the client and wires the listeners. `stop` shuts down
 * in order: no new work, interactions under way finish, the client disconnects, feedback is flushed.
 */
import { Events, GatewayCloseCodes, type Client } from 'discord.js';
import { TOKEN_REJECTED, type Config } from '../config.js';
import type { Library } from '../library.js';
import type { Logger } from '../log.js';
import { createAnswerCache } from './answer-cache.js';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './checks/rate-limit.js';
import { createClient } from './client.js';
import { openFeedbackLog } from './feedback.js';
import { listenForClientTrouble } from './listeners/client-errors.js';
import { createInteractionRouter } from './listeners/interaction-create.js';
import { listenForReady } from './listeners/ready.js';
import { loadCommands } from './loader.js';

export interface BotOptions {
  config: Config & { discordToken: string };
  library: Library;
  log: Logger;
  rateLimit?: RateLimitOptions;
  /** Least time between two edits while an LLM answer streams in (Discord's edit budget is about 5 per 5 s). */
  streamIntervalMs?: number;
  /** How long `stop` waits for interactions under way. */
  drainTimeoutMs?: number;
  /**
   * Called with one plain line when Discord closes the gateway for good (a revoked token, 4004, or
   * 4010–4014): discord.js then never reconnects, and the process would idle, or end with status 0.
   */
  onFatal?: (line: string) => void;
}

export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

/**
 * Connects to Discord and serves the commands in commands/ until `stop`, which waits up to `drainTimeoutMs` (ms) for the
 * interactions under way. Rejects when the login fails (a bad token, Discord unreachable).
 */
export async function startBot({ config, library, log, rateLimit = DEFAULT_RATE_LIMIT, streamIntervalMs = 1000, drainTimeoutMs = 10_000, onFatal }: BotOptions): Promise<RunningBot> {
  const commands = await loadCommands(log);
  const feedback = await openFeedbackLog(config.indexDir, undefined, log);
  const context = { library, log, answers: createAnswerCache(), feedback, streamIntervalMs };
  const router = createInteractionRouter(commands, context, createRateLimiter(rateLimit));

  const client = createClient(config);
  listenForReady(client, log, [...commands.keys()]);
  listenForClientTrouble(client, log);
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  // discord.js emits this only for the close codes it will not reconnect after.
  client.on(Events.ShardDisconnect, ({ code }) => onFatal?.(fatalClose(code)));
  await client.login(config.discordToken);

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    const deadline = performance.now() + drainTimeoutMs;
    await router.drain(drainTimeoutMs);
    await client.destroy();
    // Interactions that arrived while the gateway was closing are answered too, within the same bound.
    await router.drain(Math.max(0, deadline - performance.now()));
    await feedback.close();
    log.info('disconnected from Discord');
  };
  return { client, stop: () => (stopping ??= stop()) };
}

/** What to tell the operator when Discord will not take this connection again (close codes: Discord's gateway documentation). */
function fatalClose(code: number): string {
  if (code === GatewayCloseCodes.AuthenticationFailed) return TOKEN_REJECTED;
  if (code === GatewayCloseCodes.DisallowedIntents) return 'Discord refused the Guilds intent for this bot (gateway close 4014): check the bot settings in the developer portal.';
  return `Discord closed the gateway for good with ${code} (${GatewayCloseCodes[code] ?? 'unknown code'}); the bot cannot reconnect.`;
}
