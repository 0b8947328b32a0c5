/**
 * A short run of `npm run stress`'s corpus faults (tests/support/stress/corpus-faults.ts): odd seed files beside
 * good ones, a seed file changed and deleted under a running library, and the index snapshot damaged in
 * each of its files. The library must open every time (restoring the snapshot and re-reading only the
 * files that changed), answer from what the files hold at that start,
 * and never from a stale or damaged index.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damagedSnapshots, oddSeedFiles, seedFileChanges } from '../support/stress/corpus-faults.js';
import { SEED_QUESTIONS } from '../support/stress/seed-questions.js';
import { saveSnapshot } from '../../src/persist/snapshot.js';
import { SEEDS_DIR } from '../support/seed-library.js';

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-corpus-faults-'));
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('odd seed files', () => {
  it('are skipped with a warning or indexed safely, and the good articles answer as before', async () => {
    const report = await oddSeedFiles({ seedsDir: SEEDS_DIR, workDir: path.join(workDir, 'odd'), questions: SEED_QUESTIONS });
    expect(report.problems).toEqual([]);
    const outcomes = Object.fromEntries(report.files.map(({ file, outcome }) => [file, outcome]));
    expect(outcomes).toMatchObject({
      'odd-empty.txt': 'skipped: the file is empty',
      'odd-binary.txt': 'skipped: the file is binary, not text',
      'odd-50mb.txt': expect.stringMatching(/^skipped: the file is 50 MB, over the \d+ MB limit$/),
      'odd-truncated-utf8.txt': 'indexed',
      'odd-tiny-paragraphs.txt': 'indexed',
      'odd-quotes.txt': 'indexed',
      'odd-scripts.html': 'indexed',
    });
    expect(report.htmlAnswered).toBe(true);
    expect(report.scriptLeaks).toEqual([]);
  }, 60_000);
});

describe('a seed file changed or deleted while the bot runs', () => {
  it('is applied by the running library within seconds, and the next start restores what it saved', async () => {
    const report = await seedFileChanges({ seedsDir: SEEDS_DIR, workDir: path.join(workDir, 'change') });
    expect(report.problems).toEqual([]);
    expect(report.staleAnswers).toBe(0);
    expect(report.steps.map(({ step, origin, answeredFrom }) => [step, origin, answeredFrom])).toEqual([
      ['first start', 'built', 'first'],
      ['file changed, while running', 'running', 'second'],
      ['restart after the change', 'snapshot', 'second'],
      ['restart, nothing changed', 'snapshot', 'second'],
      ['file deleted, while running', 'running', 'none'],
      ['restart after the deletion', 'snapshot', 'none'],
      ['first version restored, while running', 'running', 'first'],
      ['restart after restoring the first version', 'snapshot', 'first'],
    ]);
  }, 120_000);
});

describe('a damaged index snapshot', () => {
  it('is always rebuilt (its optional quote-book part made again, with a note), never answered from: each file of the snapshot truncated and corrupted', async () => {
    const report = await damagedSnapshots({ seedsDir: SEEDS_DIR, workDir: path.join(workDir, 'snapshot'), trials: 14, seed: 7, questions: SEED_QUESTIONS.slice(0, 3), actor: 'Putin' });
    expect(report.problems).toEqual([]);
    expect(report.wrongAnswers).toBe(0);
    expect(report.crashes).toBe(0);
    expect(Object.keys(report.byFile).sort()).toEqual(['actors.jsonl', 'articles.bin', 'articles.jsonl', 'book.bin', 'book.jsonl', 'files.jsonl', 'index.bin', 'index.jsonl', 'manifest', 'speakers.jsonl', 'statements.jsonl', 'unquoted.jsonl', 'warnings.jsonl']);
    expect(report.interruptedSave).toBe('restored the complete snapshot');
  }, 60_000);

  it('is saved, however large, without leaking stream listeners', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const records = Array.from({ length: 100 }, (_, i) => ({ i, text: 'x'.repeat(200_000) }));
      await saveSnapshot(path.join(workDir, 'large'), 'key', { records });
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning');
  });
});
