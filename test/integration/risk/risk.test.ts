// Risk assessments and MAPPA referrals (issue 15): recorded through the service,
// the import, the API and the person page's forms, and read by de-selection
// rule 3 (significant custody: met only after a recorded risk assessment, never
// when the latest risk of serious harm is high) and rule 6 (a MAPPA referral).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { addPerson, createScheme } from '../selection/support.js';
import { reviewRows, reviewScheme } from '../../../src/panel/review.js';
import { importFile } from '../../../src/imports/import-file.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { tempDir, writeCsv } from '../imports/files.js';

const asOf = '2010-06-30';
let t: TestDatabase;
let ta: TestApp;
let liferId: number;
let violentId: number;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'probation', role: 'practitioner', agency: 'probation' },
    { username: 'analyst', role: 'analyst', agency: 'police' },
  ]);
  const scheme = await createScheme(t.db, ta.f, 'PPO', 5);
  const member = (start: string) => ({ schemeId: scheme.id, start, tierId: scheme.tiers.high });
  liferId = await addPerson(t.db, ta.f, { ref: 'LIFER', custody: { reception: '2010-01-10', sentenceDays: 3650, expected: '2015-01-10' }, memberSince: member('2008-06-30') });
  await addPerson(t.db, ta.f, { ref: 'LIFER2', custody: { reception: '2010-01-10', sentenceDays: 3650, expected: '2015-01-10' }, memberSince: member('2008-06-30') });
  violentId = await addPerson(t.db, ta.f, { ref: 'VIOLENT', offences: [['2010-03-01', '2010-05-01', '10300']], arrests: ['2010-03-01'], memberSince: member('2010-02-01') });
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const rule = async (ref: string, name: string) => {
  const rows = reviewRows(await reviewScheme(t.db, ta.f.operator, { schemeCode: 'PPO', asOf }));
  return rows.find((r) => r.personRef === ref && r.rule === name)!;
};

describe('de-selection rule 3 reads the recorded risk assessments', () => {
  it('is not met without one, met after one is imported, and refused once the latest is high', async () => {
    const before = await rule('LIFER', 'significant_custody');
    expect(before.met).toBe(false);
    expect(before.reasons.map((r) => r.code)).toContain('risk_assessment_required');

    const dir = tempDir('waymark-risk-');
    const file = writeCsv(dir, 'risk.csv', [
      ['person_ref', 'assessment_date', 'risk_of_serious_harm', 'assessor_agency'],
      ['LIFER', '2010-03-01', 'medium', 'PROBATION'],
    ]);
    const r = await importFile(t.db, ta.f.operator, { kind: 'risk_assessments', path: file });
    expect(r).toMatchObject({ status: 'completed', rowsAdded: 1 });
    const met = await rule('LIFER', 'significant_custody');
    expect(met.met).toBe(true);
    expect(met.reasons.map((x) => x.text).join(' ')).toContain('Risk of serious harm assessed medium on 2010-03-01');
    // Importing the same file again changes nothing.
    const again = await importFile(t.db, ta.f.operator, { kind: 'risk_assessments', path: file });
    expect(again).toMatchObject({ status: 'completed', rowsAdded: 0, rowsUpdated: 0, rowsUnchanged: 1 });

    // A later assessment, high: rule 3 is refused.
    await ta.app.services.risk.recordAssessment(ta.f.operator, { personRef: 'LIFER', date: '2010-05-01', riskOfSeriousHarm: 'high' });
    const refused = await rule('LIFER', 'significant_custody');
    expect(refused.met).toBe(false);
    expect(refused.reasons.map((x) => x.code)).toContain('high_risk_of_serious_harm');
  });

  it('is met after an assessment recorded through the service, and refused when it is very high', async () => {
    await ta.app.services.risk.recordAssessment(ta.f.operator, { personId: (await t.db.selectFrom('people').select('id').where('person_ref', '=', 'LIFER2').executeTakeFirstOrThrow()).id, date: '2010-04-01', riskOfSeriousHarm: 'low' });
    expect((await rule('LIFER2', 'significant_custody')).met).toBe(true);
    await ta.app.services.risk.recordAssessment(ta.f.operator, { personRef: 'LIFER2', date: '2010-04-02', riskOfSeriousHarm: 'very_high' });
    expect((await rule('LIFER2', 'significant_custody')).met).toBe(false);
    // Two on one date: the one recorded last is the latest.
    await ta.app.services.risk.recordAssessment(ta.f.operator, { personRef: 'LIFER2', date: '2010-04-02', riskOfSeriousHarm: 'medium' });
    expect((await rule('LIFER2', 'significant_custody')).met).toBe(true);
    await ta.app.services.risk.recordAssessment(ta.f.operator, { personRef: 'LIFER2', date: '2010-04-02', riskOfSeriousHarm: 'high' });
    expect((await rule('LIFER2', 'significant_custody')).met).toBe(false);
  });

  it('rule 6 shows an imported MAPPA referral as recorded, and stops prompting for one', async () => {
    expect((await rule('VIOLENT', 'high_risk_of_harm')).prompts.map((p) => p.code)).toContain('mappa_referral');
    const file = writeCsv(tempDir('waymark-mappa-'), 'mappa.csv', [
      ['person_ref', 'referral_date', 'outcome'],
      ['VIOLENT', '2010-05-10', 'managed at level 2'],
    ]);
    expect(await importFile(t.db, ta.f.operator, { kind: 'mappa_referrals', path: file })).toMatchObject({ status: 'completed', rowsAdded: 1 });
    const r = await rule('VIOLENT', 'high_risk_of_harm');
    expect(r.prompts).toEqual([]);
    expect(r.reasons.map((x) => x.text)).toContain('MAPPA referral on 2010-05-10: managed at level 2.');
  });
});

