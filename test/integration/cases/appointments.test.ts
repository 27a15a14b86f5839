// Appointments (issue 15): recording one planned or late with its outcome,
// recording an outcome later as a versioned edit, through the service, the
// JSON API (201/200/412/400 with problem details naming the field) and the
// case page's forms (303 back to the case); every step audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { caseWorld, TODAY, type CaseWorld } from './appointments-support.js';
import { StaleEditError } from '../../../src/errors.js';
import { failureOf } from '../../../src/cli/failure.js';

let t: TestDatabase;
let w: CaseWorld;

beforeAll(async () => {
  t = await testDatabase();
  w = await caseWorld(t);
}, 60_000);
afterAll(async () => {
  await w?.app.close();
  await t?.close();
});

const audit = (personId: number) => t.db.selectFrom('audit_log').select(['what', 'action', 'details']).where('person_id', '=', personId).orderBy('id').execute();

describe('recording an appointment (the service)', () => {
  it('records a planned appointment on a future date, with the actor’s agency, and audits it', async () => {
    const c = await w.newCase('APPT0001');
    const a = await w.app.services.appointments.record(w.actor('drugworker'), { personId: c.personId }, { date: '2010-07-14', purpose: 'Script review' });
    expect(a).toMatchObject({ status: 'planned', date: '2010-07-14', purpose: 'Script review', agencyId: w.agencies.drug_service, caseId: c.caseId, outreach: null, disengagement: null, version: 1 });
    expect((await audit(c.personId)).map((e) => e.what)).toEqual(['recorded an appointment']);
  });

  it('records work done earlier, entered late: a past date with its outcome', async () => {
    const c = await w.newCase('APPT0002');
    const a = await w.app.services.appointments.record(w.actor('probation'), { personRef: c.ref }, { date: '2010-05-03', purpose: 'Supervision', status: 'attended' });
    expect(a).toMatchObject({ status: 'attended', date: '2010-05-03', outcomeRecordedOn: TODAY, agencyId: w.agencies.probation });
  });

  it('refuses an attended or missed appointment dated after today, with a clear message naming the date field', async () => {
    const c = await w.newCase('APPT0003');
    for (const status of ['attended', 'missed']) {
      const e = await w.app.services.appointments.record(w.actor('probation'), { personId: c.personId }, { date: '2010-07-01', purpose: 'Supervision', status }).catch((x: unknown) => x);
      expect(e).toMatchObject({ kind: 'invalid_input', field: 'date' });
      expect((e as Error).message).toBe(`An appointment cannot be recorded as ${status} before its date (2010-07-01 is after today, ${TODAY}).`);
    }
    expect(await t.db.selectFrom('appointments').select('id').where('case_id', '=', c.caseId).execute()).toEqual([]);
  });

  it('refuses a bad date, an empty purpose and an unknown status, naming each field', async () => {
    const c = await w.newCase('APPT0004');
    const s = w.app.services.appointments;
    await expect(s.record(w.actor('probation'), { personId: c.personId }, { date: '2010-02-30', purpose: 'x' })).rejects.toMatchObject({ field: 'date', message: 'The appointment date must be a date as YYYY-MM-DD, not "2010-02-30".' });
    await expect(s.record(w.actor('probation'), { personId: c.personId }, { date: '2010-06-01', purpose: '  ' })).rejects.toMatchObject({ field: 'purpose' });
    await expect(s.record(w.actor('probation'), { personId: c.personId }, { date: '2010-06-01', purpose: 'x', status: 'lost' })).rejects.toMatchObject({ field: 'status' });
  });

  it('refuses a person with no open case, and roles that do no case work', async () => {
    const personId = (await w.newCase('APPT0005')).personId;
    await t.db.updateTable('cases').set({ closed_on: '2010-06-01' }).where('person_id', '=', personId).execute();
    const none = await w.app.services.appointments.record(w.actor('probation'), { personId }, { date: '2010-06-01', purpose: 'x' }).catch((e: unknown) => e);
    expect(none).toMatchObject({ kind: 'not_found', message: 'APPT0005 has no open case.' });
    // Each door says how to open one in its own words: the web its page, the API its path, the CLI its command.
    const web = await w.form('probation', `/people/${personId}/case/appointments`, { date: '2010-06-01', purpose: 'x', status: 'planned', agencyId: '' });
    expect(web.statusCode).toBe(404);
    expect(web.body.replaceAll('&#39;', "'")).toContain(`APPT0005 has no open case. Open one first on the person's case page (/people/${personId}/case).`);
    expect(web.body).not.toContain('waymark case');
    const api = await w.api('probation', 'POST', '/api/v1/people/APPT0005/appointments', { date: '2010-06-01', purpose: 'x' });
    expect(api.json()).toMatchObject({ status: 404, detail: 'APPT0005 has no open case. Open one first with POST /api/v1/people/APPT0005/case {"scheme": "SCHEME", "leadAgency"}.' });
    expect(failureOf(none).text).toBe('waymark: APPT0005 has no open case. Open one first with waymark case open APPT0005 --scheme SCHEME --lead AGENCY.\n');
    const closing = await w.newCase('APPT0009');
    const planned = await w.app.services.appointments.record(w.actor('probation'), { personId: closing.personId }, { date: '2010-06-01', purpose: 'x' });
    await t.db.updateTable('cases').set({ closed_on: '2010-06-15' }).where('id', '=', closing.caseId).execute();
    await expect(w.app.services.appointments.recordOutcome(w.actor('probation'), { appointmentId: planned.id, status: 'missed' })).rejects.toMatchObject({ kind: 'conflict', message: "APPT0009's case was closed on 2010-06-15; its appointments can no longer be changed." });
    const open = await w.newCase('APPT0006');
    await expect(w.app.services.appointments.record(w.actor('analyst'), { personId: open.personId }, { date: '2010-06-01', purpose: 'x' })).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('records an outcome later as a versioned edit: a stale version is refused and nothing changes', async () => {
    const c = await w.newCase('APPT0007');
    const s = w.app.services.appointments;
    const a = await s.record(w.actor('drugworker'), { personId: c.personId }, { date: '2010-06-28', purpose: 'Key work' });
    const first = await s.recordOutcome(w.actor('drugworker'), { appointmentId: a.id, status: 'attended', version: 1 });
    expect(first).toMatchObject({ status: 'attended', version: 2 });
    const second = await s.recordOutcome(w.actor('probation'), { appointmentId: a.id, status: 'missed', version: 1 }).catch((x: unknown) => x);
    expect(second).toBeInstanceOf(StaleEditError);
    expect((second as Error).message).toMatch(/^This appointment was changed by drugworker at .* UTC after you opened it\. It is now recorded as attended\. Your change was not saved/);
    const row = await t.db.selectFrom('appointments').select(['status', 'version']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'attended', version: 2 });
    expect(await t.db.selectFrom('case_actions').select('id').where('appointment_id', '=', a.id).execute()).toEqual([]);
    // Without a version, an outcome already recorded is a conflict: it is recorded once.
    await expect(s.recordOutcome(w.actor('probation'), { appointmentId: a.id, status: 'missed' })).rejects.toMatchObject({ kind: 'conflict', field: 'status' });
  });

  it('withholds a drug-service appointment’s purpose from the police, unless they may see health detail', async () => {
    const c = await w.newCase('APPT0008');
    const a = await w.app.services.appointments.record(w.actor('drugworker'), { personId: c.personId }, { date: '2010-07-02', purpose: 'Methadone titration' });
    const seen = await w.app.services.appointments.view(w.actor('officer'), a.id);
    expect(seen.purpose).toBeNull();
    expect(seen.purposeWithheld).toMatch(/drug-service staff and the agency that leads the case/);
    expect((await w.app.services.appointments.view(w.actor('probation'), a.id)).purpose).toBe('Methadone titration');
  });
});

describe('the API', () => {
  it('POST /api/v1/people/:personRef/appointments answers 201 with the planned appointment and its ETag', async () => {
    const c = await w.newCase('APIA0001');
    const res = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/appointments`, { date: '2010-07-05', purpose: 'Supervision' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'planned', date: '2010-07-05', purpose: 'Supervision', personRef: c.ref, version: 1 });
    expect(typeof body.id).toBe('number');
    expect(res.headers.etag).toBe(`"appointment-${body.id}-v1"`);
    expect(res.headers.location).toBe(`/api/v1/appointments/${body.id}`);
  });

  it('answers 400 with problem details naming the field', async () => {
    const c = await w.newCase('APIA0002');
    const missing = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/appointments`, { date: '2010-07-05' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ status: 400, field: 'purpose' });
    const future = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/appointments`, { date: '2010-07-05', purpose: 'x', status: 'missed' });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ status: 400, code: 'invalid_input', field: 'date', detail: `An appointment cannot be recorded as missed before its date (2010-07-05 is after today, ${TODAY}).` });
    expect(future.headers['content-type']).toMatch(/^application\/problem\+json/);
    const unknown = await w.api('probation', 'POST', '/api/v1/people/NOSUCHREF/appointments', { date: '2010-07-05', purpose: 'x' });
    expect(unknown.statusCode).toBe(404);
  });

  it('POST /api/v1/appointments/:id/outcome answers 200 with the appointment, its new ETag and the outreach a miss opened; a stale If-Match is 412', async () => {
    const c = await w.newCase('APIA0003');
    const made = (await w.api('drugworker', 'POST', `/api/v1/people/${c.ref}/appointments`, { date: '2010-06-25', purpose: 'Key work' })).json();
    const got = await w.api('drugworker', 'GET', `/api/v1/appointments/${made.id}`);
    expect(got.statusCode).toBe(200);
    const etag = got.headers.etag as string;
    expect(etag).toMatch(new RegExp(`^"appointment-${made.id}-v1\\.`));

    const res = await w.api('drugworker', 'POST', `/api/v1/appointments/${made.id}/outcome`, { status: 'missed' }, { 'if-match': etag });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: made.id, status: 'missed', version: 2, outreach: { dueDate: '2010-06-27', ownerAgencyId: w.agencies.drug_service }, disengagement: null });
    expect(res.headers.etag).toBe(`"appointment-${made.id}-v2"`);
    const action = await t.db.selectFrom('case_actions').select(['kind', 'due_date', 'appointment_id', 'status']).where('id', '=', body.outreach.id).executeTakeFirstOrThrow();
    expect(action).toEqual({ kind: 'assertive_outreach', due_date: '2010-06-27', appointment_id: made.id, status: 'open' });

    const stale = await w.api('probation', 'POST', `/api/v1/appointments/${made.id}/outcome`, { status: 'attended' }, { 'if-match': etag });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ status: 412, title: 'Someone else changed this first' });
    expect(stale.json().detail).toMatch(/It is now recorded as missed\./);
  });

  it('refuses an outcome that is not attended, missed or cancelled, naming the field', async () => {
    const c = await w.newCase('APIA0004');
    const made = (await w.api('drugworker', 'POST', `/api/v1/people/${c.ref}/appointments`, { date: '2010-06-25', purpose: 'Key work' })).json();
    const res = await w.api('drugworker', 'POST', `/api/v1/appointments/${made.id}/outcome`, { status: 'planned' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'status' });
    const none = await w.api('drugworker', 'POST', `/api/v1/appointments/${made.id}/outcome`, {});
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ field: 'status' });
  });

  it('refuses a future attendance recorded as an outcome', async () => {
    const c = await w.newCase('APIA0005');
    const made = (await w.api('drugworker', 'POST', `/api/v1/people/${c.ref}/appointments`, { date: '2010-07-09', purpose: 'Key work' })).json();
    const res = await w.api('drugworker', 'POST', `/api/v1/appointments/${made.id}/outcome`, { status: 'attended' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe(`An appointment cannot be recorded as attended before its date (2010-07-09 is after today, ${TODAY}).`);
    // A future appointment may be cancelled.
    expect((await w.api('drugworker', 'POST', `/api/v1/appointments/${made.id}/outcome`, { status: 'cancelled' })).json()).toMatchObject({ status: 'cancelled', outreach: null });
  });
});

