// Assertive outreach and the disengagement pathway (issue 15) at their
// boundaries, through the service and the API: the outreach due day is the
// MISSED appointment's date plus the partnership's outreach days; a further
// miss while outreach is open, or on the 28th day after it closed, opens the
// pathway, on the 29th it does not; attendance closes outreach; the lead
// records the route and its outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { caseWorld, TODAY, type CaseWorld } from './appointments-support.js';

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

const svc = () => w.app.services.appointments;
const miss = (personId: number, date: string, who: 'drugworker' | 'probation' = 'drugworker') => svc().record(w.actor(who), { personId }, { date, purpose: 'Key work', status: 'missed' });
const attend = (personId: number, date: string) => svc().record(w.actor('probation'), { personId }, { date, purpose: 'Supervision', status: 'attended' });
const actionsOf = (caseId: number) => t.db.selectFrom('case_actions').select(['id', 'kind', 'due_date', 'status', 'completed_on', 'outcome', 'owner_agency_id', 'appointment_id']).where('case_id', '=', caseId).orderBy('id').execute();
const pathwaysOf = (caseId: number) => t.db.selectFrom('disengagements').select(['id', 'stage', 'opened_on', 'appointment_id', 'route', 'outcome']).where('case_id', '=', caseId).execute();

describe('a missed appointment', () => {
  it('opens outreach due 2 days after the missed date (not the day it was recorded), owned by the appointment’s agency, with an alert', async () => {
    const c = await w.newCase('OUT0001');
    const a = await miss(c.personId, '2010-05-10');
    expect(a.outreach).toMatchObject({ dueDate: '2010-05-12', ownerAgencyId: w.agencies.drug_service });
    expect(await actionsOf(c.caseId)).toEqual([
      expect.objectContaining({ kind: 'assertive_outreach', due_date: '2010-05-12', status: 'open', owner_agency_id: w.agencies.drug_service, appointment_id: a.id }),
    ]);
    const alerts = await t.db.selectFrom('alerts').select(['kind', 'raised_on', 'about_date', 'case_id', 'dedupe_key']).where('person_id', '=', c.personId).execute();
    expect(alerts).toEqual([{ kind: 'missed_appointment', raised_on: TODAY, about_date: '2010-05-10', case_id: c.caseId, dedupe_key: `appointment:${a.id}:case:${c.caseId}` }]);
    const audit = await t.db.selectFrom('audit_log').select('what').where('person_id', '=', c.personId).orderBy('id').execute();
    expect(audit.map((e) => e.what)).toEqual(['recorded an appointment', 'opened assertive outreach after a missed appointment']);
  });

  it('entered late, its outreach takes an outcome dated from the missed day on, not before it', async () => {
    const c = await w.newCase('OUT0009');
    const a = await miss(c.personId, '2010-05-10');
    const early = await w.api('drugworker', 'POST', `/api/v1/actions/${a.outreach!.id}/outcome`, { status: 'done', outcome: 'Phoned', completedOn: '2010-05-09' });
    expect(early.json()).toMatchObject({ status: 400, field: 'completedOn', detail: 'An outcome cannot be dated before the action was set (2010-05-10).' });
    const ok = await w.api('drugworker', 'POST', `/api/v1/actions/${a.outreach!.id}/outcome`, { status: 'done', outcome: 'Phoned', completedOn: '2010-05-11' });
    expect(ok.json()).toMatchObject({ status: 'done', completedOn: '2010-05-11' });
  });

  it('uses the partnership’s outreach days, set by an administrator (API), not by others', async () => {
    const refused = await w.api('manager', 'PUT', '/api/v1/settings/outreach-days', { days: 5 });
    expect(refused.statusCode).toBe(403);
    const bad = await w.api('admin', 'PUT', '/api/v1/settings/outreach-days', { days: 61 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'days' });
    const set = await w.api('admin', 'PUT', '/api/v1/settings/outreach-days', { days: 5 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ outreachDays: 5, was: 2 });
    try {
      expect((await w.api('probation', 'GET', '/api/v1/settings/outreach-days')).json()).toEqual({ outreachDays: 5 });
      const c = await w.newCase('OUT0002');
      expect((await miss(c.personId, '2010-05-30')).outreach?.dueDate).toBe('2010-06-04');
    } finally {
      await w.app.services.appointments.setOutreachDays(w.actor('admin'), 2);
    }
  });

  it('raises one alert per appointment however often it is asked (dedupe key)', async () => {
    const c = await w.newCase('OUT0003');
    const a = await miss(c.personId, '2010-05-10');
    await t.db.transaction().execute(async (trx) => {
      const { raiseAlert } = await import('../../../src/alerts/raise.js');
      expect(await raiseAlert(trx, { partnershipId: w.partnershipId, personId: c.personId, kind: 'missed_appointment', raisedOn: TODAY, detail: 'again', dedupeKey: `appointment:${a.id}` })).toBe(0);
    });
  });
});

