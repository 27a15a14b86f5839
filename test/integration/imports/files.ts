// Real files for the import tests, written into a temp folder by each test.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { csvLine } from '../../../src/db/statements.js';
import { scratchDir } from '../../support/scratch.js';

export type Cell = string | number | Date | null;

/** A new temporary folder, removed with everything in it when the test file is done. */
export function tempDir(prefix = 'waymark-imports-'): string {
  return scratchDir(prefix);
}

export function writeCsv(dir: string, name: string, rows: Cell[][]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, rows.map((r) => csvLine(r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)))).join(''));
  return file;
}

/** Writes an XLSX with the streaming writer, so big sheets cost little memory. */
export async function writeXlsx(dir: string, name: string, rows: Iterable<Cell[]>): Promise<string> {
  const file = path.join(dir, name);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) {
    const row = ws.addRow(r);
    r.forEach((c, i) => {
      if (c instanceof Date) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    });
    row.commit();
  }
  ws.commit();
  await wb.commit();
  return file;
}

export const PEOPLE_HEADER = [
  'person_ref', 'pnc_id', 'cro_number', 'prison_number', 'probation_crn', 'family_name', 'given_names', 'date_of_birth', 'sex', 'ethnicity', 'area_code', 'postcode',
];

export function personRow(ref: string, n: number, over: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    person_ref: ref,
    pnc_id: `1990/${String(n).padStart(7, '0')}A`,
    cro_number: '',
    prison_number: '',
    probation_crn: '',
    family_name: `Testfamily${n}`,
    given_names: `Given${n}`,
    date_of_birth: '1985-03-04',
    sex: 'male',
    ethnicity: 'W1',
    area_code: 'E06000001',
    postcode: 'ZZ1 1ZZ',
    ...over,
  };
  return PEOPLE_HEADER.map((h) => base[h] ?? '');
}
