// The offence reference as stored: each partnership's gravity table
// (offence_gravity) and neighbourhood-crime groups, at a version
// (offence_references, migration 0093), and the installation's Home Office
// tables. Selection and performance both read them here.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { DEFAULT_GRAVITY, NEIGHBOURHOOD_CRIME_GROUPS } from './defaults.js';
import type { OffenceGrading, OffenceInfo, OffenceReference } from './reference.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The partnership's gravity table: gravity by 3-digit offence group. */
export async function gravityTable(db: Executor, partnershipId: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('offence_gravity').select(['group_code', 'gravity']).where('partnership_id', '=', partnershipId).execute();
  return new Map(rows.map((r) => [r.group_code, Number(r.gravity)]));
}

/** The partnership's neighbourhood-crime groups. */
export async function neighbourhoodCrimeGroups(db: Executor, partnershipId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('neighbourhood_crime_groups').select('group_code').where('partnership_id', '=', partnershipId).execute();
  return new Set(rows.map((r) => r.group_code));
}

/**
 * Gives a new partnership the default offence reference (defaults.ts) at
 * version 1. Does nothing when it has a reference already, so it is safe to
 * call twice; a gravity already set for a group is kept.
 */
export async function seedOffenceReference(trx: Executor, partnershipId: number): Promise<void> {
  const made = await trx
    .insertInto('offence_references')
    .values({ partnership_id: partnershipId, updated_by_label: 'default' })
    .onConflict((oc) => oc.column('partnership_id').doNothing())
    .returning('version')
    .executeTakeFirst();
  if (!made) return;
  await trx
    .insertInto('offence_gravity')
    .values(Object.entries(DEFAULT_GRAVITY).map(([group_code, gravity]) => ({ partnership_id: partnershipId, group_code, gravity })))
    .onConflict((oc) => oc.columns(['partnership_id', 'group_code']).doNothing())
    .execute();
  await trx
    .insertInto('neighbourhood_crime_groups')
    .values(NEIGHBOURHOOD_CRIME_GROUPS.map((group_code) => ({ partnership_id: partnershipId, group_code })))
    .onConflict((oc) => oc.columns(['partnership_id', 'group_code']).doNothing())
    .execute();
}

/** Records a change to the partnership's reference: its version goes up by one (to 1 when it had none). */
export async function bumpOffenceReference(trx: Transaction<DB>, partnershipId: number, by: string, at: Date): Promise<number> {
  const row = await trx
    .insertInto('offence_references')
    .values({ partnership_id: partnershipId, updated_by_label: by, updated_at: at })
    .onConflict((oc) =>
      oc.column('partnership_id').doUpdateSet((eb) => ({ version: eb('offence_references.version', '+', 1), updated_by_label: by, updated_at: at })),
    )
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

/**
 * The partnership's grading, read once for a selection run or a review. A
 * partnership without a reference yet (made without seedOffenceReference, as
 * tests make them) is given the default first, as a first run saves the
 * default matrix: selection never grades by a table that is not stored.
 */
export async function loadOffenceGrading(db: Executor, partnershipId: number): Promise<OffenceGrading> {
  let ref = await db.selectFrom('offence_references').select('version').where('partnership_id', '=', partnershipId).executeTakeFirst();
  if (!ref) {
    await (db.isTransaction ? seedOffenceReference(db, partnershipId) : db.transaction().execute((trx) => seedOffenceReference(trx, partnershipId)));
    ref = await db.selectFrom('offence_references').select('version').where('partnership_id', '=', partnershipId).executeTakeFirstOrThrow();
  }
  const [gravity, neighbourhoodCrime] = await Promise.all([gravityTable(db, partnershipId), neighbourhoodCrimeGroups(db, partnershipId)]);
  return { version: ref.version, gravity, neighbourhoodCrime };
}

/** The Home Office tables as loaded (OGRS3 category, violent, sexual), and the partnership's grading. */
export async function loadOffenceReference(db: Executor, partnershipId: number): Promise<OffenceReference> {
  const [codes, groups, grading] = await Promise.all([
    db.selectFrom('offence_codes').select(['code', 'ogrs3_category', 'violent']).execute(),
    db.selectFrom('offence_groups').select(['group_code', 'ogrs3_category', 'violent', 'sexual']).execute(),
    loadOffenceGrading(db, partnershipId),
  ]);
  return {
    ...grading,
    codes: new Map<string, OffenceInfo>(codes.map((c) => [c.code, { ogrs3Category: c.ogrs3_category, violent: c.violent, sexual: false }])),
    groups: new Map<string, OffenceInfo>(groups.map((g) => [g.group_code, { ogrs3Category: g.ogrs3_category, violent: g.violent, sexual: g.sexual }])),
  };
}
