// A case through the web and the API (issue 15): opening it, the team, lead and
// case manager, assessments, plan actions and their outcomes, notes; need to
// know on the case (a police practitioner without and with consent, a drug
// worker); a concurrent edit refused on the web and by If-Match; the API's shapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { addPerson, createScheme } from '../selection/support.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { createUser } from '../../support/fixtures.js';
import { failureOf } from '../../../src/cli/failure.js';

const TODAY = '2010-06-30';
let t: TestDatabase;
let ta: TestApp;
let personId: number;
type Session = { jar: Record<string, string>; csrf: string };
const s: Record<string, Session> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'probation', role: 'practitioner', agency: 'probation' },
    { username: 'drugworker', role: 'practitioner', agency: 'drug_service' },
    { username: 'officer', role: 'practitioner', agency: 'police' },
    { username: 'housing', role: 'practitioner', agency: 'housing' },
    { username: 'manager', role: 'scheme_manager', agency: 'local_authority' },
  ]);
  await t.db.updateTable('partnerships').set({ data_as_of: TODAY }).where('id', '=', ta.f.partnershipId).execute();
  const scheme = await createScheme(t.db, ta.f, 'PPO', 10);
  personId = await addPerson(t.db, ta.f, { ref: 'CASE0001', memberSince: { schemeId: scheme.id, start: '2010-01-01' } });
  await addPerson(t.db, ta.f, { ref: 'NOSCHEME1' });
  for (const u of Object.keys(ta.users)) {
    s[u] = await signInAs(ta.app, u);
    tokens[u] = await createApiToken(t.db, ta.users[u]!.userId, `test ${u}`, { scope: 'role' });
  }
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, who: string) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(s[who]!.jar) } });
const post = (url: string, who: string, fields: Record<string, string>) =>
  ta.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookieHeader(s[who]!.jar), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: s[who]!.csrf, ...fields }).toString(),
  });
