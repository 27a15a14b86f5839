// Raising an alert (SPEC 3.5): one per open case of the person, addressed to
// roles on the case. Idempotent: the same source (dedupe key) never raises the
// same alert twice, so imports and the daily checks may run again safely.
import { sql, type Transaction } from 'kysely';
import type { AlertKind, DB } from '../db/schema.js';
import type { IsoDate } from '../calendar/dates.js';
import type { AgencyKind } from '../glossary.js';

/**
 * Whom an alert is for, by role on the case: 'lead' (the lead agency's staff),
 * 'team' (every agency on the team) or 'agency:<kind>' (the team's agency of
 * that kind). What happened to the person in the justice system (arrest,
 * charge, remand, release) and what falls due (a review, a release) concern
 * the whole team; a positive drug test concerns the lead, the drug service and
 * the police; a missed appointment, the lead and the agency it was with.
 */
export function recipientsOf(kind: AlertKind, appointmentAgency?: AgencyKind | null): string[] {
  switch (kind) {
    case 'positive_drug_test':
      return ['lead', 'agency:drug_service', 'agency:police'];
    case 'missed_appointment':
      return appointmentAgency ? ['lead', `agency:${appointmentAgency}`] : ['lead'];
    default:
      return ['lead', 'team'];
  }
}

/** SQL: the alert (alias `a`, its case's lead agency in `leadAgencyColumn`) is addressed to this agency on the case's team. */
export function addressedTo(agency: { id: number; kind: AgencyKind | null }, cols: { alert: string; leadAgencyColumn: string }) {
  const a = sql.table(cols.alert);
  const onTeam = sql<boolean>`EXISTS (SELECT 1 FROM case_team t WHERE t.case_id = ${a}.case_id AND t.agency_id = ${agency.id})`;
  return sql<boolean>`(('lead' = ANY(${a}.recipients) AND ${sql.ref(cols.leadAgencyColumn)} = ${agency.id})
    OR (('team' = ANY(${a}.recipients) OR ${`agency:${agency.kind ?? ''}`} = ANY(${a}.recipients)) AND ${onTeam}))`;
}

export interface NewAlert {
  partnershipId: number;
  personId: number;
  kind: AlertKind;
  raisedOn: IsoDate;
  aboutDate?: IsoDate | null;
  detail: string;
  /** What the alert is about, unique within its kind: e.g. "custody:123:release". The case id is added. */
  dedupeKey: string;
  /** Roles on the case it is for; default by its kind (recipientsOf). */
  recipients?: readonly string[];
  /** Only the person's open case on this scheme (a review is due on one scheme); default every open case. */
  schemeId?: number;
}

/** Raises the alert on every open case of the person; returns how many were new. */
export async function raiseAlert(trx: Transaction<DB>, a: NewAlert): Promise<number> {
  const recipients = [...(a.recipients ?? recipientsOf(a.kind))];
  const result = await sql`
    INSERT INTO alerts (partnership_id, person_id, case_id, kind, raised_on, about_date, detail, recipients, dedupe_key)
    SELECT c.partnership_id, c.person_id, c.id, ${a.kind}, ${a.raisedOn}::date, ${a.aboutDate ?? null}::date, ${a.detail}, ${recipients}::text[], ${a.dedupeKey} || ':case:' || c.id
      FROM cases c
     WHERE c.partnership_id = ${a.partnershipId} AND c.person_id = ${a.personId} AND c.closed_on IS NULL
       AND (${a.schemeId ?? null}::int IS NULL OR c.scheme_id = ${a.schemeId ?? null}::int)
    ON CONFLICT (partnership_id, kind, dedupe_key) DO NOTHING`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
