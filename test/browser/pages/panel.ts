import type { Locator, Page } from 'playwright-core';
import { BasePage } from './base.js';
import { MinutesPage } from './minutes.js';

export interface Decision {
  decision?: 'Accept' | 'Reject' | 'Override (professional judgement)';
  change?: 'Select onto the scheme' | 'De-select (leave the scheme)' | 'Move to another tier' | 'No change';
  /** A tier's name, for a selection or a tier move. */
  tier?: string;
  /** A de-selection reason's label ("Stopped offending", …). */
  endReason?: string;
  exitPlan?: string;
  reason: string;
}

/** The review panel's agenda for a meeting date, with a decision form on each item. */
export class PanelPage extends BasePage {
  readonly heading = /Review panel of .+$/;

  static visit(page: Page, schemeCode: string, date: string): Promise<PanelPage> {
    return PanelPage.open(page, `/schemes/${encodeURIComponent(schemeCode)}/panel?date=${date}`);
  }

  item(personRef: string, item: string): Locator {
    return this.page.locator(`section[data-testid="agenda-item"][data-person-ref="${personRef}"][data-item="${item}"]`);
  }

  /** "REF item" for every agenda item, in page order. */
  items(): Promise<string[]> {
    return this.page.locator('section[data-testid="agenda-item"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-person-ref')} ${e.getAttribute('data-item')}`));
  }

  /** The person's name as the item's heading link shows it. */
  async itemName(personRef: string, item: string): Promise<string> {
    return (await this.item(personRef, item).locator('h3 a').innerText()).trim();
  }

  /** Fills an item's decision form by its labels and records it; arrives back on the agenda. */
  async decide(personRef: string, item: string, d: Decision): Promise<PanelPage> {
    const section = this.item(personRef, item);
    const name = await this.itemName(personRef, item);
    if (d.decision) await section.getByRole('group', { name: `Decision on ${name}` }).getByLabel(d.decision, { exact: true }).check();
    if (d.change) await section.getByRole('group', { name: 'What changes' }).getByLabel(d.change, { exact: true }).check();
    if (d.tier !== undefined) await section.getByLabel('Tier', { exact: true }).selectOption({ label: d.tier });
    if (d.endReason !== undefined) await section.getByLabel('De-selection reason', { exact: true }).selectOption({ label: d.endReason });
    if (d.exitPlan !== undefined) await section.getByLabel('Exit plan', { exact: true }).fill(d.exitPlan);
    await section.getByLabel('Reason', { exact: true }).fill(d.reason);
    return this.submitTo(PanelPage, () => section.getByRole('button', { name: `Record decision for ${name}` }).click());
  }

  banner(): Promise<string> {
    return this.page.getByTestId('decision-banner').innerText();
  }

  /** What the agenda says was decided on an item (its inset text), or null. */
  async decisionTaken(personRef: string, item: string): Promise<string | null> {
    const inset = this.item(personRef, item).getByTestId('decision-taken');
    return (await inset.count()) ? inset.innerText() : null;
  }

  decisionRows(): Promise<string[]> {
    return this.page.getByTestId('decisions').locator('tbody tr').allInnerTexts();
  }

  async openMinutes(): Promise<MinutesPage> {
    await Promise.all([this.page.waitForURL(/\/panel\/minutes\?date=/), this.page.getByRole('link', { name: 'Minutes of this panel' }).click()]);
    return new MinutesPage(this.page).arrive();
  }
}
