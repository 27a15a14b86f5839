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

/**
 * The review panel's agenda for a meeting date, as a chair runs it: a summary
 * table (one row per person with all their flags and proposals, and any
 * comparison), then one section per person with ONE decision form answering
 * all their open items, nothing chosen in advance.
 */
export class PanelPage extends BasePage {
  readonly heading = /Review panel of .+$/;

  static visit(page: Page, schemeCode: string, date: string): Promise<PanelPage> {
    return PanelPage.open(page, `/schemes/${encodeURIComponent(schemeCode)}/panel?date=${date}`);
  }

  /** A person's section: their items and their one decision form. */
  person(personRef: string): Locator {
    return this.page.locator(`section[data-testid="agenda-person"][data-person-ref="${personRef}"]`);
  }

  /** One of a person's items, inside their section. */
  item(personRef: string, item: string): Locator {
    return this.page.locator(`[data-testid="agenda-item"][data-person-ref="${personRef}"][data-item="${item}"]`);
  }

  /** "REF item" for every agenda item, in page order. */
  items(): Promise<string[]> {
    return this.page.locator('[data-testid="agenda-item"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-person-ref')} ${e.getAttribute('data-item')}`));
  }

  /** The summary table's rows, one per person: [name and reference, member, score, flags and proposals, comparison, decision]. */
  async summaryRows(): Promise<string[][]> {
    return this.page.getByTestId('agenda-summary').locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td as HTMLElement).innerText.trim())));
  }

  /** The comparison shown at a person's review ("X scores 127.2, 26% above"), or null. */
  async comparison(personRef: string): Promise<string | null> {
    const inset = this.person(personRef).getByTestId('comparison');
    return (await inset.count()) ? inset.innerText() : null;
  }

  /** The person's name as their section's heading link shows it. */
  async personName(personRef: string): Promise<string> {
    return (await this.person(personRef).locator('h2 a').innerText()).trim();
  }

  /** The person's name (kept for callers that name an item). */
  itemName(personRef: string, _item?: string): Promise<string> {
    return this.personName(personRef);
  }

  /**
   * Fills the person's one decision form by its labels and records it (it
   * answers all their open items, `item` among them); arrives back on the agenda.
   */
  async decide(personRef: string, item: string, d: Decision): Promise<PanelPage> {
    const section = this.person(personRef);
    await this.item(personRef, item).waitFor();
    const name = await this.personName(personRef);
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
