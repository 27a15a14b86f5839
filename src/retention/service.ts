// Retention review (SPEC 3.8): lists the records due for review and applies
// each decision (keep, erase, anonymise) in one transaction with its audit
// entry. Erasure and anonymisation are logged as 'erasure', by id only: the
// audit log keeps its entries and never holds a name. The rules are rules.ts.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import type { Clock } from '../calendar/clock.js';
import { addYears, isIsoDate, requireIsoDate } from '../calendar/dates.js';
import { requirePermission } from '../access/permissions.js';
import { maySee, visiblePeople } from '../access/need-to-know.js';
import { appendAudit, auditList } from '../access/audit.js';
import { partnershipToday } from '../partnerships/service.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import {
  ACTIVITY_SOURCES,
  DEFAULT_KEEP_YEARS,
  requireDecision,
  requireReason,
  requireRetentionYears,
  retentionCutoff,
  retentionStatus,
  yearOnly,
  type RetentionDecision,
} from './rules.js';

export interface DueRecord {
  personId: number;
  personRef: string;
  familyName: string;
  givenNames: string;
  dateOfBirth: IsoDate;
  /** null when it rests on data the viewer may not see (activityWithheld says which). */
  lastActivity: IsoDate | null;
  /** The day the record came up for review; null with lastActivity. */
  dueOn: IsoDate | null;
  /** Why the dates are withheld: the last activity is an intelligence report, drug test or assessment the viewer may not see. */
  activityWithheld: string | null;
  /** The end of the last decision to keep it, if there was one. */
  keptUntil: IsoDate | null;
}

export interface DueList {
  asOf: IsoDate;
  years: number;
  /** Records with no activity after this date are due. */
  cutoff: IsoDate;
  records: DueRecord[];
  /** More are due than the list shows. */
  more: boolean;
}

export interface DecisionInput {
  personRef: string;
  decision: RetentionDecision | string;
  reason: string;
  /** For keep: when to look again (default: a year from today). */
  reviewAfter?: string | undefined;
}

export interface DecisionResult {
  personId: number;
  decision: RetentionDecision;
  /** Keep: the date of the next review. */
  reviewAfter?: IsoDate;
  /** Erase: how many records went (the person and any records merged into them). */
  records?: number;
}

type Executor = Kysely<DB> | Transaction<DB>;

const ACTIVITY_WITHHELD = 'Withheld: the last activity is an intelligence report, drug test or assessment that your agency may not see.';

/**
 * Each person's last activity, as one query: the newest date in every source
 * of ACTIVITY_SOURCES, an open span counting as asOf, and the record's own
 * creation and last change.
 */
function activityQuery(partnershipId: number, asOf: IsoDate, actor: Actor) {
  const parts = ACTIVITY_SOURCES.map((s) => {
    const dates = s.dates.map((d) => `max(${d})::date`);
    if (s.openEnd) dates.push(`max(coalesce(${s.openEnd}, DATE '${asOf}'))::date`);
    // `seen`: whether this actor may see the source (need-to-know.ts).
    const seen = !s.sensitive || maySee(actor, s.sensitive);
    return sql.raw(`SELECT person_id, greatest(${dates.join(', ')}) AS d, ${seen} AS seen FROM ${s.table} WHERE partnership_id = ${partnershipId} GROUP BY person_id`);
  });
  return sql.join(parts, sql` UNION ALL `);
}

async function retentionYears(db: Executor, partnershipId: number): Promise<number> {
  const r = await sql<{ years: number }>`SELECT retention_years AS years FROM partnerships WHERE id = ${partnershipId}`.execute(db);
  return r.rows[0]?.years ?? 6;
}

function dateText(v: unknown): IsoDate {
  if (v instanceof Date) return v.toISOString().slice(0, 10) as IsoDate;
  return String(v).slice(0, 10) as IsoDate;
}

export async function retentionPeriod(db: Kysely<DB>, actor: Actor): Promise<number> {
  requirePermission(actor, 'retention:review');
  return retentionYears(db, actor.partnershipId);
}

