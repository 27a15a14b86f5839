// Need to know on the person page (issue 14): drug tests reach police and drug
// services only; health detail (required assessments) reaches drug services
// and the case's lead agency, and others only with the person's consent,
// which is recorded, withdrawn and audited through the page, the API and the CLI's service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { parseConsentScope } from '../../../src/people/consent.js';

let t: TestDatabase;
let ta: TestApp;
let personId: number;
type Session = { jar: Record<string, string>; csrf: string };
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'drugworker', role: 'practitioner', agency: 'drug_service' },
    { username: 'housing', role: 'practitioner', agency: 'housing' },
    { username: 'probation', role: 'practitioner', agency: 'probation' },
    { username: 'officer', role: 'practitioner', agency: 'police' },
    { username: 'analyst', role: 'analyst', agency: 'drug_service' },
    { username: 'admin', role: 'administrator', agency: 'local_authority' },
  ]);
  const pid = ta.f.partnershipId;
  personId = await createPerson(t.db, ta.f, { ref: 'HEALTH1', family: 'Consenting', given: 'Casey' });
  await t.db.insertInto('required_assessments').values({ partnership_id: pid, person_id: personId, assessment_date: '2010-02-01', attended: true, drug_misuser: true }).execute();
  await t.db.insertInto('drug_tests').values({ partnership_id: pid, person_id: personId, test_date: '2010-01-15', opiates: true, cocaine: false }).execute();
  await t.db.insertInto('person_identifiers').values({ partnership_id: pid, person_id: personId, kind: 'drug_service', value: 'DS-77123' }).execute();
  for (const u of Object.keys(ta.users)) s[u] = await signInAs(ta.app, u);
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, who: Session) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(who.jar) } });
const post = (url: string, who: Session, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams({ _csrf: who.csrf });
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(who.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
};
const page = (who: string) => get(`/people/${personId}`, s[who]!);

describe('drug tests on the person page', () => {
  it('are shown to police and drug services', async () => {
    expect((await page('officer')).body).toContain('Positive drug test');
    expect((await page('drugworker')).body).toContain('Positive drug test');
  });

  it('are withheld from probation and housing, with a word to say so', async () => {
    for (const who of ['probation', 'housing']) {
      const res = await page(who);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('Positive drug test');
      expect(res.body).toContain('Drug test results are shown to police and drug-service staff only.');
    }
  });
});

describe('health detail and consent to share it', () => {
  it('shows required assessments to drug services only, while no consent is recorded', async () => {
    expect((await page('drugworker')).body).toContain('Required assessment');
    expect((await page('drugworker')).body).toContain('DS-77123');
    for (const who of ['officer', 'probation', 'housing']) {
      const res = await page(who);
      expect(res.body).not.toContain('DS-77123');
      expect(res.body).not.toContain('Required assessment</');
      expect(res.body).not.toContain('Identified as a drug misuser');
      expect(res.body).toContain('No consent to share health detail is recorded.');
    }
  });

  it('shows them to the agency that leads the case', async () => {
    await t.db.updateTable('people').set({ lead_agency_id: ta.f.agencies.probation }).where('id', '=', personId).execute();
    try {
      expect((await page('probation')).body).toContain('Identified as a drug misuser');
      expect((await page('housing')).body).not.toContain('Identified as a drug misuser');
      // The lead's staff may record consent; housing's may not, and sees no form.
      expect((await page('probation')).body).toContain('Record consent');
      expect((await page('housing')).body).not.toContain('Record consent');
    } finally {
      await t.db.updateTable('people').set({ lead_agency_id: null }).where('id', '=', personId).execute();
    }
  });

  it('refuses consent recorded by an agency that neither leads the case nor provides drug services, or by an analyst', async () => {
    expect((await post(`/people/${personId}/consent`, s.housing!, { scope: 'housing' })).statusCode).toBe(403);
    expect((await post(`/people/${personId}/consent`, s.analyst!, { scope: 'housing' })).statusCode).toBe(403);
    expect((await page('housing')).body).not.toContain('Identified as a drug misuser');
  });

  it('honours consent to share with housing once a drug worker records it, and logs it', async () => {
    const res = await post(`/people/${personId}/consent`, s.drugworker!, { scope: 'housing', givenDate: '2010-03-01' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/people/${personId}#consent`);
    const housing = await page('housing');
    expect(housing.body).toContain('Identified as a drug misuser');
    expect(housing.body).toContain('Given on 2010-03-01 to share with Housing');
    // Not with probation, whom it does not name.
    expect((await page('probation')).body).not.toContain('Identified as a drug misuser');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'what', 'details']).where('person_id', '=', personId).where('what', '=', 'recorded consent to share health detail').executeTakeFirstOrThrow();
    expect(audit.action).toBe('alteration');
    // Still no drug tests for housing: consent covers health detail, not police data.
    expect(housing.body).not.toContain('Positive drug test');
  });

  it('says what is wrong with a bad scope or date', async () => {
    const res = await post(`/people/${personId}/consent`, s.drugworker!, { scope: 'landlords' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Unknown agency kind &quot;landlords&quot; in the scope. Tick &quot;Every agency of the partnership&quot;, or the kinds of agency.');
    expect((await post(`/people/${personId}/consent`, s.drugworker!, { scope: 'all', givenDate: '01/03/2010' })).statusCode).toBe(400);
    expect(() => parseConsentScope('all,police')).toThrow(/every agency or with the kinds of agency named, not both/);
  });

  it('stops showing them when consent is withdrawn', async () => {
    const res = await post(`/people/${personId}/consent/withdraw`, s.admin!, { date: '2010-04-01' });
    expect(res.statusCode).toBe(303);
    expect((await page('housing')).body).not.toContain('Identified as a drug misuser');
    const audit = await t.db.selectFrom('audit_log').select('action').where('person_id', '=', personId).where('what', '=', 'withdrew consent to share health detail').executeTakeFirstOrThrow();
    expect(audit.action).toBe('alteration');
    const rows = await t.db.selectFrom('health_consents').select(['given_date', 'withdrawn_date']).where('person_id', '=', personId).execute();
    expect(rows).toEqual([{ given_date: '2010-03-01', withdrawn_date: '2010-04-01' }]);
  });

  it('records and withdraws consent through the API, with problem details on error', async () => {
    const token = await createApiToken(t.db, ta.users.drugworker!.userId, 'test', { scope: 'role' });
    const auth = { authorization: `Bearer ${token}` };
    const put = await ta.app.inject({ method: 'PUT', url: `/api/v1/people/${personId}/consent`, headers: auth, payload: { scope: 'all', givenDate: '2010-05-01' } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ personId, givenDate: '2010-05-01', scope: 'all' });
    expect((await page('housing')).body).toContain('Identified as a drug misuser');
    const bad = await ta.app.inject({ method: 'PUT', url: `/api/v1/people/${personId}/consent`, headers: auth, payload: { scope: ['police', 'nobody'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ field: 'scope', detail: expect.stringMatching(/^Unknown agency kind "nobody" in the scope\. Send "all", or a list of agency kinds: police, probation,/) });
    const housingToken = await createApiToken(t.db, ta.users.housing!.userId, 'test', { scope: 'role' });
    const refused = await ta.app.inject({ method: 'DELETE', url: `/api/v1/people/${personId}/consent`, headers: { authorization: `Bearer ${housingToken}` } });
    expect(refused.statusCode).toBe(403);
    const del = await ta.app.inject({ method: 'DELETE', url: `/api/v1/people/${personId}/consent?date=2010-06-01`, headers: auth });
    expect(del.statusCode).toBe(200);
    expect(del.json()).toEqual({ personId, withdrawnDate: '2010-06-01' });
    const again = await ta.app.inject({ method: 'DELETE', url: `/api/v1/people/${personId}/consent`, headers: auth });
    expect(again.statusCode).toBe(409);
  });
});
