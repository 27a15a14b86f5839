// The audit log of SPEC 3.8 (DPA 2018 s.62): who, when, which person, what, and
// why. Written in the same transaction as the change or view it records, and
// chained by hashes: each entry's hash covers its content and the previous hash.
import { systemClock, type Clock } from '../calendar/clock.js';
import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditAction, DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import { requirePermission } from './permissions.js';

export interface AuditEntry {
  action: AuditAction;
  personId?: number | null;
  /** Everyone a list showed, by id, so that `audit search --person` finds the list. */
  personIds?: readonly number[] | null;
  what: string;
  justification?: string | null;
  details?: Record<string, unknown> | null;
}

export const GENESIS_HASH = '0'.repeat(64);

export function entryHash(prevHash: string, e: {
  at: string;
  partnershipId: number | null;
  userId: number | null;
  action: string;
  personId: number | null;
  what: string;
  justification: string | null;
  details: string | null;
  personIds?: readonly number[] | null;
}): string {
  const canonical = JSON.stringify([
    ...(e.personIds ? [e.personIds] : []),
    prevHash,
    e.at,
    e.partnershipId,
    e.userId,
    e.action,
    e.personId,
    e.what,
    e.justification,
    e.details,
  ]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

/** Appends one entry. Must be called inside the transaction of the change it records. */
export interface AuditActor {
  userId: number | null;
  partnershipId: number | null;
  label: string;
}

/** Appends an entry, stamped by the wall clock (never the partnership's data date). */
export async function appendAudit(trx: Transaction<DB>, actor: AuditActor | Actor, entry: AuditEntry, clock: Clock = systemClock): Promise<void> {
  // Serialise appends so the chain never forks; held only to commit.
  await sql`SELECT pg_advisory_xact_lock(7305101)`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = clock.now().toISOString();
  const details = JSON.stringify({ actor: actor.label, ...(entry.details ?? {}) });
  const fields = {
    at,
    partnershipId: actor.partnershipId,
    userId: actor.userId,
    action: entry.action,
    personId: entry.personId ?? null,
    what: entry.what,
    justification: entry.justification ?? null,
    details,
    personIds: entry.personIds ? [...entry.personIds] : null,
  };
  await trx
    .insertInto('audit_log')
    .values({
      at,
      partnership_id: fields.partnershipId,
      user_id: fields.userId,
      action: fields.action,
      person_id: fields.personId,
      person_ids: fields.personIds,
      what: fields.what,
      justification: fields.justification,
      details,
      prev_hash: prevHash,
      hash: entryHash(prevHash, fields),
    })
    .execute();
}

/** Checks the whole chain; returns the id of the first entry that does not verify, or null. */
export async function verifyAuditChain(db: Kysely<DB>): Promise<number | null> {
  let prev = GENESIS_HASH;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['id', 'at', 'partnership_id', 'user_id', 'action', 'person_id', 'person_ids', 'what', 'justification', 'details', 'prev_hash', 'hash'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (rows.length === 0) return null;
    for (const r of rows) {
      const expected = entryHash(prev, {
        at: new Date(r.at).toISOString(),
        partnershipId: r.partnership_id,
        userId: r.user_id,
        action: r.action,
        personId: r.person_id,
        what: r.what,
        justification: r.justification,
        details: r.details,
        personIds: r.person_ids ? r.person_ids.map(Number) : null,
      });
      if (r.prev_hash !== prev || r.hash !== expected) return r.id;
      prev = r.hash;
      after = r.id;
    }
  }
}

export interface AuditSearch {
  /** Entries about one person, by person reference. */
  person?: string;
  user?: string;
  limit: number;
}

/** The partnership's audit entries, newest first. The search is itself audited. */
export async function searchAudit(db: Kysely<DB>, actor: Actor, input: AuditSearch) {
  requirePermission(actor, 'audit:search');
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.id', 'a.at', 'a.action', 'a.what', 'a.justification', 'u.username', 'p.person_ref', 'a.details'])
    .where('a.partnership_id', '=', actor.partnershipId)
    .orderBy('a.id', 'desc')
    .limit(input.limit);
  if (input.person) {
    // The entries about the person, and every list that showed them.
    const ref = input.person;
    q = q.where((eb) =>
      eb.or([
        eb('p.person_ref', '=', ref),
        eb.exists(
          eb
            .selectFrom('people as listed')
            .select(sql`1`.as('one'))
            .where('listed.partnership_id', '=', actor.partnershipId)
            .where('listed.person_ref', '=', ref)
            .where(sql<boolean>`listed.id = ANY(a.person_ids)`),
        ),
      ]),
    );
  }
  if (input.user) q = q.where('u.username', '=', input.user);
  const rows = await q.execute();
  await db.transaction().execute((trx) => appendAudit(trx, actor, { action: 'consultation', what: 'searched the audit log', details: { person: input.person ?? null, user: input.user ?? null } }));
  return rows;
}

/**
 * Logs a list of people as one consultation that names everyone it showed.
 * Call it inside the transaction that read the list.
 */
export function auditList(
  trx: Transaction<DB>,
  actor: AuditActor | Actor,
  list: { what: string; personIds: readonly number[]; details?: Record<string, unknown> | null; justification?: string | null },
  clock?: Clock,
): Promise<void> {
  return appendAudit(trx, actor, { action: 'consultation', what: list.what, personIds: [...new Set(list.personIds)], details: list.details ?? null, justification: list.justification ?? null }, clock);
}

/** verifyAuditChain, for an actor who may read the audit log. */
export function verifyAudit(db: Kysely<DB>, actor: Actor): Promise<number | null> {
  requirePermission(actor, 'audit:search');
  return verifyAuditChain(db);
}
