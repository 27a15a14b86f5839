import { describe, expect, it } from 'vitest';
import { lastActivity, requireRetentionYears, retentionCutoff, retentionStatus, yearOnly, DEFAULT_RETENTION_YEARS } from '../../../src/retention/rules.js';
import type { IsoDate } from '../../../src/db/schema.js';

const d = (s: string) => s as IsoDate;

describe('retention rules', () => {
  it('takes the newest activity date, ignoring missing ones', () => {
    expect(lastActivity([d('2008-01-01'), null, d('2010-05-05'), undefined, d('2009-12-31')])).toBe('2010-05-05');
    expect(lastActivity([])).toBeNull();
  });

  it('brings a record up for review the period after its last activity, or when a keep ends', () => {
    expect(DEFAULT_RETENTION_YEARS).toBe(6);
    expect(retentionCutoff(d('2017-02-01'), 6)).toBe('2011-02-01');
    expect(retentionStatus({ lastActivity: d('2011-02-01'), asOf: d('2017-01-31'), years: 6 })).toEqual({ due: false, dueOn: '2017-02-01' });
    expect(retentionStatus({ lastActivity: d('2011-02-01'), asOf: d('2017-02-01'), years: 6 })).toEqual({ due: true, dueOn: '2017-02-01' });
    expect(retentionStatus({ lastActivity: d('2011-02-01'), asOf: d('2018-01-01'), years: 6, keptUntil: d('2019-01-01') })).toEqual({ due: false, dueOn: '2019-01-01' });
    // 29 February: the period ends on 28 February in a common year.
    expect(retentionStatus({ lastActivity: d('2012-02-29'), asOf: d('2018-02-28'), years: 6 }).dueOn).toBe('2018-02-28');
  });

  it('accepts a period of 1 to 100 whole years', () => {
    expect(requireRetentionYears('7')).toBe(7);
    for (const bad of ['0', '101', '2.5', 'ten', '', null]) expect(() => requireRetentionYears(bad)).toThrow(/from 1 to 100/);
  });

  it('reduces a date of birth to its year', () => {
    expect(yearOnly(d('1984-11-23'))).toBe('1984-07-01');
  });
});
