// The selection, matrix and review panel pages through the real HTTP pipeline
// (sign-in, CSRF and the role gate on), on the run's database engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPartnership } from '../../support/fixtures.js';
import { addPerson, createScheme } from '../selection/support.js';
import { createTransfer } from '../../../src/transfers/transfers.js';

const asOf = '2010-06-30';
let t: TestDatabase;
let ta: TestApp;
const ids: Record<string, number> = {};
type Session = { jar: Record<string, string>; csrf: string };
let manager: Session;
let runId: number;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
    { username: 'analyst', role: 'analyst', agency: 'police' },
    { username: 'officer', role: 'practitioner', agency: 'police' },
    { username: 'board', role: 'board_member', agency: 'local_authority' },
  ]);
  const f = ta.f;
  const scheme = await createScheme(t.db, f, 'PPO', 2);
  const member = (start: string) => ({ schemeId: scheme.id, start, tierId: scheme.tiers.high });
  // Quiet for 183 days: the stopped-offending rule flags them.
  ids.QUIET = await addPerson(t.db, f, { ref: 'QUIET', arrests: ['2009-12-29'], offences: [['2009-11-01', '2009-12-01', '04600']], memberSince: member('2009-01-01') });
  // Active, not a member, and there is a free place: proposed for selection.
  ids.CANDIDATE = await addPerson(t.db, f, {
    ref: 'CANDIDATE',
    offences: [['2010-06-01', '2010-06-20', '02800'], ['2010-05-01', '2010-05-20', '02800'], ['2010-04-01', '2010-04-20', '02800']],
    arrests: ['2010-06-01'],
    intelligence: ['2010-06-15'],
  });
  ids.OTHER = await addPerson(t.db, f, { ref: 'OTHER', offences: [['2010-02-01', '2010-02-20', '04600'], ['2010-01-01', '2010-01-20', '04600']] });
  manager = await signInAs(ta.app, 'manager');
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, s?: Session) => ta.app.inject({ method: 'GET', url, headers: s ? { cookie: cookieHeader(s.jar) } : {} });
const post = (url: string, s: Session, fields: Record<string, string>, csrf: string | null = s.csrf) =>
  ta.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookieHeader(s.jar), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ ...fields, ...(csrf === null ? {} : { _csrf: csrf }) }).toString(),
  });
