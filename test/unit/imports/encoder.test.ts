// The import's hot path: one RowEncoder for a whole file, with its caches of
// parsed texts and its reused row slots, against a fresh encoder for each row
// (validateRow) written with csvLine: the same COPY line for a good row, the
// same problems for a bad one, whatever rows came before.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KINDS, mapHeader, RowEncoder, validateRow, type KindSpec, type RowProblem, type Value } from '../../../src/imports/kinds.js';
import { IMPORT_KINDS } from '../../../src/imports/kind-names.js';
import { csvLine } from '../../../src/db/statements.js';

/** Cells that are often valid: dates, codes, enumerations, counts, PNC IDs, text with commas and quotes. */
const cell = fc.oneof(
  fc.constantFrom('', ' ', '2008-02-29', '2009-02-29', '2008-01-01', ' 2010-12-31 ', '01/02/2008', '1850-01-01'),
  fc.constantFrom('Conviction', 'caution', 'verdict', 'Community Order', 'custody', 'fine', 'remand', 'licence', 'yes', 'no', 'pos', '-', 'maybe'),
  fc.constantFrom('02801', '028/01', '028 01', 'THEFT', '2801', '1990/0000001A', '90/123z', 'P1', 'PPO', 'E06000001'),
  fc.constantFrom('0', '180', '-1', '12345678', 'x,y', 'say "hi"', 'line\nbreak', 'bell\u0007'),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('a'.repeat(30), 'a'.repeat(31), 'b'.repeat(101), 'c'.repeat(201), 'd'.repeat(1001), ' e\t f ', 'g\th'),
  // White space that trim() removes beyond ASCII, at either end.
  fc.constantFrom('\u00A0P1\u00A0', '\uFEFF2008-01-01', 'caution\u3000', '\u2028', '\u00A0', 'x\u2009', '\u205F02801'),
);

/**
 * A row's checks written plainly, straight from the kind's field specs: every
 * field through its parse, every column given to the row check. RowEncoder's
 * caches, its plain-text shortcut and its narrowed check must change nothing.
 */
function plain(spec: KindSpec, rowNo: number, cells: string[]): { line: string } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const values: Value[] = [];
  const named: Record<string, Value | undefined> = {};
  spec.fields.forEach((f, i) => {
    const raw = (cells[i] ?? '').trim();
    if (raw === '') {
      if (f.required) problems.push({ field: f.name, value: '', reason: 'is required but empty' });
      for (const [n] of f.outputs) named[n] = null;
      named[f.name] = null;
      values.push(...f.outputs.map(() => null));
      return;
    }
    const r = f.parse(raw);
    if (!r.ok) {
      problems.push({ field: f.name, value: raw, reason: r.reason });
      return;
    }
    const vs = f.outputs.map((_, j) => r.value[j] ?? null);
    if (!f.outputs.some(([n]) => n === f.name)) named[f.name] = undefined;
    f.outputs.forEach(([n], j) => (named[n] = vs[j]!));
    values.push(...vs);
  });
  if (problems.length === 0 && spec.check) {
    for (const p of spec.check.run(named as Record<string, Value>)) {
      const i = spec.fields.findIndex((f) => f.name === p.field);
      problems.push({ field: p.field, value: (cells[i] ?? '').trim(), reason: p.reason });
    }
  }
  return problems.length ? { problems } : { line: csvLine([rowNo, ...values]) };
}

function reference(kind: (typeof IMPORT_KINDS)[number], rowNo: number, cells: string[]) {
  const spec = KINDS[kind];
  const v = validateRow(spec, mapHeader(spec, spec.fields.map((f) => f.name)), cells);
  return v.ok ? { line: csvLine([rowNo, ...v.values]) } : { problems: v.problems };
}

/** One encoder per kind meets each row twice (the second time its caches are warm) and gives what `want` gives. */
function agreesRowAfterRow(want: (kind: (typeof IMPORT_KINDS)[number], rowNo: number, cells: string[]) => unknown) {
  fc.assert(
    fc.property(fc.constantFrom(...IMPORT_KINDS), fc.array(fc.array(cell, { maxLength: 13 }), { minLength: 1, maxLength: 30 }), (kind, rows) => {
      const spec = KINDS[kind];
      const encoder = new RowEncoder(spec, mapHeader(spec, spec.fields.map((f) => f.name)));
      for (const [i, cells] of [...rows, ...rows].entries()) {
        const line = encoder.encode(i + 2, cells);
        if (line === null) expect({ problems: encoder.problems }).toEqual(want(kind, i + 2, cells));
        else expect({ line: line + '\n' }).toEqual(want(kind, i + 2, cells));
      }
    }),
    { numRuns: 500 },
  );
}

describe('RowEncoder', () => {
  it('agrees with validateRow and csvLine on every kind, row after row', () => {
    agreesRowAfterRow(reference);
  });

  it('agrees with every field parsed and checked plainly, on every kind', () => {
    agreesRowAfterRow((kind, rowNo, cells) => plain(KINDS[kind], rowNo, cells));
  });

  it('gives each row check every column it reads (its reads)', () => {
    const value = fc.constantFrom<Value>(null, '2008-01-01', '2009-06-30', 'P1', 7, true);
    for (const spec of Object.values(KINDS)) {
      if (!spec.check) continue;
      const check = spec.check;
      const names = [...new Set(spec.fields.flatMap((f) => [f.name, ...f.outputs.map(([n]) => n)]))];
      fc.assert(
        fc.property(fc.tuple(...names.map(() => value)), (vs) => {
          const read = new Set<string>();
          const all = Object.fromEntries(names.map((n, i) => [n, vs[i]!]));
          const watched = new Proxy(all, { get: (t, k) => (read.add(String(k)), t[String(k)]) });
          const problems = check.run(watched);
          expect([...read].filter((n) => !check.reads.includes(n))).toEqual([]);
          const only = Object.fromEntries(check.reads.map((n) => [n, all[n]!]));
          expect(check.run(only)).toEqual(problems);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('writes a good outcome row as the COPY line of its staging columns', () => {
    const spec = KINDS.outcomes;
    const encoder = new RowEncoder(spec, mapHeader(spec, ['person_ref', 'offence_date', 'outcome_date', 'outcome', 'offence_code', 'court']));
    expect(encoder.encode(7, ['P1', '2008-01-01', '2008-02-01', 'Convicted', '028/01', 'Leeds, Crown'])).toBe(
      '7,P1,2008-01-01,2008-02-01,conviction,Convicted,028/01,02801,,,,,"Leeds, Crown",',
    );
    expect(encoder.encode(8, ['', '2008-01-01', '2008-02-01', 'caution', '02801', ''])).toBeNull();
    expect(encoder.problems).toEqual([{ field: 'person_ref', value: '', reason: 'is empty, and there is no pnc_id either' }]);
  });
});
