// Possible duplicate people (same name and date of birth, different
// identifiers) found by imports, and the decisions on them. A merge is a
// recorded, reversible decision: every row it moves is listed, so an unmerge
// puts each back. Both are logged as combinations (DPA 2018 s.62).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import { appendAudit, auditList } from '../access/audit.js';
import { visiblePeople, visiblePerson } from '../access/need-to-know.js';
import { listMerges, type MergeRecord } from './records.js';
import { requirePermission } from '../access/permissions.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { decodeCursor, limitOf, pageOf, type Page } from '../formats/cursor.js';

/** Tables whose rows belong to one person and move with a merge. */
const PERSON_TABLES = [
  'person_identifiers',
  'addresses',
  'arrests',
  'charges',
  'outcomes',
  'intelligence_reports',
  'drug_tests',
  'required_assessments',
  'breaches',
  'custody_periods',
  'supervision_periods',
  'memberships',
] as const;

export interface DuplicatePerson {
  personId: number;
  personRef: string;
  familyName: string;
  givenNames: string;
  dateOfBirth: string;
  identifiers: { kind: string; value: string }[];
}

export interface PossibleDuplicate {
  id: number;
  reason: string;
  status: 'open' | 'merged' | 'not_duplicate';
  importId: number | null;
  person: DuplicatePerson;
  other: DuplicatePerson;
}

async function describe(db: Kysely<DB>, partnershipId: number, ids: number[]): Promise<Map<number, DuplicatePerson>> {
  const out = new Map<number, DuplicatePerson>();
  if (ids.length === 0) return out;
  const people = await db
    .selectFrom('people')
    .select(['id', 'person_ref', 'family_name', 'given_names', 'date_of_birth'])
    .where('partnership_id', '=', partnershipId)
    .where('id', 'in', ids)
    .execute();
  const idents = await db
    .selectFrom('person_identifiers')
    .select(['person_id', 'kind', 'value'])
    .where('partnership_id', '=', partnershipId)
    .where('person_id', 'in', ids)
    .orderBy('kind')
    .execute();
  for (const p of people) {
    out.set(p.id, {
      personId: p.id,
      personRef: p.person_ref,
      familyName: p.family_name,
      givenNames: p.given_names,
      dateOfBirth: p.date_of_birth,
      identifiers: idents.filter((i) => i.person_id === p.id).map((i) => ({ kind: i.kind, value: i.value })),
    });
  }
  return out;
}

type DuplicateStatus = 'open' | 'merged' | 'not_duplicate';

/**
 * The pairs whose two people the actor may both see (need-to-know.ts). A pair
 * with a restricted person the actor is not named on is left out whole: the
 * other half would say that someone like them is on the register.
 */
async function readPairs(db: Kysely<DB>, actor: Actor, input: { status?: DuplicateStatus; limit?: number; afterId?: number }): Promise<PossibleDuplicate[]> {
  const rows = await db
    .selectFrom('possible_duplicates as d')
    .select(['d.id', 'd.person_id', 'd.other_person_id', 'd.reason', 'd.status', 'd.import_id'])
    .where('d.partnership_id', '=', actor.partnershipId)
    .where('d.status', '=', input.status ?? 'open')
    .where(visiblePerson(actor, 'd.person_id'))
    .where(visiblePerson(actor, 'd.other_person_id'))
    .$if(input.afterId !== undefined, (q) => q.where('d.id', '>', input.afterId!))
    .orderBy('d.id')
    .limit(input.limit ?? 200)
    .execute();
  const people = await describe(db, actor.partnershipId, [...new Set(rows.flatMap((r) => [r.person_id, r.other_person_id]))]);
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    status: r.status,
    importId: r.import_id,
    person: people.get(r.person_id)!,
    other: people.get(r.other_person_id)!,
  }));
}

