// OGRS3 against the 250 published cases, read in place from ../shared.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ogrs3, ogrs3Band, type Ogrs3Input } from '../../../src/performance/ogrs3.js';
import { wholeYears } from '../../../src/calendar/dates.js';

const cases = JSON.parse(fs.readFileSync('../shared/reference/ogrs3/cases.json', 'utf8')) as (Ogrs3Input & {
  id: string;
  expected: { oneYear: number; twoYear: number };
})[];

describe('OGRS3', () => {
  it('has all 250 published cases to check', () => {
    expect(cases).toHaveLength(250);
  });

  it.each(cases.map((c) => [c.id, c] as const))('reproduces published case %s within 1e-12', (_id, c) => {
    const r = ogrs3(c);
    expect(Math.abs(r.oneYear - c.expected.oneYear)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(r.twoYear - c.expected.twoYear)).toBeLessThanOrEqual(1e-12);
  });

  it('counts whole years birthday-aware', () => {
    expect(wholeYears('1990-06-15', '2008-06-14')).toBe(17);
    expect(wholeYears('1990-06-15', '2008-06-15')).toBe(18);
    // The month decides before the day; a 29 February birthday comes round on 1 March.
    expect(wholeYears('1990-12-31', '2009-01-01')).toBe(18);
    expect(wholeYears('1990-01-31', '2008-02-01')).toBe(18);
    expect(wholeYears('1992-02-29', '2009-02-28')).toBe(16);
    expect(wholeYears('1992-02-29', '2009-03-01')).toBe(17);
  });

  it('bands the two-year probability at 50, 75 and 90 per cent', () => {
    expect(ogrs3Band(0.4999)).toBe('low');
    expect(ogrs3Band(0.5)).toBe('medium');
    expect(ogrs3Band(0.75)).toBe('high');
    expect(ogrs3Band(0.9)).toBe('very high');
  });
});
