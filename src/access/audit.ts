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
}): string {
  const canonical = JSON.stringify([
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
  };
  await trx
    .insertInto('audit_log')
    .values({
      at,
      partnership_id: fields.partnershipId,
      user_id: fields.userId,
      action: fields.action,
      person_id: fields.personId,
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
      .select(['id', 'at', 'partnership_id', 'user_id', 'action', 'person_id', 'what', 'justification', 'details', 'prev_hash', 'hash'])
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
  if (input.person) q = q.where('p.person_ref', '=', input.person);
  if (input.user) q = q.where('u.username', '=', input.user);
  const rows = await q.execute();
  await db.transaction().execute((trx) => appendAudit(trx, actor, { action: 'consultation', what: 'searched the audit log', details: { person: input.person ?? null, user: input.user ?? null } }));
  return rows;
}

/** verifyAuditChain, for an actor who may read the audit log. */
export function verifyAudit(db: Kysely<DB>, actor: Actor): Promise<number | null> {
  requirePermission(actor, 'audit:search');
  return verifyAuditChain(db);
}
