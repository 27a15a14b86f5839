// The second-factor pages: the code step of sign-in, enrolment (QR code and the
// secret as text), the recovery codes shown once, and the account page.
import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { HomePage } from './home.js';

export class SignInCodePage extends BasePage {
  readonly heading = /^Enter your security code$/;

  async enter(code: string): Promise<void> {
    await this.page.getByLabel('Security code').fill(code);
    await Promise.all([this.page.waitForEvent('framenavigated'), this.page.getByRole('button', { name: 'Continue' }).click()]);
  }

  async enterCode<T extends BasePage>(next: new (page: Page) => T, code: string): Promise<T> {
    await this.enter(code);
    return new next(this.page).arrive();
  }

  async enterWrongCode(code: string): Promise<SignInCodePage> {
    await this.enter(code);
    return this.arrive({ status: 401 });
  }
}

export class EnrolPage extends BasePage {
  readonly heading = /^Set up your second factor$/;

  static visit(page: Page): Promise<EnrolPage> {
    return EnrolPage.open(page, '/account/second-factor');
  }

  /** The secret as the page shows it for typing by hand, without its spaces. */
  async secret(): Promise<string> {
    return (await this.page.locator('#secret-key').innerText()).replace(/\s+/g, '');
  }

  async hasQrCode(): Promise<boolean> {
    const img = this.page.getByRole('img', { name: /QR code/ });
    return (await img.count()) === 1 && (await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0));
  }

  confirm(code: string): Promise<RecoveryCodesPage> {
    return this.submitTo(RecoveryCodesPage, async () => {
      await this.page.getByLabel('Security code').fill(code);
      await this.page.getByRole('button', { name: 'Confirm' }).click();
    });
  }
}

export class RecoveryCodesPage extends BasePage {
  readonly heading = /^Save your recovery codes$/;

  codes(): Promise<string[]> {
    return this.page.locator('#recovery-codes li').allInnerTexts();
  }

  continue(): Promise<HomePage> {
    return this.submitTo(HomePage, () => this.page.getByRole('button', { name: 'Continue to Waymark' }).click());
  }
}

export class AccountPage extends BasePage {
  readonly heading = /^Your account$/;

  static visit(page: Page): Promise<AccountPage> {
    return AccountPage.open(page, '/account');
  }

  secondFactor(): Promise<string> {
    return this.page.locator('.govuk-summary-list__row', { hasText: 'Second factor' }).locator('dd').first().innerText();
  }

  async setUpSecondFactor(): Promise<EnrolPage> {
    return this.submitTo(EnrolPage, () => this.page.getByRole('link', { name: /Set up/ }).click());
  }

  async signOutEverywhere(): Promise<import('./sign-in.js').SignInPage> {
    const { SignInPage } = await import('./sign-in.js');
    return this.submitTo(SignInPage, () => this.page.getByRole('button', { name: 'Sign out everywhere' }).click());
  }
}
