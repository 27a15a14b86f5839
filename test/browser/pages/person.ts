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
}
