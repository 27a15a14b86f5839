// What every performance service shares: who may see which figures, reading a
// date input, the scheme a measure is about, the analytic transaction, and
// storing a result with its model version and audit entry.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { visiblePeople } from '../access/need-to-know.js';
import type { DB, PerformanceMeasure } from '../db/schema.js';
import type { IsoDate } from '../calendar/dates.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { requireIsoDate } from '../calendar/dates.js';
import { findScheme } from '../schemes/find.js';
import { readOnReplica, writerOf } from '../db/replica.js';

export type Db = Kysely<DB>;

export const forbidden = (m: string) => new ForbiddenError(m);
export const invalid = (m: string) => new InvalidInputError(m);
export const notFound = (m: string) => new NotFoundError(m);

export function date(field: string, v: string | undefined | null): IsoDate | null {
  if (v === undefined || v === null || v === '') return null;
  return requireIsoDate(v, field, field);
}

export async function scheme(db: Db, actor: Actor, code: string) {
  return findScheme(db, actor.partnershipId, code);
}

/**
 * Runs an analytic read in one transaction (one snapshot), with room to sort
 * and hash in memory. Given the replica (DATABASE_REPLICA_URL), it reads there
 * once the replica has caught up with the primary, and what it records
 * (`record`, and audit entries written through `writerOf(trx)`) goes to the
 * primary in a transaction beside it (src/db/replica.ts).
 */
export async function analytic<T>(db: Db, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return readOnReplica(db, async (trx) => {
    await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
    return fn(trx);
  });
}

export { writerOf };

/**
 * Of these people, the ids the actor may see (need-to-know.ts): a list that
 * names people leaves out a restricted person the actor is not named on.
 */
export async function visibleIds(db: Db | Transaction<DB>, actor: Actor, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('people')
    .select('people.id')
    .where(sql<boolean>`people.id = ANY(${[...new Set(ids)]}::bigint[])`)
    .where(visiblePeople(actor))
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}

export async function record(
  trx: Transaction<DB>,
  actor: Actor,
  r: { measure: PerformanceMeasure; schemeId: number | null; modelVersion: string; inputs: unknown; figures: unknown; what: string; personIds?: number[] },
): Promise<number> {
  // On the primary even when the figures were read from the replica.
  trx = writerOf(trx);
  const row = await trx
    .insertInto('performance_results')
    .values({
      partnership_id: actor.partnershipId,
      measure: r.measure,
      scheme_id: r.schemeId,
      model_version: r.modelVersion,
      inputs: JSON.stringify(r.inputs),
      figures: JSON.stringify(r.figures),
      computed_by: actor.userId,
      computed_by_label: actor.label,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A cohort-wide computation combines many people's records into one figure.
  await appendAudit(trx, actor, {
    action: 'combination',
    what: r.what,
    details: { resultId: row.id, measure: r.measure, modelVersion: r.modelVersion, people: r.personIds?.length, personIds: r.personIds },
  });
  return row.id;
}
