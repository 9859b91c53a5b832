import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure functions, no Meilisearch, no browser: `npm run test:unit`),
 * `integration` (a real Meilisearch started by test/global-setup.ts) and `browser` (Chromium against a
 * real app and Meilisearch). `npm test` runs all three.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: run files in parallel, but not more than the machine can carry with Meilisearch beside them.
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
