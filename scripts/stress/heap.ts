/**
 * The bot's live JavaScript heap, from heap snapshots it writes on SIGUSR2 (NODE_OPTIONS
 * --heapsnapshot-signal): a snapshot is taken after a full garbage collection, so its size is what the
 * bot holds, free of V8's habit of collecting late. Snapshots are large (about 70 MB for the seed
 * corpus), so this suits small corpora only.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BotRun } from '../../tests/support/stress/bot-harness.js';

export interface HeapProbe {
  /** Environment for startBotRun: the bot writes a snapshot into `dir` on SIGUSR2. */
  env: Record<string, string>;
  /** Live heap of the bot now, in MB. */
  liveHeapMb(run: BotRun): Promise<number>;
  dispose(): Promise<void>;
}

export async function heapProbe(): Promise<HeapProbe> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hemeroteca-heap-'));
  return {
    env: { NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${dir}` },
    async liveHeapMb(run) {
      const before = new Set(await readdir(dir));
      run.signalBot('SIGUSR2');
      const file = path.join(dir, await newFile(dir, before));
      await untilStill(file);
      const liveBytes = selfSizes(JSON.parse(await readFile(file, 'utf8')) as HeapSnapshot);
      await rm(file);
      return liveBytes / 2 ** 20;
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[] } };
  nodes: number[];
}

/** The sum of every node's own size: the live heap. */
function selfSizes({ snapshot, nodes }: HeapSnapshot): number {
  const width = snapshot.meta.node_fields.length;
  const selfSize = snapshot.meta.node_fields.indexOf('self_size');
  let total = 0;
  for (let i = selfSize; i < nodes.length; i += width) total += nodes[i]!;
  return total;
}

async function newFile(dir: string, before: Set<string>, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readdir(dir)).find((name) => !before.has(name) && name.endsWith('.heapsnapshot'));
    if (found) return found;
    if (Date.now() > deadline) throw new Error('the bot wrote no heap snapshot');
    await sleep(100);
  }
}

/** Waits until the file has stopped growing: the bot writes its snapshot synchronously, then carries on. */
async function untilStill(file: string): Promise<void> {
  let size = -1;
  for (;;) {
    await sleep(500);
    const { size: now } = await stat(file);
    if (now === size && now > 0) return;
    size = now;
  }
}
