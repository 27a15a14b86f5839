// The prison link's release planning (issue 15): planning a release makes the
// three tasks, due a week before the expected release from custody; each
// records who was told and when, and is then done. Treatment continuity is
// health detail: withheld from, and not recordable by, those who may not see it.
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

const inCustody = (ref: string, expectedRelease: string | null = '2010-09-30') => w.newCase(ref, { custody: { reception: '2010-01-10', expectedRelease } });

describe('planning a release', () => {
  it('makes the three tasks due a week before the expected release, each owned by the team’s agency of its kind (API, 201)', async () => {
    const c = await inCustody('REL0001');
    const res = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/release-plan`, {});
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    expect(plan.expectedRelease).toBe('2010-09-30');
    expect(plan.tasks.map((x: { kind: string; dueDate: string; ownerAgencyId: number; status: string }) => [x.kind, x.dueDate, x.ownerAgencyId, x.status])).toEqual([
      ['release_accommodation', '2010-09-23', w.agencies.probation, 'open'],
      ['release_treatment', '2010-09-23', w.agencies.drug_service, 'open'],
      ['release_police_informed', '2010-09-23', w.agencies.police, 'open'],
    ]);
    const audit = await t.db.selectFrom('audit_log').select('what').where('person_id', '=', c.personId).execute();
    expect(audit.map((e) => e.what)).toEqual(['planned a release from custody']);
    // Planned once: a second plan while tasks are open is refused.
    expect((await w.api('probation', 'POST', `/api/v1/people/${c.ref}/release-plan`, {})).statusCode).toBe(409);
  });

  it('refuses when the person is not in custody and no date is given, naming the field; a given date is used', async () => {
    const c = await w.newCase('REL0002');
    const res = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/release-plan`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ field: 'expectedRelease', detail: `${c.ref} is not in custody on ${TODAY}: give the expected release date to plan a release.` });
    const past = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/release-plan`, { expectedRelease: '2010-06-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ field: 'expectedRelease' });
    const soon = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/release-plan`, { expectedRelease: '2010-07-03' });
    expect(soon.statusCode).toBe(201);
    expect(soon.json().tasks[0].dueDate).toBe(TODAY);
  });

  it('through the case page’s form, redirects 303 back to the case', async () => {
    const c = await inCustody('REL0003');
    const res = await w.form('probation', `/people/${c.personId}/case/release-plan`, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/people/${c.personId}/case#release`);
    expect(await t.db.selectFrom('case_actions').select('kind').where('case_id', '=', c.caseId).execute()).toHaveLength(3);
  });
});

