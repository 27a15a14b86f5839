// The import pages (SPEC 3.1): the upload form with past imports, one import's
// progress and result, the data-quality checks, and the possible-duplicates
// review with merges that can be undone.
import type { Page } from 'playwright-core';
import { BasePage } from './base.js';

export type ImportMode = 'all' | 'partial';

/** The upload form and the record of past imports. */
export class ImportsPage extends BasePage {
  readonly heading = /^Imports$/;

  static visit(page: Page): Promise<ImportsPage> {
    return ImportsPage.open(page, '/imports');
  }

  /** Uploads a file of the given kind (its label, e.g. "People") and follows to its import page. */
  async upload(kind: string, mode: ImportMode, filePath: string): Promise<ImportPage> {
    const form = this.page.getByTestId('upload-form');
    await form.getByTestId('upload-kind').selectOption({ label: kind });
    await form.getByTestId(mode === 'all' ? 'upload-mode-all' : 'upload-mode-partial').check();
    await form.getByTestId('upload-file').setInputFiles(filePath);
    return this.submitTo(ImportPage, () => form.getByTestId('upload-submit').click());
  }

  /** The file names in the table of past imports, newest first. */
  async importedFiles(): Promise<string[]> {
    const rows = this.page.getByTestId('imports-table').locator('tbody tr');
    const out: string[] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').nth(4).innerText()).split('\n')[0]!.trim());
    return out;
  }

  /** The import formats page, by the Imports page's link. */
  async goToFormats(): Promise<ImportFormatsPage> {
    return this.submitTo(ImportFormatsPage, () => this.page.getByTestId('formats-link').click());
  }

  async goToDuplicates(): Promise<DuplicatesPage> {
    return this.submitTo(DuplicatesPage, () => this.page.getByRole('link', { name: 'Possible duplicates', exact: true }).click());
  }
}

/** Each import kind's header and what its columns take, drawn from the importer's own definitions. */
export class ImportFormatsPage extends BasePage {
  readonly heading = /^Import formats$/;

  /** The kinds' headings, in order. */
  async kinds(): Promise<string[]> {
    return (await this.page.locator('main h2').allInnerTexts()).map((t) => t.split('\n')[0]!.trim());
  }
}

/** One import: progress while it runs, then its counts and problems. */
export class ImportPage extends BasePage {
  readonly heading = /^Import \d+/;

  static visit(page: Page, id: number): Promise<ImportPage> {
    return ImportPage.open(page, `/imports/${id}`);
  }

  importId(): number {
    return Number(new URL(this.page.url()).pathname.split('/').pop());
  }

  /** Waits for the page (which polls its progress) to reload with the result, and checks the result page. */
  async untilEnded(): Promise<ImportPage> {
    await this.page.locator('[data-testid="import-completed"], [data-testid="import-failed"]').first().waitFor({ timeout: 30_000 });
    return this.arrive();
  }

  /** The progress the page polls (JSON), fetched with the page's session. */
  async progress(): Promise<{ status: string; percent: number; rowsRead: number }> {
    const res = await this.page.request.get(`/imports/${this.importId()}/progress`, { headers: { accept: 'application/json' } });
    if (!res.ok()) throw new Error(`progress of import ${this.importId()}: HTTP ${res.status()}`);
    return res.json();
  }

  completed(): Promise<boolean> {
    return this.page.getByTestId('import-completed').isVisible();
  }

  /** The row counts by key: read, added, updated, unchanged, rejected. */
  async counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const key of ['rows-read', 'added', 'updated', 'unchanged', 'rejected']) out[key] = Number((await this.page.getByTestId(`count-${key}`).innerText()).trim());
    return out;
  }

  /** The problems table's rows: file, row, field, value, what is wrong. */
  async problems(): Promise<string[][]> {
    const rows = this.page.getByTestId('import-errors').locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td, th').allInnerTexts()).map((s) => s.trim()));
    return out;
  }

  /** Downloads the error file through its link; returns the file name and its text. */
  async downloadErrorFile(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('error-file-link').click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  async openDataQuality(): Promise<DataQualityPage> {
    return this.submitTo(DataQualityPage, () => this.page.getByTestId('data-quality-link').click());
  }
}

/** The data-quality checks, for the register or for one import. */
export class DataQualityPage extends BasePage {
  readonly heading = /^Data quality/;

  static visit(page: Page): Promise<DataQualityPage> {
    return DataQualityPage.open(page, '/data-quality');
  }

  /** Each check's label and the number found. */
  async checks(): Promise<Record<string, number>> {
    const rows = this.page.getByTestId('quality-checks').locator('tbody tr');
    const out: Record<string, number> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      out[(await row.locator('th').innerText()).trim()] = Number((await row.locator('td').first().innerText()).trim());
    }
    return out;
  }

  async goToImports(): Promise<ImportsPage> {
    await this.navigate('Imports');
    return new ImportsPage(this.page).arrive();
  }
}

/** The review of possible duplicates, and the merges that can be undone. */
export class DuplicatesPage extends BasePage {
  readonly heading = /^Possible duplicates$/;

  static visit(page: Page): Promise<DuplicatesPage> {
    return DuplicatesPage.open(page, '/duplicates');
  }

  /** The ids of the open pairs, with their heading ("A and B"). */
  async pairs(): Promise<{ id: number; heading: string }[]> {
    const sections = this.page.locator('section[data-testid^="duplicate-"]');
    const out: { id: number; heading: string }[] = [];
    for (let i = 0; i < (await sections.count()); i++) {
      const s = sections.nth(i);
      out.push({ id: Number((await s.getAttribute('data-testid'))!.replace('duplicate-', '')), heading: (await s.locator('h2').innerText()).trim() });
    }
    return out;
  }

  /** Merges a pair, keeping the record whose person reference is given. */
  async merge(pairId: number, keepRef: string, reason: string): Promise<DuplicatesPage> {
    const form = this.page.getByTestId(`merge-form-${pairId}`);
    await form.getByRole('radio', { name: keepRef, exact: true }).check();
    await form.getByTestId(`merge-reason-${pairId}`).fill(reason);
    return this.submitTo(DuplicatesPage, () => form.getByTestId(`merge-${pairId}`).click());
  }

  /** The merges table: merge id with kept and merged references and the reason. */
  async merges(): Promise<{ mergeId: number; kept: string; merged: string; reason: string }[]> {
    const rows = this.page.getByTestId('merges').locator('tbody tr');
    const out: { mergeId: number; kept: string; merged: string; reason: string }[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const r = rows.nth(i);
      const cells = (await r.locator('td').allInnerTexts()).map((s) => s.trim());
      out.push({ mergeId: Number((await r.getAttribute('data-testid'))!.replace('merge-row-', '')), kept: cells[0]!, merged: cells[1]!, reason: cells[3]! });
    }
    return out;
  }

  async unmerge(mergeId: number, reason: string): Promise<DuplicatesPage> {
    await this.page.getByTestId(`unmerge-reason-${mergeId}`).fill(reason);
    return this.submitTo(DuplicatesPage, () => this.page.getByTestId(`unmerge-${mergeId}`).click());
  }

  banner(): Promise<string> {
    return this.page.getByTestId('duplicates-banner').innerText();
  }
}