const api = (method: 'GET' | 'POST', url: string, who: string, body?: unknown, headers: Record<string, string> = {}) =>
  ta.app.inject({ method, url, headers: { authorization: `Bearer ${tokens[who]}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers }, ...(body ? { payload: JSON.stringify(body) } : {}) });
const caseRow = () => t.db.selectFrom('cases').selectAll().where('person_id', '=', personId).executeTakeFirstOrThrow();
const userId = (u: string) => String(ta.users[u]!.userId);
const agency = (k: keyof TestApp['f']['agencies']) => String(ta.f.agencies[k]);

describe('opening a case and its team', () => {
  it('offers to open a case when none is open, and opens one with lead and case manager', async () => {
    const before = await get(`/people/${personId}/case`, 'probation');
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('Open a case');
    const res = await post(`/people/${personId}/case`, 'probation', { scheme: 'PPO', leadAgency: agency('probation'), caseManager: userId('probation'), openedOn: '2010-02-01' });
    expect(res.statusCode).toBe(303);
    const c = await caseRow();
    expect(c).toMatchObject({ lead_agency_id: ta.f.agencies.probation, case_manager_id: ta.users.probation!.userId, opened_on: '2010-02-01', version: 1 });
    // The lead is the person's lead too: need-to-know reads it.
    expect((await t.db.selectFrom('people').select('lead_agency_id').where('id', '=', personId).executeTakeFirstOrThrow()).lead_agency_id).toBe(ta.f.agencies.probation);
    const page = await get(`/people/${personId}/case`, 'probation');
    expect(page.body).toContain('Test probation');
    expect(page.body).not.toContain('Open the case');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'what']).where('person_id', '=', personId).execute();
    expect(audit).toEqual(expect.arrayContaining([{ action: 'collection', what: 'opened case' }, { action: 'consultation', what: 'viewed case' }]));
  });

  it('refuses a second open case on the scheme, and a case for someone on no scheme', async () => {
    expect((await post(`/people/${personId}/case`, 'probation', { scheme: 'PPO', leadAgency: agency('probation') })).statusCode).toBe(409);
    const res = await api('POST', '/api/v1/people/NOSCHEME1/case', 'probation', { scheme: 'PPO', leadAgency: 'PROBATION' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/not on PPO today/);
  });

  it('adds a drug worker and the police to the team, each a versioned edit of the case', async () => {
    let c = await caseRow();
    expect((await post(`/people/${personId}/case/team`, 'probation', { agency: agency('drug_service'), role: 'drug worker', worker: userId('drugworker'), version: String(c.version) })).statusCode).toBe(303);
    c = await caseRow();
    expect((await post(`/people/${personId}/case/team`, 'probation', { agency: agency('police'), role: 'police officer', version: String(c.version) })).statusCode).toBe(303);
    expect((await caseRow()).version).toBe(3);
    const team = await t.db.selectFrom('case_team').select(['agency_id', 'role', 'user_id']).where('case_id', '=', c.id).orderBy('id').execute();
    expect(team).toEqual([
      { agency_id: ta.f.agencies.probation, role: 'lead', user_id: ta.users.probation!.userId },
      { agency_id: ta.f.agencies.drug_service, role: 'drug worker', user_id: ta.users.drugworker!.userId },
      { agency_id: ta.f.agencies.police, role: 'police officer', user_id: null },
    ]);
  });

  it('refuses a change from an agency not on the team, but lets a scheme manager make it', async () => {
    const c = await caseRow();
    const refused = await post(`/people/${personId}/case/team`, 'housing', { agency: agency('housing'), role: 'housing officer', version: String(c.version) });
    expect(refused.statusCode).toBe(403);
    const added = await post(`/people/${personId}/case/team`, 'manager', { agency: agency('housing'), role: 'housing officer', version: String(c.version) });
    expect(added.statusCode).toBe(303);
    const removed = await post(`/people/${personId}/case/team/remove`, 'manager', { agency: agency('housing'), version: String(c.version + 1) });
    expect(removed.statusCode).toBe(303);
    expect(await t.db.selectFrom('case_team').select('id').where('case_id', '=', c.id).where('agency_id', '=', ta.f.agencies.housing).executeTakeFirst()).toBeUndefined();
  });
});

describe('taking an agency off the team', () => {
  it('is refused while it owns an open action, naming the action, and allowed once its outcome is recorded', async () => {
    const op = ta.f.operator;
    await ta.app.services.cases.setTeamMember(op, { personRef: 'CASE0001' }, { agency: 'HOUSING', role: 'housing officer' });
    const action = await ta.app.services.cases.addAction(op, { personRef: 'CASE0001' }, { pathway: 'accommodation', description: 'Tenancy sign-up', ownerAgency: 'HOUSING', dueDate: '2010-07-10' });
    const refused = await api('POST', '/api/v1/people/CASE0001/case/team', 'manager', { agency: 'HOUSING', remove: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ field: 'agency', detail: expect.stringContaining('Test housing owns an open action on this case ("Tenancy sign-up", due 2010-07-10)') });
    expect(await t.db.selectFrom('case_team').select('id').where('agency_id', '=', ta.f.agencies.housing).executeTakeFirst()).toBeDefined();
    await ta.app.services.cases.actionOutcome(op, action.id, { status: 'done', outcome: 'Signed' });
    expect((await api('POST', '/api/v1/people/CASE0001/case/team', 'manager', { agency: 'HOUSING', remove: true })).statusCode).toBe(200);
    expect(await t.db.selectFrom('case_team').select('id').where('agency_id', '=', ta.f.agencies.housing).executeTakeFirst()).toBeUndefined();
  });
});

describe('who may work a case', () => {
  it('refuses a board member or an analyst as case manager or named worker, naming the field, and changes nothing', async () => {
    const passwordHash = (await t.db.selectFrom('users').select('password_hash').where('id', '=', ta.users.probation!.userId).executeTakeFirstOrThrow()).password_hash!;
    await createUser(t.db, ta.f, { username: 'boardie', role: 'board_member', agency: 'local_authority', passwordHash });
    await createUser(t.db, ta.f, { username: 'numbers', role: 'analyst', agency: 'police', passwordHash });
    const before = await caseRow();
    const manager = await api('POST', '/api/v1/people/CASE0001/case/lead', 'probation', { leadAgency: 'PROBATION', caseManager: 'boardie' });
    expect(manager.statusCode).toBe(400);
    expect(manager.json()).toMatchObject({ field: 'caseManager', detail: expect.stringContaining('(board member) does not do case work') });
    const worker = await api('POST', '/api/v1/people/CASE0001/case/team', 'probation', { agency: 'POLICE', role: 'police officer', worker: 'numbers' });
    expect(worker.statusCode).toBe(400);
    expect(worker.json()).toMatchObject({ field: 'worker', detail: expect.stringContaining('(analyst) does not do case work') });
    const web = await post(`/people/${personId}/case/lead`, 'probation', { leadAgency: agency('probation'), caseManager: String((await t.db.selectFrom('users').select('id').where('username', '=', 'boardie').executeTakeFirstOrThrow()).id), version: String(before.version) });
    expect(web.statusCode).toBe(400);
    expect(await caseRow()).toMatchObject({ version: before.version, case_manager_id: before.case_manager_id });
  });
});

describe("the lead agency's place on the team", () => {
  it('refuses another role for the agency that leads the case, naming the field, and names its worker with the role left empty or lead', async () => {
    const before = await caseRow();
    const team = () => t.db.selectFrom('case_team').select(['role', 'user_id']).where('case_id', '=', before.id).where('agency_id', '=', ta.f.agencies.probation!).executeTakeFirstOrThrow();
    const was = await team();
    expect(was.role).toBe('lead');
    // Before, the role was dropped without a word and the call answered 200.
    const other = await api('POST', '/api/v1/people/CASE0001/case/team', 'probation', { agency: 'PROBATION', role: 'offender manager', worker: 'probation' });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ field: 'role', detail: expect.stringMatching(/leads this case, so its role on the case is lead/) });
    expect(await team()).toEqual(was);
    expect((await caseRow()).version).toBe(before.version);
    const named = await api('POST', '/api/v1/people/CASE0001/case/team', 'probation', { agency: 'PROBATION', worker: 'probation' });
    expect(named.statusCode).toBe(200);
    expect(await team()).toEqual({ role: 'lead', user_id: ta.users.probation!.userId });
    expect((await api('POST', '/api/v1/people/CASE0001/case/team', 'probation', { agency: 'PROBATION', role: 'Lead', worker: null })).statusCode).toBe(200);
    expect(await team()).toEqual({ role: 'lead', user_id: null });
    // As it was, for the tests after.
    await ta.app.services.cases.setTeamMember(ta.f.operator, { personRef: 'CASE0001' }, { agency: 'PROBATION', role: 'lead', worker: was.user_id });
    expect(await team()).toEqual(was);
  });
});

describe('a concurrent edit', () => {
  it('keeps the first of two saves from the same version and refuses the second, showing the first change (web)', async () => {
    const v = String((await caseRow()).version);
    const first = await post(`/people/${personId}/case/lead`, 'probation', { leadAgency: agency('probation'), caseManager: userId('drugworker'), version: v });
    expect(first.statusCode).toBe(303);
    const second = await post(`/people/${personId}/case/lead`, 'drugworker', { leadAgency: agency('drug_service'), caseManager: '', version: v });
    expect(second.statusCode).toBe(412);
    expect(second.body).toContain('Someone else changed this first');
    expect(second.body).toContain('was changed by probation');
    // The message describes the change that was kept: the case manager the first save named.
    expect(second.body).toMatch(/led by Test probation, case manager [^,]*drugworker/i);
    const c = await caseRow();
    expect(c).toMatchObject({ lead_agency_id: ta.f.agencies.probation, case_manager_id: ta.users.drugworker!.userId, version: Number(v) + 1 });
  });

  it('refuses a form whose version is not a version, rather than saving over what changed (web)', async () => {
    const before = await caseRow();
    const res = await post(`/people/${personId}/case/lead`, 'probation', { leadAgency: agency('drug_service'), caseManager: '', version: 'abc' });
    expect(res.statusCode).toBe(400);
    expect(res.body.replaceAll('&quot;', '"').replaceAll('&#39;', "'")).toContain('The form\'s version "abc" is not a version of the record');
    expect(await caseRow()).toMatchObject({ version: before.version, lead_agency_id: before.lead_agency_id });
  });

  it('answers 412 to a stale If-Match on the case, and keeps the first change (API)', async () => {
    const etag = String((await api('GET', '/api/v1/people/CASE0001/case', 'probation')).headers.etag);
    const first = await api('POST', '/api/v1/people/CASE0001/case/team', 'probation', { agency: 'HOUSING', role: 'housing officer' }, { 'if-match': etag });
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).not.toBe(etag);
    const second = await api('POST', '/api/v1/people/CASE0001/case/lead', 'drugworker', { leadAgency: 'DRUG_SERVICE' }, { 'if-match': etag });
    expect(second.statusCode).toBe(412);
    expect(second.json().detail).toContain('Test housing (housing officer)');
    expect((await caseRow()).lead_agency_id).toBe(ta.f.agencies.probation);
    const removed = await api('POST', '/api/v1/people/CASE0001/case/team', 'probation', { agency: 'HOUSING', remove: true }, { 'if-match': String(first.headers.etag) });
    expect(removed.statusCode).toBe(200);
  });

  it('answers 412 to a stale If-Match on an action outcome, and keeps the first outcome', async () => {
    const added = await api('POST', '/api/v1/people/CASE0001/actions', 'probation', { pathway: 'accommodation', description: 'Find a hostel place', ownerAgency: 'HOUSING', dueDate: '2010-07-10' });
    expect(added.statusCode).toBe(201);
    const etag = String(added.headers.etag);
    expect(etag).toBe(`"action-${added.json().id}-v1"`);
    const first = await api('POST', `/api/v1/actions/${added.json().id}/outcome`, 'probation', { status: 'done', outcome: 'Hostel place found' }, { 'if-match': etag });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'done', outcome: 'Hostel place found', version: 2 });
    const second = await api('POST', `/api/v1/actions/${added.json().id}/outcome`, 'drugworker', { status: 'cancelled', outcome: 'No longer needed' }, { 'if-match': etag });
    expect(second.statusCode).toBe(412);
    expect(second.json().detail).toContain('It is now done, with the outcome "Hostel place found"');
    const row = await t.db.selectFrom('case_actions').selectAll().where('id', '=', added.json().id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', outcome: 'Hostel place found' });
  });
});

describe('assessments, plan and notes', () => {
  it('names the field in a refusal, whichever door: the due date, the owner agency, a note on a pathway (API)', async () => {
    const due = await api('POST', '/api/v1/people/CASE0001/actions', 'probation', { pathway: 'health', description: 'See a GP', ownerAgency: 'PROBATION', dueDate: 'soon' });
    expect(due.json()).toMatchObject({ status: 400, field: 'dueDate', detail: 'The due date must be a real date written YYYY-MM-DD, not "soon".' });
    const owner = await api('POST', '/api/v1/people/CASE0001/actions', 'probation', { pathway: 'health', description: 'See a GP', ownerAgency: '', dueDate: '2010-07-01' });
    expect(owner.json()).toMatchObject({ status: 400, field: 'ownerAgency', detail: 'Choose the owner agency.' });
    const ratings = Object.fromEntries(['accommodation', 'education_training_employment', 'health', 'drugs_alcohol', 'finance_benefit_debt', 'children_families', 'attitudes_thinking_behaviour'].map((p) => [p, { rating: 'low' }]));
    const note = await api('POST', '/api/v1/people/CASE0001/assessments', 'probation', { kind: 'follow_up', ratings: { ...ratings, health: { rating: 'low', note: 'x'.repeat(2001) } } });
    expect(note.json()).toMatchObject({ status: 400, field: 'ratings.health.note', detail: 'The note on Health is too long: at most 2000 characters.' });
  });

  it('records an initial assessment of the seven pathways on the web', async () => {
    const fields: Record<string, string> = { kind: 'initial', date: '2010-02-10' };
    for (const p of ['accommodation', 'education_training_employment', 'health', 'drugs_alcohol', 'finance_benefit_debt', 'children_families', 'attitudes_thinking_behaviour']) fields[`rating_${p}`] = 'medium';
    fields.rating_drugs_alcohol = 'high';
    fields.note_drugs_alcohol = 'Daily heroin use';
    const res = await post(`/people/${personId}/case/assessments`, 'drugworker', fields);
    expect(res.statusCode).toBe(303);
    const missing = await post(`/people/${personId}/case/assessments`, 'drugworker', { kind: 'follow_up', rating_accommodation: 'low' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Rate Education, training and employment');
  });

  it('records a follow-up through the API', async () => {
    const ratings = Object.fromEntries(['accommodation', 'education_training_employment', 'health', 'drugs_alcohol', 'finance_benefit_debt', 'children_families', 'attitudes_thinking_behaviour'].map((p) => [p, { rating: 'low' }]));
    const res = await api('POST', '/api/v1/people/CASE0001/assessments', 'probation', { kind: 'follow_up', date: '2010-05-01', ratings });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'follow_up', date: '2010-05-01' });
  });

  it('adds plan actions (one overdue, one on the drugs pathway) and a normal and a health note', async () => {
    expect((await post(`/people/${personId}/case/actions`, 'probation', { pathway: 'education_training_employment', description: 'Enrol on a course', ownerAgency: agency('probation'), dueDate: '2010-06-01' })).statusCode).toBe(303);
    expect((await post(`/people/${personId}/case/actions`, 'drugworker', { pathway: 'drugs_alcohol', description: 'Start a methadone script', ownerAgency: agency('drug_service'), dueDate: '2010-07-15' })).statusCode).toBe(303);
    expect((await post(`/people/${personId}/case/notes`, 'probation', { body: 'Seen at the office, engaging well', sensitivity: 'normal' })).statusCode).toBe(303);
    const health = await api('POST', '/api/v1/people/CASE0001/notes', 'drugworker', { body: 'Tested positive for opiates at clinic', sensitivity: 'health' });
    expect(health.statusCode).toBe(201);
    const page = await get(`/people/${personId}/case`, 'probation');
    expect(page.body).toContain('Enrol on a course');
    expect(page.body).toMatch(/2010-06-01\s*<span class="moj-badge moj-badge--red">Overdue/);
    expect(page.body).toContain('Seen at the office, engaging well');
  });
});

describe('need to know on the case', () => {
  const HEALTH = ['Start a methadone script', 'Tested positive for opiates at clinic', 'Daily heroin use'];

  it('withholds drug-treatment detail from a police practitioner without consent, saying why', async () => {
    const page = await get(`/people/${personId}/case`, 'officer');
    expect(page.statusCode).toBe(200);
    for (const h of HEALTH) expect(page.body).not.toContain(h);
    expect(page.body).toContain('Health and drug-treatment detail is not shown');
    expect(page.body).toContain('Seen at the office, engaging well');
    const res = await api('GET', '/api/v1/people/CASE0001/case', 'officer');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.healthWithheld).toMatch(/drug-service staff and the case lead/);
    expect(JSON.stringify(body)).not.toMatch(/methadone|opiates|heroin/);
    expect(body.assessments[0].ratings.map((r: { pathway: string }) => r.pathway)).toEqual(['accommodation', 'education_training_employment', 'finance_benefit_debt', 'children_families', 'attitudes_thinking_behaviour']);
  });

  it('shows it to the drug worker, and to the lead agency', async () => {
    for (const who of ['drugworker', 'probation']) {
      const page = await get(`/people/${personId}/case`, who);
      for (const h of HEALTH) expect(page.body).toContain(h);
      expect(page.body).not.toContain('Health and drug-treatment detail is not shown');
    }
  });

  it('shows it to the police once the person consents to share with them', async () => {
    expect((await post(`/people/${personId}/consent`, 'probation', { scope: 'police', givenDate: TODAY })).statusCode).toBe(303);
    const page = await get(`/people/${personId}/case`, 'officer');
    for (const h of HEALTH) expect(page.body).toContain(h);
    const res = await api('GET', '/api/v1/people/CASE0001/case', 'officer');
    expect(res.json().healthWithheld).toBeNull();
    expect(res.json().assessments[0].ratings).toHaveLength(7);
  });
});

describe('the API shapes', () => {
  it('GET /api/v1/people/:personRef/case gives the case with an ETag', async () => {
    const res = await api('GET', '/api/v1/people/CASE0001/case', 'probation');
    expect(res.statusCode).toBe(200);
    const c = await caseRow();
    expect(res.headers.etag).toMatch(new RegExp(`^"case-${c.id}-v${c.version}\\.`));
    const body = res.json();
    expect(body).toMatchObject({ personRef: 'CASE0001', lead: { agency: 'Test probation' }, disengagement: null, appointments: [], alerts: [] });
    expect(body.team.map((m: { role: string }) => m.role)).toEqual(['lead', 'drug worker', 'police officer']);
    expect(body.actions[0]).toEqual(expect.objectContaining({ id: expect.any(Number), kind: 'plan', dueDate: '2010-06-01', status: 'open', overdue: true }));
    expect(body.notes.length).toBe(2);
  });

  it('answers 404 for a person without an open case, and for a reference no one has', async () => {
    expect((await api('GET', '/api/v1/people/NOSCHEME1/case', 'probation')).statusCode).toBe(404);
    expect((await api('GET', '/api/v1/people/NOBODY/case', 'probation')).statusCode).toBe(404);
  });

  it('GET /api/v1/caseload lists the token user’s cases', async () => {
    const res = await api('GET', '/api/v1/caseload', 'probation');
    expect(res.statusCode).toBe(200);
    expect(res.json().cases).toEqual([expect.objectContaining({ personRef: 'CASE0001', scheme: 'PPO', lead: 'Test probation', overdueActions: 1 })]);
    const officer = await api('GET', '/api/v1/caseload?view=team', 'officer');
    expect(officer.json().cases.map((c: { personRef: string }) => c.personRef)).toEqual(['CASE0001']);
    expect((await api('GET', '/api/v1/caseload', 'officer')).json().cases).toEqual([]);
    expect((await api('GET', '/api/v1/caseload?view=someone', 'officer')).statusCode).toBe(400);
  });
});

