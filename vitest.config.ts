import { defineConfig } from 'vitest/config';

// TEST_DB=pglite runs every unit and database test; TEST_DB=postgres runs only the database tests
// (`*.db.test.ts`) against the real server. E2E flows have their own config (e2e/vitest.config.ts).
const dbOnly = process.env.TEST_DB === 'postgres';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: dbOnly
      ? ['apps/**/src/**/*.db.test.ts', 'apps/cli/test/**/*.db.test.ts']
      : ['apps/**/src/**/*.test.ts', 'apps/cli/test/**/*.test.ts', 'packages/**/src/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
