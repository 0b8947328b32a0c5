/**
 * A setting that cannot work is one line in the terminal's language and exit status 2 in every front end: console
 * mode and bot mode (`npm start`), the CLI and `npm run deploy` (README, Configuration). Before, `npm start` said it
 * in English with status 1 whatever the locale while the CLI said it in Spanish with status 2.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand, testEnv } from '../support/spawn-entry.js';

let indexDir: string;
beforeAll(async () => {
  indexDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-config-'));
});
afterAll(() => rm(indexDir, { recursive: true, force: true }));

const FRONT_ENDS: readonly { name: string; entry: string; args: string[]; env: Record<string, string> }[] = [
  { name: 'console mode', entry: 'src/main.ts', args: [], env: {} },
  // The token is never used: the setting is read first.
  { name: 'bot mode', entry: 'src/main.ts', args: [], env: { DISCORD_TOKEN: 'not-a-real-token' } },
  { name: 'the CLI', entry: 'src/cli.ts', args: ['sources'], env: {} },
  { name: 'npm run deploy', entry: 'src/discord/deploy.ts', args: [], env: { DISCORD_TOKEN: 'not-a-real-token', DISCORD_APP_ID: '123456789012345678' } },
];

const LOCALES = [
  { lang: 'es_MX.UTF-8', line: /^hemeroteca(?: deploy)?: Error de configuración: LOG_LEVEL debe ser uno de estos valores: info, debug, warn, error \(es «ruidoso»\) \(ver \.env\.example\)\.$/u },
  { lang: 'en_GB.UTF-8', line: /^hemeroteca(?: deploy)?: Configuration error: LOG_LEVEL must be one of info, debug, warn, error \(got "ruidoso"\) \(see \.env\.example\)\.$/u },
  // The POSIX locale containers run with names no language: Spanish, the bot's default, in every front end alike.
  { lang: 'C.UTF-8', line: /^hemeroteca(?: deploy)?: Error de configuración: LOG_LEVEL debe ser/u },
] as const;

describe('a configuration error', () => {
  for (const { name, entry, args, env } of FRONT_ENDS) {
    it(`is told by ${name} in the locale's language, and ends it with status 2`, async () => {
      for (const { lang, line } of LOCALES) {
        const child = startCommand(process.execPath, ['--import', 'tsx', entry, ...args], testEnv({ SEEDS_DIR: 'seeds', INDEX_DIR: indexDir, LOG_LEVEL: 'ruidoso', LANG: lang, ...env }));
        child.stdin?.end();
        const run = await child.finished;
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trim().split('\n').at(-1)).toMatch(line);
      }
    }, 120_000);
  }
});
