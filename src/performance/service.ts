// The performance services of SPEC 3.6: `(db, actor, input) => result`, each
// checking the actor's role first. Each computes its figure from the stored
// events, returns it with its method and inputs, stores it with its model
// version, and logs the computation in the same transaction.
import type { Clock } from '../calendar/clock.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import type { DB, IsoDate, PerformanceMeasure, Role } from '../db/schema.js';
import { forbidden, invalid, notFound } from './errors.js';
import { computeNi30, type Ni30Figures } from './ni30.js';
import { computeNi38, DEFAULT_NI38_MODEL, NI38_MODELS, type Ni38Contributor } from './ni38.js';
import { OGRS3_VERSION, type Ogrs3Band } from './ogrs3.js';
import { ogrs3CategoryFor, ogrs3ForPerson, type PersonOgrs3 } from './ogrs3-history.js';
import { addDays, isIsoDate, performanceYear, previousPerformanceYear } from './periods.js';
import { computeReoffending, type ReoffendingFigures, type ReoffendingPerson } from './reoffending.js';
import { concentration, type Concentration } from './concentration.js';
import * as q from './queries.js';
import { gravityTable } from '../offences/store.js';

type Db = Kysely<DB>;

/** Cohort-wide figures: everyone but practitioners, who work a caseload. Board members get aggregates only. */
const AGGREGATE_ROLES: readonly Role[] = ['analyst', 'scheme_manager', 'administrator', 'board_member'];
/** Figures that name people. */
const NAMED_ROLES: readonly Role[] = ['analyst', 'scheme_manager', 'administrator'];
/** Reference tables for the measures (unit costs, gravity). */
const EDIT_ROLES: readonly Role[] = ['analyst', 'administrator'];

/** Whether the actor may edit the unit costs of crime (so a page offers the form only to them). */
export const mayEditUnitCosts = (actor: Pick<Actor, 'role'>): boolean => EDIT_ROLES.includes(actor.role);

function allow(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw forbidden(`A ${actor.role.replace('_', ' ')} may not ${what}.`);
}

function date(field: string, v: string | undefined | null): IsoDate | null {
  if (v === undefined || v === null || v === '') return null;
  if (!isIsoDate(v)) throw invalid(`${field}: "${v}" is not a date (YYYY-MM-DD).`);
  return v;
}

async function scheme(db: Db, actor: Actor, code: string) {
  const s = await q.findScheme(db, actor.partnershipId, code);
  if (!s) throw notFound(`No scheme with code ${code} in this partnership.`);
  return s;
}

