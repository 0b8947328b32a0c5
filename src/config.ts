import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import dotenv from 'dotenv';
import type { LogLevel } from './log.js';

/** Which chat model, if any, writes the optional summary of an /ask answer. */
export type LlmProvider = 'none' | 'openai' | 'ollama';

export interface LlmConfig {
  provider: LlmProvider;
  baseUrl: string | undefined;
  apiKey: string | undefined;
  model: string | undefined;
  timeoutMs: number;
}

/** Which embedding model, if any, adds vector search beside BM25. */
export type EmbeddingsProvider = 'none' | 'transformers' | 'ollama' | 'openai';

export interface EmbeddingsConfig {
  provider: EmbeddingsProvider;
  model: string | undefined;
  baseUrl: string | undefined;
  apiKey: string | undefined;
}

/** What translates a question into the articles' language for the lookup: `auto` is the LLM when configured, else Apertium when installed. */
export type TranslatorChoice = 'auto' | 'llm' | 'apertium' | 'none';

export interface Config {
  discordToken: string | undefined;
  discordAppId: string | undefined;
  discordGuildId: string | undefined;
  /** Discord REST base URL; tests point it at a local fake. */
  discordApiUrl: string;
  seedsDir: string;
  indexDir: string;
  llm: LlmConfig;
  embeddings: EmbeddingsConfig;
  translator: TranslatorChoice;
  /** The least severe log lines written to stderr. */
  logLevel: LogLevel;
  /** Worker threads a full index build may use (BUILD_THREADS; default: os.availableParallelism(); 1: none). */
  buildThreads: number;
}

/**
 * What is wrong with a setting, as data: every front end words it in its user's language (present/config-problem.ts),
 * and ConfigError's message words it in English, the log's language.
 */
export type ConfigProblem =
  | { kind: 'choice'; setting: string; choices: readonly string[]; got: string }
  | { kind: 'positiveInteger'; setting: string; unit: 'milliseconds' | 'threads'; got: string }
  /** `setting` is needed because `other` has the value `value`. */
  | { kind: 'requiredWith'; setting: string; other: string; value: string }
  /** `command` (`npm run deploy`) cannot run without every one of `settings`. */
  | { kind: 'requiredBy'; settings: readonly string[]; command: string }
  | { kind: 'fileNotFolder'; setting: string; path: string }
  /** `setting`'s value `value` needs the optional npm package `pkg`, which is not installed. */
  | { kind: 'missingPackage'; setting: string; value: string; pkg: string }
  /** `setting` is a URL carrying a user name or password, which fetch refuses; the value itself is never repeated. */
  | { kind: 'credentialsInUrl'; setting: string };

/** A setting that cannot work; `problem` says which and why. */
export class ConfigError extends Error {
  constructor(readonly problem: ConfigProblem) {
    super(describeConfigProblem(problem));
  }
}

/** A ConfigProblem in English ("LLM_PROVIDER must be one of none, openai, ollama (got "gpt")"). */
export function describeConfigProblem(problem: ConfigProblem): string {
  switch (problem.kind) {
    case 'choice':
      return `${problem.setting} must be one of ${problem.choices.join(', ')} (got "${problem.got}")`;
    case 'positiveInteger':
      return `${problem.setting} must be a positive whole number of ${problem.unit} (got "${problem.got}")`;
    case 'requiredWith':
      return `${problem.setting} is required when ${problem.other} is ${problem.value}`;
    case 'requiredBy':
      return `${problem.command} needs ${problem.settings.join(' and ')}`;
    case 'fileNotFolder':
      return `${problem.setting} must be a folder, or not exist yet: ${problem.path} is a file`;
    case 'missingPackage':
      return `${problem.setting}=${problem.value} needs the optional package ${problem.pkg}: run \`npm install ${problem.pkg}\` (see README.md), or set ${problem.setting}=none`;
    case 'credentialsInUrl':
      return `${problem.setting} must not hold a user name or password (user:password@…): HTTP clients refuse such URLs; put an API key in its own setting`;
  }
}

/** Said by `npm start` and `npm run deploy` when Discord refuses the token: the one setting only Discord can check. */
export const TOKEN_REJECTED = 'Discord rejected DISCORD_TOKEN: copy a fresh one from the developer portal (Bot → Reset Token).';

type Env = Record<string, string | undefined>;

