import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { SchemePage } from './scheme.js';

export class SchemesPage extends BasePage {
  readonly heading = /^Schemes$/;

  static visit(page: Page): Promise<SchemesPage> {
    return SchemesPage.open(page, '/schemes');
  }

  async openScheme(name: string): Promise<SchemePage> {
    await Promise.all([this.page.waitForURL(/\/schemes\/[^/]+$/), this.page.getByRole('link', { name }).click()]);
    return new SchemePage(this.page).arrive();
  }
}