describe('a release planning task', () => {
  /** A release planned on `setOn` (the tasks' creation, moved back: the service stamps the wall clock, which the partnership's today caps). */
  async function planned(ref: string, setOn = '2010-06-25') {
    const c = await inCustody(ref);
    const plan = await w.app.services.appointments.planRelease(w.actor('probation'), { personId: c.personId });
    await t.db.updateTable('case_actions').set({ created_at: new Date(`${setOn}T09:00:00Z`) }).where('id', 'in', plan.tasks.map((x) => x.id)).execute();
    const id = (kind: string) => plan.tasks.find((x) => x.kind === kind)!.id;
    return { ...c, accommodation: id('release_accommodation'), treatment: id('release_treatment'), police: id('release_police_informed') };
  }

  it('records who was told and when, and is done (API, If-Match; stale is 412)', async () => {
    const c = await planned('REL0010');
    const res = await w.api('officer', 'POST', `/api/v1/actions/${c.police}/release-task`, { toldWhom: 'Northtown neighbourhood team', toldOn: '2010-06-28' }, { 'if-match': `"action-${c.police}-v1"` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'release_police_informed', status: 'done', toldWhom: 'Northtown neighbourhood team', toldOn: '2010-06-28', version: 2 });
    expect(res.headers.etag).toBe(`"action-${c.police}-v2"`);
    const stale = await w.api('probation', 'POST', `/api/v1/actions/${c.police}/release-task`, { toldWhom: 'Someone else' }, { 'if-match': `"action-${c.police}-v1"` });
    expect(stale.statusCode).toBe(412);
    const row = await t.db.selectFrom('case_actions').select(['told_whom', 'told_on', 'completed_on', 'status']).where('id', '=', c.police).executeTakeFirstOrThrow();
    expect(row).toEqual({ told_whom: 'Northtown neighbourhood team', told_on: '2010-06-28', completed_on: '2010-06-28', status: 'done' });
  });

  it('refuses a told date after today and an empty "told whom", naming the fields', async () => {
    const c = await planned('REL0011');
    const future = await w.api('probation', 'POST', `/api/v1/actions/${c.accommodation}/release-task`, { toldWhom: 'Housing options', toldOn: '2010-07-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ field: 'toldOn' });
    const empty = await w.form('probation', `/actions/${c.accommodation}/release-task`, { toldWhom: ' ' });
    expect(empty.statusCode).toBe(400);
    const ok = await w.form('probation', `/actions/${c.accommodation}/release-task`, { toldWhom: 'Housing options', toldOn: '', version: '1' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/people/${c.personId}/case#release`);
  });

  it('refuses a told date before the task was set or before the case opened, on every door, naming the field', async () => {
    const c = await planned('REL0015');
    const before = await w.api('probation', 'POST', `/api/v1/actions/${c.accommodation}/release-task`, { toldWhom: 'Housing options', toldOn: '2010-06-24' });
    expect(before.statusCode).toBe(400);
    expect(before.json()).toMatchObject({ field: 'toldOn', detail: 'The date they were told cannot be before the task was set (2010-06-25).' });
    const web = await w.form('probation', `/actions/${c.accommodation}/release-task`, { toldWhom: 'Housing options', toldOn: '1900-01-01', version: '1' });
    expect(web.statusCode).toBe(400);
    expect(web.body).toContain('The date they were told cannot be before the case opened (2009-06-01).');
    await expect(w.app.services.appointments.recordReleaseTask(w.actor('probation'), { actionId: c.accommodation, toldWhom: 'Housing options', toldOn: '2009-05-31' })).rejects.toMatchObject({ kind: 'invalid_input', field: 'toldOn' });
    const row = await t.db.selectFrom('case_actions').select(['status', 'told_on']).where('id', '=', c.accommodation).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'open', told_on: null });
    // On the day it was set, it is taken.
    expect((await w.api('probation', 'POST', `/api/v1/actions/${c.accommodation}/release-task`, { toldWhom: 'Housing options', toldOn: '2010-06-25' })).statusCode).toBe(200);
  });

  it('treatment continuity is recorded by the drug service and withheld from the police', async () => {
    const c = await planned('REL0012');
    const refused = await w.api('officer', 'POST', `/api/v1/actions/${c.treatment}/release-task`, { toldWhom: 'Community drug team' });
    expect(refused.statusCode).toBe(403);
    const ok = await w.api('drugworker', 'POST', `/api/v1/actions/${c.treatment}/release-task`, { toldWhom: 'Community drug team, script transfer', toldOn: '2010-06-29' });
    expect(ok.json()).toMatchObject({ status: 'done', toldWhom: 'Community drug team, script transfer', withheld: null });
    // The police see the other tasks' detail but not this one's.
    const plan = await w.app.services.appointments.recordReleaseTask(w.actor('officer'), { actionId: c.police, toldWhom: 'Control room' });
    expect(plan.toldWhom).toBe('Control room');
  });

  it('planned by the police, shows the treatment task without its detail, saying why', async () => {
    const c = await inCustody('REL0014');
    const plan = await w.app.services.appointments.planRelease(w.actor('officer'), { personId: c.personId });
    const treatment = plan.tasks.find((x) => x.kind === 'release_treatment')!;
    expect(treatment.withheld).toMatch(/drug-service staff and the agency that leads the case/);
    expect(plan.tasks.filter((x) => x.withheld !== null)).toHaveLength(1);
  });

  it('refuses an action that is not a release planning task', async () => {
    const c = await w.newCase('REL0013');
    const m = await w.app.services.appointments.record(w.actor('drugworker'), { personId: c.personId }, { date: '2010-06-01', purpose: 'Key work', status: 'missed' });
    const res = await w.api('drugworker', 'POST', `/api/v1/actions/${m.outreach!.id}/release-task`, { toldWhom: 'x' });
    expect(res.statusCode).toBe(409);
  });
});
