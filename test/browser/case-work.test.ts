// Case work in a real browser (issue 15), with axe-core on every page: a drug
// worker opens their caseload, records a missed appointment and sees the
// assertive outreach it opens, records attendance at the next one (which
// closes the outreach), adds a plan action (a refused due date first, which
// comes back with the error summary and the form as typed) and acknowledges a release alert. A
// police officer on the same case sees it without the drug-treatment detail.
// A keyboard-only walk records an appointment's outcome. The tests share one
// database and run in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { SignInPage } from './pages/sign-in.js';
import { CaseloadPage } from './pages/caseload.js';
import { CasePage } from './pages/case.js';
import { CaseAppointments } from './pages/appointments.js';
import { AlertsPage } from './pages/alerts.js';
import { formatDate } from '../../src/web/html.js';

let w: World;

beforeAll(async () => {
  if (hasChromium) w = await openWorld();
});
afterAll(async () => {
  await w?.close();
});

const NAME = 'EXAMPLESSON, Alfa';

describe.skipIf(!hasChromium)('case work', () => {
  it('a police officer on the team sees the case without the drug-treatment detail', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('officer', PASSWORD);
    const c = await CasePage.visit(page, w.seed.person.id);
    expect(await c.healthWithheld()).toMatch(/not shown/);
    const text = await c.text();
    expect(text).not.toContain(w.seed.case.healthNote);
    expect(text).not.toContain(w.seed.case.purpose);
    // The appointments themselves are there, without what they were for.
    expect((await new CaseAppointments(page).appointments()).length).toBe(4);
  });

  it('records an appointment outcome by keyboard alone', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('drugworker', PASSWORD);
    const c = await CasePage.visit(page, w.seed.person.id);
    const shown = formatDate(w.seed.case.keyboardOn);
    await new CaseAppointments(page).recordOutcomeByKeyboard(CasePage, shown, 'Attended');
    const row = (await new CaseAppointments(page).appointments()).find((r) => r[0] === shown);
    expect(row?.[3]).toBe('Attended');
    expect(await c.healthWithheld()).toBeNull();
  });

  it('a drug worker records a miss, sees the outreach, records attendance, adds a plan action and acknowledges a release alert', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('drugworker', PASSWORD);
    const caseload = await CaseloadPage.fromNavigation(home);
    expect((await caseload.rows()).some((r) => r.join(' ').includes(NAME))).toBe(true);

    let c = await caseload.openCase(NAME);
    expect(await c.healthWithheld()).toBeNull();
    expect(await c.text()).toContain(w.seed.case.healthNote);
    const appointments = new CaseAppointments(page);
    expect(await appointments.openOutreach()).toEqual([]);

    // The miss opens outreach due two days after the missed appointment's date.
    c = await appointments.recordOutcome(CasePage, formatDate(w.seed.case.missedOn), 'Missed');
    const outreach = await appointments.openOutreach();
    expect(outreach).toHaveLength(1);
    expect(outreach[0]).toContain(`Due ${formatDate('2009-06-26')}`);
    expect((await appointments.appointments()).find((r) => r[0] === formatDate(w.seed.case.missedOn))?.[3]).toBe('Missed');

    // Attending the next appointment closes it.
    c = await appointments.recordOutcome(CasePage, formatDate(w.seed.case.attendedOn), 'Attended');
    expect(await appointments.openOutreach()).toEqual([]);

    // A due date before the case opened: the case page comes back with the
    // problem in its error summary, linked to the field, and the form as typed.
    c = await c.addAction({ pathway: 'Accommodation', description: 'Referral to supported housing before the tenancy ends', owner: 'Test housing', due: '1900-07-31' }, 400);
    expect(await c.errorSummary()).toEqual([expect.stringMatching(/^An action cannot be due before the case opened \(\d{4}-\d\d-\d\d\)\.$/)]);
    await page.locator('.govuk-error-summary a').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('action-dueDate');
    expect(await c.actionForm()).toEqual({ description: 'Referral to supported housing before the tenancy ends', due: '1900-07-31' });
    c = await c.addAction({ pathway: 'Accommodation', description: 'Referral to supported housing before the tenancy ends', owner: 'Test housing', due: '2009-07-31' });
    expect((await c.text())).toContain('Referral to supported housing before the tenancy ends');

    const alerts = await AlertsPage.visit(page);
    const before = await alerts.rows();
    expect(before.some((r) => r.join(' ').includes(NAME) && /^released/i.test(r[0]!))).toBe(true);
    const after = await alerts.acknowledge('Released from custody', NAME);
    const released = (await after.rows()).find((r) => r.join(' ').includes(NAME) && /^released/i.test(r[0]!));
    expect(released?.at(-1)).toMatch(/Dee Hollis|drugworker/);
  }, 120_000);
});
