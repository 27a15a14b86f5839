// NI30 targets (issue 16): the performance ceiling, and an optional stretch,
// agreed for a scheme and performance year, so a report can be written without
// giving --ceiling each time. Read by anyone who may see performance figures;
// set by scheme managers and administrators, audited, versioned.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import type { Actor } from '../access/actor.js';
import { requirePermission } from '../access/permissions.js';
import { appendAudit } from '../access/audit.js';
import { performanceYear, type PerformanceYear } from '../calendar/performance-year.js';
import { requireVersion } from '../db/versions.js';
import { InvalidInputError } from '../errors.js';
import { findScheme } from '../schemes/find.js';

export interface Ni30Target {
  scheme: string;
  year: string;
  ceiling: number;
  stretch: number | null;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

export interface Ni30TargetInput {
  scheme: unknown;
  year: unknown;
  ceiling: unknown;
  stretch?: unknown;
  /** The version the edit was drawn from (If-Match or the form's hidden field); optional. */
  expectedVersion?: number;
}

export function yearOf(raw: unknown, field = 'year'): PerformanceYear {
  if (typeof raw !== 'string' || raw.trim() === '') throw new InvalidInputError('Enter the performance year, in the form YYYY/YY, e.g. 2008/09.', { field });
  try {
    return performanceYear(raw);
  } catch (e) {
    throw new InvalidInputError(`The ${field}: ${e instanceof Error ? e.message : String(e)}.`, { field });
  }
}

/** A fraction from 0 up to 1 (0.16 for 16%), from a number or its text; null when absent and not required. */
export function fractionOf(raw: unknown, field: string, required: boolean): number | null {
  if (raw === undefined || raw === null || raw === '') {
    if (required) throw new InvalidInputError(`Enter the ${field} as a fraction, e.g. 0.16 for a 16% reduction.`, { field });
    return null;
  }
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d*\.?\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidInputError(`The ${field} must be a fraction from 0 up to 1, e.g. 0.16 for 16% (got ${String(raw)}).`, { field });
  return n;
}

type Executor = Kysely<DB> | Transaction<DB>;

async function read(db: Executor, actor: Actor, schemeId: number, schemeCode: string, year: string, lock = false): Promise<Ni30Target | null> {
  const q = db
    .selectFrom('ni30_targets')
    .select(['ceiling', 'stretch', 'version', 'updated_by_label', 'updated_at'])
    .where('partnership_id', '=', actor.partnershipId)
    .where('scheme_id', '=', schemeId)
    .where('year', '=', year);
  const t = await (lock ? q.forUpdate() : q).executeTakeFirst();
  return t
    ? { scheme: schemeCode, year, ceiling: Number(t.ceiling), stretch: t.stretch === null ? null : Number(t.stretch), version: t.version, updatedBy: t.updated_by_label, updatedAt: new Date(t.updated_at).toISOString() }
    : null;
}

/** The stored target of a scheme and year, or null. */
export async function ni30Target(db: Executor, actor: Actor, input: { scheme: unknown; year: unknown }): Promise<Ni30Target | null> {
  requirePermission(actor, 'performance:view');
  if (typeof input.scheme !== 'string' || input.scheme.trim() === '') throw new InvalidInputError('Choose a scheme.', { field: 'scheme' });
  const y = yearOf(input.year);
  const s = await findScheme(db, actor.partnershipId, input.scheme.trim());
  return read(db, actor, s.id, s.code, y.label);
}

/** Sets (or changes) the target of a scheme and year. Scheme managers and administrators; audited. */
export async function setNi30Target(db: Kysely<DB>, actor: Actor, input: Ni30TargetInput, clock?: Clock): Promise<Ni30Target> {
  requirePermission(actor, 'scheme:manage', 'Only a scheme manager or an administrator may set an NI30 target.');
  if (typeof input.scheme !== 'string' || input.scheme.trim() === '') throw new InvalidInputError('Choose a scheme.', { field: 'scheme' });
  const y = yearOf(input.year);
  const ceiling = fractionOf(input.ceiling, 'ceiling', true)!;
  const stretch = fractionOf(input.stretch, 'stretch', false);
  if (stretch !== null && stretch < ceiling) throw new InvalidInputError(`The stretch (${stretch}) is a larger reduction than the ceiling (${ceiling}), so it cannot be smaller.`, { field: 'stretch' });
  return db.transaction().execute(async (trx) => {
    const s = await findScheme(trx, actor.partnershipId, input.scheme as string);
    const stored = await read(trx, actor, s.id, s.code, y.label, true);
    if (stored) {
      requireVersion(input.expectedVersion, { version: stored.version, updated_by_label: stored.updatedBy, updated_at: stored.updatedAt }, `The NI30 target for ${s.code} ${y.label}`, `Its ceiling is now ${stored.ceiling}.`);
      await trx
        .updateTable('ni30_targets')
        .set({ ceiling, stretch, version: sql<number>`version + 1`, updated_by_label: actor.label, updated_at: sql<Date>`now()` })
        .where('partnership_id', '=', actor.partnershipId)
        .where('scheme_id', '=', s.id)
        .where('year', '=', y.label)
        .execute();
    } else {
      if (input.expectedVersion !== undefined) requireVersion(input.expectedVersion, { version: 0 }, `The NI30 target for ${s.code} ${y.label}`, 'It has no target yet.');
      await trx.insertInto('ni30_targets').values({ partnership_id: actor.partnershipId, scheme_id: s.id, year: y.label, ceiling, stretch, updated_by_label: actor.label }).execute();
    }
    await appendAudit(trx, actor, { action: 'alteration', what: 'NI30 target set', details: { scheme: s.code, year: y.label, ceiling, stretch } }, clock);
    return (await read(trx, actor, s.id, s.code, y.label))!;
  });
}
