import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { HomePage } from './home.js';
import { takeConsoleErrors } from '../support/world.js';

/**
 * The agency's own sign-in page, at the OpenID Connect provider (the test
 * provider's development login form). Not Waymark's page, so not checked by
 * axe: arriving only waits for its form.
 */
export class ProviderLoginPage {
  constructor(readonly page: Page, readonly issuer: string) {}

  async arrive(): Promise<this> {
    await this.page.waitForURL((u) => u.href.startsWith(`${this.issuer}/interaction/`));
    await this.page.locator('input[name="login"]').waitFor();
    return this;
  }

  private async submit(login: string, password: string): Promise<void> {
    await this.page.locator('input[name="login"]').fill(login);
    await this.page.locator('input[name="password"]').fill(password);
    await Promise.all([this.page.waitForURL((u) => !u.href.startsWith(this.issuer)), this.page.getByRole('button', { name: 'Sign-in' }).click()]);
    // Whatever the provider's own page logged (its favicon, say) is not Waymark's fault.
    takeConsoleErrors(this.page);
  }

  async signIn(login: string, password: string): Promise<HomePage> {
    await this.submit(login, password);
    return new HomePage(this.page).arrive();
  }

  async signInRefused(login: string, password: string): Promise<OidcRefusedPage> {
    await this.submit(login, password);
    return new OidcRefusedPage(this.page).arrive();
  }
}

/** Waymark's page for a single sign-on that maps to no usable account. */
export class OidcRefusedPage extends BasePage {
  readonly heading = /^(There is no Waymark account for you|Your Waymark account is disabled|Your sign-in had expired|Sign-in was cancelled|Sign-in could not be completed)$/;

  async backToSignIn(): Promise<import('./sign-in.js').SignInPage> {
    const { SignInPage } = await import('./sign-in.js');
    await Promise.all([this.page.waitForURL(/\/sign-in$/), this.page.getByRole('link', { name: 'Go to the sign-in page' }).click()]);
    return new SignInPage(this.page).arrive();
  }
}
