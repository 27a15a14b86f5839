import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

export class PersonPage extends BasePage {
  readonly heading = /^[A-Z' -]+, .+$/;

  static visit(page: Page, id: number): Promise<PersonPage> {
    return PersonPage.open(page, `/people/${id}`);
  }

  name(): Promise<string> {
    return this.page.locator('h1').first().innerText();
  }

  identityBar(): Promise<string> {
    return this.page.locator('.moj-identity-bar').innerText();
  }

  /** A summary list's value by its key ("Date of birth", "PNC ID"). */
  async summaryValue(key: string): Promise<string> {
    const row = this.page.locator('.govuk-summary-list__row', { has: this.page.locator('.govuk-summary-list__key', { hasText: key }) }).first();
    return (await row.locator('.govuk-summary-list__value').innerText()).trim();
  }

  timelineTitles(): Promise<string[]> {
    return this.page.locator('.moj-timeline__title').allInnerTexts();
  }

  notices(): Promise<string[]> {
    return this.page.locator('.govuk-inset-text').allInnerTexts();
  }

  /** The scheme memberships table: [scheme, tier, from, until, why left] for each row. */
  async memberships(): Promise<string[][]> {
    const rows = this.page.locator('table', { has: this.page.locator('caption', { hasText: 'Scheme memberships' }) }).locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td, th').allInnerTexts()).map((s) => s.trim()));
    return out;
  }
}
