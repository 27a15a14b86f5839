// SPEC 6 and issue 18: the person page of a person with 500 events, measured
// as the page, not as the queue in front of it. Three figures replace the old
// closed-loop "20 users who never pause" p95, which measured the queue:
//   person-page-server-time     the server's own time (Server-Timing), median of
//                               sequential warm requests: ≤ 15 ms
//   person-page-open-loop-p95   p95 at a fixed 20 requests a second, requests
//                               started on schedule whatever the earlier ones
//                               did, timed from the schedule: ≤ 100 ms
//   person-page-throughput      pages a second at saturation (reported)
// and, on PostgreSQL, person-page-throughput-2-workers: the same with
// `waymark serve --workers 2` against 1 worker (once the serve command has
// --workers). Each beside a baseline measured in the same run: the static
// style sheet asked for the same way.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { once } from 'node:events';
import { sql } from 'kysely';
import type { Benchmark, BenchData, BenchResult } from './types.js';
import { benchCookie, startServer } from './server.js';
import { load, type LoadResult } from './load.js';
import { openLoop, sequential } from './open-loop.js';
import { round } from './stats.js';

const SERVER_TIME_BAR_MS = 15;
const OPEN_LOOP_BAR_MS = 100;
const OPEN_LOOP_RATE = 20;
/** The bench person's reference; made once per data set (see benchPerson). */
const PERSON_REF = 'BENCH-500';
const EVENTS = 500;
const STATIC = '/assets/application.css';

/** Sizes, smaller with BENCH_QUICK=1 (a loaded machine, a quick look). */
const quick = process.env.BENCH_QUICK === '1';
const SEQUENTIAL = { warm: quick ? 20 : 50, n: quick ? 100 : 300 };
const OPEN_LOOP_SECONDS = quick ? 10 : 30;
const SATURATION = { connections: 16, seconds: quick ? 5 : 10 };

/**
 * A person with exactly 500 timeline entries the bench user (a police
 * practitioner) may see: a prolific offender's mix of convictions, arrests,
 * charges, intelligence, drug tests, breaches, custody (received and
 * released) and supervision over fifteen years. Made once in the data set
 * (synthetic, like all benchmark data) and found again by its reference.
 */
