import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

/** The page shown for a refused or missing page. */
export class ErrorPage extends BasePage {
  readonly heading = /^(You cannot see this page|You cannot make this change|Page not found|Sorry, .*)$/;

  static visit(page: Page, path: string, status: number): Promise<ErrorPage> {
    return ErrorPage.open(page, path, status);
  }

  message(): Promise<string> {
    return this.page.locator('main p').first().innerText();
  }
}
