// The case page's partials for appointments, the disengagement pathway and the
// prison link (issue 15), rendered with the app's own view engine against a
// CaseView (the case page that includes them is another part's): each shows
// what the case holds, and each form posts to its route with the CSRF token
// and the version it was drawn from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, type TestApp } from '../../support/app.js';
import type { CaseView } from '../../../src/cases/model.js';
import { formStates } from '../../../src/web/forms/refused-form.js';

let t: TestDatabase;
let ta: TestApp;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, []);
}, 60_000);
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const noAction = { pathway: null, ownerAgency: 'Test drug_service', status: 'open' as const, outcome: null, completedOn: null, overdue: false, appointmentId: null, toldWhom: null, toldOn: null, version: 1 };

function caseView(over: Partial<CaseView> = {}): CaseView {
  return {
    caseId: 7,
    personId: 42,
    personRef: 'VIEW0001',
    scheme: { code: 'PPO', name: 'PPO scheme' },
    lead: { agencyId: 2, agency: 'Test probation', agencyKind: 'probation' },
    caseManager: null,
    openedOn: '2009-06-01',
    closedOn: null,
    version: 1,
    team: [
      { agencyId: 2, agency: 'Test probation', agencyKind: 'probation', role: 'lead', userId: null, worker: null },
      { agencyId: 4, agency: 'Test drug_service', agencyKind: 'drug_service', role: 'drug worker', userId: null, worker: null },
    ],
    assessments: [],
    actions: [{ ...noAction, id: 31, kind: 'assertive_outreach', description: 'Assertive outreach after the missed appointment on 2010-06-21: make contact and re-engage.', dueDate: '2010-06-23', overdue: true, appointmentId: 11 }],
    appointments: [
      { id: 11, date: '2010-06-21', purpose: 'Key work', agency: 'Test drug_service', status: 'missed', version: 2 },
      { id: 12, date: '2010-06-28', purpose: 'Supervision', agency: 'Test probation', status: 'planned', version: 3 },
      { id: 13, date: '2010-07-05', purpose: 'Housing visit', agency: 'Test probation', status: 'planned', version: 1 },
    ],
    alerts: [],
    disengagement: null,
    notes: [],
    custody: { inCustody: false, kind: null, since: null, expectedRelease: null, establishment: null, releaseDueSoon: false },
    healthWithheld: null,
    today: '2010-06-30',
    ...over,
  };
}

/** What a reader may do (cases/read.ts caseRights): by default everything, as a scheme manager. */
const ALL = { open: true, change: true, moveLead: true, decideDisengagement: true };
const NONE = { open: false, change: false, moveLead: false, decideDisengagement: false };
const render = (template: string, c: CaseView, may = ALL) => ta.app.view(template, { c, may, csrfToken: 'the-csrf-token', form: formStates(null) }) as Promise<string>;

it('offers no form to a reader who may not change the case', async () => {
  const c = caseView({
    disengagement: { id: 5, stage: 'opened', since: '2010-06-21', route: null, routeOn: null, outcome: null, concludedOn: null, version: 1 },
    custody: { inCustody: true, kind: 'sentenced', since: '2010-01-10', expectedRelease: '2010-09-30', establishment: 'HMP Testmoor', releaseDueSoon: true },
  });
  for (const template of ['case/appointments.njk', 'case/disengagement.njk', 'case/release.njk']) {
    expect(await render(template, c, NONE), template).not.toContain('<form');
    expect(await render(template, c), template).toContain('<form');
  }
  // A team member who does not lead the case records appointments but not the disengagement route.
  expect(await render('case/disengagement.njk', c, { ...ALL, moveLead: false, decideDisengagement: false })).not.toContain('<form');
});
/** Rendered markup never shows escaped tags (a macro's output escaped by a concatenation). */
const noEscapedMarkup = (html: string) => expect(html).not.toMatch(/&lt;(strong|span|a|form|input)/);
const forms = (html: string) => [...html.matchAll(/<form method="post" action="([^"]+)"/g)].map((m) => m[1]);