export async function benchPerson(data: BenchData): Promise<number> {
  const database = await data.open();
  try {
    const db = database.db;
    const existing = await db.selectFrom('people').select('id').where('partnership_id', '=', data.partnershipId).where('person_ref', '=', PERSON_REF).executeTakeFirst();
    if (existing) return existing.id;
    return await db.transaction().execute(async (trx) => {
      const pid = data.partnershipId;
      const person = await trx
        .insertInto('people')
        .values({ partnership_id: pid, person_ref: PERSON_REF, family_name: 'Benchmarkson', given_names: 'Prolific', date_of_birth: '1975-03-14', sex: 'male' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const codes = (await trx.selectFrom('offence_codes').select('code').orderBy('code').limit(40).execute()).map((r) => r.code);
      const code = (i: number) => (codes.length ? codes[i % codes.length]! : ['02800', '03000', '04600', '10500'][i % 4]!);
      const day = (i: number, n: number) => new Date(Date.UTC(1995, 0, 1) + Math.floor(((i + 0.5) / n) * 5800) * 86_400_000).toISOString().slice(0, 10);
      const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
      const base = { partnership_id: pid, person_id: person.id };
      const many = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
      await trx.insertInto('outcomes').values(many(150, (i) => ({ ...base, offence_date: day(i, 150), outcome_date: plus(day(i, 150), 40), outcome: i % 5 === 4 ? ('caution' as const) : ('conviction' as const), offence_code: code(i), offence_code_raw: code(i), disposal: i % 7 === 0 ? ('custody' as const) : ('community' as const), sentence_days: i % 7 === 0 ? 180 : null }))).execute();
      await trx.insertInto('arrests').values(many(150, (i) => ({ ...base, arrest_date: day(i, 150), offence_code: code(i + 3), offence_code_raw: code(i + 3), outcome: i % 3 === 0 ? ('nfa' as const) : ('charged' as const) }))).execute();
      await trx.insertInto('charges').values(many(90, (i) => ({ ...base, charge_date: plus(day(i, 90), 2), offence_code: code(i + 5), offence_code_raw: code(i + 5) }))).execute();
      await trx.insertInto('intelligence_reports').values(many(40, (i) => ({ ...base, report_date: day(i, 40), grading: 'B2', topic: 'Acquisitive crime' }))).execute();
      await trx.insertInto('drug_tests').values(many(30, (i) => ({ ...base, test_date: day(i, 30), opiates: i % 2 === 0, cocaine: i % 3 === 0 }))).execute();
      await trx.insertInto('breaches').values(many(10, (i) => ({ ...base, breach_date: day(i, 10), order_kind: 'community order', outcome: 'warning' }))).execute();
      await trx.insertInto('custody_periods').values(many(10, (i) => ({ ...base, kind: 'sentenced' as const, reception_date: day(i, 10), release_date: plus(day(i, 10), 90), sentence_days: 180, establishment: 'HMP Benchmark (synthetic)' }))).execute();
      await trx.insertInto('supervision_periods').values(many(10, (i) => ({ ...base, kind: 'licence' as const, statutory: true, start_date: plus(day(i, 10), 91), end_date: plus(day(i, 10), 200) }))).execute();
      await sql`ANALYZE people`.execute(trx);
      return person.id;
    });
  } finally {
    await database.close();
  }
}

/** The page, checked: 200, and all 500 entries counted on it. */
async function checkPage(url: string, cookie: string): Promise<void> {
  const res = await fetch(url, { headers: { cookie }, redirect: 'manual' });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`the person page answered ${res.status}, not 200`);
  // The first page of the timeline: the newest 50 of the 500.
  if (!html.includes(`Entries 1 to 50 of ${EVENTS},`)) throw new Error(`the person page does not show the newest 50 of ${EVENTS} timeline entries`);
}

interface Prepared {
  personId: number;
  cookie: string;
}

async function prepare(data: BenchData, log: (m: string) => void): Promise<Prepared> {
  const personId = await benchPerson(data);
  const cookie = await benchCookie(data);
  log(`  person ${personId} (${PERSON_REF}), ${EVENTS} timeline entries`);
  return { personId, cookie };
}

export const personPageServerTime: Benchmark = {
  name: 'person-page-server-time',
  engines: ['pglite', 'postgres'],
  describes: `person page with ${EVENTS} events: the server's time, median of sequential warm requests, ≤ ${SERVER_TIME_BAR_MS} ms`,
  async run({ data, log }) {
    const { personId, cookie } = await prepare(data, log);
    const server = await startServer(data);
    try {
      const url = `${server.url}/people/${personId}`;
      await checkPage(url, cookie);
      const page = await sequential(url, { ...SEQUENTIAL, headers: { cookie } });
      const asset = await sequential(`${server.url}${STATIC}`, SEQUENTIAL);
      log(`  person page: server median ${round(page.server, 2)} ms (p95 ${round(page.serverP95, 2)} ms), client median ${round(page.client, 2)} ms over ${page.requests} requests`);
      log(`  static file: server median ${round(asset.server, 2)} ms, client median ${round(asset.client, 2)} ms`);
      return result(this.name, data, {
        value: round(page.server, 2),
        unit: 'ms',
        bar: SERVER_TIME_BAR_MS,
        baseline: round(asset.server, 2),
        meets: page.server <= SERVER_TIME_BAR_MS,
        note: `client median ${round(page.client, 1)} ms; server p95 ${round(page.serverP95, 1)} ms; baseline: the static file's server time`,
      });
    } finally {
      await server.stop();
    }
  },
};

export const personPageOpenLoop: Benchmark = {
  name: 'person-page-open-loop-p95',
  engines: ['pglite', 'postgres'],
  describes: `person page with ${EVENTS} events at an open-loop ${OPEN_LOOP_RATE} requests/s: p95 ≤ ${OPEN_LOOP_BAR_MS} ms`,
  async run({ data, log }) {
    const { personId, cookie } = await prepare(data, log);
    const server = await startServer(data);
    try {
      const url = `${server.url}/people/${personId}`;
      await checkPage(url, cookie);
      await sequential(url, { warm: 0, n: SEQUENTIAL.warm, headers: { cookie } });
      const page = await openLoop(url, { rate: OPEN_LOOP_RATE, seconds: OPEN_LOOP_SECONDS, headers: { cookie } });
      const asset = await openLoop(`${server.url}${STATIC}`, { rate: OPEN_LOOP_RATE, seconds: Math.min(OPEN_LOOP_SECONDS, 10) });
      log(`  person page: ${page.requests} requests at ${OPEN_LOOP_RATE}/s: p50 ${round(page.p50)} ms, p95 ${round(page.p95)} ms, p99 ${round(page.p99)} ms, max ${round(page.max)} ms; ${page.failures} failed; schedule lag p95 ${round(page.startLagP95)} ms`);
      log(`  static file at ${OPEN_LOOP_RATE}/s: p95 ${round(asset.p95)} ms`);
      return result(this.name, data, {
        value: round(page.p95),
        unit: 'ms',
        bar: OPEN_LOOP_BAR_MS,
        baseline: round(asset.p95),
        meets: page.failures === 0 && page.p95 <= OPEN_LOOP_BAR_MS,
        note: `p50 ${round(page.p50)} ms, p99 ${round(page.p99)} ms over ${page.requests} requests${page.failures ? `; ${page.failures} failed` : ''}; baseline: the static file at the same rate`,
      });
    } finally {
      await server.stop();
    }
  },
};

/** Pages a second with `connections` clients that never pause: the ceiling, not a latency. */
async function saturate(url: string, cookie?: string): Promise<LoadResult> {
  await load(url, { connections: 4, seconds: 2, cookie });
  return load(url, { ...SATURATION, cookie });
}

export const personPageThroughput: Benchmark = {
  name: 'person-page-throughput',
  engines: ['pglite', 'postgres'],
  describes: `person page with ${EVENTS} events: pages a second at saturation (${SATURATION.connections} clients that never pause), one process`,
  async run({ data, log }) {
    const { personId, cookie } = await prepare(data, log);
    const server = await startServer(data);
    try {
      const url = `${server.url}/people/${personId}`;
      await checkPage(url, cookie);
      const page = await saturate(url, cookie);
      const asset = await saturate(`${server.url}${STATIC}`);
      log(`  person page: ${round(page.perSecond)} pages/s (p50 ${round(page.p50)} ms under saturation); static file ${round(asset.perSecond)} /s`);
      const ok = page.non2xx === 0 && page.errors === 0;
      return result(this.name, data, {
        value: round(page.perSecond),
        unit: 'pages/s',
        bar: null,
        baseline: round(asset.perSecond),
        meets: ok,
        ratio: asset.perSecond > 0 ? round(page.perSecond / asset.perSecond, 3) : null,
        note: `reported, no bar; ratio: pages against static files a second${ok ? '' : `; ${page.non2xx} non-2xx, ${page.errors} errors`}`,
      });
    } finally {
      await server.stop();
    }
  },
};

/** Whether `waymark serve` can run several app processes (`--workers N`, issue 18). */
let workersOption: boolean | undefined;
function serveHasWorkers(): boolean {
  if (workersOption === undefined) {
    try {
      const help = execFileSync(process.execPath, [path.resolve('bin/waymark.js'), 'serve', '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
      workersOption = /--workers\b/.test(help);
    } catch {
      workersOption = false;
    }
  }
  return workersOption;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** `waymark serve --workers N` on the data set, as an operator runs it; resolves when it answers. */
async function serveWorkers(data: BenchData, workers: number): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.resolve('bin/waymark.js'), 'serve', '--port', String(port), '--host', '127.0.0.1', '--workers', String(workers)], {
    env: { ...process.env, ...data.env, NODE_ENV: 'development', WAYMARK_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    process.kill(-child.pid!, 'SIGTERM');
    await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`waymark serve --workers ${workers} exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`waymark serve --workers ${workers} did not answer within 2 minutes`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const personPageThroughputWorkers: Benchmark = {
  name: 'person-page-throughput-2-workers',
  engines: ['postgres'],
  describes: 'PostgreSQL: person-page pages a second at saturation with `waymark serve --workers 2`, against --workers 1 in the same run',
  async unavailable() {
    return serveHasWorkers() ? null : 'waits for `waymark serve --workers N` (issue 18, app nodes)';
  },
  async run({ data, log }) {
    const { personId, cookie } = await prepare(data, log);
    const perSecond: Record<number, LoadResult> = {};
    for (const workers of [1, 2]) {
      const server = await serveWorkers(data, workers);
      try {
        const url = `${server.url}/people/${personId}`;
        await checkPage(url, cookie);
        perSecond[workers] = await saturate(url, cookie);
        log(`  --workers ${workers}: ${round(perSecond[workers]!.perSecond)} pages/s (p50 ${round(perSecond[workers]!.p50)} ms under saturation)`);
      } finally {
        await server.stop();
      }
    }
    const one = perSecond[1]!;
    const two = perSecond[2]!;
    const ok = [one, two].every((r) => r.non2xx === 0 && r.errors === 0);
    return result(this.name, data, {
      value: round(two.perSecond),
      unit: 'pages/s',
      bar: null,
      baseline: round(one.perSecond),
      meets: ok,
      ratio: one.perSecond > 0 ? round(two.perSecond / one.perSecond, 2) : null,
      note: `reported, no bar; baseline: --workers 1 (${round(one.perSecond)} pages/s); ratio: 2 workers against 1`,
    });
  },
};

/** A result as results.json carries it: the bar as a number (null: reported only) and whether the value meets it. */
function result(
  name: string,
  data: BenchData,
  r: { value: number; unit: string; bar: number | null; baseline: number | null; meets: boolean; note: string; ratio?: number | null },
): BenchResult {
  const ratio = r.ratio !== undefined ? r.ratio : r.baseline ? round(r.value / r.baseline, 2) : null;
  return { name, engine: data.engine, value: r.value, unit: r.unit, bar: r.bar ?? 'reported', baseline: r.baseline, ratio, pass: r.meets, meets: r.meets, note: r.note };
}

export const personPageBenchmarks: Benchmark[] = [personPageServerTime, personPageOpenLoop, personPageThroughput, personPageThroughputWorkers];
