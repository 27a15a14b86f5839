// Loads PersonHistory records for a set of people with one query per table,
// for the de-selection rules (members only, so a few thousand at most) and for
// explaining one person's score event by event.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { PersonHistory } from '../people/history.js';

type Executor = Kysely<DB> | Transaction<DB>;

export async function loadHistories(db: Executor, partnershipId: number, personIds: readonly number[]): Promise<Map<number, PersonHistory>> {
  const out = new Map<number, PersonHistory>();
  if (personIds.length === 0) return out;
  const ids = [...personIds];
  const people = await db
    .selectFrom('people')
    .select(['id', 'person_ref', 'date_of_birth', 'sex', 'ethnicity', 'date_of_death'])
    .where('partnership_id', '=', partnershipId)
    .where(sql<boolean>`id = ANY(${ids}::bigint[])`)
    .execute();
  for (const p of people) {
    out.set(p.id, {
      personId: p.id,
      personRef: p.person_ref,
      dateOfBirth: p.date_of_birth,
      sex: p.sex,
      ethnicity: p.ethnicity,
      dateOfDeath: p.date_of_death,
      outcomes: [],
      arrests: [],
      intelligence: [],
      drugTests: [],
      custody: [],
      supervision: [],
      addresses: [],
      memberships: [],
    });
  }
  const h = (id: number) => out.get(id);
  const [outcomes, arrests, intel, tests, custody, supervision, addresses, memberships] = await Promise.all([
    db.selectFrom('outcomes').select(['person_id', 'offence_date', 'outcome_date', 'outcome', 'offence_code', 'disposal', 'sentence_days'])
      .where('partnership_id', '=', partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).orderBy('offence_date').orderBy('id').execute(),
    db.selectFrom('arrests').select(['person_id', 'arrest_date', 'offence_code', 'outcome'])
      .where('partnership_id', '=', partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).orderBy('arrest_date').orderBy('id').execute(),
    db.selectFrom('intelligence_reports').select(['person_id', 'report_date', 'grading'])
      .where('partnership_id', '=', partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).orderBy('report_date').orderBy('id').execute(),
    db.selectFrom('drug_tests').select(['person_id', 'test_date', 'opiates', 'cocaine'])
      .where('partnership_id', '=', partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).orderBy('test_date').orderBy('id').execute(),
    db.selectFrom('custody_periods').select(['person_id', 'kind', 'reception_date', 'release_date', 'sentence_days', 'expected_release_date'])
      .where('partnership_id', '=', partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).orderBy('reception_date').execute(),
    db.selectFrom('supervision_periods').select(['person_id', 'kind', 'statutory', 'start_date', 'end_date'])
      .where('partnership_id', '=', partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).orderBy('start_date').execute(),
    db.selectFrom('addresses').select(['person_id', 'from_date', 'to_date', 'area_code'])
      .where('partnership_id', '=', partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).orderBy('from_date').execute(),
    db.selectFrom('memberships').innerJoin('schemes', 'schemes.id', 'memberships.scheme_id').leftJoin('tiers', 'tiers.id', 'memberships.tier_id')
      .select(['memberships.person_id', 'schemes.code as scheme_code', 'tiers.code as tier_code', 'memberships.start_date', 'memberships.end_date', 'memberships.end_reason'])
      .where('memberships.partnership_id', '=', partnershipId).where(sql<boolean>`memberships.person_id = ANY(${ids}::bigint[])`).orderBy('memberships.start_date').execute(),
  ]);
  for (const r of outcomes)
    h(r.person_id)?.outcomes.push({ offenceDate: r.offence_date, outcomeDate: r.outcome_date, outcome: r.outcome, offenceCode: r.offence_code, disposal: r.disposal, sentenceDays: r.sentence_days });
  for (const r of arrests) h(r.person_id)?.arrests.push({ arrestDate: r.arrest_date, offenceCode: r.offence_code, outcome: r.outcome });
  for (const r of intel) h(r.person_id)?.intelligence.push({ reportDate: r.report_date, grading: r.grading });
  for (const r of tests) h(r.person_id)?.drugTests.push({ testDate: r.test_date, opiates: r.opiates, cocaine: r.cocaine });
  for (const r of custody)
    h(r.person_id)?.custody.push({ kind: r.kind, receptionDate: r.reception_date, releaseDate: r.release_date, sentenceDays: r.sentence_days, expectedReleaseDate: r.expected_release_date });
  for (const r of supervision) h(r.person_id)?.supervision.push({ kind: r.kind, statutory: r.statutory, startDate: r.start_date, endDate: r.end_date });
  for (const r of addresses) h(r.person_id)?.addresses.push({ fromDate: r.from_date, toDate: r.to_date, areaCode: r.area_code });
  for (const r of memberships)
    h(r.person_id)?.memberships.push({ schemeCode: r.scheme_code, tierCode: r.tier_code, startDate: r.start_date, endDate: r.end_date, endReason: r.end_reason });
  return out;
}
