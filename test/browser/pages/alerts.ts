// The alerts page and the watch-list pages (issue 15).
import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

export class AlertsPage extends BasePage {
  readonly heading = /^Alerts$/;

  static visit(page: Page): Promise<AlertsPage> {
    return AlertsPage.open(page, '/alerts');
  }

  /** Each alert row: [alert, person, raised, detail, acknowledgement]. */
  async rows(): Promise<string[][]> {
    const rows = this.page.locator('[data-testid="alerts"] tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).map((s) => s.trim()));
    return out;
  }

  /** Acknowledges the first unacknowledged alert of this kind ("Released from custody") about the person; back on the alerts page. */
  async acknowledge(kind: string, personName: string): Promise<AlertsPage> {
    const button = this.page.getByRole('button', { name: `Acknowledge the ${kind.toLowerCase()} alert about ${personName}` }).first();
    return this.submitTo(AlertsPage, () => button.click());
  }
}

export class WatchListsPage extends BasePage {
  readonly heading = /^Watch lists$/;

  static visit(page: Page): Promise<WatchListsPage> {
    return WatchListsPage.open(page, '/watch-lists');
  }

  /** Saves a watch list and arrives on it. */
  async add(name: string, search: string, offence?: string): Promise<WatchListPage> {
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByLabel(search, { exact: true }).check();
    if (offence) await this.page.getByLabel(/^Offence type/).fill(offence);
    return this.submitTo(WatchListPage, () => this.page.getByRole('button', { name: 'Save watch list' }).click());
  }

  async open(name: string): Promise<WatchListPage> {
    return this.submitTo(WatchListPage, () => this.page.locator('[data-testid="watch-lists"]').getByRole('link', { name, exact: true }).click());
  }
}

export class WatchListPage extends BasePage {
  readonly heading = /.+/;

  /** The result rows: [name, reference, date, detail]. */
  async results(): Promise<string[][]> {
    const rows = this.page.locator('[data-testid="watch-results"] tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).map((s) => s.trim()));
    return out;
  }

  /** The href of the CSV or XLSX download. */
  downloadHref(format: 'CSV' | 'XLSX'): Promise<string | null> {
    return this.page.getByRole('link', { name: format, exact: true }).getAttribute('href');
  }

  async delete(): Promise<WatchListsPage> {
    return this.submitTo(WatchListsPage, () => this.page.getByRole('button', { name: 'Delete this watch list' }).click());
  }
}
