// The partnership an actor belongs to: its name, and its "today", the date that
// governs its rules and figures (never the wall clock's stamps); and setting
// partnerships, their areas and agencies up (setup.ts).
import type { Actor } from '../access/actor.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import { isoDateOf, type IsoDate } from '../calendar/dates.js';
import { addAgency, addArea, addPartnership, listAgencies, listAreas, listPartnerships, type InstallationActor, type NewAgency, type NewArea, type NewPartnership } from './setup.js';

/**
 * "Today" for a partnership, the date that governs its rules and figures: its
 * data_as_of date when set (the demo's is 2010-12-31), else the wall clock's
 * UTC date.
 */
export async function partnershipToday(db: Kysely<DB>, partnershipId: number, clock: Clock): Promise<IsoDate> {
  return (await partnershipDataDate(db, partnershipId)) ?? isoDateOf(clock.now());
}

export async function partnershipName(db: Kysely<DB>, partnershipId: number): Promise<string> {
  const row = await db.selectFrom('partnerships').select('name').where('id', '=', partnershipId).executeTakeFirst();
  return row?.name ?? '';
}

/** The partnership's data date (data_as_of), or null when its data run up to the wall clock's today. */
export async function partnershipDataDate(db: Kysely<DB>, partnershipId: number): Promise<IsoDate | null> {
  const row = await db.selectFrom('partnerships').select('data_as_of').where('id', '=', partnershipId).executeTakeFirst();
  return row?.data_as_of ?? null;
}

/** The actor's partnership, and setting partnerships up. Built once by the composition root (src/services.ts). */
export function partnershipService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    /** Creates a partnership with its areas and offence reference (an operator of the installation). */
    add: (by: InstallationActor, input: NewPartnership) => addPartnership(db, by, input, clock),
    /** The installation's partnerships. */
    list: () => listPartnerships(db),
    addArea: (actor: Actor, input: NewArea) => addArea(db, actor, input, clock),
    addAgency: (actor: Actor, input: NewAgency) => addAgency(db, actor, input, clock),
    areas: (actor: Actor) => listAreas(db, actor),
    agencies: (actor: Actor) => listAgencies(db, actor),
    /** The partnership's "today": its data date when set, else the wall clock's UTC date. */
    today: (actor: Actor) => partnershipToday(db, actor.partnershipId, clock),
    dataDate: (actor: Actor) => partnershipDataDate(db, actor.partnershipId),
    name: (actor: Actor) => partnershipName(db, actor.partnershipId),
  };
}
