import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { HomePage } from './home.js';

export class SignInPage extends BasePage {
  readonly heading = /^Sign in to Waymark$/;

  static visit(page: Page, path = '/sign-in'): Promise<SignInPage> {
    return SignInPage.open(page, path);
  }

  private async submit(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await Promise.all([this.page.waitForEvent('framenavigated'), this.page.getByRole('button', { name: 'Sign in' }).click()]);
  }

  async signIn(username: string, password: string): Promise<HomePage> {
    await this.submit(username, password);
    return new HomePage(this.page).arrive();
  }

  /** Signs in where a sign-in link was meant to lead (returnTo). */
  async signInTo<T extends BasePage>(next: new (page: Page) => T, username: string, password: string): Promise<T> {
    await this.submit(username, password);
    return new next(this.page).arrive();
  }

  async signInFailing(username: string, password: string): Promise<SignInPage> {
    await this.submit(username, password);
    return this.arrive({ status: 401 });
  }

  /** Follows the single sign-on button to the OpenID Connect provider's login page. */
  async signInWithProvider(label: string, issuer: string): Promise<import('./sign-in-oidc.js').ProviderLoginPage> {
    const { ProviderLoginPage } = await import('./sign-in-oidc.js');
    await this.page.getByRole('button', { name: label }).click();
    return new ProviderLoginPage(this.page, issuer).arrive();
  }

  errorSummary(): Promise<string> {
    return this.page.locator('.govuk-error-summary').innerText();
  }
}
