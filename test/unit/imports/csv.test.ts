import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { CsvSplitter, type CsvRecord } from '../../../src/imports/csv.js';

/** What read.ts used to get from csv-parse, record by record. */
function reference(text: string): CsvRecord[] {
  const recs = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: false }) as unknown as { record: string[]; info: { lines: number } }[];
  return recs.map((r) => ({ rowNo: r.info.lines, cells: r.record }));
}

function split(text: string, cuts: number[]): CsvRecord[] {
  const s = new CsvSplitter();
  const out: CsvRecord[] = [];
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(text.length, c);
    if (to < at) continue;
    out.push(...s.push(text.slice(at, to)));
    at = to;
  }
  out.push(...s.push(text.slice(at)));
  out.push(...s.end());
  return out;
}

const plainField = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', 'é', '-', '/'), maxLength: 6 });
const quotedField = fc
  .string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', 'x', '\r'), maxLength: 8 })
  .map((s) => `"${s.replace(/"/g, '""')}"`);
const field = fc.oneof(plainField, plainField, quotedField);
const record = fc.array(field, { minLength: 1, maxLength: 5 }).map((f) => f.join(','));
const file = fc.record({
  records: fc.array(fc.oneof(record, record, record, fc.constant('')), { maxLength: 12 }),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  trailing: fc.boolean(),
  cuts: fc.array(fc.nat(200), { maxLength: 6 }),
});

describe('CsvSplitter', () => {
  it('reads what csv-parse reads, with the same line numbers, however the text is cut', () => {
    fc.assert(
      fc.property(file, ({ records, eol, bom, trailing, cuts }) => {
        const text = (bom ? '\uFEFF' : '') + records.join(eol) + (trailing ? eol : '');
        expect(split(text, cuts)).toEqual(reference(text));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('refuses text that csv-parse refuses (stray quotes, an unclosed quote)', () => {
    const messy = fc.record({
      text: fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', 'b', ' '), maxLength: 20 }),
      cuts: fc.array(fc.nat(30), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(messy, ({ text, cuts }) => {
        let expected: CsvRecord[] | 'error';
        try {
          expected = reference(text);
        } catch {
          expected = 'error';
        }
        let actual: CsvRecord[] | 'error';
        try {
          actual = split(text, cuts);
        } catch {
          actual = 'error';
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('reads lines whose quoted fields close on the line (the fast path for quotes) as csv-parse does', () => {
    const oneLineQuoted = fc
      .string({ unit: fc.constantFrom('a', ',', '"', ' ', 'é'), maxLength: 6 })
      .map((s) => `"${s.replace(/"/g, '""')}"`);
    const cell = fc.oneof(plainField, oneLineQuoted, fc.constant('""'));
    const line = fc.array(cell, { minLength: 1, maxLength: 6 }).map((f) => f.join(','));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(200), { maxLength: 6 }), (lines, eol, cuts) => {
        const text = lines.join(eol) + eol;
        expect(split(text, cuts)).toEqual(reference(text));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('reads a quoted line, and leaves a quoted line break, a \\r inside a line and a stray quote to the general path', () => {
    const text = 'a,"b,""c""","",d\n"x\ny",z\n"p\rq",r\n';
    expect(split(text, [])).toEqual([
      { rowNo: 1, cells: ['a', 'b,"c"', '', 'd'] },
      { rowNo: 3, cells: ['x\ny', 'z'] },
      { rowNo: 5, cells: ['p\rq', 'r'] },
    ]);
    expect(split(text, [])).toEqual(reference(text));
    expect(() => split('a,"b"c\n', [])).toThrow('line 1: a quoted field ends in "c" where a comma or the line\'s end should be');
  });

  it('splits a plain line on commas and numbers lines from 1', () => {
    expect(split('a,b\n\nc,,d\r\n', [])).toEqual([
      { rowNo: 1, cells: ['a', 'b'] },
      { rowNo: 3, cells: ['c', '', 'd'] },
    ]);
  });
});
