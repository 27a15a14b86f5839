import { BasePage } from './base.js';
import { PersonPage } from './person.js';

/** The question a restricted record asks before it opens. */
export class JustifyPage extends BasePage {
  readonly heading = /^This record is restricted$/;

  private async submit(reason: string): Promise<void> {
    await this.page.getByLabel('Why do you need to see this record?').fill(reason);
    await Promise.all([this.page.waitForURL(/\/people\/\d+\/view$/), this.page.getByRole('button', { name: 'View the record' }).click()]);
  }

  async justify(reason: string): Promise<PersonPage> {
    await this.submit(reason);
    return new PersonPage(this.page).arrive();
  }

  async justifyTooBriefly(reason: string): Promise<JustifyPage> {
    await this.submit(reason);
    return this.arrive({ status: 400 });
  }

  errorSummary(): Promise<string> {
    return this.page.locator('.govuk-error-summary').innerText();
  }
}
