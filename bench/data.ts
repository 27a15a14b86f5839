// The force-scale data for the benchmarks (SPEC 4: 200,000 people, about 4
// million events), on each engine. Uses the demo generator when it exists
// (src/demo/service.ts createDemoPartnership); until then, bulk-loads seeded
// synthetic people, outcomes and arrests with COPY. The embedded data folder is
// cached under bench/data/ (git-ignored) and reused by later runs.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrationFiles } from '../src/db/migrate.js';
import { copyInto, csvLine } from '../src/db/statements.js';
import { hashPassword } from '../src/access/passwords.js';
import { loadAuditKey } from '../src/access/audit-key.js';

/** The audit key the benchmark's databases and its child processes share. */
function benchKey(file: string) {
  return loadAuditKey({ file, production: false }).key;
}
import type { BenchData, Engine } from './types.js';

export const BENCH_USER = 'bench-officer';
export const BENCH_PASSWORD = 'bench password, synthetic data only';
const PERSON_EVENTS = 500;
const DATA_VERSION = 'v2';

interface Manifest {
  partnershipId: number;
  people: number;
  events: number;
  personId: number;
  source: 'demo' | 'synthetic';
}

/** mulberry32: a small seeded generator, so every run builds the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const isoDay = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * DAY).toISOString().slice(0, 10);
const CODES = ['02800', '03000', '04600', '04500', '03400', '10500', '05800', '09200', '00800', '01000'];

function schemaHash(): string {
  const h = crypto.createHash('sha256');
  for (const f of migrationFiles()) h.update(f);
  return h.digest('hex').slice(0, 10);
}

async function tryDemo(database: Database, people: number, log: (m: string) => void): Promise<Manifest | null> {
  const modulePath = '../src/demo/service.js';
  let mod: any;
  try {
    mod = await import(/* @vite-ignore */ modulePath);
  } catch {
    return null;
  }
  if (typeof mod.createDemoPartnership !== 'function') return null;
  let shown = 0;
  const result = await mod.createDemoPartnership(database, {
    people,
    code: 'BENCH',
    actorLabel: 'bench',
    onProgress: (p: { people: number; total: number }) => {
      if (p.people - shown >= 50_000 || p.people === p.total) log(`  ${p.people.toLocaleString('en-GB')} of ${p.total.toLocaleString('en-GB')} people`), (shown = p.people);
    },
  });
  const partnershipId: number = result?.partnershipId;
  if (!partnershipId) return null;
  return { partnershipId, people, events: Number(result.counts?.events ?? 0), personId: 0, source: 'demo' };
}

