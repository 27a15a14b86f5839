// Reading a page drawn again after a refused form (src/web/forms/refused-form.ts):
// its error summary and field messages, and the values the form holds.
import { expect } from 'vitest';

/** The page as text, entities decoded, for matching messages. */
export const pageText = (body: string) => body.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/**
 * The refusal's page: its title says Error (and matches `title` when given),
 * the summary links to the field's id and says `message`, and the field
 * itself shows it.
 */
export function expectRefusal(body: string, fieldId: string, message: RegExp, title: RegExp = /<title>Error: /): void {
  const page = pageText(body);
  expect(page).toMatch(title);
  expect(page).toContain('govuk-error-summary');
  const summary = page.slice(page.indexOf('govuk-error-summary'), page.indexOf('moj-identity-bar'));
  expect(summary).toContain(`href="#${fieldId}"`);
  expect(summary).toMatch(message);
  // The message on the field itself.
  expect(page).toContain(`id="${fieldId}-error"`);
  const onField = page.slice(page.indexOf(`id="${fieldId}-error"`), page.indexOf(`id="${fieldId}-error"`) + 600);
  expect(onField).toMatch(message);
}

/** An input's or textarea's value as drawn, by id (a textarea's without the line break that may open it, as HTML reads it). */
export function valueOf(body: string, id: string): string | undefined {
  const input = new RegExp(`<input[^>]*id="${id}"[^>]*value="([^"]*)"`).exec(body) ?? new RegExp(`<input[^>]*value="([^"]*)"[^>]*id="${id}"`).exec(body);
  if (input) return pageText(input[1]!);
  const area = new RegExp(`<textarea[^>]*id="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(body);
  return area ? pageText(area[1]!).replace(/^\r?\n/, '') : undefined;
}

/** The chosen option of a select, by id. */
export function selectedOf(body: string, id: string): string | undefined {
  const start = body.indexOf(`id="${id}"`);
  const select = body.slice(start, body.indexOf('</select>', start));
  return /<option value="([^"]*)"\s*selected/.exec(select)?.[1];
}

/** Whether a radio or checkbox of the name with the value is checked. */
export const checked = (body: string, name: string, value: string) => new RegExp(`name="${name}" type="(radio|checkbox)" value="${value}"[^>]*checked`).test(body);
