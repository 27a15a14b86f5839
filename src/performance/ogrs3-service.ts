// OGRS3 from stored sanctions (SPEC 3.6): for one person as of a date (a logged
// consultation), or over a scheme's cohort; the scoring itself is ogrs3.ts and
// ogrs3-history.ts. NI38 reads its predictions through the same query.
import { requirePermission, mayNot, can, JustificationRequiredError } from '../access/permissions.js';
import { sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit, auditList } from '../access/audit.js';
import { visiblePeople } from '../access/need-to-know.js';
import type { IsoDate } from '../calendar/dates.js';
import type { Sex } from '../db/schema.js';
import { jsonRows } from '../db/json-rows.js';
import { OGRS3_VERSION, type Ogrs3Band } from './ogrs3.js';
import { ogrs3CategoryFor, ogrs3ForPerson, type PersonOgrs3 } from './ogrs3-history.js';
import * as q from './queries.js';
import { analytic, date, invalid, notFound, record, scheme, visibleIds, writerOf, type Db } from './service-support.js';

export interface Ogrs3Row {
  person_id: number;
  as_of: IsoDate;
  person_ref: string;
  sex: Sex;
  date_of_birth: IsoDate;
  occasions: number;
  first_date: IsoDate | null;
  last_date: IsoDate | null;
  offence_code: string | null;
  code_category: string | null;
  group_category: string | null;
  code_known: boolean;
}

/**
 * What OGRS3 needs, for many people each as of their own date, in one query:
 * sanction occasions (distinct outcome dates of convictions and cautions) up to
 * the date, the first and latest, and the principal offence of the latest (the
 * gravest by the gravity table, then the lowest code), with its code's and its
 * group's OGRS3 category.
 */
export async function ogrs3Inputs(db: Db, partnershipId: number, targets: { personId: number; asOf: IsoDate }[]): Promise<Ogrs3Row[]> {
  if (targets.length === 0) return [];
  const ids = targets.map((t) => t.personId);
  const dates = targets.map((t) => t.asOf);
  // One pass over the targets' sanctions: `person_id = ANY(ids)` lets both
  // engines read only their rows through the person index (joined to the
  // unnest alone, the planner cannot see how few they are and reads the whole
  // table), and one grouping gives the occasions, the first and latest dates
  // and the principal offence of the latest (the first in date-then-gravity
  // order), so the categories are looked up once a person.
  const rows = await jsonRows<Ogrs3Row>(
    db,
    sql`
    WITH targets AS (SELECT * FROM unnest(${ids}::bigint[], ${dates}::date[]) AS t(person_id, as_of)),
    occ AS (
      SELECT t.person_id, t.as_of, count(DISTINCT o.outcome_date) AS occasions, min(o.outcome_date) AS first_date, max(o.outcome_date) AS last_date,
             (array_agg(o.offence_code ORDER BY o.outcome_date DESC, g.gravity DESC NULLS LAST, o.offence_code ASC NULLS LAST))[1] AS offence_code
      FROM targets t JOIN outcomes o ON o.person_id = t.person_id AND o.outcome_date <= t.as_of
      LEFT JOIN offence_gravity g ON g.partnership_id = ${partnershipId} AND g.group_code = substr(o.offence_code, 1, 3)
      WHERE o.partnership_id = ${partnershipId} AND o.person_id = ANY(${ids}::bigint[])
      GROUP BY t.person_id, t.as_of
    )
    SELECT t.person_id, t.as_of, p.person_ref, p.sex, p.date_of_birth,
           coalesce(occ.occasions, 0) AS occasions, occ.first_date, occ.last_date,
           occ.offence_code, oc.ogrs3_category AS code_category, og.ogrs3_category AS group_category, (oc.code IS NOT NULL) AS code_known
    FROM targets t
    JOIN people p ON p.id = t.person_id AND p.partnership_id = ${partnershipId} AND p.id = ANY(${ids}::bigint[])
    LEFT JOIN occ ON occ.person_id = t.person_id AND occ.as_of = t.as_of
    LEFT JOIN offence_codes oc ON oc.code = occ.offence_code
    LEFT JOIN offence_groups og ON og.group_code = substr(occ.offence_code, 1, 3)`,
    { order: sql`json_row.person_id, json_row.as_of` },
  );
  return rows.map((x) => ({ ...x, person_id: Number(x.person_id), occasions: Number(x.occasions) }));
}

// ------------------------------------------------------------------ the measure

export interface PersonOgrs3Report extends PersonOgrs3 {
  personId: number;
  personRef: string;
  sanctionOccasions: number;
  principalOffenceCode: string | null;
  category: { category: string; source: string } | null;
}

export function toPersonOgrs3(r: Ogrs3Row): PersonOgrs3Report {
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
  requirePermission(actor, 'person:view', mayNot(actor, 'see a person'));
  const asOf = date('asOf', input.asOf);
  if (!asOf) throw invalid('asOf: the date to score as of is required.');
  return db.transaction().execute(async (trx) => {
    const p = await trx
      .selectFrom('people')
      .select(['id', 'restricted'])
      .select(visiblePeople(actor).as('visible'))
      .where('partnership_id', '=', actor.partnershipId)
      .where('person_ref', '=', input.personRef)
      .executeTakeFirst();
    // A restricted person the actor is not named on is not there, as for every read of a person.
    if (!p || !p.visible) throw notFound(`No person with reference ${input.personRef}.`);
    // As every read of a restricted record asks (the CLI then names --justification, the API the X-Justification header).
    if (p.restricted && !input.justification) throw new JustificationRequiredError();
    const [row] = await ogrs3Inputs(trx, actor.partnershipId, [{ personId: p.id, asOf }]);
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
  requirePermission(actor, 'performance:view', mayNot(actor, 'see cohort-wide figures'));
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
    const rows = await ogrs3Inputs(trx, actor.partnershipId, ids.map((personId) => ({ personId, asOf })));
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
    if (!can(actor, 'performance:names')) return { resultId, ...report, people: [] };
    // A restricted person the viewer is not named on is left out of the list whole.
    const visible = await visibleIds(trx, actor, people.map((p) => p.personId));
    const shown = people.filter((p) => visible.has(p.personId));
    await auditList(writerOf(trx), actor, { what: `OGRS3 people of result ${resultId}`, personIds: shown.map((p) => p.personId), details: { resultId } });
    return { resultId, ...report, people: shown };
  });
}
