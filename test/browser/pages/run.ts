import type { Locator } from 'playwright-core';
import { BasePage } from './base.js';
import { checkAccessibility } from '../support/axe.js';
import { PanelPage } from './panel.js';

/** One selection run: the ranked table with score parts, and disproportionality. */
export class RunPage extends BasePage {
  readonly heading = /Selection run \d+$/;

  runId(): number {
    return Number(/\/selection\/runs\/(\d+)/.exec(this.page.url())![1]);
  }

  /** Person references in rank order. */
  async rankedRefs(): Promise<string[]> {
    return this.page.getByTestId('run-table').getByTestId('run-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person-ref') ?? ''));
  }

  row(personRef: string): Locator {
    return this.page.locator(`[data-testid="run-row"][data-person-ref="${personRef}"]`);
  }

  /** The proposal cell of a person's row ("Select", "De-select" or "–"). */
  async proposal(personRef: string): Promise<string> {
    return (await this.row(personRef).locator('td').nth(4).innerText()).trim();
  }

  /** The "On the scheme" cell of a person's row ("Member" or "No"), as written (the badge's capitals are only CSS). */
  async onScheme(personRef: string): Promise<string> {
    return ((await this.row(personRef).locator('td').nth(3).textContent()) ?? '').trim();
  }

  /** Opens "Score parts for NAME" and returns its text once visible. */
  async openScoreParts(name: string): Promise<string> {
    const details = this.page.getByTestId('score-parts').filter({ has: this.page.locator('summary', { hasText: `Score parts for ${name}` }) });
    await details.locator('summary').click();
    const table = details.locator('table');
    await table.waitFor({ state: 'visible' });
    // What was hidden is now shown: check it too.
    await checkAccessibility(this.page);
    return table.innerText();
  }

  /** The summary's "Comparison margin" line ("20%: 3 members outscored by more than this"). */
  async comparisonMargin(): Promise<string> {
    const row = this.page.locator('.govuk-summary-list__row', { has: this.page.locator('dt', { hasText: 'Comparison margin' }) });
    return (await row.locator('dd').innerText()).trim();
  }

  /** The comparisons table's rows: [member, member's score, best candidate left out, candidate's score, above the member]; empty when none. */
  async comparisons(): Promise<string[][]> {
    const table = this.page.getByTestId('comparisons');
    if (!(await table.count())) return [];
    return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())));
  }

  disproportionalityCaptions(): Promise<string[]> {
    return this.page.getByTestId('disproportionality').locator('caption').allInnerTexts();
  }

  async openPanel(): Promise<PanelPage> {
    await Promise.all([this.page.waitForURL(/\/panel\?date=/), this.page.getByRole('link', { name: /^Open the review panel for / }).click()]);
    return new PanelPage(this.page).arrive();
  }
}
