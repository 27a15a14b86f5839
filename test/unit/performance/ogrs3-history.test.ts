import { describe, expect, it } from 'vitest';
import { ogrs3 } from '../../../src/performance/ogrs3.js';
import { ogrs3CategoryFor, ogrs3ForPerson, parseOgrs3Record, scoreOgrs3Records, summariseSanctions } from '../../../src/performance/ogrs3-history.js';

describe('OGRS3 offence category', () => {
  it('uses the code, then its group, then other with a note', () => {
    expect(ogrs3CategoryFor('03401', 'robbery', 'robbery')).toEqual({ category: 'robbery', source: 'offence_code', note: null });
    expect(ogrs3CategoryFor('03499', null, 'robbery')).toMatchObject({ category: 'robbery', source: 'offence_group' });
    const coarse = ogrs3CategoryFor('00800', 'needs_exact_offence', null);
    expect(coarse).toMatchObject({ category: 'other', source: 'fallback_other' });
    expect(coarse.note).toMatch(/too coarse/);
    expect(ogrs3CategoryFor(null, null, null).note).toMatch(/not recognised/);
  });
});

describe('OGRS3 from a history', () => {
  const rows = [
    { outcomeDate: '2001-09-10', outcome: 'caution' as const, offenceCode: '04600' },
    { outcomeDate: '2005-03-01', outcome: 'conviction' as const, offenceCode: '04600' },
    { outcomeDate: '2005-03-01', outcome: 'conviction' as const, offenceCode: '03401', gravity: 8 },
    { outcomeDate: '2005-03-01', outcome: 'conviction' as const, offenceCode: '05800', gravity: 2 },
    { outcomeDate: '2010-01-01', outcome: 'conviction' as const, offenceCode: '02800' },
  ];

  it('counts sanction occasions by outcome date and picks the gravest offence of the latest', () => {
    expect(summariseSanctions(rows, '2009-12-31')).toEqual({ occasions: 2, firstSanctionDate: '2001-09-10', lastSanctionDate: '2005-03-01', principalOffenceCode: '03401' });
    expect(summariseSanctions(rows, '2010-01-01').occasions).toBe(3);
    expect(summariseSanctions(rows, '2000-01-01').occasions).toBe(0);
  });

  it('scores as of a date with the latest sanction as the current one', () => {
    const s = summariseSanctions(rows, '2009-12-31');
    const r = ogrs3ForPerson({ sex: 'male', dateOfBirth: '1985-01-18', asOf: '2009-12-31', sanctions: s, category: ogrs3CategoryFor('03401', 'robbery', null) });
    expect(r.inputs).toEqual({
      sex: 'male', birthDate: '1985-01-18', convictionDate: '2005-03-01', firstSanctionDate: '2001-09-10', atRiskDate: '2009-12-31', previousSanctions: 1, offenceCategory: 'robbery',
    });
    expect(r.result).toEqual(ogrs3(r.inputs!));
    expect(r.notes).toEqual([]);
  });

  it('has no score without a sanction, and says why', () => {
    const r = ogrs3ForPerson({ sex: 'female', dateOfBirth: '1985-01-18', asOf: '2000-01-01', sanctions: summariseSanctions(rows, '2000-01-01'), category: null });
    expect(r.result).toBeNull();
    expect(r.notes[0]).toMatch(/no conviction or caution/);
  });
});

describe('OGRS3 records from a file', () => {
  const good = { id: 'T7', sex: 'male', birthDate: '1990-02-01', convictionDate: '2010-01-01', firstSanctionDate: '2008-01-01', atRiskDate: '2010-02-01', previousSanctions: 3, offenceCategory: 'robbery', expected: { oneYear: 0, twoYear: 0 } };

  it('ignores expected and scores the record', () => {
    const [r] = scoreOgrs3Records([good]);
    expect(r!.id).toBe('T7');
    expect(r!.oneYear).toBeGreaterThan(0);
  });

  it('names the record, its index and the field of a bad value', () => {
    expect(() => parseOgrs3Record({ ...good, birthDate: '1990-02-30' }, 7)).toThrow('record T7 (index 7), birthDate: "1990-02-30" is not a date');
    expect(() => parseOgrs3Record({ ...good, previousSanctions: -1 }, 2)).toThrow('record T7 (index 2), previousSanctions: -1 is not a whole number of 0 or more');
    expect(() => parseOgrs3Record({ ...good, offenceCategory: 'theft' }, 0)).toThrow(/offenceCategory: "theft" is not an OGRS3 offence category/);
    const { sex: _sex, ...noSex } = good;
    expect(() => parseOgrs3Record(noSex, 0)).toThrow('record T7 (index 0), sex: is missing');
  });
});
