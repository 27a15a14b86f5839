import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

/** Choose a scheme, performance year and ceiling. */
export class PerformanceChooserPage extends BasePage {
  readonly heading = /^Performance$/;

  static visit(page: Page): Promise<PerformanceChooserPage> {
    return PerformanceChooserPage.open(page, '/performance');
  }

  async choose(o: { scheme: string; year: string; ceiling: string; stretch?: string }): Promise<PerformanceDashboardPage> {
    await this.page.getByLabel('Scheme', { exact: true }).selectOption({ label: o.scheme });
    await this.page.getByLabel('Performance year', { exact: true }).selectOption({ label: o.year });
    await this.page.getByLabel('Performance ceiling', { exact: true }).fill(o.ceiling);
    if (o.stretch !== undefined) await this.page.getByLabel('Stretch target (optional)', { exact: true }).fill(o.stretch);
    return this.submitTo(PerformanceDashboardPage, () => this.page.getByRole('button', { name: 'Show the figures' }).click());
  }

  async openUnitCosts(): Promise<UnitCostsPage> {
    return this.submitTo(UnitCostsPage, () => this.page.getByRole('link', { name: 'Unit costs of crime' }).click());
  }
}

/** One scheme's performance for one year: NI30, rolling 12 months, NI38, reoffending, concentration. */
export class PerformanceDashboardPage extends BasePage {
  readonly heading = /: performance \d{4}\/\d{2}/;

  /** The accessible names of the SVG charts (role="img", named by their <title>). */
  chartNames(): Promise<string[]> {
    return this.page.locator('main svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((s) => (s.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' | ')),
    );
  }

  /** A summary list's rows ("key: value") by its data-testid. */
  async summary(testId: string): Promise<Record<string, string>> {
    const rows = this.page.getByTestId(testId).locator('.govuk-summary-list__row');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const key = (await rows.nth(i).locator('.govuk-summary-list__key').innerText()).trim();
      out[key] = (await rows.nth(i).locator('.govuk-summary-list__value').innerText()).trim();
    }
    return out;
  }

  hasContributorTable(): Promise<boolean> {
    return this.page.getByTestId('ni38-contributors').count().then((n) => n > 0);
  }

  /** Links to person pages anywhere in the main content. */
  personLinks(): Promise<number> {
    return this.page.locator('main a[href^="/people/"]').count();
  }
}

/** The unit costs of crime, editable by analysts and administrators. */
export class UnitCostsPage extends BasePage {
  readonly heading = /^Unit costs of crime$/;

  static visit(page: Page): Promise<UnitCostsPage> {
    return UnitCostsPage.open(page, '/performance/unit-costs');
  }

  costField(category: string) {
    return this.page.getByLabel(`Unit cost of ${category} in pounds (leave empty for not costed)`, { exact: true });
  }

  /** The categories listed, in order. */
  categories(): Promise<string[]> {
    return this.page.locator('main table tbody th').allInnerTexts();
  }

  async save(costs: Record<string, string>, priceYear: string, status: 200 | 400 = 200): Promise<UnitCostsPage> {
    for (const [category, value] of Object.entries(costs)) await this.costField(category).fill(value);
    await this.page.getByLabel('Price year of the costs you change (optional)', { exact: true }).fill(priceYear);
    return this.submitTo(UnitCostsPage, () => this.page.getByRole('button', { name: 'Save the unit costs' }).click(), status);
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  errorSummary(): Promise<string[]> {
    return this.page.locator('.govuk-error-summary a').allInnerTexts();
  }
}

/** The gravity table, changed a group at a time by scheme managers, analysts and administrators. */
export class GravityPage extends BasePage {
  readonly heading = /^Gravity of offences$/;

  static visit(page: Page): Promise<GravityPage> {
    return GravityPage.open(page, '/performance/gravity');
  }

  /** Each graded group's gravity, as the table shows it. */
  async table(): Promise<Record<string, string>> {
    const rows = this.page.locator('main table tbody tr');
    const out: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const cells = await rows.nth(i).locator('th, td').allInnerTexts();
      out[cells[0]!.trim()] = cells[1]!.trim();
    }
    return out;
  }

  async save(groupCode: string, gravity: string, status: 200 | 400 = 200): Promise<GravityPage> {
    await this.page.getByLabel('Offence group', { exact: true }).fill(groupCode);
    await this.page.getByLabel('Gravity', { exact: true }).fill(gravity);
    return this.submitTo(GravityPage, () => this.page.getByRole('button', { name: 'Save the gravity' }).click(), status);
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }

  errorSummary(): Promise<string[]> {
    return this.page.locator('.govuk-error-summary a').allInnerTexts();
  }
}
