import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { RunPage } from './run.js';
import { ComparePage } from './compare.js';
import { MatrixPage } from './matrix.js';

/** A scheme's stored selection runs, the form to start one, and the run comparison form. */
export class SelectionRunsPage extends BasePage {
  readonly heading = /Selection runs$/;

  static visit(page: Page, schemeCode: string): Promise<SelectionRunsPage> {
    return SelectionRunsPage.open(page, `/schemes/${encodeURIComponent(schemeCode)}/selection`);
  }

  async startRun(asOf: string): Promise<RunPage> {
    await this.page.getByLabel('As-of date').fill(asOf);
    await Promise.all([this.page.waitForURL(/\/selection\/runs\/\d+$/), this.page.getByRole('button', { name: 'Run the selection matrix' }).click()]);
    return new RunPage(this.page).arrive();
  }

  /** The run links in the stored runs table ("Run 1", …), newest first. */
  runLinks(): Promise<string[]> {
    return this.page.getByTestId('runs').locator('tbody tr td:first-child a').allInnerTexts();
  }

  /** Compares two stored runs, chosen by their option text's start ("Run 2, as of …"). */
  async compareRuns(first: number, second: number): Promise<ComparePage> {
    const option = async (select: string, run: number) => {
      const text = await this.page.getByLabel(select, { exact: true }).locator('option', { hasText: new RegExp(`^Run ${run},`) }).innerText();
      await this.page.getByLabel(select, { exact: true }).selectOption({ label: text });
    };
    await option('First run', first);
    await option('Second run', second);
    await Promise.all([this.page.waitForURL(/\/selection\/compare\?/), this.page.getByRole('button', { name: 'Compare runs' }).click()]);
    return new ComparePage(this.page).arrive();
  }

  async openMatrix(): Promise<MatrixPage> {
    await Promise.all([this.page.waitForURL(/\/matrix$/), this.page.getByRole('link', { name: 'See the selection matrix' }).click()]);
    return new MatrixPage(this.page).arrive();
  }
}
