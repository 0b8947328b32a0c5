/**
 * The command line (`npm run cli`) on SIGTERM, as a service manager or `docker stop` sends it to npm's
 * own pid: it finishes what it is doing and exits 0 (it used to die with 143, its output cut mid-batch,
 * and npm's shell could leave it running). A batch stops before its next question, every answer it
 * printed whole.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand, testEnv } from '../support/spawn-entry.js';

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-cli-signals-'));
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

const npmCli = (args: string[], indexDir: string, seedsDir = 'seeds') =>
  startCommand('npm', ['run', '--silent', 'cli', '--', ...args], testEnv({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, LOG_LEVEL: 'debug' }));

async function until(condition: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('npm run cli on SIGTERM to npm’s pid', () => {
  it('ask --batch: stops before the next question, every printed answer whole, says so once, exits 0', async () => {
    const questions = Array.from({ length: 400 }, (_, i) => `¿Qué prometió Putin en la reunión número ${i + 1}?`);
    const file = path.join(workDir, 'questions.txt');
    await writeFile(file, questions.join('\n') + '\n');
    let stdout = '';
    const cli = npmCli(['ask', '--batch', file, '--json'], path.join(workDir, 'index-batch'));
    cli.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    await until(() => stdout.includes('\n'), 'the first answer');
    cli.kill('SIGTERM');
    const { code, stderr } = await cli.finished;
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(questions.length);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ question: expect.stringContaining('Putin') });
    expect(stderr.match(/stopped on SIGTERM/g)).toEqual(['stopped on SIGTERM']);
    expect(stderr).toContain(`after ${lines.length} of ${questions.length} questions`);
  }, 180_000);

  it('index: a signal during the build lets it finish, save and print its summary, and exit 0', async () => {
    // 300 articles of 6 paragraphs: a build of a few seconds, long after the CLI takes signals.
    const seeds = path.join(workDir, 'seeds');
    await mkdir(seeds, { recursive: true });
    for (let i = 0; i < 300; i++) {
      const paragraphs = Array.from({ length: 6 }, (_, j) => `El consejo ${i} aprobó el plan ${j} de la ciudad, dijo la portavoz Ana Ruiz. La obra costará ${i * j + 3} euros.`);
      await writeFile(path.join(seeds, `plan-${i}.txt`), [`Plan municipal ${i}`, ...paragraphs].join('\n\n'));
    }
    const cli = npmCli(['index'], path.join(workDir, 'index-build'), seeds);
    // Logged once the CLI takes signals, just before the build starts.
    await cli.waitForLog(/opening the library/, 120_000);
    cli.kill('SIGTERM');
    const { code, stdout, stderr } = await cli.finished;
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('300 articles, 1,800 passages, 1,800 statements (index built).');
    expect(stderr).toMatch(/built index/);
  }, 180_000);
});
