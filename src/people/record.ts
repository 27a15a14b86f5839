// One person's record, for the person page (web), the API and the CLI: read in
// two round trips (who they are and what this viewer may see; then the rest of
// the record with one page of the timeline, timeline.ts), with what the viewer
// may not see withheld (access/need-to-know.ts), and logged as a consultation
// in the same transaction.
import { END_REASON_LABELS, type RiskOfSeriousHarm } from '../glossary.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DB, IsoDate } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { can, JustificationRequiredError, requirePermission } from '../access/permissions.js';
import { NotFoundError } from '../errors.js';
import { leadsCase, mayRecordConsent, maySee, visiblePeople, withheldBecause } from '../access/need-to-know.js';
import type { ConsentView, HealthConsent } from './consent.js';
import type { TimelineItem, TimelineKind } from './timeline-entries.js';
import { selectionReasonFor, type EntryContext } from './timeline-entries.js';
import { timelinePageOf, timelineRequest, timelineSql, type TimelinePage, type TimelineQuery, type TimelineRequest } from './timeline.js';
import { personReadBasis, type PersonReadBasis } from '../sharing/disclosures.js';

export interface PersonSummary {
  id: number;
  personRef: string;
  familyName: string;
  givenNames: string;
  dateOfBirth: IsoDate;
  pncId: string | null;
  restricted: boolean;
}

export { TIMELINE_KINDS, type TimelineKind, type TimelineItem } from './timeline-entries.js';

export interface RiskSummary {
  assessments: { id: number; date: IsoDate; riskOfSeriousHarm: RiskOfSeriousHarm; agency: string | null; assessor: string | null; notes: string | null }[];
  mappaReferrals: { id: number; date: IsoDate; outcome: string | null; outcomeDate: IsoDate | null }[];
  /** Whether this viewer may record them (and then the agencies to choose the assessor's from). */
  mayRecord: boolean;
  agencies: { code: string; name: string }[];
}

export interface PersonRecord {
  person: PersonSummary & {
    sex: string;
    ethnicity: string | null;
    dateOfDeath: IsoDate | null;
  };
  identifiers: { kind: string; value: string }[];
  addresses: { fromDate: IsoDate; toDate: IsoDate | null; areaCode: string; areaName: string | null; postcode: string | null }[];
  memberships: { schemeCode: string; schemeName: string; tier: string | null; startDate: IsoDate; endDate: IsoDate | null; endReason: string | null; selectionReason: string | null }[];
  custody: { kind: string; receptionDate: IsoDate; releaseDate: IsoDate | null; expectedReleaseDate: IsoDate | null; sentenceDays: number | null; establishment: string | null }[];
  /** One page of the timeline, newest first (the first 50 entries unless asked otherwise). */
  timeline: TimelineItem[];
  /** The cursor of the timeline's next page (GET /api/v1/people/{id}/timeline?cursor=), or null on the last. */
  timelineNext: string | null;
  /** How many entries of each kind this viewer may see, whatever the filter. */
  timelineCounts: Partial<Record<TimelineKind, number>>;
  /** Risk of serious harm assessments and MAPPA referrals, newest first. */
  risk: RiskSummary;
  /** The person's open case, if any (the case page is /people/:id/case). */
  openCaseId: number | null;
  /** What this viewer cannot see here, so the page can say so. */
  withheld: string[];
  /** The consent to share health detail in force, and whether this viewer may change it. */
  consent: ConsentView;
}

/** A person record as a page shows it: the record, and the timeline page's figures. */
export interface PersonView {
  record: PersonRecord;
  /** Entries the kinds chosen leave, how many of them come before this page, and entries in all. */
  timelineMatching: number;
  timelineBefore: number;
  timelineTotal: number;
}

type Channel = 'web' | 'api' | 'cli';

/**
 * The person, if this actor may see them, with what decides what else they
 * may see: whether the actor's agency leads the case and the consent in force.
 * Refuses a restricted record without a reason, and another agency's read
 * without an information-sharing agreement (one more query for them).
 */
