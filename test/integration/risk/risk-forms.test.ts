// The person page's forms on a refusal (risk of serious harm, MAPPA, consent to
// share, who may see the record): each form posted with bad input over HTTP
// comes back as the person page (400, or 409 for a clash), with the GOV.UK
// error summary linking to the field, a message that names the field, what was
// typed still in the form (drawn open), and nothing stored. On a restricted
// record, which the page draws only with a reason for viewing, the refusal is
// said on its own page leading back to the person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { checked, expectRefusal, pageText as text, selectedOf, valueOf } from '../../support/refused-form.js';

const TODAY = '2010-12-31';
let t: TestDatabase;
let ta: TestApp;
type Session = { jar: Record<string, string>; csrf: string };
const s: Record<string, Session> = {};
let personId: number;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'probation', role: 'practitioner', agency: 'probation' },
    { username: 'drugworker', role: 'practitioner', agency: 'drug_service' },
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
  ]);
  await t.db.updateTable('partnerships').set({ data_as_of: TODAY }).where('id', '=', ta.f.partnershipId).execute();
  personId = await createPerson(t.db, ta.f, { ref: 'RISKFORM1', family: 'Formfamily', given: 'Riley' });
  for (const u of Object.keys(ta.users)) s[u] = await signInAs(ta.app, u);
}, 60_000);
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

/** The refused forms' page: the test person's page. */
const PERSON_PAGE = /<title>Error: FORMFAMILY, Riley/;

const post = (who: string, url: string, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams({ _csrf: s[who]!.csrf });
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(s[who]!.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
};


/** Whether the details element of the id is drawn open. */
const open = (body: string, id: string) => new RegExp(`<details[^>]*id="${id}"[^>]*open`).test(body);

const count = async (table: 'risk_assessments' | 'mappa_referrals' | 'health_consents', id = personId) =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('person_id', '=', id).executeTakeFirstOrThrow()).n);

