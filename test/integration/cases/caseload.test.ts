// Caseloads (issue 15): mine (case manager or named worker), my team's (my
// agency on the team) and needs action today (actions due or overdue,
// unacknowledged alerts, appointments today), with filters and sorting; a
// restricted person only for the users named on them; every list logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { addPerson, createScheme } from '../selection/support.js';
import type { Actor } from '../../../src/access/actor.js';

const TODAY = '2010-06-30';
let t: TestDatabase;
let ta: TestApp;
const ids: Record<string, number> = {};
const actor = (u: string, role: Actor['role'] = 'practitioner'): Actor => ({ userId: ta.users[u]!.userId, partnershipId: ta.f.partnershipId, role, agencyKind: null, label: u });

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'olivia', role: 'practitioner', agency: 'probation' },
    { username: 'peter', role: 'practitioner', agency: 'probation' },
    { username: 'dora', role: 'practitioner', agency: 'drug_service' },
    { username: 'hugh', role: 'practitioner', agency: 'housing' },
    { username: 'board', role: 'board_member', agency: 'local_authority' },
  ]);
  const db = t.db;
  const p = ta.f.partnershipId;
  await db.updateTable('partnerships').set({ data_as_of: TODAY }).where('id', '=', p).execute();
  const ppo = await createScheme(db, ta.f, 'PPO', 10);
  const iom = await createScheme(db, ta.f, 'IOM', 10);
  const op = ta.f.operator;
  const open = async (ref: string, family: string, scheme: { id: number }, code: string, lead: string, manager: string | null) => {
    ids[ref] = await addPerson(db, ta.f, { ref, memberSince: { schemeId: scheme.id, start: '2010-01-01' } });
    await db.updateTable('people').set({ family_name: family }).where('id', '=', ids[ref]!).execute();
    await ta.app.services.cases.open(op, { personRef: ref }, { schemeCode: code, leadAgency: lead, caseManager: manager, openedOn: '2010-02-01' });
  };
  // Olivia manages A (overdue action) and B (nothing due); Peter manages C, with Dora named on its team;
  // D is on IOM, led by the drug service, an appointment today; R is restricted, managed by Olivia, named for her only.
  await open('CLA', 'Abbott', ppo, 'PPO', 'PROBATION', 'olivia');
  await open('CLB', 'Bennett', ppo, 'PPO', 'PROBATION', 'olivia');
  await open('CLC', 'Carter', ppo, 'PPO', 'PROBATION', 'peter');
  await open('CLD', 'Dixon', iom, 'IOM', 'DRUG_SERVICE', null);
  await open('CLR', 'Restrictedperson', ppo, 'PPO', 'PROBATION', 'olivia');
  await ta.app.services.cases.setTeamMember(op, { personRef: 'CLC' }, { agency: 'DRUG_SERVICE', role: 'drug worker', worker: 'dora' });
  await ta.app.services.cases.addAction(op, { personRef: 'CLA' }, { pathway: 'accommodation', description: 'Housing referral', ownerAgency: 'HOUSING', dueDate: '2010-06-20' });
  await ta.app.services.cases.addAction(op, { personRef: 'CLB' }, { pathway: 'accommodation', description: 'Later', ownerAgency: 'HOUSING', dueDate: '2010-08-20' });
  await ta.app.services.cases.addAction(op, { personRef: 'CLR' }, { pathway: 'accommodation', description: 'Overdue too', ownerAgency: 'HOUSING', dueDate: '2010-06-01' });
  const caseD = await db.selectFrom('cases').select('id').where('person_id', '=', ids.CLD!).executeTakeFirstOrThrow();
  await db.insertInto('appointments').values({ partnership_id: p, case_id: caseD.id, person_id: ids.CLD!, appointment_date: TODAY, purpose: 'Key work', agency_id: ta.f.agencies.drug_service, created_by_label: 'test' }).execute();
  const caseC = await db.selectFrom('cases').select('id').where('person_id', '=', ids.CLC!).executeTakeFirstOrThrow();
  await db.insertInto('alerts').values({ partnership_id: p, person_id: ids.CLC!, case_id: caseC.id, kind: 'arrested', raised_on: TODAY, detail: 'Arrested', dedupe_key: 'test:1' }).execute();
  await db.updateTable('people').set({ restricted: true }).where('id', '=', ids.CLR!).execute();
  await db.insertInto('person_access').values({ person_id: ids.CLR!, user_id: ta.users.olivia!.userId }).execute();
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const refs = (c: { cases: { personRef: string }[] }) => c.cases.map((r) => r.personRef);

