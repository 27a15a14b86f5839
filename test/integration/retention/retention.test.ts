// Retention review (SPEC 3.8): records with no activity for the period come up
// for review; erasure leaves nothing about the person in any table (found from
// the catalogue, so a table added later is covered), anonymisation leaves the
// events without anything identifying, and both are logged as erasure by id.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, createPerson, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import type { DB } from '../../../src/db/schema.js';
import type { Actor } from '../../../src/access/actor.js';
import { importFile } from '../../../src/imports/import-file.js';
import { retentionService } from '../../../src/retention/service.js';
import { fixedClock } from '../../../src/calendar/clock.js';
import { tempDir, writeCsv, personRow } from '../imports/files.js';
import { HEADERS, createPpoScheme } from '../imports/dataset.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t?.close();
});

const PLANTED = { family: 'Quillfeather', given: 'Ottoline', pnc: '1991/0099887Q', prison: 'ZX9876', postcode: 'ZZ9 9QQ', alias: 'Brackenbury' };

/** A person with rows in every kind of table, carrying planted identifying values. */
async function richPerson(f: PartnershipFixture, ref: string): Promise<number> {
  const dir = tempDir();
  const files: [string, string[][]][] = [
    ['people', [HEADERS.people, personRow(ref, 9, { family_name: PLANTED.family, given_names: PLANTED.given, pnc_id: PLANTED.pnc, prison_number: PLANTED.prison, postcode: PLANTED.postcode, date_of_birth: '1984-11-23' })]],
    ['outcomes', [HEADERS.outcomes, [ref, '2008-01-01', '2008-02-01', 'conviction', '02801', `Burglary at ${PLANTED.family}'s mother's`, 'custody', '180', 'Northtown Crown Court']]],
    ['arrests', [HEADERS.arrests, [ref, '2007-12-31', '02801', 'charged']]],
    ['intelligence', [HEADERS.intelligence, [ref, '2008-05-01', 'B2', 'drugs supply']]],
    ['drug_tests', [HEADERS.drug_tests, [ref, '2007-12-31', 'positive', 'negative', '02801']]],
    ['custody', [HEADERS.custody, [ref, '2008-02-01', 'sentenced', '180', '2008-05-01', '2008-04-30', 'HMP Example']]],
    ['supervision', [HEADERS.supervision, [ref, '2008-04-30', '2008-10-30', 'licence', 'yes']]],
    ['memberships', [HEADERS.memberships, [ref, 'PPO', 'HIGH', '2008-04-01', '2009-04-01', 'regular review']]],
    ['addresses', [HEADERS.addresses, [ref, '2005-01-01', 'E06000001', PLANTED.postcode]]],
  ];
  for (const [kind, rows] of files) {
    const r = await importFile(t.db, f.operator, { kind: kind as never, path: writeCsv(dir, `${kind}-${ref}.csv`, rows) });
    expect(r.status, kind).toBe('completed');
  }
  const id = Number((await t.db.selectFrom('people').select('id').where('partnership_id', '=', f.partnershipId).where('person_ref', '=', ref).executeTakeFirstOrThrow()).id);
  const user = await createUser(t.db, f, { username: `u${ref}${Date.now()}`, role: 'practitioner', passwordHash: 'x' });
  await sql`INSERT INTO person_aliases (person_id, family_name, given_names) VALUES (${id}, ${PLANTED.alias}, ${PLANTED.given})`.execute(t.db);
  await sql`INSERT INTO person_access (person_id, user_id) VALUES (${id}, ${user.userId})`.execute(t.db);
  await sql`INSERT INTO risk_assessments (partnership_id, person_id, assessment_date, risk_of_serious_harm, notes) VALUES (${f.partnershipId}, ${id}, '2008-06-01', 'high', ${`${PLANTED.family} threatened staff`})`.execute(t.db);
  await sql`INSERT INTO mappa_referrals (partnership_id, person_id, referral_date) VALUES (${f.partnershipId}, ${id}, '2008-06-02')`.execute(t.db);
  // A panel decision that started a membership (its key refers to the membership, which goes too).
  const scheme = await sql<{ id: number }>`SELECT id FROM schemes WHERE partnership_id = ${f.partnershipId} AND code = 'PPO'`.execute(t.db);
  const meeting = await sql<{ id: number }>`INSERT INTO panel_meetings (partnership_id, scheme_id, meeting_date, created_by_label) VALUES (${f.partnershipId}, ${scheme.rows[0]!.id}, ${`2008-04-0${ref === 'E1' ? 1 : 2}`}, 'test') RETURNING id`.execute(t.db);
  const membership = await sql<{ id: number }>`SELECT id FROM memberships WHERE person_id = ${id}`.execute(t.db);
  await sql`INSERT INTO panel_decisions (partnership_id, meeting_id, person_id, item, decision, action, reason, membership_id, decided_by_label)
    VALUES (${f.partnershipId}, ${meeting.rows[0]!.id}, ${id}, 'proposal:select', 'accept', 'select', ${`${PLANTED.family} meets the criteria`}, ${membership.rows[0]!.id}, 'test')`.execute(t.db);
  await sql`INSERT INTO retention_keeps (partnership_id, person_id, reason, review_after) VALUES (${f.partnershipId}, ${id}, 'kept once', '2020-01-01')`.execute(t.db);
  // A second record of the same person, merged into this one, and a possible duplicate of someone else.
  const merged = await createPerson(t.db, f, { ref: `${ref}-old`, family: PLANTED.family, given: PLANTED.given });
  await sql`UPDATE people SET merged_into_id = ${id} WHERE id = ${merged}`.execute(t.db);
  const other = await createPerson(t.db, f, { ref: `${ref}-other` });
  await sql`INSERT INTO possible_duplicates (partnership_id, person_id, other_person_id, reason) VALUES (${f.partnershipId}, ${other}, ${id}, 'same date of birth')`.execute(t.db);
  return id;
}

