// The administration pages (users, agencies, areas, API tokens), the page an
// invitation link opens, and "change your password".
import type { Page } from 'playwright-core';
import { BasePage } from './base.js';
import { SignInPage } from './sign-in.js';

export class AdminPage extends BasePage {
  readonly heading = /^Administration$/;

  static visit(page: Page): Promise<AdminPage> {
    return AdminPage.open(page, '/admin');
  }

  private follow<T extends BasePage>(next: new (page: Page) => T, name: string): Promise<T> {
    return this.submitTo(next, () => this.page.getByRole('main').getByRole('link', { name, exact: true }).click());
  }

  goToUsers(): Promise<UsersPage> {
    return this.follow(UsersPage, 'Users');
  }
  goToAgencies(): Promise<AgenciesPage> {
    return this.follow(AgenciesPage, 'Agencies');
  }
  goToAreas(): Promise<AreasPage> {
    return this.follow(AreasPage, 'Areas');
  }
  goToTokens(): Promise<TokensPage> {
    return this.follow(TokensPage, 'API tokens');
  }
  goToAgreements(): Promise<AgreementsPage> {
    return this.follow(AgreementsPage, 'Information-sharing agreements');
  }
  goToRetention(): Promise<RetentionPage> {
    return this.follow(RetentionPage, 'Retention review');
  }
}

/** Information-sharing agreements between agencies: each disclosure relies on one. */
export class AgreementsPage extends BasePage {
  readonly heading = /^Information-sharing agreements$/;

  titles(): Promise<string[]> {
    return this.page.getByTestId('agreements').locator('tbody tr td:nth-child(2)').allInnerTexts();
  }

  async record(a: { title: string; parties: string[]; purpose: string; data: string; from: string }): Promise<AgreementsPage> {
    await this.page.getByLabel('Title or reference', { exact: true }).fill(a.title);
    for (const party of a.parties) await this.page.getByLabel(party, { exact: true }).check();
    await this.page.getByLabel('Purpose', { exact: true }).fill(a.purpose);
    await this.page.getByLabel('Data shared', { exact: true }).fill(a.data);
    await this.page.getByLabel('In force from', { exact: true }).fill(a.from);
    return this.submitTo(AgreementsPage, () => this.page.getByRole('button', { name: 'Record agreement' }).click());
  }
}

/** Records with no activity for the retention period, to keep, anonymise or erase. */
export class RetentionPage extends BasePage {
  readonly heading = /^Retention review$/;

  /** The paragraph that says the period and the cut-off date. */
  intro(): Promise<string> {
    return this.page.locator('main p.govuk-body').first().innerText();
  }

  async setPeriod(years: string): Promise<RetentionPage> {
    await this.page.getByLabel('Years without activity before a record comes up for review').fill(years);
    return this.submitTo(RetentionPage, () => this.page.getByRole('button', { name: 'Change the period' }).click());
  }
}

export class UsersPage extends BasePage {
  readonly heading = /^Users$/;

  static visit(page: Page): Promise<UsersPage> {
    return UsersPage.open(page, '/admin/users');
  }

  usernames(): Promise<string[]> {
    return this.page.locator('main table tbody tr td:first-child').allInnerTexts();
  }

  statusOf(username: string): Promise<string> {
    return this.page.locator('main table tbody tr', { hasText: username }).locator('td').nth(4).innerText();
  }

  addUser(): Promise<NewUserPage> {
    return this.submitTo(NewUserPage, () => this.page.getByRole('button', { name: 'Add a user' }).click());
  }

  openUser(username: string): Promise<UserPage> {
    return this.submitTo(UserPage, () => this.page.getByRole('link', { name: username, exact: true }).click());
  }
}

export class NewUserPage extends BasePage {
  readonly heading = /^Add a user$/;

  async add(u: { username: string; name: string; role: string; agency: string; how: 'invitation' | 'one-time' }): Promise<IssuedPage> {
    await this.page.getByLabel('Username').fill(u.username);
    await this.page.getByLabel('Full name').fill(u.name);
    await this.page.getByLabel('Role').selectOption({ label: u.role });
    await this.page.getByLabel('Agency').selectOption({ label: u.agency });
    await this.page.getByLabel(u.how === 'invitation' ? 'Send them an invitation link' : 'Give them a one-time password').check();
    return this.submitTo(IssuedPage, () => this.page.getByRole('button', { name: 'Add user' }).click());
  }
}

/** Where an invitation link or a one-time password is shown, once. */
export class IssuedPage extends BasePage {
  readonly heading = /^(User added|Password reset)$/;

  async invitationLink(): Promise<string> {
    return (await this.page.getByTestId('invitation-link').innerText()).trim();
  }