describe('the person page draws a refused risk form again', () => {
  it('a risk assessment dated after today', async () => {
    const res = await post('probation', `/people/${personId}/risk-assessments`, { date: '2011-01-05', riskOfSeriousHarm: 'high', assessorAgency: 'PROBATION', assessor: 'A. Assessor', notes: 'Threats to a neighbour' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'risk-date', /The assessment date 2011-01-05 is after today \(2010-12-31\)/, PERSON_PAGE);
    expect(valueOf(res.body, 'risk-date')).toBe('2011-01-05');
    expect(checked(res.body, 'riskOfSeriousHarm', 'high')).toBe(true);
    expect(selectedOf(res.body, 'risk-agency')).toBe('PROBATION');
    expect(valueOf(res.body, 'risk-assessor')).toBe('A. Assessor');
    expect(valueOf(res.body, 'risk-notes')).toBe('Threats to a neighbour');
    expect(open(res.body, 'record-risk')).toBe(true);
    expect(open(res.body, 'record-mappa')).toBe(false);
    expect(await count('risk_assessments')).toBe(0);
  });

  it('a risk assessment with no level chosen: the levels in words, on the radios', async () => {
    const res = await post('probation', `/people/${personId}/risk-assessments`, { date: '2010-06-10', notes: 'Seen at home' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'risk-rosh', /Risk of serious harm must be low, medium, high or very high\./, PERSON_PAGE);
    expect(res.body.replace(/<[^>]*>/g, ' ')).not.toContain('very_high');
    expect(valueOf(res.body, 'risk-date')).toBe('2010-06-10');
    expect(valueOf(res.body, 'risk-notes')).toBe('Seen at home');
    expect(await count('risk_assessments')).toBe(0);
  });

  it('a risk assessment with no date: the date asked for on its field', async () => {
    const res = await post('probation', `/people/${personId}/risk-assessments`, { date: ' ', riskOfSeriousHarm: 'medium' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'risk-date', /Enter the assessment date\./, PERSON_PAGE);
    expect(checked(res.body, 'riskOfSeriousHarm', 'medium')).toBe(true);
    expect(await count('risk_assessments')).toBe(0);
  });

  it('a risk assessment with an unknown assessing agency', async () => {
    const res = await post('probation', `/people/${personId}/risk-assessments`, { date: '2010-06-10', riskOfSeriousHarm: 'low', assessorAgency: 'NOSUCH' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'risk-agency', /NOSUCH is not the code of an agency of this partnership\./, PERSON_PAGE);
    expect(await count('risk_assessments')).toBe(0);
  });

  it('a risk assessment whose notes are too long: a field error, kept as typed', async () => {
    const notes = 'n'.repeat(4001);
    const res = await post('probation', `/people/${personId}/risk-assessments`, { date: '2010-06-10', riskOfSeriousHarm: 'low', notes });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'risk-notes', /The notes must be 4,000 characters or fewer \(it has 4,001\)\./, PERSON_PAGE);
    expect(valueOf(res.body, 'risk-notes')).toBe(notes);
    expect(await count('risk_assessments')).toBe(0);
  });

  it('a MAPPA referral whose outcome date is before the referral', async () => {
    const res = await post('probation', `/people/${personId}/mappa-referrals`, { date: '2010-06-02', outcome: 'Managed at level 2', outcomeDate: '2010-06-01' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'mappa-outcomeDate', /The outcome date 2010-06-01 is before the referral date 2010-06-02\./, PERSON_PAGE);
    expect(valueOf(res.body, 'mappa-date')).toBe('2010-06-02');
    expect(valueOf(res.body, 'mappa-outcome')).toBe('Managed at level 2');
    expect(valueOf(res.body, 'mappa-outcomeDate')).toBe('2010-06-01');
    expect(open(res.body, 'record-mappa')).toBe(true);
    expect(open(res.body, 'record-risk')).toBe(false);
    // The other form on the page keeps its own (empty) values.
    expect(valueOf(res.body, 'risk-date')).toBeUndefined();
    expect(await count('mappa_referrals')).toBe(0);
  });

  it('a MAPPA referral with a date that is not a date, and one after today', async () => {
    const res = await post('probation', `/people/${personId}/mappa-referrals`, { date: '2010-02-30', outcome: '' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'mappa-date', /The referral date must be a date as YYYY-MM-DD, not "2010-02-30"\./, PERSON_PAGE);
    expect(valueOf(res.body, 'mappa-date')).toBe('2010-02-30');
    const future = await post('probation', `/people/${personId}/mappa-referrals`, { date: '2011-03-01' });
    expect(future.statusCode).toBe(400);
    expectRefusal(future.body, 'mappa-date', /The referral date 2011-03-01 is after today/, PERSON_PAGE);
    expect(await count('mappa_referrals')).toBe(0);
  });
});

describe("the person page's other forms", () => {
  it('consent with no one ticked', async () => {
    const res = await post('drugworker', `/people/${personId}/consent`, { givenDate: '2010-03-01' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'consent-scope', /Say whom the person agreed to share with/, PERSON_PAGE);
    expect(valueOf(res.body, 'consent-givenDate')).toBe('2010-03-01');
    expect(open(res.body, 'record-consent')).toBe(true);
    expect(await count('health_consents')).toBe(0);
  });

  it('consent with every agency and some kinds ticked keeps every box as ticked', async () => {
    const res = await post('drugworker', `/people/${personId}/consent`, { scope: ['all', 'housing', 'probation'], givenDate: '' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'consent-scope', /Consent is to share with every agency or with the kinds of agency named, not both\. Tick "Every agency of the partnership", or the kinds of agency\./, PERSON_PAGE);
    for (const v of ['all', 'housing', 'probation']) expect(checked(res.body, 'scope', v), v).toBe(true);
    expect(checked(res.body, 'scope', 'police')).toBe(false);
    expect(await count('health_consents')).toBe(0);
  });

  it('consent given in the future', async () => {
    const res = await post('drugworker', `/people/${personId}/consent`, { scope: 'housing', givenDate: '2011-01-01' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'consent-givenDate', /Consent cannot be given in the future/, PERSON_PAGE);
    expect(checked(res.body, 'scope', 'housing')).toBe(true);
    expect(valueOf(res.body, 'consent-givenDate')).toBe('2011-01-01');
    expect(await count('health_consents')).toBe(0);
  });

  it('withdrawing consent before it was given', async () => {
    expect((await post('drugworker', `/people/${personId}/consent`, { scope: 'housing', givenDate: '2010-03-01' })).statusCode).toBe(303);
    const res = await post('drugworker', `/people/${personId}/consent/withdraw`, { date: '2010-02-01' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'consent-withdrawDate', /The consent was given on 2010-03-01; it cannot be withdrawn before that\./);
    expect(valueOf(res.body, 'consent-withdrawDate')).toBe('2010-02-01');
    expect(open(res.body, 'record-consent')).toBe(true);
    expect(await t.db.selectFrom('health_consents').select(['given_date', 'withdrawn_date']).where('person_id', '=', personId).execute()).toEqual([{ given_date: '2010-03-01', withdrawn_date: null }]);
  });

  it('restricting the record to an unknown user keeps the usernames as typed', async () => {
    const res = await post('manager', `/people/${personId}/restriction`, { allow: 'probation, nobody-such' });
    expect(res.statusCode).toBe(400);
    expectRefusal(res.body, 'allow', /No user nobody-such in this partnership\./, PERSON_PAGE);
    expect(valueOf(res.body, 'allow')).toBe('probation, nobody-such');
    expect((await t.db.selectFrom('people').select('restricted').where('id', '=', personId).executeTakeFirstOrThrow()).restricted).toBe(false);
    expect(await t.db.selectFrom('person_access').selectAll().where('person_id', '=', personId).execute()).toEqual([]);
  });
});

describe('a refused form on a restricted record', () => {
  it('is said on its own page, leading back to the person, and stores nothing', async () => {
    const restrictedId = await createPerson(t.db, ta.f, { ref: 'RISKFORM2', family: 'Shutfamily', given: 'Sam' });
    expect((await post('manager', `/people/${restrictedId}/restriction`, { allow: 'probation' })).statusCode).toBe(303);
    const res = await post('probation', `/people/${restrictedId}/risk-assessments`, { date: '2011-01-05', riskOfSeriousHarm: 'high' });
    expect(res.statusCode).toBe(400);
    const page = text(res.body);
    expect(page).toContain('The assessment date 2011-01-05 is after today');
    expect(page).toContain(`href="/people/${restrictedId}#record-risk"`);
    expect(page).toContain('Go back to the person');
    // The record is not drawn without a reason for viewing.
    expect(page).not.toContain('SHUTFAMILY');
    expect(await count('risk_assessments', restrictedId)).toBe(0);
  });
});
