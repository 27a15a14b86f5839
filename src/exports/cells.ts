// The cells of a list export (SPEC 3.7), pure: every text cell neutralised
// against formula injection (src/formats/spreadsheet-cells.ts), numbers kept as
// numbers, empty values empty; and the file's name.
import { neutralise } from '../formats/spreadsheet-cells.js';

/** One cell as the writers take it: text (already neutralised), a number, or empty. */
export type Cell = string | number | null;

/** A value drawn from a service as a cell: strings neutralised, finite numbers kept, booleans as yes/no. */
export function cellOf(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'bigint') return Number(v);
  return neutralise(String(v));
}

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A part of a file name: letters, digits, dots and dashes only. */
function part(s: string): string {
  return s.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** `waymark-<kind>-<scheme>-<date>.<format>`; without a scheme, `waymark-<kind>-<date>.<format>`. */
export function exportFileName(kind: string, scheme: string | null, date: string, format: ExportFormat): string {
  return ['waymark', part(kind), ...(scheme ? [part(scheme)] : []), part(date)].filter((p) => p !== '').join('-') + `.${format}`;
}
