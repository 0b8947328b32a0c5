/**
 * Holds on snapshot generations (src/persist/generation-holds.ts) do not outlive their process: console mode that
 * ends at the end of its input, or on SIGTERM, leaves no hold file in INDEX_DIR; a hold left by a process that was
 * killed, or one naming a process id now used by another process, is collected by the next load, and the old
 * generation it kept goes with it (blind newcomer 27's D22: holds of gone processes piled up and kept their
 * generations).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSnapshot, saveSnapshot, snapshotKey } from '../../src/persist/snapshot.js';
import { startEntry, testEnv } from '../support/spawn-entry.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hemeroteca-hold-release-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const holds = async (folder: string) => (await readdir(folder)).filter((name) => name.startsWith('hold.'));
const generations = async (folder: string) => (await readdir(folder)).filter((name) => name.startsWith('snapshot-')).sort();

/** A seeds folder of one short article, written here. */
async function seedsFolder(): Promise<string> {
  const seeds = path.join(dir, 'seeds');
  await mkdir(seeds);
  await writeFile(
    path.join(seeds, 'faro.txt'),
    ['El faro de Punta Gorda vuelve a encenderse', 'El faro de Punta Gorda volvió a encenderse el sábado tras once años apagado, informó la capitanía del puerto.'].join('\n\n'),
  );
  return seeds;
}

describe('console mode', () => {
  it('leaves no hold on the snapshot when its input ends', async () => {
    const index = path.join(dir, 'index');
    const running = startEntry('src/main.ts', testEnv({ SEEDS_DIR: await seedsFolder(), INDEX_DIR: index }));
    running.stdin?.end('/ask ¿Cuántos años estuvo apagado el faro de Punta Gorda?\n');
    const { code, stdout } = await running.finished;
    expect(code).toBe(0);
    expect(stdout).toContain('once años');
    expect(await holds(index)).toEqual([]);
  }, 120_000);

  it('leaves no hold on the snapshot when it is stopped by SIGTERM', async () => {
    const index = path.join(dir, 'index');
    const running = startEntry('src/main.ts', testEnv({ SEEDS_DIR: await seedsFolder(), INDEX_DIR: index }));
    try {
      await running.waitForLog(/built index/, 90_000);
      // The bot holds its generation while it follows the seeds folder.
      expect(await holds(index)).not.toEqual([]);
      running.kill('SIGTERM');
      const { code } = await running.finished;
      expect(code).toBe(0);
      expect(await holds(index)).toEqual([]);
    } finally {
      running.kill('SIGKILL');
    }
  }, 120_000);
});

const key = snapshotKey({ settings: { format: 1 } });
const parts = (n: number) => ({ records: [{ n }] });
const readNumber = async (reader: Parameters<Parameters<typeof loadSnapshot>[2]>[0]) => {
  for await (const record of reader.records('records')) return record;
  return undefined;
};

/** A generation saved, then a newer one, with a hold on the first written as `owner` says (a process's hold file). */
async function olderGenerationHeldBy(owner: object): Promise<string> {
  await saveSnapshot(dir, key, parts(1));
  const [older] = await generations(dir);
  // Held while the next save's clean-up runs, as a reader's hold would be, then left as `owner`'s.
  const file = path.join(dir, `hold.${older}.0123456789ab.json`);
  await writeFile(file, JSON.stringify({ pid: process.pid, host: hostname() }));
  await saveSnapshot(dir, key, parts(2));
  expect(await generations(dir)).toHaveLength(2);
  await writeFile(file, JSON.stringify(owner));
  return older!;
}

/** The id of a process that has ended. */
function endedProcessId(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', '']);
    child.on('error', reject);
    child.on('exit', () => (child.pid === undefined ? reject(new Error('no process id')) : resolve(child.pid)));
  });
}

describe('a load', () => {
  it('removes the hold of a process that is gone and the older generation it kept', async () => {
    const older = await olderGenerationHeldBy({ pid: await endedProcessId(), host: hostname(), follows: true });
    const loaded = await loadSnapshot(dir, key, readNumber);
    expect(loaded.status).toBe('restored');
    expect(await holds(dir)).toEqual([]);
    expect(await generations(dir)).not.toContain(older);
    expect(await generations(dir)).toHaveLength(1);
  });

  it('removes a hold naming a running process id that another process, started at another time, held', async () => {
    // This process's id, recorded with a start time that is not this process's: the id was another process's then.
    const older = await olderGenerationHeldBy({ pid: process.pid, host: hostname(), follows: true, started: '1' });
    await loadSnapshot(dir, key, readNumber);
    expect(await holds(dir)).toEqual([]);
    expect(await generations(dir)).not.toContain(older);
  });

  it('keeps the older generation a running process holds', async () => {
    const older = await olderGenerationHeldBy({ pid: process.pid, host: hostname() });
    await loadSnapshot(dir, key, readNumber);
    expect(await holds(dir)).toHaveLength(1);
    expect(await generations(dir)).toContain(older);
  });
});
