// The two writers of list exports: CSV (csv-stringify) and XLSX (exceljs, the
// streaming workbook writer, so that a long list is zipped as it is written).
// Both write a header row, then the rows; the cells arrive neutralised (cells.ts).
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type ExcelJS from 'exceljs';
import { excel } from '../formats/excel.js';
import type { Cell, ExportFormat } from './cells.js';

export interface Table {
  /** The sheet's name in a workbook. */
  title: string;
  columns: readonly string[];
  rows: Iterable<readonly Cell[]>;
}

async function pump(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Writes the table to `out` (never ends it). */
export async function writeTable(table: Table, format: ExportFormat, out: Writable): Promise<void> {
  if (format === 'csv') {
    const csv = stringify({ cast: { number: (n) => String(n) }, record_delimiter: '\n' });
    const done = new Promise<void>((resolve, reject) => {
      csv.on('data', (chunk: Buffer) => {
        if (!out.write(chunk)) csv.pause();
      });
      out.on('drain', () => csv.resume());
      csv.on('end', () => resolve());
      csv.on('error', reject);
    });
    const put = async (row: readonly Cell[]) => {
      if (!csv.write(row.map((c) => (c === null ? '' : c)))) await once(csv, 'drain');
    };
    await put(table.columns.map((c) => c));
    for (const r of table.rows) await put(r);
    csv.end();
    await done;
    return;
  }
  // The workbook ends the stream it writes to: a pass-through keeps `out` open for the caller.
  const pass = new PassThrough();
  const zipped = once(pass, 'end');
  pass.on('data', (chunk: Buffer) => {
    if (!out.write(chunk)) {
      pass.pause();
      out.once('drain', () => pass.resume());
    }
  });
  const workbook = new (await excel()).stream.xlsx.WorkbookWriter({ stream: pass, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(table.title.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31) || 'export');
  sheet.addRow([...table.columns]).commit();
  for (const r of table.rows) sheet.addRow(r.map((c) => (c === null ? null : c))).commit();
  sheet.commit();
  await workbook.commit();
  await zipped;
}

/** The table as one file in memory (the web and API doors send it whole). */
export async function tableBuffer(table: Table, format: ExportFormat): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  await writeTable(table, format, sink);
  sink.end();
  await once(sink, 'end').catch(() => undefined);
  return Buffer.concat(chunks);
}
