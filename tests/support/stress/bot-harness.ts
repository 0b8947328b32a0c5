/**
 * The bot under stress: `npm start` (src/main.ts) as its own process, as in production, connected to the
 * local fake Discord with the slash commands registered. Crashes show as the process ending, unhandled
 * rejections as the process guards' log lines, and memory as the bot process's resident set (read from
 * /proc, so the fake's own bookkeeping never counts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REST, Routes } from 'discord.js';
import { loadCommands } from '../../../src/discord/loader.js';
import { silentLogger } from '../../../src/log.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fake-discord.js';
import { startCommand, startEntry, testEnv, type Finished, type RunningEntry } from '../spawn-entry.js';

export interface BotRunOptions {
  /** The articles folder (default: the project's seeds). */
  seedsDir?: string;
  /** An index folder to reuse (its snapshot, feedback); a fresh temporary one otherwise, removed by `close`. */
  indexDir?: string;
  /** More environment for the bot (LLM_*, LOG_LEVEL…). */
  env?: Record<string, string>;
  /** Options of a fake Discord started for this run. */
  discordOptions?: FakeDiscordOptions;
  /** Start with `npm start` (its build, then the compiled entry) instead of running src/main.ts directly. */
  npmStart?: boolean;
  /** Time allowed for the bot to open its library and connect (default 120 s; a 10,000-article rebuild takes a while). */
  startTimeoutMs?: number;
}

export interface BotRun {
  discord: FakeDiscord;
  entry: RunningEntry;
  indexDir: string;
  seedsDir: string;
  /** Milliseconds from spawning the process to its "connected to Discord" log line. */
  startMs: number;
  /** A Discord user id never used before in this run: load comes from many people, as in a busy server. */
  newUser(): string;
  /** Every user id handed out so far (for log audits). */
  readonly users: readonly string[];
  /** Resident set size of the bot process, in kB. */
  rssKb(): Promise<number>;
  /** The bot's own process id (npm's child under `npm start`). */
  botPid: number;
  /** Sends a signal to the bot's process. */
  signalBot(signal: NodeJS.Signals): void;
  /** Whether the process still runs. */
  alive(): boolean;
  /** Log lines saying something escaped every handler: unhandled rejections and uncaught exceptions. */
  escapedErrors(): string[];
  /** Whether the process ended without being asked to, or exited with an error after SIGTERM. */
  crashed(): boolean;
  /** SIGTERM, then the exit. */
  stop(): Promise<Finished>;
  /** Kills the bot if it still runs, stops the fake Discord and removes temporary folders. */
  close(): Promise<void>;
}

export const PROJECT_SEEDS = path.resolve('seeds');
const ESCAPED = /(unhandled promise rejection|uncaught exception)/;

let userCounter = 0n;
const everyRun: BotRun[] = [];

/** Every bot run started in this process, for totals across a whole stress run. */
export function botRunsSoFar(): readonly BotRun[] {
  return everyRun;
}

export async function startBotRun(options: BotRunOptions = {}): Promise<BotRun> {
  const discord = await startFakeDiscord(options.discordOptions);
  const ownIndex = options.indexDir === undefined;
  const indexDir = options.indexDir ?? (await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-stress-')));
  const seedsDir = options.seedsDir ?? PROJECT_SEEDS;
  await registerCommands(discord);
  const env = testEnv({
    DISCORD_TOKEN: discord.token,
    DISCORD_APP_ID: discord.appId,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_API_URL: discord.apiUrl,
    SEEDS_DIR: seedsDir,
    INDEX_DIR: indexDir,
    ...options.env,
  });
  const started = performance.now();
  const entry = options.npmStart ? startCommand('npm', ['start'], env) : startEntry('src/main.ts', env);
  try {
    await entry.waitForLog(/connected to Discord/, options.startTimeoutMs ?? 120_000);
    await discord.ready();
  } catch (error) {
    entry.kill('SIGKILL');
    await discord.stop();
    throw error;
  }
  const startMs = performance.now() - started;
  const users: string[] = [];
  // Under `npm start` the bot is npm's child: the process whose memory counts and that must not outlive npm.
  const botPid = options.npmStart ? await childPid(entry.pid ?? 0) : (entry.pid ?? 0);
  const running = () => entry.exitCode === null && entry.signalCode === null;
  let askedToEnd = false;
  let killed = false;
  let endedUnasked = false;
  const notice = () => {
    if (!askedToEnd && !running()) endedUnasked = true;
    askedToEnd = true;
  };

  const run: BotRun = {
    discord,
    entry,
    indexDir,
    seedsDir,
    startMs,
    users,
    newUser() {
      // Snowflake-shaped and unique across every run in this process.
      const id = String(400_000_000_000_000_000n + ++userCounter);
      users.push(id);
      return id;
    },
    botPid,
    rssKb: () => residentKb(botPid),
    signalBot: (signal) => process.kill(botPid, signal),
    alive: running,
    escapedErrors: () => entry.log().split('\n').filter((line) => ESCAPED.test(line)),
    crashed: () => endedUnasked || (askedToEnd && entry.exitCode !== null && entry.exitCode !== 0 && !killed),
    async stop() {
      notice();
      if (running()) entry.kill('SIGTERM');
      return entry.finished;
    },
    async close() {
      notice();
      if (running()) {
        killed = true;
        entry.kill('SIGKILL');
      }
      await entry.finished;
      // A bot left behind by `npm start` must not outlive the run.
      if (botPid !== entry.pid && (await processExists(botPid))) process.kill(botPid, 'SIGKILL');
      await discord.stop();
      if (ownIndex) await rm(indexDir, { recursive: true, force: true });
    },
  };
  everyRun.push(run);
  return run;
}

/** What `npm run deploy` does, in this process: the fake then knows each option's declared type. */
async function registerCommands(discord: FakeDiscord): Promise<void> {
  const commands = [...(await loadCommands(silentLogger)).values()].map((command) => command.data.toJSON());
  await new REST({ api: discord.apiUrl }).setToken(discord.token).put(Routes.applicationGuildCommands(discord.appId, discord.guildId), { body: commands });
}

async function childPid(parentPid: number): Promise<number> {
  const children = await readFile(`/proc/${parentPid}/task/${parentPid}/children`, 'utf8').catch(() => '');
  const [first] = children.trim().split(/\s+/).filter(Boolean).map(Number);
  return first ?? parentPid;
}

/** Whether process `pid` still exists (a zombie not yet reaped counts as gone). */
export async function processExists(pid: number): Promise<boolean> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return status !== '' && !/^State:\s+Z/m.test(status);
}

async function residentKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}
