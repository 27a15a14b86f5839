import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

/** The minutes of one review panel: every decision with its reason. */
export class MinutesPage extends BasePage {
  readonly heading = /Minutes of the review panel of .+$/;

  static visit(page: Page, schemeCode: string, date: string): Promise<MinutesPage> {
    return MinutesPage.open(page, `/schemes/${encodeURIComponent(schemeCode)}/panel/minutes?date=${date}`);
  }

  /** Each decision row's cells. */
  async rows(): Promise<string[][]> {
    const rows = this.page.getByTestId('minutes').locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td, th').allInnerTexts()).map((s) => s.trim()));
    return out;
  }

  /** Downloads the CSV through its link; returns the file name and its text. */
  async downloadCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('export-panel-minutes').getByRole('link', { name: 'CSV', exact: true }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
