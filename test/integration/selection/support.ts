// Builders for selection test data, inserted with Kysely (the import pipeline
// is separate). Each test file builds its own partnership.
import type { Kysely } from 'kysely';
import type { DB } from '../../../src/db/schema.js';
import { createPerson, type PartnershipFixture } from '../../support/fixtures.js';

export async function createScheme(db: Kysely<DB>, f: PartnershipFixture, code: string, capacity: number | null) {
  const s = await db.insertInto('schemes').values({ partnership_id: f.partnershipId, code, name: `${code} scheme`, capacity }).returning('id').executeTakeFirstOrThrow();
  const tiers = await db
    .insertInto('tiers')
    .values([
      { scheme_id: s.id, code: 'high', name: 'High', rank: 1 },
      { scheme_id: s.id, code: 'medium', name: 'Medium', rank: 2 },
    ])
    .returning(['id', 'code'])
    .execute();
  return { id: s.id, tiers: Object.fromEntries(tiers.map((t) => [t.code, t.id])) as Record<string, number> };
}

export interface PersonSpec {
  ref: string;
  dob?: string;
  sex?: 'male' | 'female';
  ethnicity?: string;
  area?: string;
  offences?: [offenceDate: string, outcomeDate: string, code: string | null][];
  arrests?: string[];
  intelligence?: string[];
  positiveTests?: string[];
  custody?: { reception: string; release?: string | null; sentenceDays?: number | null; expected?: string | null; kind?: 'sentenced' | 'remand' };
  supervision?: { start: string; end?: string | null; statutory: boolean };
  memberSince?: { schemeId: number; start: string; tierId?: number };
  dateOfDeath?: string;
}

export async function addPerson(db: Kysely<DB>, f: PartnershipFixture, s: PersonSpec): Promise<number> {
  const id = await createPerson(db, f, { ref: s.ref, dob: s.dob ?? '1985-05-05', sex: s.sex ?? 'male', ethnicity: s.ethnicity });
  const base = { partnership_id: f.partnershipId, person_id: id };
  if (s.dateOfDeath) await db.updateTable('people').set({ date_of_death: s.dateOfDeath }).where('id', '=', id).execute();
  await db.insertInto('addresses').values({ ...base, from_date: '2000-01-01', area_code: s.area ?? 'E06000001' }).execute();
  if (s.offences?.length)
    await db
      .insertInto('outcomes')
      .values(s.offences.map(([od, oc, code]) => ({ ...base, offence_date: od, outcome_date: oc, outcome: 'conviction' as const, offence_code: code, offence_code_raw: code ?? 'X' })))
      .execute();
  if (s.arrests?.length) await db.insertInto('arrests').values(s.arrests.map((d) => ({ ...base, arrest_date: d }))).execute();
  if (s.intelligence?.length) await db.insertInto('intelligence_reports').values(s.intelligence.map((d) => ({ ...base, report_date: d }))).execute();
  if (s.positiveTests?.length) await db.insertInto('drug_tests').values(s.positiveTests.map((d) => ({ ...base, test_date: d, opiates: true, cocaine: false }))).execute();
  if (s.custody)
    await db
      .insertInto('custody_periods')
      .values({
        ...base,
        kind: s.custody.kind ?? 'sentenced',
        reception_date: s.custody.reception,
        release_date: s.custody.release ?? null,
        sentence_days: s.custody.sentenceDays ?? null,
        expected_release_date: s.custody.expected ?? null,
      })
      .execute();
  if (s.supervision)
    await db
      .insertInto('supervision_periods')
      .values({ ...base, kind: 'licence', statutory: s.supervision.statutory, start_date: s.supervision.start, end_date: s.supervision.end ?? null })
      .execute();
  if (s.memberSince)
    await db
      .insertInto('memberships')
      .values({ ...base, scheme_id: s.memberSince.schemeId, start_date: s.memberSince.start, tier_id: s.memberSince.tierId ?? null })
      .execute();
  return id;
}