export async function setRetentionPeriod(db: Kysely<DB>, actor: Actor, input: { years: unknown }, clock: Clock): Promise<number> {
  requirePermission(actor, 'retention:review');
  const years = requireRetentionYears(input.years);
  await db.transaction().execute(async (trx) => {
    const before = await retentionYears(trx, actor.partnershipId);
    await sql`UPDATE partnerships SET retention_years = ${years} WHERE id = ${actor.partnershipId}`.execute(trx);
    await appendAudit(trx, actor, { action: 'alteration', what: `retention period set to ${years} years`, details: { before, after: years } }, clock);
  });
  return years;
}

/** The records due for review, oldest activity first, as the actor may see them; the list is logged with everyone it shows. */
export async function dueForReview(db: Kysely<DB>, actor: Actor, input: { asOf?: string | undefined; limit?: number | undefined }, clock: Clock): Promise<DueList> {
  requirePermission(actor, 'retention:review');
  const asOf = input.asOf ? requireIsoDate(input.asOf, 'the review date', 'asOf') : await partnershipToday(db, actor.partnershipId, clock);
  const limit = Math.min(Math.max(input.limit ?? 200, 1), 5000);
  return db.transaction().execute(async (trx) => {
    const years = await retentionYears(trx, actor.partnershipId);
    const cutoff = retentionCutoff(asOf, years);
    const rows = await sql<{ id: number; person_ref: string; family_name: string; given_names: string; date_of_birth: unknown; last_activity: unknown; unseen: unknown; kept_until: unknown }>`
      WITH activity AS (
        SELECT person_id, max(d) AS d, max(d) FILTER (WHERE NOT seen) AS unseen FROM (${activityQuery(actor.partnershipId, asOf, actor)}) a GROUP BY person_id
      )
      SELECT pp.id, pp.person_ref, pp.family_name, pp.given_names, pp.date_of_birth,
             greatest(a.d, pp.created_at::date, pp.updated_at::date) AS last_activity,
             a.unseen,
             (SELECT max(k.review_after) FROM retention_keeps k WHERE k.person_id = pp.id) AS kept_until
      FROM people pp LEFT JOIN activity a ON a.person_id = pp.id
      WHERE ${visiblePeople(actor, 'pp')} AND pp.merged_into_id IS NULL AND pp.anonymised_at IS NULL
        AND greatest(a.d, pp.created_at::date, pp.updated_at::date) <= ${cutoff}::date
        AND NOT EXISTS (SELECT 1 FROM retention_keeps k WHERE k.person_id = pp.id AND k.review_after > ${asOf}::date)
      ORDER BY last_activity, pp.id
      LIMIT ${limit + 1}`.execute(trx);
    const records: DueRecord[] = rows.rows.slice(0, limit).map((r) => {
      const lastActivity = dateText(r.last_activity);
      const keptUntil = r.kept_until ? dateText(r.kept_until) : null;
      // The last activity is a report, test or assessment this viewer may not see: its date is withheld.
      if (r.unseen !== null && dateText(r.unseen) === lastActivity) {
        return {
          personId: Number(r.id),
          personRef: r.person_ref,
          familyName: r.family_name,
          givenNames: r.given_names,
          dateOfBirth: dateText(r.date_of_birth),
          lastActivity: null,
          dueOn: null,
          activityWithheld: ACTIVITY_WITHHELD,
          keptUntil,
        };
      }
      return {
        personId: Number(r.id),
        personRef: r.person_ref,
        familyName: r.family_name,
        givenNames: r.given_names,
        dateOfBirth: dateText(r.date_of_birth),
        lastActivity,
        dueOn: retentionStatus({ lastActivity, asOf, years, keptUntil }).dueOn,
        activityWithheld: null,
        keptUntil,
      };
    });
    await auditList(trx, actor, { what: 'records due for retention review', personIds: records.map((r) => r.personId), details: { asOf, years, shown: records.length } }, clock);
    return { asOf, years, cutoff, records, more: rows.rows.length > limit };
  });
}

/**
 * Columns that refer to a person and do not go with the person by a cascade:
 * any column named person_id or *_person_id, and any foreign key to people,
 * found in the catalogue (so a table added later is covered), less those whose
 * foreign key to people cascades (the delete of the person takes those, in the
 * order their own keys need).
 */
