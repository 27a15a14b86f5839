// The case page's sections for appointments, the disengagement pathway and the
// prison link (src/web/views/case/{appointments,disengagement,release}.njk).
// They are parts of the case page, not pages: each form redirects back to
// the case, so every submit takes the case page's class (`next`) and arrives
// on it (heading, axe and console checks included, as BasePage.arrive does).
import type { Locator, Page } from 'playwright-core';
import type { BasePage } from './base.js';
import { tabTo } from '../support/keyboard.js';

type PageClass<T extends BasePage> = new (page: Page) => T;

export interface NewAppointment {
  /** YYYY-MM-DD */
  date: string;
  purpose: string;
  status?: 'Planned' | 'Attended' | 'Missed' | 'Cancelled';
  /** The agency's option text, "Test drug_service (drug worker)"; default "Your agency". */
  with?: string;
}

export class CaseAppointments {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.locator('section[data-testid="appointments"]');
  }
  get disengagementSection(): Locator {
    return this.page.locator('section[data-testid="disengagement"]');
  }
  get releaseSection(): Locator {
    return this.page.locator('section[data-testid="release"]');
  }

  /** Does what loads a new document and arrives on the page it leads to (after the 303). */
  private async submit<T extends BasePage>(next: PageClass<T>, action: () => Promise<unknown>, status = 200): Promise<T> {
    const main = this.page.mainFrame();
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().frame() === main && (r.status() < 300 || r.status() >= 400)),
      this.page.waitForEvent('load'),
      action(),
    ]);
    return new next(this.page).arrive({ status, response });
  }

  // ---- appointments -------------------------------------------------------------------------

  /** Each appointment row: [date, purpose, with, status]. */
  async appointments(): Promise<string[][]> {
    const rows = this.section.locator('table[data-testid="appointments-table"] tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).slice(0, 4).map((s) => s.trim()));
    return out;
  }

  /** The open assertive outreach, one line each ("… Due 23 June 2010, Test drug_service."). */
  async openOutreach(): Promise<string[]> {
    const list = this.section.locator('[data-testid="outreach"] li');
    return (await list.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  }

  /** Opens "Record an appointment", fills it by its labels and records it. */
  async recordAppointment<T extends BasePage>(next: PageClass<T>, a: NewAppointment): Promise<T> {
    await this.section.locator('details#record-appointment summary').click();
    const form = this.section.locator('form[data-testid="new-appointment"]');
    await form.getByLabel('Date', { exact: true }).fill(a.date);
    await form.getByLabel('Purpose', { exact: true }).fill(a.purpose);
    if (a.with) await form.getByLabel('With', { exact: true }).selectOption({ label: a.with });
    await form.getByLabel(a.status ?? 'Planned', { exact: true }).check();
    return this.submit(next, () => form.getByRole('button', { name: 'Record appointment' }).click());
  }

  /** The outcome form of the planned appointment on this row (by its date as shown, "28 June 2010"). */
  private outcomeForm(shownDate: string): Locator {
    return this.section.locator('tbody tr', { has: this.page.locator('td', { hasText: shownDate }) }).locator('form');
  }

  async recordOutcome<T extends BasePage>(next: PageClass<T>, shownDate: string, outcome: 'Attended' | 'Missed' | 'Cancelled'): Promise<T> {
    const form = this.outcomeForm(shownDate);
    await form.locator('select[name="status"]').selectOption({ label: outcome });
    return this.submit(next, () => form.getByRole('button').click());
  }

  /**
   * The same by keyboard only: Tab to the outcome's select, choose by typing
   * its first letter, Tab to its button and press Enter. Returns what took
   * the focus on the way (for a focus-order assertion).
   */
  async recordOutcomeByKeyboard<T extends BasePage>(next: PageClass<T>, shownDate: string, outcome: 'Attended' | 'Missed' | 'Cancelled'): Promise<T> {
    const form = this.outcomeForm(shownDate);
    const selectId = await form.locator('select[name="status"]').getAttribute('id');
    await tabTo(this.page, (f) => f.tag === 'select' && f.id === selectId, `the outcome of the appointment on ${shownDate}`, 120);
    await this.page.keyboard.type(outcome[0]!.toLowerCase());
    const chosen = await form.locator('select[name="status"]').evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]?.text);
    if (chosen !== outcome) throw new Error(`Typing "${outcome[0]}" chose "${chosen}", not "${outcome}"`);
    await tabTo(this.page, (f) => f.tag === 'button' && /Record outcome/.test(f.text), 'the Record outcome button', 3);
    return this.submit(next, () => this.page.keyboard.press('Enter'));
  }

  // ---- the disengagement pathway ----------------------------------------------------------------

  /** The pathway's summary: { Stage, Since, Route, Outcome }, or null when not on it. */
  async disengagement(): Promise<Record<string, string> | null> {
    const rows = this.disengagementSection.locator('.govuk-summary-list__row');
    if ((await rows.count()) === 0) return null;
    const out: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) out[(await rows.nth(i).locator('dt').innerText()).trim()] = (await rows.nth(i).locator('dd').innerText()).trim();
    return out;
  }

  async recordRoute<T extends BasePage>(next: PageClass<T>, route: 'Enforcement' | 'Breach' | 'Return to court', date = ''): Promise<T> {
    const form = this.disengagementSection.locator('form[data-testid="disengagement-route"]');
    await form.getByLabel(route, { exact: true }).check();
    if (date) await form.getByLabel('Date', { exact: true }).fill(date);
    return this.submit(next, () => form.getByRole('button', { name: 'Record the route' }).click());
  }

  async recordDisengagementOutcome<T extends BasePage>(next: PageClass<T>, outcome: string, date = ''): Promise<T> {
    const form = this.disengagementSection.locator('form[data-testid="disengagement-outcome"]');
    await form.locator('textarea[name="outcome"]').fill(outcome);
    if (date) await form.getByLabel('Date', { exact: true }).fill(date);
    return this.submit(next, () => form.getByRole('button', { name: 'Record the outcome' }).click());
  }

  // ---- custody and release planning -------------------------------------------------------------

  /** { "Custody status", "Expected release" } as shown. */
  async custody(): Promise<Record<string, string>> {
    const rows = this.releaseSection.locator('[data-testid="custody"] .govuk-summary-list__row');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) out[(await rows.nth(i).locator('dt').innerText()).trim()] = (await rows.nth(i).locator('dd').innerText()).replace(/\s+/g, ' ').trim();
    return out;
  }

  /** Each release planning task: [task, owner, due, who was told and when (or the form's labels)]. */
  async releaseTasks(): Promise<string[][]> {
    const rows = this.releaseSection.locator('table[data-testid="release-tasks"] tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim()));
    return out;
  }

  /** "Plan the release" (opening "Plan a release" first when the person is not in custody). */
  async planRelease<T extends BasePage>(next: PageClass<T>, expectedRelease?: string): Promise<T> {
    const details = this.releaseSection.locator('details#plan-release');
    if ((await details.count()) > 0) await details.locator('summary').click();
    const form = this.releaseSection.locator('form[data-testid="plan-release"]');
    if (expectedRelease) await form.getByLabel('Expected release', { exact: true }).fill(expectedRelease);
    return this.submit(next, () => form.getByRole('button', { name: 'Plan the release' }).click());
  }

  /** Records who was told of the release for the task whose kind is given, and when. */
  async recordReleaseTask<T extends BasePage>(next: PageClass<T>, kind: 'release_accommodation' | 'release_treatment' | 'release_police_informed', toldWhom: string, toldOn = ''): Promise<T> {
    const form = this.releaseSection.locator(`tr[data-task-kind="${kind}"] form`);
    await form.getByLabel('Who was told', { exact: true }).fill(toldWhom);
    if (toldOn) await form.getByLabel('When', { exact: true }).fill(toldOn);
    return this.submit(next, () => form.getByRole('button').click());
  }
}