/** Every column of every table that refers to a person, from the catalogue. */
async function personColumns(db: Kysely<DB>): Promise<{ table_name: string; column_name: string }[]> {
  const r = await sql<{ table_name: string; column_name: string }>`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
    WHERE c.table_schema = current_schema() AND c.column_name LIKE '%person_id' ORDER BY 1, 2`.execute(db);
  return r.rows;
}

/** Where a text appears in any text or JSON column of any table (the audit log included). */
async function whereTextAppears(db: Kysely<DB>, text: string): Promise<string[]> {
  const cols = await sql<{ table_name: string; column_name: string }>`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
    WHERE c.table_schema = current_schema() AND c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`.execute(db);
  const found: string[] = [];
  for (const c of cols.rows) {
    const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(c.table_name)} WHERE ${sql.ref(c.column_name)}::text ILIKE ${`%${text}%`}`.execute(db);
    if (n.rows[0]!.n > 0) found.push(`${c.table_name}.${c.column_name}`);
  }
  return found;
}

const clock = fixedClock(new Date('2026-12-04T12:00:00Z'));

describe('retention decisions', () => {
  it('erases every row about the person, in every table that refers to a person, and logs the erasure by id', async () => {
    const f = await createPartnership(t.db);
    await createPpoScheme(t.db, f);
    const id = await richPerson(f, 'E1');
    const mergedId = Number((await t.db.selectFrom('people').select('id').where('person_ref', '=', 'E1-old').where('partnership_id', '=', f.partnershipId).executeTakeFirstOrThrow()).id);
    const columns = await personColumns(t.db);
    expect(columns.map((c) => c.table_name)).toEqual(expect.arrayContaining(['addresses', 'outcomes', 'person_aliases', 'possible_duplicates', 'retention_keeps']));

    const svc = retentionService({ db: t.db, clock });
    const r = await svc.decide(f.operator, { personRef: 'E1', decision: 'erase', reason: 'no activity for the retention period' });
    expect(r).toMatchObject({ personId: id, decision: 'erase', records: 2 });

    for (const c of columns) {
      if (c.table_name === 'audit_log') continue;
      const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(c.table_name)} WHERE ${sql.ref(c.column_name)} IN (${id}, ${mergedId})`.execute(t.db);
      expect(n.rows[0]!.n, `${c.table_name}.${c.column_name}`).toBe(0);
    }
    expect(await t.db.selectFrom('people').select('id').where('id', 'in', [id, mergedId]).execute()).toEqual([]);
    for (const v of [PLANTED.family, PLANTED.given, PLANTED.pnc, PLANTED.prison, PLANTED.postcode, PLANTED.alias]) {
      expect(await whereTextAppears(t.db, v), v).toEqual([]);
    }
    const entries = await t.db.selectFrom('audit_log').select(['action', 'person_id', 'what', 'justification']).where('partnership_id', '=', f.partnershipId).where('action', '=', 'erasure').execute();
    expect(entries).toEqual([{ action: 'erasure', person_id: id, what: 'retention review: record erased', justification: 'no activity for the retention period' }]);
    // Other people stay.
    expect(await t.db.selectFrom('people').select('person_ref').where('person_ref', '=', 'E1-other').where('partnership_id', '=', f.partnershipId).execute()).toHaveLength(1);
  });

  it('anonymises: the events stay for the figures, with nothing that identifies the person', async () => {
    const f = await createPartnership(t.db);
    await createPpoScheme(t.db, f);
    const id = await richPerson(f, 'A1');
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outcomes WHERE person_id = ${id}`.execute(t.db);

    const svc = retentionService({ db: t.db, clock });
    await svc.decide(f.operator, { personRef: 'A1', decision: 'anonymise', reason: 'kept for statistics only' });

    const p = await t.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(p).toMatchObject({ person_ref: `anonymised-${id}`, family_name: 'Anonymised', given_names: 'Anonymised', postcode: null });
    expect(String(p.date_of_birth).slice(0, 10)).toBe('1984-07-01');
    expect(await t.db.selectFrom('person_identifiers').select('id').where('person_id', '=', id).execute()).toEqual([]);
    expect(await t.db.selectFrom('person_aliases').select('id').where('person_id', '=', id).execute()).toEqual([]);
    expect((await sql<{ n: number }>`SELECT count(*)::int AS n FROM outcomes WHERE person_id = ${id}`.execute(t.db)).rows[0]!.n).toBe(before.rows[0]!.n);
    for (const v of [PLANTED.family, PLANTED.given, PLANTED.pnc, PLANTED.prison, PLANTED.postcode, PLANTED.alias, 'A1-old']) {
      expect(await whereTextAppears(t.db, v), v).toEqual([]);
    }
    const entries = await t.db.selectFrom('audit_log').select(['person_id', 'what']).where('partnership_id', '=', f.partnershipId).where('action', '=', 'erasure').execute();
    expect(entries).toEqual([{ person_id: id, what: 'retention review: record anonymised' }]);
    // An anonymised record is not due again, and cannot be anonymised twice.
    const due = await svc.due(f.operator, { asOf: '2045-01-01' });
    expect(due.records.map((r) => r.personId)).not.toContain(id);
    await expect(svc.decide(f.operator, { personRef: `anonymised-${id}`, decision: 'anonymise', reason: 'again' })).rejects.toThrow(/already anonymised/);
  });

  it('keeps a record with a reason until its next review', async () => {
    const f = await createPartnership(t.db);
    await createPerson(t.db, f, { ref: 'K1' });
    const svc = retentionService({ db: t.db, clock });
    await expect(svc.decide(f.operator, { personRef: 'K1', decision: 'keep', reason: ' ' })).rejects.toThrow(/Give the reason/);
    await expect(svc.decide(f.operator, { personRef: 'K1', decision: 'shred', reason: 'x' })).rejects.toThrow(/keep, erase or anonymise/);
    await expect(svc.decide(f.operator, { personRef: 'NOPE', decision: 'keep', reason: 'x' })).rejects.toThrow(/No person with reference NOPE/);
    const r = await svc.decide(f.operator, { personRef: 'K1', decision: 'keep', reason: 'MAPPA case still open', reviewAfter: '2045-06-01' });
    expect(r).toMatchObject({ decision: 'keep', reviewAfter: '2045-06-01' });
    expect((await svc.due(f.operator, { asOf: '2045-01-01' })).records.map((x) => x.personRef)).not.toContain('K1');
    expect((await svc.due(f.operator, { asOf: '2045-06-01' })).records.map((x) => x.personRef)).toContain('K1');
  });
});

describe('records due for review', () => {
  it('lists records with no activity for the period, as the viewer may see them, and logs the list with every id', async () => {
    const f = await createPartnership(t.db);
    const admin = await createUser(t.db, f, { username: `adm${Date.now()}`, role: 'administrator', passwordHash: 'x' });
    const quiet = await createPerson(t.db, f, { ref: 'Q1' });
    const hidden = await createPerson(t.db, f, { ref: 'R1', restricted: true });
    const busy = await createPerson(t.db, f, { ref: 'B1' });
    await sql`UPDATE people SET created_at = '2010-01-01', updated_at = '2010-01-01' WHERE id IN (${quiet}, ${hidden}, ${busy})`.execute(t.db);
    await sql`INSERT INTO outcomes (partnership_id, person_id, offence_date, outcome_date, outcome, offence_code_raw) VALUES (${f.partnershipId}, ${quiet}, '2011-01-01', '2011-02-01', 'conviction', '02801')`.execute(t.db);
    await sql`INSERT INTO supervision_periods (partnership_id, person_id, start_date, kind, statutory) VALUES (${f.partnershipId}, ${busy}, '2011-01-01', 'licence', true)`.execute(t.db);

    const svc = retentionService({ db: t.db, clock });
    expect(await svc.period(f.operator)).toBe(6);
    const early = await svc.due(f.operator, { asOf: '2017-01-31' });
    expect(early.records.map((r) => r.personRef)).toEqual(['R1']);
    const later = await svc.due(f.operator, { asOf: '2017-02-01' });
    expect(later).toMatchObject({ asOf: '2017-02-01', years: 6, cutoff: '2011-02-01' });
    expect(later.records.map((r) => [r.personRef, r.lastActivity, r.dueOn])).toEqual([
      ['R1', '2010-01-01', '2016-01-01'],
      ['Q1', '2011-02-01', '2017-02-01'],
    ]);
    // An administrator not named on the restricted record does not see it; the operator does.
    const asAdmin = await svc.due(admin as Actor, { asOf: '2017-02-01' });
    expect(asAdmin.records.map((r) => r.personRef)).toEqual(['Q1']);
    const lists = await t.db.selectFrom('audit_log').select(['user_id', 'person_ids', 'action']).where('partnership_id', '=', f.partnershipId).where('what', '=', 'records due for retention review').orderBy('id').execute();
    expect(lists.map((l) => [l.user_id, (l.person_ids ?? []).map(Number)])).toEqual([
      [null, [hidden]],
      [null, [hidden, quiet]],
      [admin.userId, [quiet]],
    ]);
    // A shorter period brings records up sooner; the change is logged.
    await expect(svc.setPeriod(f.operator, { years: 0 })).rejects.toThrow(/from 1 to 100/);
    await svc.setPeriod(f.operator, { years: 5 });
    expect((await svc.due(f.operator, { asOf: '2016-02-01' })).records.map((r) => r.personRef)).toEqual(['R1', 'Q1']);
  });

  it('withholds a last activity that is an intelligence report from an administrator who may not see intelligence', async () => {
    const f = await createPartnership(t.db);
    const housing = await createUser(t.db, f, { username: `hadm${Date.now()}`, role: 'administrator', agency: 'housing', passwordHash: 'x' });
    const police = await createUser(t.db, f, { username: `padm${Date.now()}`, role: 'administrator', agency: 'police', passwordHash: 'x' });
    const id = await createPerson(t.db, f, { ref: 'I1' });
    await sql`UPDATE people SET created_at = '2008-01-01', updated_at = '2008-01-01' WHERE id = ${id}`.execute(t.db);
    await sql`INSERT INTO intelligence_reports (partnership_id, person_id, report_date) VALUES (${f.partnershipId}, ${id}, '2009-05-05')`.execute(t.db);
    const svc = retentionService({ db: t.db, clock });
    const row = async (actor: Actor) => (await svc.due(actor, { asOf: '2020-01-01' })).records.find((r) => r.personRef === 'I1')!;
    expect(await row(f.operator)).toMatchObject({ lastActivity: '2009-05-05', dueOn: '2015-05-05', activityWithheld: null });
    expect(await row(police as Actor)).toMatchObject({ lastActivity: '2009-05-05', dueOn: '2015-05-05', activityWithheld: null });
    const withheld = await row(housing as Actor);
    expect(withheld).toMatchObject({ lastActivity: null, dueOn: null });
    expect(withheld.activityWithheld).toMatch(/intelligence report, drug test or assessment that your agency may not see/);
    expect(JSON.stringify(withheld)).not.toContain('2009-05-05');
  });

  it('is for administrators only', async () => {
    const f = await createPartnership(t.db);
    const analyst = await createUser(t.db, f, { username: `an${Date.now()}`, role: 'analyst', passwordHash: 'x' });
    const svc = retentionService({ db: t.db, clock });
    await expect(svc.due(analyst as Actor)).rejects.toThrow(/Only an administrator may review records for retention/);
    await expect(svc.decide(analyst as Actor, { personRef: 'X', decision: 'erase', reason: 'x' })).rejects.toThrow(/Only an administrator/);
  });
});
