import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

export class PersonPage extends BasePage {
  readonly heading = /^[A-Z' -]+, .+$/;

  static visit(page: Page, id: number): Promise<PersonPage> {
    return PersonPage.open(page, `/people/${id}`);
  }

  name(): Promise<string> {
    return this.page.locator('h1').first().innerText();
  }

  identityBar(): Promise<string> {
    return this.page.locator('.moj-identity-bar').innerText();
  }

  /** A summary list's value by its key ("Date of birth", "PNC ID"). */
  async summaryValue(key: string): Promise<string> {
    const row = this.page.locator('.govuk-summary-list__row', { has: this.page.locator('.govuk-summary-list__key', { hasText: key }) }).first();
    return (await row.locator('.govuk-summary-list__value').innerText()).trim();
  }

  timelineTitles(): Promise<string[]> {
    return this.page.locator('.moj-timeline__title').allInnerTexts();
  }

  /** The timeline filtered to these kinds, as the page's form does it (a plain GET). */
  async filterTimeline(kinds: string[]): Promise<void> {
    const form = this.page.getByTestId('timeline-filter');
    for (const box of await form.locator('input[name="kind"]').all()) await box.setChecked(kinds.includes(await box.inputValue()));
    await Promise.all([this.page.waitForLoadState('load'), form.getByRole('button', { name: 'Filter the timeline' }).click()]);
  }

  /** The latest risk of serious harm as the page states it. */
  riskLatest(): Promise<string> {
    return this.page.getByTestId('risk-latest').innerText();
  }

  /** Records a risk assessment through the page's form. */
  async recordRiskAssessment(input: { date: string; level: 'Low' | 'Medium' | 'High' | 'Very high'; agency?: string }): Promise<void> {
    await this.page.getByText('Record a risk assessment').click();
    await this.page.getByLabel('Date of the assessment').fill(input.date);
    await this.page.getByLabel(input.level, { exact: true }).check();
    if (input.agency) await this.page.getByLabel('Assessing agency').selectOption({ label: input.agency });
    await Promise.all([this.page.waitForURL(/#risk$/), this.page.getByRole('button', { name: 'Record the risk assessment' }).click()]);
  }

  /** Records a MAPPA referral through the page's form. */
  async recordMappaReferral(input: { date: string; outcome?: string }): Promise<void> {
    await this.page.getByText('Record a MAPPA referral').click();
    await this.page.getByLabel('Date of the referral').fill(input.date);
    if (input.outcome) await this.page.getByLabel('Outcome (optional)').fill(input.outcome);
    await Promise.all([this.page.waitForURL(/#risk$/), this.page.getByRole('button', { name: 'Record the MAPPA referral' }).click()]);
  }

  /** The link to the person's open case, if shown. */
  caseLink() {
    return this.page.getByTestId('case-link');
  }

  notices(): Promise<string[]> {
    return this.page.locator('.govuk-inset-text').allInnerTexts();
  }

  /** The scheme memberships table: [scheme, tier, from, until, why left] for each row. */
  async memberships(): Promise<string[][]> {
    const rows = this.page.locator('table', { has: this.page.locator('caption', { hasText: 'Scheme memberships' }) }).locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td, th').allInnerTexts()).map((s) => s.trim()));
    return out;
  }
}
