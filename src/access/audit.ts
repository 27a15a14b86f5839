// The audit log of SPEC 3.8 (DPA 2018 s.62): who, when, which person, what, and
// why. Written in the same transaction as the change or view it records. Each
// entry carries an HMAC of its content under the installation's key (kept
// outside the database), and takes no lock: appends never wait on each other.
// The seals that chain the entries, and verify, are in audit-seal.ts.
import { systemClock, type Clock } from '../calendar/clock.js';
import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditAction, DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import { requirePermission } from './permissions.js';
import { requireAuditKey } from './audit-key.js';
import { entryMac, type EntryContent } from './audit-entry.js';
import { anchorAudit, verifyAuditLog, type AuditAnchor, type AuditVerification } from './audit-seal.js';

export interface AuditEntry {
  action: AuditAction;
  personId?: number | null;
  /** Everyone a list showed, by id, so that `audit search --person` finds the list. */
  personIds?: readonly number[] | null;
  what: string;
  justification?: string | null;
  details?: Record<string, unknown> | null;
}

export { entryMac, entryHash, GENESIS_HASH, type EntryContent } from './audit-entry.js';

export interface AuditActor {
  userId: number | null;
  partnershipId: number | null;
  label: string;
}

/**
 * Appends one entry, stamped by the wall clock (never the partnership's data
 * date). Must be called inside the transaction of the change or view it
 * records. The key is the one the database was opened with.
 */
export async function appendAudit(trx: Transaction<DB>, actor: AuditActor | Actor, entry: AuditEntry, clock: Clock = systemClock): Promise<void> {
  const key = requireAuditKey(trx);
  const content: EntryContent = {
    uid: crypto.randomUUID(),
    at: clock.now().toISOString(),
    partnershipId: actor.partnershipId,
    userId: actor.userId,
    action: entry.action,
    personId: entry.personId ?? null,
    personIds: entry.personIds ? [...entry.personIds] : null,
    what: entry.what,
    justification: entry.justification ?? null,
    details: JSON.stringify({ actor: actor.label, ...(entry.details ?? {}) }),
  };
  await trx
    .insertInto('audit_log')
    .values({
      uid: content.uid,
      at: content.at,
      partnership_id: content.partnershipId,
      user_id: content.userId,
      action: content.action as AuditAction,
      person_id: content.personId,
      person_ids: content.personIds ? [...content.personIds] : null,
      what: content.what,
      justification: content.justification,
      details: content.details,
      mac: entryMac(key, content),
    })
    .execute();
}

/**
 * Seals and checks the whole log; returns the id of the first entry that does
 * not verify (0 when what fails is a seal that names no entry), or null.
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<number | null> {
  const r = await verifyAuditLog(db);
  return r.problem ? r.problem.entryId ?? 0 : null;
}

export interface AuditSearch {
  /** Entries about one person, by person reference. */
  person?: string;
  user?: string;
  limit: number;
  /** Only entries older than this one (the API's cursor: a page after the last entry shown). */
  beforeId?: number;
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
  if (input.beforeId !== undefined) q = q.where('a.id', '<', input.beforeId);
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
  list: { what: string; personIds: readonly number[]; details?: Record<string, unknown> | null; justification?: string | null; action?: 'consultation' | 'disclosure' },
  clock?: Clock,
): Promise<void> {
  return appendAudit(trx, actor, { action: list.action ?? 'consultation', what: list.what, personIds: [...new Set(list.personIds)], details: list.details ?? null, justification: list.justification ?? null }, clock);
}

/** Seals and checks the whole log (against an anchor when given), for an actor who may read the audit log. */
export function verifyAudit(db: Kysely<DB>, actor: Actor, opts: { anchor?: AuditAnchor; clock?: Clock } = {}): Promise<AuditVerification> {
  requirePermission(actor, 'audit:search');
  return verifyAuditLog(db, opts);
}

/** Seals, then gives the head of the seals to keep elsewhere, for an actor who may read the audit log. */
export function anchorAuditLog(db: Kysely<DB>, actor: Actor, clock?: Clock): Promise<AuditAnchor> {
  requirePermission(actor, 'audit:search');
  return anchorAudit(db, clock);
}