async function personAccess(trx: Transaction<DB>, actor: Actor, personId: number, justification: string | null) {
  const p = await trx
    .selectFrom('people')
    .selectAll('people')
    .select(visiblePeople(actor).as('visible'))
    .select(leadsCase(actor).as('is_lead'))
    .select((eb) =>
      jsonObjectFrom(
        eb
          .selectFrom('health_consents as hc')
          .select(['hc.given_date', 'hc.share_with_all', 'hc.agency_kinds', 'hc.recorded_by_label', 'hc.recorded_at'])
          .whereRef('hc.person_id', '=', 'people.id')
          .whereRef('hc.partnership_id', '=', 'people.partnership_id')
          .where('hc.withdrawn_date', 'is', null),
      ).as('consent'),
    )
    .where('people.id', '=', personId)
    .where('people.partnership_id', '=', actor.partnershipId)
    .executeTakeFirst();
  // A restricted person the actor is not named on is answered exactly as a
  // person who does not exist: the ids run in sequence, so a different answer
  // would let anyone count the restricted (need-to-know.md).
  if (!p || !p.visible) throw new NotFoundError('No such person.');
  if (p.restricted && !justification) throw new JustificationRequiredError();
  const isLead = Boolean(p.is_lead);
  // Another agency's read rests on an information-sharing agreement, whichever door it comes through.
  const basis: PersonReadBasis = isLead ? { action: 'consultation', agreementId: null } : await personReadBasis(trx, actor, p.lead_agency_id);
  const c = p.consent;
  const consent: HealthConsent | null = c
    ? { personId: p.id, givenDate: c.given_date, scope: c.share_with_all ? 'all' : [...c.agency_kinds], recordedBy: c.recorded_by_label, recordedAt: new Date(c.recorded_at).toISOString() }
    : null;
  // Health and drug-treatment detail: drug services and the case's lead, or
  // the agencies the person consented to share it with.
  const ctx: EntryContext = {
    seeIntelligence: maySee(actor, 'intelligence'),
    seeDrugTests: maySee(actor, 'drug_tests'),
    seeHealth: maySee(actor, 'health', { isLead, consent: consent?.scope ?? null }),
    // A matrix score rests on whatever the matrix weighs (intelligence, drug tests).
    scoreHidden: withheldBecause(actor, ['intelligence', 'drug_tests']) !== null,
  };
  return { p, consent, isLead, ctx, basis };
}

/** Logs the read as a consultation, or as a disclosure under its agreement when read by an agency that does not lead the case (sharing/disclosures.ts). */
async function auditRead(trx: Transaction<DB>, actor: Actor, p: { id: number }, basis: PersonReadBasis, what: string, justification: string | null, channel: Channel) {
  await appendAudit(trx, actor, { action: basis.action, personId: p.id, what, justification, details: { channel, agreementId: basis.agreementId } });
}

/** Reads one person's record for display, with one page of the timeline, and logs the consultation. */
export async function viewPerson(
  db: Kysely<DB>,
  actor: Actor,
  personId: number,
  opts: { justification?: string; channel?: Channel; timeline?: TimelineQuery } = {},
): Promise<PersonRecord> {
  return (await viewPersonPage(db, actor, personId, opts)).record;
}

