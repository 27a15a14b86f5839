// One person's record, for the person page (web), the API and the CLI: read in
// one round trip, with what the viewer may not see withheld (access/need-to-know.ts),
// and logged as a consultation in the same transaction.
import { END_REASON_LABELS } from '../glossary.js';
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB, IsoDate } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { JustificationRequiredError, requirePermission } from '../access/permissions.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { leadsCase, mayRecordConsent, maySee, visiblePeople, withheldBecause } from '../access/need-to-know.js';
import { consentInForce, type ConsentView } from './consent.js';
import { apiReadBasis } from '../sharing/disclosures.js';

export interface PersonSummary {
  id: number;
  personRef: string;
  familyName: string;
  givenNames: string;
  dateOfBirth: IsoDate;
  pncId: string | null;
  restricted: boolean;
}

export type TimelineKind = 'outcome' | 'arrest' | 'charge' | 'intelligence' | 'drug_test' | 'required_assessment' | 'breach' | 'custody' | 'release' | 'supervision' | 'membership';

export interface TimelineItem {
  date: IsoDate;
  kind: TimelineKind;
  title: string;
  detail: string;
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
  timeline: TimelineItem[];
  /** What this viewer cannot see here, so the page can say so. */
  withheld: string[];
  /** The consent to share health detail in force, and whether this viewer may change it. */
  consent: ConsentView;
}

/** The matrix score a panel's selection reason ends with (see panel/decisions.ts). */
const MATRIX_SCORE = / \(matrix score [^)]*\)$/;

