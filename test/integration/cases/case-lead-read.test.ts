// A person can have two open cases on two schemes, each led by a different
// agency; the person's lead (people.lead_agency_id) is that of the first. A
// read of the case shown (the newest open one) and of its appointments is
// the lead's own read for the agency that leads that case, and for any other
// agency a disclosure that needs an agreement with that case's lead (SPEC 3.8,
// 3.9), on every door. Before, the case's own lead agency was refused its case
// unless it had an agreement with the person's lead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { addPerson, createScheme } from '../selection/support.js';
import type { Actor } from '../../../src/access/actor.js';
import { recordTestAgreement } from '../../support/fixtures.js';

const TODAY = '2010-06-30';
let t: TestDatabase;
let ta: TestApp;
let person: number;
let appointment: number;
const actor = (u: string): Actor => ({ userId: ta.users[u]!.userId, partnershipId: ta.f.partnershipId, role: 'practitioner', agencyKind: null, label: u });

beforeAll(async () => {
  t = await testDatabase();
  // No information-sharing agreement between any two agencies.
  ta = await testApp(
    t,
    [
      { username: 'copper', role: 'practitioner', agency: 'police' },
      { username: 'hugh', role: 'practitioner', agency: 'housing' },
      { username: 'olivia', role: 'practitioner', agency: 'probation' },
    ],
    {},
    { agreement: false },
  );
  const db = t.db;
  await db.updateTable('partnerships').set({ data_as_of: TODAY }).where('id', '=', ta.f.partnershipId).execute();
  const ppo = await createScheme(db, ta.f, 'PPO', 10);
  const iom = await createScheme(db, ta.f, 'IOM', 10);
  person = await addPerson(db, ta.f, { ref: 'TWOLEADS', memberSince: { schemeId: ppo.id, start: '2010-01-01' } });
  await db.insertInto('memberships').values({ partnership_id: ta.f.partnershipId, person_id: person, scheme_id: iom.id, start_date: '2010-01-01' }).execute();
  const op = ta.f.operator;
  // The first case, on PPO, led by the police, makes the police the person's lead; the second, newer, on IOM, is led by housing.
  await ta.app.services.cases.open(op, { personId: person }, { schemeCode: 'PPO', leadAgency: 'POLICE', openedOn: '2010-02-01' });
  await ta.app.services.cases.open(op, { personId: person }, { schemeCode: 'IOM', leadAgency: 'HOUSING', openedOn: '2010-03-01' });
  const lead = await db.selectFrom('people').select('lead_agency_id').where('id', '=', person).executeTakeFirstOrThrow();
  expect(lead.lead_agency_id).toBe(ta.f.agencies.police);
  const iomCase = await db.selectFrom('cases').select('id').where('person_id', '=', person).where('scheme_id', '=', iom.id).executeTakeFirstOrThrow();
  appointment = (
    await db
      .insertInto('appointments')
      .values({ partnership_id: ta.f.partnershipId, case_id: iomCase.id, person_id: person, appointment_date: TODAY, purpose: 'Tenancy review', agency_id: ta.f.agencies.housing, created_by_label: 'test' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

async function lastEntry() {
  const row = await t.db.selectFrom('audit_log').select(['action', 'what', 'details']).where('person_id', '=', person).orderBy('id', 'desc').executeTakeFirstOrThrow();
  return { ...row, details: JSON.parse(row.details ?? '{}') as Record<string, unknown> };
}

describe('a person with two open cases led by two agencies', () => {
  it("lets the agency leading the case shown read it and its appointments as the lead, with no agreement, on the web, the API and the CLI's service", async () => {
    const view = await ta.app.services.cases.view(actor('hugh'), { personId: person }, { channel: 'cli' });
    expect(view?.lead.agencyId).toBe(ta.f.agencies.housing);
    expect(await lastEntry()).toMatchObject({ action: 'consultation', what: 'viewed case', details: { channel: 'cli', agreementId: null } });
    const hugh = await signInAs(ta.app, 'hugh');
    const page = await ta.app.inject({ method: 'GET', url: `/people/${person}/case`, headers: { cookie: cookieHeader(hugh.jar) } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Tenancy review');
    expect(await lastEntry()).toMatchObject({ action: 'consultation', details: { channel: 'web', agreementId: null } });
    await ta.app.services.appointments.view(actor('hugh'), appointment);
    expect(await lastEntry()).toMatchObject({ action: 'consultation', what: 'viewed an appointment', details: { agreementId: null } });
  });

  it("lets the person's lead read the case too, as the lead", async () => {
    await ta.app.services.cases.view(actor('copper'), { personId: person }, { channel: 'api' });
    expect(await lastEntry()).toMatchObject({ action: 'consultation', details: { channel: 'api', agreementId: null } });
    await ta.app.services.appointments.view(actor('copper'), appointment);
    expect(await lastEntry()).toMatchObject({ action: 'consultation', what: 'viewed an appointment' });
  });

  it("refuses any other agency without an agreement with the case's lead, and names that agency", async () => {
    // The refusal names the lead of the case read; each door's advice names the two agencies' codes.
    const named = { message: expect.stringContaining('Test housing (HOUSING), which leads'), advice: { api: expect.stringContaining('["PROBATION", "HOUSING"]'), cli: expect.stringContaining('--parties PROBATION,HOUSING') } };
    await expect(ta.app.services.cases.view(actor('olivia'), { personId: person }, { channel: 'api' })).rejects.toMatchObject(named);
    await expect(ta.app.services.appointments.view(actor('olivia'), appointment)).rejects.toMatchObject(named);
  });
});

// The lists of case work (caseloads, alerts, overdue actions on the home page)
// follow the same rule as the case: an agency on a case's team that may not
// open it for want of an agreement with its lead does not see it listed, its
// manager, dates, actions or alerts; only how many of its cases are not listed.
describe('the lists of an agency on the team of a case it may not open', () => {
  it('leave the case, its alerts and its overdue actions out until an agreement is in force, and say how many cases are not listed', async () => {
    // Probation joins the police-led PPO case (olivia named on it), with an overdue action and an alert addressed to the team.
    const ppoCase = await t.db.selectFrom('cases').innerJoin('schemes', 'schemes.id', 'cases.scheme_id').select('cases.id').where('cases.person_id', '=', person).where('schemes.code', '=', 'PPO').executeTakeFirstOrThrow();
    await t.db.insertInto('case_team').values({ case_id: ppoCase.id, agency_id: ta.f.agencies.probation, user_id: ta.users.olivia!.userId, role: 'offender manager', added_on: '2010-03-01' }).execute();
    await t.db
      .insertInto('case_actions')
      .values({ partnership_id: ta.f.partnershipId, case_id: ppoCase.id, person_id: person, kind: 'plan', pathway: 'accommodation', description: 'Find a hostel place', owner_agency_id: ta.f.agencies.probation, due_date: '2010-06-01', created_by_label: 'test' })
      .execute();
    await t.db.insertInto('alerts').values({ partnership_id: ta.f.partnershipId, person_id: person, case_id: ppoCase.id, kind: 'arrested', raised_on: TODAY, detail: 'Arrested for burglary', dedupe_key: 'test:withheld', recipients: ['team'] }).execute();

    const olivia = actor('olivia');
    const before = await ta.app.services.cases.caseload(olivia, { view: 'team' });
    expect(before.cases).toEqual([]);
    expect(before.counts).toEqual({ mine: 0, team: 0, today: 0 });
    expect(before.withheldForAgreement).toBe(1);
    expect((await ta.app.services.alerts.list(olivia)).alerts).toEqual([]);
    expect(await ta.app.services.alerts.unacknowledgedCount(olivia)).toBe(0);
    expect((await ta.app.services.alerts.overdueActions(olivia, TODAY)).count).toBe(0);
    const session = await signInAs(ta.app, 'olivia');
    const page = await ta.app.inject({ method: 'GET', url: '/caseload?view=team', headers: { cookie: cookieHeader(session.jar) } });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('TWOLEADS');
    expect(page.body).toContain("1 open case of yours or your team&#39;s is not listed: your agency may not open it until an information-sharing agreement");
    const home = await ta.app.inject({ method: 'GET', url: '/', headers: { cookie: cookieHeader(session.jar) } });
    expect(home.body).not.toContain('Find a hostel place');
    expect(home.body).not.toContain('Testperson');

    // Once probation and the police have an agreement, the case and all it carries are listed.
    await recordTestAgreement(t.db, ta.f.partnershipId, [ta.f.agencies.probation, ta.f.agencies.police]);
    const after = await ta.app.services.cases.caseload(olivia, { view: 'team' });
    expect(after.cases.map((c) => c.personRef)).toEqual(['TWOLEADS']);
    expect(after.withheldForAgreement).toBe(0);
    expect((await ta.app.services.alerts.list(olivia)).alerts.map((a) => a.detail)).toContain('Arrested for burglary');
    expect((await ta.app.services.alerts.overdueActions(olivia, TODAY)).count).toBe(1);
  });
});
