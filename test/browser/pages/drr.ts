import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

/** DRR starts, completions and early terminations of a performance year, against its target (issue 15). */
export class DrrPage extends BasePage {
  readonly heading = /^DRR starts, completions and early terminations, \d{4}\/\d{2}$/;

  /** /drr?year=YYYY/YY, or the year containing the partnership's today. */
  static visit(page: Page, year?: string): Promise<DrrPage> {
    return DrrPage.open(page, year ? `/drr?year=${encodeURIComponent(year)}` : '/drr');
  }

  /** Chooses another year with the year form (a GET form: works without JavaScript). */
  async chooseYear(year: string): Promise<DrrPage> {
    await this.page.getByLabel('Performance year (April to March)', { exact: true }).selectOption({ label: year });
    return this.submitTo(DrrPage, () => this.page.getByRole('button', { name: 'Show the year' }).click());
  }

  /** A headline figure as shown: 'starts', 'completions' or 'completion-rate'. */
  async figure(name: 'starts' | 'completions' | 'completion-rate'): Promise<string> {
    return (await this.page.locator(`[data-figure="${name}"]`).innerText()).trim();
  }

  /** The quarter table's rows as text cells. */
  quarters(): Promise<string[][]> {
    return this.page.locator('main table tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => (c.textContent ?? '').trim())));
  }

  /** Whether the target form is offered (scheme managers and administrators). */
  mayEditTarget(): Promise<boolean> {
    return this.page.getByRole('button', { name: 'Save the target' }).count().then((n) => n > 0);
  }

  /** Sets the year's target by the form and arrives back on the page with the success banner. */
  async setTarget(starts: string, completions = ''): Promise<DrrPage> {
    await this.page.getByLabel('Target of DRR starts in the year', { exact: true }).fill(starts);
    await this.page.getByLabel('Target of DRR completions in the year (optional)', { exact: true }).fill(completions);
    return this.submitTo(DrrPage, () => this.page.getByRole('button', { name: 'Save the target' }).click());
  }
}