describe('the three views', () => {
  it("mine: the cases I manage or am named on, the restricted one included for the user named on it", async () => {
    const c = await ta.app.services.cases.caseload(actor('olivia'), { sort: 'person' });
    expect(refs(c)).toEqual(['CLA', 'CLB', 'CLR']);
    expect(c.cases[0]).toMatchObject({ overdueActions: 1, nextDue: '2010-06-20', caseManager: 'olivia', lead: 'Test probation', scheme: 'PPO' });
    expect(refs(await ta.app.services.cases.caseload(actor('dora')))).toEqual(['CLC']);
  });

  it("my team's: every case my agency is on; a restricted person only for the named user", async () => {
    expect(refs(await ta.app.services.cases.caseload(actor('peter'), { view: 'team', sort: 'person' }))).toEqual(['CLA', 'CLB', 'CLC']);
    const olivia = await ta.app.services.cases.caseload(actor('olivia'), { view: 'team', sort: 'person' });
    expect(refs(olivia)).toEqual(['CLA', 'CLB', 'CLC', 'CLR']);
    expect(olivia.counts).toEqual({ mine: 3, team: 4, today: 3 });
    const peter = await ta.app.services.cases.caseload(actor('peter'), { view: 'team' });
    expect(peter.counts).toEqual({ mine: 1, team: 3, today: 2 });
    expect(refs(await ta.app.services.cases.caseload(actor('dora'), { view: 'team', sort: 'person' }))).toEqual(['CLC', 'CLD']);
    expect(refs(await ta.app.services.cases.caseload(actor('hugh'), { view: 'team' }))).toEqual([]);
  });

  it('needs action today: overdue or due actions, unacknowledged alerts, appointments today', async () => {
    expect(refs(await ta.app.services.cases.caseload(actor('peter'), { view: 'today', sort: 'person' }))).toEqual(['CLA', 'CLC']);
    expect(refs(await ta.app.services.cases.caseload(actor('dora'), { view: 'today', sort: 'person' }))).toEqual(['CLC', 'CLD']);
  });

  it('filters by scheme and lead agency, and sorts either way', async () => {
    expect(refs(await ta.app.services.cases.caseload(actor('dora'), { view: 'team', scheme: 'IOM' }))).toEqual(['CLD']);
    expect(refs(await ta.app.services.cases.caseload(actor('dora'), { view: 'team', lead: 'PROBATION' }))).toEqual(['CLC']);
    expect(refs(await ta.app.services.cases.caseload(actor('olivia'), { view: 'team', sort: 'person', order: 'desc' }))).toEqual(['CLR', 'CLC', 'CLB', 'CLA']);
    expect(refs(await ta.app.services.cases.caseload(actor('olivia'), { view: 'team', sort: 'overdue' }))[2]).toMatch(/CL[BC]/);
    await expect(ta.app.services.cases.caseload(actor('olivia'), { sort: 'shoe size' })).rejects.toThrow(/sort must be one of/);
  });

  it('logs each list naming whom it showed', async () => {
    await ta.app.services.cases.caseload(actor('peter'), { view: 'today' });
    const entry = await t.db.selectFrom('audit_log').select(['what', 'person_ids', 'details']).where('user_id', '=', ta.users.peter!.userId).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(entry.what).toBe('listed caseload');
    expect([...(entry.person_ids ?? [])].map(Number).sort()).toEqual([ids.CLA, ids.CLC].sort());
  });
});

describe('the caseload page', () => {
  it('shows the views as tabs, the filter and a sortable table, overdue actions flagged', async () => {
    const s = await signInAs(ta.app, 'olivia');
    const res = await ta.app.inject({ method: 'GET', url: '/caseload?view=team&sort=person&order=asc', headers: { cookie: cookieHeader(s.jar) } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('My team&#39;s cases (4)');
    expect(res.body).toContain('moj-filter-layout');
    expect(res.body).toContain('data-module="moj-sortable-table"');
    expect(res.body).toMatch(/aria-sort="ascending"[^>]*>\s*<a[^>]*>Person</);
    expect(res.body).toContain('RESTRICTEDPERSON');
    expect(res.body).toContain('2 cases have overdue actions.');
    expect(res.body).toContain('href="/caseload"');
  });

  it('never shows the restricted person to a user not named on them', async () => {
    const s = await signInAs(ta.app, 'peter');
    for (const view of ['mine', 'team', 'today']) {
      const res = await ta.app.inject({ method: 'GET', url: `/caseload?view=${view}`, headers: { cookie: cookieHeader(s.jar) } });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toMatch(/restrictedperson|CLR/i);
    }
  });

  it('is refused to a board member', async () => {
    const s = await signInAs(ta.app, 'board');
    expect((await ta.app.inject({ method: 'GET', url: '/caseload', headers: { cookie: cookieHeader(s.jar) } })).statusCode).toBe(403);
  });
});

describe("a restricted person's case", () => {
  it('asks the named user for a reason before showing it, and logs the reason', async () => {
    const s = await signInAs(ta.app, 'olivia');
    const first = await ta.app.inject({ method: 'GET', url: `/people/${ids.CLR}/case`, headers: { cookie: cookieHeader(s.jar) } });
    expect(first.statusCode).toBe(403);
    expect(first.body).toContain(`action="/people/${ids.CLR}/case/view"`);
    const shown = await ta.app.inject({
      method: 'POST',
      url: `/people/${ids.CLR}/case/view`,
      headers: { cookie: cookieHeader(s.jar), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: s.csrf, justification: 'Preparing for the home visit' }).toString(),
    });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('RESTRICTEDPERSON');
    const entry = await t.db.selectFrom('audit_log').select(['what', 'justification']).where('person_id', '=', ids.CLR!).where('what', '=', 'viewed case').executeTakeFirstOrThrow();
    expect(entry.justification).toBe('Preparing for the home visit');
  });

  it('is not found for anyone else, in words that do not name them', async () => {
    const s = await signInAs(ta.app, 'peter');
    const res = await ta.app.inject({ method: 'GET', url: `/people/${ids.CLR}/case`, headers: { cookie: cookieHeader(s.jar) } });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toMatch(/restrictedperson|CLR/i);
    const write = await ta.app.inject({
      method: 'POST',
      url: `/people/${ids.CLR}/case/notes`,
      headers: { cookie: cookieHeader(s.jar), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: s.csrf, body: 'Trying to write' }).toString(),
    });
    expect(write.statusCode).toBe(404);
  });
});
