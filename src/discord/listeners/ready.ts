/** Logs once the client is connected and has its guilds, with what it serves. */
import { Events, type Client } from 'discord.js';
import type { Logger } from '../../log.js';

/** Logs "connected to Discord" once, with the bot's tag, its guild count and `commandNames`. */
export function listenForReady(client: Client, log: Logger, commandNames: string[]): void {
  client.once(Events.ClientReady, (ready) => {
    log.info('connected to Discord', { bot: ready.user.tag, guilds: ready.guilds.cache.size, commands: commandNames.join(',') });
  });
}