  async oneTimePassword(): Promise<string> {
    return (await this.page.getByTestId('one-time-password').innerText()).trim();
  }

  backToUser(username: string): Promise<UserPage> {
    return this.submitTo(UserPage, () => this.page.getByRole('link', { name: `Back to ${username}` }).click());
  }
}

export class UserPage extends BasePage {
  readonly heading = /.+/;

  summary(key: string): Promise<string> {
    return this.page.locator('.govuk-summary-list__row', { has: this.page.locator('dt', { hasText: key }) }).locator('dd').innerText();
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  async changeRole(role: string, agency: string): Promise<UserPage> {
    await this.page.getByLabel('Role').selectOption({ label: role });
    await this.page.getByLabel('Agency').selectOption({ label: agency });
    return this.submitTo(UserPage, () => this.page.getByRole('button', { name: 'Change role and agency' }).click());
  }

  async resetPassword(how: 'link' | 'one-time'): Promise<IssuedPage> {
    await this.page.getByLabel(how === 'link' ? 'A reset link' : 'A one-time password').check();
    return this.submitTo(IssuedPage, () => this.page.getByRole('button', { name: 'Reset the password' }).click());
  }

  resetSecondFactor(): Promise<UserPage> {
    return this.submitTo(UserPage, () => this.page.getByRole('button', { name: 'Reset the second factor' }).click());
  }

  disable(username: string): Promise<UserPage> {
    return this.submitTo(UserPage, () => this.page.getByRole('button', { name: `Disable ${username}` }).click());
  }
}

export class AgenciesPage extends BasePage {
  readonly heading = /^Agencies$/;

  names(): Promise<string[]> {
    return this.page.locator('main table tbody tr td:nth-child(2)').allInnerTexts();
  }

  async add(code: string, name: string, kind: string): Promise<AgenciesPage> {
    await this.page.getByLabel('Code').fill(code);
    await this.page.getByLabel('Name').fill(name);
    await this.page.getByLabel('Kind').selectOption({ label: kind });
    return this.submitTo(AgenciesPage, () => this.page.getByRole('button', { name: 'Add agency' }).click());
  }
}

export class AreasPage extends BasePage {
  readonly heading = /^Areas$/;

  names(): Promise<string[]> {
    return this.page.locator('main table tbody tr td:nth-child(2)').allInnerTexts();
  }

  async add(code: string, name: string, parent?: string): Promise<AreasPage> {
    await this.page.getByLabel('Code').fill(code);
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    if (parent) await this.page.getByLabel('Lies in (optional)').selectOption({ label: parent });
    return this.submitTo(AreasPage, () => this.page.getByRole('button', { name: 'Add area' }).click());
  }
}

export class TokensPage extends BasePage {
  readonly heading = /^API tokens$/;

  async create(user: string, name: string, scope: 'read' | 'role' = 'read'): Promise<TokensPage> {
    await this.page.getByLabel('User it acts for').selectOption({ label: user });
    await this.page.getByLabel('What it is for').fill(name);
    await this.page.getByLabel(scope === 'read' ? 'Read only' : "What the user's role may do").check();
    return this.submitTo(TokensPage, () => this.page.getByRole('button', { name: 'Create token' }).click());
  }

  async newToken(): Promise<string> {
    return (await this.page.getByTestId('new-token').innerText()).trim();
  }

  statusOf(name: string): Promise<string> {
    return this.page.locator('main table tbody tr', { hasText: name }).locator('td').nth(6).innerText();
  }

  revoke(id: number): Promise<TokensPage> {
    return this.submitTo(TokensPage, () => this.page.getByRole('button', { name: `Revoke token ${id}` }).click());
  }
}

/** What an invitation or password-reset link opens. */
export class InvitationPage extends BasePage {
  readonly heading = /^Set (your|a new) password$/;

  static visit(page: Page, link: string): Promise<InvitationPage> {
    return InvitationPage.open(page, link);
  }

  async setPassword(password: string, confirm = password): Promise<SignInPage> {
    await this.page.getByLabel('New password', { exact: true }).fill(password);
    await this.page.getByLabel('Confirm the password').fill(confirm);
    return this.submitTo(SignInPage, () => this.page.getByRole('button', { name: 'Set password' }).click());
  }
}

export class ChangePasswordPage extends BasePage {
  readonly heading = /^Change your password$/;

  async change<T extends BasePage>(next: new (page: Page) => T, current: string, password: string): Promise<T> {
    await this.page.getByLabel('Current password').fill(current);
    await this.page.getByLabel('New password', { exact: true }).fill(password);
    await this.page.getByLabel('Confirm the new password').fill(password);
    return this.submitTo(next, () => this.page.getByRole('button', { name: 'Change password' }).click());
  }
}
