/**
 * A process killed while it saves the snapshot (or before it saved an update) loses nothing: the next
 * start restores the last complete snapshot and re-applies the seed files changed since.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { openLibrary } from '../../src/library.js';
import { recordingLogger } from '../support/recording-logger.js';
import { copySeedFolder } from '../support/seed-folder.js';

const KILL_DURING_SAVE = fileURLToPath(new URL('../support/kill-during-save.ts', import.meta.url));

let dir: string;
let seedsDir: string;
let indexDir: string;
beforeEach(async () => {
  ({ dir, seedsDir, indexDir } = await copySeedFolder('hemeroteca-crash-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open() {
  const { log, logged } = recordingLogger();
  const library = await openLibrary(readConfig({ SEEDS_DIR: seedsDir, INDEX_DIR: indexDir }), log);
  return { library, logged };
}

const generations = async () => (await readdir(indexDir)).filter((name) => name.startsWith('snapshot-'));

describe('a process killed during a save', () => {
  it('leaves the last complete snapshot in use, and the next start re-applies what changed since', async () => {
    const first = await open();
    const seed = 'atacama.txt';
    await writeFile(path.join(seedsDir, seed), [
      'El observatorio de Atacama registró 314 meteoritos en una noche',
      'El observatorio de Atacama registró 314 meteoritos en una sola noche de agosto, informó el martes la universidad que lo dirige.',
      'Los astrónomos atribuyen la lluvia de meteoritos al paso de la Tierra por los restos del cometa Swift-Tuttle.',
    ].join('\n\n'));

    const child = spawn(process.execPath, ['--import', 'tsx', KILL_DURING_SAVE, indexDir], { stdio: 'ignore' });
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
    // The half-written generation is there, beside the complete one the manifest still names.
    expect(await generations()).toHaveLength(2);

    const restarted = await open();
    expect(restarted.library.status.origin).toBe('snapshot');
    expect(restarted.logged.filter(({ message }) => message.startsWith('seed file ')).map(({ message, fields }) => [message, fields['file']])).toEqual([['seed file added', seed]]);
    const answer = await restarted.library.ask('¿Cuántos meteoritos registró el observatorio de Atacama?');
    expect(answer.citations.map(({ articleId }) => articleId)).toContain('atacama');
    expect(first.library.article('atacama')).toBeUndefined();
    expect(restarted.library.status.articles).toBe(first.library.status.articles + 1);
    // Its own save replaced both: one generation left.
    expect(await generations()).toHaveLength(1);
  }, 60_000);
});
