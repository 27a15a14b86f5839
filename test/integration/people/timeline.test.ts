// The person's one timeline (issue 15): events, panel decisions, risk and MAPPA,
// and the case work (appointments, actions, disengagement, notes, alerts) in
// one MoJ timeline, filterable by kind without JavaScript; offences named by
// their description with the code beside it; health detail under need-to-know.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { createScheme } from '../selection/support.js';

let t: TestDatabase;
let ta: TestApp;
let personId: number;
let otherId: number;
const s: Record<string, { jar: Record<string, string>; csrf: string }> = {};

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'officer', role: 'practitioner', agency: 'police' },
    { username: 'drugworker', role: 'practitioner', agency: 'drug_service' },
  ]);
  const pid = ta.f.partnershipId;
  const base = () => ({ partnership_id: pid, person_id: personId });
  personId = await createPerson(t.db, ta.f, { ref: 'TL1', family: 'Timeline', given: 'Tess' });
  otherId = await createPerson(t.db, ta.f, { ref: 'TL2' });
  const scheme = await createScheme(t.db, ta.f, 'IOM', 10);
  // A Home Office code with its own description, and one known only by its group.
  await t.db.insertInto('offence_codes').values({ code: '02801', group_code: '028', description: 'Burglary in a dwelling with intent to steal' }).onConflict((oc) => oc.doNothing()).execute();
  await t.db.insertInto('outcomes').values({ ...base(), offence_date: '2009-01-02', outcome_date: '2009-02-03', outcome: 'conviction', offence_code: '02801', offence_code_raw: '02801' }).execute();
  await t.db.insertInto('arrests').values({ ...base(), arrest_date: '2009-01-02', offence_code: '10300', offence_code_raw: '103/00', outcome: 'charged' }).execute();
  const c = await t.db.insertInto('cases').values({ ...base(), scheme_id: scheme.id, lead_agency_id: ta.f.agencies.probation, opened_on: '2010-01-01' }).returning('id').executeTakeFirstOrThrow();
  const onCase = { ...base(), case_id: c.id };
  await t.db
    .insertInto('appointments')
    .values([
      { ...onCase, appointment_date: '2010-02-01', purpose: 'Housing benefit claim', agency_id: ta.f.agencies.housing, status: 'missed', created_by_label: 'test' },
      { ...onCase, appointment_date: '2010-02-08', purpose: 'Methadone script review', agency_id: ta.f.agencies.drug_service, status: 'attended', created_by_label: 'test' },
    ])
    .execute();
  await t.db.insertInto('case_actions').values({ ...onCase, kind: 'assertive_outreach', description: 'Home visit after the missed appointment', due_date: '2010-02-03', created_by_label: 'test' }).execute();
  await t.db
    .insertInto('case_notes')
    .values([
      { ...onCase, note_date: '2010-02-02', body: 'Discussed the housing claim at the door', author_label: 'Pat Probation', agency_id: ta.f.agencies.probation },
      { ...onCase, note_date: '2010-02-09', body: 'Started on a reduction programme', sensitivity: 'health', author_label: 'Dee Drugs', agency_id: ta.f.agencies.drug_service },
    ])
    .execute();
  await t.db.insertInto('alerts').values({ ...base(), case_id: c.id, kind: 'missed_appointment', raised_on: '2010-02-01', detail: 'Missed the housing appointment', dedupe_key: 'a1' }).execute();
  await t.db.insertInto('disengagements').values({ ...onCase, opened_on: '2010-02-20', stage: 'route_chosen', route: 'breach', route_on: '2010-02-25' }).execute();
  await t.db.insertInto('risk_assessments').values({ ...base(), assessment_date: '2010-03-01', risk_of_serious_harm: 'medium' }).execute();
  for (const u of Object.keys(ta.users)) s[u] = await signInAs(ta.app, u);
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const page = (who: string, query = '', id = personId) => ta.app.inject({ method: 'GET', url: `/people/${id}${query}`, headers: { cookie: cookieHeader(s[who]!.jar) } });
const titles = (html: string) => [...html.matchAll(/<h3 class="moj-timeline__title">([^<]*)<\/h3>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));

describe('the timeline', () => {
  it('names offences by their description with the code beside it, not a bare code', async () => {
    const body = (await page('officer')).body;
    expect(titles(body)).toContain('Convicted: Burglary in a dwelling with intent to steal (02801)');
    expect(titles(body)).toContain('Arrested: Aggravated assault (summary) (10300)');
  });

  it('mixes events, appointments, actions, notes, alerts, disengagement and risk, most recent first', async () => {
    const list = titles((await page('officer')).body);
    expect(list).toEqual([
      'Risk assessment: medium risk of serious harm',
      'Disengagement route: breach',
      'Disengagement pathway opened',
      'Appointment attended',
      'Assertive outreach',
      'Case note',
      'Appointment missed',
      'Alert: missed appointment',
      'Convicted: Burglary in a dwelling with intent to steal (02801)',
      'Arrested: Aggravated assault (summary) (10300)',
    ]);
    const body = (await page('officer')).body;
    expect(body).toContain('Discussed the housing claim at the door');
    expect(body).toContain('by Pat Probation, Test probation');
  });

  it('filters by kind with a plain GET form, one kind or several', async () => {
    const notes = await page('officer', '?kind=case_note');
    expect(titles(notes.body)).toEqual(['Case note']);
    expect(notes.body).toContain('1 of 10 entries');
    expect(notes.body).toMatch(/<input[^>]*name="kind"[^>]*value="case_note"[^>]*checked/);
    expect(notes.body).toContain('Show every entry');
    const two = await page('officer', '?kind=appointment&kind=case_note');
    expect(titles(two.body)).toEqual(['Appointment attended', 'Case note', 'Appointment missed']);
    // An unknown kind is ignored: everything is shown.
    expect(titles((await page('officer', '?kind=nonsense')).body)).toHaveLength(10);
  });

  it('withholds a health note and a drug-service appointment\'s purpose from a police practitioner without consent', async () => {
    const police = (await page('officer')).body;
    expect(police).not.toContain('Started on a reduction programme');
    expect(police).not.toContain('Methadone script review');
    expect(police).toContain('Purpose withheld (drug-treatment detail)');
    expect(police).toContain('Health and drug-treatment detail');
    const drugs = (await page('drugworker')).body;
    expect(drugs).toContain('Started on a reduction programme');
    expect(drugs).toContain('Methadone script review');
    expect(titles(drugs)).toContain('Case note (health)');
    // With consent to share with the police, the officer sees it too.
    await t.db.insertInto('health_consents').values({ partnership_id: ta.f.partnershipId, person_id: personId, given_date: '2010-01-01', share_with_all: true, agency_kinds: [], recorded_by_label: 'test' }).execute();
    expect((await page('officer')).body).toContain('Started on a reduction programme');
    await t.db.deleteFrom('health_consents').where('person_id', '=', personId).execute();
  });

  it('links the open case, and not for a person without one', async () => {
    expect((await page('officer')).body).toContain(`href="/people/${personId}/case"`);
    expect((await page('officer', '', otherId)).body).not.toContain(`/people/${otherId}/case`);
  });
});
