// Schemes and their members (SPEC 3.2): defining a scheme, and the scheme page's
// figures: size against capacity, community/custody balance, years on the
// scheme and the spread by area, all on a chosen "as of" date.
import { spanCovers } from '../calendar/sql.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { appendAudit, auditList } from '../access/audit.js';
import { visiblePeople, visiblePerson } from '../access/need-to-know.js';
import { requirePermission } from '../access/permissions.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { pageOfSorted, type Page } from '../formats/cursor.js';

export interface NewScheme {
  code: string;
  name: string;
  capacity?: number | null;
  areaCodes?: string[];
  description?: string | null;
}

/** Adds a scheme; answers its id and its code as stored (trimmed, in capitals). */
export async function addScheme(db: Kysely<DB>, actor: Actor, input: NewScheme): Promise<{ id: number; code: string }> {
  requirePermission(actor, 'scheme:manage');
  const code = input.code.trim().toUpperCase();
  if (!/^[A-Z0-9_-]{1,20}$/.test(code)) throw new InvalidInputError(`Scheme code "${input.code}" must be 1–20 letters, digits, - or _.`, { field: 'code' });
  if (!input.name.trim()) throw new InvalidInputError('A scheme needs a name.', { field: 'name' });
  if (input.capacity != null && (!Number.isInteger(input.capacity) || input.capacity <= 0 || input.capacity > 100000)) {
    // A form's text that is not a number arrives as NaN: say what is wanted, not "NaN".
    throw new InvalidInputError(`Capacity must be a whole number from 1 to 100,000${Number.isNaN(input.capacity) ? '' : `, not ${input.capacity}`}.`, { field: 'capacity' });
  }
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('schemes').select('id').where('partnership_id', '=', actor.partnershipId).where('code', '=', code).executeTakeFirst();
    if (existing) throw new ConflictError(`A scheme with code ${code} already exists.`, { field: 'code' });
    const areaCodes = input.areaCodes ?? [];
    const areas = areaCodes.length
      ? await trx.selectFrom('areas').select(['id', 'code']).where('partnership_id', '=', actor.partnershipId).where('code', 'in', areaCodes).execute()
      : [];
    const missing = areaCodes.filter((c) => !areas.some((a) => a.code === c));
    if (missing.length) throw new InvalidInputError(`Unknown area code${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`, { field: 'areaCodes' });
    const s = await trx
      .insertInto('schemes')
      .values({ partnership_id: actor.partnershipId, code, name: input.name.trim(), capacity: input.capacity ?? null, description: input.description?.trim() || null })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (areas.length) await trx.insertInto('scheme_areas').values(areas.map((a) => ({ scheme_id: s.id, area_id: a.id }))).execute();
    await appendAudit(trx, actor, { action: 'collection', what: `scheme ${code} created`, details: { code, capacity: input.capacity ?? null, areas: areaCodes } });
    return { id: s.id, code };
  });
}

/** The partnership's areas a new scheme may cover, for the form that adds one. */
export async function schemeAreaChoices(db: Kysely<DB>, actor: Actor): Promise<{ code: string; name: string }[]> {
  requirePermission(actor, 'scheme:manage');
  return db.selectFrom('areas').select(['code', 'name']).where('partnership_id', '=', actor.partnershipId).orderBy('name').orderBy('code').execute();
}

export interface SchemeListItem {
  code: string;
  name: string;
  capacity: number | null;
  members: number;
}

export async function listSchemes(db: Kysely<DB>, actor: Actor, asOf: IsoDate): Promise<SchemeListItem[]> {
  requirePermission(actor, 'scheme:view');
  const rows = await db
    .selectFrom('schemes')
    .leftJoin('memberships as m', (j) =>
      j
        .onRef('m.scheme_id', '=', 'schemes.id')
        .on(spanCovers('m.start_date', 'm.end_date', asOf))
        // Counts only the members the actor may see, so the count agrees with the scheme page's list.
        .on(visiblePerson(actor, 'm.person_id')),
    )
    .select((eb) => ['schemes.code', 'schemes.name', 'schemes.capacity', eb.fn.count<number>('m.id').as('members')])
    .where('schemes.partnership_id', '=', actor.partnershipId)
    .groupBy(['schemes.id', 'schemes.code', 'schemes.name', 'schemes.capacity'])
    .orderBy('schemes.code')
    .execute();
  return rows;
}

