import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['*.e2e.ts'],
    globalSetup: ['./setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // One browser at a time on a 2-core machine.
    fileParallelism: false,
  },
});