describe('the imports', () => {
  it('refuse a bad risk level and an unknown agency, naming file, row and field, and store nothing', async () => {
    const file = writeCsv(tempDir('waymark-risk-'), 'bad-risk.csv', [
      ['person_ref', 'assessment_date', 'risk_of_serious_harm', 'assessor_agency'],
      ['VIOLENT', '2010-06-01', 'low', ''],
      ['VIOLENT', '2010-06-02', 'extreme', ''],
      ['VIOLENT', '2010-06-03', 'low', 'NOSUCH'],
    ]);
    const r = await importFile(t.db, ta.f.operator, { kind: 'risk_assessments', path: file });
    expect(r.status).toBe('failed');
    expect(r.errors.map((e) => e.message)).toEqual([
      'bad-risk.csv row 3, risk_of_serious_harm: extreme is not one of low, medium, high, very_high',
      'bad-risk.csv row 4, assessor_agency: NOSUCH is not the code of an agency of this partnership',
    ]);
    expect(await t.db.selectFrom('risk_assessments').select('id').where('person_id', '=', violentId).execute()).toEqual([]);
  });

  it('store the good rows of a partial import and map a level as a partner writes it', async () => {
    const file = writeCsv(tempDir('waymark-risk-'), 'partial.csv', [
      ['person_ref', 'assessment_date', 'risk_of_serious_harm'],
      ['VIOLENT', '2010-06-01', 'Very High'],
      ['NOBODY', '2010-06-01', 'low'],
    ]);
    const r = await importFile(t.db, ta.f.operator, { kind: 'risk_assessments', path: file, mode: 'partial' });
    expect(r).toMatchObject({ status: 'completed', rowsAdded: 1, rowsRejected: 1 });
    expect(r.errors[0]!.message).toBe('partial.csv row 3, person_ref: NOBODY is not a known person (import the people file first)');
    const stored = await t.db.selectFrom('risk_assessments').select(['risk_of_serious_harm', 'risk_of_serious_harm_raw']).where('person_id', '=', violentId).execute();
    expect(stored).toEqual([{ risk_of_serious_harm: 'very_high', risk_of_serious_harm_raw: 'Very High' }]);
  });
});