const decide = (s: Session, fields: Record<string, string>, csrf?: string | null) => post('/schemes/PPO/panel/decisions', s, { date: asOf, ...fields }, csrf);
/** A person's one decision answering several items (the form sends `items` once for each). */
const postItems = (s: Session, items: string[], fields: Record<string, string>) => {
  const body = new URLSearchParams({ date: asOf, ...fields, _csrf: s.csrf });
  for (const i of items) body.append('items', i);
  return ta.app.inject({ method: 'POST', url: '/schemes/PPO/panel/decisions', headers: { cookie: cookieHeader(s.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
};

describe('a scheme manager runs a selection and takes it to the panel', () => {
  it('starts a run from the scheme page and opens it with each person\'s score parts', async () => {
    const scheme = await get('/schemes/PPO', manager);
    expect(scheme.statusCode).toBe(200);
    expect(scheme.body).toContain('href="/schemes/PPO/selection"');
    expect(scheme.body).toContain('href="/schemes/PPO/matrix"');
    expect(scheme.body).toContain(`href="/schemes/PPO/panel?date=`);

    const page = await get('/schemes/PPO/selection', manager);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('No runs yet. Start one above; the pool of the latest run can then be downloaded here');
    // No run, no pool: the page offers no download that would answer "no selection run yet".
    expect(page.body).not.toContain('/exports/pool');
    const res = await post('/schemes/PPO/selection', manager, { asOf, matrixVersion: '' });
    expect(res.statusCode).toBe(303);
    const m = /^\/selection\/runs\/(\d+)$/.exec(res.headers.location as string);
    expect(m).not.toBeNull();
    runId = Number(m![1]);

    const run = await get(`/selection/runs/${runId}`, manager);
    expect(run.statusCode).toBe(200);
    expect(run.body).toContain('data-testid="run-table"');
    expectUniqueIds(run.body);
    expectUniqueIds(scheme.body);
    // Ranked: the candidate first, with a link to the person page and the proposal.
    const rows = [...run.body.matchAll(/data-testid="run-row" data-person-ref="([A-Z]+)"/g)].map((x) => x[1]);
    expect(rows[0]).toBe('CANDIDATE');
    expect(rows).toEqual(expect.arrayContaining(['QUIET', 'OTHER']));
    expect(run.body).toContain(`href="/people/${ids.CANDIDATE}">TESTPERSON, CANDIDATE</a>`);
    expect(run.body).toMatch(/data-person-ref="CANDIDATE"[\s\S]*?govuk-tag--green[^>]*>\s*Select/);
    // The parts: criterion, value, weight, contribution and the reasons (which events scored).
    expect(run.body).toContain('Score parts for TESTPERSON, CANDIDATE');
    expect(run.body).toContain('Offences in the last 6 months');
    expect(run.body).toContain('3 offences in the 6 months to 2010-06-30.');
    expect(run.body).toContain('Last offence on 2010-06-01, 29 days before');
    // Police staff see intelligence counts.
    expect(run.body).toContain('1 intelligence reports in the 6 months to 2010-06-30.');
    // Disproportionality by ethnicity, sex and age band.
    expect(run.body).toContain('Selection rates by ethnicity');
    expect(run.body).toContain('Selection rates by sex');
    expect(run.body).toContain('Selection rates by age band');
    // The margin, and the comparisons beyond it: shown, never proposed.
    expect(run.body).toMatch(/Comparison margin\s*<\/dt>[\s\S]{0,120}?20%: \d+ members? outscored by more than this/);
    expect(run.body).toMatch(/data-testid="comparisons(-none)?"/);
    expect(run.body).not.toMatch(/displace/i);
    expect(run.body).not.toContain('data-testid="empty-pool"');

    const list = await get('/schemes/PPO/selection', manager);
    expect(list.body).toContain(`href="/selection/runs/${runId}"`);
    expect(list.body).toContain('href="/exports/pool?format=csv&amp;scheme=PPO"');
  });

  it('refuses a run with a bad date and says what is wrong', async () => {
    const res = await post('/schemes/PPO/selection', manager, { asOf: '30/06/2010' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('Enter the as-of date as YYYY-MM-DD');
  });

  it('pages through a long run', async () => {
    const res = await get(`/selection/runs/${runId}?page=2`, manager);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('data-testid="run-row"');
    expect(res.body).toContain(`href="/selection/runs/${runId}?page=1"`);
  });

  it('shows the agenda as a chair runs it: a summary row, then one form per person with nothing chosen', async () => {
    const res = await get(`/schemes/PPO/panel?date=${asOf}`, manager);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/data-person-ref="CANDIDATE" data-item="proposal:select"/);
    expect(res.body).toMatch(/data-person-ref="QUIET" data-item="rule:stopped_offending"/);
    // The summary table comes first, one row per person with all their flags and proposals.
    const summary = res.body.indexOf('data-testid="agenda-summary"');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(res.body.indexOf('data-testid="decision-form"'));
    const rows = [...res.body.matchAll(/data-testid="agenda-row" data-person-ref="([A-Z]+)"/g)].map((m) => m[1]);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toEqual(expect.arrayContaining(['CANDIDATE', 'QUIET']));
    // QUIET has several flags (stopped offending, the regular review, ...) and ONE form answering them all.
    const quietFlags = [...res.body.matchAll(/data-person-ref="QUIET" data-item="([^"]+)"/g)].map((m) => m[1]);
    expect(quietFlags.length).toBeGreaterThan(1);
    const forms = [...res.body.matchAll(/<form[^>]*data-testid="decision-form"[\s\S]*?<\/form>/g)].map((m) => m[0]);
    const formPeople = forms.map((f) => /name="personRef" value="([^"]+)"/.exec(f)![1]);
    expect(formPeople.sort()).toEqual([...rows].sort());
    const quietForm = forms.find((f) => f.includes('name="personRef" value="QUIET"'))!;
    expect([...quietForm.matchAll(/name="items" value="([^"]+)"/g)].map((m) => m[1])).toEqual(quietFlags);
    // No choice is made for the panel: no radio is checked, no de-selection reason chosen.
    expect(res.body).toContain('type="radio"');
    expect(res.body).not.toMatch(/<input[^>]*type="radio"[^>]*checked/);
    expect(res.body).not.toMatch(/<option[^>]*value="[a-z_]+"[^>]*selected/);
    expect(res.body.match(/Record decision for TESTPERSON, QUIET/g)).toHaveLength(1);
    expect(res.body).toContain('Record decision for TESTPERSON, CANDIDATE');
    expect(res.body).toContain(`href="/selection/runs/${runId}"`);
    expect(res.body).toContain('data-testid="comparison-margin"');
    expectUniqueIds(res.body);
  });

  it('refuses a decision without a choice, naming the field beside the form, and records nothing', async () => {
    const before = (await t.db.selectFrom('panel_decisions').select('id').execute()).length;
    const res = await decide(manager, { personRef: 'QUIET', items: 'rule:stopped_offending', reason: 'We did not choose' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toMatch(/href="#person-\d+-decision">Choose the decision for QUIET: accept, reject or override<\/a>/);
    expect(res.body).toMatch(/href="#person-\d+-action">Choose what changes/);
    // The form comes back with what was typed, and still nothing chosen.
    expect(res.body).toContain('We did not choose');
    expect(res.body).not.toMatch(/<input[^>]*type="radio"[^>]*checked/);
    expectUniqueIds(res.body);
    expect((await t.db.selectFrom('panel_decisions').select('id').execute()).length).toBe(before);
  });

  it('records one selection and one de-selection, and the person pages show the change', async () => {
    const sel = await decide(manager, { personRef: 'CANDIDATE', items: 'proposal:select', decision: 'accept', action: 'select', tierCode: 'high', reason: 'Prolific burglar, agreed by all agencies' });
    expect(sel.statusCode).toBe(303);
    expect(sel.headers.location).toMatch(/^\/schemes\/PPO\/panel\?date=2010-06-30&recorded=\d+/);
    const back = await get((sel.headers.location as string).replace(/#.*$/, ''), manager);
    expect(back.body).toContain('govuk-notification-banner--success');
    expect(back.body).toContain('Decision recorded for TESTPERSON, CANDIDATE');

    const agendaBefore = await get(`/schemes/PPO/panel?date=${asOf}`, manager);
    const quietItems = [...agendaBefore.body.matchAll(/data-person-ref="QUIET" data-item="([^"]+)"/g)].map((m) => m[1]!);
    const desel = await postItems(manager, quietItems, {
      personRef: 'QUIET',
      decision: 'accept',
      action: 'deselect',
      endReason: 'stopped_offending',
      exitPlan: 'Monitor tier of IOM for six months',
      reason: '=No arrest for six months; agencies agree',
    });
    expect(desel.statusCode).toBe(303);

    const candidate = await get(`/people/${ids.CANDIDATE}`, manager);
    expect(candidate.body).toMatch(/PPO scheme<\/td>\s*<td[^>]*>\s*High\s*<\/td>\s*<td[^>]*>\s*2010-06-30\s*<\/td>\s*<td[^>]*>\s*Current/);
    const quiet = await get(`/people/${ids.QUIET}`, manager);
    expect(quiet.body).toMatch(/PPO scheme<\/td>\s*<td[^>]*>\s*High\s*<\/td>\s*<td[^>]*>\s*2009-01-01\s*<\/td>\s*<td[^>]*>\s*2010-06-30\s*<\/td>\s*<td[^>]*>\s*Stopped offending/);

    const agenda = await get(`/schemes/PPO/panel?date=${asOf}`, manager);
    expect(agenda.body).toContain('data-testid="decisions"');
    // Every item of both people shows its decision; neither has a form left.
    expect(agenda.body.match(/data-testid="decision-taken"/g)).toHaveLength(1 + quietItems.length);
    expect(agenda.body).not.toContain('Record decision for TESTPERSON, CANDIDATE');
    expect(agenda.body).not.toContain('Record decision for TESTPERSON, QUIET');
    const stored = await t.db.selectFrom('panel_decisions').innerJoin('people', 'people.id', 'panel_decisions.person_id').select(['items']).where('person_ref', '=', 'QUIET').execute();
    expect(stored).toEqual([{ items: quietItems }]);
  });

  it('refuses a de-selection without an exit plan, beside the field', async () => {
    const res = await decide(manager, { personRef: 'CANDIDATE', item: 'override', decision: 'override', action: 'deselect', endReason: 'other', reason: 'Changed our minds' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('Enter the exit plan');
  });

  it('gives the minutes as a page and as a CSV with formulas neutralised, logged as a disclosure', async () => {
    const html = await get(`/schemes/PPO/panel/minutes?date=${asOf}`, manager);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('data-testid="minutes"');
    expect(html.body).toContain('Prolific burglar, agreed by all agencies');
    const before = await disclosures();
    const csv = await get(`/schemes/PPO/panel/minutes?date=${asOf}&format=csv`, manager);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('attachment; filename="minutes-PPO-2010-06-30.csv"');
    const lines = csv.body.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain("'=No arrest for six months");
    expect(csv.body).not.toMatch(/(^|,)=No arrest/m);
    expect(await disclosures()).toBe(before + 1);
  });
});

/** Every id on a page is unique (labels, error links and ARIA rely on it). */
function expectUniqueIds(html: string): void {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
}

async function disclosures(): Promise<number> {
  const r = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'disclosure').executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('who may do what', () => {
  it('lets an analyst run the matrix but not decide', async () => {
    const analyst = await signInAs(ta.app, 'analyst');
    expect((await get('/schemes/PPO/selection', analyst)).statusCode).toBe(200);
    const run = await post('/schemes/PPO/selection', analyst, { asOf: '2010-05-31' });
    expect(run.statusCode).toBe(303);
    expect((await get(run.headers.location as string, analyst)).statusCode).toBe(200);
    const panel = await get(`/schemes/PPO/panel?date=${asOf}`, analyst);
    expect(panel.statusCode).toBe(200);
    expect(panel.body).not.toContain('Record decision for');
    const before = await t.db.selectFrom('panel_decisions').select('id').execute();
    const res = await decide(analyst, { personRef: 'OTHER', item: 'override', decision: 'override', action: 'select', reason: 'I think so' });
    expect(res.statusCode).toBe(403);
    expect(await t.db.selectFrom('panel_decisions').select('id').execute()).toHaveLength(before.length);
    expect((await post('/schemes/PPO/matrix', analyst, { 'ogrs3.weight': '5' })).statusCode).toBe(403);
  });

  it('does not let a practitioner run the matrix', async () => {
    const officer = await signInAs(ta.app, 'officer');
    expect((await get('/schemes/PPO/selection', officer)).statusCode).toBe(403);
    expect((await post('/schemes/PPO/selection', officer, { asOf })).statusCode).toBe(403);
    expect((await get(`/selection/runs/${runId}`, officer)).statusCode).toBe(403);
    expect((await get('/transfers', officer)).statusCode).toBe(403);
    expect((await decide(officer, { personRef: 'OTHER', item: 'override', decision: 'override', action: 'select', reason: 'x' })).statusCode).toBe(403);
  });

  it('refuses a board member every page that names people', async () => {
    const board = await signInAs(ta.app, 'board');
    for (const url of ['/schemes/PPO/selection', `/selection/runs/${runId}`, `/selection/compare?a=${runId}&b=${runId}`, '/schemes/PPO/matrix', `/schemes/PPO/panel?date=${asOf}`, `/schemes/PPO/panel/minutes?date=${asOf}`, '/transfers']) {
      const res = await get(url, board);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).not.toContain('TESTPERSON');
    }
  });

  it('refuses a decision without the CSRF token', async () => {
    const count = async () => (await t.db.selectFrom('panel_decisions').select('id').execute()).length;
    const before = await count();
    const res = await decide(manager, { personRef: 'OTHER', item: 'override', decision: 'override', action: 'select', reason: 'Forged' }, null);
    expect(res.statusCode).toBe(403);
    const forged = await decide(manager, { personRef: 'OTHER', item: 'override', decision: 'override', action: 'select', reason: 'Forged' }, 'not-the-token');
    expect(forged.statusCode).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('the matrix editor', () => {
  it('names the field when a value is not valid, and saves nothing', async () => {
    const page = await get('/schemes/PPO/matrix', manager);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<label class="govuk-label" for="matrix-frequency-0-offenceWeight">');
    const versions = async () => (await t.db.selectFrom('matrix_versions').select('id').execute()).length;
    const before = await versions();
    const fields = formFields(page.body);
    const res = await post('/schemes/PPO/matrix', manager, { ...fields, 'frequency[0].offenceWeight': 'lots', 'release.withinDays': '0' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#matrix-frequency-0-offenceWeight">Window 1: points per offence must be a number</a>');
    expect(res.body).toContain('href="#matrix-release-withinDays">Due for release within (days) must be between 1 and 3650</a>');
    expect(res.body).toMatch(/id="matrix-frequency-0-offenceWeight-error"[\s\S]*?Window 1: points per offence must be a number/);
    expect(res.body).toContain('value="lots"');
    expectUniqueIds(res.body);
    expect(await versions()).toBe(before);
  });

  it('saves each change as a new version and keeps the history', async () => {
    const page = await get('/schemes/PPO/matrix', manager);
    const fields = formFields(page.body);
    const res = await post('/schemes/PPO/matrix', manager, { ...fields, 'ogrs3.weight': '12.5', note: 'More weight on OGRS3' });
    expect(res.statusCode).toBe(303);
    const after = await get(res.headers.location as string, manager);
    expect(after.body).toMatch(/Matrix version \d+ saved/);
    expect(after.body).toContain('More weight on OGRS3');
    expect(after.body).toContain('value="12.5"');
    const rows = await t.db.selectFrom('matrix_versions').select(['version', 'config']).orderBy('version').execute();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(rows.at(-1)!.config).ogrs3.weight).toBe(12.5);
    expect(JSON.parse(rows.at(-2)!.config).ogrs3.weight).toBe(10);
  });

  it('compares two matrix versions on one date side by side', async () => {
    const res = await post('/schemes/PPO/selection/compare-versions', manager, { compareAsOf: asOf, versionA: '1', versionB: '2' });
    expect(res.statusCode).toBe(303);
    const cmp = await get(res.headers.location as string, manager);
    expect(cmp.statusCode).toBe(200);
    expect(cmp.body).toContain('data-testid="compare-table"');
    expect(cmp.body).toContain('TESTPERSON, CANDIDATE');
  });
});

describe('scheme management', () => {
  it('adds a tier and a strand and changes capacity, each audited', async () => {
    expect((await post('/schemes/PPO/tiers', manager, { tierCode: 'monitor', tierName: 'Monitor', tierRank: '3' })).statusCode).toBe(303);
    expect((await post('/schemes/PPO/strands', manager, { strandCode: 'catch-convict', strandName: 'Catch and Convict' })).statusCode).toBe(303);
    expect((await post('/schemes/PPO/capacity', manager, { capacity: '20' })).statusCode).toBe(303);
    const page = await get('/schemes/PPO', manager);
    expect(page.body).toContain('Catch and Convict');
    expect(page.body).toMatch(/data-testid="tiers"[\s\S]*Monitor/);
    expect(page.body).toContain('/ 20');
    const audit = await t.db.selectFrom('audit_log').select('what').where('what', 'like', '%scheme PPO%').execute();
    expect(audit.map((a) => a.what)).toEqual(expect.arrayContaining(['tier monitor added to scheme PPO', 'strand catch-convict added to scheme PPO', 'capacity of scheme PPO set to 20']));
  });

  it('says what is wrong with a bad tier and changes nothing', async () => {
    const res = await post('/schemes/PPO/tiers', manager, { tierCode: 'monitor', tierName: 'Again', tierRank: '4' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Scheme PPO already has a tier monitor.');
    expect(res.body).toMatch(/id="tierCode-error"[\s\S]*?already has a tier monitor/);
    expectUniqueIds(res.body);
    // Each refusal on the field it is about, and in the summary's link to it.
    for (const [form, path, field, text] of [
      [{ tierCode: 'other', tierName: 'Other', tierRank: '100' }, 'tiers', 'tierRank', 'A tier rank must be a whole number from 1 (most intensive) to 99.'],
      [{ tierCode: 'other', tierName: ' ', tierRank: '5' }, 'tiers', 'tierName', 'A tier needs a name.'],
      [{ strandCode: 'other', strandName: '' }, 'strands', 'strandName', 'A strand needs a name.'],
    ] as const) {
      const bad = await post(`/schemes/PPO/${path}`, manager, form);
      expect(bad.statusCode, field).toBe(400);
      expect(bad.body).toContain(`href="#${field}"`);
      expect(bad.body).toMatch(new RegExp(`id="${field}-error"[\\s\\S]*?${text.replace(/[().]/g, '\\$&')}`));
      expect(bad.body).not.toMatch(/id="tierCode-error"|id="strandCode-error"/);
    }
    const officer = await signInAs(ta.app, 'officer');
    expect((await post('/schemes/PPO/capacity', officer, { capacity: '5' })).statusCode).toBe(403);
  });

  it('shows transfers from another partnership in the inbox', async () => {
    const other = await createPartnership(t.db);
    await addPerson(t.db, other, { ref: 'MOVER' });
    await createTransfer(t.db, other.operator, { personRef: 'MOVER', toAreaCode: 'E06000001', note: 'Moved in with family' });
    const inbox = await get('/transfers', manager);
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body).toContain('data-testid="transfers"');
    expect(inbox.body).toContain('TESTPERSON, MOVER');
    expect(inbox.body).toContain('Moved in with family');
    const home = await get('/', manager);
    expect(home.body).toContain('href="/transfers"');
    // A scheme manager keeps the panel's cards beside their watch lists; a practitioner has the watch lists alone.
    expect(home.body).toContain('Members due for release within 3 months');
    expect(home.body).toContain('Two years on a scheme: review due');
    expect(home.body).toContain('Members released in the last 28 days');
    const practitioner = await get('/', await signInAs(ta.app, 'officer'));
    expect(practitioner.body).toContain('Members released in the last 28 days');
    expect(practitioner.body).not.toContain('Two years on a scheme: review due');
  });
});

/** The values a browser would send from the page's matrix form (inputs and checked radios). */
function formFields(html: string): Record<string, string> {
  const form = html.slice(html.indexOf('id="matrix-form"'));
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1]!;
    const name = /name="([^"]+)"/.exec(attrs)?.[1];
    const value = /value="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (!name || name === '_csrf') continue;
    if (/type="radio"/.test(attrs) && !/checked/.test(attrs)) continue;
    out[name.replace(/&#91;/g, '[').replace(/&#93;/g, ']')] = value.replace(/&amp;/g, '&');
  }
  return out;
}

describe('a run with no one in its pool', () => {
  it('says what puts people in the pool and where their area on the date comes from', async () => {
    // Before anyone's address began, no one is in an area of the scheme.
    const res = await post('/schemes/PPO/selection', manager, { asOf: '1990-01-01', matrixVersion: '' });
    expect(res.statusCode).toBe(303);
    const run = await get(res.headers.location as string, manager);
    expect(run.statusCode).toBe(200);
    expect(run.body).toMatch(/Pool\s*<\/dt>\s*<dd[^>]*>\s*0\s*</);
    expect(run.body).toContain('data-testid="empty-pool"');
    expect(run.body).toContain('whose address on 1990-01-01 is in the scheme');
    expect(run.body).toContain('import it on the Imports page or with `waymark import addresses FILE`');
    expectUniqueIds(run.body);
  });
});
