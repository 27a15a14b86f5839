// `npm run bench`: the SPEC section 6 figures on force-scale data, on embedded
// PGlite and on PostgreSQL, each beside its bar and a baseline measured in the
// same run. Writes bench/results.json. Not part of `npm test`.
//   --people N       people in the data set (default 200000, about 4 million events)
//   --only A,B       run only these benchmarks (names as listed by --list)
//   --engine E       pglite, postgres or both (default both when PostgreSQL is available)
//   --list           list the benchmarks and exit
// PostgreSQL: BENCH_DATABASE_URL (an empty database), or a throwaway cluster
// started from the system's binaries (scripts/postgres.mjs).
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { benchmarks } from './registry.js';
import { pgliteData, postgresData } from './data.js';
import type { BenchData, BenchResult, Engine } from './types.js';
import { findPostgresBin, startPostgres, type ThrowawayPostgres } from '../scripts/postgres.mjs';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '200000' },
    only: { type: 'string' },
    engine: { type: 'string', default: 'both' },
    list: { type: 'boolean', default: false },
  },
});

const log = (m: string) => process.stderr.write(m + '\n');

if (values.list) {
  for (const b of benchmarks) {
    const why = (await b.unavailable?.()) ?? null;
    process.stdout.write(`${b.name.padEnd(30)} ${b.engines.join('+').padEnd(16)} ${b.describes}${why ? `  [not yet: ${why}]` : ''}\n`);
  }
  process.exit(0);
}

const people = Number(values.people);
if (!Number.isInteger(people) || people < 1000) {
  log(`--people must be a whole number of at least 1000, not "${values.people}"`);
  process.exit(2);
}
const only = values.only ? values.only.split(',').map((s) => s.trim()) : null;
const unknown = only?.filter((n) => !benchmarks.some((b) => b.name === n)) ?? [];
if (unknown.length) {
  log(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${benchmarks.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
if (!['both', 'pglite', 'postgres'].includes(values.engine!)) {
  log(`--engine must be pglite, postgres or both, not "${values.engine}"`);
  process.exit(2);
}
const selected = benchmarks.filter((b) => !only || only.includes(b.name));

let engines: Engine[] = values.engine === 'both' ? ['pglite', 'postgres'] : [values.engine as Engine];
if (engines.includes('postgres') && !process.env.BENCH_DATABASE_URL && !findPostgresBin()) {
  if (values.engine === 'postgres') {
    log('No PostgreSQL: set BENCH_DATABASE_URL to an empty database, or install the server binaries.');
    process.exit(2);
  }
  log('PostgreSQL is not available (no BENCH_DATABASE_URL and no server binaries): embedded only.');
  engines = ['pglite'];
}

const results: BenchResult[] = [];
const skipped: { name: string; engine: Engine; reason: string }[] = [];
let cluster: ThrowawayPostgres | undefined;

try {
  for (const engine of engines) {
    const todo = selected.filter((b) => b.engines.includes(engine));
    const runnable = [];
    for (const b of todo) {
      const why = (await b.unavailable?.()) ?? null;
      if (why) skipped.push({ name: b.name, engine, reason: why });
      else runnable.push(b);
    }
    if (!runnable.length) continue;
    log(`\n== ${engine === 'pglite' ? 'Embedded PGlite' : 'PostgreSQL'} ==`);
    let data: BenchData;
    if (engine === 'pglite') data = await pgliteData(people, log);
    else {
      let url = process.env.BENCH_DATABASE_URL;
      if (!url) {
        cluster = await startPostgres({ workMem: '128MB' });
        url = cluster.url;
      }
      data = await postgresData(url, people, log);
    }
    for (const b of runnable) {
      log(`${b.name}: ${b.describes}`);
      try {
        results.push(await b.run({ data, log }));
      } catch (e: any) {
        log(`  FAILED: ${e.message}`);
        results.push({ name: b.name, engine, value: NaN, unit: '', bar: '', baseline: null, ratio: null, pass: false, note: `error: ${e.message}` });
      }
    }
  }
} finally {
  cluster?.stop();
}

const fmt = (n: number | null) => (n === null || Number.isNaN(n) ? '–' : n.toLocaleString('en-GB'));
const barText = (r: BenchResult) => (typeof r.bar === 'number' ? `≤ ${fmt(r.bar)} ${r.unit}` : r.bar);
const rows = results.map((r) => [r.pass ? 'pass' : 'FAIL', r.name, r.engine, `${fmt(r.value)} ${r.unit}`, barText(r), fmt(r.baseline), r.ratio === null ? '–' : `${r.ratio}×`, r.note ?? '']);
const head = ['', 'benchmark', 'engine', 'value', 'bar', 'baseline', 'ratio', 'note'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
process.stdout.write(`\nWaymark benchmarks: ${people.toLocaleString('en-GB')} people, ${os.cpus().length} cores, Node ${process.version}\n`);
process.stdout.write(line(head) + '\n' + rows.map(line).join('\n') + '\n');
for (const s of skipped) process.stdout.write(`not yet  ${s.name} (${s.engine}): ${s.reason}\n`);

const out = path.resolve('bench/results.json');
fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), people, cores: os.cpus().length, node: process.version, results: results.map((r) => ({ ...r, meets: r.meets ?? r.pass })), notYet: skipped }, null, 2) + '\n');
process.stdout.write(`\nWritten to ${path.relative(process.cwd(), out)}.\n`);
process.exit(results.every((r) => r.pass) ? 0 : 1);