/** Runs an analytic read in one transaction (one snapshot), with room to sort and hash in memory. */
async function analytic<T>(db: Db, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SET LOCAL work_mem = '64MB'`.execute(trx);
    return fn(trx);
  });
}

async function record(
  trx: Transaction<DB>,
  actor: Actor,
  r: { measure: PerformanceMeasure; schemeId: number | null; modelVersion: string; inputs: unknown; figures: unknown; what: string; personIds?: number[] },
): Promise<number> {
  const row = await trx
    .insertInto('performance_results')
    .values({
      partnership_id: actor.partnershipId,
      measure: r.measure,
      scheme_id: r.schemeId,
      model_version: r.modelVersion,
      inputs: JSON.stringify(r.inputs),
      figures: JSON.stringify(r.figures),
      computed_by: actor.userId,
      computed_by_label: actor.label,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A cohort-wide computation combines many people's records into one figure.
  await appendAudit(trx, actor, {
    action: 'combination',
    what: r.what,
    details: { resultId: row.id, measure: r.measure, modelVersion: r.modelVersion, people: r.personIds?.length, personIds: r.personIds },
  });
  return row.id;
}

// ------------------------------------------------------------------ NI30

export interface Ni30Request {
  schemeCode: string;
  /** '2008/09' */
  year: string;
  /** 0.16 for 16% */
  ceiling: number;
  stretch?: number | null;
  /** Default 1 April of the year. */
  cohortDate?: IsoDate | null;
  /** A frozen cohort list instead of the members on the cohort date. */
  cohortListId?: number | null;
  /** Count only convictions recorded by this date (to reproduce a past report). */
  asOf?: IsoDate | null;
}

export interface Ni30Report extends Ni30Figures {
  measure: 'ni30';
  resultId: number;
  modelVersion: string;
  scheme: { code: string; name: string };
  year: string;
  baselineYear: string;
  cohort: { source: 'membership' | 'frozen_list'; cohortDate: IsoDate; list: { id: number; name: string; frozenAt: string; frozenBy: string } | null };
  dataCurrency: { asOf: IsoDate | null; lastOutcomesImport: string | null; latestOutcomeDate: IsoDate | null };
  method: string[];
}

export const NI30_METHOD_VERSION = 'ni30-1';

function fraction(field: string, v: number | null | undefined, required: boolean): number | null {
  if (v === undefined || v === null) {
    if (required) throw invalid(`${field} is required: the agreed reduction as a fraction, e.g. 0.16 for 16%.`);
    return null;
  }
  if (!Number.isFinite(v) || v < 0 || v >= 1) throw invalid(`${field}: ${v} must be a fraction from 0 up to 1, e.g. 0.16 for 16%.`);
  return v;
}

export async function ni30(db: Db, actor: Actor, input: Ni30Request): Promise<Ni30Report> {
  allow(actor, AGGREGATE_ROLES, 'see cohort-wide reoffending figures');
  let year;
  try {
    year = performanceYear(input.year);
  } catch (e) {
    throw invalid((e as Error).message);
  }
  const ceiling = fraction('ceiling', input.ceiling, true)!;
  const stretch = fraction('stretch', input.stretch, false);
  const asOf = date('asOf', input.asOf);
  const baseYear = previousPerformanceYear(year);

  return analytic(db, async (trx) => {
    const s = await scheme(trx, actor, input.schemeCode);
    let source: q.CohortSource;
    let cohortDate: IsoDate;
    let list: Ni30Report['cohort']['list'] = null;
    if (input.cohortListId !== undefined && input.cohortListId !== null) {
      if (input.cohortDate) throw invalid('Give a cohort date or a frozen cohort list, not both: the list has its own date.');
      const l = await q.findCohortList(trx, actor.partnershipId, input.cohortListId);
      if (!l || l.scheme_id !== s.id) throw notFound(`No frozen cohort list ${input.cohortListId} for scheme ${s.code}.`);
      source = { kind: 'frozen_list', cohortListId: l.id };
      cohortDate = l.cohort_date;
      list = { id: l.id, name: l.name, frozenAt: new Date(l.frozen_at).toISOString(), frozenBy: l.frozen_by_label };
    } else {
      cohortDate = date('cohortDate', input.cohortDate) ?? year.start;
      source = { kind: 'membership', schemeId: s.id, cohortDate };
    }
    const bounds = [...baseYear.quarters.map((x) => x.start), ...year.quarters.map((x) => x.start), year.end];
    const rows = await q.ni30Counts(trx, actor.partnershipId, source, bounds, asOf);
    const ids = rows.map((r) => r.person_id);
    const spans = await q.membershipSpans(trx, actor.partnershipId, s.id, ids, cohortDate);
    const spansBy = new Map<number, { startDate: IsoDate; endDate: IsoDate | null }[]>();
    for (const m of spans) {
      const id = Number(m.person_id);
      if (!spansBy.has(id)) spansBy.set(id, []);
      spansBy.get(id)!.push({ startDate: m.start_date, endDate: m.end_date });
    }
    const figures = computeNi30({
      year,
      cohortDate,
      ceiling,
      stretch,
      people: rows.map((r) => ({
        personId: r.person_id,
        baselineQuarters: r.q.slice(0, 4) as [number, number, number, number],
        yearQuarters: r.q.slice(4, 8) as [number, number, number, number],
        memberships: spansBy.get(r.person_id) ?? [],
      })),
    });
    const currency = await q.dataCurrency(trx, actor.partnershipId);
    const method = [
      list
        ? `Cohort: the ${figures.cohortSize} people on the frozen list "${list.name}" (cohort date ${cohortDate}, frozen ${list.frozenAt.slice(0, 10)} by ${list.frozenBy}).`
        : `Cohort: the ${figures.cohortSize} members of ${s.code} on ${cohortDate} (membership spans are [start, end)).`,
      `Baseline: offences proven by conviction that the cohort committed in ${baseYear.label} (${baseYear.start} up to ${baseYear.end}), by offence date; cautions are not counted.`,
      `Threshold = round(baseline × (1 − ceiling)) = round(${figures.baseline} × (1 − ${ceiling})) = ${figures.threshold}; expected per quarter = threshold ÷ 4 = ${figures.threshold / 4}.`,
      `Actual: convictions for offences committed in ${year.label}, each in the quarter of its offence date, whenever convicted${asOf ? ` (only convictions recorded by ${asOf})` : ''}.`,
      'Variance = actual − expected for each quarter and cumulatively; reduction achieved = (baseline − actual) ÷ baseline.',
      'Share convicted: cohort members with at least one such conviction in the year ÷ cohort size.',
      'Rolling 12 months to each quarter end: observed convictions by offence date, against a prediction falling in a straight line from the baseline to the threshold.',
      `Average months on the scheme: time on ${s.code} before the cohort date over all of a member's spans, averaged over the cohort.`,
      'Convictions lag offences: a figure for a recent quarter will rise as courts deal with its offences; see the data currency.',
    ];
    const report = {
      measure: 'ni30' as const,
      modelVersion: NI30_METHOD_VERSION,
      scheme: { code: s.code, name: s.name },
      year: year.label,
      baselineYear: baseYear.label,
      cohort: { source: source.kind, cohortDate, list },
      ...figures,
      dataCurrency: { asOf, ...currency },
      method,
    };
    const resultId = await record(trx, actor, {
      measure: 'ni30',
      schemeId: s.id,
      modelVersion: NI30_METHOD_VERSION,
      inputs: { ...input, cohortDate },
      figures: report,
      what: `NI30 figures for ${s.code} ${year.label}`,
    });
    return { resultId, ...report };
  });
}