describe('the pathways in a refusal', () => {
  it('on the web, asks for the pathway without listing codes; the API and the CLI name the codes they take', async () => {
    const web = await post(`/people/${personId}/case/actions`, 'probation', { pathway: '', description: 'Enrol on a course', ownerAgency: agency('probation'), dueDate: '2010-07-01' });
    expect(web.statusCode).toBe(400);
    expect(web.body).toContain('Choose the pathway.');
    // Not in what the page says (the form's option values are codes, as any form's are).
    expect(web.body.replace(/<[^>]*>/g, ' ')).not.toContain('education_training_employment');
    const refused = await ta.app.services.cases.addAction(ta.f.operator, { personRef: 'CASE0001' }, { pathway: 'housing', description: 'x', ownerAgency: 'PROBATION', dueDate: '2010-07-01' }).catch((e: unknown) => e);
    expect(failureOf(refused).text).toContain('Choose the pathway. The pathways are accommodation, education_training_employment,');
    const ratings = { accommodation: { rating: 'low' }, housing: { rating: 'low' } };
    const api = await ta.app.inject({ method: 'POST', url: '/api/v1/people/CASE0001/assessments', headers: { authorization: `Bearer ${tokens.probation}`, 'content-type': 'application/json' }, payload: JSON.stringify({ kind: 'follow_up', ratings }) });
    expect(api.json()).toMatchObject({ status: 400, field: 'ratings.housing', detail: expect.stringMatching(/^Unknown pathway housing\. The pathways are accommodation, education_training_employment, /) });
  });
});

