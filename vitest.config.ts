import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two projects. "unit" (`npm run test:unit`): unit and integration tests, files in parallel. "hardening"
 * (`npm test` adds it): the short runs of `npm run stress` (faults, fuzzing, load, memory) and the
 * end-to-end run through the real bot process; they time the bot's answers against Discord's deadlines,
 * so they run after the unit tests, one file at a time, with the machine to themselves.
 */
const HARDENING = ['tests/hardening/**/*.test.ts', 'tests/discord/end-to-end.test.ts', 'tests/hosting/bot-health.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['tests/support/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores (a single worker on 2 cores); many files here
    // spend their time waiting on child processes and local servers, so one per core keeps both busy.
    maxWorkers: Math.max(2, availableParallelism()),
    // Tests must not depend on a developer's .env or real credentials.
    env: { DISCORD_TOKEN: '', LLM_PROVIDER: 'none' },
    projects: [
      // The unit files share their worker's modules (`isolate: false`): importing the whole core afresh for each of 400
      // files was most of the project's time (docs/BENCHMARKS.md, stop 56's lead section). No file mocks a module, stubs
      // a global or sets the environment; the one that fakes timers restores them after each test.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: HARDENING, isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'hardening', include: HARDENING, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
