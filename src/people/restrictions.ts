// Restricted records (SPEC 3.8): marking a person restricted, naming the users
// who may see them, and lifting the restriction. One function for each, used
// by the person page, the API, the CLI; every change is audited as an
// alteration that names user ids, never the person's name.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { visiblePeople } from '../access/need-to-know.js';
import { can, requirePermission } from '../access/permissions.js';
import type { Clock } from '../calendar/clock.js';
import type { DB } from '../db/schema.js';
import { InvalidInputError, NotFoundError } from '../errors.js';

/** A person by id (the web page, the API) or by person reference (the CLI). */
export type PersonKey = { id: number } | { ref: string };

export interface Restriction {
  personId: number;
  personRef: string;
  restricted: boolean;
  /** The users who may see the person while restricted, by username. */
  allowed: { userId: number; username: string; displayName: string }[];
}

type Trx = Transaction<DB>;

/** The person, locked for the change; refused unless the actor may see them. */
async function personFor(trx: Trx, actor: Actor, key: PersonKey) {
  let q = trx.selectFrom('people').select(['id', 'person_ref', 'restricted']).select(visiblePeople(actor).as('visible')).where('partnership_id', '=', actor.partnershipId);
  q = 'id' in key ? q.where('id', '=', key.id) : q.where('person_ref', '=', key.ref);
  const p = await q.forUpdate().executeTakeFirst();
  // A restricted person the actor is not named on is answered as no person at
  // all: a different answer would confirm to anyone typing references that
  // the record exists and is restricted.
  if (!p || !p.visible) throw new NotFoundError('id' in key ? 'No such person.' : `No person with reference ${key.ref} in this partnership.`);
  return p;
}

async function allowedOf(trx: Trx | Kysely<DB>, personId: number) {
  return trx
    .selectFrom('person_access as pa')
    .innerJoin('users as u', 'u.id', 'pa.user_id')
    .select(['u.id as userId', 'u.username', 'u.display_name as displayName'])
    .where('pa.person_id', '=', personId)
    .orderBy('u.username')
    .execute();
}

/** Users of the partnership by username; refuses, naming them, any that are unknown. */
async function usersNamed(trx: Trx, actor: Actor, usernames: readonly string[]): Promise<number[]> {
  const wanted = [...new Set(usernames.map((u) => u.trim()).filter(Boolean))];
  if (wanted.length === 0) return [];
  const rows = await trx.selectFrom('users').select(['id', 'username']).where('partnership_id', '=', actor.partnershipId).where('username', 'in', wanted).execute();
  const found = new Set(rows.map((r) => r.username));
  const unknown = wanted.filter((u) => !found.has(u));
  if (unknown.length) {
    throw new InvalidInputError(`No user ${unknown.join(', ')} in this partnership. Name users by their username (see Administration > Users).`, { field: 'allow' });
  }
  return rows.map((r) => r.id);
}

/**
 * Marks the person restricted, so that only the named users see them, or, when
 * they are restricted already, changes the named users to exactly these. The
 * restricting user stays named, so they never lock themselves out.
 */
export async function restrictPerson(db: Kysely<DB>, actor: Actor, key: PersonKey, allowUsernames: readonly string[], clock?: Clock): Promise<Restriction> {
  requirePermission(actor, 'person:restrict');
  return db.transaction().execute(async (trx) => {
    const p = await personFor(trx, actor, key);
    const ids = new Set(await usersNamed(trx, actor, allowUsernames));
    if (actor.userId !== null) ids.add(actor.userId);
    if (ids.size === 0) throw new InvalidInputError('Name at least one user who may see the restricted record.', { field: 'allow' });
    const before = (await allowedOf(trx, p.id)).map((u) => u.userId);
    const added = [...ids].filter((id) => !before.includes(id)).sort((a, b) => a - b);
    const removed = before.filter((id) => !ids.has(id)).sort((a, b) => a - b);
    if (removed.length) await trx.deleteFrom('person_access').where('person_id', '=', p.id).where('user_id', 'in', removed).execute();
    if (added.length) await trx.insertInto('person_access').values(added.map((user_id) => ({ person_id: p.id, user_id }))).execute();
    if (!p.restricted) await trx.updateTable('people').set({ restricted: true, updated_at: sql`now()` }).where('id', '=', p.id).execute();
    if (!p.restricted || added.length || removed.length) {
      await appendAudit(trx, actor, {
        action: 'alteration',
        personId: p.id,
        what: p.restricted ? 'changed the users who may see the restricted record' : 'restricted the record to named users',
        details: { restricted: true, allowedUserIds: [...ids].sort((a, b) => a - b), addedUserIds: added, removedUserIds: removed },
      }, clock);
    }
    return { personId: p.id, personRef: p.person_ref, restricted: true, allowed: await allowedOf(trx, p.id) };
  });
}

/** Lifts the restriction: everyone who may see the partnership's people sees the person again. */
export async function unrestrictPerson(db: Kysely<DB>, actor: Actor, key: PersonKey, clock?: Clock): Promise<Restriction> {
  requirePermission(actor, 'person:restrict');
  return db.transaction().execute(async (trx) => {
    const p = await personFor(trx, actor, key);
    const before = (await allowedOf(trx, p.id)).map((u) => u.userId);
    if (!p.restricted && before.length === 0) return { personId: p.id, personRef: p.person_ref, restricted: false, allowed: [] };
    await trx.deleteFrom('person_access').where('person_id', '=', p.id).execute();
    await trx.updateTable('people').set({ restricted: false, updated_at: sql`now()` }).where('id', '=', p.id).execute();
    await appendAudit(trx, actor, {
      action: 'alteration',
      personId: p.id,
      what: 'lifted the restriction on the record',
      details: { restricted: false, removedUserIds: before },
    }, clock);
    return { personId: p.id, personRef: p.person_ref, restricted: false, allowed: [] };
  });
}

/** Whether the person is restricted and to whom, for an actor who may change it; null for anyone else. */
export async function restrictionOf(db: Kysely<DB>, actor: Actor, key: PersonKey): Promise<Restriction | null> {
  if (!can(actor, 'person:restrict')) return null;
  let q = db.selectFrom('people').select(['id', 'person_ref', 'restricted']).where('partnership_id', '=', actor.partnershipId).where(visiblePeople(actor));
  q = 'id' in key ? q.where('id', '=', key.id) : q.where('person_ref', '=', key.ref);
  const p = await q.executeTakeFirst();
  if (!p) return null;
  return { personId: p.id, personRef: p.person_ref, restricted: p.restricted, allowed: p.restricted ? await allowedOf(db, p.id) : [] };
}

/** Restrictions, with the database and clock bound once. Built by the composition root (src/services.ts). */
export function restrictionService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    restrict: (actor: Actor, key: PersonKey, allowUsernames: readonly string[]) => restrictPerson(db, actor, key, allowUsernames, clock),
    unrestrict: (actor: Actor, key: PersonKey) => unrestrictPerson(db, actor, key, clock),
    of: (actor: Actor, key: PersonKey) => restrictionOf(db, actor, key),
  };
}
