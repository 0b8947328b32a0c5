/**
 * The feedback salt (issue 18): a missing, empty or short INDEX_DIR/feedback.salt never becomes the
 * HMAC key of the voter hashes; it is replaced by a fresh one, said once in the log. Votes already in
 * feedback.jsonl stay where they are: the file is only ever appended to.
 */
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_FILE, MIN_SALT_CHARS, openFeedbackLog } from '../../src/discord/feedback.js';
import { recordingLogger } from '../support/recording-logger.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-salt-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const USER_ID = '123456789012345678';
const saltFile = () => path.join(dir, 'feedback.salt');
const hashWithKey = (key: string) => createHmac('sha256', key).update(USER_ID).digest('hex').slice(0, 16);
const result = { question: '¿Qué prometió Putin?', answer: 'Prometió apoyo [1].', mode: 'extractive' as const };

describe('a bad feedback salt', () => {
  for (const [kind, content] of [
    ['empty', ''],
    ['blank lines only', '\n  \n'],
    ['short', 'abc123\n'],
    ['one character short', 'a'.repeat(MIN_SALT_CHARS - 1)],
  ] as const) {
    it(`${kind}: replaced by a fresh salt, said once, and hashes made with it from then on`, async () => {
      await writeFile(saltFile(), content);
      const { log, logged } = recordingLogger();
      const feedback = await openFeedbackLog(dir, undefined, log);
      const salt = (await readFile(saltFile(), 'utf8')).trim();
      expect(salt.length).toBeGreaterThanOrEqual(MIN_SALT_CHARS);
      expect(feedback.voterHash(USER_ID)).toBe(hashWithKey(salt));
      expect(feedback.voterHash(USER_ID)).not.toBe(hashWithKey(content.trim()));
      expect(logged.filter((entry) => entry.level === 'warn' && /feedback\.salt/.test(entry.message))).toHaveLength(1);

      const again = recordingLogger();
      const reopened = await openFeedbackLog(dir, undefined, again.log);
      expect(reopened.voterHash(USER_ID)).toBe(feedback.voterHash(USER_ID));
      expect(again.logged).toEqual([]);
    });
  }

  it('missing: a fresh salt is made quietly, as on a first start', async () => {
    const { log, logged } = recordingLogger();
    const feedback = await openFeedbackLog(dir, undefined, log);
    const salt = (await readFile(saltFile(), 'utf8')).trim();
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(feedback.voterHash(USER_ID)).toBe(hashWithKey(salt));
    expect(logged).toEqual([]);
  });

  it('leaves the votes already recorded in place, and appends after them whole lines', async () => {
    const earlier = '{"time":"2024-06-18T10:00:00.000Z","vote":"up","user":"0123456789abcdef"}\n';
    await writeFile(path.join(dir, FEEDBACK_FILE), earlier);
    await writeFile(saltFile(), '');
    const feedback = await openFeedbackLog(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => feedback.record({ result, vote: i % 2 ? 'up' : 'down', userId: `${USER_ID}${i}` })));
    await feedback.close();
    const text = await readFile(path.join(dir, FEEDBACK_FILE), 'utf8');
    expect(text.startsWith(earlier)).toBe(true);
    const lines = text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(21);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});