/** `viewPerson`, with the figures the person page shows beside its timeline. */
export async function viewPersonPage(
  db: Kysely<DB>,
  actor: Actor,
  personId: number,
  opts: { justification?: string; channel?: Channel; timeline?: TimelineQuery } = {},
): Promise<PersonView> {
  requirePermission(actor, 'person:view');
  const req = timelineRequest(opts.timeline);
  const justification = opts.justification?.trim() || null;
  return db.transaction().execute(async (trx) => {
    const { p, consent, isLead, ctx, basis } = await personAccess(trx, actor, personId, justification);
    const pid = p.id;
    // The rest of the record and one page of the timeline in one round trip:
    // on the embedded engine every query crosses to the database's thread.
    // The consultation is logged in the same transaction, sent without
    // waiting for the read (the connection runs them in order), so it costs
    // no round trip of its own; if either fails, neither is kept.
    const [r] = await Promise.all([
      trx
        .selectFrom('people')
        .select((eb) => [
          jsonArrayFrom(eb.selectFrom('person_identifiers').select(['kind', 'value']).whereRef('person_id', '=', 'people.id').orderBy('kind').orderBy('value')).as('identifiers'),
          jsonArrayFrom(
            eb
              .selectFrom('addresses')
              .leftJoin('areas', 'areas.id', 'addresses.area_id')
              .select(['addresses.from_date', 'addresses.to_date', 'addresses.area_code', 'areas.name as area_name', 'addresses.postcode'])
              .whereRef('addresses.person_id', '=', 'people.id')
              .orderBy('addresses.from_date', 'desc'),
          ).as('addresses'),
          jsonArrayFrom(
            eb
              .selectFrom('memberships')
              .innerJoin('schemes', 'schemes.id', 'memberships.scheme_id')
              .leftJoin('tiers', 'tiers.id', 'memberships.tier_id')
              .select(['schemes.code', 'schemes.name', 'tiers.name as tier', 'memberships.start_date', 'memberships.end_date', 'memberships.end_reason', 'memberships.end_reason_raw', 'memberships.selection_reason'])
              .whereRef('memberships.person_id', '=', 'people.id')
              .orderBy('memberships.start_date', 'desc'),
          ).as('memberships'),
          jsonArrayFrom(
            eb
              .selectFrom('custody_periods')
              .select(['kind', 'reception_date', 'release_date', 'expected_release_date', 'sentence_days', 'establishment'])
              .whereRef('person_id', '=', 'people.id')
              .orderBy('reception_date', 'desc'),
          ).as('custody'),
          jsonArrayFrom(
            eb
              .selectFrom('risk_assessments as r')
              .leftJoin('agencies as a', 'a.id', 'r.agency_id')
              .select(['r.id', 'r.assessment_date', 'r.risk_of_serious_harm', 'r.assessor', 'r.notes', 'a.name as agency_name'])
              .whereRef('r.person_id', '=', 'people.id')
              .orderBy('r.assessment_date', 'desc')
              .orderBy('r.id', 'desc'),
          ).as('risks'),
          jsonArrayFrom(
            eb.selectFrom('mappa_referrals as mr').select(['mr.id', 'mr.referral_date', 'mr.outcome', 'mr.outcome_date']).whereRef('mr.person_id', '=', 'people.id').orderBy('mr.referral_date', 'desc').orderBy('mr.id', 'desc'),
          ).as('mappa'),
          eb.selectFrom('cases as c').select('c.id').whereRef('c.person_id', '=', 'people.id').where('c.closed_on', 'is', null).orderBy('c.opened_on', 'desc').limit(1).as('open_case_id'),
          jsonArrayFrom(
            eb.selectFrom('agencies as ag').select(['ag.code', 'ag.name']).whereRef('ag.partnership_id', '=', 'people.partnership_id').where(sql<boolean>`${can(actor, 'risk:record')}`).orderBy('ag.name'),
          ).as('agencies'),
          timelineSql(pid, ctx, req).as('timeline'),
        ])
        .where('people.id', '=', pid)
        .executeTakeFirstOrThrow(),
      auditRead(trx, actor, p, basis, 'viewed person record', justification, opts.channel ?? 'web'),
    ]);
    const timeline = timelinePageOf(r.timeline, req, ctx);

    const withheld: string[] = [];
    if (!ctx.seeIntelligence) withheld.push('Intelligence reports are shown to police staff only.');
    if (!ctx.seeDrugTests) withheld.push('Drug test results are shown to police and drug-service staff only.');
    if (!ctx.seeHealth) withheld.push("Health and drug-treatment detail (required assessments, drug-service ids, health case notes, treatment tasks and the purpose of drug-service appointments) is shown to drug-service staff and the agency that leads the case, unless the person consented to share it with your agency.");

    const identifiers = r.identifiers;
    const pnc = identifiers.find((i) => i.kind === 'pnc')?.value ?? null;
    const record: PersonRecord = {
      person: {
        id: pid,
        personRef: p.person_ref,
        familyName: p.family_name,
        givenNames: p.given_names,
        dateOfBirth: p.date_of_birth,
        pncId: pnc,
        restricted: p.restricted,
        sex: p.sex,
        ethnicity: p.ethnicity,
        dateOfDeath: p.date_of_death,
      },
      // A drug-service id says the person is in treatment: health detail.
      identifiers: ctx.seeHealth ? identifiers : identifiers.filter((i) => i.kind !== 'drug_service'),
      addresses: r.addresses.map((a) => ({ fromDate: a.from_date, toDate: a.to_date, areaCode: a.area_code, areaName: a.area_name, postcode: a.postcode })),
      memberships: r.memberships.map((m) => ({
        schemeCode: m.code,
        schemeName: m.name,
        tier: m.tier,
        startDate: m.start_date,
        endDate: m.end_date,
        // The partner's own words when they differ from the code, else the code's label.
        endReason: m.end_reason && (m.end_reason_raw === null || m.end_reason_raw === m.end_reason) ? END_REASON_LABELS[m.end_reason] : m.end_reason_raw,
        // A selection's reason ends with the matrix score it was made on (panel/decisions.ts).
        selectionReason: selectionReasonFor(m.selection_reason, ctx),
      })),
      custody: r.custody.map((c) => ({
        kind: c.kind,
        receptionDate: c.reception_date,
        releaseDate: c.release_date,
        expectedReleaseDate: c.expected_release_date,
        sentenceDays: c.sentence_days,
        establishment: c.establishment,
      })),
      timeline: timeline.items,
      timelineNext: timeline.next,
      timelineCounts: timeline.counts,
      risk: {
        assessments: r.risks.map((a) => ({ id: a.id, date: a.assessment_date, riskOfSeriousHarm: a.risk_of_serious_harm as RiskOfSeriousHarm, agency: a.agency_name, assessor: a.assessor, notes: a.notes })),
        mappaReferrals: r.mappa.map((m) => ({ id: m.id, date: m.referral_date, outcome: m.outcome, outcomeDate: m.outcome_date })),
        mayRecord: can(actor, 'risk:record'),
        agencies: r.agencies,
      },
      openCaseId: r.open_case_id === null || r.open_case_id === undefined ? null : Number(r.open_case_id),
      withheld,
      consent: { consent, mayRecord: mayRecordConsent(actor, { isLead }) },
    };
    return { record, timelineMatching: timeline.matching, timelineBefore: timeline.before, timelineTotal: timeline.total };
  });
}

/**
 * One page of a person's timeline, for the API's "next page" and the CLI:
 * under the same need-to-know as the record, and logged as a consultation.
 */
export async function viewPersonTimeline(
  db: Kysely<DB>,
  actor: Actor,
  personId: number,
  opts: { justification?: string; channel?: Channel; timeline?: TimelineQuery } = {},
): Promise<TimelinePage> {
  requirePermission(actor, 'person:view');
  const req: TimelineRequest = timelineRequest(opts.timeline);
  const justification = opts.justification?.trim() || null;
  return db.transaction().execute(async (trx) => {
    const { p, ctx, basis } = await personAccess(trx, actor, personId, justification);
    // Read and logged together, as viewPersonPage does.
    const [r] = await Promise.all([
      trx.selectNoFrom(() => [timelineSql(p.id, ctx, req).as('timeline')]).executeTakeFirstOrThrow(),
      auditRead(trx, actor, p, basis, 'viewed person timeline', justification, opts.channel ?? 'web'),
    ]);
    return timelinePageOf(r.timeline, req, ctx);
  });
}
