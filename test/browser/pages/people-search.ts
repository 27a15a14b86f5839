import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { PersonPage } from './person.js';
import { JustifyPage } from './justify.js';

export class PeopleSearchPage extends BasePage {
  readonly heading = /^People$/;

  static visit(page: Page, query?: string): Promise<PeopleSearchPage> {
    return PeopleSearchPage.open(page, query ? `/people?q=${encodeURIComponent(query)}` : '/people');
  }

  async search(query: string): Promise<PeopleSearchPage> {
    await this.page.getByLabel('Search by name, person reference or PNC ID').fill(query);
    await Promise.all([this.page.waitForURL(/\/people\?q=/), this.page.getByRole('button', { name: 'Search' }).click()]);
    return this.arrive();
  }

  resultCountHeading(): Promise<string> {
    return this.page.locator('main h2').first().innerText();
  }

  /** The names in the results table, as shown ("FAMILY, Given"). */
  resultNames(): Promise<string[]> {
    return this.page.locator('main table tbody tr td:first-child a').allInnerTexts();
  }

  private async follow(name: string): Promise<void> {
    await Promise.all([this.page.waitForURL(/\/people\/\d+$/), this.page.getByRole('link', { name }).click()]);
  }

  async openPerson(name: string): Promise<PersonPage> {
    await this.follow(name);
    return new PersonPage(this.page).arrive();
  }

  async openRestrictedPerson(name: string): Promise<JustifyPage> {
    await this.follow(name);
    return new JustifyPage(this.page).arrive({ status: 403 });
  }
}
