// The XLSX reader (src/imports/xlsx.ts) on files built entry by entry, so that
// the order of the entries, which spreadsheet programs differ on, is the test's
// to choose: a sheet before its styles and shared strings (as Excel writes
// them), and after.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isDateFormat, xlsxRows } from '../../../src/imports/xlsx.js';
import { checkXlsxExpandedSize } from '../../../src/imports/xlsx-size.js';
import { InvalidInputError } from '../../../src/errors.js';
import { cellText } from '../../../src/imports/read.js';
import { Rng } from '../../../src/demo/random.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A zip of the given entries, deflated (or stored), in the order given. */
function zip(entries: [string, string][], method: 0 | 8 = 8): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const packed = method === 8 ? zlib.deflateRawSync(data) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(date1904 = false): [string, string][] {
  return [
    ['xl/workbook.xml', `<workbook ${NS}>${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Outcomes" sheetId="7" r:id="rId3"/><sheet name="Other" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    [
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>' +
        '</Relationships>',
    ],
  ];
}

// Styles: 0 general, 1 built-in date (14), 2 custom date, 3 custom number with quoted letters, 4 two decimals.
const STYLES = [
  'xl/styles.xml',
  `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0&quot; days&quot;"/></numFmts>` +
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="2"/></cellXfs></styleSheet>',
] as [string, string];

const STRINGS = [
  'xl/sharedStrings.xml',
  `<sst ${NS} count="3" uniqueCount="3"><si><t>person_ref</t></si><si><t xml:space="preserve">offence_date </t></si>` +
    '<si><r><t>Bur</t></r><r><rPr><b/></rPr><t>glary</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si></sst>',
] as [string, string];

const SHEET = [
  'xl/worksheets/sheet2.xml',
  `<worksheet ${NS}><sheetData>` +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>note &amp; more</t></is></c></row>' +
    '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>39539</v></c><c r="C3" s="2"><v>39904.5</v></c><c r="D3" s="3"><v>180</v></c><c r="E3" s="4"><v>2.50</v></c></row>' +
    '<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" t="str"><f>A1&amp;"x"</f><v>person_refx</v></c><c r="D4"/></row>' +
    '</sheetData></worksheet>',
] as [string, string];

const OTHER_SHEET = ['xl/worksheets/sheet1.xml', `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>not this one</t></is></c></row></sheetData></worksheet>`] as [
  string,
  string,
];

async function read(name: string, entries: [string, string][]) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zip(entries));
  const rows = [];
  for await (const r of xlsxRows(file, fs.createReadStream(file), name)) rows.push(r);
  return rows;
}

const EXPECTED = [
  { rowNo: 1, values: ['person_ref', 'offence_date ', null, 'note & more'] },
  { rowNo: 3, values: ['Burglary', new Date('2008-04-01T00:00:00Z'), new Date('2009-04-01T12:00:00Z'), 180, 2.5] },
  { rowNo: 4, values: [true, { error: '#N/A' }, 'person_refx', null] },
];

