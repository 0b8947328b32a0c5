/**
 * Run as a process of its own by tests/worker-pool.test.ts: starts a run whose item never ends, with
 * `holdsProcess: false` (through a kept worker with `--kept`), and leaves it running. Nothing else keeps
 * the process alive, so it should end on its own, as console mode should at the end of its input while
 * an update reads a file.
 */
import { keptWorkers, runInWorkers } from '../../src/worker-pool.js';
import type { PoolTestItem } from './pool-worker.js';

const MODULE = new URL('./pool-worker.ts', import.meta.url);
const kept = process.argv.includes('--kept') ? keptWorkers(MODULE) : undefined;
kept?.warm();
const items: PoolTestItem[] = [1, 'hang'];
void runInWorkers<PoolTestItem, string>({ module: MODULE, items, threads: 1, timeoutMs: () => 600_000, failed: () => 'failed', kept, holdsProcess: false });
process.stdout.write('started\n');
