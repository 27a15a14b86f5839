// An import's message in the words of the door that shows it: each door says
// how it stores the good rows, and no door names another's control.
import { describe, expect, it } from 'vitest';
import { importMessage, STORE_GOOD_ROWS } from '../../../src/imports/advice.js';

const refused = { status: 'failed', mode: 'all_or_nothing', rowsRejected: 1, message: '1 of 2 rows of a.csv have problems, so nothing was stored.' } as const;

describe('importMessage', () => {
  it("adds the door's way of storing the good rows to an all-or-nothing import refused for its rows", () => {
    expect(importMessage(refused, STORE_GOOD_ROWS.web)).toBe('1 of 2 rows of a.csv have problems, so nothing was stored. Correct them, or upload the file again and choose “Store the good rows”.');
    expect(importMessage(refused, STORE_GOOD_ROWS.api)).toContain('?partial=true');
    expect(importMessage(refused, STORE_GOOD_ROWS.cli)).toContain('--partial');
  });

  it('replaces the CLI option an older record named, whichever door shows it', () => {
    const old = { ...refused, message: `${refused.message} Correct them, or import with --partial to store the good rows.` };
    expect(importMessage(old, STORE_GOOD_ROWS.api)).toBe(`${refused.message} Correct them, or ${STORE_GOOD_ROWS.api}.`);
    expect(importMessage(old, STORE_GOOD_ROWS.web)).not.toContain('--partial');
  });

  it('adds nothing to a file refused whole (no header), to a partial import, or to a completed one', () => {
    expect(importMessage({ ...refused, rowsRejected: 0, message: 'a.csv has no person_ref column.' }, STORE_GOOD_ROWS.web)).toBe('a.csv has no person_ref column.');
    expect(importMessage({ ...refused, status: 'completed', mode: 'partial', message: '1 problems in 1 rows; those rows were not stored' }, STORE_GOOD_ROWS.web)).toBe('1 problems in 1 rows; those rows were not stored');
    expect(importMessage({ ...refused, message: null }, STORE_GOOD_ROWS.web)).toBeNull();
  });
});
