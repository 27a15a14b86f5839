// The home page's attention cards ask the panel's rules: due for release and
// the two-year review read as the agenda and the review read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, type PartnershipFixture } from '../../support/fixtures.js';
import { addPerson, createScheme } from '../selection/support.js';
import { attention, type AttentionCard } from '../../../src/panel/attention.js';
import { recordDecision } from '../../../src/panel/decisions.js';

const asOf = '2010-06-30';
let t: TestDatabase;
let f: PartnershipFixture;
let cards: Record<string, AttentionCard>;
const notes = (id: string) => Object.fromEntries(cards[id]!.people.map((p) => [p.name.split(', ')[1], p.note]));

beforeAll(async () => {
  t = await testDatabase();
  f = await createPartnership(t.db);
  const scheme = await createScheme(t.db, f, 'PPO', 20);
  const member = (start: string) => ({ schemeId: scheme.id, start, tierId: scheme.tiers.high });
  const add = (ref: string, spec: Omit<Parameters<typeof addPerson>[2], 'ref'>) => addPerson(t.db, f, { ref, ...spec });
  await add('RELEASED', { custody: { reception: '2010-03-01', release: '2010-06-20' }, memberSince: member('2010-01-01') });
  await add('OUTSIDER', { custody: { reception: '2010-03-01', release: '2010-06-21' } });
  await add('DUE', { custody: { reception: '2010-02-01', expected: '2010-08-15' }, memberSince: member('2010-01-01') });
  await add('LATER', { custody: { reception: '2010-02-01', expected: '2010-12-31' }, memberSince: member('2010-01-01') });
  await add('TODAY', { custody: { reception: '2010-02-01', expected: asOf }, memberSince: member('2010-01-01') });
  // No expected date recorded: half the 300-day sentence, 2010-07-29.
  await add('ESTIMATED', { custody: { reception: '2010-03-01', sentenceDays: 300 }, memberSince: member('2010-01-01') });
  await add('VETERAN', { memberSince: member('2008-06-01') });
  await add('RECENT', { memberSince: member('2009-06-01') });
  // A tier move in 2009 continues the same stretch on the scheme.
  const tiered = await add('TIERED', { memberSince: member('2008-05-01') });
  await t.db.updateTable('memberships').set({ end_date: '2009-03-01', end_reason: 'other', end_reason_raw: 'tier move' }).where('person_id', '=', tiered).execute();
  await t.db.insertInto('memberships').values({ partnership_id: f.partnershipId, person_id: tiered, scheme_id: scheme.id, tier_id: scheme.tiers.medium, start_date: '2009-03-01' }).execute();
  // Reviewed by the panel after the anniversary (2010-01-01): the review is done.
  await add('REVIEWED', { memberSince: member('2008-01-01') });
  await recordDecision(t.db, f.operator, { schemeCode: 'PPO', meetingDate: '2010-03-01', personRef: 'REVIEWED', item: 'rule:two_years_on_scheme', decision: 'reject', action: 'none', reason: 'Still active.' });
  cards = Object.fromEntries((await attention(t.db, f.operator, asOf)).map((c) => [c.id, c]));
});
afterAll(async () => {
  await t?.close();
});

describe('the attention cards', () => {
  it('lists members released in the last 28 days', () => {
    expect(cards.released).toMatchObject({ count: 1 });
    expect(notes('released')).toEqual({ RELEASED: 'released 2010-06-20' });
  });

  it('lists members due for release as the agenda does: today included, estimated dates included', () => {
    expect(cards.due).toMatchObject({ count: 3 });
    expect(notes('due')).toEqual({ TODAY: `due ${asOf}`, ESTIMATED: 'due 2010-07-29', DUE: 'due 2010-08-15' });
  });

  it('lists two years on the scheme as the review does: a tier move keeps the stretch, a review since the anniversary clears it', () => {
    expect(cards['two-years']).toMatchObject({ count: 2 });
    expect(notes('two-years')).toEqual({ TIERED: 'PPO since 2008-05-01', VETERAN: 'PPO since 2008-06-01' });
  });
});