/** Reads one person's record for display, and logs the consultation. */
export async function viewPerson(
  db: Kysely<DB>,
  actor: Actor,
  personId: number,
  opts: { justification?: string; channel?: 'web' | 'api' | 'cli' } = {},
): Promise<PersonRecord> {
  requirePermission(actor, 'person:view');
  return db.transaction().execute(async (trx) => {
    // One round trip for the whole record: on the embedded engine every query
    // crosses to the database's thread, so twelve queries cost twelve trips.
    const seeIntelligence = maySee(actor, 'intelligence');
    const seeDrugTests = maySee(actor, 'drug_tests');
    const p = await trx
      .selectFrom('people')
      .selectAll('people')
      .select(visiblePeople(actor).as('visible'))
      .select(leadsCase(actor).as('is_lead'))
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
        jsonArrayFrom(eb.selectFrom('custody_periods').selectAll().whereRef('person_id', '=', 'people.id').orderBy('reception_date', 'desc')).as('custody'),
        jsonArrayFrom(eb.selectFrom('supervision_periods').selectAll().whereRef('person_id', '=', 'people.id')).as('supervision'),
        jsonArrayFrom(eb.selectFrom('outcomes').selectAll().whereRef('person_id', '=', 'people.id')).as('outcomes'),
        jsonArrayFrom(eb.selectFrom('arrests').selectAll().whereRef('person_id', '=', 'people.id')).as('arrests'),
        jsonArrayFrom(eb.selectFrom('charges').selectAll().whereRef('person_id', '=', 'people.id')).as('charges'),
        jsonArrayFrom(eb.selectFrom('intelligence_reports').selectAll().whereRef('person_id', '=', 'people.id').where(sql<boolean>`${seeIntelligence}`)).as('intelligence'),
        jsonArrayFrom(eb.selectFrom('drug_tests').selectAll().whereRef('person_id', '=', 'people.id').where(sql<boolean>`${seeDrugTests}`)).as('drug_tests'),
        jsonArrayFrom(eb.selectFrom('required_assessments').selectAll().whereRef('person_id', '=', 'people.id')).as('assessments'),
        jsonArrayFrom(eb.selectFrom('breaches').selectAll().whereRef('person_id', '=', 'people.id')).as('breaches'),
      ])
      .where('people.id', '=', personId)
      .where('people.partnership_id', '=', actor.partnershipId)
      .executeTakeFirst();
    if (!p) throw new NotFoundError('No such person.');
    if (!p.visible) throw new ForbiddenError('This record is restricted to named users.');
    const justification = opts.justification?.trim() || null;
    if (p.restricted && !justification) throw new JustificationRequiredError();

    const pid = p.id;
    const { identifiers, addresses, memberships, custody, supervision, outcomes, arrests, charges, assessments, breaches } = p;
    const intelligence = seeIntelligence ? p.intelligence : null;
    const drugTests = seeDrugTests ? p.drug_tests : null;
    // Health and drug-treatment detail: drug services and the case's lead, or
    // the agencies the person consented to share it with.
    const isLead = Boolean(p.is_lead);
    const consent = await consentInForce(trx, actor.partnershipId, pid);
    const seeHealth = maySee(actor, 'health', { isLead, consent: consent?.scope ?? null });
    const healthDetail = seeHealth ? assessments : null;

    const timeline: TimelineItem[] = [];
    for (const o of outcomes) {
      const code = o.offence_code ?? `${o.offence_code_raw} (unrecognised code)`;
      const sentence = o.sentence_days ? `, ${o.sentence_days} days` : '';
      timeline.push({
        date: o.outcome_date,
        kind: 'outcome',
        title: o.outcome === 'conviction' ? 'Convicted' : 'Cautioned',
        detail: `Offence ${code}${o.offence_description ? ` (${o.offence_description})` : ''} committed ${o.offence_date}${o.disposal ? `; ${o.disposal}${sentence}` : ''}${o.court ? `; ${o.court}` : ''}`,
      });
    }
    for (const a of arrests) timeline.push({ date: a.arrest_date, kind: 'arrest', title: 'Arrested', detail: [a.offence_code ?? a.offence_code_raw, a.outcome].filter(Boolean).join('; ') || 'No detail' });
    for (const c of charges) timeline.push({ date: c.charge_date, kind: 'charge', title: 'Charged', detail: c.offence_code ?? c.offence_code_raw ?? 'No detail' });
    for (const i of intelligence ?? []) timeline.push({ date: i.report_date, kind: 'intelligence', title: 'Intelligence report', detail: [i.grading && `graded ${i.grading}`, i.topic].filter(Boolean).join('; ') || 'No detail' });
    for (const d of drugTests ?? []) {
      const result = `opiates ${d.opiates ? 'positive' : 'negative'}, cocaine ${d.cocaine ? 'positive' : 'negative'}`;
      timeline.push({ date: d.test_date, kind: 'drug_test', title: d.opiates || d.cocaine ? 'Positive drug test' : 'Negative drug test', detail: result });
    }
    for (const r of healthDetail ?? []) timeline.push({ date: r.assessment_date, kind: 'required_assessment', title: 'Required assessment', detail: r.attended === false ? 'Did not attend' : r.drug_misuser ? 'Identified as a drug misuser' : 'Attended' });
    for (const b of breaches) timeline.push({ date: b.breach_date, kind: 'breach', title: 'Breach', detail: [b.order_kind, b.outcome].filter(Boolean).join('; ') || 'No detail' });
    for (const c of custody) {
      timeline.push({ date: c.reception_date, kind: 'custody', title: c.kind === 'remand' ? 'Remanded in custody' : 'Received into custody', detail: [c.establishment, c.sentence_days && `sentence ${c.sentence_days} days`].filter(Boolean).join('; ') || 'No detail' });
      if (c.release_date) timeline.push({ date: c.release_date, kind: 'release', title: 'Released from custody', detail: c.establishment ?? '' });
    }
    for (const s of supervision) timeline.push({ date: s.start_date, kind: 'supervision', title: `Supervision began: ${s.kind.replace('_', ' ')}`, detail: `${s.statutory ? 'Statutory' : 'Non-statutory'}${s.end_date ? `, until ${s.end_date}` : ''}` });
    for (const m of memberships) {
      timeline.push({ date: m.start_date, kind: 'membership', title: `Joined ${m.code}`, detail: m.selection_reason ?? (m.tier ? `Tier: ${m.tier}` : '') });
      if (m.end_date) timeline.push({ date: m.end_date, kind: 'membership', title: `Left ${m.code}`, detail: m.end_reason_raw ?? m.end_reason ?? '' });
    }
    timeline.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

    // A selection's reason ends with the matrix score it was made on
    // (panel/decisions.ts); the score rests on whatever the matrix weighs, so
    // only those who may see every such kind of data see it.
    const scoreHidden = withheldBecause(actor, ['intelligence', 'drug_tests']) !== null;
    const selectionReason = (r: string | null) => (r && scoreHidden ? r.replace(MATRIX_SCORE, ' (matrix score withheld)') : r);
    for (const t of timeline) if (t.kind === 'membership' && t.title.startsWith('Joined ')) t.detail = selectionReason(t.detail) ?? '';

    const withheld: string[] = [];
    if (intelligence === null) withheld.push('Intelligence reports are shown to police staff only.');
    if (drugTests === null) withheld.push('Drug test results are shown to police and drug-service staff only.');
    if (healthDetail === null) withheld.push("Health and drug-treatment detail (required assessments, drug-service ids) is shown to drug-service staff and the agency that leads the case, unless the person consented to share it with your agency.");

    // A read through the API by an agency that does not lead the case is a disclosure to it (issue 14).
    const basis = opts.channel === 'api' ? await apiReadBasis(trx, actor, p.lead_agency_id) : null;
    await appendAudit(trx, actor, {
      action: basis?.agreementId ? 'disclosure' : 'consultation',
      personId: pid,
      what: 'viewed person record',
      justification,
      details: { channel: opts.channel ?? 'web', ...(basis ? { agreementId: basis.agreementId } : {}) },
    });

    const pnc = identifiers.find((i) => i.kind === 'pnc')?.value ?? null;
    return {
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
      identifiers: seeHealth ? identifiers : identifiers.filter((i) => i.kind !== 'drug_service'),
      addresses: addresses.map((a) => ({ fromDate: a.from_date, toDate: a.to_date, areaCode: a.area_code, areaName: a.area_name, postcode: a.postcode })),
      memberships: memberships.map((m) => ({
        schemeCode: m.code,
        schemeName: m.name,
        tier: m.tier,
        startDate: m.start_date,
        endDate: m.end_date,
        // The partner's own words when they differ from the code, else the code's label.
        endReason: m.end_reason && (m.end_reason_raw === null || m.end_reason_raw === m.end_reason) ? END_REASON_LABELS[m.end_reason] : m.end_reason_raw,
        selectionReason: selectionReason(m.selection_reason),
      })),
      custody: custody.map((c) => ({
        kind: c.kind,
        receptionDate: c.reception_date,
        releaseDate: c.release_date,
        expectedReleaseDate: c.expected_release_date,
        sentenceDays: c.sentence_days,
        establishment: c.establishment,
      })),
      timeline,
      withheld,
      consent: { consent, mayRecord: mayRecordConsent(actor, { isLead }) },
    };
  });
}

