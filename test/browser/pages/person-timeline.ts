// The person page's timeline (issue 18): the newest 50 entries, the kind
// filter and "Show more", all plain links and GET forms, so that they work
// with JavaScript off. Arriving checks the heading and runs axe, as every page object does.
import type { Page } from 'playwright-core';
import { PersonPage } from './person.js';

export class PersonTimelinePage extends PersonPage {
  static override visit(page: Page, id: number, query = ''): Promise<PersonTimelinePage> {
    return PersonTimelinePage.open(page, `/people/${id}${query}`);
  }

  /** "Entries 1 to 50 of 120, most recent first." */
  summary(): Promise<string> {
    return this.page.getByTestId('timeline-summary').innerText();
  }

  /** The entries shown: [date as written, title]. */
  async entries(): Promise<[string, string][]> {
    const items = this.page.locator('.moj-timeline__item');
    const out: [string, string][] = [];
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      out.push([(await item.locator('time').getAttribute('datetime'))!, (await item.locator('.moj-timeline__title').innerText()).trim()]);
    }
    return out;
  }

  /** Whether there are older entries to show. */
  async hasMore(): Promise<boolean> {
    return (await this.page.getByTestId('timeline-more').count()) > 0;
  }

  /** Follows "Show more" (a link: a new page load, no script) to the next entries. */
  showMore(): Promise<PersonTimelinePage> {
    return this.submitTo(PersonTimelinePage, () => this.page.getByTestId('timeline-more').click());
  }

  /** Back to the newest entries, keeping the kinds chosen. */
  newest(): Promise<PersonTimelinePage> {
    return this.submitTo(PersonTimelinePage, () => this.page.getByTestId('timeline-newest').click());
  }

  /** Ticks exactly these kinds and submits the filter (a GET form). */
  async filter(kinds: string[]): Promise<PersonTimelinePage> {
    const form = this.page.getByTestId('timeline-filter');
    for (const box of await form.locator('input[name="kind"]').all()) await box.setChecked(kinds.includes(await box.inputValue()));
    return this.submitTo(PersonTimelinePage, () => form.getByRole('button', { name: 'Filter the timeline' }).click());
  }
}