describe('xlsxRows', () => {
  it('reads the first sheet of the workbook, with its dates, shared and inline strings, whatever the order of the entries', async () => {
    // As Excel writes them: the sheets before the styles and the shared strings.
    expect(await read('excel-order.xlsx', [...workbook(), OTHER_SHEET, SHEET, STYLES, STRINGS])).toEqual(EXPECTED);
    // And the other way round.
    expect(await read('reversed.xlsx', [STRINGS, STYLES, SHEET, OTHER_SHEET, ...workbook().reverse()])).toEqual(EXPECTED);
  });

  it('counts dates from 1904 in a workbook that says so', async () => {
    const rows = await read('1904.xlsx', [...workbook(true), SHEET, STYLES, STRINGS]);
    // 39539 days after 1904-01-01.
    expect(rows[1]!.values[1]).toEqual(new Date('2012-04-02T00:00:00Z'));
  });

  it('reads elements with a namespace prefix, as some programs write them', async () => {
    const prefixed: [string, string] = [
      'xl/worksheets/sheet2.xml',
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1" s="1"><x:v>39539</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    ];
    expect(await read('prefixed.xlsx', [...workbook(), prefixed, STYLES])).toEqual([{ rowNo: 1, values: [null, new Date('2008-04-01T00:00:00Z')] }]);
  });

  it('refuses a sheet that is not well-formed XML, naming the file', async () => {
    const broken: [string, string] = ['xl/worksheets/sheet2.xml', `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`];
    const reading = read('broken.xlsx', [...workbook(), broken, STYLES]);
    await expect(reading).rejects.toBeInstanceOf(InvalidInputError);
    await expect(read('broken.xlsx', [...workbook(), broken, STYLES])).rejects.toThrow(/^broken\.xlsx is not a readable XLSX file: its sheet is not well-formed XML/);
  });

  it('stops cleanly when its reader stops early, closing the file', async () => {
    const many: [string, string] = [
      'xl/worksheets/sheet2.xml',
      `<worksheet ${NS}><sheetData>${Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('')}</sheetData></worksheet>`,
    ];
    const file = path.join(dir, 'many.xlsx');
    fs.writeFileSync(file, zip([...workbook(), many, STYLES]));
    const input = fs.createReadStream(file, { highWaterMark: 1024 });
    let first: unknown = null;
    for await (const r of xlsxRows(file, input, 'many.xlsx')) {
      first = r.values[0];
      break;
    }
    expect(first).toBe(0);
    expect(input.destroyed).toBe(true);
  });

  it('reads what other writers write: empty shared-string cells, zone-less ISO dates, escaped characters', async () => {
    const sheet: [string, string] = [
      'xl/worksheets/sheet2.xml',
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"/><c r="B1" t="s"><v/></c><c r="C1" t="s"><v>0</v></c>` +
        '<c r="D1" t="d"><v>2020-06-01T00:00:00</v></c><c r="E1" t="d"><v>2020-06-02</v></c><c r="F1" t="inlineStr"><is><t>line_x000D_end</t></is></c></row></sheetData></worksheet>',
    ];
    const strings: [string, string] = ['xl/sharedStrings.xml', `<sst ${NS}><si><t>first_x005F_x0041_</t></si></sst>`];
    const zone = process.env.TZ;
    // Fourteen hours ahead of UTC: a date read as local time would be the day before.
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const rows = await read('other-writers.xlsx', [...workbook(), sheet, strings]);
      expect(rows).toEqual([{ rowNo: 1, values: [null, null, 'first_x0041_', new Date('2020-06-01T00:00:00Z'), new Date('2020-06-02T00:00:00Z'), 'line\rend'] }]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('finds the parts by the relationships, without regard to case, and skips a chart sheet on the first tab', async () => {
    const parts: [string, string][] = [
      ['_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/book/main.xml"/></Relationships>'],
      ['book/main.xml', `<workbook ${NS}><sheets><sheet name="Chart" sheetId="1" r:id="c1"/><sheet name="Data" sheetId="2" r:id="s1"/></sheets></workbook>`],
      [
        'book/_rels/main.xml.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="charts/chart1.xml"/>' +
          '<Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../book/Sheets/Data.XML"/>' +
          '<Relationship Id="t1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="text/SST.xml"/>' +
          '<Relationship Id="y1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="look.xml"/>' +
          '</Relationships>',
      ],
      ['book/charts/chart1.xml', `<chartsheet ${NS}/>`],
      ['book/sheets/data.xml', `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>39539</v></c></row></sheetData></worksheet>`],
      ['book/text/SST.xml', `<sst ${NS}><si><t>found</t></si></sst>`],
      ['book/look.xml', STYLES[1]],
    ];
    expect(await read('parts.xlsx', parts)).toEqual([{ rowNo: 1, values: ['found', new Date('2008-04-01T00:00:00Z')] }]);
  });

  it('reads a workbook kept at the root of the package', async () => {
    const parts: [string, string][] = [
      ['_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="workbook.xml"/></Relationships>'],
      ['workbook.xml', `<workbook ${NS}><sheets><sheet name="Data" sheetId="1" r:id="s1"/></sheets></workbook>`],
      ['_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="data.xml"/></Relationships>'],
      ['data.xml', `<worksheet ${NS}><sheetData><row r="1"><c r="A1" s="1"><v>39539</v></c></row></sheetData></worksheet>`],
      ['styles.xml', STYLES[1]],
    ];
    expect(await read('root.xlsx', parts)).toEqual([{ rowNo: 1, values: [new Date('2008-04-01T00:00:00Z')] }]);
  });

  it('refuses a workbook whose first sheet is missing, or a cell naming a shared string there is not', async () => {
    await expect(read('no-sheet.xlsx', [...workbook(), OTHER_SHEET, STYLES])).rejects.toThrow(/no-sheet\.xlsx is not a readable XLSX file: its first sheet \(xl\/worksheets\/sheet2\.xml\) is missing/);
    const sheet: [string, string] = ['xl/worksheets/sheet2.xml', `<worksheet ${NS}><sheetData><row r="1"><c r="C7" t="s"><v>5</v></c></row></sheetData></worksheet>`];
    await expect(read('bad-index.xlsx', [...workbook(), sheet, STRINGS])).rejects.toThrow(/cell C7 refers to shared string 5, which it does not have/);
  });

  it('refuses a sheet whose compressed bytes are damaged, and so does the size check', async () => {
    const file = path.join(dir, 'damaged.xlsx');
    const bytes = zip([...workbook(), SHEET, STYLES, STRINGS]);
    // The sheet's deflated bytes start after its local header (30 bytes) and its name.
    const at = bytes.indexOf(Buffer.from('xl/worksheets/sheet2.xml')) + 'xl/worksheets/sheet2.xml'.length;
    bytes.fill(0xff, at, at + 40);
    fs.writeFileSync(file, bytes);
    const reading = async () => {
      for await (const _ of xlsxRows(file, fs.createReadStream(file), 'damaged.xlsx'));
    };
    await expect(reading()).rejects.toThrow(/^damaged\.xlsx is not a readable XLSX file: xl\/worksheets\/sheet2\.xml does not unzip/);
    await expect(checkXlsxExpandedSize(file, 'damaged.xlsx', 1024 * 1024)).rejects.toThrow(/damaged\.xlsx is not a readable XLSX file: xl\/worksheets\/sheet2\.xml does not unzip/);
  });

  it('reads a stored (uncompressed) workbook, and checking its size leaves no file open', async () => {
    const file = path.join(dir, 'stored.xlsx');
    fs.writeFileSync(file, zip([...workbook(), SHEET, STYLES, STRINGS], 0));
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) await checkXlsxExpandedSize(file, 'stored.xlsx', 1024 * 1024);
    expect(open()).toBe(before);
    const rows = [];
    for await (const r of xlsxRows(file, fs.createReadStream(file), 'stored.xlsx')) rows.push(r);
    expect(rows).toEqual(EXPECTED);
  });

  it('tells a date format from a number format', () => {
    for (const code of ['yyyy-mm-dd', 'dd/mm/yyyy', 'd-mmm-yy', 'h:mm', '[$-809]dd mmmm yyyy', 'mm/dd/yyyy\\ hh:mm']) expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '0', '0.00', '#,##0', '0" days"', '[Red]0.00', '0.00E+00', '\\d0', '0.0 _s', '#,##0 _h', '#,##0*y']) expect(isDateFormat(code), code).toBe(false);
  });
});

/** A workbook of mixed cells, the same for a seed: text (some shared, some rich), numbers, dates, booleans, formulas, errors and gaps. */
function mixedRows(seed: number, rows: number): unknown[][] {
  const rng = new Rng(seed);
  const words = ['Burglary', 'Theft from a shop', 'P1', '  padded  ', 'a & b < c', 'Ünïcödé — ok', '=SUM(A1)', '0123', 'TRUE', ''];
  const out: unknown[][] = [['person_ref', 'when', 'count', 'note', 'flag', 'formula', 'rich']];
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < 7; c++) {
      if (rng.chance(0.12)) {
        row.push(null);
        continue;
      }
      switch (c) {
        case 1:
          row.push(new Date(Date.UTC(1990 + rng.int(0, 35), rng.int(0, 11), rng.int(1, 28))));
          break;
        case 2:
          row.push(rng.chance(0.5) ? rng.int(0, 100_000) : Math.round(rng.next() * 1e6) / 100);
          break;
        case 4:
          row.push(rng.chance(0.5));
          break;
        case 5:
          row.push(rng.chance(0.2) ? { error: '#N/A' } : { formula: `B${r + 2}+1`, result: rng.int(0, 999) });
          break;
        case 6:
          row.push({ richText: [{ text: words[rng.int(0, 8)]! }, { font: { bold: true }, text: ` ${rng.int(0, 99)}` }] });
          break;
        default:
          row.push(words[rng.int(0, words.length - 1)]);
      }
    }
    out.push(row);
  }
  return out;
}

