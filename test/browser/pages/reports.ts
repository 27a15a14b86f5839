// The partnership reports page (issue 16): choose a report, preview it in the
// page, and find its downloads; and the form that stores an NI30 target.
import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

export interface ReportChoice {
  kind?: 'Annual report' | 'Quarterly report';
  /** The scheme as the select shows it: "Name (CODE)". */
  scheme: string;
  year: string;
  /** "Quarter 2 (July to September)", for a quarterly report. */
  quarter?: string;
  ceiling?: string;
  /** Shown only to those who may read the staff report. */
  audience?: 'board' | 'staff';
}

/** /reports, before or after a report is chosen (its h1 stays the page's). */
export class ReportsPage extends BasePage {
  readonly heading = /^Partnership reports$/;

  static visit(page: Page): Promise<ReportsPage> {
    return ReportsPage.open(page, '/reports');
  }

  async choose(o: ReportChoice): Promise<ReportsPage> {
    if (o.kind) await this.page.getByRole('radio', { name: o.kind }).check();
    await this.page.getByLabel('Scheme', { exact: true }).selectOption({ label: o.scheme });
    await this.page.getByLabel('Performance year', { exact: true }).selectOption({ label: o.year });
    if (o.quarter) await this.page.getByLabel('Quarter (quarterly report only)').selectOption({ label: o.quarter });
    if (o.ceiling !== undefined) await this.page.getByLabel('NI30 performance ceiling (optional)').fill(o.ceiling);
    if (o.audience) await this.page.getByRole('radio', { name: o.audience === 'board' ? /^Board/ : /^Staff/ }).check();
    return this.submitTo(ReportsPage, () => this.page.getByRole('button', { name: 'Preview the report' }).click());
  }

  /** Whether the audience choice is offered (not to board members). */
  offersAudience(): Promise<boolean> {
    return this.page.getByRole('group', { name: 'Audience' }).count().then((n) => n > 0);
  }

  /** The preview's title (its first heading), or null with no preview. */
  async previewTitle(): Promise<string | null> {
    const h = this.page.locator('.wm-report-preview #report-title');
    return (await h.count()) ? (await h.innerText()).trim() : null;
  }

  /** The preview's contents list, in order. */
  contents(): Promise<string[]> {
    return this.page.locator('.wm-report-preview .wm-report__toc li').allInnerTexts();
  }

  /** The accessible names of the preview's charts. */
  chartNames(): Promise<string[]> {
    return this.page.locator('.wm-report-preview svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((s) => (s.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' | ')),
    );
  }

  /** A figure's table as rows of cell texts (header cell first), by figure id ("cohort-areas"). */
  table(figureId: string): Promise<string[][]> {
    return this.page.locator(`#figure-${figureId} table tr`).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => (c.textContent ?? '').trim())));
  }

  /** The address of a download link: 'PDF' or 'HTML'. */
  downloadHref(kind: 'PDF' | 'HTML'): Promise<string | null> {
    return this.page.getByRole('link', { name: `Download the ${kind}` }).getAttribute('href');
  }

  /** Stores an NI30 target (scheme managers and administrators). */
  async storeTarget(o: { scheme: string; year: string; ceiling: string }): Promise<ReportsPage> {
    const form = this.page.locator('form[action="/reports/target"]');
    await form.getByLabel('Scheme', { exact: true }).selectOption({ label: o.scheme });
    await form.getByLabel('Performance year', { exact: true }).selectOption({ label: o.year });
    await form.getByLabel('Performance ceiling', { exact: true }).fill(o.ceiling);
    return this.submitTo(ReportsPage, () => form.getByRole('button', { name: 'Save the target' }).click());
  }
}
