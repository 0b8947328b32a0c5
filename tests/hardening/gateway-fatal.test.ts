/**
 * Discord closing the gateway for good (issue 18): with 4004 (token revoked) the log used to say
 * "reconnecting" and the process then exited 0, so a supervisor thought all was well. Now the process
 * ends with a non-zero status and one plain line.
 */
import { describe, expect, it } from 'vitest';
import { TOKEN_REJECTED } from '../../src/config.js';
import { startBotRun } from '../support/stress/bot-harness.js';

describe('a fatal gateway close', () => {
  it.each([
    [4004, TOKEN_REJECTED],
    [4013, 'Discord closed the gateway for good with 4013 (InvalidIntents)'],
  ])('%i: non-zero exit and one plain line', async (code, said) => {
    const run = await startBotRun();
    try {
      await run.discord.closeGateway(code, { resumable: false });
      const { code: status, stderr } = await run.entry.finished;
      expect(status).not.toBe(0);
      expect(status).not.toBeNull();
      const plain = stderr.split('\n').filter((line) => line.startsWith('hemeroteca: '));
      expect(plain).toHaveLength(1);
      expect(plain[0]).toContain(said);
    } finally {
      await run.close();
    }
  }, 180_000);
});