/** The review list: open possible duplicates (or those with another status), logged as one consultation. */
export async function listPossibleDuplicates(db: Kysely<DB>, actor: Actor, input: { status?: DuplicateStatus; limit?: number } = {}): Promise<PossibleDuplicate[]> {
  requirePermission(actor, 'duplicates:review');
  return db.transaction().execute(async (trx) => {
    const pairs = await readPairs(trx, actor, input);
    await auditList(trx, actor, { what: `possible duplicates (${input.status ?? 'open'})`, personIds: pairs.flatMap((d) => [d.person.personId, d.other.personId]), details: { pairs: pairs.length } });
    return pairs;
  });
}

/** The review list a page at a time (the API), in id order, logged as one consultation naming everyone on the page. */
export async function possibleDuplicatesPage(db: Kysely<DB>, actor: Actor, input: { status?: DuplicateStatus; cursor?: string; limit?: unknown } = {}): Promise<Page<PossibleDuplicate>> {
  requirePermission(actor, 'duplicates:review');
  const limit = limitOf(input.limit);
  const afterId = input.cursor ? Number(decodeCursor(input.cursor, 1)[0]) : undefined;
  if (afterId !== undefined && !Number.isSafeInteger(afterId)) throw new InvalidInputError('The cursor is not one this list gave out: start again from the first page.', { field: 'cursor' });
  return db.transaction().execute(async (trx) => {
    const page = pageOf(await readPairs(trx, actor, { status: input.status, limit: limit + 1, afterId }), limit, (d) => [d.id]);
    await auditList(trx, actor, { what: `possible duplicates (${input.status ?? 'open'})`, personIds: page.items.flatMap((d) => [d.person.personId, d.other.personId]), details: { pairs: page.items.length } });
    return page;
  });
}

/**
 * The review page: the open pairs and the merges that may be undone, read and
 * logged (one entry naming everyone shown) in one transaction.
 */
export async function duplicateReview(db: Kysely<DB>, actor: Actor): Promise<{ pairs: PossibleDuplicate[]; merges: MergeRecord[] }> {
  requirePermission(actor, 'duplicates:review');
  return db.transaction().execute(async (trx) => {
    const pairs = await readPairs(trx, actor, { status: 'open' });
    const merges = await listMerges(trx, actor);
    await auditList(trx, actor, {
      what: 'possible duplicates and merges',
      personIds: [...pairs.flatMap((d) => [d.person.personId, d.other.personId]), ...merges.flatMap((m) => [m.keptPersonId, m.mergedPersonId])],
      details: { pairs: pairs.length, merges: merges.length },
    });
    return { pairs, merges };
  });
}

/** The two people of an open pair the actor may see (for a decision on it); shows nothing, so logs nothing. */
export async function openPossibleDuplicate(db: Kysely<DB>, actor: Actor, duplicateId: number): Promise<{ personId: number; otherPersonId: number }> {
  requirePermission(actor, 'duplicates:review');
  const d = await db
    .selectFrom('possible_duplicates as d')
    .select(['d.person_id', 'd.other_person_id'])
    .where('d.id', '=', duplicateId)
    .where('d.partnership_id', '=', actor.partnershipId)
    .where('d.status', '=', 'open')
    .where(visiblePerson(actor, 'd.person_id'))
    .where(visiblePerson(actor, 'd.other_person_id'))
    .executeTakeFirst();
  if (!d) throw new ConflictError(`There is no open possible duplicate ${duplicateId}.`);
  return { personId: d.person_id, otherPersonId: d.other_person_id };
}