describe('attendance', () => {
  it('closes the open outreach of earlier misses, naming the attended date', async () => {
    const c = await w.newCase('OUT0010');
    const m = await miss(c.personId, '2010-05-10');
    const a = await attend(c.personId, '2010-05-14');
    expect(a.closedOutreach).toEqual([m.outreach!.id]);
    expect(await actionsOf(c.caseId)).toEqual([expect.objectContaining({ status: 'done', completed_on: '2010-05-14', outcome: 'Attended the appointment on 2010-05-14.' })]);
  });

  it('does not close outreach after a miss on the same day or later', async () => {
    const c = await w.newCase('OUT0011');
    await miss(c.personId, '2010-05-10');
    expect((await attend(c.personId, '2010-05-10')).closedOutreach).toEqual([]);
    expect((await actionsOf(c.caseId))[0]!.status).toBe('open');
  });
});

describe('a further miss', () => {
  it('while an outreach is open opens the disengagement pathway, since that miss’s date, and its own outreach', async () => {
    const c = await w.newCase('OUT0020');
    await miss(c.personId, '2010-05-10');
    const second = await miss(c.personId, '2010-05-11');
    expect(second.disengagement).toMatchObject({ stage: 'opened', since: '2010-05-11' });
    expect(second.outreach?.dueDate).toBe('2010-05-13');
    expect(await pathwaysOf(c.caseId)).toEqual([expect.objectContaining({ stage: 'opened', opened_on: '2010-05-11', appointment_id: second.id })]);
    // A third miss while the pathway is in progress opens no second one.
    const third = await miss(c.personId, '2010-05-20');
    expect(third.disengagement).toBeNull();
    expect(third.disengagementInProgress).toBe(second.disengagement!.id);
    expect(await pathwaysOf(c.caseId)).toHaveLength(1);
  });

  it('on the 28th day after the outreach closed opens the pathway', async () => {
    const c = await w.newCase('OUT0021');
    await miss(c.personId, '2010-03-01');
    await attend(c.personId, '2010-03-05');
    const late = await miss(c.personId, '2010-04-02');
    expect(late.disengagement).toMatchObject({ stage: 'opened', since: '2010-04-02' });
  });

  it('on the 29th day after the outreach closed does not: it opens a fresh outreach only', async () => {
    const c = await w.newCase('OUT0022');
    await miss(c.personId, '2010-03-01');
    await attend(c.personId, '2010-03-05');
    const later = await miss(c.personId, '2010-04-03');
    expect(later.disengagement).toBeNull();
    expect(later.outreach?.dueDate).toBe('2010-04-05');
    expect(await pathwaysOf(c.caseId)).toEqual([]);
  });

  it('recorded later as an outcome (API) says what it opened', async () => {
    const c = await w.newCase('OUT0023');
    await miss(c.personId, '2010-06-01');
    const planned = (await w.api('drugworker', 'POST', `/api/v1/people/${c.ref}/appointments`, { date: '2010-06-03', purpose: 'Key work' })).json();
    const res = await w.api('drugworker', 'POST', `/api/v1/appointments/${planned.id}/outcome`, { status: 'missed' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'missed', outreach: { dueDate: '2010-06-05' }, disengagement: { stage: 'opened', since: '2010-06-03' } });
  });
});

