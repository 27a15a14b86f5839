// Reads the first sheet of an XLSX file as rows of cell text. The workbook, its
// relationships, its styles (which tell a date from a number) and its shared
// strings are read first, each found by name in the zip's directory, whatever
// order the spreadsheet program wrote them in; then the sheet is parsed as its
// bytes arrive, so a large sheet is never held whole. (ExcelJS's streaming
// reader, used before, read the entries in file order and, about once in a
// thousand reads of a busy machine, parsed a sheet without its styles, so its
// dates came through as day numbers and the rows were refused.)
import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { posix } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InvalidInputError } from '../errors.js';
import { centralDirectory, dataStart, entryBytes, notZip, unzipped, type ZipEntry } from './zip.js';

/** A cell's value as a spreadsheet holds it. */
export type XlsxValue = string | number | boolean | Date | { error: string } | null;

export interface XlsxRow {
  /** The row's number in the sheet (the first is 1). */
  rowNo: number;
  /** Values by column, the first column at 0; a column with no cell is null. */
  values: XlsxValue[];
}

/** What the sheet's cells need from the rest of the workbook. */
interface Workbook {
  sheet: ZipEntry;
  /** Where the sheet's compressed bytes start in the file. */
  sheetStart: number;
  sharedStrings: string[];
  /** Per cell style (the `s` of a cell): whether its number format shows a date. */
  dateStyles: boolean[];
  date1904: boolean;
}

/** The built-in number formats that show dates or times (ECMA-376, 18.8.30, and the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format's code shows a date: a date or time token outside quoted text and [brackets]. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/\\./g, '')
    // Padding (_x leaves the width of x, *x fills with x): not a token.
    .replace(/[_*]./g, '');
  return /[ymdhsb]/i.test(bare.replace(/General/gi, '').replace(/E[+-]/g, ''));
}

/** An element's name without its namespace prefix (`x:row` is `row`). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses a whole XML text, calling `open`, `close` and `text` as SAX events. */
function parseXml(xml: string, file: string, what: string, on: { open?: (t: SaxesTagPlain) => void; close?: (name: string) => void; text?: (s: string) => void }): void {
  const parser = new SaxesParser();
  parser.on('opentag', (t) => on.open?.(t as SaxesTagPlain));
  parser.on('closetag', (t) => on.close?.(local(t.name)));
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  try {
    parser.write(xml).close();
  } catch {
    throw notZip(file, `its ${what} is not well-formed XML`);
  }
}

/** A relationship's target as a path in the zip, from the folder of the part it belongs to. */
function resolveTarget(base: string, target: string): string {
  return target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(posix.join(base, target));
}

/** The relationships of a part (its .rels file): id → type and resolved path. */
function relationships(xml: string | null, base: string, file: string): Map<string, { type: string; path: string }> {
  const rels = new Map<string, { type: string; path: string }>();
  if (!xml) return rels;
  parseXml(xml, file, 'relationships', {
    open: (t) => {
      if (local(t.name) === 'Relationship' && t.attributes.Id && t.attributes.Target && t.attributes.TargetMode !== 'External') {
        rels.set(t.attributes.Id, { type: t.attributes.Type ?? '', path: resolveTarget(base, t.attributes.Target) });
      }
    },
  });
  return rels;
}

/** Where the workbook's parts are: its first worksheet (in tab order), styles and shared strings; and its date system. */
function workbookParts(
  workbookXml: string | null,
  rels: Map<string, { type: string; path: string }>,
  base: string,
  file: string,
): { sheet: string | null; styles: string; strings: string; date1904: boolean } {
  const sheetIds: string[] = [];
  let date1904 = false;
  if (workbookXml) {
    parseXml(workbookXml, file, 'workbook', {
      open: (t) => {
        const name = local(t.name);
        if (name === 'workbookPr') date1904 = ['1', 'true'].includes(t.attributes.date1904 ?? '');
        if (name === 'sheet') {
          const id = Object.entries(t.attributes).find(([k]) => k.includes(':') && local(k) === 'id')?.[1];
          if (id) sheetIds.push(id);
        }
      },
    });
  }
  const ofType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;
  // The first tab that is a worksheet (a chart sheet has no rows).
  const sheet = sheetIds.map((id) => rels.get(id)).find((r) => r?.type.endsWith('/worksheet'))?.path ?? null;
  return { sheet, styles: ofType('/styles') ?? posix.join(base, 'styles.xml'), strings: ofType('/sharedStrings') ?? posix.join(base, 'sharedStrings.xml'), date1904 };
}