/** Records that two people are not the same (the pair leaves the review list). */
export async function markNotDuplicate(db: Kysely<DB>, actor: Actor, input: { duplicateId: number }, clock: Clock = systemClock): Promise<void> {
  requirePermission(actor, 'duplicates:review');
  await db.transaction().execute(async (trx) => {
    const d = await trx
      .updateTable('possible_duplicates')
      .set({ status: 'not_duplicate', decided_by: actor.userId, decided_at: clock.now() })
      .where('id', '=', input.duplicateId)
      .where('partnership_id', '=', actor.partnershipId)
      .where('status', '=', 'open')
      .where(visiblePerson(actor, 'possible_duplicates.person_id'))
      .where(visiblePerson(actor, 'possible_duplicates.other_person_id'))
      .returning(['person_id', 'other_person_id'])
      .executeTakeFirst();
    if (!d) throw new ConflictError(`There is no open possible duplicate ${input.duplicateId}.`);
    await appendAudit(trx, actor, {
      action: 'alteration',
      personId: d.person_id,
      what: `decided person ${d.person_id} is not the same as person ${d.other_person_id}`,
      details: { duplicateId: input.duplicateId },
    });
  });
}

/**
 * What a merge moved (person_merges.moved_rows), for its undoing: the ids of
 * each table's rows, and under RENUMBERED the outcomes given another key_seq,
 * as pairs of id and the key_seq they had.
 */
type MovedRows = Partial<Record<(typeof PERSON_TABLES)[number] | typeof RENUMBERED, number[]>>;
const RENUMBERED = 'outcomes_key_seq';

/**
 * Moves one person's outcomes to another. The two may have the same
 * conviction on record (that is often why they are one person), and an
 * outcome's natural key is unique (migration 0137): a moved row whose key the
 * kept person has is numbered after the kept person's rows of that key.
 */
async function moveOutcomes(trx: Transaction<DB>, partnershipId: number, fromId: number, toId: number): Promise<{ ids: number[]; renumbered: number[] }> {
  const r = await sql<{ id: string | number; old_seq: number; shift: number }>`
    WITH m AS (
      SELECT o.id, o.key_seq AS old_seq,
             coalesce((SELECT max(k.key_seq) FROM outcomes k WHERE k.person_id = ${toId} AND k.offence_date = o.offence_date
                         AND k.outcome_date = o.outcome_date AND k.offence_code_raw = o.offence_code_raw), 0) AS shift
      FROM outcomes o WHERE o.partnership_id = ${partnershipId} AND o.person_id = ${fromId})
    UPDATE outcomes o SET person_id = ${toId}, key_seq = m.old_seq + m.shift FROM m WHERE o.id = m.id
    RETURNING o.id, m.old_seq, m.shift`.execute(trx);
  const ids: number[] = [];
  const renumbered: number[] = [];
  for (const x of r.rows) {
    ids.push(Number(x.id));
    if (x.shift > 0) renumbered.push(Number(x.id), x.old_seq);
  }
  return { ids, renumbered };
}

export interface MergeInput {
  keepPersonId: number;
  mergePersonId: number;
  reason: string;
}

