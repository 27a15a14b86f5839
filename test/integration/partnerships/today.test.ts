// The partnership's "today" (its data date) against the wall clock: the data
// date wins when set; otherwise the clock's UTC date, whatever the local zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership } from '../../support/fixtures.js';
import { fixedClock } from '../../../src/calendar/clock.js';
import { partnershipToday } from '../../../src/partnerships/service.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe('partnershipToday', () => {
  it('is the data date when the partnership has one, the wall clock\'s UTC date when not', async () => {
    const f = await createPartnership(t.db);
    const lateEvening = fixedClock('2011-03-01T23:30:00-05:00'); // already 2 March in UTC
    expect(await partnershipToday(t.db, f.partnershipId, lateEvening)).toBe('2011-03-02');
    await t.db.updateTable('partnerships').set({ data_as_of: '2010-12-31' }).where('id', '=', f.partnershipId).execute();
    expect(await partnershipToday(t.db, f.partnershipId, lateEvening)).toBe('2010-12-31');
  });
});
