// The pure field parsers and row validation of the import formats.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseOffenceCode, parseCount, parseDate, parseEnum, parsePncId, parsePositiveNegative, parseYesNo } from '../../../src/imports/fields.js';
import { KINDS, mapHeader, validateRow, stagingColumns } from '../../../src/imports/kinds.js';
import { cellText } from '../../../src/imports/read.js';
import { errorMessage, defaultErrorPath } from '../../../src/imports/import-file.js';
import { neutralise } from '../../../src/formats/spreadsheet-cells.js';

describe('dates', () => {
  it('accepts real calendar dates and names what is wrong with the rest', () => {
    expect(parseDate('2008-02-29')).toEqual({ ok: true, value: '2008-02-29' });
    expect(parseDate('2000-02-29')).toEqual({ ok: true, value: '2000-02-29' });
    expect(parseDate('2008-02-30')).toEqual({ ok: false, reason: '2008-02-30 is not a date' });
    expect(parseDate('1900-02-29')).toEqual({ ok: false, reason: '1900-02-29 is not a date' });
    expect(parseDate('2009-02-29')).toEqual({ ok: false, reason: '2009-02-29 is not a date' });
    expect(parseDate('2008-13-01')).toEqual({ ok: false, reason: '2008-13-01 is not a date' });
    expect(parseDate('01/02/2008')).toEqual({ ok: false, reason: '01/02/2008 is not a date in the form YYYY-MM-DD' });
    expect(parseDate('1850-01-01')).toEqual({ ok: false, reason: '1850-01-01 is outside the years 1900 to 2099' });
  });

  it('agrees with the calendar for every day of 1900-2099', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === iso;
        expect(parseDate(iso).ok).toBe(real);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseDate(s)));
  });
});

describe('other fields', () => {
  it('parses counts, yes/no, positive/negative and PNC IDs', () => {
    expect(parseCount('180')).toEqual({ ok: true, value: 180 });
    expect(parseCount('-1').ok).toBe(false);
    expect(parseCount('1.5').ok).toBe(false);
    expect(parseYesNo('Yes')).toEqual({ ok: true, value: true });
    expect(parseYesNo('n')).toEqual({ ok: true, value: false });
    expect(parseYesNo('maybe')).toEqual({ ok: false, reason: 'maybe is not yes or no' });
    expect(parsePositiveNegative('NEG')).toEqual({ ok: true, value: false });
    expect(parsePncId('2001/0123456a')).toEqual({ ok: true, value: '2001/0123456A' });
    expect(parsePncId('01/123Z')).toEqual({ ok: true, value: '01/123Z' });
    expect(parsePncId('12345').ok).toBe(false);
  });

  it('maps enumerations, keeping unknown text under a fallback or refusing it', () => {
    const spec = { values: ['custody', 'other'] as const, aliases: { prison: 'custody' as const }, fallback: 'other' as const };
    expect(parseEnum(spec, 'Prison')).toEqual({ ok: true, value: 'custody' });
    expect(parseEnum(spec, 'tagged curfew')).toEqual({ ok: true, value: 'other' });
    expect(parseEnum({ values: ['remand', 'sentenced'] as const }, 'bail')).toEqual({ ok: false, reason: 'bail is not one of remand, sentenced' });
  });

  it('normalises Home Office offence codes written in the usual ways', () => {
    expect(['02801', '028/01', '028.01', '028 01'].map(normaliseOffenceCode)).toEqual(['02801', '02801', '02801', '02801']);
    expect(normaliseOffenceCode('THEFT')).toBeNull();
    expect(normaliseOffenceCode('2801')).toBeNull();
  });

  it('reads spreadsheet cells as text', () => {
    expect(cellText(new Date(Date.UTC(2008, 1, 29)))).toBe('2008-02-29');
    expect(cellText({ richText: [{ text: 'Test' }, { text: 'son' }] })).toBe('Testson');
    expect(cellText({ formula: 'A1', result: 7 })).toBe('7');
    expect(cellText(null)).toBe('');
  });
});

describe('rows', () => {
  const spec = KINDS.outcomes;
  const header = mapHeader(spec, ['Person Ref', 'offence_date', 'outcome_date', 'outcome', 'offence_code', 'extra']);

  it('maps a header whatever its case and spacing, and lists the columns it ignores', () => {
    expect(header.missing).toEqual([]);
    expect(header.ignored).toEqual(['extra']);
    expect(mapHeader(spec, ['offence_date']).missing).toEqual(['person_ref', 'outcome_date', 'outcome', 'offence_code']);
    expect(mapHeader(spec, ['pnc_id', 'offence_date', 'outcome_date', 'outcome', 'offence_code']).missing).toEqual([]);
  });

  it('gives staging values in staging column order', () => {
    const r = validateRow(spec, header, ['P1', '2008-01-01', '2008-02-01', 'Convicted', '028/01', 'x']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cols = stagingColumns(spec).map(([n]) => n);
    const named = Object.fromEntries(cols.map((c, i) => [c, r.values[i]]));
    expect(named).toMatchObject({ person_ref: 'P1', outcome: 'conviction', outcome_raw: 'Convicted', offence_code_raw: '028/01', offence_code_norm: '02801', disposal: null, pnc_id: null });
  });

  it('reports every problem of a row, each with its field', () => {
    const r = validateRow(spec, header, ['', '2008-02-30', '', 'verdict', '']);
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: 'offence_date', value: '2008-02-30', reason: '2008-02-30 is not a date' },
        { field: 'outcome_date', value: '', reason: 'is required but empty' },
        { field: 'outcome', value: 'verdict', reason: 'verdict is not one of conviction, caution' },
        { field: 'offence_code', value: '', reason: 'is required but empty' },
      ],
    });
    const noPerson = validateRow(spec, header, ['', '2008-01-01', '2008-02-01', 'caution', '02801']);
    expect(noPerson).toEqual({ ok: false, problems: [{ field: 'person_ref', value: '', reason: 'is empty, and there is no pnc_id either' }] });
  });

  it('checks that a period ends after it starts', () => {
    const c = KINDS.custody;
    const h = mapHeader(c, ['person_ref', 'reception_date', 'kind', 'release_date']);
    expect(validateRow(c, h, ['P1', '2008-02-01', 'remand', '2008-02-01'])).toMatchObject({ ok: false, problems: [{ field: 'release_date' }] });
    expect(validateRow(c, h, ['P1', '2008-02-01', 'remand', '2008-02-02']).ok).toBe(true);
  });

  it('never throws on arbitrary cells', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 12 }), (cells) => {
        for (const k of Object.values(KINDS)) validateRow(k, mapHeader(k, k.fields.map((f) => f.name)), cells);
      }),
    );
  });
});

describe('messages and files', () => {
  it('names file, row and field in plain words', () => {
    expect(errorMessage('outcomes.csv', 812, 'offence_date', '2008-02-30 is not a date')).toBe('outcomes.csv row 812, offence_date: 2008-02-30 is not a date');
    expect(errorMessage('people.csv', 3, 'sex', 'is required but empty')).toBe('people.csv row 3, sex is required but empty');
    expect(defaultErrorPath('/data/in/outcomes.csv')).toBe('/data/in/outcomes.errors.csv');
  });

  it('neutralises only cells a spreadsheet would run', () => {
    expect(['=1+1', '+44', '-x', '@SUM', 'plain', '2008-01-01', ''].map(neutralise)).toEqual(["'=1+1", "'+44", "'-x", "'@SUM", 'plain', '2008-01-01', '']);
  });
});