/** Merges one person into another. Returns the merge's id (for unmergePeople). */
export async function mergePeople(db: Kysely<DB>, actor: Actor, input: MergeInput, clock: Clock = systemClock): Promise<number> {
  requirePermission(actor, 'duplicates:review');
  if (!input.reason.trim()) throw new InvalidInputError('A merge needs a reason.', { field: 'reason' });
  if (input.keepPersonId === input.mergePersonId) throw new InvalidInputError('A person cannot be merged into themselves.', { field: 'mergePersonId' });
  const p = actor.partnershipId;
  try {
    return await db.transaction().execute(async (trx) => {
      const both = await trx
        .selectFrom('people')
        .select(['id', 'person_ref', 'merged_into_id'])
        .where('id', 'in', [input.keepPersonId, input.mergePersonId])
        .where(visiblePeople(actor))
        .forUpdate()
        .execute();
      const keep = both.find((x) => x.id === input.keepPersonId);
      const gone = both.find((x) => x.id === input.mergePersonId);
      if (!keep || !gone) throw new ConflictError('Both people must exist in this partnership, and you must be able to see both.');
      if (keep.merged_into_id || gone.merged_into_id) throw new ConflictError('One of these people has already been merged into someone else.');
      const into = await trx.selectFrom('people').select('id').where('partnership_id', '=', p).where('merged_into_id', '=', gone.id).executeTakeFirst();
      if (into) throw new ConflictError(`Others have been merged into ${gone.person_ref}; unmerge them first, or keep ${gone.person_ref}.`);

      const moved: MovedRows = {};
      for (const table of PERSON_TABLES) {
        if (table === 'outcomes') {
          const r = await moveOutcomes(trx, p, gone.id, keep.id);
          if (r.ids.length) moved.outcomes = r.ids;
          if (r.renumbered.length) moved[RENUMBERED] = r.renumbered;
          continue;
        }
        const r = await sql<{ id: number }>`UPDATE ${sql.raw(table)} SET person_id = ${keep.id}
          WHERE partnership_id = ${p} AND person_id = ${gone.id} RETURNING id`.execute(trx);
        if (r.rows.length) moved[table] = r.rows.map((x) => Number(x.id));
      }
      await trx.updateTable('people').set({ merged_into_id: keep.id, updated_at: clock.now() }).where('id', '=', gone.id).where('partnership_id', '=', p).execute();
      await trx
        .updateTable('possible_duplicates')
        .set({ status: 'merged', decided_by: actor.userId, decided_at: clock.now() })
        .where('partnership_id', '=', p)
        .where('status', '=', 'open')
        .where((eb) =>
          eb.or([
            eb.and([eb('person_id', '=', gone.id), eb('other_person_id', '=', keep.id)]),
            eb.and([eb('person_id', '=', keep.id), eb('other_person_id', '=', gone.id)]),
          ]),
        )
        .execute();
      const rec = await trx
        .insertInto('person_merges')
        .values({
          partnership_id: p,
          kept_person_id: keep.id,
          merged_person_id: gone.id,
          reason: input.reason,
          moved_rows: JSON.stringify(moved),
          merged_by: actor.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, actor, {
        action: 'combination',
        personId: keep.id,
        // Ids, never references or names: the entry outlives an erasure of either.
        personIds: [keep.id, gone.id],
        what: `merged person ${gone.id} into ${keep.id}`,
        justification: input.reason,
        details: { mergeId: rec.id, mergedPersonId: gone.id, moved: Object.fromEntries(PERSON_TABLES.filter((t) => moved[t]).map((t) => [t, moved[t]!.length])) },
      });
      return rec.id;
    });
  } catch (e: any) {
    if (e?.code === '23P01') {
      throw new ConflictError(`These two people have overlapping periods (${e.table ?? 'custody, supervision, membership or address'}); correct them before merging.`);
    }
    // An outcomes import writing to the kept person at the same moment: its
    // rows were not there when the merge numbered the moved ones.
    if (e?.code === '23505' || e?.code === '40P01') {
      throw new ConflictError('An import was adding outcomes to one of these people at the same moment, and nothing was merged. Try the merge again.');
    }
    throw e;
  }
}

/**
 * Decides an open possible duplicate by merging its two people, keeping the
 * one named (either of the pair): the review page's and the API's merge.
 * Returns the merge's id (for unmergePeople).
 */
export async function mergeDuplicate(db: Kysely<DB>, actor: Actor, input: { duplicateId: number; keepPersonId: number; reason: string }, clock: Clock = systemClock): Promise<number> {
  const pair = await openPossibleDuplicate(db, actor, input.duplicateId);
  const keep = input.keepPersonId;
  if (keep !== pair.personId && keep !== pair.otherPersonId) throw new InvalidInputError('Choose which record to keep: one of the pair.', { field: 'keep' });
  const gone = keep === pair.personId ? pair.otherPersonId : pair.personId;
  return mergePeople(db, actor, { keepPersonId: keep, mergePersonId: gone, reason: input.reason.trim() }, clock);
}

/** Undoes a merge: every moved row goes back, and the merged person is separate again. */
export async function unmergePeople(db: Kysely<DB>, actor: Actor, input: { mergeId: number; reason: string }, clock: Clock = systemClock): Promise<void> {
  requirePermission(actor, 'duplicates:review');
  if (!input.reason.trim()) throw new InvalidInputError('Give a reason for undoing the merge.', { field: 'reason' });
  const p = actor.partnershipId;
  await db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('person_merges')
      .selectAll()
      .where('id', '=', input.mergeId)
      .where('partnership_id', '=', p)
      .forUpdate()
      .executeTakeFirst();
    if (!m) throw new ConflictError(`There is no merge ${input.mergeId}.`);
    const seen = await trx.selectFrom('people').select('id').where('id', 'in', [m.kept_person_id, m.merged_person_id]).where(visiblePeople(actor)).execute();
    if (seen.length < 2) throw new ConflictError(`There is no merge ${input.mergeId}.`);
    if (m.unmerged_at) throw new ConflictError(`Merge ${input.mergeId} has already been undone.`);
    const moved = JSON.parse(m.moved_rows) as MovedRows;
    for (const table of PERSON_TABLES) {
      const ids = moved[table] ?? [];
      for (let i = 0; i < ids.length; i += 1000) {
        const chunk = ids.slice(i, i + 1000);
        await sql`UPDATE ${sql.raw(table)} SET person_id = ${m.merged_person_id}
          WHERE partnership_id = ${p} AND person_id = ${m.kept_person_id} AND id IN (${sql.join(chunk)})`.execute(trx);
      }
    }
    // The outcomes the merge renumbered get their own key_seq back. First each
    // takes a number no row has (minus its id), so that giving 2 back to the
    // row now at 3 never meets the row still at 2: the unique key is checked
    // row by row, whatever order the rows are updated in.
    // (Each array is one parameter, however many rows.)
    const renumbered = moved[RENUMBERED] ?? [];
    if (renumbered.length) {
      const ids = renumbered.filter((_, k) => k % 2 === 0);
      const seqs = renumbered.filter((_, k) => k % 2 === 1);
      await sql`UPDATE outcomes SET key_seq = -id WHERE id = ANY(${ids}::bigint[]) AND partnership_id = ${p} AND person_id = ${m.merged_person_id}`.execute(trx);
      await sql`UPDATE outcomes o SET key_seq = r.key_seq
        FROM (SELECT unnest(${ids}::bigint[]) AS id, unnest(${seqs}::integer[]) AS key_seq) r
        WHERE o.id = r.id AND o.partnership_id = ${p} AND o.person_id = ${m.merged_person_id}`.execute(trx);
    }
    await trx.updateTable('people').set({ merged_into_id: null, updated_at: clock.now() }).where('id', '=', m.merged_person_id).where('partnership_id', '=', p).execute();
    await trx.updateTable('person_merges').set({ unmerged_at: clock.now(), unmerged_by: actor.userId }).where('id', '=', m.id).execute();
    await trx
      .updateTable('possible_duplicates')
      .set({ status: 'open', decided_by: null, decided_at: null })
      .where('partnership_id', '=', p)
      .where('status', '=', 'merged')
      .where((eb) =>
        eb.or([
          eb.and([eb('person_id', '=', m.merged_person_id), eb('other_person_id', '=', m.kept_person_id)]),
          eb.and([eb('person_id', '=', m.kept_person_id), eb('other_person_id', '=', m.merged_person_id)]),
        ]),
      )
      .execute();
    await appendAudit(trx, actor, {
      action: 'combination',
      personId: m.merged_person_id,
      personIds: [m.merged_person_id, m.kept_person_id],
      what: `undid merge ${m.id}: person ${m.merged_person_id} is separate from ${m.kept_person_id} again`,
      justification: input.reason,
      details: { mergeId: m.id },
    });
  });
}
