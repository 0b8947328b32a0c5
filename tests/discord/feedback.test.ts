import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_FILE, openFeedbackLog } from '../../src/discord/feedback.js';
import { askResult } from './results.js';
import { defined } from '../support/defined.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-feedback-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const USER_ID = '123456789012345678';

async function linesOf(file: string) {
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean);
}

describe('feedback log', () => {
  it('appends one JSON line per vote: time, vote, question, answer, mode and a salted hash of the user', async () => {
    const log = await openFeedbackLog(dir, () => new Date('2024-06-18T10:00:00Z'));
    await log.record({ result: askResult(), vote: 'up', userId: USER_ID });
    await log.close();
    const [line] = await linesOf(path.join(dir, FEEDBACK_FILE));
    expect(JSON.parse(defined(line, 'a feedback line'))).toEqual({
      time: '2024-06-18T10:00:00.000Z',
      vote: 'up',
      question: askResult().question,
      answer: askResult().answer,
      mode: 'extractive',
      user: log.voterHash(USER_ID),
    });
    expect(line).not.toContain(USER_ID);
  });

  it('hashes the same user the same way across restarts, and differently in another installation', async () => {
    const first = (await openFeedbackLog(dir)).voterHash(USER_ID);
    expect((await openFeedbackLog(dir)).voterHash(USER_ID)).toBe(first);
    const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-feedback-'));
    expect((await openFeedbackLog(elsewhere)).voterHash(USER_ID)).not.toBe(first);
    await rm(elsewhere, { recursive: true, force: true });
  });

  it('writes 500 concurrent votes, long ones included, as 500 whole lines', async () => {
    const log = await openFeedbackLog(dir);
    const long = 'x'.repeat(100_000);
    await Promise.all(
      Array.from({ length: 500 }, (_, i) => log.record({ result: askResult({ question: `q${i}`, answer: i % 50 === 0 ? long : `a${i}` }), vote: i % 2 ? 'up' : 'down', userId: `user${i}` })),
    );
    await log.close();
    const lines = await linesOf(path.join(dir, FEEDBACK_FILE));
    expect(lines).toHaveLength(500);
    const questions = lines.map((line) => (JSON.parse(defined(line, 'a feedback line')) as { question: string }).question);
    expect(new Set(questions).size).toBe(500);
  });

  it('keeps votes from two logs on the same file (two processes) whole', async () => {
    const [a, b] = await Promise.all([openFeedbackLog(dir), openFeedbackLog(dir)]);
    await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).record({ result: askResult({ answer: 'y'.repeat(5000) }), vote: 'up', userId: `u${i}` })));
    await Promise.all([a.close(), b.close()]);
    const lines = await linesOf(path.join(dir, FEEDBACK_FILE));
    expect(lines).toHaveLength(200);
    for (const line of lines) expect(() => JSON.parse(defined(line, 'a feedback line'))).not.toThrow();
  });

  it('close waits for votes still being written', async () => {
    const log = await openFeedbackLog(dir);
    const pending = Array.from({ length: 50 }, (_, i) => log.record({ result: askResult(), vote: 'down', userId: `u${i}` }));
    await log.close();
    expect(await linesOf(path.join(dir, FEEDBACK_FILE))).toHaveLength(50);
    await Promise.all(pending);
  });

  it('reports a vote that cannot be written, and still records the next ones once the file is writable', async () => {
    const file = path.join(dir, FEEDBACK_FILE);
    await mkdir(file);
    const log = await openFeedbackLog(dir);
    await expect(log.record({ result: askResult(), vote: 'up', userId: 'u' })).rejects.toThrow();
    await rm(file, { recursive: true });
    await log.record({ result: askResult(), vote: 'down', userId: 'u' });
    await log.close();
    expect(await linesOf(file)).toHaveLength(1);
  });
});
