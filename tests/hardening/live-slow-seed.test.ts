/**
 * A seed file that is slow to read (megabytes of text without a sentence break: cleaning and splitting
 * it takes about a second a megabyte) dropped into the seeds folder while the bot runs is read off the
 * main thread: questions are answered while it is applied, a stop signal ends the process at once with
 * status 0, and a file over its time limit ends as a warning while the rest of the update is applied.
 */
import { readdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applySeedChanges, buildLibraryData } from '../../src/live/archive.js';
import { seedReader } from '../../src/live/seed-reader.js';
import { diffSeeds, scanSeedFolder } from '../../src/live/seed-scan.js';
import { startEntry, testEnv } from '../support/spawn-entry.js';
import { copySeedFolder } from '../support/seed-folder.js';

let dir: string;
let seedsDir: string;
beforeEach(async () => {
  ({ dir, seedsDir } = await copySeedFolder('hemeroteca-slow-seed-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A title, then `megabytes` of words with no full stop, question mark or line break anywhere. */
function runOnText(megabytes: number): string {
  const words = ['el', 'consejo', 'aprobó', 'que', 'la', 'obra', 'de', 'Valdemoro', 'según', 'fuentes', 'municipales', 'y', 'vecinales', 'durante', 'meses'];
  const parts = ['Un pleno sin final\n\n'];
  let length = parts[0]!.length;
  for (let i = 0; length < megabytes * 2 ** 20; i++) {
    const word = `${words[(i * 7) % words.length]!} `;
    parts.push(word);
    length += word.length;
  }
  return parts.join('');
}

const ARTICLE = [
  'El observatorio de Atacama registró 314 meteoritos en una noche',
  'El observatorio de Atacama registró 314 meteoritos en una sola noche de agosto, informó el martes la universidad que lo dirige.',
].join('\n\n');

describe('a seed file slow to read, dropped in while the bot runs', () => {
  it('console mode answers /ask, and /quote with a note that it is still reading, while it is being applied, and SIGTERM exits 0 before it is', async () => {
    const running = startEntry('src/main.ts', testEnv({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(dir, 'index'), LOG_LEVEL: 'debug' }));
    await running.waitForLog(/built index/, 90_000);
    // Eight megabytes: several seconds of cleaning on an idle machine, against milliseconds for an answer.
    await writeFile(path.join(seedsDir, 'pleno.txt'), runOnText(8));
    await running.waitForLog(/applying seed changes/, 60_000);
    const printed = (pattern: RegExp) => {
      let output = '';
      return new Promise<string>((resolve) => {
        const read = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          if (!pattern.test(output)) return;
          running.stdout?.off('data', read);
          resolve(output);
        };
        running.stdout?.on('data', read);
      });
    };
    const answer = printed(/\[1\]/);
    running.stdin?.write('/ask ¿Qué prometió Putin?\n');
    await answer;
    // Nobody by that name is quoted yet, and the file being read may quote them: the reply says it is still reading.
    // (The console's own words are in the terminal's language: English under the tests' environment.)
    const quotes = printed(/Fulgencio Arteaga[^\n]*\n/);
    running.stdin?.write('/quote Fulgencio Arteaga\n');
    expect(await quotes).toMatch(/I found no statements by “Fulgencio Arteaga” in the articles\.[^\n]*\(I am still reading a new or changed file in the articles folder/);
    expect(running.log()).not.toMatch(/seed file added|applied seed changes/);
    running.kill('SIGTERM');
    const { code, stderr } = await running.finished;
    expect(code).toBe(0);
    // It ended before the slow file was applied: the signal did not wait for it.
    expect(stderr).toMatch(/shutting down/);
    expect(stderr).not.toMatch(/seed file added|applied seed changes/);
  }, 180_000);

  it('a file deleted while it is being read is dropped at once, not after it', async () => {
    const running = startEntry('src/main.ts', testEnv({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(dir, 'index'), LOG_LEVEL: 'debug' }));
    await running.waitForLog(/built index/, 90_000);
    const [seed] = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt'));
    await writeFile(path.join(seedsDir, 'pleno.txt'), runOnText(8));
    await running.waitForLog(/applying seed changes/, 60_000);
    await rm(path.join(seedsDir, seed!));
    await running.waitForLog(/seed file removed/, 60_000);
    // Seconds of reading left against a removal's milliseconds: the slow file is still being read.
    expect(running.log()).not.toMatch(/seed file added/);
    await running.waitForLog(/seed file added/, 150_000);
    running.kill('SIGTERM');
    expect((await running.finished).code).toBe(0);
  }, 240_000);

  it('a file deleted as a slow file is moved in is dropped at once, not after the slow file is read', async () => {
    const running = startEntry('src/main.ts', testEnv({ SEEDS_DIR: seedsDir, INDEX_DIR: path.join(dir, 'index'), LOG_LEVEL: 'debug' }));
    await running.waitForLog(/built index/, 90_000);
    const [seed] = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt'));
    // Written elsewhere a while ago, then moved in: it stands still already, so the look that sees the deletion reads it.
    const outside = path.join(dir, 'pleno.txt');
    await writeFile(outside, runOnText(8));
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(outside, anHourAgo, anHourAgo);
    await Promise.all([rename(outside, path.join(seedsDir, 'pleno.txt')), rm(path.join(seedsDir, seed!))]);
    await running.waitForLog(/seed file removed/, 60_000);
    // Seconds of reading left against a removal's milliseconds: the slow file is still being read.
    expect(running.log()).not.toMatch(/seed file added/);
    running.kill('SIGTERM');
    expect((await running.finished).code).toBe(0);
  }, 240_000);

  it('ends as a warning once over its time limit, while the other files of the same update are applied', async () => {
    const { data, index } = await buildLibraryData(seedsDir, { threads: 1 });
    await writeFile(path.join(seedsDir, 'pleno.txt'), runOnText(8));
    await writeFile(path.join(seedsDir, 'atacama.txt'), ARTICLE);
    const { scan } = await scanSeedFolder(seedsDir);
    const diff = diffSeeds(data.files, scan);
    expect(diff.changed.map(({ file }) => file).sort()).toEqual(['atacama.txt', 'pleno.txt']);
    // A tenth of a second for a file of megabytes, which takes seconds however fast the machine; a minute for a short
    // article, which takes milliseconds however loaded it is (a single limit for both came to depend on the machine).
    const reader = seedReader({ threads: 2, fileTimeLimit: (bytes) => (bytes > 2 ** 20 ? 100 : 60_000) });
    const update = await applySeedChanges(data, seedsDir, diff, reader, index);
    expect(update.data.warnings).toContainEqual({ file: 'pleno.txt', message: 'skipped: it took over 100 ms' });
    expect(update.data.articles.map(({ id }) => id)).toEqual([...data.articles.map(({ id }) => id), 'atacama']);
    expect(update.passages.remove).toEqual([]);
    expect(update.data.quotes.statements.length).toBeGreaterThanOrEqual(data.quotes.statements.length);
  }, 180_000);
});