describe('case/appointments.njk', () => {
  it('lists the appointments and the open outreach, with an outcome form for each planned one', async () => {
    const html = await render('case/appointments.njk', caseView());
    expect(html).toContain('Assertive outreach open');
    expect(html).toContain('Due 23 June 2010');
    expect(html).toContain('Overdue');
    noEscapedMarkup(html);
    expect(forms(html)).toEqual(['/appointments/12/outcome', '/appointments/13/outcome', '/people/42/case/appointments']);
    expect(html).toContain('<input type="hidden" name="version" value="3">');
    expect(html.match(/name="_csrf" value="the-csrf-token"/g)).toHaveLength(3);
    // A future appointment can only be cancelled.
    const future = html.slice(html.indexOf('/appointments/13/outcome'), html.indexOf('/people/42/case/appointments'));
    expect(future).toContain('value="cancelled"');
    expect(future).not.toContain('value="missed"');
    // No outcome is preselected.
    expect(html).not.toMatch(/<option value="(attended|missed|cancelled)" selected/);
    expect(html.match(/<option value="">Choose<\/option>/g)).toHaveLength(2);
    expect(html).toContain('<option value="4">Test drug_service (drug worker)</option>');
  });
});

describe('case/disengagement.njk', () => {
  it('says when there is no pathway', async () => {
    const html = await render('case/disengagement.njk', caseView());
    expect(html).toContain('Not on the disengagement pathway');
    expect(forms(html)).toEqual([]);
  });

  it('asks for the route when opened, then the outcome', async () => {
    const opened = await render('case/disengagement.njk', caseView({ disengagement: { id: 5, stage: 'opened', since: '2010-06-21', route: null, routeOn: null, outcome: null, concludedOn: null, version: 1 } }));
    expect(forms(opened)).toEqual(['/people/42/case/disengagement/route']);
    expect(opened).toContain('21 June 2010');
    expect(opened).toContain('value="return_to_court"');
    noEscapedMarkup(opened);
    const routed = await render('case/disengagement.njk', caseView({ disengagement: { id: 5, stage: 'route_chosen', since: '2010-06-21', route: 'breach', routeOn: '2010-06-25', outcome: null, concludedOn: null, version: 2 } }));
    expect(forms(routed)).toEqual(['/people/42/case/disengagement/outcome']);
    expect(routed).toContain('Breach, 25 June 2010');
    expect(routed).toContain('<input type="hidden" name="version" value="2">');
    const done = await render('case/disengagement.njk', caseView({ disengagement: { id: 5, stage: 'concluded', since: '2010-06-21', route: 'breach', routeOn: '2010-06-25', outcome: 'Order revoked', concludedOn: '2010-06-29', version: 3 } }));
    expect(forms(done)).toEqual([]);
    expect(done).toContain('Order revoked (29 June 2010)');
  });
});

describe('case/release.njk', () => {
  it('shows custody status and expected release, and offers to plan the release', async () => {
    const html = await render('case/release.njk', caseView({ custody: { inCustody: true, kind: 'sentenced', since: '2010-01-10', expectedRelease: '2010-09-30', establishment: 'HMP Testmoor', releaseDueSoon: true } }));
    expect(html).toContain('Serving a sentence since 10 January 2010, HMP Testmoor');
    expect(html).toContain('30 September 2010');
    expect(html).toContain('Due within 3 months');
    noEscapedMarkup(html);
    expect(forms(html)).toEqual(['/people/42/case/release-plan']);
    expect(html).toContain('value="2010-09-30"');
  });

  it('lists the tasks with who was told and when, and a form for each open one', async () => {
    const task = (id: number, kind: CaseView['actions'][number]['kind'], description: string, extra = {}) => ({ ...noAction, id, kind, description, dueDate: '2010-09-23', ...extra });
    const html = await render(
      'case/release.njk',
      caseView({
        custody: { inCustody: true, kind: 'remand', since: '2010-05-01', expectedRelease: null, establishment: null, releaseDueSoon: false },
        actions: [
          task(41, 'release_accommodation', 'Accommodation on release (release expected 2010-09-30)', { status: 'done', toldWhom: 'Housing options', toldOn: '2010-06-28' }),
          task(42, 'release_treatment', 'Treatment continuity on release (release expected 2010-09-30)'),
          task(43, 'release_police_informed', 'Police told of the release (release expected 2010-09-30)', { version: 4 }),
        ],
      }),
    );
    expect(html).toContain('On remand since 1 May 2010');
    expect(html).toContain('Housing options, 28 June 2010');
    expect(forms(html)).toEqual(['/actions/42/release-task', '/actions/43/release-task']);
    expect(html).toContain('<input type="hidden" name="version" value="4">');
  });

  it('says when the person is not in custody', async () => {
    const html = await render('case/release.njk', caseView());
    expect(html).toContain('Not in custody');
    expect(html).toContain('Not known');
    expect(forms(html)).toEqual(['/people/42/case/release-plan']);
  });
});