// ------------------------------------------------------------------ cohort lists

export async function freezeCohortList(
  db: Db,
  actor: Actor,
  input: { schemeCode: string; name: string; cohortDate?: IsoDate | null; year?: string | null; note?: string | null },
): Promise<{ id: number; name: string; cohortDate: IsoDate; members: number }> {
  allow(actor, ['scheme_manager', 'administrator'], 'freeze a cohort list');
  if (!input.name?.trim()) throw invalid('name: a frozen cohort list needs a name.');
  let yearLabel: string | null = null;
  let cohortDate = date('cohortDate', input.cohortDate);
  if (input.year) {
    try {
      const y = performanceYear(input.year);
      yearLabel = y.label;
      cohortDate ??= y.start;
    } catch (e) {
      throw invalid((e as Error).message);
    }
  }
  if (!cohortDate) throw invalid('cohortDate: give the cohort date, or the performance year (its 1 April is used).');
  return db.transaction().execute(async (trx) => {
    const s = await scheme(trx, actor, input.schemeCode);
    const existing = await trx.selectFrom('cohort_lists').select('id').where('partnership_id', '=', actor.partnershipId).where('scheme_id', '=', s.id).where('name', '=', input.name).executeTakeFirst();
    if (existing) throw invalid(`name: scheme ${s.code} already has a cohort list called "${input.name}" (id ${existing.id}); lists are frozen and never changed.`);
    const l = await trx
      .insertInto('cohort_lists')
      .values({
        partnership_id: actor.partnershipId,
        scheme_id: s.id,
        name: input.name.trim(),
        performance_year: yearLabel,
        cohort_date: cohortDate!,
        note: input.note ?? null,
        frozen_by: actor.userId,
        frozen_by_label: actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = await q.cohortMembers(trx, actor.partnershipId, { kind: 'membership', schemeId: s.id, cohortDate: cohortDate! });
    if (members.length) await trx.insertInto('cohort_list_members').values(members.map((person_id) => ({ cohort_list_id: l.id, person_id }))).execute();
    await appendAudit(trx, actor, {
      action: 'collection',
      what: `froze cohort list "${input.name}" of ${s.code} on ${cohortDate}`,
      details: { cohortListId: l.id, members: members.length },
    });
    return { id: l.id, name: input.name.trim(), cohortDate: cohortDate!, members: members.length };
  });
}

export async function listCohortLists(db: Db, actor: Actor, input: { schemeCode?: string | null } = {}) {
  allow(actor, AGGREGATE_ROLES, 'see cohort lists');
  let query = db
    .selectFrom('cohort_lists as l')
    .innerJoin('schemes as s', 's.id', 'l.scheme_id')
    .select((eb) => [
      'l.id',
      'l.name',
      's.code as scheme',
      'l.performance_year',
      'l.cohort_date',
      'l.frozen_at',
      'l.frozen_by_label',
      eb.selectFrom('cohort_list_members as m').select((e) => e.fn.countAll<number>().as('n')).whereRef('m.cohort_list_id', '=', 'l.id').as('members'),
    ])
    .where('l.partnership_id', '=', actor.partnershipId)
    .orderBy('l.id');
  if (input.schemeCode) query = query.where('s.code', '=', input.schemeCode);
  return query.execute();
}

// ------------------------------------------------------------------ OGRS3

export interface PersonOgrs3Report extends PersonOgrs3 {
  personId: number;
  personRef: string;
  sanctionOccasions: number;
  principalOffenceCode: string | null;
  category: { category: string; source: string } | null;
}

function toPersonOgrs3(r: q.Ogrs3Row): PersonOgrs3Report {
  const category = r.last_date === null ? null : ogrs3CategoryFor(r.offence_code, r.code_category, r.group_category);
  const out = ogrs3ForPerson({
    sex: r.sex,
    dateOfBirth: r.date_of_birth,
    asOf: r.as_of,
    sanctions: { occasions: r.occasions, firstSanctionDate: r.first_date, lastSanctionDate: r.last_date, principalOffenceCode: r.offence_code },
    category,
  });
  return {
    personId: r.person_id,
    personRef: r.person_ref,
    sanctionOccasions: r.occasions,
    principalOffenceCode: r.offence_code,
    category: category && { category: category.category, source: category.source },
    ...out,
  };
}

/** OGRS3 for one person as of a date: a consultation of that person, logged. */
export async function personOgrs3(db: Db, actor: Actor, input: { personRef: string; asOf: IsoDate; justification?: string | null }): Promise<PersonOgrs3Report> {
  allow(actor, ['practitioner', 'analyst', 'scheme_manager', 'administrator'], 'see a person');
  const asOf = date('asOf', input.asOf);
  if (!asOf) throw invalid('asOf: the date to score as of is required.');
  return db.transaction().execute(async (trx) => {
    const p = await trx
      .selectFrom('people')
      .select(['id', 'restricted'])
      .where('partnership_id', '=', actor.partnershipId)
      .where('person_ref', '=', input.personRef)
      .executeTakeFirst();
    if (!p) throw notFound(`No person with reference ${input.personRef}.`);
    if (p.restricted && actor.userId !== null) {
      const named = await trx.selectFrom('person_access').select('user_id').where('person_id', '=', p.id).where('user_id', '=', actor.userId).executeTakeFirst();
      if (!named) throw forbidden(`Person ${input.personRef} is restricted to named users.`);
    }
    if (p.restricted && !input.justification) throw invalid('justification: viewing a restricted person needs a stated justification.');
    const [row] = await q.ogrs3Inputs(trx, actor.partnershipId, [{ personId: p.id, asOf }]);
    await appendAudit(trx, actor, { action: 'consultation', personId: p.id, what: `OGRS3 as of ${asOf}`, justification: input.justification ?? null });
    return toPersonOgrs3(row!);
  });
}

export interface CohortOgrs3Report {
  measure: 'ogrs3_cohort';
  resultId: number;
  modelVersion: string;
  scheme: { code: string; name: string };
  asOf: IsoDate;
  /** Who was scored: the scheme's members on asOf, or a frozen cohort list's people. */
  cohort: { source: 'membership' | 'frozen_list'; list: { id: number; name: string; cohortDate: IsoDate } | null };
  cohortSize: number;
  scored: number;
  unscored: number;
  meanOneYear: number | null;
  meanTwoYear: number | null;
  bands: Record<Ogrs3Band, number>;
  fellBackToOther: number;
  /** Per person; empty for board members. */
  people: PersonOgrs3Report[];
  method: string[];
}

/**
 * OGRS3 for every member of a scheme on a date, or for everyone on one of its
 * frozen cohort lists (the NI30 cohort), each as of that date, in one query.
 */
export async function cohortOgrs3(db: Db, actor: Actor, input: { schemeCode: string; asOf: IsoDate; cohortListId?: number | null }): Promise<CohortOgrs3Report> {
  allow(actor, AGGREGATE_ROLES, 'see cohort-wide figures');
  const asOf = date('asOf', input.asOf);
  if (!asOf) throw invalid('asOf: the date to score as of is required.');
  return analytic(db, async (trx) => {
    const s = await scheme(trx, actor, input.schemeCode);
    let source: q.CohortSource = { kind: 'membership', schemeId: s.id, cohortDate: asOf };
    let list: CohortOgrs3Report['cohort']['list'] = null;
    if (input.cohortListId !== undefined && input.cohortListId !== null) {
      const l = await q.findCohortList(trx, actor.partnershipId, input.cohortListId);
      if (!l || l.scheme_id !== s.id) throw notFound(`No frozen cohort list ${input.cohortListId} for scheme ${s.code}.`);
      source = { kind: 'frozen_list', cohortListId: l.id };
      list = { id: l.id, name: l.name, cohortDate: l.cohort_date };
    }
    const ids = await q.cohortMembers(trx, actor.partnershipId, source);
    const rows = await q.ogrs3Inputs(trx, actor.partnershipId, ids.map((personId) => ({ personId, asOf })));
    const people = rows.map(toPersonOgrs3);
    const scored = people.filter((p) => p.result);
    const bands: Record<Ogrs3Band, number> = { low: 0, medium: 0, high: 0, 'very high': 0 };
    for (const p of scored) bands[p.result!.band] += 1;
    const mean = (f: (p: PersonOgrs3Report) => number) => (scored.length ? scored.reduce((a, p) => a + f(p), 0) / scored.length : null);
    const report = {
      measure: 'ogrs3_cohort' as const,
      modelVersion: OGRS3_VERSION,
      scheme: { code: s.code, name: s.name },
      asOf,
      cohort: { source: source.kind, list },
      cohortSize: people.length,
      scored: scored.length,
      unscored: people.length - scored.length,
      meanOneYear: mean((p) => p.result!.oneYear),
      meanTwoYear: mean((p) => p.result!.twoYear),
      bands,
      fellBackToOther: people.filter((p) => p.category?.source === 'fallback_other').length,
      method: [
        list
          ? `OGRS3 (${OGRS3_VERSION}; Howard et al. 2009) for each of the ${people.length} people on the frozen list "${list.name}" of ${s.code} (cohort date ${list.cohortDate}), as of ${asOf}.`
          : `OGRS3 (${OGRS3_VERSION}; Howard et al. 2009) for each member of ${s.code} on ${asOf}, as of that date.`,
        'Sanctions are convictions and cautions up to the date, counted as occasions (one per outcome date); the latest is the current sanction and its gravest offence gives the offence category.',
        "Offence category from the code's OGRS3 mapping, else its 3-digit group's, else 'other' (counted above).",
        'People with no sanction on record are not scored.',
      ],
    };
    const resultId = await record(trx, actor, {
      measure: 'ogrs3_cohort',
      schemeId: s.id,
      modelVersion: OGRS3_VERSION,
      inputs: input,
      figures: { ...report, people: undefined },
      what: list ? `OGRS3 for the ${s.code} frozen list "${list.name}" as of ${asOf}` : `OGRS3 for the ${s.code} cohort as of ${asOf}`,
      personIds: ids,
    });
    return { resultId, ...report, people: NAMED_ROLES.includes(actor.role) ? people : [] };
  });
}

// ------------------------------------------------------------------ NI38

export interface Ni38Request {
  schemeCode?: string | null;
  /** The cohort period, both ends inclusive. Default: January–March of `year`. */
  from?: IsoDate | null;
  to?: IsoDate | null;
  /** '2008/09': its January–March quarter is the cohort period when from/to are not given. */
  year?: string | null;
  modelVersion?: string | null;
  asOf?: IsoDate | null;
}

export interface Ni38PersonFigure {
  personId: number;
  personRef: string;
  identifiedOn: IsoDate;
  how: 'positive_test' | 'required_assessment';
  areaCode: string | null;
  actual: number;
  predicted: number;
  ogrs3OneYear: number | null;
  notes: string[];
}

export interface Ni38Report {
  measure: 'ni38';
  resultId: number;
  modelVersion: string;
  model: string;
  scheme: { code: string; name: string } | null;
  from: IsoDate;
  to: IsoDate;
  cohortSize: number;
  actual: number;
  predicted: number;
  ratio: number | null;
  difference: number;
  contributorCount: number;
  /** Named contributors; empty for board members, who see the count. */
  contributors: (Ni38Contributor & { personRef: string })[];
  byArea: { areaCode: string | null; cohortSize: number; actual: number; predicted: number; ratio: number | null }[];
  identifiedBy: { positiveTest: number; requiredAssessment: number };
  concentration: Concentration;
  people: Ni38PersonFigure[];
  method: string[];
}

export async function ni38(db: Db, actor: Actor, input: Ni38Request): Promise<Ni38Report> {
  allow(actor, AGGREGATE_ROLES, 'see cohort-wide figures');
  let from = date('from', input.from);
  let to = date('to', input.to);
  if ((from === null) !== (to === null)) throw invalid('Give both from and to, or neither (then the January–March quarter of --year).');
  if (from === null) {
    if (!input.year) throw invalid('Give the cohort period (from and to) or a performance year, whose January–March quarter is used.');
    let y;
    try {
      y = performanceYear(input.year);
    } catch (e) {
      throw invalid((e as Error).message);
    }
    from = y.quarters[3].start;
    to = addDays(y.end, -1);
  }
  if (to! < from) throw invalid(`to (${to}) is before from (${from}).`);
  const model = NI38_MODELS[input.modelVersion ?? DEFAULT_NI38_MODEL.version];
  if (!model) throw invalid(`modelVersion: no NI38 model "${input.modelVersion}". Known: ${Object.keys(NI38_MODELS).join(', ')}.`);
  const asOf = date('asOf', input.asOf);

  return analytic(db, async (trx) => {
    const s = input.schemeCode ? await scheme(trx, actor, input.schemeCode) : null;
    const rows = await q.ni38Rows(trx, actor.partnershipId, { from: from!, to: to!, schemeId: s?.id ?? null, asOf });
    const inputs = await q.ogrs3Inputs(trx, actor.partnershipId, rows.map((r) => ({ personId: r.person_id, asOf: r.identified_on })));
    const inputBy = new Map(inputs.map((r) => [r.person_id, r]));
    const people: Ni38PersonFigure[] = rows.map((r) => {
      const row = inputBy.get(r.person_id)!;
      const o = toPersonOgrs3(row);
      const notes = [...o.notes];
      let p1 = o.result?.oneYear ?? null;
      let predicted: number;
      if (o.result) {
        predicted = model.predict({ identifiedOn: r.identified_on, ogrs3OneYear: o.result.oneYear, ogrs3TwoYear: o.result.twoYear, ogrs3Band: o.result.band, sanctionOccasions: o.sanctionOccasions });
      } else {
        // No sanction before identification: score as if identification were a
        // first sanction for an unclassified offence, so everyone has a prediction.
        const first = ogrs3ForPerson({
          sex: row.sex,
          dateOfBirth: row.date_of_birth,
          asOf: r.identified_on,
          sanctions: { occasions: 1, firstSanctionDate: r.identified_on, lastSanctionDate: r.identified_on, principalOffenceCode: null },
          category: { category: 'other', source: 'fallback_other', note: null },
        });
        p1 = first.result!.oneYear;
        predicted = model.predict({ identifiedOn: r.identified_on, ogrs3OneYear: first.result!.oneYear, ogrs3TwoYear: first.result!.twoYear, ogrs3Band: first.result!.band, sanctionOccasions: 0 });
        notes.push("no sanction before identification: OGRS3 taken as for a first sanction on the identification date, category 'other'");
      }
      return { personId: r.person_id, personRef: r.person_ref, identifiedOn: r.identified_on, how: r.how, areaCode: r.area_code, actual: r.actual, predicted, ogrs3OneYear: p1, notes };
    });
    const figures = computeNi38(people);
    const refOf = new Map(people.map((p) => [p.personId, p.personRef]));
    const areas = new Map<string | null, Ni38PersonFigure[]>();
    for (const p of people) {
      if (!areas.has(p.areaCode)) areas.set(p.areaCode, []);
      areas.get(p.areaCode)!.push(p);
    }
    const byArea = [...areas.entries()]
      .map(([areaCode, ps]) => {
        const a = computeNi38(ps);
        return { areaCode, cohortSize: a.cohortSize, actual: a.actual, predicted: a.predicted, ratio: a.ratio };
      })
      .sort((a, b) => (a.areaCode ?? '~').localeCompare(b.areaCode ?? '~'));
    const report = {
      measure: 'ni38' as const,
      modelVersion: model.version,
      model: model.description,
      scheme: s && { code: s.code, name: s.name },
      from: from!,
      to: to!,
      cohortSize: figures.cohortSize,
      actual: figures.actual,
      predicted: figures.predicted,
      ratio: figures.ratio,
      difference: figures.difference,
      contributorCount: figures.contributors.length,
      contributors: figures.contributors.map((c) => ({ ...c, personRef: refOf.get(c.personId)! })),
      byArea,
      identifiedBy: { positiveTest: people.filter((p) => p.how === 'positive_test').length, requiredAssessment: people.filter((p) => p.how === 'required_assessment').length },
      concentration: concentration(people.map((p) => p.actual)),
      people,
      method: [
        `Cohort: people first identified as Class A drug users from ${from} to ${to} inclusive — a test positive for opiates or cocaine on arrest or charge, or a required assessment finding a drug misuser${s ? `, and on ${s.code} at some time in that period` : ''}. The earliest identification counts.`,
        "Area: the area of the address the person lived at on the identification date; it stays fixed.",
        `Actual: offences proven by conviction (cautions excluded) committed in the 12 months after identification (the day after, to the anniversary)${asOf ? `, convicted by ${asOf}` : ''}.`,
        `Predicted (${model.version}): ${model.description}`,
        'Ratio = actual ÷ predicted: 1 is offending as predicted; below 1 is better.',
        'Contributors: the people with the largest excess of actual over predicted, taken until their excess covers the cohort\'s difference.',
      ],
    };
    const resultId = await record(trx, actor, {
      measure: 'ni38',
      schemeId: s?.id ?? null,
      modelVersion: model.version,
      inputs: { ...input, from, to },
      // The per-person list can be recomputed from the stored events; the
      // figure, its contributors and the model version are what is kept.
      figures: { ...report, people: undefined },
      what: `NI38 figures for ${s?.code ?? 'the partnership'} ${from} to ${to}`,
      personIds: people.map((p) => p.personId),
    });
    if (!NAMED_ROLES.includes(actor.role)) return { resultId, ...report, contributors: [], people: [] };
    return { resultId, ...report };
  });
}

// ------------------------------------------------------------------ proven reoffending

export interface ReoffendingRequest {
  schemeCode?: string | null;
  from: IsoDate;
  to: IsoDate;
  /** The date the figures are read on (for "provisional"); the caller's today. */
  asOf: IsoDate;
}

export interface ReoffendingReport extends ReoffendingFigures {
  measure: 'reoffending';
  resultId: number;
  modelVersion: string;
  scheme: { code: string; name: string } | null;
  from: IsoDate;
  to: IsoDate;
  asOf: IsoDate;
  gravityTableSize: number;
  method: string[];
}

export const REOFFENDING_METHOD_VERSION = 'proven-reoffending-1';

export async function reoffending(db: Db, actor: Actor, input: ReoffendingRequest): Promise<ReoffendingReport> {
  allow(actor, AGGREGATE_ROLES, 'see cohort-wide figures');
  const from = date('from', input.from);
  const to = date('to', input.to);
  const asOf = date('asOf', input.asOf);
  if (!from || !to) throw invalid('from and to: the period whose index events start follow-up is required.');
  if (!asOf) throw invalid('asOf is required.');
  if (to < from) throw invalid(`to (${to}) is before from (${from}).`);
  return analytic(db, async (trx) => {
    const s = input.schemeCode ? await scheme(trx, actor, input.schemeCode) : null;
    const rows = await q.reoffendingRows(trx, actor.partnershipId, { from, to, schemeId: s?.id ?? null });
    const people = new Map<number, ReoffendingPerson>();
    for (const r of rows) {
      let p = people.get(r.person_id);
      if (!p) people.set(r.person_id, (p = { personId: r.person_id, startDate: r.start_date, offences: [] }));
      if (r.n > 0) p.offences.push({ groupCode: r.group_code, count: r.n, violent: r.violent });
    }
    const gravity = await gravityTable(trx, actor.partnershipId);
    const costs = await q.effectiveUnitCosts(trx, actor.partnershipId);
    const figures = computeReoffending({
      people: [...people.values()],
      gravity,
      unitCosts: costs.map((c) => ({ category: c.category, pounds: c.pounds, priceYear: c.price_year, groupCodes: c.group_codes })),
      asOf,
    });
    const report = {
      measure: 'reoffending' as const,
      modelVersion: REOFFENDING_METHOD_VERSION,
      scheme: s && { code: s.code, name: s.name },
      from,
      to,
      asOf,
      gravityTableSize: gravity.size,
      ...figures,
      method: [
        `Cohort: people whose first index event falls from ${from} to ${to} inclusive — release from custody, or a caution or non-custodial conviction${s ? `; and on ${s.code} at some time in that period` : ''}. That event starts follow-up.`,
        'A proven reoffence is a conviction or caution for an offence committed in the 12 months after the start of follow-up (the day after, to the anniversary), proven by court or caution within a further 6 months.',
        'Binary rate = people with any proven reoffence ÷ cohort. Frequency = reoffences ÷ cohort (per offender) and ÷ reoffenders (per reoffender).',
        `Severity: each reoffence graded by the partnership's gravity table, keyed by 3-digit Home Office offence group (${gravity.size} groups graded); offences in ungraded groups are counted as such.`,
        'Cost: reoffences × the unit cost of crime for their category (Heeks et al. 2018, 2015/16 prices, editable). Categories with no figure entered are not costed and are counted.',
        'Concentration: share of reoffences committed by the most prolific 10% of the cohort, read from the Lorenz curve.',
        figures.provisional
          ? `Provisional: ${figures.incompleteFollowUp} people's follow-up and six-month wait end after ${asOf}.`
          : `Final: every follow-up and its six-month wait ended by ${asOf}.`,
      ],
    };
    const resultId = await record(trx, actor, {
      measure: 'reoffending',
      schemeId: s?.id ?? null,
      modelVersion: REOFFENDING_METHOD_VERSION,
      inputs: input,
      figures: report,
      what: `Proven reoffending for ${s?.code ?? 'the partnership'} ${from} to ${to}`,
      personIds: [...people.keys()],
    });
    return { resultId, ...report };
  });
}

// ------------------------------------------------------------------ reference tables

export async function listUnitCosts(db: Db, actor: Actor) {
  allow(actor, AGGREGATE_ROLES, 'see the unit costs of crime');
  return q.effectiveUnitCosts(db, actor.partnershipId);
}

/** Sets a category's cost (and optionally its offence groups) for this partnership; a new category may be added. */
export async function setUnitCost(
  db: Db,
  actor: Actor,
  input: { category: string; pounds: number | null; priceYear?: string | null; source?: string | null; groupCodes?: string[] | null },
) {
  allow(actor, EDIT_ROLES, 'edit the unit costs of crime');
  const category = input.category.trim().toLowerCase();
  if (!category) throw invalid('category: name the category of crime.');
  if (input.pounds !== null && (!Number.isFinite(input.pounds) || input.pounds < 0)) throw invalid(`pounds: ${input.pounds} must be a sum of money of 0 or more.`);
  for (const g of input.groupCodes ?? []) if (!/^[0-9]{3}$/.test(g)) throw invalid(`groupCodes: "${g}" is not a 3-digit Home Office offence group.`);
  return db.transaction().execute(async (trx) => {
    const current = (await q.effectiveUnitCosts(trx, actor.partnershipId)).find((c) => c.category === category);
    if (!current && !input.groupCodes?.length) throw invalid(`category: "${category}" is new; give the 3-digit offence groups it covers.`);
    const row = {
      pounds: input.pounds,
      price_year: input.priceYear ?? current?.price_year ?? null,
      source: input.source ?? (current?.own ? current.source : `entered by ${actor.label}`),
      group_codes: input.groupCodes ?? current!.group_codes,
      updated_by_label: actor.label,
      updated_at: new Date(),
    };
    const own = await trx.selectFrom('unit_costs').select('id').where('partnership_id', '=', actor.partnershipId).where('category', '=', category).executeTakeFirst();
    if (own) await trx.updateTable('unit_costs').set(row).where('id', '=', own.id).execute();
    else await trx.insertInto('unit_costs').values({ partnership_id: actor.partnershipId, category, ...row }).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: `unit cost of ${category} set to ${input.pounds ?? 'none'}`, details: { category, pounds: input.pounds, groupCodes: row.group_codes } });
    return (await q.effectiveUnitCosts(trx, actor.partnershipId)).find((c) => c.category === category)!;
  });
}

/** The performance measures. Built once by the composition root (src/services.ts). */
export function performanceService(deps: { db: Kysely<DB>; clock: Clock }) {
  void deps;
  return {};
}
