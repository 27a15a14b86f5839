// Reviews (SPEC 3.4): the six de-selection rules over every member of a
// scheme on a date, re-selection reviews for former members in custody, and
// the one automatic exit (a death).
import { requirePermission } from '../access/permissions.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { visiblePerson } from '../access/need-to-know.js';
import { appendAudit, auditList } from '../access/audit.js';
import { showReasons } from '../selection/withhold.js';
import type { DB, IsoDate } from '../db/schema.js';
import { findScheme } from '../schemes/find.js';
import { requireIsoDate } from '../calendar/dates.js';
import { addDays } from '../calendar/dates.js';
import { continuousMembershipStart, deceasedOn, reselectionReview, reviewMember, type RuleResult } from '../selection/deselection.js';
import { loadOffenceReference } from '../offences/store.js';
import { loadHistories } from '../selection/histories.js';
import { getMatrix, membersOn } from '../selection/service.js';
import type { Reason } from '../selection/reasons.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface MemberReview {
  personId: number;
  personRef: string;
  tierCode: string | null;
  memberSince: IsoDate;
  rules: RuleResult[];
}

export interface SchemeReview {
  schemeCode: string;
  asOf: IsoDate;
  matrixVersion: number;
  members: MemberReview[];
  /** Former members de-selected for custody: rule 3's re-selection review. */
  reselection: { personId: number; personRef: string; result: RuleResult }[];
  /** Members who have died: they leave automatically (applyAutomaticExits). */
  automaticExits: { personId: number; personRef: string; membershipId: number; dateOfDeath: IsoDate }[];
}

/** The date of each person's last panel decision on the scheme, on or before the date (the regular and two-year reviews read it). */
export async function lastReviews(db: Executor, partnershipId: number, schemeId: number, asOf: IsoDate): Promise<Map<number, IsoDate>> {
  const rows = await db
    .selectFrom('panel_decisions as d')
    .innerJoin('panel_meetings as m', 'm.id', 'd.meeting_id')
    .select(['d.person_id', (eb) => eb.fn.max('m.meeting_date').as('last')])
    .where('d.partnership_id', '=', partnershipId)
    .where('m.scheme_id', '=', schemeId)
    .where('m.meeting_date', '<=', asOf)
    .groupBy('d.person_id')
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.last as IsoDate]));
}

/**
 * The six de-selection rules over every member on the date, with re-selection
 * reviews and automatic exits, read and logged (naming everyone reviewed) in
 * one transaction.
 */
export async function reviewScheme(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; asOf: string; matrixVersion?: number }): Promise<SchemeReview> {
  requirePermission(actor, 'person:view');
  const asOf = requireIsoDate(input.asOf, 'The as-of date');
  return db.transaction().execute(async (trx) => {
    const review = await reviewIn(trx, actor, { ...input, asOf });
    await auditList(trx, actor, { what: `review of scheme ${review.schemeCode} as of ${asOf}`, personIds: reviewedIds(review), details: { asOf } });
    return review;
  });
}

/** Everyone a review names. */
export function reviewedIds(review: SchemeReview): number[] {
  return [...review.members.map((m) => m.personId), ...review.reselection.map((r) => r.personId), ...review.automaticExits.map((e) => e.personId)];
}

/**
 * The review, read within the caller's transaction (which logs it). Each
 * reason that rests on data the viewer may not see is withheld whole.
 */