/** The schemes a page at a time (the API), by code. */
export async function schemesPage(db: Kysely<DB>, actor: Actor, input: { asOf: IsoDate; cursor?: string; limit?: unknown }): Promise<Page<SchemeListItem>> {
  return pageOfSorted(await listSchemes(db, actor, input.asOf), input, (s) => [s.code]);
}

export interface SchemeMember {
  personId: number;
  personRef: string;
  name: string;
  tier: string | null;
  startDate: IsoDate;
  yearsOnScheme: number;
  areaName: string | null;
  inCustody: boolean;
  custodySentenceDays: number | null;
  expectedReleaseDate: IsoDate | null;
}

export interface SchemePage {
  code: string;
  name: string;
  description: string | null;
  capacity: number | null;
  asOf: IsoDate;
  areas: string[];
  members: SchemeMember[];
  balance: {
    total: number;
    inCommunity: number;
    inCustody: number;
    custodyOver12Months: number;
    custodyUnder12Months: number;
    custodyUnknownLength: number;
  };
  yearsOnScheme: { band: string; count: number }[];
  byArea: { area: string; count: number }[];
}

const TWELVE_MONTHS_DAYS = 365;

export async function schemePage(db: Kysely<DB>, actor: Actor, code: string, asOf: IsoDate): Promise<SchemePage> {
  requirePermission(actor, 'scheme:view');
  // The member list is read and logged (one entry naming everyone shown) in one transaction.
  return db.transaction().execute((trx) => readSchemePage(trx, actor, code, asOf));
}

/**
 * The page shows only the members the actor may see (need-to-know.ts), and its
 * figures (balance, years on the scheme, areas) count only those, so that no
 * figure gives away a member left out of the list.
 */
