/**
 * The log under fault (issue 18): secrets never reach it, whichever path a line takes, and a log
 * stream that fails (its reader gone: EPIPE) silences the log instead of stopping the bot.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from '../../src/log.js';
import { startBotRun } from '../support/stress/bot-harness.js';
import { endsAsk, follow } from '../support/stress/interactions.js';
import { llmBotOptions } from '../support/stress/llm-faults.js';
import { failQuotingAuthorization, failWith, startFakeOpenAI } from '../support/fakeOpenAI.js';

const secret = (prefix: string) => `${prefix}-${randomBytes(12).toString('hex')}`;
const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error'];

describe('the logger redacts secrets by value', () => {
  const token = secret('MTAx.discord-token');
  const llmKey = secret('sk-llm');
  const embeddingsKey = secret('sk-embed/with+url&chars');
  const secrets = [token, llmKey, embeddingsKey];

  it('in messages, fields, URLs, nested objects, error causes and stacks, at every level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', secrets, write: (line) => lines.push(line) });
    for (const value of secrets) {
      const cause = new Error(`upstream said: Authorization: Bearer ${value}`);
      const error = new Error('request failed', { cause: new Error('proxy error', { cause }) });
      const paths: Array<Record<string, unknown>> = [
        { error },
        { url: `https://llm.example/v1/chat?key=${encodeURIComponent(value)}` },
        { nested: { request: { headers: { note: value } }, list: [value] } },
        { inArray: [error] },
        { quoted: `"${value}"` },
      ];
      for (const level of LEVELS) {
        log[level](`message with ${value}`);
        for (const fields of paths) log[level]('event', fields);
      }
    }
    expect(lines.length).toBe(secrets.length * LEVELS.length * 6);
    const leaked = lines.filter((line) => secrets.some((value) => line.includes(value) || line.includes(encodeURIComponent(value))));
    expect(leaked).toEqual([]);
    // The lines still say what happened, causes and stack included.
    expect(lines.some((line) => line.includes('caused by: upstream said: Authorization: Bearer [redacted]'))).toBe(true);
    expect(lines.some((line) => line.includes('log-faults.test.ts'))).toBe(true);
  });

  it('withholds a password written into any URL, one no setting names, and keeps the rest of the URL', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (line) => lines.push(line) });
    const password = secret('pw');
    log.warn('request failed', { error: new Error(`Request cannot be constructed from a URL that includes credentials: http://user:${password}@127.0.0.1:9/v1/chat/completions`) });
    log.info(`proxy at socks5://${password}@proxy.example:1080 and mail to someone@example.org`);
    expect(lines.join('\n')).not.toContain(password);
    expect(lines[0]).toContain('http://[redacted]@127.0.0.1:9/v1/chat/completions');
    expect(lines[1]).toContain('socks5://[redacted]@proxy.example:1080 and mail to someone@example.org');
  });

  it('keeps working, silently, when writing fails', () => {
    let calls = 0;
    const log = createLogger({
      write: () => {
        calls++;
        throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      },
    });
    for (let i = 0; i < 100; i++) log.error('anything');
    expect(calls).toBe(1);
  });
});

describe('the bot process', () => {
  it('logs no API key when the LLM server’s error quotes the Authorization header, at the default level and at debug', async () => {
    const model = await startFakeOpenAI();
    model.script(failQuotingAuthorization(401), failQuotingAuthorization(500));
    const apiKey = secret('sk-hemeroteca');
    try {
      for (const level of ['info', 'debug']) {
        const run = await startBotRun(llmBotOptions(model, 3000, { env: { LLM_API_KEY: apiKey, LOG_LEVEL: level } }));
        try {
          const outcome = await follow(run.discord, run.discord.sendCommand('ask', { question: '¿Qué prometió Putin?' }, { userId: run.newUser() }), endsAsk, 30_000);
          expect(outcome.failure).toBeUndefined();
          const { code, stderr } = await run.stop();
          expect(code).toBe(0);
          expect(model.requests.at(-1)?.authorization).toBe(`Bearer ${apiKey}`);
          expect(stderr).toMatch(/LLM summary failed.*\[redacted\]/);
          expect(stderr).not.toContain(apiKey);
          expect(stderr).not.toContain(run.discord.token);
        } finally {
          await run.close();
        }
      }
    } finally {
      await model.close();
    }
  }, 120_000);

  it('goes on answering and still exits 0 on SIGTERM after the reader of its stderr goes away', async () => {
    const model = await startFakeOpenAI();
    // Every /ask then logs a warning, so the bot writes to the closed pipe.
    model.script(failWith(500));
    const run = await startBotRun(llmBotOptions(model, 2000));
    try {
      run.entry.stderr?.destroy();
      for (const question of ['¿Qué prometió Putin?', 'What did Kim Jong Un say about Russia?']) {
        const outcome = await follow(run.discord, run.discord.sendCommand('ask', { question }, { userId: run.newUser() }), endsAsk, 30_000);
        expect(outcome.failure).toBeUndefined();
        expect(outcome.final?.message?.embeds.length).toBeGreaterThan(0);
      }
      const { code } = await run.stop();
      expect(code).toBe(0);
    } finally {
      await run.close();
      await model.close();
    }
  }, 120_000);
});
