// HTML to PDF through headless Chromium (issue 16), driven by playwright-core:
// Debian's `chromium` (the one the browser tests use) at /usr/bin/chromium, or
// the path in WAYMARK_CHROMIUM. One browser a call, always closed. The PDF is
// tagged (headings, tables and lists carry their structure for screen
// readers), has an outline (bookmarks from the headings), the document's title
// as its metadata title, and a footer with the page number on every page.
import { existsSync } from 'node:fs';
import { escapeXml } from './svg-charts.js';

export class ChromiumMissingError extends Error {
  constructor(where: string) {
    super(
      `Cannot print to PDF: no Chromium at ${where}. Install Debian's chromium package (apt-get install chromium), ` +
        'or set WAYMARK_CHROMIUM to the path of a Chromium or Chrome executable. The HTML report (--format html) needs no browser.',
    );
    this.name = 'ChromiumMissingError';
  }
}

/** The Chromium this installation prints with, or null when there is none. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const p = env.WAYMARK_CHROMIUM || '/usr/bin/chromium';
  return existsSync(p) ? p : null;
}

export async function htmlToPdf(html: string, meta: { title: string; author?: string }): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new ChromiumMissingError(process.env.WAYMARK_CHROMIUM || '/usr/bin/chromium');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    // The page has no scripts and no external files: nothing to fetch.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const footer =
      '<div style="font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #0b0c0c; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between;">' +
      `<span>${escapeXml(meta.title)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      preferCSSPageSize: false,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}

/** A picture of the top of the HTML at A4 width (for the README's picture of page 1). */
export async function htmlFirstPagePng(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new ChromiumMissingError(process.env.WAYMARK_CHROMIUM || '/usr/bin/chromium');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    // A4 at 96 dpi: 794 × 1123 CSS pixels.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return Buffer.from(await page.screenshot({ clip: { x: 0, y: 0, width: 794, height: 1123 } }));
  } finally {
    await browser.close();
  }
}
