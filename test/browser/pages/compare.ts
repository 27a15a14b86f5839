import { BasePage } from './base.js';

/** Two selection runs side by side. */
export class ComparePage extends BasePage {
  readonly heading = /^Compare run \d+ with run \d+$/;

  /** The people column of the side-by-side table. */
  names(): Promise<string[]> {
    return this.page.getByTestId('compare-table').locator('tbody tr td:first-child a').allInnerTexts();
  }

  /** The change column for a person ("Up 2", "No change", …). */
  async change(name: string): Promise<string> {
    const row = this.page.getByTestId('compare-table').locator('tbody tr', { has: this.page.getByRole('link', { name, exact: true }) });
    return (await row.locator('td').last().innerText()).trim();
  }
}
