// createDemoPartnership on a real database (PGlite, or PostgreSQL when
// WAYMARK_TEST_DATABASE_URL is set): what it stores matches what it reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { createDemoPartnership, databaseIsEmpty, DemoExistsError, type DemoResult } from '../../../src/demo/service.js';
import { DEMO_TABLES } from '../../../src/demo/load.js';
import { verifyPassword } from '../../../src/access/passwords.js';
import { verifyAuditChain } from '../../../src/access/audit.js';
import { generatePeople, demoPlan } from '../../../src/demo/generate.js';

let t: TestDatabase;
let r: DemoResult;
const progress: number[] = [];

let emptyBefore: boolean;

beforeAll(async () => {
  t = await testDatabase();
  emptyBefore = await databaseIsEmpty(t);
  // A small chunk size so that several COPY chunks are exercised.
  r = await createDemoPartnership(t, {
    people: 300,
    seed: 7,
    chunkChars: 64 * 1024,
    actorLabel: 'test',
    onProgress: (p) => progress.push(p.people),
  });
});
afterAll(async () => t?.close());

async function count(table: keyof typeof DEMO_TABLES): Promise<number> {
  const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE partnership_id = ${r.partnershipId}`.execute(t.db);
  return row.rows[0]!.n;
}

describe('createDemoPartnership', () => {
  it('stores exactly the rows it reports, for every table', async () => {
    for (const table of Object.keys(DEMO_TABLES) as (keyof typeof DEMO_TABLES)[]) {
      expect(await count(table), table).toBe(r.counts[table]);
    }
    expect(r.counts.people).toBe(300);
    expect(r.counts.events).toBeGreaterThan(300 * 10);
  });

  // (Embedded only: on PostgreSQL any other transaction open on the cluster at
  // the time can keep VACUUM from marking the new pages, and autovacuum does
  // it later.)
  it.runIf(testEngine === 'pglite')('leaves the loaded event tables vacuumed, so index-only scans read no table pages', async () => {
    const r = await sql<{ relname: string; all: boolean }>`
      SELECT relname, relallvisible > 0 AND relallvisible = relpages AS all FROM pg_class WHERE relname IN ('arrests', 'intelligence_reports') ORDER BY relname`.execute(t.db);
    expect(r.rows).toEqual([
      { relname: 'arrests', all: true },
      { relname: 'intelligence_reports', all: true },
    ]);
  });

  it('stores what the pure generator generates', async () => {
    const people = [...generatePeople(demoPlan(300, 7))];
    expect(r.counts.outcomes).toBe(people.reduce((a, p) => a + p.outcomes.length, 0));
    expect(r.counts.memberships).toBe(people.reduce((a, p) => a + p.memberships.length, 0));
    const first = await t.db.selectFrom('people').select(['person_ref', 'family_name', 'date_of_birth']).where('partnership_id', '=', r.partnershipId).orderBy('id').executeTakeFirstOrThrow();
    expect(first.person_ref).toBe('DEMO-000001');
    expect(first.family_name).toBe(people[0]!.familyName);
  });

  it('sees the fresh database as empty before, and not after', async () => {
    expect(emptyBefore).toBe(true);
    expect(await databaseIsEmpty(t)).toBe(false);
  });

  it('reports progress up to the whole pool', () => {
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(300);
  });

  it('creates two fictional areas, all eight agencies, and the three schemes covering both areas', async () => {
    const areas = await t.db.selectFrom('areas').select('code').where('partnership_id', '=', r.partnershipId).orderBy('code').execute();
    expect(areas.map((a) => a.code)).toEqual(['X99000001', 'X99000002']);
    const agencies = await t.db.selectFrom('agencies').select('kind').where('partnership_id', '=', r.partnershipId).execute();
    expect(new Set(agencies.map((a) => a.kind)).size).toBe(8);
    const schemes = await t.db
      .selectFrom('schemes')
      .leftJoin('scheme_areas', 'scheme_areas.scheme_id', 'schemes.id')
      .select(['schemes.code', 'schemes.capacity', (eb) => eb.fn.count<number>('scheme_areas.area_id').as('areas')])
      .where('schemes.partnership_id', '=', r.partnershipId)
      .groupBy(['schemes.code', 'schemes.capacity'])
      .orderBy('schemes.code')
      .execute();
    expect(schemes).toEqual([
      { code: 'DRR', capacity: r.capacity.DRR, areas: 2 },
      { code: 'IOM', capacity: r.capacity.IOM, areas: 2 },
      { code: 'PPO', capacity: r.capacity.PPO, areas: 2 },
    ]);
  });

  it('records an open information-sharing agreement between all its agencies, so its disclosures work as before', async () => {
    const agreements = await t.db.selectFrom('sharing_agreements').select(['id', 'start_date', 'end_date']).where('partnership_id', '=', r.partnershipId).execute();
    expect(agreements).toEqual([expect.objectContaining({ start_date: '2005-01-01', end_date: null })]);
    const parties = await t.db.selectFrom('sharing_agreement_parties').select('agency_id').where('agreement_id', '=', agreements[0]!.id).execute();
    const agencies = await t.db.selectFrom('agencies').select('id').where('partnership_id', '=', r.partnershipId).execute();
    expect(parties.map((p) => p.agency_id).sort()).toEqual(agencies.map((a) => a.id).sort());
  });

  it('creates sign-ins whose printed passwords verify against the stored argon2id hashes', async () => {
    expect(r.signIns).toHaveLength(12);
    const roles = new Set(r.signIns.map((s) => s.role));
    expect(roles).toEqual(new Set(['practitioner', 'scheme_manager', 'analyst', 'board_member', 'administrator']));
    for (const s of r.signIns.slice(0, 3)) {
      const u = await t.db.selectFrom('users').select(['password_hash', 'role']).where('username', '=', s.username).executeTakeFirstOrThrow();
      expect(u.password_hash).toMatch(/^\$argon2id\$/);
      expect(u.role).toBe(s.role);
      expect(await verifyPassword(u.password_hash, s.password)).toBe(true);
    }
  });

  it('has no overlapping memberships, custody or supervision (checked in SQL)', async () => {
    const m = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM memberships a JOIN memberships b
        ON a.person_id = b.person_id AND a.scheme_id = b.scheme_id AND a.id < b.id
       AND daterange(a.start_date, a.end_date, '[)') && daterange(b.start_date, b.end_date, '[)')
      WHERE a.partnership_id = ${r.partnershipId}`.execute(t.db);
    expect(m.rows[0]!.n).toBe(0);
    const c = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM custody_periods a JOIN custody_periods b
        ON a.person_id = b.person_id AND a.id < b.id
       AND daterange(a.reception_date, a.release_date, '[)') && daterange(b.reception_date, b.release_date, '[)')
      WHERE a.partnership_id = ${r.partnershipId}`.execute(t.db);
    expect(c.rows[0]!.n).toBe(0);
    expect(r.counts.custody_periods).toBeGreaterThan(0);
    expect(r.counts.memberships).toBeGreaterThan(0);
  });

  it('refers only to its own people, schemes, tiers and strands (the fast load skips per-row foreign-key checks)', async () => {
    for (const table of Object.keys(DEMO_TABLES).filter((x) => x !== 'people')) {
      const orphans = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM ${sql.table(table)} x
        LEFT JOIN people p ON p.id = x.person_id AND p.partnership_id = x.partnership_id
        WHERE x.partnership_id = ${r.partnershipId} AND p.id IS NULL`.execute(t.db);
      expect(orphans.rows[0]!.n, table).toBe(0);
    }
    const bad = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM memberships m
      LEFT JOIN schemes s ON s.id = m.scheme_id AND s.partnership_id = m.partnership_id
      LEFT JOIN tiers t ON t.id = m.tier_id AND t.scheme_id = m.scheme_id
      LEFT JOIN strands st ON st.id = m.strand_id AND st.scheme_id = m.scheme_id
      WHERE m.partnership_id = ${r.partnershipId}
        AND (s.id IS NULL OR (m.tier_id IS NOT NULL AND t.id IS NULL) OR (m.strand_id IS NOT NULL AND st.id IS NULL))`.execute(t.db);
    expect(bad.rows[0]!.n).toBe(0);
  });

  it('links addresses inside the partnership to its areas and leaves those outside unlinked', async () => {
    const rows = await sql<{ inside: boolean; linked: boolean; n: number }>`
      SELECT area_code IN ('X99000001', 'X99000002') AS inside, area_id IS NOT NULL AS linked, count(*)::int AS n
      FROM addresses WHERE partnership_id = ${r.partnershipId} GROUP BY 1, 2 ORDER BY 1, 2`.execute(t.db);
    for (const row of rows.rows) expect(row.inside).toBe(row.linked);
  });

  it('writes one audit entry for the collection, and the chain verifies', async () => {
    const entries = await t.db.selectFrom('audit_log').select(['action', 'what', 'details']).where('partnership_id', '=', r.partnershipId).execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.action).toBe('collection');
    expect(entries[0]!.what).toBe('demo data generated');
    expect(JSON.parse(entries[0]!.details!).counts.people).toBe(300);
    expect(await verifyAuditChain(t.db)).toBeNull();
  });

  it('leaves the people id sequence past the reserved block, so later inserts work', async () => {
    const row = await t.db
      .insertInto('people')
      .values({ partnership_id: r.partnershipId, person_ref: 'LATER-1', family_name: 'Laterson', given_names: 'Test', date_of_birth: '1990-01-01', sex: 'male' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const max = await sql<{ id: number }>`SELECT max(id)::int AS id FROM people WHERE person_ref <> 'LATER-1'`.execute(t.db);
    expect(row.id).toBeGreaterThan(max.rows[0]!.id);
  });

  it('refuses to run again for the same code, and changes nothing', async () => {
    const before = await count('outcomes');
    await expect(createDemoPartnership(t, { people: 10, seed: 7 })).rejects.toBeInstanceOf(DemoExistsError);
    expect(await count('outcomes')).toBe(before);
  });

  it('creates a second demo partnership under another code, with its own usernames, and passes the foreign-key checks', async () => {
    const second = await createDemoPartnership(t, { people: 200, seed: 8, code: 'DEMO2', checkForeignKeys: true });
    expect(second.partnershipId).not.toBe(r.partnershipId);
    expect(second.signIns[0]!.username).toBe('demo2.admin');
    const refs = await t.db.selectFrom('people').select('person_ref').where('partnership_id', '=', second.partnershipId).orderBy('id').limit(1).execute();
    expect(refs[0]!.person_ref).toBe('DEMO2-000001');
  });
});
