/**
 * runInWorkers: results in the items' order, whatever the number of threads; an item that throws,
 * hangs or takes its worker down gives its failure and the others still give their results; a worker
 * module that cannot load rejects the run so that the caller can work without threads; a run that
 * does not hold the process lets it end while its workers still work.
 */
import { describe, expect, it } from 'vitest';
import { eventually } from './support/eventually.js';
import { startCommand, testEnv } from './support/spawn-entry.js';
import { keptWorkers, runInWorkers, streamInWorkers, WorkersUnavailable, type KeptWorkers } from '../src/worker-pool.js';
import type { PoolTestItem } from './support/pool-worker.js';

const MODULE = new URL('./support/pool-worker.ts', import.meta.url);

function run(items: PoolTestItem[], threads = 2, timeoutMs = 20_000, kept?: KeptWorkers) {
  return runInWorkers<PoolTestItem, string>({ module: MODULE, items, threads, timeoutMs: () => timeoutMs, failed: (item, reason) => `failed ${String(item)}: ${reason}`, kept });
}

describe('runInWorkers', () => {
  it('gives every result in the items order, on one thread or several', async () => {
    const items = Array.from({ length: 200 }, (_, i) => i);
    const doubled = items.map((i) => i * 2);
    expect(await run(items, 1)).toEqual(doubled);
    expect(await run(items, 3)).toEqual(doubled);
    expect(await run([], 2)).toEqual([]);
  });

  it('isolates an item that throws or stops its worker: each fails alone and the rest are done', async () => {
    const items: PoolTestItem[] = [1, 'throw', 2, 'exit', 3, 4, 'exit', 5, 6, 7];
    expect(await run(items, 2)).toEqual([
      2, 'failed throw: it failed (bad item)', 4, 'failed exit: its worker stopped with exit code 3', 6, 8, 'failed exit: its worker stopped with exit code 3', 10, 12, 14,
    ]);
  });

  it('stops a worker whose item runs past its time, gives that item up and goes on with a new worker', async () => {
    const results = await run([1, 'hang', 2, 3, 'hang', 4], 2, 1500);
    expect(results).toEqual([2, 'failed hang: it took over 1.5 s', 4, 6, 'failed hang: it took over 1.5 s', 8]);
  }, 60_000);

  it('reuses a kept worker from run to run, and replaces one that an item took down', async () => {
    const kept = keptWorkers(MODULE);
    kept.warm();
    const [first] = await run(['thread'], 1, 20_000, kept);
    expect(await run(['thread', 1], 1, 20_000, kept)).toEqual([first, 2]);
    expect(await run(['exit', 'thread'], 1, 20_000, kept)).toEqual(['failed exit: its worker stopped with exit code 3', expect.not.stringMatching(`^${first}$`)]);
    const [replacement] = await run(['thread'], 1, 20_000, kept);
    expect(replacement).not.toBe(first);
    expect(await run(['thread'], 1, 20_000, kept)).toEqual([replacement]);
  }, 60_000);

  it('once closed, stops the worker it kept and keeps none warmed or given back after', async () => {
    const kept = keptWorkers(MODULE);
    await run(['thread'], 1, 20_000, kept);
    const idle = await kept.take();
    expect(idle).toBeDefined();
    kept.give(idle!);
    kept.close();
    // A worker's threadId turns -1 once its thread has stopped.
    await eventually(() => idle!.threadId === -1, 'the kept worker stopped');
    kept.warm();
    expect(await run(['thread'], 1, 20_000, kept)).toEqual([expect.stringMatching(/^thread \d+$/)]);
    expect(await kept.take()).toBeUndefined();
  }, 60_000);

  it.each([[[] as string[]], [['--kept']]])('lets the process end while an item that never ends runs, when it does not hold the process (%j)', async (flags) => {
    const child = startCommand(process.execPath, ['--import', 'tsx', 'tests/support/unheld-run.ts', ...flags], testEnv({}));
    child.stdin?.end();
    // Hung, the process is killed when the test times out: ending on its own is the behaviour under test.
    let timer: NodeJS.Timeout | undefined;
    const ended = await Promise.race([child.finished, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), 80_000)))]);
    clearTimeout(timer);
    child.kill('SIGKILL');
    expect(ended?.code).toBe(0);
    expect(ended?.stdout).toBe('started\n');
  }, 90_000);

  it('counts the time its workers sat idle while the calling thread, busy, sent them nothing', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    const results: number[] = [];
    const statistics = await streamInWorkers<PoolTestItem, number | string>(
      { module: MODULE, items, threads: 2, queueDepth: 1, timeoutMs: () => 20_000, failed: () => 'failed' },
      (result) => {
        results.push(Number(result));
        // The calling thread held for a second at the first result: the worker whose item is done meanwhile gets no next one.
        if (results.length === 1) for (const until = Date.now() + 1000; Date.now() < until; );
      },
    );
    expect(results).toEqual(items.map((i) => i * 2));
    expect(statistics.waitedMs).toBeGreaterThan(500);
  });

  it('hands each item to readAhead on this thread before its worker gives the item\'s result, once the first time round', async () => {
    const items = Array.from({ length: 60 }, (_, i) => i);
    const events: string[] = [];
    const results: number[] = [];
    await streamInWorkers<PoolTestItem, number | string>(
      { module: MODULE, items, threads: 2, queueDepth: 8, timeoutMs: () => 20_000, failed: () => 'failed', readAhead: (item) => events.push(`ahead ${String(item)}`) },
      (result) => {
        results.push(Number(result));
        events.push(`done ${Number(result) / 2}`);
      },
    );
    expect(results).toEqual(items.map((i) => i * 2));
    for (const item of items) {
      expect(events.filter((event) => event === `ahead ${item}`)).toHaveLength(1);
      expect(events.indexOf(`ahead ${item}`)).toBeLessThan(events.indexOf(`done ${item}`));
    }
  });

  it('rejects with WorkersUnavailable when the worker module cannot load', async () => {
    const broken = runInWorkers({ module: new URL('./support/broken-worker.ts', import.meta.url), items: [1, 2], threads: 2, timeoutMs: () => 20_000, failed: () => 'failed' });
    await expect(broken).rejects.toBeInstanceOf(WorkersUnavailable);
  });
});
