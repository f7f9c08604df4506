import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests read the workspace packages' TypeScript sources, not their build output.
    conditions: ['veranderlogica-source'],
  },
  ssr: {
    resolve: { conditions: ['veranderlogica-source'], externalConditions: ['veranderlogica-source'] },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', 'apps/*/src/**/*.test.ts'],
    server: { deps: { inline: [/@veranderlogica\//] } },
    pool: 'threads',
    testTimeout: 30_000,
  },
});
