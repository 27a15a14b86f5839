import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutralise, neutraliseValue, restore, restoreCells } from '../../../src/formats/spreadsheet-cells.js';

describe('cells a spreadsheet would run', () => {
  it('neutralises only cells beginning = + - @, tab or carriage return', () => {
    expect(['=1+1', '+44', '-5', '@SUM', '\tx', '\rx', 'plain', '2008-01-01', '', "'quoted"].map(neutralise)).toEqual([
      "'=1+1", "'+44", "'-5", "'@SUM", "'\tx", "'\rx", 'plain', '2008-01-01', '', "'quoted",
    ]);
    expect(neutraliseValue(5)).toBe(5);
    expect(neutraliseValue(null)).toBe(null);
  });

  it('gives an apostrophe more to a cell already beginning with one before a formula', () => {
    expect(neutralise("'=x")).toBe("''=x");
    expect(restore("''=x")).toBe("'=x");
  });

  it('restores what it neutralised and leaves other cells alone', () => {
    expect(["'=SUM(A1)", "'-5", "'@x", "'+44", "'plain", 'plain', "'", ''].map(restore)).toEqual(['=SUM(A1)', '-5', '@x', '+44', "'plain", 'plain', "'", '']);
    expect(restoreCells(["'=a", 'b', "'-1"])).toEqual(['=a', 'b', '-1']);
  });

  it('round-trips every string', () => {
    fc.assert(fc.property(fc.string(), (s) => restore(neutralise(s)) === s));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("'", '=', '-', '+', '@', '\t', 'a', '1') }), (s) => restore(neutralise(s)) === s));
  });
});
