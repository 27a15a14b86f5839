// The case page's forms on a refusal: each form posted with bad input over
// HTTP comes back as the case page (400, or 409 for a clash), with the GOV.UK
// error summary linking to the field, a message that names the field, what
// was typed still in the form, and nothing stored. A stale edit gets a page
// leading back to the case; an over-long note is a field error, not a 413.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { caseWorld, type CaseWorld } from './appointments-support.js';
import { addPerson } from '../selection/support.js';
import { checked, expectRefusal, pageText as text, selectedOf, valueOf } from '../../support/refused-form.js';

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


const caseVersion = async (caseId: number) => (await w.db.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow()).version;
const count = async (table: 'case_actions' | 'case_notes' | 'needs_assessments' | 'appointments' | 'cases', where: { col: string; val: number }) =>
  Number((await w.db.selectFrom(table as 'cases').select((eb) => eb.fn.countAll().as('n')).where(where.col as 'id', '=', where.val).executeTakeFirstOrThrow()).n);

describe('the case page draws a refused form again', () => {
  it('opening a case: a date opened that is not a date', async () => {
    const scheme = await w.db.selectFrom('schemes').select('id').where('code', '=', 'PPO').executeTakeFirstOrThrow();
    const personId = await addPerson(w.db, w.ta.f, { ref: 'FORMS0001', memberSince: { schemeId: scheme.id, start: '2010-01-01' } });
    const res = await w.form('probation', `/people/${personId}/case`, { scheme: 'PPO', leadAgency: String(w.agencies.police), caseManager: '', openedOn: '2010-02-31' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'open-openedOn', /The date opened must be a real date written YYYY-MM-DD, not "2010-02-31"/);
    expect(valueOf(res.body, 'open-openedOn')).toBe('2010-02-31');
    expect(selectedOf(res.body, 'open-leadAgency')).toBe(String(w.agencies.police));
    expect(await count('cases', { col: 'person_id', val: personId })).toBe(0);
  });

  it('changing the lead: no lead agency chosen', async () => {
    const c = await w.newCase('FORMS0002');
    const v = await caseVersion(c.caseId);
    const manager = String(w.ta.users.drugworker!.userId);
    const res = await w.form('probation', `/people/${c.personId}/case/lead`, { leadAgency: '', caseManager: manager, version: String(v) });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'lead-leadAgency', /Choose the lead agency\./);
    expect(selectedOf(res.body, 'lead-caseManager')).toBe(manager);
    // The refused form is drawn open.
    expect(res.body).toMatch(/<details[^>]*id="change-lead"[^>]*open/);
    expect(await caseVersion(c.caseId)).toBe(v);
  });

  it('adding an agency to the team: no agency chosen', async () => {
    const c = await w.newCase('FORMS0003');
    const v = await caseVersion(c.caseId);
    const res = await w.form('probation', `/people/${c.personId}/case/team`, { agency: '', role: 'Tenancy support', worker: '', version: String(v) });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'team-agency', /Choose the agency on the team\./);
    expect(valueOf(res.body, 'team-role')).toBe('Tenancy support');
    expect(await caseVersion(c.caseId)).toBe(v);
  });

  it('taking an agency off the team: the lead, a clash shown on the page with a link to the team', async () => {
    const c = await w.newCase('FORMS0004');
    const v = await caseVersion(c.caseId);
    const res = await w.form('probation', `/people/${c.personId}/case/team/remove`, { agency: String(w.agencies.probation), version: String(v) });
    expect(res.statusCode).toBe(409);
    const page = text(res.body);
    expect(page).toContain('govuk-error-summary');
    expect(page).toMatch(/<a href="#team">Test probation leads this case: change the lead before taking it off the team\.<\/a>/);
    expect(await caseVersion(c.caseId)).toBe(v);
  });

  it('adding an action: a due date that is not a date', async () => {
    const c = await w.newCase('FORMS0005');
    const res = await w.form('probation', `/people/${c.personId}/case/actions`, { pathway: 'health', description: 'Register with a GP', ownerAgency: String(w.agencies.drug_service), dueDate: 'next Tuesday' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'action-dueDate', /The due date must be a real date written YYYY-MM-DD, not "next Tuesday"/);
    expect(valueOf(res.body, 'action-description')).toBe('Register with a GP');
    expect(valueOf(res.body, 'action-dueDate')).toBe('next Tuesday');
    expect(selectedOf(res.body, 'action-pathway')).toBe('health');
    expect(selectedOf(res.body, 'action-ownerAgency')).toBe(String(w.agencies.drug_service));
    expect(await count('case_actions', { col: 'case_id', val: c.caseId })).toBe(0);
  });

  it("recording an action's outcome: no outcome given", async () => {
    const c = await w.newCase('FORMS0006');
    const a = await w.app.services.cases.addAction(w.actor('probation'), { personId: c.personId }, { pathway: 'accommodation', description: 'Find a hostel place', ownerAgency: 'PROBATION', dueDate: '2010-07-10' });
    // The case drawn again is the action's person's, whatever a form says (another person's id here).
    const other = await w.newCase('FORMS0016');
    const res = await w.form('probation', `/actions/${a.id}/outcome`, { status: 'cancelled', outcome: ' ', version: '1', personId: String(other.personId) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(`action="/actions/${a.id}/outcome"`);
    expect(res.body).not.toContain('FORMS0016');
    expectRefusal(res.body, `action-${a.id}-outcome`, /Give the outcome\./);
    expect(checked(res.body, 'status', 'cancelled')).toBe(true);
    expect((await w.db.selectFrom('case_actions').select(['status', 'version']).where('id', '=', a.id).executeTakeFirstOrThrow())).toEqual({ status: 'open', version: 1 });
  });

  it('recording an assessment: a date that is not a date, keeping every rating and note', async () => {
    const c = await w.newCase('FORMS0007');
    const fields: Record<string, string> = { kind: 'initial', date: '2010-06-31' };
    for (const p of ['accommodation', 'education_training_employment', 'health', 'drugs_alcohol', 'finance_benefit_debt', 'children_families', 'attitudes_thinking_behaviour']) fields[`rating_${p}`] = 'low';
    fields.rating_drugs_alcohol = 'high';
    fields.note_drugs_alcohol = 'Daily heroin use';
    const res = await w.form('drugworker', `/people/${c.personId}/case/assessments`, fields);
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'assess-date', /The date of the assessment must be a real date written YYYY-MM-DD, not "2010-06-31"/);
    expect(valueOf(res.body, 'assess-date')).toBe('2010-06-31');
    expect(checked(res.body, 'rating_drugs_alcohol', 'high')).toBe(true);
    expect(checked(res.body, 'rating_health', 'low')).toBe(true);
    expect(valueOf(res.body, 'assess-ratings-drugs_alcohol-note')).toBe('Daily heroin use');
    expect(await count('needs_assessments', { col: 'case_id', val: c.caseId })).toBe(0);
  });

  it('recording an assessment: a pathway left unrated is shown on its own radios', async () => {
    const c = await w.newCase('FORMS0008');
    const res = await w.form('drugworker', `/people/${c.personId}/case/assessments`, { kind: 'initial', rating_accommodation: 'medium' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'assess-ratings-education_training_employment', /Rate Education, training and employment/);
    expect(checked(res.body, 'rating_accommodation', 'medium')).toBe(true);
  });

  it('adding a note: a 300 KB note is a field error naming the limit, and the note field says the limit', async () => {
    const c = await w.newCase('FORMS0009');
    const blank = await w.ta.app.inject({ method: 'GET', url: `/people/${c.personId}/case`, headers: { cookie: (await import('../../support/app.js')).cookieHeader((await w.session('probation')).jar) } });
    expect(blank.body).toMatch(/You can enter up to 5,?000 characters/);
    const body = 'A long account of the visit. '.repeat(10_500);
    const res = await w.form('probation', `/people/${c.personId}/case/notes`, { body, sensitivity: 'health' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'note-body', /The note is too long: at most 5000 characters \(it has \d+\)/);
    expect(valueOf(res.body, 'note-body')).toBe(body);
    expect(checked(res.body, 'sensitivity', 'health')).toBe(true);
    expect(await count('case_notes', { col: 'case_id', val: c.caseId })).toBe(0);
  });

  it('booking an appointment: a date that is not a date', async () => {
    const c = await w.newCase('FORMS0010');
    const res = await w.form('probation', `/people/${c.personId}/case/appointments`, { date: '30/06/2010', purpose: 'Supervision', agencyId: String(w.agencies.police), status: 'missed' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'appointment-date', /appointment date/i);
    expect(valueOf(res.body, 'appointment-date')).toBe('30/06/2010');
    expect(valueOf(res.body, 'appointment-purpose')).toBe('Supervision');
    expect(selectedOf(res.body, 'appointment-agencyId')).toBe(String(w.agencies.police));
    expect(checked(res.body, 'status', 'missed')).toBe(true);
    expect(await count('appointments', { col: 'case_id', val: c.caseId })).toBe(0);
  });

  it("recording an appointment's outcome: none chosen", async () => {
    const c = await w.newCase('FORMS0011');
    const a = await w.app.services.appointments.record(w.actor('probation'), { personId: c.personId }, { date: '2010-06-20', purpose: 'Supervision' });
    const res = await w.form('probation', `/appointments/${a.id}/outcome`, { status: '', version: '1' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, `appointment-${a.id}-status`, /Choose the outcome: attended, missed or cancelled\./);
    expect((await w.db.selectFrom('appointments').select('status').where('id', '=', a.id).executeTakeFirstOrThrow()).status).toBe('planned');
  });

  it('recording the disengagement route and then its outcome: dates that are not dates', async () => {
    const c = await w.newCase('FORMS0012');
    const probation = w.actor('probation');
    await w.app.services.appointments.record(probation, { personId: c.personId }, { date: '2010-06-01', purpose: 'Supervision', status: 'missed' });
    const second = await w.app.services.appointments.record(probation, { personId: c.personId }, { date: '2010-06-02', purpose: 'Supervision', status: 'missed' });
    const d = second.disengagement!;
    const route = await w.form('probation', `/people/${c.personId}/case/disengagement/route`, { route: 'breach', date: 'yesterday', version: String(d.version) });
    expect(route.statusCode).toBe(400);
    expectRefusal(route.body, 'disengagement-route-date', /yesterday/);
    expect(checked(route.body, 'route', 'breach')).toBe(true);
    expect(valueOf(route.body, 'disengagement-route-date')).toBe('yesterday');
    expect((await w.db.selectFrom('disengagements').select('stage').where('id', '=', d.id).executeTakeFirstOrThrow()).stage).toBe('opened');

    const chosen = await w.app.services.appointments.recordDisengagementRoute(probation, { personId: c.personId }, { route: 'breach', version: d.version });
    const outcome = await w.form('probation', `/people/${c.personId}/case/disengagement/outcome`, { outcome: 'Breach proven at court', date: '2010-99-01', version: String(chosen.version) });
    expect(outcome.statusCode).toBe(400);
    expectRefusal(outcome.body, 'disengagement-outcome-date', /2010-99-01/);
    expect(valueOf(outcome.body, 'disengagement-outcome')).toBe('Breach proven at court');
    expect((await w.db.selectFrom('disengagements').select('stage').where('id', '=', d.id).executeTakeFirstOrThrow()).stage).toBe('route_chosen');
  });

  it('planning a release and recording who was told: bad input on each', async () => {
    const c = await w.newCase('FORMS0013');
    const plan = await w.form('probation', `/people/${c.personId}/case/release-plan`, { expectedRelease: 'in the spring' });
    expect(plan.statusCode).toBe(400);
    expectRefusal(plan.body, 'release-expectedRelease', /in the spring/);
    expect(valueOf(plan.body, 'release-expectedRelease')).toBe('in the spring');
    expect(await count('case_actions', { col: 'case_id', val: c.caseId })).toBe(0);

    const tasks = await w.app.services.appointments.planRelease(w.actor('probation'), { personId: c.personId }, { expectedRelease: '2010-09-01' });
    const task = tasks.tasks[0]!;
    const told = await w.form('probation', `/actions/${task.id}/release-task`, { toldWhom: '', toldOn: '2010-06-29', version: String(task.version) });
    expect(told.statusCode).toBe(400);
    expectRefusal(told.body, `task-${task.id}-toldWhom`, /who was told/i);
    expect(valueOf(told.body, `task-${task.id}-toldOn`)).toBe('2010-06-29');
    expect((await w.db.selectFrom('case_actions').select('status').where('id', '=', task.id).executeTakeFirstOrThrow()).status).toBe('open');
  });
});

describe('a restricted record', () => {
  it('says the problem on its own page, leading back to the case, since the case is drawn only with a reason for viewing', async () => {
    const c = await w.newCase('FORMS0015');
    await w.db.updateTable('people').set({ restricted: true }).where('id', '=', c.personId).execute();
    await w.db.insertInto('person_access').values({ person_id: c.personId, user_id: w.ta.users.probation!.userId }).execute();
    const res = await w.form('probation', `/people/${c.personId}/case/notes`, { body: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Give the note.');
    expect(res.body).toContain(`href="/people/${c.personId}/case"`);
    expect(await count('case_notes', { col: 'case_id', val: c.caseId })).toBe(0);
  });
});

describe('a stale edit from the case page', () => {
  it('says what happened and links back to the case', async () => {
    const c = await w.newCase('FORMS0014');
    const v = String(await caseVersion(c.caseId));
    expect((await w.form('probation', `/people/${c.personId}/case/team`, { agency: String(w.agencies.housing), role: 'housing officer', version: v })).statusCode).toBe(303);
    const res = await w.form('drugworker', `/people/${c.personId}/case/team`, { agency: String(w.agencies.housing), role: 'tenancy support', version: v });
    expect(res.statusCode).toBe(412);
    expect(res.body).toContain('Someone else changed this first');
    expect(text(res.body)).toContain('Your change was not saved');
    expect(res.body).toContain(`href="/people/${c.personId}/case#team"`);
    expect((await w.db.selectFrom('case_team').select('role').where('case_id', '=', c.caseId).where('agency_id', '=', w.agencies.housing).executeTakeFirstOrThrow()).role).toBe('housing officer');
  });
});
