/**
 * `npm start`: reads the settings, opens the library (index restored or built), then serves Discord
 * when DISCORD_TOKEN is set, or runs console mode on standard input otherwise. A problem a user can
 * fix (unreadable articles folder, rejected token) is one plain line and exit status 1; a setting that cannot work is
 * worded and ended as in every front end (present/config-problem.ts: the terminal's language, exit status 2).
 */
import { ConfigError, loadConfig, secretsOf, TOKEN_REJECTED, type Config } from './config.js';
import { CONFIG_ERROR_STATUS, configProblemLine } from './present/config-problem.js';
import { runConsole } from './console.js';
import { terminalLanguage } from './present/locale.js';
import { openLibrary } from './library.js';
import { startHeartbeat } from './heartbeat.js';
import { errorCode } from './error-code.js';
import { createLogger, redactSecrets } from './log.js';
import { installProcessGuards } from './process-guards.js';
import { onShutdownSignal } from './shutdown.js';

async function main(): Promise<number | undefined> {
  let config: Config | undefined;
  try {
    config = loadConfig();
    const log = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
    installProcessGuards(log);
    const shutdown = onShutdownSignal(log);
    const token = config.discordToken;
    const interactive = Boolean(process.stdin.isTTY);
    // Piped console commands wait for the start-up look at the seeds folder (below): it begins at once.
    const library = await openLibrary(config, log, { watch: true, startTranslator: true, lookAtOnce: !token && !interactive });
    if (token) {
      // Loaded only here: console mode starts without discord.js (about half a second sooner).
      const { startBot } = await import('./discord/bot.js');
      const settings = config;
      const onFatal = (line: string) => {
        sayFatal(line, settings);
        process.exit(1);
      };
      const bot = await startBot({ config: { ...config, discordToken: token }, library, log, onFatal });
      startHeartbeat(config.indexDir, () => bot.client.isReady());
      // A signal does not wait for an update under way (a slow file can take minutes): its files are read again at the
      // next start, and the holds on the snapshot go with the process (generation-holds.ts, at exit).
      shutdown.setWork(() => {
        library.stopLanguageModel();
        return bot.stop();
      });
      return undefined;
    }
    const stop = new AbortController();
    // Piped commands wait for the seed files changed while stopped to be applied: no one is there to ask again later.
    // A person at a terminal is answered at once, with a notice while files are being read.
    const ready = interactive ? undefined : library.caughtUp();
    const session = runConsole({ library, log, input: process.stdin, output: process.stdout, interactive, language: terminalLanguage(), stop: stop.signal, ready });
    // A signal lets the command under way be answered (the lines after it are left, with a warning), and, as for the
    // bot, does not wait for an update under way.
    shutdown.setWork(() => {
      stop.abort();
      library.stopLanguageModel();
      return session;
    });
    await session;
    // At the end of its input the update under way is finished and saved, and the hold on the snapshot goes.
    if (!stop.signal.aborted) await library.close();
    return 0;
  } catch (error) {
    sayFatal(explain(error, config), config);
    return error instanceof ConfigError ? CONFIG_ERROR_STATUS : 1;
  }
}

/** The one line said when the bot cannot go on, secrets removed; nothing if stderr is gone. */
function sayFatal(line: string, config: Config | undefined): void {
  try {
    process.stderr.write(`hemeroteca: ${redactSecrets(line, config ? secretsOf(config) : [])}\n`);
  } catch {
    // The exit status still tells.
  }
}

/** One line a person can act on; never a stack trace. */
function explain(error: unknown, config: Config | undefined): string {
  if (error instanceof ConfigError) return configProblemLine(error.problem, terminalLanguage());
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCode(error) ?? errorCode(error instanceof Error ? error.cause : undefined);
  if (code === 'TokenInvalid') return TOKEN_REJECTED;
  if (code === 'ENOENT' && config) return `cannot read the articles folder: ${message} (set SEEDS_DIR to a folder of .txt, .md or .html files)`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'UND_ERR_CONNECT_TIMEOUT') return `cannot reach Discord at ${config?.discordApiUrl}: ${message}`;
  return `could not start: ${message}`;
}

const status = await main();
if (status !== undefined) process.exitCode = status;
