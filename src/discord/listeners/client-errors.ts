/**
 * Logs what the client reports about itself: errors (an `error` event with no listener would crash
 * the process), gateway connection trouble (discord.js reconnects on its own) and warnings.
 */
import { Events, type Client } from 'discord.js';
import type { Logger } from '../../log.js';

/** Logs the client's errors, gateway trouble and warnings (see the header). */
export function listenForClientTrouble(client: Client, log: Logger): void {
  client.on(Events.Error, (error) => log.error('Discord client error', { error }));
  client.on(Events.ShardError, (error, shardId) => log.warn('gateway connection error; reconnecting', { shardId, error }));
  client.on(Events.ShardDisconnect, (event, shardId) => log.warn('gateway disconnected', { shardId, code: event.code }));
  client.on(Events.ShardResume, (shardId) => log.info('gateway connection resumed', { shardId }));
  client.on(Events.Warn, (message) => log.warn('Discord client warning', { message }));
}
