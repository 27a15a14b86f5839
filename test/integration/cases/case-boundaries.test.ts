// The edges of a case that a review of issue 15 found open: a caseload counts
// only what its reader may see on the case; appointments are recorded only by
// agencies on the case's team; a team member cannot hand the lead (and with it
// the health detail) to their own agency; a non-lead agency's API read of a
// case is a disclosure under an agreement; the case closes when the membership
// it manages ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, type TestApp } from '../../support/app.js';
import { addPerson, createScheme } from '../selection/support.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import type { Actor } from '../../../src/access/actor.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvLine } from '../../../src/db/statements.js';

const TODAY = '2010-06-30';
let t: TestDatabase;
let ta: TestApp;
let personId: number;
let schemeId: number;
const AGENCY = { probation: 'probation', officer: 'police', housing: 'housing' } as const;
const as = (u: keyof typeof AGENCY): Actor => ({ userId: ta.users[u]!.userId, partnershipId: ta.f.partnershipId, role: 'practitioner', agencyKind: AGENCY[u], agencyId: ta.f.agencies[AGENCY[u]], label: u });

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'probation', role: 'practitioner', agency: 'probation' },
    { username: 'officer', role: 'practitioner', agency: 'police' },
    { username: 'housing', role: 'practitioner', agency: 'housing' },
  ]);
  await t.db.updateTable('partnerships').set({ data_as_of: TODAY }).where('id', '=', ta.f.partnershipId).execute();
  schemeId = (await createScheme(t.db, ta.f, 'PPO', 10)).id;
  personId = await addPerson(t.db, ta.f, { ref: 'EDGE0001', memberSince: { schemeId, start: '2010-01-01' } });
  const cases = ta.app.services.cases;
  await cases.open(ta.f.operator, { personId }, { schemeCode: 'PPO', leadAgency: ta.f.agencies.probation, openedOn: '2010-02-01' });
  await cases.setTeamMember(ta.f.operator, { personId }, { agency: ta.f.agencies.police, role: 'police officer' });
  // A health action and a positive drug test alert, both overdue or unacknowledged.
  const c = await t.db.selectFrom('cases').select('id').where('person_id', '=', personId).executeTakeFirstOrThrow();
  await t.db
    .insertInto('case_actions')
    .values({ partnership_id: ta.f.partnershipId, case_id: c.id, person_id: personId, kind: 'plan', pathway: 'drugs_alcohol', description: 'Script review', owner_agency_id: ta.f.agencies.drug_service, due_date: '2010-06-01', created_by_label: 'test' })
    .execute();
  await t.db
    .insertInto('alerts')
    .values({ partnership_id: ta.f.partnershipId, person_id: personId, case_id: c.id, kind: 'positive_drug_test', raised_on: '2010-06-20', detail: 'Positive for opiates', dedupe_key: 'edge:1' })
    .execute();
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

describe('the edges of a case', () => {
  it("counts on a caseload only the actions and alerts its reader may see on the case", async () => {
    const police = await ta.app.services.cases.caseload(as('officer'), { view: 'team' });
    const row = police.cases.find((r) => r.personRef === 'EDGE0001')!;
    expect(row.overdueActions).toBe(0);
    expect(row.unacknowledgedAlerts).toBe(1); // a police officer may see drug tests
    const probation = await ta.app.services.cases.caseload(as('probation'), { view: 'team' });
    const lead = probation.cases.find((r) => r.personRef === 'EDGE0001')!;
    expect(lead.overdueActions).toBe(1); // the lead sees the health detail
    expect(lead.unacknowledgedAlerts).toBe(0); // but not drug tests
  });

  it('refuses an appointment from an agency not on the team', async () => {
    await expect(ta.app.services.appointments.record(as('housing'), { personId }, { date: '2010-06-29', purpose: 'Tenancy', status: 'missed' })).rejects.toThrow(/team/);
    const rows = await t.db.selectFrom('appointments').select('id').where('person_id', '=', personId).execute();
    expect(rows).toEqual([]);
  });

  it("refuses a team member handing the lead to their own agency", async () => {
    await expect(ta.app.services.cases.changeLead(as('officer'), { personId }, { leadAgency: ta.f.agencies.police })).rejects.toThrow(/lead agency, a scheme manager or an administrator/);
    expect((await t.db.selectFrom('people').select('lead_agency_id').where('id', '=', personId).executeTakeFirstOrThrow()).lead_agency_id).toBe(ta.f.agencies.probation);
  });

  it("makes a non-lead agency's API read of the case a disclosure under the agreement", async () => {
    const token = await createApiToken(t.db, ta.users.officer!.userId, 'edge', { scope: 'read' });
    const res = await ta.app.inject({ method: 'GET', url: '/api/v1/people/EDGE0001/case', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    const entry = await t.db.selectFrom('audit_log').select(['action', 'details']).where('person_id', '=', personId).where('what', '=', 'viewed case').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.action).toBe('disclosure');
    expect(typeof entry.details === 'string' ? JSON.parse(entry.details) : entry.details).toMatchObject({ channel: 'api', agreementId: expect.any(Number) });
  });

  it('addresses a missed appointment to the lead and the agency it was with, not the whole team', async () => {
    await ta.app.services.cases.setTeamMember(ta.f.operator, { personId }, { agency: ta.f.agencies.housing, role: 'housing officer' });
    await ta.app.services.appointments.record(as('officer'), { personId }, { date: '2010-06-28', purpose: 'Reporting', status: 'missed', agencyId: ta.f.agencies.police });
    const kinds = async (u: keyof typeof AGENCY) => (await ta.app.services.alerts.list(as(u))).alerts.map((a) => a.kind);
    expect(await kinds('officer')).toContain('missed_appointment');
    expect(await kinds('probation')).toContain('missed_appointment');
    expect(await kinds('housing')).not.toContain('missed_appointment');
  });

  it('closes the case when a memberships import ends the membership', async () => {
    const other = await addPerson(t.db, ta.f, { ref: 'EDGE0002', memberSince: { schemeId, start: '2010-01-01' } });
    await ta.app.services.cases.open(ta.f.operator, { personId: other }, { schemeCode: 'PPO', leadAgency: ta.f.agencies.probation, openedOn: '2010-02-01' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-edge-'));
    const file = path.join(dir, 'memberships.csv');
    fs.writeFileSync(file, [['person_ref', 'scheme', 'start_date', 'end_date', 'end_reason'], ['EDGE0002', 'PPO', '2010-01-01', '2010-06-20', 'moved_area']].map((r) => csvLine(r)).join(''));
    const r = await ta.app.services.imports.importFile(ta.f.operator, { kind: 'memberships', path: file });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe('completed');
    const c = await t.db.selectFrom('cases').select('closed_on').where('person_id', '=', other).executeTakeFirstOrThrow();
    expect(c.closed_on).toBe('2010-06-20');
  });

  it('closes the case when the membership ends, so it leaves the caseloads', async () => {
    await t.db.updateTable('memberships').set({ end_date: '2010-06-15', end_reason: 'stopped_offending' }).where('person_id', '=', personId).execute();
    const c = await t.db.selectFrom('cases').select(['closed_on', 'version']).where('person_id', '=', personId).executeTakeFirstOrThrow();
    expect(c.closed_on).toBe('2010-06-15');
    const after = await ta.app.services.cases.caseload(as('probation'), { view: 'team' });
    expect(after.cases.map((r) => r.personRef)).not.toContain('EDGE0001');
  });
});
