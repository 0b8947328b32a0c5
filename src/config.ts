import path from 'node:path';

/** Which chat model, if any, writes the optional summary of an /ask answer. */
export type LlmProvider = 'none' | 'openai' | 'ollama';

export interface LlmConfig {
  provider: LlmProvider;
  baseUrl: string | undefined;
  apiKey: string | undefined;
  model: string | undefined;
  timeoutMs: number;
}

export interface Config {
  discordToken: string | undefined;
  discordAppId: string | undefined;
  discordGuildId: string | undefined;
  /** Discord REST base URL; tests point it at a local fake. */
  discordApiUrl: string;
  seedsDir: string;
  indexDir: string;
  llm: LlmConfig;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Reads the settings documented in .env.example. Pure: pass `process.env` after dotenv has loaded. */
export function readConfig(env: Env, cwd = process.cwd()): Config {
  return {
    discordToken: nonEmpty(env.DISCORD_TOKEN),
    discordAppId: nonEmpty(env.DISCORD_APP_ID),
    discordGuildId: nonEmpty(env.DISCORD_GUILD_ID),
    discordApiUrl: nonEmpty(env.DISCORD_API_URL) ?? 'https://discord.com/api',
    seedsDir: path.resolve(cwd, nonEmpty(env.SEEDS_DIR) ?? 'seeds'),
    indexDir: path.resolve(cwd, nonEmpty(env.INDEX_DIR) ?? '.hemeroteca'),
    llm: {
      provider: readProvider(env.LLM_PROVIDER),
      baseUrl: nonEmpty(env.LLM_BASE_URL),
      apiKey: nonEmpty(env.LLM_API_KEY),
      model: nonEmpty(env.LLM_MODEL),
      timeoutMs: readPositiveInteger('LLM_TIMEOUT_MS', env.LLM_TIMEOUT_MS, 20_000),
    },
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function readProvider(value: string | undefined): LlmProvider {
  const provider = nonEmpty(value)?.toLowerCase() ?? 'none';
  if (provider === 'none' || provider === 'openai' || provider === 'ollama') return provider;
  throw new ConfigError(`LLM_PROVIDER must be none, openai or ollama (got "${provider}")`);
}

function readPositiveInteger(name: string, value: string | undefined, fallback: number): number {
  const text = nonEmpty(value);
  if (text === undefined) return fallback;
  const parsed = Number(text);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new ConfigError(`${name} must be a positive whole number of milliseconds (got "${text}")`);
  return parsed;
}
