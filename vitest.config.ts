import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests must not depend on a developer's .env or real credentials.
    env: { DISCORD_TOKEN: '', LLM_PROVIDER: 'none' },
  },
});