describe('the disengagement pathway', () => {
  async function opened(ref: string) {
    const c = await w.newCase(ref);
    await miss(c.personId, '2010-05-10');
    const d = (await miss(c.personId, '2010-05-12')).disengagement!;
    return { ...c, disengagementId: d.id };
  }

  it('is routed, then concluded, by the lead agency, through the API with If-Match', async () => {
    const c = await opened('DIS0001');
    const early = await w.api('probation', 'POST', `/api/v1/disengagements/${c.disengagementId}/outcome`, { outcome: 'Returned to court' });
    expect(early.statusCode).toBe(409);
    const routed = await w.api('probation', 'POST', `/api/v1/disengagements/${c.disengagementId}/route`, { route: 'breach', date: '2010-05-20' }, { 'if-match': `"disengagement-${c.disengagementId}-v1"` });
    expect(routed.statusCode).toBe(200);
    expect(routed.json()).toMatchObject({ stage: 'route_chosen', route: 'breach', routeOn: '2010-05-20', since: '2010-05-12', version: 2 });
    expect(routed.headers.etag).toBe(`"disengagement-${c.disengagementId}-v2"`);
    const stale = await w.api('probation', 'POST', `/api/v1/disengagements/${c.disengagementId}/outcome`, { outcome: 'Order revoked' }, { 'if-match': `"disengagement-${c.disengagementId}-v1"` });
    expect(stale.statusCode).toBe(412);
    const done = await w.api('probation', 'POST', `/api/v1/disengagements/${c.disengagementId}/outcome`, { outcome: 'Breach proved; order continued', date: '2010-06-15' });
    expect(done.json()).toMatchObject({ stage: 'concluded', outcome: 'Breach proved; order continued', concludedOn: '2010-06-15' });
    const audit = await t.db.selectFrom('audit_log').select('what').where('person_id', '=', c.personId).orderBy('id').execute();
    expect(audit.map((e) => e.what).slice(-2)).toEqual(['recorded the route of the disengagement pathway', 'recorded the outcome of the disengagement pathway']);
  });

  it('is refused to a practitioner of another agency; a scheme manager may record it', async () => {
    const c = await opened('DIS0002');
    const res = await w.api('drugworker', 'POST', `/api/v1/disengagements/${c.disengagementId}/route`, { route: 'enforcement' });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/Only the agency that leads the case/);
    const form = await w.form('manager', `/people/${c.personId}/case/disengagement/route`, { route: 'return_to_court', version: '1' });
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe(`/people/${c.personId}/case#disengagement`);
    expect((await pathwaysOf(c.caseId))[0]).toMatchObject({ stage: 'route_chosen', route: 'return_to_court' });
  });

  it('refuses an unknown route, naming the field', async () => {
    const c = await opened('DIS0003');
    const res = await w.api('probation', 'POST', `/api/v1/disengagements/${c.disengagementId}/route`, { route: 'ignore' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'route' });
    const form = await w.form('probation', `/people/${c.personId}/case/disengagement/route`, { route: 'ignore' });
    expect(form.statusCode).toBe(400);
    // The routes in words, not their codes: the page shows it as it is, and every door takes the words.
    expect(form.body).toContain('Choose the route taken: enforcement, breach or return to court, not &quot;ignore&quot;.');
    // Not in what the page says (the form's radio values are codes, as any form's are).
    expect(form.body.replace(/<[^>]*>/g, ' ')).not.toContain('return_to_court');
    const taken = await svc().recordDisengagementRoute(w.actor('probation'), { personId: c.personId }, { route: 'Return to court' });
    expect(taken).toMatchObject({ stage: 'route_chosen', route: 'return_to_court' });
  });

  it('after it concludes, a further miss may open a new one', async () => {
    const c = await opened('DIS0004');
    const s = svc();
    await s.recordDisengagementRoute(w.actor('probation'), { personId: c.personId }, { route: 'enforcement' });
    await s.recordDisengagementOutcome(w.actor('probation'), { personId: c.personId }, { outcome: 'Warning letter sent' });
    const again = await miss(c.personId, '2010-06-20');
    expect(again.disengagement).toMatchObject({ stage: 'opened', since: '2010-06-20' });
    expect(await pathwaysOf(c.caseId)).toHaveLength(2);
  });
});
