// A real streaming replica (issue 18), started from the system's binaries:
// `pg_basebackup -R` from the test cluster, then a hot standby following its
// WAL. The heavy reads (here NI30) go to the replica once it has caught up,
// and their figures equal the primary's; what they record goes to the
// primary, which is the only one that takes writes; and a replica that lags
// is passed over for the primary, so a figure is never stale. PostgreSQL pass
// only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kysely, sql } from 'kysely';
import { findPostgresBin, startReplica, type ThrowawayPostgres } from '../../../scripts/postgres.mjs';
import { openDatabase, type Database } from '../../../src/db/database.js';
import { createPool, PgDialect } from '../../../src/db/pg-driver.js';
import { caughtUpReader, registerReplica } from '../../../src/db/replica.js';
import type { DB } from '../../../src/db/schema.js';
import { createServices } from '../../../src/services.js';
import { loadConfig } from '../../../src/config.js';
import { systemClock } from '../../../src/calendar/clock.js';
import { testAuditKey, testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { createPartnership, createPerson, type PartnershipFixture } from '../../support/fixtures.js';
import { addMembership, addOutcomes, createScheme, spread, type OutcomeSpec } from '../performance/helpers.js';
import { addPerson, createScheme as createSelectionScheme } from '../selection/support.js';

const reason = testEngine !== 'postgres' ? 'runs on the PostgreSQL pass only' : !findPostgresBin() ? 'no PostgreSQL server binaries' : '';

let t: TestDatabase;
let f: PartnershipFixture;
let replicaCluster: ThrowawayPostgres | undefined;
/** The replica as the app opens it (DATABASE_REPLICA_URL). */
let opened: Database | undefined;
/** The same replica through a Kysely that counts its queries. */
let counted: Kysely<DB> | undefined;
let queriesOnReplica = 0;

const replicaUrlOf = (dbUrl: string) => {
  const u = new URL(dbUrl);
  u.port = String(replicaCluster!.port);
  return u.toString();
};

/** Waits until the replica has replayed all the primary has written (pg_last_wal_replay_lsn ≥ pg_current_wal_lsn). */
async function caughtUp(replica: Kysely<DB>) {
  const lsn = (await sql<{ lsn: string }>`SELECT pg_current_wal_insert_lsn()::text AS lsn`.execute(t.db)).rows[0]!.lsn;
  for (let i = 0; i < 300; i++) {
    const r = await sql<{ ok: boolean | null }>`SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS ok`.execute(replica);
    if (r.rows[0]?.ok) return;
    await new Promise((res) => setTimeout(res, 20));
  }
  throw new Error(`the replica did not replay up to ${lsn}`);
}

beforeAll(async () => {
  if (reason) return;
  t = await testDatabase();
  // Copied before the data exist: they reach the replica by streaming.
  replicaCluster = await startReplica({ url: process.env.WAYMARK_TEST_DATABASE_URL! });
  f = await createPartnership(t.db);
  const ppo = await createScheme(t.db, f, 'PPO');
  const rows: OutcomeSpec[] = [];
  for (let i = 0; i < 12; i++) {
    const id = await createPerson(t.db, f, { ref: `R${i}` });
    await addMembership(t.db, f, ppo, id, '2007-01-01');
    spread(4 + (i % 3), '2007-04-01', 360).forEach((d) => rows.push({ personId: id, offenceDate: d }));
    if (i < 7) spread(2, '2008-05-01', 200).forEach((d) => rows.push({ personId: id, offenceDate: d }));
  }
  await addOutcomes(t.db, f, rows);
  // A small selection pool on a scheme of its own.
  await t.db
    .insertInto('offence_groups')
    .values([
      { group_code: '028', description: 'Burglary in a dwelling', category: 'Burglary', ogrs3_category: 'burglary_domestic', neighbourhood_crime: true },
      { group_code: '046', description: 'Shoplifting', category: 'Theft', ogrs3_category: 'theft_non_motor' },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
  const sel = await createSelectionScheme(t.db, f, 'SEL', 2);
  await addPerson(t.db, f, { ref: 'P1', offences: [['2010-05-01', '2010-06-01', '02800'], ['2010-03-01', '2010-04-01', '02801']], arrests: ['2010-05-01'], memberSince: { schemeId: sel.id, start: '2009-01-01' } });
  await addPerson(t.db, f, { ref: 'P2', offences: [['2010-06-01', '2010-06-20', '04600'], ['2010-04-01', '2010-05-01', '04600'], ['2010-02-01', '2010-03-01', '04600']], positiveTests: ['2010-06-01'] });
  await addPerson(t.db, f, { ref: 'P3', offences: [['2009-10-01', '2009-11-01', '04600'], ['2009-09-01', '2009-10-01', '04600']] });
  opened = await openDatabase({ databaseUrl: t.url!, replicaUrl: replicaUrlOf(t.url!), migrate: false, poolSize: 3, plugins: [testAuditKey] });
  counted = new Kysely<DB>({
    dialect: new PgDialect(createPool(replicaUrlOf(t.url!), 3)),
    plugins: [testAuditKey],
    log: (e) => {
      if (e.level === 'query') queriesOnReplica++;
    },
  });
  registerReplica(counted, t.db);
}, 60_000);

afterAll(async () => {
  await counted?.destroy();
  await opened?.close();
  replicaCluster?.stop();
  await t?.close();
});

const ni30Input = { schemeCode: 'PPO', year: '2008/09', ceiling: 0.16 };
const config = () => loadConfig({});
const withoutResultId = <T extends { resultId: number }>({ resultId: _r, ...rest }: T) => rest;

describe.skipIf(Boolean(reason))('heavy reads from a streaming replica', () => {
  it('opens the replica beside the primary (DATABASE_REPLICA_URL), read-only', async () => {
    expect(opened!.replica).toBeDefined();
    expect(opened!.location).toContain('replica');
    const r = await sql<{ standby: boolean }>`SELECT pg_is_in_recovery() AS standby`.execute(opened!.replica!);
    expect(r.rows[0]!.standby).toBe(true);
    // The replica refuses a write; the primary takes it.
    await expect(sql`UPDATE schemes SET name = name WHERE partnership_id = ${f.partnershipId}`.execute(opened!.replica!)).rejects.toMatchObject({ code: '25006' });
    await sql`UPDATE schemes SET name = name WHERE partnership_id = ${f.partnershipId}`.execute(opened!.db);
  });

  it('reads NI30 on the replica once caught up: the same figures as the primary, the result stored on the primary', async () => {
    const onPrimary = createServices({ database: t, clock: systemClock, config: config() });
    const viaReplica = createServices({ database: { ...t, replica: counted }, clock: systemClock, config: config() });
    const viaOpened = createServices({ database: opened!, clock: systemClock, config: config() });
    const primary = await onPrimary.performance.ni30(f.operator, ni30Input);
    await caughtUp(counted!);
    const before = queriesOnReplica;
    const replicated = await viaReplica.performance.ni30(f.operator, ni30Input);
    expect(queriesOnReplica - before).toBeGreaterThan(3); // the catch-up check, and the measure's reads
    expect(withoutResultId(replicated)).toEqual(withoutResultId(primary));
    expect(replicated.cohortSize).toBe(12);
    expect(withoutResultId(await viaOpened.performance.ni30(f.operator, ni30Input))).toEqual(withoutResultId(primary));
    // The result, and its audit entry, were written to the primary.
    const stored = await t.db.selectFrom('performance_results').select(['id', 'measure']).where('id', '=', replicated.resultId).executeTakeFirst();
    expect(stored).toEqual({ id: replicated.resultId, measure: 'ni30' });
    const audit = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE (details::jsonb)->>'resultId' = ${String(replicated.resultId)}`.execute(t.db);
    expect(audit.rows[0]!.n).toBe(1);
  });

  it('reads a selection run\'s features on the replica: the same ranking as the primary, the run stored on the primary', async () => {
    const onPrimary = createServices({ database: t, clock: systemClock, config: config() });
    const viaReplica = createServices({ database: { ...t, replica: counted }, clock: systemClock, config: config() });
    const primary = await onPrimary.selection.runSelection(f.operator, { schemeCode: 'SEL', asOf: '2010-06-30' });
    await caughtUp(counted!);
    const before = queriesOnReplica;
    const replicated = await viaReplica.selection.runSelection(f.operator, { schemeCode: 'SEL', asOf: '2010-06-30' });
    expect(queriesOnReplica - before).toBeGreaterThan(1);
    const ranking = (r: typeof primary) => r.results.map((x) => [x.personRef, x.score, x.rank]);
    expect(ranking(replicated)).toEqual(ranking(primary));
    expect(ranking(primary).length).toBeGreaterThan(1);
    expect(replicated.runId).not.toBe(primary.runId);
    const stored = await t.db.selectFrom('selection_runs').select('id').where('id', '=', replicated.runId!).executeTakeFirst();
    expect(stored).toEqual({ id: replicated.runId });
  });

  it('passes over a replica that lags for the primary: a figure read just after a write includes it', async () => {
    const viaReplica = createServices({ database: { ...t, replica: counted }, clock: systemClock, config: config() });
    const before = await viaReplica.performance.ni30(f.operator, ni30Input);
    await sql`SELECT pg_wal_replay_pause()`.execute(counted!);
    try {
      // Written on the primary while the replica replays nothing.
      const late = await createPerson(t.db, f, { ref: 'LATE' });
      const ppo = (await t.db.selectFrom('schemes').select('id').where('partnership_id', '=', f.partnershipId).where('code', '=', 'PPO').executeTakeFirstOrThrow()).id;
      await addMembership(t.db, f, ppo, late, '2007-01-01');
      await addOutcomes(t.db, f, spread(5, '2007-05-01', 300).map((d) => ({ personId: late, offenceDate: d })));
      expect(await caughtUpReader(counted!, 200)).toBe(t.db);
      const after = await viaReplica.performance.ni30(f.operator, ni30Input);
      expect(after.cohortSize).toBe(before.cohortSize + 1);
      expect(after.baseline).toBe(before.baseline + 5);
    } finally {
      await sql`SELECT pg_wal_replay_resume()`.execute(counted!);
    }
    await caughtUp(counted!);
    expect(await caughtUpReader(counted!)).toBe(counted);
  }, 30_000);
});