describe('xlsxRows against ExcelJS reading the whole workbook', () => {
  // ExcelJS's whole-file reader is the reference; its streaming reader, which
  // the import used before, lost styles now and then (see xlsx.ts).
  for (const [writer, seed] of [
    ['a whole workbook, shared strings', 1],
    ['a streamed workbook, inline strings', 2],
    ['a streamed workbook, shared strings', 3],
  ] as const) {
    it(`reads ${writer} as ExcelJS does`, async () => {
      const ExcelJS = (await import('exceljs')).default;
      const file = path.join(dir, `mixed-${seed}.xlsx`);
      const rows = mixedRows(seed, 400);
      const dateFormat = ['yyyy-mm-dd', 'dd/mm/yyyy', 'd mmm yy'][seed - 1]!;
      if (seed === 1) {
        const wb = new ExcelJS.Workbook();
        // A second sheet, which is not read.
        const ws = wb.addWorksheet('Extract');
        wb.addWorksheet('Notes').addRow(['not this one']);
        for (const r of rows) ws.addRow(r);
        ws.getColumn(2).numFmt = dateFormat;
        ws.getColumn(3).numFmt = '#,##0.00';
        await wb.xlsx.writeFile(file);
      } else {
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: seed === 3, useStyles: true });
        const ws = wb.addWorksheet('Extract');
        for (const r of rows) {
          const row = ws.addRow(r);
          row.getCell(2).numFmt = dateFormat;
          row.commit();
        }
        ws.commit();
        await wb.commit();
      }
      const reference = new ExcelJS.Workbook();
      await reference.xlsx.readFile(file);
      const expected: { rowNo: number; cells: string[] }[] = [];
      reference.worksheets[0]!.eachRow((row, rowNo) => {
        const values = row.values as unknown[];
        expected.push({ rowNo, cells: Array.from(values.slice(1), cellText) });
      });
      const actual: { rowNo: number; cells: string[] }[] = [];
      for await (const r of xlsxRows(file, fs.createReadStream(file), 'mixed.xlsx')) actual.push({ rowNo: r.rowNo, cells: r.values.map(cellText) });
      // Trailing empty cells are no cells.
      const trim = (rs: typeof actual) =>
        rs.map((r) => {
          let n = r.cells.length;
          while (n > 0 && r.cells[n - 1] === '') n--;
          return { rowNo: r.rowNo, cells: r.cells.slice(0, n) };
        });
      expect(trim(actual)).toEqual(trim(expected));
      expect(actual).toHaveLength(401);
      expect(actual[1]!.cells[1] === '' || /^\d{4}-\d{2}-\d{2}$/.test(actual[1]!.cells[1]!)).toBe(true);
    });
  }
});
