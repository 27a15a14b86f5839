// Who may do what with selection, reviews and panels. The services throw the
// one error family of src/errors.ts, which each door maps to its answer.
import type { Actor } from '../access/actor.js';
import type { Kysely, Transaction } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { isIsoDate } from '../calendar/dates.js';

/** Scheme managers and administrators decide and edit matrices. */
export function assertCanDecide(actor: Actor): void {
  if (actor.role !== 'scheme_manager' && actor.role !== 'administrator') {
    throw new ForbiddenError('Only a scheme manager or an administrator can change a matrix or record panel decisions.');
  }
}

/** Analysts may also run the matrix. */
export function assertCanRun(actor: Actor): void {
  if (actor.role !== 'scheme_manager' && actor.role !== 'administrator' && actor.role !== 'analyst') {
    throw new ForbiddenError('Only a scheme manager, an analyst or an administrator can run the selection matrix.');
  }
}

/** Everyone but board members may read runs, reviews and agendas (they name people). */
export function assertCanReadPeople(actor: Actor): void {
  if (actor.role === 'board_member') throw new ForbiddenError('Board members see aggregates only, never a person.');
}

/** Intelligence is visible to police roles only (SPEC 3.8); the CLI operator is the installation's administrator. */
export function seesIntelligence(actor: Actor): boolean {
  return actor.agencyKind === 'police' || actor.userId === null;
}

export function assertDate(value: string, what: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidInputError(`${what} must be a date as YYYY-MM-DD, not "${value}".`);
  return value;
}

type Executor = Kysely<DB> | Transaction<DB>;

export interface SchemeInfo {
  id: number;
  code: string;
  name: string;
  capacity: number | null;
  /** The scheme's areas with their neighbourhoods; the partnership's when none are set. */
  areaCodes: string[];
}

export async function findScheme(db: Executor, partnershipId: number, code: string): Promise<SchemeInfo> {
  const s = await db
    .selectFrom('schemes')
    .select(['id', 'code', 'name', 'capacity'])
    .where('partnership_id', '=', partnershipId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!s) throw new NotFoundError(`No scheme with code ${code} in this partnership.`);
  const areas = await db.selectFrom('areas').select(['id', 'code', 'parent_area_id']).where('partnership_id', '=', partnershipId).execute();
  const own = await db.selectFrom('scheme_areas').select('area_id').where('scheme_id', '=', s.id).execute();
  let ids = new Set(own.length ? own.map((a) => a.area_id) : areas.map((a) => a.id));
  // Neighbourhoods within a covered area are covered too.
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of areas) if (a.parent_area_id !== null && ids.has(a.parent_area_id) && !ids.has(a.id)) (ids.add(a.id), (grew = true));
  }
  return { ...s, areaCodes: areas.filter((a) => ids.has(a.id)).map((a) => a.code).sort() };
}