describe('the OpenAPI document', () => {
  it('describes the writes, with 412 where If-Match applies', async () => {
    const doc = (await w.api('probation', 'GET', '/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths['/api/v1/people/{personRef}/appointments'].post.responses)).toEqual(expect.arrayContaining(['201', '400', '404', '409']));
    expect(Object.keys(doc.paths['/api/v1/appointments/{id}/outcome'].post.responses)).toEqual(expect.arrayContaining(['200', '400', '412']));
    expect(doc.paths['/api/v1/disengagements/{id}/route'].post).toBeDefined();
    expect(doc.paths['/api/v1/actions/{id}/release-task'].post).toBeDefined();
  });
});

describe('the case page’s forms', () => {
  it('record an appointment and its outcome, redirecting 303 back to the case', async () => {
    const c = await w.newCase('FORM0001');
    const res = await w.form('drugworker', `/people/${c.personId}/case/appointments`, { date: '2010-06-29', purpose: 'Key work', status: 'planned', agencyId: '' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/people/${c.personId}/case#appointments`);
    const a = await t.db.selectFrom('appointments').select(['id', 'status', 'agency_id']).where('case_id', '=', c.caseId).executeTakeFirstOrThrow();
    expect(a).toMatchObject({ status: 'planned', agency_id: w.agencies.drug_service });
    const out = await w.form('drugworker', `/appointments/${a.id}/outcome`, { status: 'missed', version: '1' });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe(`/people/${c.personId}/case#appointments`);
    expect(await t.db.selectFrom('case_actions').select(['kind', 'due_date']).where('case_id', '=', c.caseId).execute()).toEqual([{ kind: 'assertive_outreach', due_date: '2010-07-01' }]);
  });

  it('show the other change when a second form was drawn from an older version', async () => {
    const c = await w.newCase('FORM0002');
    const a = await w.app.services.appointments.record(w.actor('probation'), { personId: c.personId }, { date: '2010-06-20', purpose: 'Supervision' });
    expect((await w.form('probation', `/appointments/${a.id}/outcome`, { status: 'attended', version: '1' })).statusCode).toBe(303);
    const res = await w.form('drugworker', `/appointments/${a.id}/outcome`, { status: 'missed', version: '1' });
    expect(res.statusCode).toBe(412);
    expect(res.body).toContain('Someone else changed this first');
    expect(res.body).toContain('It is now recorded as attended.');
  });

  it('refuse a form without its CSRF token', async () => {
    const c = await w.newCase('FORM0003');
    const s = await w.session('probation');
    const res = await w.app.inject({
      method: 'POST',
      url: `/people/${c.personId}/case/appointments`,
      headers: { cookie: Object.entries(s.jar).map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ date: '2010-06-29', purpose: 'x' }).toString(),
    });
    expect(res.statusCode).toBe(403);
  });
});