export async function reviewIn(db: Transaction<DB>, actor: Actor, input: { schemeCode: string; asOf: IsoDate; matrixVersion?: number }): Promise<SchemeReview> {
  const asOf = input.asOf;
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  const matrix = await getMatrix(db, actor, { schemeCode: scheme.code, version: input.matrixVersion });
  const members = await membersOn(db, actor.partnershipId, scheme.id, asOf, actor);
  // Former members whose last membership ended for significant custody, and who are not members now.
  const memberIds = new Set(members.map((m) => m.person_id));
  const former = await db
    .selectFrom('memberships as m')
    .select(['m.person_id', 'm.end_date'])
    .where('m.partnership_id', '=', actor.partnershipId)
    .where('m.scheme_id', '=', scheme.id)
    .where('m.end_reason', '=', 'significant_custody')
    .where('m.end_date', '<=', asOf)
    .where(visiblePerson(actor, 'm.person_id'))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('memberships as later').select('later.id').whereRef('later.person_id', '=', 'm.person_id').whereRef('later.scheme_id', '=', 'm.scheme_id').whereRef('later.start_date', '>', 'm.start_date').where('later.start_date', '<=', asOf),
        ),
      ),
    )
    .execute();
  const formerIds = former.map((r) => r.person_id).filter((id) => !memberIds.has(id));
  const ids = [...memberIds, ...formerIds];
  // One after another: they share the transaction's one connection.
  const histories = await loadHistories(db, actor.partnershipId, ids);
  const offences = await loadOffenceReference(db, actor.partnershipId);
  const reviews = await lastReviews(db, actor.partnershipId, scheme.id, asOf);
  const risks = await db.selectFrom('risk_assessments').select(['person_id', 'assessment_date', 'risk_of_serious_harm']).where('partnership_id', '=', actor.partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).orderBy('assessment_date').orderBy('id').execute();
  const mappa = await db.selectFrom('mappa_referrals').select(['person_id', 'referral_date', 'outcome']).where('partnership_id', '=', actor.partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).orderBy('referral_date').orderBy('id').execute();
  const ctxFor = (personId: number) => ({
    asOf,
    schemeCode: scheme.code,
    schemeAreaCodes: new Set(scheme.areaCodes),
    config: matrix.config,
    offences,
    riskAssessments: risks.filter((r) => r.person_id === personId).map((r) => ({ date: r.assessment_date, riskOfSeriousHarm: r.risk_of_serious_harm })),
    mappaReferrals: mappa.filter((r) => r.person_id === personId).map((r) => ({ date: r.referral_date, outcome: r.outcome })),
    lastReviewDate: reviews.get(personId) ?? null,
  });
  const out: SchemeReview = { schemeCode: scheme.code, asOf, matrixVersion: matrix.version, members: [], reselection: [], automaticExits: [] };
  for (const m of members) {
    const h = histories.get(m.person_id);
    if (!h) continue;
    const died = deceasedOn(h, asOf);
    if (died) {
      out.automaticExits.push({ personId: h.personId, personRef: h.personRef, membershipId: m.id, dateOfDeath: died });
      continue;
    }
    const rules = reviewMember(h, ctxFor(h.personId)).map((r) => shown(actor, r));
    const memberSince = continuousMembershipStart(h, scheme.code, asOf) ?? m.start_date;
    out.members.push({ personId: h.personId, personRef: h.personRef, tierCode: m.tier_code, memberSince, rules });
  }
  for (const r of former) {
    if (memberIds.has(r.person_id)) continue;
    const h = histories.get(r.person_id);
    if (!h || deceasedOn(h, asOf)) continue;
    out.reselection.push({ personId: h.personId, personRef: h.personRef, result: shown(actor, reselectionReview(h, ctxFor(h.personId), r.end_date!)) });
  }
  out.members.sort((a, b) => (a.personRef < b.personRef ? -1 : 1));
  return out;
}

/** A rule's result with each reason the viewer may not see withheld whole. */
function shown(actor: Actor, r: RuleResult): RuleResult {
  return { ...r, reasons: showReasons(actor, r.reasons) };
}

/** The review as flat rows: one per member per rule, and one per re-selection review (the CLI's JSON). */
export function reviewRows(review: SchemeReview): { personId: number; personRef: string; rule: string; met: boolean; reasons: Reason[]; prompts: RuleResult['prompts'] }[] {
  const rows = review.members.flatMap((m) => m.rules.map((r) => ({ personId: m.personId, personRef: m.personRef, rule: r.rule, met: r.met, reasons: r.reasons, prompts: r.prompts })));
  for (const r of review.reselection) rows.push({ personId: r.personId, personRef: r.personRef, rule: r.result.rule, met: r.result.met, reasons: r.result.reasons, prompts: r.result.prompts });
  return rows;
}

/** Ends the memberships of members who have died, with end reason "deceased". */
export async function applyAutomaticExits(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; asOf: string }): Promise<{ personRef: string; dateOfDeath: IsoDate }[]> {
  requirePermission(actor, 'panel:decide');
  const review = await reviewScheme(db, actor, input);
  if (review.automaticExits.length === 0) return [];
  await db.transaction().execute(async (trx) => {
    for (const e of review.automaticExits) {
      const m = await trx.selectFrom('memberships').select(['start_date']).where('id', '=', e.membershipId).executeTakeFirstOrThrow();
      // A membership ends the day after death, or on the day it started if that is later (spans are half-open).
      const end = addDays(e.dateOfDeath, 1) > m.start_date ? addDays(e.dateOfDeath, 1) : addDays(m.start_date, 1);
      await trx
        .updateTable('memberships')
        .set({ end_date: end, end_reason: 'deceased', end_reason_raw: 'deceased', exit_plan: 'None: the person has died.' })
        .where('id', '=', e.membershipId)
        .where('partnership_id', '=', actor.partnershipId)
        .execute();
      await appendAudit(trx, actor, { action: 'alteration', personId: e.personId, what: `membership of ${input.schemeCode} ended: deceased`, details: { membershipId: e.membershipId } });
    }
  });
  return review.automaticExits.map((e) => ({ personRef: e.personRef, dateOfDeath: e.dateOfDeath }));
}

/** One row of `waymark review --json` and of the API's review: a member's rule, or a re-selection review. */
export interface ReviewJsonRow {
  personRef: string;
  rule: string;
  met: boolean;
  reasons: Reason[];
  prompts: RuleResult['prompts'];
}

/** The review as `waymark review --json` prints it and the API returns it, whole. */
export function reviewJsonRows(review: SchemeReview): ReviewJsonRow[] {
  return reviewRows(review).map((r) => ({ personRef: r.personRef, rule: r.rule, met: r.met, reasons: r.reasons, prompts: r.prompts }));
}
