// Setting up a partnership (SPEC 3.8, issue 13): the partnership itself with
// its areas and its offence reference, then its areas and agencies. The
// partnership is made by an operator of the installation (there is no
// partnership to act for yet); areas and agencies by its administrators.
import { systemClock, type Clock } from '../calendar/clock.js';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { AgencyKind } from '../glossary.js';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { requirePermission } from '../access/permissions.js';
import { seedOffenceReference } from '../offences/store.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';

export const AGENCY_KINDS: readonly AgencyKind[] = ['police', 'probation', 'prison', 'drug_service', 'youth_offending', 'local_authority', 'housing', 'voluntary'];

export interface NewArea {
  code: string;
  /** Defaults to the code. */
  name?: string;
  /** The code of the area this one lies in (a neighbourhood in a district). */
  parentCode?: string;
}

export interface NewPartnership {
  code: string;
  name: string;
  areas?: NewArea[];
}

/** Who sets up an installation: an operator at the CLI, before any partnership exists. */
export interface InstallationActor {
  label: string;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

function checkCode(code: string, what: string, field = 'code'): string {
  const c = code.trim();
  if (!CODE.test(c)) throw new InvalidInputError(`The ${what} code must be 1 to 32 letters, digits, dashes or underscores, not "${code}".`, { field });
  return c;
}

function checkName(name: string | undefined, what: string, field = 'name'): string {
  const n = (name ?? '').trim();
  if (!n) throw new InvalidInputError(`Enter the ${what}'s name.`, { field });
  if (n.length > 200) throw new InvalidInputError(`The ${what}'s name must be at most 200 characters.`, { field });
  return n;
}

/** Creates a partnership with its areas and its default offence reference. A second with the same code is refused. */
export async function addPartnership(db: Kysely<DB>, by: InstallationActor, input: NewPartnership, clock: Clock = systemClock): Promise<{ partnershipId: number; code: string }> {
  const code = checkCode(input.code, 'partnership');
  const name = checkName(input.name, 'partnership');
  const areas = (input.areas ?? []).map((a) => ({ code: checkCode(a.code, 'area', 'area'), name: a.name?.trim() || a.code.trim(), parentCode: a.parentCode }));
  const seen = new Set<string>();
  for (const a of areas) {
    if (seen.has(a.code)) throw new InvalidInputError(`The area ${a.code} is given twice.`, { field: 'area' });
    seen.add(a.code);
  }
  const taken = await db.selectFrom('partnerships').select('id').where('code', '=', code).executeTakeFirst();
  if (taken) throw new ConflictError(`A partnership with code ${code} exists already.`, { field: 'code' });
  return db.transaction().execute(async (trx) => {
    const p = await trx.insertInto('partnerships').values({ code, name }).returning('id').executeTakeFirstOrThrow();
    for (const a of areas) await insertArea(trx, p.id, a);
    await seedOffenceReference(trx, p.id);
    await appendAudit(trx, { userId: null, partnershipId: p.id, label: by.label }, { action: 'collection', what: `partnership ${code} set up`, details: { name, areas: areas.map((a) => a.code) } }, clock);
    return { partnershipId: p.id, code };
  });
}

async function insertArea(trx: Transaction<DB>, partnershipId: number, a: { code: string; name: string; parentCode?: string }): Promise<void> {
  let parent: number | null = null;
  if (a.parentCode) {
    const row = await trx.selectFrom('areas').select('id').where('partnership_id', '=', partnershipId).where('code', '=', a.parentCode.trim()).executeTakeFirst();
    if (!row) throw new NotFoundError(`No area with code ${a.parentCode} in this partnership to be the parent.`, { field: 'parent' });
    parent = row.id;
  }
  const made = await trx
    .insertInto('areas')
    .values({ partnership_id: partnershipId, code: a.code, name: a.name, parent_area_id: parent })
    .onConflict((oc) => oc.columns(['partnership_id', 'code']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!made) throw new ConflictError(`An area with code ${a.code} exists already in this partnership.`, { field: 'code' });
}

/** Adds an area to the actor's partnership. */
export async function addArea(db: Kysely<DB>, actor: Actor, input: NewArea, clock: Clock = systemClock): Promise<void> {
  requirePermission(actor, 'admin:users');
  const code = checkCode(input.code, 'area');
  const name = checkName(input.name, 'area');
  await db.transaction().execute(async (trx) => {
    await insertArea(trx, actor.partnershipId, { code, name, parentCode: input.parentCode?.trim() || undefined });
    await appendAudit(trx, actor, { action: 'collection', what: `area ${code} added`, details: { name, parent: input.parentCode?.trim() || null } }, clock);
  });
}

export interface NewAgency {
  code: string;
  name: string;
  kind: string;
}

/** Adds an agency to the actor's partnership. */
export async function addAgency(db: Kysely<DB>, actor: Actor, input: NewAgency, clock: Clock = systemClock): Promise<void> {
  requirePermission(actor, 'admin:users');
  const code = checkCode(input.code, 'agency');
  const name = checkName(input.name, 'agency');
  if (!AGENCY_KINDS.includes(input.kind as AgencyKind)) throw new InvalidInputError(`The kind must be one of ${AGENCY_KINDS.join(', ')}, not "${input.kind}".`, { field: 'kind' });
  await db.transaction().execute(async (trx) => {
    const made = await trx
      .insertInto('agencies')
      .values({ partnership_id: actor.partnershipId, code, name, kind: input.kind as AgencyKind })
      .onConflict((oc) => oc.columns(['partnership_id', 'code']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!made) throw new ConflictError(`An agency with code ${code} exists already in this partnership.`, { field: 'code' });
    await appendAudit(trx, actor, { action: 'collection', what: `agency ${code} added`, details: { name, kind: input.kind } }, clock);
  });
}

/** The partnership's areas, with the code of each one's parent. */
export async function listAreas(db: Kysely<DB>, actor: Actor) {
  requirePermission(actor, 'admin:users');
  return db
    .selectFrom('areas as a')
    .leftJoin('areas as p', 'p.id', 'a.parent_area_id')
    .select(['a.code', 'a.name', 'p.code as parentCode'])
    .where('a.partnership_id', '=', actor.partnershipId)
    .orderBy('a.code')
    .execute();
}

/** The partnership's agencies, with how many users each has. */
export async function listAgencies(db: Kysely<DB>, actor: Actor) {
  requirePermission(actor, 'admin:users');
  return db
    .selectFrom('agencies')
    .leftJoin('users', 'users.agency_id', 'agencies.id')
    .select((eb) => ['agencies.code', 'agencies.name', 'agencies.kind', eb.fn.count<number>('users.id').as('users')])
    .where('agencies.partnership_id', '=', actor.partnershipId)
    .groupBy(['agencies.id', 'agencies.code', 'agencies.name', 'agencies.kind'])
    .orderBy('agencies.code')
    .execute();
}

/** The installation's partnerships (for the operator): code and name. */
export async function listPartnerships(db: Kysely<DB>) {
  return db.selectFrom('partnerships').select(['id', 'code', 'name']).orderBy('id').execute();
}