describe('the API', () => {
  it('records an assessment (201, ETag), lists them (ETag), and refuses a bad level naming the field', async () => {
    const token = await createApiToken(t.db, ta.users.probation!.userId, 'test', { scope: 'role' });
    const auth = { authorization: `Bearer ${token}` };
    const post = await ta.app.inject({ method: 'POST', url: `/api/v1/people/${liferId}/risk-assessments`, headers: auth, payload: { date: '2010-06-01', riskOfSeriousHarm: 'medium', assessorAgency: 'PROBATION', notes: 'Reviewed in custody' } });
    expect(post.statusCode).toBe(201);
    expect(post.headers.etag).toMatch(/^"risk_assessment-\d+-v1"$/);
    expect(post.json()).toMatchObject({ personRef: 'LIFER', date: '2010-06-01', riskOfSeriousHarm: 'medium', assessorAgency: { code: 'PROBATION' }, recordedBy: expect.stringMatching(/probation/i) });

    const list = await ta.app.inject({ method: 'GET', url: `/api/v1/people/${liferId}/risk-assessments`, headers: auth });
    expect(list.statusCode).toBe(200);
    expect(list.headers.etag).toMatch(/^"risk_assessments-/);
    expect(list.json().riskAssessments[0]).toMatchObject({ date: '2010-06-01', riskOfSeriousHarm: 'medium' });
    expect(list.json().next).toBeNull();

    const bad = await ta.app.inject({ method: 'POST', url: `/api/v1/people/${liferId}/risk-assessments`, headers: auth, payload: { date: '2010-06-01', riskOfSeriousHarm: 'extreme' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'riskOfSeriousHarm' });
    expect(bad.json().detail).toMatch(/low, medium, high or very high, not extreme/);

    // A date after today would replace the assessment in force before it was made (a future 'low' over today's 'high'): refused, naming the field, on every door.
    await t.db.updateTable('partnerships').set({ data_as_of: '2010-12-31' }).where('id', '=', ta.f.partnershipId).execute();
    try {
      const future = await ta.app.inject({ method: 'POST', url: `/api/v1/people/${liferId}/risk-assessments`, headers: auth, payload: { date: '2011-01-01', riskOfSeriousHarm: 'low' } });
      expect(future.statusCode).toBe(400);
      expect(future.json()).toMatchObject({ field: 'date', detail: 'The assessment date 2011-01-01 is after today (2010-12-31): record an assessment or referral once it has been made.' });
      const referral = await ta.app.inject({ method: 'POST', url: `/api/v1/people/${liferId}/mappa-referrals`, headers: auth, payload: { date: '2011-02-01' } });
      expect(referral.statusCode).toBe(400);
      expect(referral.json()).toMatchObject({ field: 'date', detail: expect.stringContaining('The referral date 2011-02-01 is after today (2010-12-31)') });
      await expect(ta.app.services.risk.recordAssessment(ta.f.operator, { personId: liferId, date: '2011-01-01', riskOfSeriousHarm: 'low' })).rejects.toMatchObject({ field: 'date' });
      // Today itself is allowed (and taken out again: the next test counts the referrals).
      const today = await ta.app.inject({ method: 'POST', url: `/api/v1/people/${liferId}/mappa-referrals`, headers: auth, payload: { date: '2010-12-31' } });
      expect(today.statusCode).toBe(201);
      await t.db.deleteFrom('mappa_referrals').where('id', '=', today.json().id).execute();
    } finally {
      await t.db.updateTable('partnerships').set({ data_as_of: null }).where('id', '=', ta.f.partnershipId).execute();
    }
    expect((await ta.app.inject({ method: 'GET', url: `/api/v1/people/${liferId}/risk-assessments`, headers: auth })).json().riskAssessments[0]).toMatchObject({ date: '2010-06-01', riskOfSeriousHarm: 'medium' });

    const analyst = await createApiToken(t.db, ta.users.analyst!.userId, 'test', { scope: 'role' });
    const refused = await ta.app.inject({ method: 'POST', url: `/api/v1/people/${liferId}/risk-assessments`, headers: { authorization: `Bearer ${analyst}` }, payload: { date: '2010-06-01', riskOfSeriousHarm: 'low' } });
    expect(refused.statusCode).toBe(403);
  });

  it('records and lists MAPPA referrals, refusing an outcome date before the referral', async () => {
    const token = await createApiToken(t.db, ta.users.probation!.userId, 'test', { scope: 'role' });
    const auth = { authorization: `Bearer ${token}` };
    const post = await ta.app.inject({ method: 'POST', url: `/api/v1/people/${liferId}/mappa-referrals`, headers: auth, payload: { date: '2010-06-02', outcome: 'level 1', outcomeDate: '2010-06-20' } });
    expect(post.statusCode).toBe(201);
    expect(post.headers.etag).toMatch(/^"mappa_referral-\d+-v1"$/);
    const list = await ta.app.inject({ method: 'GET', url: `/api/v1/people/${liferId}/mappa-referrals`, headers: auth });
    expect(list.json().mappaReferrals).toEqual([expect.objectContaining({ date: '2010-06-02', outcome: 'level 1', outcomeDate: '2010-06-20' })]);
    expect(list.headers.etag).toBeTruthy();
    const bad = await ta.app.inject({ method: 'POST', url: `/api/v1/people/${liferId}/mappa-referrals`, headers: auth, payload: { date: '2010-06-02', outcome: 'level 1', outcomeDate: '2010-06-01' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'outcomeDate' });
  });
});

describe('the person page', () => {
  it('records a risk assessment and a MAPPA referral through its forms and shows them', async () => {
    const s = await signInAs(ta.app, 'probation');
    const post = (url: string, fields: Record<string, string>) =>
      ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(s.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: s.csrf, ...fields }).toString() });
    const a = await post(`/people/${violentId}/risk-assessments`, { date: '2010-06-10', riskOfSeriousHarm: 'high', assessorAgency: 'PROBATION', assessor: '', notes: '' });
    expect(a.statusCode).toBe(303);
    expect(a.headers.location).toBe(`/people/${violentId}#risk`);
    const m = await post(`/people/${violentId}/mappa-referrals`, { date: '2010-06-11', outcome: '', outcomeDate: '' });
    expect(m.statusCode).toBe(303);
    const bad = await post(`/people/${violentId}/risk-assessments`, { date: '2010-02-30', riskOfSeriousHarm: 'high' });
    expect(bad.statusCode).toBe(400);
    // No level chosen: the levels in words, as the form's labels have them, never the code very_high.
    const none = await post(`/people/${violentId}/risk-assessments`, { date: '2010-06-10', riskOfSeriousHarm: '' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Risk of serious harm must be low, medium, high or very high.');
    // Not in what the page says (a refused form comes back as the person page, whose radio values are codes, as any form's are).
    expect(none.body.replace(/<[^>]*>/g, ' ')).not.toContain('very_high');
    const page = await ta.app.inject({ method: 'GET', url: `/people/${violentId}`, headers: { cookie: cookieHeader(s.jar) } });
    expect(page.body).toContain('High risk of serious harm, assessed 2010-06-10.');
    expect(page.body).toContain('Risk assessment: high risk of serious harm');
    expect(page.body).toContain('Assessed by Test probation');
    expect(page.body).toContain('MAPPA referral');
    expect(page.body).toContain('Record a risk assessment');
  });
});
