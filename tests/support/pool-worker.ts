/** A worker module for tests/worker-pool.test.ts: doubles a number, or misbehaves as the item asks. */
import { threadId } from 'node:worker_threads';
import { serveTasks } from '../../src/worker-pool.js';

/** A number to double, a way to fail, or 'thread': which worker thread did it. */
export type PoolTestItem = number | 'throw' | 'hang' | 'exit' | 'thread';

serveTasks((item: PoolTestItem) => {
  if (item === 'thread') return `thread ${threadId}`;
  if (item === 'throw') throw new Error('bad item');
  if (item === 'exit') process.exit(3);
  if (item === 'hang') for (;;);
  return item * 2;
});
