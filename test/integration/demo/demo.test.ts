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
import { demoCases } from '../../../src/demo/cases.js';

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

  it('writes one audit entry for the collection and one for the timed alerts it raised, and the chain verifies', async () => {
    const entries = await t.db.selectFrom('audit_log').select(['action', 'what', 'details', 'person_ids']).where('partnership_id', '=', r.partnershipId).orderBy('id').execute();
    expect(entries.map((e) => e.action)).toEqual(['collection', 'combination']);
    expect(entries[0]!.what).toBe('demo data generated');
    expect(JSON.parse(entries[0]!.details!).counts.people).toBe(300);
    expect(entries[1]!.what).toBe(`timed alerts raised for ${r.extractDate}`);
    expect(entries[1]!.person_ids!.length).toBeGreaterThan(0);
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

  // ---- issue 15: the case work
  it('opens a case for every scheme membership open on the extract date, with a lead agency, a case manager and a team', async () => {
    const open = await sql<{ n: number }>`SELECT count(*)::int AS n FROM memberships WHERE partnership_id = ${r.partnershipId} AND end_date IS NULL`.execute(t.db);
    const cases = await sql<{ n: number; managed: number; teamed: number }>`
      SELECT count(*)::int AS n, count(case_manager_id)::int AS managed,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_team ct WHERE ct.case_id = c.id AND ct.role = 'lead' AND ct.agency_id = c.lead_agency_id))::int AS teamed
        FROM cases c
        JOIN memberships m ON m.person_id = c.person_id AND m.scheme_id = c.scheme_id AND m.end_date IS NULL
       WHERE c.partnership_id = ${r.partnershipId} AND c.closed_on IS NULL`.execute(t.db);
    expect(open.rows[0]!.n).toBeGreaterThan(5);
    expect(cases.rows[0]).toEqual({ n: open.rows[0]!.n, managed: open.rows[0]!.n, teamed: open.rows[0]!.n });
    expect(r.counts.cases).toBe(open.rows[0]!.n);
  });

  it('gives every demo practitioner a caseload: case manager or named worker on some cases', async () => {
    const rows = await sql<{ username: string; n: number }>`
      SELECT u.username, count(DISTINCT c.id)::int AS n FROM users u
        LEFT JOIN case_team ct ON ct.user_id = u.id
        LEFT JOIN cases c ON (c.id = ct.case_id OR c.case_manager_id = u.id) AND c.closed_on IS NULL
       WHERE u.partnership_id = ${r.partnershipId} AND u.role = 'practitioner'
       GROUP BY u.username ORDER BY u.username`.execute(t.db);
    expect(rows.rows).toHaveLength(8);
    for (const row of rows.rows) expect(row.n, row.username).toBeGreaterThan(0);
  });

  it('rates all seven pathways in every assessment, with initial and follow-up assessments, and gives every plan action a pathway', async () => {
    const bad = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM needs_assessments a WHERE a.partnership_id = ${r.partnershipId}
         AND (SELECT count(*) FROM needs_ratings nr WHERE nr.assessment_id = a.id) <> 7`.execute(t.db);
    expect(bad.rows[0]!.n).toBe(0);
    const kinds = await sql<{ kind: string }>`SELECT DISTINCT kind FROM needs_assessments WHERE partnership_id = ${r.partnershipId} ORDER BY kind`.execute(t.db);
    expect(kinds.rows.map((k) => k.kind)).toEqual(['follow_up', 'initial']);
    const plan = await sql<{ done: number; open: number; overdue: number }>`
      SELECT count(*) FILTER (WHERE status = 'done')::int AS done,
             count(*) FILTER (WHERE status = 'open' AND due_date > '2010-12-31')::int AS open,
             count(*) FILTER (WHERE status = 'open' AND due_date < '2010-12-31')::int AS overdue
        FROM case_actions WHERE partnership_id = ${r.partnershipId} AND kind = 'plan'`.execute(t.db);
    expect(plan.rows[0]!.done).toBeGreaterThan(0);
    expect(plan.rows[0]!.open).toBeGreaterThan(0);
    expect(plan.rows[0]!.overdue).toBeGreaterThan(0);
  });

  it('opens an assertive outreach action due two days after each missed appointment, has someone in outreach now, and one on the disengagement pathway with a route', async () => {
    const missed = await sql<{ missed: number; due: number }>`
      SELECT count(DISTINCT ap.id)::int AS missed,
             count(DISTINCT ap.id) FILTER (WHERE ca.due_date = ap.appointment_date + 2)::int AS due
        FROM appointments ap LEFT JOIN case_actions ca ON ca.appointment_id = ap.id AND ca.kind = 'assertive_outreach'
       WHERE ap.partnership_id = ${r.partnershipId} AND ap.status = 'missed'`.execute(t.db);
    expect(missed.rows[0]!.missed).toBeGreaterThan(0);
    expect(missed.rows[0]!.due).toBeGreaterThan(0);
    const outreachOpen = await sql<{ n: number }>`SELECT count(*)::int AS n FROM case_actions WHERE partnership_id = ${r.partnershipId} AND kind = 'assertive_outreach' AND status = 'open'`.execute(t.db);
    expect(outreachOpen.rows[0]!.n).toBeGreaterThan(0);
    const d = await t.db.selectFrom('disengagements').select(['route', 'route_on', 'appointment_id']).where('partnership_id', '=', r.partnershipId).execute();
    expect(d.length).toBeGreaterThanOrEqual(1);
    for (const x of d) expect(x.route).not.toBeNull();
    const attended = await sql<{ n: number }>`SELECT count(*)::int AS n FROM appointments WHERE partnership_id = ${r.partnershipId} AND status = 'attended'`.execute(t.db);
    expect(attended.rows[0]!.n).toBeGreaterThan(missed.rows[0]!.missed);
  });

  it('writes health notes from the drug service only, and alerts some of which are acknowledged', async () => {
    const notes = await sql<{ kind: string; sensitivity: string }>`
      SELECT DISTINCT a.kind, n.sensitivity FROM case_notes n JOIN agencies a ON a.id = n.agency_id WHERE n.partnership_id = ${r.partnershipId} AND n.sensitivity = 'health'`.execute(t.db);
    expect(notes.rows).toEqual([{ kind: 'drug_service', sensitivity: 'health' }]);
    const alerts = await sql<{ kind: string; acknowledged: boolean }>`SELECT kind, acknowledged_at IS NOT NULL AS acknowledged FROM alerts WHERE partnership_id = ${r.partnershipId}`.execute(t.db);
    expect(alerts.rows.some((a) => a.kind === 'missed_appointment')).toBe(true);
    expect(alerts.rows.some((a) => a.acknowledged)).toBe(true);
    expect(alerts.rows.some((a) => !a.acknowledged)).toBe(true);
  });

  it('holds monthly PPO and IOM panels for a year, whose decisions name memberships that started or ended on or after the meeting', async () => {
    const meetings = await sql<{ n: number; months: number }>`
      SELECT count(*)::int AS n, count(DISTINCT date_trunc('month', meeting_date))::int AS months FROM panel_meetings WHERE partnership_id = ${r.partnershipId}`.execute(t.db);
    expect(meetings.rows[0]).toEqual({ n: 24, months: 12 });
    const decisions = await sql<{ action: string; consistent: boolean }>`
      SELECT d.action,
             CASE d.action WHEN 'select' THEN m.start_date >= pm.meeting_date ELSE m.end_date >= pm.meeting_date END
               AND m.person_id = d.person_id AND m.scheme_id = pm.scheme_id AS consistent
        FROM panel_decisions d JOIN panel_meetings pm ON pm.id = d.meeting_id JOIN memberships m ON m.id = d.membership_id
       WHERE d.partnership_id = ${r.partnershipId}`.execute(t.db);
    const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM panel_decisions WHERE partnership_id = ${r.partnershipId}`.execute(t.db);
    expect(decisions.rows.length).toBe(total.rows[0]!.n);
    expect(decisions.rows.some((x) => x.action === 'select')).toBe(true);
    expect(decisions.rows.some((x) => x.action === 'deselect')).toBe(true);
    expect(decisions.rows.every((x) => x.consistent)).toBe(true);
  });

  it('records how DRR supervision periods ended, and sets DRR targets', async () => {
    const ends = await sql<{ end_kind: string | null; ended: boolean }>`
      SELECT DISTINCT end_kind, end_date IS NOT NULL AS ended FROM supervision_periods WHERE partnership_id = ${r.partnershipId} AND kind = 'drr' ORDER BY 1, 2`.execute(t.db);
    expect(ends.rows.filter((e) => e.ended).map((e) => e.end_kind).sort()).toEqual(['completed', 'early_termination']);
    expect(ends.rows.filter((e) => !e.ended).map((e) => e.end_kind)).toEqual([null]);
    const targets = await t.db.selectFrom('drr_targets').select(['year', 'starts']).where('partnership_id', '=', r.partnershipId).orderBy('year').execute();
    expect(targets.map((x) => x.year)).toEqual(['2009/10', '2010/11']);
  });

  it('generates the same case work from the same seed, and different work from another', async () => {
    const plan = demoPlan(300, 7);
    const a = demoCases(7, [...generatePeople(plan)]);
    const b = demoCases(7, [...generatePeople(plan)]);
    expect(b).toEqual(a);
    expect(a.length).toBe(r.counts.cases);
    const other = demoCases(8, [...generatePeople(demoPlan(300, 8))]);
    expect(other).not.toEqual(a);
    const stored = await sql<{ n: number }>`SELECT count(*)::int AS n FROM appointments WHERE partnership_id = ${r.partnershipId}`.execute(t.db);
    expect(stored.rows[0]!.n).toBe(a.reduce((x, c) => x + c.appointments.length, 0));
  });
});
