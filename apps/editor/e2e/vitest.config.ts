import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['*.e2e.ts'],
    globalSetup: ['./setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // Tests wait for states, never for times: a state may take long to arrive on a loaded machine (a reload lays the
    // plan out again), so a poll gives up only after 30 s, not vitest's default of 1 s.
    expect: { poll: { timeout: 30_000 } },
    // One browser at a time on a 2-core machine.
    fileParallelism: false,
  },
});