async function readSchemePage(db: Transaction<DB>, actor: Actor, code: string, asOf: IsoDate): Promise<SchemePage> {
  const scheme = await db
    .selectFrom('schemes')
    .selectAll()
    .where('partnership_id', '=', actor.partnershipId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!scheme) throw new NotFoundError(`No scheme with code ${code}.`);
  const areas = await db
    .selectFrom('scheme_areas')
    .innerJoin('areas', 'areas.id', 'scheme_areas.area_id')
    .select('areas.name')
    .where('scheme_areas.scheme_id', '=', scheme.id)
    .orderBy('areas.name')
    .execute();

  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('tiers as t', 't.id', 'm.tier_id')
    .leftJoin('addresses as a', (j) =>
      j
        .onRef('a.person_id', '=', 'p.id')
        .on(spanCovers('a.from_date', 'a.to_date', asOf)),
    )
    .leftJoin('areas as ar', 'ar.id', 'a.area_id')
    .leftJoin('custody_periods as c', (j) =>
      j
        .onRef('c.person_id', '=', 'p.id')
        .on(spanCovers('c.reception_date', 'c.release_date', asOf)),
    )
    .select([
      'p.id',
      'p.person_ref',
      'p.family_name',
      'p.given_names',
      't.name as tier',
      'm.start_date',
      'ar.name as area_name',
      'a.area_code',
      'c.id as custody_id',
      'c.sentence_days',
      'c.expected_release_date',
      sql<number>`(${asOf}::date - m.start_date)`.as('days_on'),
    ])
    .where('m.scheme_id', '=', scheme.id)
    .where(spanCovers('m.start_date', 'm.end_date', asOf))
    .where(visiblePeople(actor, 'p'))
    .orderBy('p.family_name')
    .orderBy('p.given_names')
    .execute();

  const members: SchemeMember[] = rows.map((r) => ({
    personId: r.id,
    personRef: r.person_ref,
    name: `${r.family_name}, ${r.given_names}`,
    tier: r.tier,
    startDate: r.start_date,
    yearsOnScheme: Math.floor(r.days_on / 365.25),
    areaName: r.area_name ?? (r.area_code ? `${r.area_code} (outside the partnership)` : null),
    inCustody: r.custody_id !== null,
    custodySentenceDays: r.sentence_days,
    expectedReleaseDate: r.expected_release_date,
  }));

  await auditList(db, actor, { what: `members of scheme ${scheme.code} on ${asOf}`, personIds: members.map((m) => m.personId), details: { scheme: scheme.code, asOf } });

  const inCustody = members.filter((m) => m.inCustody);
  const bands = ['Under 1 year', '1 to 2 years', '2 to 3 years', '3 years or more'];
  const yearsOnScheme = bands.map((band, i) => ({
    band,
    count: members.filter((m) => (i === 3 ? m.yearsOnScheme >= 3 : m.yearsOnScheme === i)).length,
  }));
  const areaCounts = new Map<string, number>();
  for (const m of members) {
    const k = m.areaName ?? 'No address recorded';
    areaCounts.set(k, (areaCounts.get(k) ?? 0) + 1);
  }
  return {
    code: scheme.code,
    name: scheme.name,
    description: scheme.description,
    capacity: scheme.capacity,
    asOf,
    areas: areas.map((a) => a.name),
    members,
    balance: {
      total: members.length,
      inCommunity: members.length - inCustody.length,
      inCustody: inCustody.length,
      custodyOver12Months: inCustody.filter((m) => m.custodySentenceDays !== null && m.custodySentenceDays > TWELVE_MONTHS_DAYS).length,
      custodyUnder12Months: inCustody.filter((m) => m.custodySentenceDays !== null && m.custodySentenceDays <= TWELVE_MONTHS_DAYS).length,
      custodyUnknownLength: inCustody.filter((m) => m.custodySentenceDays === null).length,
    },
    yearsOnScheme,
    byArea: [...areaCounts].map(([area, count]) => ({ area, count })).sort((a, b) => b.count - a.count),
  };
}

// ---------------------------------------------------------------- structure: tiers, strands, capacity

export interface SchemeStructure {
  code: string;
  name: string;
  capacity: number | null;
  /** Most intensive first (rank 1). */
  tiers: { code: string; name: string; rank: number }[];
  strands: { code: string; name: string }[];
}

async function schemeRow(db: Kysely<DB>, actor: Actor, code: string) {
  const s = await db.selectFrom('schemes').select(['id', 'code', 'name', 'capacity']).where('partnership_id', '=', actor.partnershipId).where('code', '=', code).executeTakeFirst();
  if (!s) throw new NotFoundError(`No scheme with code ${code}.`);
  return s;
}

export async function schemeStructure(db: Kysely<DB>, actor: Actor, code: string): Promise<SchemeStructure> {
  requirePermission(actor, 'scheme:view');
  const s = await schemeRow(db, actor, code);
  const [tiers, strands] = await Promise.all([
    db.selectFrom('tiers').select(['code', 'name', 'rank']).where('scheme_id', '=', s.id).orderBy('rank').orderBy('code').execute(),
    db.selectFrom('strands').select(['code', 'name']).where('scheme_id', '=', s.id).orderBy('code').execute(),
  ]);
  return { code: s.code, name: s.name, capacity: s.capacity, tiers, strands };
}

const PART_CODE = /^[a-z0-9_-]{1,20}$/;

function partCode(kind: string, raw: string): string {
  const code = raw.trim().toLowerCase();
  if (!PART_CODE.test(code)) throw new InvalidInputError(`A ${kind} code must be 1–20 letters, digits, - or _, not "${raw}".`, { field: 'code' });
  return code;
}

