import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { PersonPage } from './person.js';

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
}
