// The Premium Service and NI18 panels of the performance dashboard (issue 16):
// read their tables, and choose the NI18 snapshot month. The panels live on
// the dashboard page, which PerformanceDashboardPage opens.
import type { PerformanceDashboardPage } from './performance.js';

/** The cells of each body row of a table marked with a data-testid ('premium-service' or 'ni18'). */
export async function panelRows(dash: PerformanceDashboardPage, testId: 'premium-service' | 'ni18'): Promise<string[][]> {
  return dash.page.getByTestId(testId).locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
}

/** Shows NI18 for another snapshot month ('YYYY-MM') through the dashboard's own form. */
export async function chooseNi18Month(dash: PerformanceDashboardPage, month: string): Promise<PerformanceDashboardPage> {
  await dash.page.getByLabel('NI18 snapshot month (optional)', { exact: true }).fill(month);
  await Promise.all([dash.page.waitForURL(/ni18Month=/), dash.page.getByRole('button', { name: 'Update the figures' }).click()]);
  return dash.arrive();
}
