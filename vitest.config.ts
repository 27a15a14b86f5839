import { defineConfig } from 'vitest/config';

// Projects: unit (pure modules, no I/O), integration (services and HTTP against
// a real database: PGlite, or PostgreSQL when WAYMARK_TEST_DATABASE_URL is set),
// browser (Chromium through playwright-core, against a running server).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Removes the file's temporary folders when its tests are done.
          setupFiles: ['test/support/setup-integration.ts'],
          // Generous: some tests run the CLI as a child process on a fresh
          // embedded data folder, which is slow when the machine is busy.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          pool: 'forks',
          // Each forked worker keeps the modules it has loaded from one test
          // file to the next instead of loading the whole of src/ again for
          // every file (about 1.5 s a file, some 90 files, on each of the two
          // engines' passes). Every file opens its own database, and none
          // mocks a module.
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
          // One file at a time (two at once saved under 10% on 2 cores, with
          // each test nearer its timeout), keeping src/ loaded between files.
          fileParallelism: false,
          isolate: false,
        },
      },
    ],
  },
});
