import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

/** The inbox of people other partnerships say have moved into this one's areas. */
export class TransfersPage extends BasePage {
  readonly heading = /^Transfers$/;

  static visit(page: Page): Promise<TransfersPage> {
    return TransfersPage.open(page, '/transfers');
  }

  async rows(): Promise<string[][]> {
    const rows = this.page.getByTestId('transfers').locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td, th').allInnerTexts()).map((s) => s.trim()));
    return out;
  }
}
