// `npm test`: the whole suite.
//  1. type check;
//  2. architecture check: the layering of src/ (.dependency-cruiser.cjs,
//     docs/architecture.md);
//  3. unit tests;
//  4. integration tests on embedded PGlite;
//  5. the same integration tests on a throwaway PostgreSQL cluster, when the
//     system's binaries (initdb, pg_ctl) are found; said clearly when skipped;
//  6. browser tests in Chromium, when /usr/bin/chromium (or WAYMARK_CHROMIUM) exists.
// Exits non-zero if any step fails. Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { findPostgresBin, startPostgres } from './postgres.mjs';

const results = [];
const passthrough = process.argv.slice(2);

function step(name, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: (Date.now() - t0) / 1000 });
  return ok;
}

const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
// Vitest runs one file fewer than there are CPUs at a time: one, on a machine
// of two. Many integration files wait on a child process (the real CLI) or on
// the database server, so two at a time is faster even there.
const integrationWorkers = [`--maxWorkers=${Math.max(2, os.availableParallelism() - 1)}`];

step('Type check', 'node', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
step('Architecture check (dependency-cruiser)', 'node', ['node_modules/dependency-cruiser/bin/dependency-cruise.mjs', 'src', '--config', '.dependency-cruiser.cjs']);
step('Unit tests', 'node', [...vitest, '--project', 'unit', ...passthrough]);
step('Integration tests on PGlite (embedded)', 'node', [...vitest, '--project', 'integration', ...integrationWorkers, ...passthrough], { WAYMARK_TEST_DATABASE_URL: '' });

if (findPostgresBin()) {
  let pg;
  try {
    pg = await startPostgres();
    step('Integration tests on PostgreSQL', 'node', [...vitest, '--project', 'integration', ...integrationWorkers, ...passthrough], { WAYMARK_TEST_DATABASE_URL: pg.url });
  } catch (e) {
    process.stdout.write(`Could not start PostgreSQL: ${e.message}\n`);
    results.push({ name: 'Integration tests on PostgreSQL', ok: false, seconds: 0 });
  } finally {
    pg?.stop();
  }
} else {
  process.stdout.write('\n=== Integration tests on PostgreSQL: SKIPPED ===\nThe PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them (Debian: apt-get install postgresql) to run the suite on PostgreSQL too; CI always does.\n');
}

const chromium = process.env.WAYMARK_CHROMIUM || '/usr/bin/chromium';
if (fs.existsSync(chromium) && fs.existsSync('test/browser')) {
  step('Browser tests (Chromium, with axe-core accessibility checks)', 'node', [...vitest, '--project', 'browser', ...passthrough], { WAYMARK_CHROMIUM: chromium });
} else if (fs.existsSync('test/browser')) {
  process.stdout.write(`\n=== Browser tests: SKIPPED ===\nNo Chromium at ${chromium}. Install it (Debian: apt-get install chromium) or set WAYMARK_CHROMIUM; CI always does.\n`);
  if (process.env.CI) results.push({ name: 'Browser tests (Chromium missing on CI)', ok: false, seconds: 0 });
}

process.stdout.write('\n=== Summary ===\n');
for (const r of results) process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)\n`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
