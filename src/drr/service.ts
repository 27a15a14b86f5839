// DRR (SPEC 3.5): starts, completions and early terminations of Drug
// Rehabilitation Requirements, against a yearly target. One service for the
// page, the API and the CLI: the figures of a performance year, and setting
// its target. Figures only, never names; records restricted from the viewer
// are left out, and small counts are withheld from those who may not see people.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import type { Actor } from '../access/actor.js';
import { can, requirePermission } from '../access/permissions.js';
import { visiblePerson } from '../access/need-to-know.js';
import { appendAudit } from '../access/audit.js';
import { performanceYear, performanceYearOf, type PerformanceYear } from '../calendar/performance-year.js';
import { partnershipToday } from '../partnerships/service.js';
import { requireVersion } from '../db/versions.js';
import { InvalidInputError } from '../errors.js';
import { drrFigures, type DrrFigures, type DrrTarget } from './figures.js';

export type { DrrFigures, DrrTarget } from './figures.js';

export interface DrrTargetInput {
  year: unknown;
  starts: unknown;
  completions?: unknown;
  /** The version the edit was drawn from (If-Match or the form's hidden field); optional. */
  expectedVersion?: number;
}

export interface SavedDrrTarget extends DrrTarget {
  year: string;
  /** The year's first calendar year (2009 for 2009/10): the target's id in its ETag. */
  id: number;
}

function yearOf(raw: unknown, field = 'year'): PerformanceYear {
  if (typeof raw !== 'string' || raw.trim() === '') throw new InvalidInputError('Enter the performance year, in the form YYYY/YY, e.g. 2009/10.', { field });
  try {
    return performanceYear(raw);
  } catch (e) {
    throw new InvalidInputError(`The ${field} ${e instanceof Error ? e.message : String(e)}.`, { field });
  }
}

function count(raw: unknown, field: string, label: string, required: boolean): number | null {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    if (required) throw new InvalidInputError(`Enter the ${label}: a whole number of 0 or more.`, { field });
    return null;
  }
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 0 || n > 1_000_000) throw new InvalidInputError(`The ${label} must be a whole number from 0 to 1,000,000, not "${String(raw)}".`, { field });
  return n;
}

/**
 * Whose periods the actor's figures count: those of the people the actor may
 * see (need-to-know.ts). A board member sees no one by name, yet is shown the
 * aggregate figures: for them, everyone but the restricted records, as for a
 * user named on none (and small counts are then withheld, figures.ts).
 */
function countable(actor: Actor) {
  if (actor.role !== 'board_member') return visiblePerson(actor, 'sp.person_id');
  return sql<boolean>`EXISTS (SELECT 1 FROM people AS vp WHERE vp.id = sp.person_id AND vp.partnership_id = ${actor.partnershipId} AND vp.restricted = false)`;
}

/** Built once by the composition root (src/services.ts). */
export function drrService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  async function readTarget(executor: Kysely<DB>, actor: Actor, year: string): Promise<DrrTarget | null> {
    const t = await executor
      .selectFrom('drr_targets')
      .select(['starts', 'completions', 'version'])
      .where('partnership_id', '=', actor.partnershipId)
      .where('year', '=', year)
      .executeTakeFirst();
    return t ? { starts: t.starts, completions: t.completions, version: t.version } : null;
  }

  return {
    /** The performance year shown when none is asked for: the one containing the partnership's today. */
    async currentYear(actor: Actor): Promise<string> {
      return performanceYearOf(await partnershipToday(db, actor.partnershipId, clock)).label;
    },

    /** The year's starts, completions and early terminations by quarter, with its target and completion rate. */
    async figures(actor: Actor, year?: unknown): Promise<DrrFigures> {
      requirePermission(actor, 'performance:view');
      const y = year === undefined || year === '' ? performanceYearOf(await partnershipToday(db, actor.partnershipId, clock)) : yearOf(year);
      const periods = await db
        .selectFrom('supervision_periods as sp')
        .select(['sp.start_date as start', 'sp.end_date as end', 'sp.end_kind as endKind'])
        .where('sp.partnership_id', '=', actor.partnershipId)
        .where('sp.kind', '=', 'drr')
        .where((eb) => eb.or([eb.and([eb('sp.start_date', '>=', y.start), eb('sp.start_date', '<', y.end)]), eb.and([eb('sp.end_date', '>=', y.start), eb('sp.end_date', '<', y.end)])]))
        .where(countable(actor))
        .execute();
      const target = await readTarget(db, actor, y.label);
      return drrFigures(y, periods, target, can(actor, 'performance:names'));
    },

    /** The year's target, or null. */
    async target(actor: Actor, year: unknown): Promise<SavedDrrTarget | null> {
      requirePermission(actor, 'performance:view');
      const y = yearOf(year);
      const t = await readTarget(db, actor, y.label);
      return t ? { ...t, year: y.label, id: y.startYear } : null;
    },

    /** Sets the year's target of starts (and optionally completions). Scheme managers and administrators. Audited. */
    async setTarget(actor: Actor, input: DrrTargetInput): Promise<SavedDrrTarget> {
      requirePermission(actor, 'scheme:manage', 'Only a scheme manager or an administrator may set the DRR target.');
      const y = yearOf(input.year);
      const starts = count(input.starts, 'starts', 'target of starts', true)!;
      const completions = count(input.completions, 'completions', 'target of completions', false);
      return db.transaction().execute(async (trx) => {
        const stored = await trx
          .selectFrom('drr_targets')
          .select(['starts', 'completions', 'version', 'updated_by_label', 'updated_at'])
          .where('partnership_id', '=', actor.partnershipId)
          .where('year', '=', y.label)
          .forUpdate()
          .executeTakeFirst();
        let version: number;
        if (stored) {
          requireVersion(input.expectedVersion, stored, `The DRR target for ${y.label}`, `It is now ${stored.starts} starts${stored.completions === null ? '' : ` and ${stored.completions} completions`}.`);
          const row = await trx
            .updateTable('drr_targets')
            .set({ starts, completions, version: sql<number>`version + 1`, updated_by_label: actor.label, updated_at: sql<Date>`now()` })
            .where('partnership_id', '=', actor.partnershipId)
            .where('year', '=', y.label)
            .returning('version')
            .executeTakeFirstOrThrow();
          version = row.version;
        } else {
          // Nothing stored: an If-Match naming a version cannot match.
          if (input.expectedVersion !== undefined) requireVersion(input.expectedVersion, { version: 0 }, `The DRR target for ${y.label}`, 'It has no target yet.');
          const row = await trx
            .insertInto('drr_targets')
            .values({ partnership_id: actor.partnershipId, year: y.label, starts, completions, updated_by_label: actor.label })
            .returning('version')
            .executeTakeFirstOrThrow();
          version = row.version;
        }
        await appendAudit(trx, actor, { action: 'alteration', what: 'DRR target set', details: { year: y.label, starts, completions } }, clock);
        return { year: y.label, id: y.startYear, starts, completions, version };
      });
    },
  };
}
