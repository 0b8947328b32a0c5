/**
 * A short run of `npm run stress`'s feedback and log checks (tests/support/stress/feedback-logs.ts) through the
 * real bot process: concurrent votes and votes in flight at SIGTERM all land whole in feedback.jsonl, and
 * no token, API key or full user id appears in anything the bot wrote.
 */
import { describe, expect, it } from 'vitest';
import { feedbackAndLogs } from '../support/stress/feedback-logs.js';

describe('feedback and logs', () => {
  it('keeps every acknowledged vote whole across concurrency and SIGTERM, and logs no secret', async () => {
    const report = await feedbackAndLogs({ answers: 4, votersPerAnswer: 10, inFlight: 20 });
    expect(report.problems).toEqual([]);
    expect(report.tornLines).toBe(0);
    expect(report.lostVotes).toBe(0);
    expect(report.thanked).toBe(report.votes);
    expect(report.linesOnDisk).toBe(report.thanked + report.inFlightThanked);
    expect(report.leaks).toEqual([]);
    expect(report.exitCode).toBe(0);
  }, 90_000);
});
