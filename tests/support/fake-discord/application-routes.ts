/**
 * The bot-authenticated REST routes that are not about a single interaction: the gateway address the client
 * asks for before connecting, the bot's own user and application, and command registration (the deploy script's
 * bulk overwrite, globally or for one guild, and reading the commands back).
 */
import type { CommandRegistry, CommandScope } from './commands.js';
import type { IncomingCall, Refuse, Reply, Route } from './http.js';
import type { World } from './world.js';

export interface ApplicationRouteOptions {
  world: World;
  commands: CommandRegistry;
  refuse: Refuse;
  gatewayUrl: string;
}

export function applicationRoutes({ world, commands, refuse, gatewayUrl }: ApplicationRouteOptions): Route[] {
  const forApp = (handle: (call: IncomingCall, scope: CommandScope) => Reply) => {
    return (call: IncomingCall, params: Record<string, string>): Reply => {
      if (params.appId !== world.appId) return refuse(call, 404, 10002, 'Unknown Application');
      if (params.guildId !== undefined && params.guildId !== world.guildId) return refuse(call, 404, 10004, 'Unknown Guild');
      return handle(call, params.guildId);
    };
  };
  const listCommands = forApp((_call, scope) => ({ status: 200, body: commands.list(scope) }));
  const overwriteCommands = forApp((call, scope) => {
    const outcome = commands.overwrite(scope, call.body);
    if ('errors' in outcome) return refuse(call, 400, 50035, 'Invalid Form Body', { errors: outcome.errors });
    return { status: 200, body: outcome.commands };
  });

  return [
    {
      method: 'GET',
      template: '/gateway/bot',
      auth: true,
      handle: () => ({
        status: 200,
        body: {
          url: gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      }),
    },
    { method: 'GET', template: '/users/@me', auth: true, handle: () => ({ status: 200, body: world.bot }) },
    {
      method: 'GET',
      template: '/applications/@me',
      auth: true,
      handle: () => ({
        status: 200,
        body: { id: world.appId, name: world.bot.username, description: '', bot_public: true, bot: world.bot, flags: 0 },
      }),
    },
    { method: 'GET', template: '/applications/:appId/commands', auth: true, handle: listCommands },
    { method: 'PUT', template: '/applications/:appId/commands', auth: true, handle: overwriteCommands },
    { method: 'GET', template: '/applications/:appId/guilds/:guildId/commands', auth: true, handle: listCommands },
    { method: 'PUT', template: '/applications/:appId/guilds/:guildId/commands', auth: true, handle: overwriteCommands },
  ];
}
