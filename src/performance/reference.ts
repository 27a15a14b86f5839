// The reference tables the measures read besides gravity: the unit costs of
// crime that price proven reoffending, the installation's seed overridden by
// each partnership's own figures.
import { requirePermission, mayNot, can } from '../access/permissions.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { invalid, type Db } from './service-support.js';

/** Whether the actor may edit the unit costs of crime (so a page offers the form only to them). */
export const mayEditUnitCosts = (actor: Pick<Actor, 'role'>): boolean => can(actor, 'unit-costs:edit');

/** A unit cost in force, and whether it is the partnership's own. */
export type UnitCost = Awaited<ReturnType<typeof effectiveUnitCosts>>[number];

/** The unit costs in force for a partnership: its own rows over the installation's seed. */
export async function effectiveUnitCosts(db: Db, partnershipId: number) {
  const r = await sql<{ category: string; pounds: number | null; price_year: string | null; source: string | null; group_codes: string[]; partnership_id: number | null }>`
    SELECT DISTINCT ON (category) category, pounds, price_year, source, group_codes, partnership_id
    FROM unit_costs WHERE partnership_id = ${partnershipId} OR partnership_id IS NULL
    ORDER BY category, partnership_id NULLS LAST`.execute(db);
  return r.rows
    .map((x) => ({ ...x, pounds: x.pounds === null ? null : Number(x.pounds), own: x.partnership_id !== null }))
    .sort((a, b) => (b.pounds ?? -1) - (a.pounds ?? -1) || a.category.localeCompare(b.category));
}

export async function listUnitCosts(db: Db, actor: Actor) {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see the unit costs of crime'));
  return effectiveUnitCosts(db, actor.partnershipId);
}

/** Sets a category's cost (and optionally its offence groups) for this partnership; a new category may be added. */
export async function setUnitCost(
  db: Db,
  actor: Actor,
  input: UnitCostChange,
  clock: Clock = systemClock,
) {
  return db.transaction().execute((trx) => setUnitCostIn(trx, actor, input, clock));
}

/** A change to one category's cost (see setUnitCost). */
export interface UnitCostChange {
  category: string;
  pounds: number | null;
  priceYear?: string | null;
  source?: string | null;
  groupCodes?: string[] | null;
}

/**
 * Sets several categories' costs at one price year, all or none (one
 * transaction): the unit-costs page's form and the API's PUT.
 */
export async function setUnitCosts(db: Db, actor: Actor, input: { priceYear?: string | null; costs: UnitCostChange[] }, clock: Clock = systemClock) {
  requirePermission(actor, 'unit-costs:edit', mayNot(actor, 'edit the unit costs of crime'));
  if (input.costs.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const set = [];
    for (const c of input.costs) set.push(await setUnitCostIn(trx, actor, { ...c, priceYear: input.priceYear ?? c.priceYear ?? null }, clock));
    return set;
  });
}

async function setUnitCostIn(
  trx: Transaction<DB>,
  actor: Actor,
  input: UnitCostChange,
  clock: Clock,
) {
  requirePermission(actor, 'unit-costs:edit', mayNot(actor, 'edit the unit costs of crime'));
  const category = input.category.trim().toLowerCase();
  if (!category) throw invalid('category: name the category of crime.');
  if (input.pounds !== null && (!Number.isFinite(input.pounds) || input.pounds < 0)) throw invalid(`pounds: ${input.pounds} must be a sum of money of 0 or more.`);
  for (const g of input.groupCodes ?? []) if (!/^[0-9]{3}$/.test(g)) throw invalid(`groupCodes: "${g}" is not a 3-digit Home Office offence group.`);
  const current = (await effectiveUnitCosts(trx, actor.partnershipId)).find((c) => c.category === category);
  if (!current && !input.groupCodes?.length) throw invalid(`category: "${category}" is new; give the 3-digit offence groups it covers.`);
  const row = {
    pounds: input.pounds,
    price_year: input.priceYear ?? current?.price_year ?? null,
    source: input.source ?? (current?.own ? current.source : `entered by ${actor.label}`),
    group_codes: input.groupCodes ?? current!.group_codes,
    updated_by_label: actor.label,
    updated_at: clock.now(),
  };
  const own = await trx.selectFrom('unit_costs').select('id').where('partnership_id', '=', actor.partnershipId).where('category', '=', category).executeTakeFirst();
  if (own) await trx.updateTable('unit_costs').set(row).where('id', '=', own.id).execute();
  else await trx.insertInto('unit_costs').values({ partnership_id: actor.partnershipId, category, ...row }).execute();
  await appendAudit(trx, actor, { action: 'alteration', what: `unit cost of ${category} set to ${input.pounds ?? 'none'}`, details: { category, pounds: input.pounds, groupCodes: row.group_codes } });
  return (await effectiveUnitCosts(trx, actor.partnershipId)).find((c) => c.category === category)!;
}
