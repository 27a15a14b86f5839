// `npm test`: the whole suite.
//  1. type check;
//  2. architecture check: the layering of src/ (.dependency-cruiser.cjs,
//     docs/architecture.md);
//  3. unit tests;
//  4. integration tests on embedded PGlite;
//  5. the same integration tests on a throwaway PostgreSQL cluster, when the
//     system's binaries (initdb, pg_ctl) are found; said clearly when skipped;
//  6. browser tests in Chromium, when /usr/bin/chromium (or WAYMARK_CHROMIUM) exists.
// Exits non-zero if any step fails. Ends with the tests that failed, each with
// the first lines of its error, then one "N passed, N failed" line: CI may
// keep only the end of the output, long after a failure scrolled past.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPostgresBin, startPostgres } from './postgres.mjs';

const results = [];
const passthrough = process.argv.slice(2);

const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-test-reports-'));

async function step(name, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const t0 = Date.now();
  // A vitest step also writes its results as JSON, read back for the recap.
  const report = cmd === 'node' && args[0] === vitest[0] ? path.join(reports, `${results.length}.json`) : undefined;
  const full = report ? [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`] : args;
  const { status, tail } = await run(cmd, full, { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...env });
  const ok = status === 0;
  let failures = [];
  if (!ok) {
    failures = failuresIn(report);
    if (!failures.length) failures = errorsIn(tail);
  }
  results.push({ name, ok, seconds: (Date.now() - t0) / 1000, failures });
  return ok;
}

/** Runs a command, its output passed straight through; resolves with its exit status and its last lines. */
function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'pipe'], env });
    const tail = [];
    let partial = '';
    const keep = (chunk) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) tail.push(l.replace(/\x1b\[[0-9;]*m/g, ''));
      if (tail.length > 2000) tail.splice(0, tail.length - 1000);
    };
    child.stdout.on('data', (c) => (process.stdout.write(c), keep(c)));
    child.stderr.on('data', (c) => (process.stderr.write(c), keep(c)));
    child.on('error', (e) => tail.push(`could not start ${cmd}: ${e.message}`));
    child.on('close', (code) => resolve({ status: code ?? 1, tail: [...tail, partial] }));
  });
}

/**
 * What went wrong in a step with no failed test to name: vitest's unhandled
 * errors (a worker that died, an error between tests), or the type checker's
 * and the architecture check's errors; else the step's last lines.
 */
function errorsIn(lines) {
  const text = meaningful(lines);
  const unhandled = text.findIndex((l) => /Unhandled (Error|Rejection)/.test(l));
  if (unhandled >= 0) return [text.slice(unhandled, unhandled + 10).join('\n      ')];
  const errors = text.filter((l) => /error TS\d+|\berror\b|✖/i.test(l)).slice(0, 10);
  return errors.length ? errors : [text.slice(-8).join('\n      ')];
}

/** Lines that say something: not blank, not vitest's boilerplate, no stack frame outside this project. */
function meaningful(lines) {
  const noise = /^\s*(at |❯ ).*(node_modules|node:|<anonymous>)|^Vitest caught|^This might cause false positive/;
  return lines.filter((l) => l.trim() && !noise.test(l));
}

/** The failed tests in a vitest JSON report, as "file > test: first lines of the error". */
function failuresIn(report) {
  if (!report || !fs.existsSync(report)) return [];
  try {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    const out = [];
    const brief = (text) => meaningful(String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n')).slice(0, 6).join('\n      ');
    for (const file of json.testResults ?? []) {
      const where = path.relative(process.cwd(), file.name);
      const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
      for (const a of failed) out.push(`${where} > ${a.fullName}\n      ${brief(a.failureMessages?.[0])}`);
      // A file can fail without a failed test: a hook, an import, a worker that died.
      if (!failed.length && file.status === 'failed') out.push(`${where}\n      ${brief(file.message)}`);
    }
    return out;
  } catch (e) {
    return [`(the results in ${report} could not be read: ${e.message})`];
  }
}

// Vitest runs one file fewer than there are CPUs at a time: one, on a machine
// of two. Many integration files wait on a child process (the real CLI) or on
// the database server, so two at a time is faster even there.
const integrationWorkers = [`--maxWorkers=${Math.max(2, os.availableParallelism() - 1)}`];

await step('Type check', 'node', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
await step('Architecture check (dependency-cruiser)', 'node', ['node_modules/dependency-cruiser/bin/dependency-cruise.mjs', 'src', '--config', '.dependency-cruiser.cjs']);
await step('Unit tests', 'node', [...vitest, '--project', 'unit', ...passthrough]);
await step('Integration tests on PGlite (embedded)', 'node', [...vitest, '--project', 'integration', ...integrationWorkers, ...passthrough], { WAYMARK_TEST_DATABASE_URL: '' });

if (findPostgresBin()) {
  let pg;
  try {
    pg = await startPostgres();
    await step('Integration tests on PostgreSQL', 'node', [...vitest, '--project', 'integration', ...integrationWorkers, ...passthrough], { WAYMARK_TEST_DATABASE_URL: pg.url });
  } catch (e) {
    process.stdout.write(`Could not start PostgreSQL: ${e.message}\n`);
    results.push({ name: 'Integration tests on PostgreSQL', ok: false, seconds: 0, failures: [`could not start PostgreSQL: ${e.message}`] });
  } finally {
    pg?.stop();
  }
} else {
  process.stdout.write('\n=== Integration tests on PostgreSQL: SKIPPED ===\nThe PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them (Debian: apt-get install postgresql) to run the suite on PostgreSQL too; CI always does.\n');
}

const chromium = process.env.WAYMARK_CHROMIUM || '/usr/bin/chromium';
if (fs.existsSync(chromium) && fs.existsSync('test/browser')) {
  await step('Browser tests (Chromium, with axe-core accessibility checks)', 'node', [...vitest, '--project', 'browser', ...passthrough], { WAYMARK_CHROMIUM: chromium });
} else if (fs.existsSync('test/browser')) {
  process.stdout.write(`\n=== Browser tests: SKIPPED ===\nNo Chromium at ${chromium}. Install it (Debian: apt-get install chromium) or set WAYMARK_CHROMIUM; CI always does.\n`);
  if (process.env.CI) results.push({ name: 'Browser tests (Chromium missing on CI)', ok: false, seconds: 0, failures: [`no Chromium at ${chromium}`] });
}

fs.rmSync(reports, { recursive: true, force: true });
process.stdout.write('\n=== Summary ===\n');
for (const r of results) {
  process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)\n`);
  const failures = r.failures ?? [];
  for (const f of failures.slice(0, 20)) process.stdout.write(`    ${f}\n`);
  if (failures.length > 20) process.stdout.write(`    ...and ${failures.length - 20} more\n`);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
