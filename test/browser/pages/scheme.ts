import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { PersonPage } from './person.js';
import { SelectionRunsPage } from './selection.js';
import { MatrixPage } from './matrix.js';
import { PanelPage } from './panel.js';

export class SchemePage extends BasePage {
  readonly heading = /\S/;

  static visit(page: Page, code: string): Promise<SchemePage> {
    return SchemePage.open(page, `/schemes/${encodeURIComponent(code)}`);
  }

  figure(testId: 'size' | 'community' | 'custody'): Promise<string> {
    return this.page.getByTestId(testId).innerText();
  }

  memberNames(): Promise<string[]> {
    return this.page.locator('table[data-module="moj-sortable-table"] tbody tr td:first-child').allInnerTexts();
  }

  async openMember(name: string): Promise<PersonPage> {
    await Promise.all([this.page.waitForURL(/\/people\/\d+$/), this.page.getByRole('link', { name }).click()]);
    return new PersonPage(this.page).arrive();
  }

  /** Follows one of the scheme's task links ("Selection runs", "Selection matrix", "Review panel"). */
  private async task<T extends BasePage>(next: new (page: Page) => T, name: string): Promise<T> {
    return this.submitTo(next, () => this.page.getByRole('navigation', { name: 'Scheme tasks' }).getByRole('link', { name, exact: true }).click());
  }

  goToSelectionRuns(): Promise<SelectionRunsPage> {
    return this.task(SelectionRunsPage, 'Selection runs');
  }

  goToMatrix(): Promise<MatrixPage> {
    return this.task(MatrixPage, 'Selection matrix');
  }

  goToPanel(): Promise<PanelPage> {
    return this.task(PanelPage, 'Review panel');
  }

  /** The rows of the tiers or strands table, cells joined by " | ". */
  async structureRows(testId: 'tiers' | 'strands'): Promise<string[]> {
    const rows = await this.page.getByTestId(testId).locator('tbody tr').allInnerTexts();
    return rows.map((r) => r.split('\t').map((c) => c.trim()).join(' | '));
  }

  async addTier(code: string, name: string, rank: string, status: 200 | 400 = 200): Promise<SchemePage> {
    await this.page.getByLabel('Tier code', { exact: true }).fill(code);
    await this.page.getByLabel('Tier name', { exact: true }).fill(name);
    await this.page.getByLabel('Rank', { exact: true }).fill(rank);
    return this.submitTo(SchemePage, () => this.page.getByRole('button', { name: 'Add tier' }).click(), status);
  }

  async addStrand(code: string, name: string): Promise<SchemePage> {
    await this.page.getByLabel('Strand code', { exact: true }).fill(code);
    await this.page.getByLabel('Strand name', { exact: true }).fill(name);
    return this.submitTo(SchemePage, () => this.page.getByRole('button', { name: 'Add strand' }).click());
  }

  async changeCapacity(capacity: string): Promise<SchemePage> {
    await this.page.getByLabel('Capacity', { exact: true }).fill(capacity);
    return this.submitTo(SchemePage, () => this.page.getByRole('button', { name: 'Change capacity' }).click());
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  errorSummary(): Promise<string> {
    return this.page.locator('.govuk-error-summary').innerText();
  }
}