async function personColumns(trx: Transaction<DB>): Promise<{ table: string; column: string }[]> {
  const r = await sql<{ table_name: string; column_name: string }>`
    WITH refs AS (
      SELECT c.table_name::text AS table_name, c.column_name::text AS column_name
      FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND (c.column_name = 'person_id' OR c.column_name LIKE '%\\_person\\_id' ESCAPE '\\')
      UNION
      SELECT cl.relname::text, a.attname::text
      FROM pg_constraint k JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
      WHERE k.contype = 'f' AND k.confrelid = 'people'::regclass
    ), cascading AS (
      SELECT cl.relname::text AS table_name, a.attname::text AS column_name
      FROM pg_constraint k JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
      WHERE k.contype = 'f' AND k.confrelid = 'people'::regclass AND k.confdeltype = 'c'
    )
    SELECT table_name, column_name FROM refs EXCEPT SELECT table_name, column_name FROM cascading
    ORDER BY 1, 2`.execute(trx);
  // The audit log keeps its entries (they hold ids only); people goes last, by its key.
  return r.rows.filter((c) => c.table_name !== 'audit_log' && c.table_name !== 'people').map((c) => ({ table: c.table_name, column: c.column_name }));
}

/** The person and every record merged into them (the same person). */
async function recordsOf(trx: Transaction<DB>, personId: number): Promise<number[]> {
  const r = await sql<{ id: number }>`
    WITH RECURSIVE merged AS (
      SELECT id FROM people WHERE id = ${personId}
      UNION SELECT p.id FROM people p JOIN merged m ON p.merged_into_id = m.id
    ) SELECT id FROM merged`.execute(trx);
  return r.rows.map((x) => Number(x.id));
}

async function erase(trx: Transaction<DB>, ids: number[]): Promise<void> {
  const list = sql.join(ids.map((id) => sql`${id}`));
  // Rows that do not go with the person by a cascade go first (merges, frozen
  // cohort lists, tables with no foreign key); then the person, whose delete
  // cascades to the rest.
  for (const c of await personColumns(trx)) {
    await sql`DELETE FROM ${sql.table(c.table)} WHERE ${sql.ref(c.column)} IN (${list})`.execute(trx);
  }
  await sql`DELETE FROM people WHERE id IN (${list})`.execute(trx);
}

async function anonymise(trx: Transaction<DB>, ids: number[]): Promise<void> {
  const list = sql.join(ids.map((id) => sql`${id}`));
  // What identifies the person goes; the events stay, for the figures, with their dates and codes.
  await sql`DELETE FROM person_identifiers WHERE person_id IN (${list})`.execute(trx);
  await sql`DELETE FROM person_aliases WHERE person_id IN (${list})`.execute(trx);
  await sql`DELETE FROM possible_duplicates WHERE person_id IN (${list}) OR other_person_id IN (${list})`.execute(trx);
  await sql`UPDATE addresses SET postcode = NULL WHERE person_id IN (${list})`.execute(trx);
  await sql`UPDATE outcomes SET offence_description = NULL WHERE person_id IN (${list})`.execute(trx);
  await sql`UPDATE intelligence_reports SET topic = NULL WHERE person_id IN (${list})`.execute(trx);
  await sql`UPDATE risk_assessments SET notes = NULL, assessor = NULL WHERE person_id IN (${list})`.execute(trx);
  await sql`UPDATE panel_decisions SET reason = 'anonymised', exit_plan = NULL WHERE person_id IN (${list})`.execute(trx);
  await sql`UPDATE transfers SET summary = '{}', note = NULL, receiver_note = NULL WHERE person_id IN (${list})`.execute(trx);
  for (const id of ids) {
    const dob = await sql<{ date_of_birth: unknown; date_of_death: unknown }>`SELECT date_of_birth, date_of_death FROM people WHERE id = ${id}`.execute(trx);
    const row = dob.rows[0]!;
    await sql`UPDATE people SET person_ref = ${`anonymised-${id}`}, family_name = 'Anonymised', given_names = 'Anonymised',
        date_of_birth = ${yearOnly(dateText(row.date_of_birth))}::date,
        date_of_death = ${row.date_of_death ? `${dateText(row.date_of_death).slice(0, 4)}-12-31` : null}::date,
        postcode = NULL, import_id = NULL, anonymised_at = now(), updated_at = now()
      WHERE id = ${id}`.execute(trx);
  }
}

