import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

/** The selection matrix editor: every weight as a labelled field; saving makes a new version. */
export class MatrixPage extends BasePage {
  readonly heading = /Selection matrix$/;

  static visit(page: Page, schemeCode: string): Promise<MatrixPage> {
    return MatrixPage.open(page, `/schemes/${encodeURIComponent(schemeCode)}/matrix`);
  }

  versionLine(): Promise<string> {
    return this.page.getByTestId('matrix-version').innerText();
  }

  field(label: string): Promise<string> {
    return this.page.getByLabel(label, { exact: true }).inputValue();
  }

  /** Fills fields by label, adds the note and saves; arrives on the matrix page again (400 when refused). */
  async save(values: Record<string, string>, note: string, expectStatus: 200 | 400): Promise<MatrixPage> {
    for (const [label, value] of Object.entries(values)) await this.page.getByLabel(label, { exact: true }).fill(value);
    await this.page.getByLabel('What changed and why').fill(note);
    return this.submitTo(MatrixPage, () => this.page.getByRole('button', { name: 'Save as a new version' }).click(), expectStatus);
  }

  errorSummary(): Promise<string[]> {
    return this.page.locator('.govuk-error-summary a').allInnerTexts();
  }

  banner(): Promise<string> {
    return this.page.locator('.govuk-notification-banner').innerText();
  }
}
