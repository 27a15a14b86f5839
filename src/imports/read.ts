// Reads a partner extract (CSV or XLSX) as a stream of rows of text, without
// holding the file in memory, counting bytes for progress and hashing the file.
import fs from 'node:fs';
import crypto from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { CsvSplitter, CsvSyntaxError, recordTooLong } from './csv.js';
import { isoDateOf } from '../calendar/dates.js';
import { restoreCells } from '../formats/spreadsheet-cells.js';
import { checkXlsxExpandedSize } from './xlsx-size.js';
import { xlsxRows } from './xlsx.js';

export type FileFormat = 'csv' | 'xlsx';

export function formatOf(path: string): FileFormat {
  return /\.xlsx$/i.test(path) ? 'xlsx' : 'csv';
}

/** Caps on what one upload may hold (config: WAYMARK_CSV_RECORD_LIMIT_KB, WAYMARK_XLSX_EXPANDED_LIMIT_MB). */
export interface FileLimits {
  /** The longest CSV record, in characters. */
  csvRecordChars: number;
  /** The most an XLSX file may expand to when unzipped, in bytes. */
  xlsxExpandedBytes: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { csvRecordChars: 1024 * 1024, xlsxExpandedBytes: 1024 * 1024 * 1024 };

export interface SourceOptions {
  /** The file on disk: an XLSX file's zip is checked before it is parsed. */
  path?: string;
  /** The name used in messages (default: the path's). */
  fileName?: string;
  limits?: FileLimits;
}

export interface SourceRow {
  /** The row's number as a person would find it: the line in a CSV file, the row in a sheet (the header is 1). */
  rowNo: number;
  cells: string[];
}

export interface Source {
  header: string[];
  /** The header's row number (usually 1). */
  headerRowNo: number;
  /** The rows after the header, in file order, a batch at a time (one await per batch, not per row). */
  batches: AsyncIterable<SourceRow[]>;
  /** The same rows one at a time. Read either batches or rows, not both. */
  rows: AsyncIterable<SourceRow>;
}

/** Counts the bytes that pass, for a progress indicator. */
export class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null, d?: Buffer) => void): void {
    this.bytes += chunk.length;
    cb(null, chunk);
  }
}