/** Adds a tier of intensity; rank 1 is the most intensive. */
export async function addTier(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; code: string; name: string; rank: number }): Promise<void> {
  requirePermission(actor, 'scheme:manage');
  const code = partCode('tier', input.code);
  if (!input.name.trim()) throw new InvalidInputError('A tier needs a name.', { field: 'name' });
  if (!Number.isInteger(input.rank) || input.rank < 1 || input.rank > 99) throw new InvalidInputError('A tier rank must be a whole number from 1 (most intensive) to 99.', { field: 'rank' });
  await db.transaction().execute(async (trx) => {
    const s = await schemeRow(trx, actor, input.schemeCode);
    const clash = await trx.selectFrom('tiers').select('id').where('scheme_id', '=', s.id).where('code', '=', code).executeTakeFirst();
    if (clash) throw new ConflictError(`Scheme ${s.code} already has a tier ${code}.`, { field: 'code' });
    await trx.insertInto('tiers').values({ scheme_id: s.id, code, name: input.name.trim(), rank: input.rank }).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: `tier ${code} added to scheme ${s.code}`, details: { code, name: input.name.trim(), rank: input.rank } });
  });
}

/** Adds a strand (PPO: Prevent and Deter; Catch and Convict; Rehabilitate and Resettle). */
export async function addStrand(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; code: string; name: string }): Promise<void> {
  requirePermission(actor, 'scheme:manage');
  const code = partCode('strand', input.code);
  if (!input.name.trim()) throw new InvalidInputError('A strand needs a name.', { field: 'name' });
  await db.transaction().execute(async (trx) => {
    const s = await schemeRow(trx, actor, input.schemeCode);
    const clash = await trx.selectFrom('strands').select('id').where('scheme_id', '=', s.id).where('code', '=', code).executeTakeFirst();
    if (clash) throw new ConflictError(`Scheme ${s.code} already has a strand ${code}.`, { field: 'code' });
    await trx.insertInto('strands').values({ scheme_id: s.id, code, name: input.name.trim() }).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: `strand ${code} added to scheme ${s.code}`, details: { code, name: input.name.trim() } });
  });
}

/** Sets the scheme's capacity (null: no limit). */
export async function setCapacity(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; capacity: number | null }): Promise<void> {
  requirePermission(actor, 'scheme:manage');
  if (input.capacity !== null && (!Number.isInteger(input.capacity) || input.capacity <= 0 || input.capacity > 100000)) {
    throw new InvalidInputError(`Capacity must be a whole number from 1 to 100,000, not ${input.capacity}.`, { field: 'capacity' });
  }
  await db.transaction().execute(async (trx) => {
    const s = await schemeRow(trx, actor, input.schemeCode);
    await trx.updateTable('schemes').set({ capacity: input.capacity }).where('id', '=', s.id).where('partnership_id', '=', actor.partnershipId).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: `capacity of scheme ${s.code} set to ${input.capacity ?? 'no limit'}`, details: { from: s.capacity, to: input.capacity } });
  });
}

/** Schemes, tiers, strands and the scheme page. Built once by the composition root (src/services.ts). */
export function schemeService({ db }: { db: Kysely<DB> }) {
  return {
    add: (actor: Actor, input: NewScheme) => addScheme(db, actor, input),
    areaChoices: (actor: Actor) => schemeAreaChoices(db, actor),
    list: (actor: Actor, asOf: IsoDate) => listSchemes(db, actor, asOf),
    listPage: (actor: Actor, input: { asOf: IsoDate; cursor?: string; limit?: unknown }) => schemesPage(db, actor, input),
    page: (actor: Actor, code: string, asOf: IsoDate) => schemePage(db, actor, code, asOf),
    structure: (actor: Actor, code: string) => schemeStructure(db, actor, code),
    addTier: (actor: Actor, input: { schemeCode: string; code: string; name: string; rank: number }) => addTier(db, actor, input),
    addStrand: (actor: Actor, input: { schemeCode: string; code: string; name: string }) => addStrand(db, actor, input),
    setCapacity: (actor: Actor, input: { schemeCode: string; capacity: number | null }) => setCapacity(db, actor, input),
  };
}
