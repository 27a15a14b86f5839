// The base of every page object. Arriving on a page (by address or by a click)
// checks the heading, runs axe-core and fails on any console error, so every
// page a journey passes through is checked without the test asking.
import type { Page, Response } from 'playwright-core';
import { checkAccessibility } from '../support/axe.js';
import { takeConsoleErrors } from '../support/world.js';

export abstract class BasePage {
  /** The page's main heading (h1). */
  abstract readonly heading: RegExp;

  constructor(readonly page: Page) {}

  /** Asserts the browser is on this page; runs the accessibility check. */
  async arrive(opts: { status?: number; response?: Response | null } = {}): Promise<this> {
    await this.page.waitForLoadState('load');
    const h1 = (await this.page.locator('h1').first().innerText()).trim();
    if (!this.heading.test(h1)) throw new Error(`Expected ${this.constructor.name} (h1 ${this.heading}) at ${this.page.url()}, found h1 "${h1}"`);
    if (opts.status !== undefined && opts.response && opts.response.status() !== opts.status) {
      throw new Error(`Expected HTTP ${opts.status} at ${this.page.url()}, got ${opts.response.status()}`);
    }
    await checkAccessibility(this.page);
    // A refused status is logged by Chromium as a failed resource; anything else is a fault.
    const errors = takeConsoleErrors(this.page).filter((e) => !(opts.status && opts.status >= 400 && /Failed to load resource: the server responded with a status of/.test(e)));
    if (errors.length) throw new Error(`Console errors on ${this.page.url()}:\n${errors.join('\n')}`);
    return this;
  }

  /** Goes to a path and arrives. */
  protected static async open<T extends BasePage>(this: new (page: Page) => T, page: Page, path: string, status = 200): Promise<T> {
    const response = await page.goto(path);
    return new this(page).arrive({ status, response });
  }

  /**
   * Does something that loads a new document (a form post, a link) and arrives
   * on the page it leads to, checking the final (post-redirect) HTTP status.
   */
  protected async submitTo<T extends BasePage>(next: new (page: Page) => T, action: () => Promise<unknown>, status = 200): Promise<T> {
    const main = this.page.mainFrame();
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().frame() === main && (r.status() < 300 || r.status() >= 400)),
      this.page.waitForEvent('load'),
      action(),
    ]);
    return new next(this.page).arrive({ status, response });
  }

  async signOut(): Promise<import('./sign-in.js').SignInPage> {
    const { SignInPage } = await import('./sign-in.js');
    await Promise.all([this.page.waitForURL(/\/sign-in$/), this.page.getByRole('button', { name: 'Sign out', exact: true }).click()]);
    return new SignInPage(this.page).arrive();
  }

  /** Follows a link in the primary navigation. */
  protected async navigate(name: string): Promise<void> {
    await Promise.all([this.page.waitForEvent('framenavigated'), this.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name, exact: true }).click()]);
  }

  text(): Promise<string> {
    return this.page.locator('main').innerText();
  }
}
