// What the performance pages need beyond the measures themselves: the schemes
// to choose from (board members included, who may not open scheme pages), the
// names of NI38 contributors for the roles that may see people, and the
// dashboard's figures for a scheme and year in one call.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { can, mayNot, requirePermission } from '../access/permissions.js';
import { visiblePeople } from '../access/need-to-know.js';
import type { IsoDate } from '../calendar/dates.js';
import type { DB } from '../db/schema.js';
import { partnershipToday } from '../partnerships/service.js';
import type { Clock } from '../calendar/clock.js';
import { ni30, type Ni30Report } from './ni30-service.js';
import { ni38, type Ni38Report } from './ni38-service.js';
import { addDays } from '../calendar/dates.js';
import { performanceYear } from '../calendar/performance-year.js';
import { reoffending, type ReoffendingReport } from './reoffending-service.js';
import { premiumService, type PremiumServiceReport } from './premium-service.js';
import { ni18, type Ni18Report } from './ni18-service.js';
import { ni18Dates } from './ni18.js';
import { addMonths } from '../calendar/dates.js';

export async function dashboardSchemes(db: Kysely<DB>, actor: Actor): Promise<{ code: string; name: string }[]> {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see performance figures'));
  return db.selectFrom('schemes').select(['code', 'name']).where('partnership_id', '=', actor.partnershipId).orderBy('code').execute();
}

export interface ContributorName {
  personId: number;
  /** "FAMILY, Given". */
  name: string;
  restricted: boolean;
}

/**
 * Names for a list of people, for roles that may see a person: only the people
 * the actor may see (need-to-know.ts). A restricted person the actor is not
 * named on is left out of the map altogether.
 */
export async function contributorNames(db: Kysely<DB>, actor: Actor, personIds: number[]): Promise<Map<number, ContributorName>> {
  requirePermission(actor, 'person:view', mayNot(actor, "see people's names"));
  const out = new Map<number, ContributorName>();
  if (personIds.length === 0) return out;
  const rows = await db
    .selectFrom('people')
    .select(['people.id', 'people.family_name', 'people.given_names', 'people.restricted'])
    .where(visiblePeople(actor))
    .where('people.id', 'in', personIds)
    .execute();
  for (const r of rows) out.set(r.id, { personId: r.id, name: `${r.family_name.toUpperCase()}, ${r.given_names}`, restricted: r.restricted });
  return out;
}

export interface DashboardRequest {
  schemeCode: string;
  /** '2008/09' */
  year: string;
  ceiling: number;
  stretch: number | null;
  cohortDate: IsoDate | null;
  /** NI18's snapshot month, 'YYYY-MM'; default: the year's latest month whose wait for proof has ended, else its first. */
  ni18Month?: string | null;
}

export interface DashboardFigures {
  /** The partnership's "today": proven reoffending is read on it. */
  today: IsoDate;
  /** Whether the actor may see people (else aggregates only, small counts suppressed). */
  named: boolean;
  ni30: Ni30Report;
  ni38: Ni38Report;
  reoffending: ReoffendingReport;
  /** Names of the NI38 contributors; empty when the actor may not see people. */
  names: Map<number, ContributorName>;
  premiumService: PremiumServiceReport;
  /** NI18 over the whole probation caseload, and over the scheme's members in it. */
  ni18: { all: Ni18Report; scheme: Ni18Report };
}

/** The dashboard's NI18 month: the year's latest month whose wait for proof ended by today, else the year's first month. */
export function defaultNi18Month(yearStart: IsoDate, today: IsoDate): string {
  let best = yearStart.slice(0, 7);
  for (let i = 0; i < 12; i++) {
    const month = addMonths(yearStart, i).slice(0, 7);
    if (ni18Dates(month)!.proofBy <= today) best = month;
  }
  return best;
}

/** The dashboard's measures for a scheme and performance year: NI30, NI38 over its January–March quarter, proven reoffending over the year. */
/**
 * `db` serves the measures (the replica when there is one); `primary` reads
 * the contributors' names, which must see a restriction made a moment ago.
 */
export async function dashboardFigures(db: Kysely<DB>, actor: Actor, input: DashboardRequest, clock: Clock, primary: Kysely<DB> = db): Promise<DashboardFigures> {
  const year = performanceYear(input.year);
  const today = await partnershipToday(db, actor.partnershipId, clock);
  const n30 = await ni30(db, actor, { schemeCode: input.schemeCode, year: year.label, ceiling: input.ceiling, stretch: input.stretch, cohortDate: input.cohortDate });
  const n38 = await ni38(db, actor, { schemeCode: input.schemeCode, year: year.label }, clock);
  const reo = await reoffending(db, actor, { schemeCode: input.schemeCode, from: year.start, to: addDays(year.end, -1), asOf: today });
  const named = can(actor, 'person:view');
  const names = named ? await contributorNames(primary, actor, n38.contributors.map((c) => c.personId)) : new Map<number, ContributorName>();
  const premium = await premiumService(db, actor, { schemeCode: input.schemeCode, year: year.label });
  const month = input.ni18Month || defaultNi18Month(year.start, today);
  const n18 = { all: await ni18(db, actor, { month }, clock), scheme: await ni18(db, actor, { month, schemeCode: input.schemeCode }, clock) };
  return { today, named, ni30: n30, ni38: n38, reoffending: reo, names, premiumService: premium, ni18: n18 };
}