describe('implausible dates in case work (the case opened 2010-02-01; today is 2010-06-30)', () => {
  const actionsNow = () => t.db.selectFrom('case_actions').select(['id', 'description', 'status', 'completed_on']).where('person_id', '=', personId).execute();

  it('refuses an action due before the case opened, on the web and the API, naming the field; a past due date since it opened is taken', async () => {
    const before = (await actionsNow()).length;
    const web = await post(`/people/${personId}/case/actions`, 'probation', { pathway: 'education_training_employment', description: 'Ancient action', ownerAgency: agency('probation'), dueDate: '1900-01-01' });
    expect(web.statusCode).toBe(400);
    expect(web.body).toContain('An action cannot be due before the case opened (2010-02-01).');
    const res = await api('POST', '/api/v1/people/CASE0001/actions', 'probation', { pathway: 'accommodation', description: 'Ancient action', ownerAgency: 'HOUSING', dueDate: '2010-01-31' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'dueDate', detail: 'An action cannot be due before the case opened (2010-02-01).' });
    expect(await actionsNow()).toHaveLength(before);
    const onTheDay = await ta.app.services.cases.addAction(ta.f.operator, { personRef: 'CASE0001' }, { pathway: 'accommodation', description: 'Back-dated referral', ownerAgency: 'PROBATION', dueDate: '2010-02-01' });
    expect(onTheDay.dueDate).toBe('2010-02-01');
    await ta.app.services.cases.actionOutcome(ta.f.operator, onTheDay.id, { status: 'cancelled', outcome: 'Entered for the test' });
  });

  it('refuses an outcome dated before the case opened or before the action was set, and takes one on the day it was set', async () => {
    const added = await api('POST', '/api/v1/people/CASE0001/actions', 'probation', { pathway: 'accommodation', description: 'Tenancy check', ownerAgency: 'PROBATION', dueDate: '2010-07-20' });
    expect(added.statusCode).toBe(201);
    const id = added.json().id as number;
    // The action was made today (the partnership's data date caps the wall clock's day).
    const early = await api('POST', `/api/v1/actions/${id}/outcome`, 'probation', { status: 'done', outcome: 'Checked', completedOn: '2010-06-29' });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ field: 'completedOn', detail: `An outcome cannot be dated before the action was set (${TODAY}).` });
    const web = await post(`/actions/${id}/outcome`, 'probation', { status: 'done', outcome: 'Checked', completedOn: '1900-01-01', version: '1' });
    expect(web.statusCode).toBe(400);
    expect(web.body).toContain('An outcome cannot be dated before the case opened (2010-02-01).');
    expect((await actionsNow()).find((a) => a.id === id)).toMatchObject({ status: 'open', completed_on: null });
    // An action set earlier takes an outcome back-dated to the day it was set.
    await t.db.updateTable('case_actions').set({ created_at: new Date('2010-06-10T12:00:00Z') }).where('id', '=', id).execute();
    await expect(ta.app.services.cases.actionOutcome(ta.f.operator, id, { status: 'done', outcome: 'Checked', completedOn: '2010-06-09' })).rejects.toMatchObject({ field: 'completedOn', message: 'An outcome cannot be dated before the action was set (2010-06-10).' });
    const ok = await api('POST', `/api/v1/actions/${id}/outcome`, 'probation', { status: 'done', outcome: 'Checked', completedOn: '2010-06-10' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'done', completedOn: '2010-06-10' });
  });

  it('refuses a note dated before the case opened or after today, naming the field; a back-dated note since it opened is taken', async () => {
    const count = async () => (await t.db.selectFrom('case_notes').select('id').where('person_id', '=', personId).execute()).length;
    const before = await count();
    const web = await post(`/people/${personId}/case/notes`, 'probation', { body: 'From long ago', sensitivity: 'normal', date: '2010-01-31' });
    expect(web.statusCode).toBe(400);
    expect(web.body).toContain('A note cannot be dated before the case opened (2010-02-01).');
    const res = await api('POST', '/api/v1/people/CASE0001/notes', 'probation', { body: 'From long ago', date: '1900-01-01' });
    expect(res.json()).toMatchObject({ status: 400, field: 'date', detail: 'A note cannot be dated before the case opened (2010-02-01).' });
    const future = await api('POST', '/api/v1/people/CASE0001/notes', 'probation', { body: 'From the future', date: '2010-07-01' });
    expect(future.json()).toMatchObject({ status: 400, field: 'date', detail: `A note cannot be after today (${TODAY}).` });
    expect(await count()).toBe(before);
    const late = await ta.app.services.cases.addNote(ta.f.operator, { personRef: 'CASE0001' }, { body: 'Entered late', date: '2010-02-01' });
    expect(late.date).toBe('2010-02-01');
  });

  it('refuses an assessment dated before the case opened (the rule the others share)', async () => {
    const ratings = Object.fromEntries(['accommodation', 'education_training_employment', 'health', 'drugs_alcohol', 'finance_benefit_debt', 'children_families', 'attitudes_thinking_behaviour'].map((p) => [p, { rating: 'low' }]));
    const res = await api('POST', '/api/v1/people/CASE0001/assessments', 'probation', { kind: 'follow_up', date: '2010-01-31', ratings });
    expect(res.json()).toMatchObject({ status: 400, field: 'date', detail: 'An assessment cannot be dated before the case opened (2010-02-01).' });
  });

  it('refuses an appointment dated before the case opened, on the web and the API', async () => {
    const res = await api('POST', '/api/v1/people/CASE0001/appointments', 'probation', { date: '1900-01-01', purpose: 'Supervision', status: 'attended' });
    expect(res.json()).toMatchObject({ status: 400, field: 'date', detail: 'An appointment cannot be dated before the case opened (2010-02-01).' });
    const web = await post(`/people/${personId}/case/appointments`, 'probation', { date: '2010-01-31', purpose: 'Supervision', status: 'planned', agencyId: '' });
    expect(web.statusCode).toBe(400);
    expect(web.body).toContain('An appointment cannot be dated before the case opened (2010-02-01).');
    expect(await t.db.selectFrom('appointments').select('id').where('person_id', '=', personId).execute()).toEqual([]);
  });
});
