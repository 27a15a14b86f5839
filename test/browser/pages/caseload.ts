// The caseload page (/caseload): three views as tabs, the MoJ filter, and a
// sortable table of cases, each linking to its case page.
import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { CasePage } from './case.js';

export class CaseloadPage extends BasePage {
  readonly heading = /^Caseload/;

  /** `query` such as "view=today" or "view=team&scheme=PPO". */
  static visit(page: Page, query = ''): Promise<CaseloadPage> {
    return CaseloadPage.open(page, `/caseload${query ? `?${query}` : ''}`);
  }

  /** From any page, by the "Caseload" link of the primary navigation. */
  static async fromNavigation(from: BasePage): Promise<CaseloadPage> {
    await Promise.all([from.page.waitForURL(/\/caseload/), from.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Caseload', exact: true }).click()]);
    return new CaseloadPage(from.page).arrive();
  }

  /** "My cases", "My team's cases" or "Needs action today". */
  showView(name: 'My cases' | "My team's cases" | 'Needs action today'): Promise<CaseloadPage> {
    return this.submitTo(CaseloadPage, () => this.page.getByRole('navigation', { name: 'Caseload views' }).getByRole('link', { name: new RegExp(`^${name}`) }).click());
  }

  async filter(opts: { scheme?: string; lead?: string }): Promise<CaseloadPage> {
    if (opts.scheme !== undefined) await this.page.getByLabel('Scheme').selectOption(opts.scheme);
    if (opts.lead !== undefined) await this.page.getByLabel('Lead agency').selectOption(opts.lead);
    return this.submitTo(CaseloadPage, () => this.page.getByRole('button', { name: 'Apply filters' }).click());
  }

  /**
   * Sorts by a column: with JavaScript the MoJ sortable table turns the header
   * into a button that sorts in the page; without it the header is a link the
   * server sorts by.
   */
  async sortBy(column: string): Promise<CaseloadPage> {
    const head = this.page.locator('[data-testid="caseload"] thead');
    const button = head.getByRole('button', { name: column, exact: true });
    if (await button.count()) {
      await button.click();
      return this;
    }
    return this.submitTo(CaseloadPage, () => head.getByRole('link', { name: column, exact: true }).click());
  }

  /** Each row's cells, as text. */
  async rows(): Promise<string[][]> {
    const rows = this.page.locator('[data-testid="caseload"] tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td, th').allInnerTexts()).map((s) => s.trim()));
    return out;
  }

  /** Opens a case by the person's name as the table shows it ("SURNAME, Given"). */
  openCase(name: string): Promise<CasePage> {
    return this.submitTo(CasePage, () => this.page.locator('[data-testid="caseload"]').getByRole('link', { name }).click());
  }
}