/** Reads the settings documented in .env.example. Pure: pass `process.env` after dotenv has loaded. */
export function readConfig(env: Env, cwd = process.cwd()): Config {
  const llmProvider = readChoice('LLM_PROVIDER', env.LLM_PROVIDER, ['none', 'openai', 'ollama'] as const);
  // Said at start, before the index loads, not when the first answer needs the model.
  if (llmProvider !== 'none' && nonEmpty(env.LLM_MODEL) === undefined) throw new ConfigError({ kind: 'requiredWith', setting: 'LLM_MODEL', other: 'LLM_PROVIDER', value: llmProvider });
  return {
    discordToken: nonEmpty(env.DISCORD_TOKEN),
    discordAppId: nonEmpty(env.DISCORD_APP_ID),
    discordGuildId: nonEmpty(env.DISCORD_GUILD_ID),
    discordApiUrl: readUrl('DISCORD_API_URL', env.DISCORD_API_URL) ?? 'https://discord.com/api',
    seedsDir: path.resolve(cwd, nonEmpty(env.SEEDS_DIR) ?? 'seeds'),
    indexDir: path.resolve(cwd, nonEmpty(env.INDEX_DIR) ?? '.hemeroteca'),
    llm: {
      provider: llmProvider,
      baseUrl: readUrl('LLM_BASE_URL', env.LLM_BASE_URL),
      apiKey: nonEmpty(env.LLM_API_KEY),
      model: nonEmpty(env.LLM_MODEL),
      timeoutMs: readPositiveInteger('LLM_TIMEOUT_MS', env.LLM_TIMEOUT_MS, 20_000, 'milliseconds'),
    },
    embeddings: {
      provider: readChoice('EMBEDDINGS_PROVIDER', env.EMBEDDINGS_PROVIDER, ['none', 'transformers', 'ollama', 'openai'] as const),
      model: nonEmpty(env.EMBEDDINGS_MODEL),
      baseUrl: readUrl('EMBEDDINGS_BASE_URL', env.EMBEDDINGS_BASE_URL),
      apiKey: nonEmpty(env.EMBEDDINGS_API_KEY),
    },
    translator: readChoice('TRANSLATOR', env.TRANSLATOR, ['auto', 'llm', 'apertium', 'none'] as const),
    logLevel: readChoice('LOG_LEVEL', env.LOG_LEVEL, ['info', 'debug', 'warn', 'error'] as const),
    buildThreads: readPositiveInteger('BUILD_THREADS', env.BUILD_THREADS, availableParallelism(), 'threads'),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * A server URL setting, unset when empty. Throws ConfigError for one with credentials ("http://user:pw@host"): fetch
 * (WHATWG Fetch, "Request cannot be constructed from a URL that includes credentials") refuses it at the first request,
 * and its error message would carry the password; said at start instead, without the value.
 */
function readUrl(name: string, value: string | undefined): string | undefined {
  const url = nonEmpty(value);
  if (url !== undefined && URL.canParse(url)) {
    const { username, password } = new URL(url);
    if (username !== '' || password !== '') throw new ConfigError({ kind: 'credentialsInUrl', setting: name });
  }
  return url;
}

/** One of `choices`, case-insensitive; unset means the first, so each list of choices starts with its default. */
function readChoice<T extends string>(name: string, value: string | undefined, choices: readonly T[]): T {
  const chosen = nonEmpty(value)?.toLowerCase() ?? choices[0];
  const match = choices.find((choice) => choice === chosen);
  if (match === undefined) throw new ConfigError({ kind: 'choice', setting: name, choices, got: chosen ?? '' });
  return match;
}

function readPositiveInteger(name: string, value: string | undefined, fallback: number, unit: 'milliseconds' | 'threads'): number {
  const text = nonEmpty(value);
  if (text === undefined) return fallback;
  const parsed = Number(text);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new ConfigError({ kind: 'positiveInteger', setting: name, unit, got: text });
  return parsed;
}

/** The configured secret values (Discord token, API keys), for the logger to redact wherever they appear. */
export function secretsOf(config: Config): string[] {
  return [config.discordToken, config.llm.apiKey, config.embeddings.apiKey].filter((secret): secret is string => secret !== undefined);
}

/**
 * Loads `.env` (without overriding variables already set) and reads the settings from the environment.
 * Throws ConfigError for a setting that cannot work, including an INDEX_DIR that names a file: it would be
 * taken for a damaged snapshot, rebuilt and never saved, on every start.
 */
export function loadConfig(): Config {
  dotenv.config({ quiet: true });
  const config = readConfig(process.env);
  if (isNonFolder(config.indexDir)) throw new ConfigError({ kind: 'fileNotFolder', setting: 'INDEX_DIR', path: config.indexDir });
  return config;
}

function isNonFolder(target: string): boolean {
  const stats = statSync(target, { throwIfNoEntry: false });
  return stats !== undefined && !stats.isDirectory();
}
