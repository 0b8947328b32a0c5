/**
 * `npm run deploy`: registers the slash commands in commands/ with Discord, to DISCORD_GUILD_ID when
 * set (instant, for testing) or globally (can take up to an hour to appear). Needs DISCORD_TOKEN and
 * DISCORD_APP_ID. Registration replaces the application's commands in that scope with these.
 */
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { ConfigError, loadConfig, TOKEN_REJECTED } from '../config.js';
import { createLogger } from '../log.js';
import { CONFIG_ERROR_STATUS, configProblemLine } from '../present/config-problem.js';
import { terminalLanguage } from '../present/locale.js';
import { loadCommands } from './loader.js';

async function deploy(): Promise<number> {
  const log = createLogger();
  try {
    const config = loadConfig();
    if (!config.discordToken || !config.discordAppId) throw new ConfigError({ kind: 'requiredBy', settings: ['DISCORD_TOKEN', 'DISCORD_APP_ID'], command: 'npm run deploy' });
    const commands = [...(await loadCommands(log)).values()].map((command) => command.data.toJSON());
    const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
    const route = config.discordGuildId ? Routes.applicationGuildCommands(config.discordAppId, config.discordGuildId) : Routes.applicationCommands(config.discordAppId);
    await rest.put(route, { body: commands });
    const names = commands.map((command) => `/${command.name}`).join(', ');
    process.stdout.write(
      config.discordGuildId
        ? `Registered ${names} in server ${config.discordGuildId}.\n`
        : `Registered ${names} globally; they can take up to an hour to appear in every server.\n`,
    );
    return 0;
  } catch (error) {
    // A setting that cannot work is worded and ended as in every front end (present/config-problem.ts).
    if (error instanceof ConfigError) {
      process.stderr.write(`hemeroteca deploy: ${configProblemLine(error.problem, terminalLanguage())}\n`);
      return CONFIG_ERROR_STATUS;
    }
    process.stderr.write(`hemeroteca deploy: ${explain(error)}\n`);
    return 1;
  }
}

function explain(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return TOKEN_REJECTED;
    if (error.status === 403 || error.code === 50001) return 'the bot has no access to that server: invite it with the applications.commands scope first (see README).';
    if (error.status === 404) return 'Discord does not know that application or server: check DISCORD_APP_ID and DISCORD_GUILD_ID.';
    return `Discord refused the commands (${error.status}): ${error.message}`;
  }
  return `could not register the commands: ${error instanceof Error ? error.message : String(error)}`;
}

process.exitCode = await deploy();
