// The data model's own guarantees, on whichever engine this run targets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/db.js';
import { createPartnership, createPerson, type PartnershipFixture } from '../support/fixtures.js';

let t: TestDatabase;
let f: PartnershipFixture;
let schemeId: number;

beforeAll(async () => {
  t = await testDatabase();
  f = await createPartnership(t.db);
  const s = await t.db.insertInto('schemes').values({ partnership_id: f.partnershipId, code: 'PPO', name: 'PPO', capacity: 20 }).returning('id').executeTakeFirstOrThrow();
  schemeId = s.id;
});
afterAll(async () => t?.close());

async function member(personId: number, start: string, end: string | null) {
  return t.db
    .insertInto('memberships')
    .values({ partnership_id: f.partnershipId, person_id: personId, scheme_id: schemeId, start_date: start, end_date: end })
    .execute();
}

describe('memberships', () => {
  it('rejects an overlapping membership of the same scheme', async () => {
    const p = await createPerson(t.db, f, { ref: 'M1' });
    await member(p, '2008-04-01', '2009-04-01');
    await expect(member(p, '2009-03-31', null)).rejects.toMatchObject({ code: '23P01' });
  });

  it('treats spans as half-open: a new span may start on the day the last one ended', async () => {
    const p = await createPerson(t.db, f, { ref: 'M2' });
    await member(p, '2008-04-01', '2009-04-01');
    await member(p, '2009-04-01', null);
    const rows = await t.db.selectFrom('memberships').select(['start_date', 'end_date']).where('person_id', '=', p).orderBy('start_date').execute();
    expect(rows).toEqual([
      { start_date: '2008-04-01', end_date: '2009-04-01' },
      { start_date: '2009-04-01', end_date: null },
    ]);
  });

  it('rejects an open membership overlapping a later one', async () => {
    const p = await createPerson(t.db, f, { ref: 'M3' });
    await member(p, '2010-01-01', null);
    await expect(member(p, '2011-01-01', '2011-02-01')).rejects.toMatchObject({ code: '23P01' });
  });

  it('rejects an empty or reversed span', async () => {
    const p = await createPerson(t.db, f, { ref: 'M4' });
    await expect(member(p, '2010-01-01', '2010-01-01')).rejects.toMatchObject({ code: '23514' });
  });

  it('lets one person be on two schemes at once', async () => {
    const p = await createPerson(t.db, f, { ref: 'M5' });
    const drr = await t.db.insertInto('schemes').values({ partnership_id: f.partnershipId, code: 'DRR', name: 'DRR' }).returning('id').executeTakeFirstOrThrow();
    await member(p, '2010-01-01', null);
    await t.db.insertInto('memberships').values({ partnership_id: f.partnershipId, person_id: p, scheme_id: drr.id, start_date: '2010-02-01' }).execute();
    const n = await t.db.selectFrom('memberships').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', p).executeTakeFirstOrThrow();
    expect(n.n).toBe(2);
  });
});

describe('custody periods', () => {
  it('rejects overlapping custody and allows release-day reception', async () => {
    const p = await createPerson(t.db, f, { ref: 'C1' });
    const base = { partnership_id: f.partnershipId, person_id: p, kind: 'sentenced' as const };
    await t.db.insertInto('custody_periods').values({ ...base, reception_date: '2009-01-01', release_date: '2009-06-01' }).execute();
    await expect(t.db.insertInto('custody_periods').values({ ...base, reception_date: '2009-05-31', release_date: null }).execute()).rejects.toMatchObject({ code: '23P01' });
    await t.db.insertInto('custody_periods').values({ ...base, kind: 'remand', reception_date: '2009-06-01', release_date: '2009-07-01' }).execute();
  });
});

describe('types are the same on both drivers', () => {
  it('returns dates as YYYY-MM-DD strings and counts as numbers', async () => {
    const p = await createPerson(t.db, f, { ref: 'T1', dob: '1990-01-01' });
    const row = await t.db
      .selectFrom('people')
      .select((eb) => ['date_of_birth', eb.fn.countAll<number>().over().as('n')])
      .where('id', '=', p)
      .executeTakeFirstOrThrow();
    expect(row.date_of_birth).toBe('1990-01-01');
    expect(typeof row.n).toBe('number');
  });
});