/** Text as a spreadsheet stores it, with characters XML cannot hold written as _xHHHH_ (a carriage return is _x000D_). */
export function unescapeText(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

function sharedStringsOf(xml: string, file: string): string[] {
  const strings: string[] = [];
  let text = '';
  let inT = false;
  // Phonetic runs (rPh) are a reading aid, not part of the text.
  let phonetic = 0;
  parseXml(xml, file, 'shared strings', {
    open: (t) => {
      const name = local(t.name);
      if (name === 'si') text = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !t.isSelfClosing) inT = phonetic === 0;
    },
    close: (name) => {
      if (name === 'si') strings.push(unescapeText(text));
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inT = false;
    },
    text: (s) => {
      if (inT) text += s;
    },
  });
  return strings;
}

function dateStylesOf(xml: string, file: string): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml(xml, file, 'styles', {
    open: (t) => {
      const name = local(t.name);
      if (name === 'numFmt') custom.set(Number(t.attributes.numFmtId), t.attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(t.attributes.numFmtId ?? 0);
        const code = custom.get(id);
        styles.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

async function readWorkbook(path: string, file: string): Promise<Workbook> {
  const h = await fs.open(path, 'r');
  try {
    const entries = await centralDirectory(h, (await h.stat()).size, file);
    // Part names are compared without case, as the packaging rules have them.
    const byName = new Map(entries.map((e) => [e.name.replace(/^\//, '').toLowerCase(), e]));
    const text = async (name: string) => {
      const e = byName.get(name.toLowerCase());
      return e ? (await entryBytes(h, e, file)).toString('utf8') : null;
    };
    // The workbook, as the package's own relationships name it (nearly always xl/workbook.xml).
    const office = [...relationships(await text('_rels/.rels'), '', file).values()].find((r) => r.type.endsWith('/officeDocument'));
    const workbookPath = office?.path ?? 'xl/workbook.xml';
    const base = posix.dirname(workbookPath);
    const rels = relationships(await text(posix.join(base, '_rels', `${posix.basename(workbookPath)}.rels`)), base, file);
    const parts = workbookParts(await text(workbookPath), rels, base, file);
    let sheet: ZipEntry | undefined;
    if (parts.sheet !== null) {
      sheet = byName.get(parts.sheet.toLowerCase());
      if (!sheet) throw notZip(file, `its first sheet (${parts.sheet}) is missing`);
    } else {
      // A workbook that does not say where its sheets are: the first one found.
      sheet = byName.get(posix.join(base, 'worksheets', 'sheet1.xml').toLowerCase()) ?? entries.find((e) => /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(e.name));
    }
    if (!sheet) throw notZip(file, 'it has no worksheet');
    const stylesXml = await text(parts.styles);
    const stringsXml = await text(parts.strings);
    return {
      sheet,
      sheetStart: await dataStart(h, sheet, file),
      date1904: parts.date1904,
      dateStyles: stylesXml ? dateStylesOf(stylesXml, file) : [],
      sharedStrings: stringsXml ? sharedStringsOf(stringsXml, file) : [],
    };
  } finally {
    await h.close();
  }
}

/** The bytes of `input` from `start` for `length` bytes; the rest of it is read through (so whoever counts its bytes sees them all). */
async function* slice(input: Readable, start: number, length: number): AsyncGenerator<Buffer> {
  const end = start + length;
  let at = 0;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, chunk.length);
    at += chunk.length;
    if (to > from) yield chunk.subarray(from, to);
  }
}

/** "AB12" → 27 (columns from 0); -1 when the reference has no letters. */
function columnOf(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    const upper = c >= 97 ? c - 32 : c;
    if (upper < 65 || upper > 90) break;
    n = n * 26 + (upper - 64);
  }
  return i === 0 ? -1 : n - 1;
}

const DAY_MS = 86_400_000;
/** Days from the spreadsheet epoch (1899-12-30, or 1904-01-01) to 1970-01-01. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/**
 * The rows of the first sheet of the XLSX file at `path`, as they are parsed.
 * The sheet's bytes are taken from `input`, a stream of the same file from its
 * start (so a byte counter on it shows how far the reading has got).
 */
export async function* xlsxRows(path: string, input: Readable, file: string): AsyncGenerator<XlsxRow> {
  let book: Workbook;
  try {
    book = await readWorkbook(path, file);
  } catch (e) {
    input.destroy();
    throw e;
  }
  const { sharedStrings, dateStyles, date1904 } = book;
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  const ready: XlsxRow[] = [];
  let row: XlsxRow | null = null;
  let lastRowNo = 0;
  // The cell being read: its column, type and style, and the text of its <v> (or inline <t>).
  let column = -1;
  let cellRef = '';
  let type = 'n';
  let style = 0;
  let value = '';
  let capture = false;
  let inInline = false;
  let phonetic = 0;

  const cellValue = (): XlsxValue => {
    switch (type) {
      case 's': {
        if (value.trim() === '') return null;
        const s = sharedStrings[Number(value)];
        if (s === undefined) throw notZip(file, `cell ${cellRef} refers to shared string ${value}, which it does not have`);
        return s;
      }
      case 'str':
      case 'inlineStr':
        return unescapeText(value);
      case 'b':
        return value === '1' || value === 'true';
      case 'e':
        return { error: value };
      case 'd': {
        // ISO 8601; without a zone it is the day as written, not local time.
        const iso = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`;
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? value : d;
      }
      default: {
        if (value.trim() === '') return null;
        const n = Number(value);
        if (Number.isNaN(n)) return value;
        return dateStyles[style] ? new Date(Math.round((n - epoch) * DAY_MS)) : n;
      }
    }
  };

  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const t = tag as SaxesTagPlain;
    switch (local(t.name)) {
      case 'row': {
        const r = Number(t.attributes.r);
        lastRowNo = Number.isInteger(r) && r > 0 ? r : lastRowNo + 1;
        row = { rowNo: lastRowNo, values: [] };
        column = -1;
        break;
      }
      case 'c': {
        const ref = t.attributes.r;
        const at = ref ? columnOf(ref) : -1;
        column = at >= 0 ? at : column + 1;
        cellRef = ref ?? `row ${lastRowNo}, column ${column + 1}`;
        type = t.attributes.t ?? 'n';
        style = Number(t.attributes.s ?? 0);
        value = '';
        break;
      }
      case 'v':
        capture = !t.isSelfClosing;
        break;
      case 'is':
        inInline = true;
        break;
      case 'rPh':
        phonetic++;
        break;
      case 't':
        if (inInline && phonetic === 0 && !t.isSelfClosing) capture = true;
        break;
    }
  });
  parser.on('closetag', (tag) => {
    switch (local(tag.name)) {
      case 'v':
      case 't':
        capture = false;
        break;
      case 'is':
        inInline = false;
        break;
      case 'rPh':
        phonetic--;
        break;
      case 'c':
        if (row) {
          while ((row as XlsxRow).values.length < column) (row as XlsxRow).values.push(null);
          (row as XlsxRow).values[column] = cellValue();
        }
        break;
      case 'row':
        if (row) ready.push(row);
        row = null;
        break;
    }
  });
  const onText = (s: string) => {
    if (capture) value += s;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  const decoder = new StringDecoder('utf8');
  const parse = (text: string, last = false) => {
    try {
      parser.write(text);
      if (last) parser.close();
    } catch (e) {
      if (e instanceof InvalidInputError) throw e;
      throw notZip(file, `its sheet is not well-formed XML (${e instanceof Error ? e.message : String(e)})`);
    }
  };
  try {
    for await (const bytes of unzipped(slice(input, book.sheetStart, book.sheet.compressedSize), book.sheet, file)) {
      parse(decoder.write(bytes));
      if (ready.length) yield* ready.splice(0);
    }
    parse(decoder.end(), true);
  } finally {
    input.destroy();
  }
  yield* ready.splice(0);
}
