import { BasePage } from './base.js';
import { PeopleSearchPage } from './people-search.js';
import { SchemesPage } from './schemes.js';
import { PerformanceChooserPage } from './performance.js';
import { TransfersPage } from './transfers.js';
import { ImportsPage } from './imports.js';
import { AdminPage } from './admin.js';
import { AlertsPage, WatchListsPage } from './alerts.js';

export class HomePage extends BasePage {
  readonly heading = /^What needs attention$/;

  static visit(page: import('playwright-core').Page): Promise<HomePage> {
    return HomePage.open(page, '/');
  }

  signedInAs(): Promise<string> {
    return this.page.locator('.wm-header__user').innerText();
  }

  navigationLinks(): Promise<string[]> {
    return this.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link').allInnerTexts();
  }

  /** The figure on a card by its test id ("unacknowledged-alerts", "overdue-actions", "watch-released_recently"). */
  async figure(testId: string): Promise<number> {
    return Number((await this.page.getByTestId(testId).innerText()).trim());
  }

  async goToAlerts(): Promise<AlertsPage> {
    await Promise.all([this.page.waitForEvent('framenavigated'), this.page.getByRole('link', { name: /^See your alerts/ }).click()]);
    return new AlertsPage(this.page).arrive();
  }

  async goToWatchLists(): Promise<WatchListsPage> {
    await Promise.all([this.page.waitForEvent('framenavigated'), this.page.getByRole('link', { name: 'Your watch lists', exact: true }).click()]);
    return new WatchListsPage(this.page).arrive();
  }

  async goToPeople(): Promise<PeopleSearchPage> {
    await this.navigate('People');
    return new PeopleSearchPage(this.page).arrive();
  }

  async goToSchemes(): Promise<SchemesPage> {
    await this.navigate('Schemes');
    return new SchemesPage(this.page).arrive();
  }

  async goToPerformance(): Promise<PerformanceChooserPage> {
    await this.navigate('Performance');
    return new PerformanceChooserPage(this.page).arrive();
  }

  async goToTransfers(): Promise<TransfersPage> {
    await this.navigate('Transfers');
    return new TransfersPage(this.page).arrive();
  }

  async goToImports(): Promise<ImportsPage> {
    await this.navigate('Imports');
    return new ImportsPage(this.page).arrive();
  }

  async goToAdministration(): Promise<AdminPage> {
    await this.navigate('Administration');
    return new AdminPage(this.page).arrive();
  }
}
