/**
 * Memory that garbage collection cannot take back. Each Intl.DateTimeFormat holds about 25 kB of ICU
 * memory that V8 neither counts towards its heap nor gives back; when the bot made one per date shown,
 * a 5,000-interaction soak on 10,000 articles grew it from 0.5 to 1.9 GB. Measured in a process of its
 * own, so that other tests cannot move its memory; the margin is many times the noise.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const DATES = 20_000;
/** The leak grew the process by about 530 MB per 20,000 dates; allocator noise is a few MB. */
const MAX_GROWTH_MB = 60;

const program = `
import { formatDate } from './src/discord/render/strings.ts';
const rss = () => process.memoryUsage().rss / 2 ** 20;
formatDate('2024-06-18', 'es');
const before = rss();
for (let i = 0; i < ${DATES}; i++) formatDate(\`20\${10 + (i % 15)}-0\${1 + (i % 9)}-1\${i % 10}\`, i % 2 ? 'es' : 'en');
globalThis.gc();
process.stdout.write(String(rss() - before));
`;

describe('showing dates', () => {
  it(`${DATES.toLocaleString('en')} formatted dates leave the process about as big as it was`, () => {
    const growthMb = Number(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', program], { encoding: 'utf8' }));
    expect(growthMb).toBeLessThan(MAX_GROWTH_MB);
  });
});
