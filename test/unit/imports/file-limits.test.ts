// Uploads are capped: a CSV row past the record limit and an XLSX file that
// unzips past its limit (a zip bomb, or a zip that understates its sizes) are
// refused with a message naming the file, the row for CSV, and the limit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { openSource, type FileLimits } from '../../../src/imports/read.js';
import { CsvSyntaxError } from '../../../src/imports/csv.js';
import { describeError as located } from '../../../src/errors.js';

const limits: FileLimits = { csvRecordChars: 1024, xlsxExpandedBytes: 1024 * 1024 };

async function readAll(text: string, piece = 64 * 1024): Promise<number> {
  const pieces: Buffer[] = [];
  for (let at = 0; at < text.length; at += piece) pieces.push(Buffer.from(text.slice(at, at + piece)));
  const src = await openSource(Readable.from(pieces), 'csv', { limits });
  let n = 0;
  for await (const b of src.batches) n += b.length;
  return n;
}

async function refusal(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('was not refused');
}

describe('the CSV record limit', () => {
  it('reads rows up to the limit', async () => {
    expect(await readAll(`a,b\nP1,${'x'.repeat(1000)}\n`)).toBe(1);
  });

  it.each([
    ['a long line', `a,b\nP1,x\nP2,${'x'.repeat(2000)}\nP3,y\n`, 3],
    ['a quote left open', `a,b\nP1,x\nP2,"${'x\n'.repeat(2000)}`, 3],
    ['a long quoted row over many lines', `a,b\nP1,"${'x\n'.repeat(600)}"\nP2,y\n`, 2],
    ['a long line across pieces', `a,b\nP1,${'x'.repeat(5000)}\n`, 2],
  ])('refuses %s, naming the row and the limit', async (_what, text, row) => {
    const e = await refusal(readAll(text, 700));
    expect(e).toBeInstanceOf(CsvSyntaxError);
    expect((e as CsvSyntaxError).row).toBe(row);
    expect(located((e as CsvSyntaxError).inFile('partner.csv'))).toMatch(/^partner\.csv, row \d+: the row is longer than 1 KB, the limit for one row \(WAYMARK_CSV_RECORD_LIMIT_KB\)/);
  });

  it('refuses a long row in a file whose lines end in a lone carriage return too', async () => {
    const e = await refusal(readAll(`a,b\rP1,x\rP2,${'x'.repeat(2000)}\r`));
    expect(e).toBeInstanceOf(CsvSyntaxError);
    expect(e.message).toMatch(/longer than 1 KB/);
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function xlsx(rows: number, cell: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-zip-'));
  dirs.push(dir);
  const file = path.join(dir, 'big.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['person_ref', 'note']).commit();
  for (let i = 0; i < rows; i++) ws.addRow([`P${i}`, cell]).commit();
  await wb.commit();
  return file;
}

async function readXlsx(file: string): Promise<number> {
  const src = await openSource(fs.createReadStream(file), 'xlsx', { path: file, fileName: 'upload.xlsx', limits });
  let n = 0;
  for await (const b of src.batches) n += b.length;
  return n;
}

describe('the XLSX unzipped-size limit', () => {
  it('reads a file within the limit', async () => {
    expect(await readXlsx(await xlsx(100, 'note'))).toBe(100);
  });

  it('refuses a file that would unzip past the limit, before parsing it', async () => {
    const file = await xlsx(20_000, 'y'.repeat(200));
    expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
    const e = await refusal(readXlsx(file));
    expect(e.message).toBe(
      'upload.xlsx would expand to more than 1 MB when unzipped, the limit for an XLSX file (WAYMARK_XLSX_EXPANDED_LIMIT_MB). Save it as CSV, or split it.',
    );
    expect(located(e as never)).toBe(e.message);
  });

  it('refuses a zip whose directory understates the sizes', async () => {
    const file = await xlsx(20_000, 'y'.repeat(200));
    // Every entry's stated size (central directory and local header) set to 1 byte.
    const buf = fs.readFileSync(file);
    for (let i = 0; i + 4 <= buf.length; i++) {
      const sig = buf.readUInt32LE(i);
      if (sig === 0x02014b50) buf.writeUInt32LE(1, i + 24);
      if (sig === 0x04034b50 && (buf.readUInt16LE(i + 6) & 8) === 0) buf.writeUInt32LE(1, i + 22);
    }
    fs.writeFileSync(file, buf);
    const e = await refusal(readXlsx(file));
    expect(e.message).toBe('upload.xlsx is not a readable XLSX file: its zip directory understates the size of an entry.');
  });
});
