// The download pair (CSV, XLSX) that macros/export-links.njk puts on a list's
// page: its addresses, and a download through it (issue 16).
import type { Page } from 'playwright-core';

export class ExportLinks {
  constructor(
    private readonly page: Page,
    /** The list kind, e.g. "scheme-members" (the pair's data-testid is export-<kind>). */
    private readonly kind: string,
  ) {}

  /** Whether the page offers the download (the viewer's role may export the list). */
  async shown(): Promise<boolean> {
    return (await this.page.getByTestId(`export-${this.kind}`).count()) > 0;
  }

  href(format: 'CSV' | 'XLSX'): Promise<string | null> {
    return this.page.getByTestId(`export-${this.kind}`).getByRole('link', { name: format, exact: true }).getAttribute('href');
  }

  /** Downloads the file through its link; returns its suggested name and its bytes. */
  async download(format: 'CSV' | 'XLSX'): Promise<{ name: string; body: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${this.kind}`).getByRole('link', { name: format, exact: true }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
  }
}
