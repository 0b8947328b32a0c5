/**
 * Run as its own process by tests: starts saving a large snapshot into the folder given as the first
 * argument and kills itself with SIGKILL half-way, as a crash or an operator's `kill -9` would, with
 * the part files partly written and the manifest not yet replaced.
 */
import { saveSnapshot } from '../../src/persist/snapshot.js';

const [indexDir] = process.argv.slice(2);
if (!indexDir) throw new Error('usage: kill-during-save.ts <index dir>');

function* records(): Generator<{ n: number; text: string }> {
  for (let n = 0; n < 1000; n++) {
    if (n === 300) process.kill(process.pid, 'SIGKILL');
    yield { n, text: 'x'.repeat(10_000) };
  }
}

await saveSnapshot(indexDir, 'a save that never finishes', { articles: records() });
