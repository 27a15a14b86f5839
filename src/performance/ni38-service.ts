// NI38 (SPEC 3.6): actual against predicted offending of Class A drug users
// identified in a cohort period, read from the stored tests, assessments and
// outcomes and handed to the pure arithmetic of ni38.ts.
import { requirePermission, mayNot, can } from '../access/permissions.js';
import { sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { IsoDate } from '../calendar/dates.js';
import { spanCovers, spanOverlapsDays } from '../calendar/sql.js';
import { jsonRows } from '../db/json-rows.js';
import { concentration, type Concentration } from './concentration.js';
import { computeNi38, DEFAULT_NI38_MODEL, NI38_MODELS, ni38Timing, type Ni38Contributor, type Ni38Timing } from './ni38.js';
import type { Clock } from '../calendar/clock.js';
import { partnershipToday } from '../partnerships/service.js';
import { ogrs3ForPerson } from './ogrs3-history.js';
import { ogrs3Inputs, toPersonOgrs3 } from './ogrs3-service.js';
import { addDays } from '../calendar/dates.js';
import { performanceYear } from '../calendar/performance-year.js';
import { analytic, date, invalid, record, scheme, visibleIds, writerOf, type Db } from './service-support.js';
import { auditList } from '../access/audit.js';
import { WITHHELD_BECAUSE, withheldBecause } from '../access/need-to-know.js';
import { healthVisible } from '../people/consent.js';

export interface Ni38Row {
  person_id: number;
  person_ref: string;
  identified_on: IsoDate;
  how: 'positive_test' | 'required_assessment';
  actual: number;
  area_code: string | null;
}

/**
 * The NI38 cohort and its actual offences: each person's first identification
 * in [from, to] (a test positive for opiates or cocaine on arrest or charge, or
 * a required assessment finding a drug misuser), their area of residence that
 * day, and their offences proven by conviction committed in the 12 months after.
 */
export async function ni38Rows(
  db: Db,
  partnershipId: number,
  opts: { from: IsoDate; to: IsoDate; schemeId: number | null; asOf: IsoDate | null },
): Promise<Ni38Row[]> {
  const schemeFilter =
    opts.schemeId === null
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM memberships m WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${opts.schemeId}
          AND m.person_id = i.person_id AND ${spanOverlapsDays('m.start_date', 'm.end_date', opts.from, opts.to)})`;
  const rows = await jsonRows<Ni38Row>(
    db,
    sql`
    WITH idents AS (
      SELECT d.person_id, d.test_date AS identified_on, 'positive_test'::text AS how
      FROM drug_tests d
      WHERE d.partnership_id = ${partnershipId} AND d.test_date >= ${opts.from}::date AND d.test_date <= ${opts.to}::date AND (d.opiates OR d.cocaine)
      UNION ALL
      SELECT a.person_id, a.assessment_date, 'required_assessment'::text
      FROM required_assessments a
      WHERE a.partnership_id = ${partnershipId} AND a.assessment_date >= ${opts.from}::date AND a.assessment_date <= ${opts.to}::date AND a.drug_misuser
    ),
    first AS (
      SELECT DISTINCT ON (i.person_id) i.person_id, i.identified_on, i.how
      FROM idents i WHERE ${schemeFilter}
      ORDER BY i.person_id, i.identified_on, i.how
    ),
    actual AS (
      SELECT o.person_id, count(*) AS actual
      FROM outcomes o JOIN first f ON f.person_id = o.person_id
      WHERE o.partnership_id = ${partnershipId} AND o.outcome = 'conviction'
        AND o.offence_date > f.identified_on AND o.offence_date <= (f.identified_on + interval '12 months')::date
        AND (${opts.asOf}::date IS NULL OR o.outcome_date <= ${opts.asOf}::date)
      GROUP BY o.person_id
    )
    SELECT f.person_id, p.person_ref, f.identified_on, f.how, coalesce(a.actual, 0) AS actual, ad.area_code
    FROM first f
    JOIN people p ON p.id = f.person_id AND p.partnership_id = ${partnershipId}
    LEFT JOIN actual a ON a.person_id = f.person_id
    LEFT JOIN LATERAL (
      SELECT x.area_code FROM addresses x
      WHERE x.partnership_id = ${partnershipId} AND x.person_id = f.person_id
        AND ${spanCovers('x.from_date', 'x.to_date', sql.ref('f.identified_on'))}
      ORDER BY x.from_date DESC LIMIT 1
    ) ad ON true`,
    { order: sql`json_row.person_id` },
  );
  return rows.map((x) => ({ ...x, person_id: Number(x.person_id), actual: Number(x.actual) }));
}

// ------------------------------------------------------------------ the measure

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
  /**
   * Named contributors; empty for board members, who see the count, and for
   * those who may not see drug tests (the cohort is drug-tested people). A
   * person identified by a required assessment is named only to those who may
   * see their health detail.
   */
  contributors: (Ni38Contributor & { personRef: string })[];
  /** Why some or all names are withheld from this viewer (the figures stay), or null. */
  namesWithheld: string | null;
  byArea: { areaCode: string | null; cohortSize: number; actual: number; predicted: number; ratio: number | null }[];
  identifiedBy: { positiveTest: number; requiredAssessment: number };
  concentration: Concentration;
  people: Ni38PersonFigure[];
  /** Where the cohort period stands on the day it is read: a period not begun (or not ended) has no final figures yet. */
  period: Ni38Timing;
  method: string[];
}

export async function ni38(db: Db, actor: Actor, input: Ni38Request, clock: Clock): Promise<Ni38Report> {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see cohort-wide figures'));
  let from = date('from', input.from);
  let to = date('to', input.to);
  if ((from === null) !== (to === null)) throw invalid('Give both from and to, or neither (then the January–March quarter of the performance year).');
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
    const rows = await ni38Rows(trx, actor.partnershipId, { from: from!, to: to!, schemeId: s?.id ?? null, asOf });
    const inputs = await ogrs3Inputs(trx, actor.partnershipId, rows.map((r) => ({ personId: r.person_id, asOf: r.identified_on })));
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
    const period = ni38Timing(from!, to!, asOf ?? (await partnershipToday(trx, actor.partnershipId, clock)));
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
      period,
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
    if (!can(actor, 'performance:names')) return { resultId, ...report, contributors: [], people: [], namesWithheld: null };
    // Being in the cohort is itself drug-test (or health) data: the names go
    // only to those who may see it, and the list they see is logged naming them.
    const because = withheldBecause(actor, ['drug_tests']);
    if (because) return { resultId, ...report, contributors: [], people: [], namesWithheld: `Names are withheld because being in this cohort ${WITHHELD_BECAUSE[because].replace(/^it /, '')}.` };
    const healthSeen = await healthVisible(trx, actor, people.filter((p) => p.how === 'required_assessment').map((p) => p.personId));
    const inCohortBy = new Map(people.map((p) => [p.personId, p.how]));
    // A restricted person the viewer is not named on is left out of the names whole.
    const visible = await visibleIds(trx, actor, people.map((p) => p.personId));
    const shown = (p: { personId: number }) => visible.has(p.personId) && (inCohortBy.get(p.personId) !== 'required_assessment' || healthSeen.has(p.personId));
    const contributors = report.contributors.filter(shown);
    const shownPeople = people.filter(shown);
    await auditList(writerOf(trx), actor, { what: `NI38 people and contributors of result ${resultId}`, personIds: shownPeople.map((p) => p.personId), details: { resultId } });
    return {
      resultId,
      ...report,
      contributors,
      people: shownPeople,
      namesWithheld: shownPeople.length < people.length ? 'Some names are withheld: people identified by a required assessment are named only to drug-service staff, the agency leading their case, or an agency they consented to share their health detail with.' : null,
    };
  });
}