export async function sha256File(path: string): Promise<string> {
  const h = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

function blank(cells: readonly string[]): boolean {
  // Most rows begin with a cell whose first character is printable ASCII (none of trim's white space).
  const first = cells[0];
  if (first !== undefined && first.length > 0) {
    const c = first.charCodeAt(0);
    if (c > 32 && c < 127) return false;
  }
  return cells.every((c) => c.trim() === '');
}

/**
 * The stream's bytes as text, a piece per chunk, read as UTF-8 (a character
 * cut between chunks kept whole, a byte that is not UTF-8 read as U+FFFD, a
 * byte order mark kept for the reader to drop). TextDecoder reads UTF-8 twice
 * as fast as the stream's own decoder (setEncoding), with the same result.
 */
export async function* utf8Pieces(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const last = decoder.decode();
  if (last.length > 0) yield last;
}

/** Whether text's first line break is a lone \r (old Mac files), which CsvSplitter leaves to csv-parse. */
function loneCarriageReturns(text: string): boolean {
  const r = text.indexOf('\r');
  if (r < 0) return false;
  const n = text.indexOf('\n');
  return (n < 0 || r < n) && r + 1 < text.length && text.charCodeAt(r + 1) !== 10;
}

/** The non-blank records of each piece of the input, as one batch (empty batches are skipped). */
async function* csvBatches(input: Readable, maxRecordChars: number): AsyncGenerator<SourceRow[]> {
  const it = utf8Pieces(input)[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  if (loneCarriageReturns(first.value)) {
    const rest = (async function* () {
      yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })();
    yield* inBatches(csvParseRows(Readable.from(rest), maxRecordChars));
    return;
  }
  const splitter = new CsvSplitter(maxRecordChars);
  let piece: IteratorResult<string> = first;
  for (;;) {
    if (piece.done) {
      const rows = nonBlank(splitter.end());
      if (rows.length) yield rows;
      return;
    }
    // A piece is split a part at a time, so the records alive at once (all
    // young objects, copied by each minor garbage collection) stay few.
    const text = piece.value;
    for (let at = 0; at < text.length; at += SPLIT_CHARS) {
      const rows = nonBlank(splitter.push(text.slice(at, at + SPLIT_CHARS)));
      if (rows.length) yield rows;
    }
    piece = await it.next();
  }
}

/** Characters of text split at a time (a part of one piece of the stream). */
const SPLIT_CHARS = 64 * 1024;

/** The records without blank ones, each cell as it was before an export neutralised it. */
function nonBlank(records: SourceRow[]): SourceRow[] {
  for (const r of records) restoreCells(r.cells);
  return records.some((r) => blank(r.cells)) ? records.filter((r) => !blank(r.cells)) : records;
}

const BATCH_ROWS = 1000;

/** Groups a stream of rows into batches. */
async function* inBatches(rows: AsyncIterable<SourceRow>): AsyncGenerator<SourceRow[]> {
  let batch: SourceRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function* csvParseRows(input: Readable, maxRecordChars: number): AsyncGenerator<SourceRow> {
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: false, max_record_size: maxRecordChars }),
  );
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (blank(rec.record)) continue;
      yield { rowNo: rec.info.lines, cells: restoreCells(rec.record) };
    }
  } catch (e: any) {
    // A malformed file is bad input, as it is from CsvSplitter, not a crash.
    if (e?.code === 'CSV_MAX_RECORD_SIZE') throw new CsvSyntaxError(Number(e.lines) || 0, recordTooLong(maxRecordChars));
    if (typeof e?.code === 'string' && e.code.startsWith('CSV_') && typeof e.lines === 'number') throw new CsvSyntaxError(e.lines, e.message);
    throw e;
  }
}

/** A cell as text: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : isoDateOf(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

/** The first sheet's rows as text, blank rows skipped (xlsx.ts reads the file). */
async function* xlsxTextRows(path: string, input: Readable, file: string): AsyncGenerator<SourceRow> {
  for await (const row of xlsxRows(path, input, file)) {
    const cells = row.values.map(cellText);
    if (blank(cells)) continue;
    yield { rowNo: row.rowNo, cells: restoreCells(cells) };
  }
}

/**
 * Opens a file for reading as rows; the first non-blank row is the header.
 * Cells neutralised against formulas by an export are restored. An XLSX file
 * given by its path that would expand past the limit is refused before parsing.
 */
export async function openSource(input: Readable, format: FileFormat, opts: SourceOptions = {}): Promise<Source> {
  const limits = opts.limits ?? DEFAULT_FILE_LIMITS;
  if (format === 'xlsx') {
    try {
      if (opts.path === undefined) throw new Error('an XLSX file is read from its path (SourceOptions.path)');
      await checkXlsxExpandedSize(opts.path, opts.fileName ?? opts.path, limits.xlsxExpandedBytes);
    } catch (e) {
      input.destroy();
      throw e;
    }
  }
  const it = (
    format === 'xlsx' ? inBatches(xlsxTextRows(opts.path!, input, opts.fileName ?? opts.path!)) : csvBatches(input, limits.csvRecordChars)
  )[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) {
    const none = (async function* () {})();
    return { header: [], headerRowNo: 1, batches: none, rows: none };
  }
  const [head, ...rest] = first.value;
  const batches = (async function* () {
    if (rest.length) yield rest;
    for (let b = await it.next(); !b.done; b = await it.next()) yield b.value;
  })();
  const rows = (async function* () {
    for await (const batch of batches) yield* batch;
  })();
  return { header: head!.cells, headerRowNo: head!.rowNo, batches, rows };
}
