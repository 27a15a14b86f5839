// The case page (/people/:id/case): the case summary, team, alerts, the
// appointment, disengagement and release sections (their own page parts),
// the plan, needs assessments and case notes, each with its form; or the
// "Open a case" form when none is open.
import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

export class CasePage extends BasePage {
  readonly heading = /^[A-Z' -]+, .+$/;

  static visit(page: Page, personId: number): Promise<CasePage> {
    return CasePage.open(page, `/people/${personId}/case`);
  }

  /** Opens a case from the "Open a case" form (agency and manager by their visible names). */
  async openCase(opts: { scheme?: string; lead: string; manager?: string; openedOn?: string }): Promise<CasePage> {
    const form = this.page.getByTestId('open-case');
    if (opts.scheme) await form.getByLabel(opts.scheme).check();
    await form.getByLabel('Lead agency').selectOption({ label: opts.lead });
    if (opts.manager) await form.getByLabel('Case manager').selectOption({ label: opts.manager });
    if (opts.openedOn) await form.getByLabel('Date opened').fill(opts.openedOn);
    return this.submitTo(CasePage, () => form.getByRole('button', { name: 'Open the case' }).click());
  }

  /** The case summary list's value by its key ("Lead agency", "Custody"). */
  async summaryValue(key: string): Promise<string> {
    const row = this.page.getByTestId('case-summary').locator('.govuk-summary-list__row', { has: this.page.locator('.govuk-summary-list__key', { hasText: key }) }).first();
    return (await row.locator('.govuk-summary-list__value').innerText()).trim();
  }

  /** The notice shown when health and drug-treatment detail is withheld, or null. */
  async healthWithheld(): Promise<string | null> {
    const n = this.page.getByTestId('health-withheld');
    return (await n.count()) ? (await n.innerText()).trim() : null;
  }

  private async tableRows(testId: string): Promise<string[][]> {
    const rows = this.page.getByTestId(testId).locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td, th').allInnerTexts()).map((s) => s.trim()));
    return out;
  }

  /** [agency, role, worker, …] per team member. */
  team(): Promise<string[][]> {
    return this.tableRows('team');
  }

  /** [action, pathway, owner, due, status, outcome] per action, open first. */
  actions(): Promise<string[][]> {
    return this.tableRows('actions');
  }

  alerts(): Promise<string[][]> {
    return this.tableRows('alerts');
  }

  async setTeamMember(opts: { agency: string; role: string; worker?: string }): Promise<CasePage> {
    await this.page.getByText('Add an agency or change its role').click();
    await this.page.locator('#team-agency').selectOption({ label: opts.agency });
    await this.page.locator('#team-role').fill(opts.role);
    if (opts.worker) await this.page.locator('#team-worker').selectOption({ label: opts.worker });
    return this.submitTo(CasePage, () => this.page.getByRole('button', { name: 'Save team member' }).click());
  }

  /** Adds a plan action; `status` 400 for one the service refuses (the case page comes back with the form as typed). */
  async addAction(opts: { pathway: string; description: string; owner: string; due: string }, status = 200): Promise<CasePage> {
    const form = this.page.getByTestId('add-action');
    // (A refused form's section is drawn open already.)
    if (!(await form.isVisible())) await this.page.getByText('Add a plan action').click();
    await form.getByLabel('Pathway').selectOption({ label: opts.pathway });
    await form.getByLabel('What is to be done').fill(opts.description);
    await form.getByLabel('Owner agency').selectOption({ label: opts.owner });
    await form.getByLabel('Due date').fill(opts.due);
    return this.submitTo(CasePage, () => form.getByRole('button', { name: 'Add the action' }).click(), status);
  }

  /** The add-action form's fields as they stand: what is to be done, and the due date. */
  async actionForm(): Promise<{ description: string; due: string }> {
    const form = this.page.getByTestId('add-action');
    return { description: await form.getByLabel('What is to be done').inputValue(), due: await form.getByLabel('Due date').inputValue() };
  }

  /** The error summary's links, as the user reads them. */
  errorSummary(): Promise<string[]> {
    return this.page.locator('.govuk-error-summary a').allInnerTexts();
  }

  /** Records an open action's outcome (by its description). */
  async recordOutcome(description: string, opts: { status: 'Done' | 'Cancelled'; outcome: string }): Promise<CasePage> {
    const row = this.page.getByTestId('actions').locator('tbody tr', { hasText: description }).first();
    await row.getByText('Record the outcome').click();
    await row.getByLabel(opts.status, { exact: true }).check();
    await row.getByLabel('What came of it').fill(opts.outcome);
    return this.submitTo(CasePage, () => row.getByRole('button', { name: 'Record outcome' }).click());
  }

  async addNote(body: string, opts: { health?: boolean } = {}): Promise<CasePage> {
    const form = this.page.getByTestId('add-note');
    await form.getByLabel('Add a note').fill(body);
    if (opts.health) await form.getByLabel(/Health or drug treatment/).check();
    return this.submitTo(CasePage, () => form.getByRole('button', { name: 'Add the note' }).click());
  }

  /** Records an assessment with one rating ("None" | "Low" | "Medium" | "High") for every pathway, by label. */
  async recordAssessment(ratings: Record<string, 'None' | 'Low' | 'Medium' | 'High'>, opts: { date?: string } = {}): Promise<CasePage> {
    await this.page.getByText('Record a needs assessment').click();
    const form = this.page.getByTestId('add-assessment');
    if (opts.date) await form.getByLabel('Date of the assessment').fill(opts.date);
    for (const [pathway, rating] of Object.entries(ratings)) await form.getByRole('group', { name: pathway, exact: true }).getByLabel(rating, { exact: true }).check();
    return this.submitTo(CasePage, () => form.getByRole('button', { name: 'Record the assessment' }).click());
  }

  notes(): Promise<string[]> {
    return this.page.locator('[data-testid="notes"] .moj-timeline__description').allInnerTexts();
  }
}