/** Loads seeded synthetic people and events: a heavy tail, ~20 events a head on average. */
async function loadSynthetic(database: Database, people: number, log: (m: string) => void): Promise<Manifest> {
  const db = database.db;
  const rnd = random(20090401);
  const p = await db.insertInto('partnerships').values({ code: 'BENCH', name: 'Benchmark partnership (synthetic)', data_as_of: '2009-06-30' }).returning('id').executeTakeFirstOrThrow();
  const pid = p.id;
  await db.insertInto('areas').values([{ partnership_id: pid, code: 'E06000901', name: 'Benchtown' }]).execute();
  const t0 = Date.now();
  const CHUNK = 50_000;
  for (let start = 0; start < people; start += CHUNK) {
    let csv = '';
    for (let i = start; i < Math.min(people, start + CHUNK); i++) {
      csv += csvLine([pid, `B${String(i).padStart(7, '0')}`, `Benchperson${i % 997}`, `Given${i % 89}`, isoDay(-Math.floor(rnd() * 14000) - 5000), rnd() < 0.85 ? 'male' : 'female']);
    }
    await copyInto(db, 'people', ['partnership_id', 'person_ref', 'family_name', 'given_names', 'date_of_birth', 'sex'], csv);
  }
  const first = await db.selectFrom('people').select((eb) => eb.fn.min('id').as('min')).where('partnership_id', '=', pid).executeTakeFirstOrThrow();
  const firstId = Number(first.min);
  log(`  ${people.toLocaleString('en-GB')} people in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  let events = 0;
  let outcomes = '';
  let arrests = '';
  const flush = async (force: boolean) => {
    if (outcomes.length > 24e6 || (force && outcomes)) {
      await copyInto(db, 'outcomes', ['partnership_id', 'person_id', 'offence_date', 'outcome_date', 'outcome', 'offence_code', 'offence_code_raw', 'disposal', 'sentence_days'], outcomes);
      outcomes = '';
    }
    if (arrests.length > 24e6 || (force && arrests)) {
      await copyInto(db, 'arrests', ['partnership_id', 'person_id', 'arrest_date', 'offence_code', 'offence_code_raw', 'outcome'], arrests);
      arrests = '';
    }
  };
  for (let i = 0; i < people; i++) {
    const personId = firstId + i;
    // The first person has exactly PERSON_EVENTS events, for the person page.
    const n = i === 0 ? PERSON_EVENTS : rnd() < 0.1 ? 50 + Math.floor(rnd() * 200) : Math.floor(rnd() * 11);
    for (let k = 0; k < n; k++) {
      const day = Math.floor(rnd() * 3450);
      const code = CODES[Math.floor(rnd() * CODES.length)]!;
      if (k % 5 < 3) {
        const custody = rnd() < 0.1;
        outcomes += csvLine([pid, personId, isoDay(day), isoDay(day + 30 + Math.floor(rnd() * 90)), rnd() < 0.8 ? 'conviction' : 'caution', code, code, custody ? 'custody' : 'community', custody ? 30 + Math.floor(rnd() * 700) : null]);
      } else {
        arrests += csvLine([pid, personId, isoDay(day), code, code, rnd() < 0.6 ? 'charged' : 'nfa']);
      }
      events++;
    }
    await flush(false);
    if (i % 50_000 === 49_999) log(`  ${(i + 1).toLocaleString('en-GB')} people's events (${events.toLocaleString('en-GB')}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await flush(true);
  log(`  ${events.toLocaleString('en-GB')} events in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await sql`ANALYZE`.execute(db);
  return { partnershipId: pid, people, events, personId: firstId, source: 'synthetic' };
}

async function ensureUser(database: Database, partnershipId: number): Promise<void> {
  const db = database.db;
  const existing = await db.selectFrom('users').select('id').where('username', '=', BENCH_USER).executeTakeFirst();
  if (existing) return;
  // The demo has its own police agency; the synthetic data has none yet.
  const agency =
    (await db.selectFrom('agencies').select('id').where('partnership_id', '=', partnershipId).where('code', '=', 'POLICE').executeTakeFirst()) ??
    (await db.insertInto('agencies').values({ partnership_id: partnershipId, code: 'POLICE', name: 'Bench police', kind: 'police' }).returning('id').executeTakeFirstOrThrow());
  await db
    .insertInto('users')
    .values({ partnership_id: partnershipId, agency_id: agency.id, username: BENCH_USER, display_name: 'Bench officer', password_hash: await hashPassword(BENCH_PASSWORD), role: 'practitioner' })
    .execute();
}

async function build(database: Database, people: number, log: (m: string) => void): Promise<Manifest> {
  const manifest = (await tryDemo(database, people, log)) ?? (await loadSynthetic(database, people, log));
  await ensureUser(database, manifest.partnershipId);
  if (!manifest.personId) {
    // The demo's busiest person stands in for "a person with 500 events".
    const busiest = await database.db
      .selectFrom('outcomes')
      .select(['person_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('partnership_id', '=', manifest.partnershipId)
      .groupBy('person_id')
      .orderBy('n', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    manifest.personId = busiest.person_id;
  }
  return manifest;
}

/** The manifest of benchmark data already in a database (events counted as the demo counts them). */
async function describe(database: Database, partnershipId: number): Promise<Manifest> {
  const r = await sql<{ people: number; events: number; person_id: number }>`
    SELECT (SELECT count(*)::int FROM people WHERE partnership_id = ${partnershipId} AND person_ref <> 'BENCH-500') AS people, -- not person-page.ts's own person
           (SELECT count(*)::int FROM outcomes WHERE partnership_id = ${partnershipId})
         + (SELECT count(*)::int FROM arrests WHERE partnership_id = ${partnershipId})
         + (SELECT count(*)::int FROM charges WHERE partnership_id = ${partnershipId})
         + (SELECT count(*)::int FROM intelligence_reports WHERE partnership_id = ${partnershipId})
         + (SELECT count(*)::int FROM drug_tests WHERE partnership_id = ${partnershipId})
         + (SELECT count(*)::int FROM required_assessments WHERE partnership_id = ${partnershipId})
         + (SELECT count(*)::int FROM breaches WHERE partnership_id = ${partnershipId}) AS events,
           (SELECT person_id FROM outcomes WHERE partnership_id = ${partnershipId} GROUP BY person_id ORDER BY count(*) DESC LIMIT 1) AS person_id`.execute(database.db);
  const row = r.rows[0]!;
  return { partnershipId, people: row.people, events: row.events, personId: row.person_id, source: 'demo' };
}

/** The embedded data folder for N people, built once and reused. */
export async function pgliteData(people: number, log: (m: string) => void): Promise<BenchData> {
  const dir = path.resolve('bench/data', `pglite-${people}-${schemaHash()}-${DATA_VERSION}`);
  const manifestFile = path.join(dir, 'bench.json');
  let manifest: Manifest;
  if (fs.existsSync(manifestFile)) {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    log(`Reusing the embedded data in ${path.relative(process.cwd(), dir)} (${manifest.people.toLocaleString('en-GB')} people, ${manifest.events.toLocaleString('en-GB')} events).`);
  } else {
    fs.rmSync(dir, { recursive: true, force: true });
    log(`Building the embedded data for ${people.toLocaleString('en-GB')} people in ${path.relative(process.cwd(), dir)}…`);
    const database = await openDatabase({ dataDir: path.join(dir, 'pgdata'), plugins: [benchKey(`${path.join(dir, 'pgdata')}.audit-key`)] });
    try {
      manifest = await build(database, people, log);
    } finally {
      await database.close();
    }
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  }
  const dataDir = path.join(dir, 'pgdata');
  return {
    engine: 'pglite',
    open: () => openDatabase({ dataDir, plugins: [benchKey(`${dataDir}.audit-key`)] }),
    env: { WAYMARK_DATA: dataDir, DATABASE_URL: '', WAYMARK_AUDIT_KEY_FILE: `${dataDir}.audit-key` },
    ...manifest,
    username: BENCH_USER,
  };
}

/** PostgreSQL data for N people in the database at `url` (built fresh when empty). */
export async function postgresData(url: string, people: number, log: (m: string) => void): Promise<BenchData> {
  const keyFile = path.resolve('bench/data/postgres-audit.key');
  const database = await openDatabase({ databaseUrl: url, plugins: [benchKey(keyFile)] });
  let manifest: Manifest;
  try {
    const existing = await database.db.selectFrom('partnerships').select('id').where('code', '=', 'BENCH').executeTakeFirst();
    if (existing) {
      // A database prepared by an earlier run (BENCH_DATABASE_URL): reuse it when it has the same number of people.
      manifest = await describe(database, existing.id);
      if (manifest.people !== people) throw new Error(`The PostgreSQL database at ${database.location} already has benchmark data for ${manifest.people} people, not ${people}; give the benchmark an empty database.`);
      log(`Reusing the PostgreSQL data (${manifest.people.toLocaleString('en-GB')} people, ${manifest.events.toLocaleString('en-GB')} events).`);
    } else {
      log(`Building the PostgreSQL data for ${people.toLocaleString('en-GB')} people…`);
      manifest = await build(database, people, log);
    }
  } finally {
    await database.close();
  }
  return {
    engine: 'postgres',
    open: () => openDatabase({ databaseUrl: url, plugins: [benchKey(keyFile)] }),
    env: { DATABASE_URL: url, WAYMARK_DATA: '', WAYMARK_AUDIT_KEY_FILE: keyFile },
    ...manifest,
    username: BENCH_USER,
  };
}
