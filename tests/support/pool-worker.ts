/** A worker module for tests/worker-pool.test.ts: doubles a number, or misbehaves as the item asks. */
import { serveTasks } from '../../src/worker-pool.js';

/** A number to double, or a way to fail. */
export type PoolTestItem = number | 'throw' | 'hang' | 'exit';

serveTasks((item: PoolTestItem) => {
  if (item === 'throw') throw new Error('bad item');
  if (item === 'exit') process.exit(3);
  if (item === 'hang') for (;;);
  return item * 2;
});