/** Applies one review decision to a record the actor may see, with its audit entry, in one transaction. */
export async function decide(db: Kysely<DB>, actor: Actor, input: DecisionInput, clock: Clock): Promise<DecisionResult> {
  requirePermission(actor, 'retention:review');
  const decision = requireDecision(input.decision);
  const reason = requireReason(input.reason);
  const ref = typeof input.personRef === 'string' ? input.personRef.trim() : '';
  if (!ref) throw new InvalidInputError('Give the reference of the person.', { field: 'personRef' });
  const today = await partnershipToday(db, actor.partnershipId, clock);
  let reviewAfter: IsoDate | undefined;
  if (decision === 'keep') {
    reviewAfter = input.reviewAfter ? requireIsoDate(input.reviewAfter, 'the next review date', 'reviewAfter') : addYears(today, DEFAULT_KEEP_YEARS);
    if (reviewAfter <= today) throw new InvalidInputError(`The next review must be after ${today}.`, { field: 'reviewAfter' });
  } else if (input.reviewAfter !== undefined && input.reviewAfter !== '' && !isIsoDate(input.reviewAfter)) {
    throw new InvalidInputError('A next review date goes only with a decision to keep.', { field: 'reviewAfter' });
  }
  return db.transaction().execute(async (trx) => {
    const found = await sql<{ id: number; anonymised: boolean; merged: boolean }>`
      SELECT pp.id, pp.anonymised_at IS NOT NULL AS anonymised, pp.merged_into_id IS NOT NULL AS merged
      FROM people pp WHERE pp.person_ref = ${ref} AND ${visiblePeople(actor, 'pp')} FOR UPDATE`.execute(trx);
    const person = found.rows[0];
    if (!person) throw new NotFoundError(`No person with reference ${ref} in this partnership.`, { field: 'personRef' });
    const personId = Number(person.id);
    if (person.merged) throw new InvalidInputError(`${ref} was merged into another record: decide on that record.`, { field: 'personRef' });
    if (person.anonymised && decision !== 'erase') throw new InvalidInputError(`${ref} is already anonymised.`, { field: 'personRef' });
    if (decision === 'keep') {
      await sql`INSERT INTO retention_keeps (partnership_id, person_id, reason, review_after, decided_by)
        VALUES (${actor.partnershipId}, ${personId}, ${reason}, ${reviewAfter!}::date, ${actor.userId})`.execute(trx);
      await appendAudit(trx, actor, { action: 'alteration', personId, what: 'retention review: record kept', justification: reason, details: { decision, reviewAfter } }, clock);
      return { personId, decision, reviewAfter: reviewAfter! };
    }
    const ids = await recordsOf(trx, personId);
    if (decision === 'erase') await erase(trx, ids);
    else await anonymise(trx, ids);
    await appendAudit(
      trx,
      actor,
      {
        action: 'erasure',
        personId,
        personIds: ids.length > 1 ? ids : null,
        what: decision === 'erase' ? 'retention review: record erased' : 'retention review: record anonymised',
        justification: reason,
        details: { decision, records: ids.length },
      },
      clock,
    );
    return { personId, decision, records: ids.length };
  });
}

/** The retention review, for the three doors. Built once by the composition root (src/services.ts). */
export function retentionService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    period: (actor: Actor) => retentionPeriod(db, actor),
    setPeriod: (actor: Actor, input: { years: unknown }) => setRetentionPeriod(db, actor, input, clock),
    due: (actor: Actor, input: { asOf?: string | undefined; limit?: number | undefined } = {}) => dueForReview(db, actor, input, clock),
    decide: (actor: Actor, input: DecisionInput) => decide(db, actor, input, clock),
  };
}
