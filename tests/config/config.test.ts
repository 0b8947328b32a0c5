/** Settings a person types into .env: defaults that work, and a clear message for each mistake. */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';

describe('readConfig', () => {
  it('runs on defaults alone: console mode, extractive answers, seeds/ and .hemeroteca/ beside the process', () => {
    const config = readConfig({}, '/srv/bot');
    expect(config).toMatchObject({
      discordToken: undefined,
      discordApiUrl: 'https://discord.com/api',
      seedsDir: path.resolve('/srv/bot', 'seeds'),
      indexDir: path.resolve('/srv/bot', '.hemeroteca'),
      llm: { provider: 'none', timeoutMs: 20_000 },
      embeddings: { provider: 'none' },
      logLevel: 'info',
      buildThreads: availableParallelism(),
    });
  });

  it('treats blank values as unset and accepts choices in any case', () => {
    const config = readConfig({ DISCORD_TOKEN: '  ', LLM_PROVIDER: 'Ollama', LLM_MODEL: 'llama3', LOG_LEVEL: 'DEBUG', LLM_TIMEOUT_MS: '' });
    expect(config.discordToken).toBeUndefined();
    expect(config.llm).toMatchObject({ provider: 'ollama', timeoutMs: 20_000 });
    expect(config.logLevel).toBe('debug');
  });

  it.each([
    [{ LLM_PROVIDER: 'gpt' }, /LLM_PROVIDER must be one of none, openai, ollama/],
    [{ LLM_PROVIDER: 'openai' }, /LLM_MODEL is required when LLM_PROVIDER is openai/],
    [{ EMBEDDINGS_PROVIDER: 'huggingface' }, /EMBEDDINGS_PROVIDER must be one of/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of info, debug, warn, error/],
    [{ LLM_TIMEOUT_MS: '20s' }, /LLM_TIMEOUT_MS must be a positive whole number/],
    [{ LLM_TIMEOUT_MS: '-5' }, /LLM_TIMEOUT_MS must be a positive whole number/],
    [{ BUILD_THREADS: '0' }, /BUILD_THREADS must be a positive whole number of threads/],
  ])('names the variable and what it accepts when %j is wrong', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it.each(['LLM_BASE_URL', 'EMBEDDINGS_BASE_URL', 'DISCORD_API_URL'])('refuses a %s holding a user name or password, without repeating it', (setting) => {
    const read = () => readConfig({ [setting]: 'http://someone:pw-Secret123@127.0.0.1:8080/v1' });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(new RegExp(`^${setting} must not hold a user name or password`));
    expect(read).not.toThrow(/pw-Secret123|someone/);
    expect(readConfig({ [setting]: 'http://127.0.0.1:8080/v1' })).toBeDefined();
  });
});
