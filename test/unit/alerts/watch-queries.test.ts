// The watch-list searches' parameters: only "offending by offence type" takes
// one, a Home Office group (3 digits) or code (5 digits); names are required.
import { describe, expect, it } from 'vitest';
import { describeWatch, requireWatchName, requireWatchQuery, watchParams } from '../../../src/alerts/watch-queries.js';

describe('watch-list searches', () => {
  it('takes an offence group or code for offending by type, and refuses anything else', () => {
    expect(watchParams('offending_by_type', { offence: ' 028 ' })).toEqual({ offence: '028' });
    expect(watchParams('offending_by_type', { offence: '02800' })).toEqual({ offence: '02800' });
    for (const bad of ['', '28', '0280', '028000', 'abc']) expect(() => watchParams('offending_by_type', { offence: bad })).toThrow(/offence group \(3 digits/);
    expect(watchParams('released_recently', {})).toEqual({});
    expect(() => watchParams('released_recently', { offence: '028' })).toThrow(/Only "Members offending in the last 3 months, by offence type" takes/);
  });

  it('names the four searches and refuses another', () => {
    expect(requireWatchQuery('convicted_this_month')).toBe('convicted_this_month');
    expect(() => requireWatchQuery('everyone')).toThrow('The search must be one of released_recently, convicted_this_month, offending_outside_areas, offending_by_type, not "everyone".');
    expect(describeWatch('offending_by_type', { offence: '028' })).toBe('Members offending in the last 3 months, by offence type: 028');
  });

  it('needs a name of at most 100 characters', () => {
    expect(requireWatchName('  Released  ')).toBe('Released');
    expect(() => requireWatchName(' ')).toThrow('Enter a name for the watch list.');
    expect(() => requireWatchName('x'.repeat(101))).toThrow('100 characters or fewer');
  });
});
