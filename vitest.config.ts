import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but Node; `db` gets one PostgreSQL for the run (the
// machine's via TEST_DATABASE_URL, or an embedded one) and a fresh database per file.
// A third, `web`, renders the web app's components in jsdom.
export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['server/src/**/*.ts'],
      exclude: ['server/src/**/*.test.ts', 'server/src/server.ts'],
      reporter: ['text-summary', 'html'],
      thresholds: { lines: 80 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['server/src/**/*.db.test.ts', 'db/**/*.db.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/src/**/*.test.{ts,tsx}'],
          setupFiles: ['web/src/testing/setup.ts'],
        },
      },
    ],
  },
});
