// Raising an alert (SPEC 3.5): one per open case of the person, addressed to
// roles on the case. Idempotent: the same source (dedupe key) never raises the
// same alert twice, so imports and the daily checks may run again safely.
import { sql, type Transaction } from 'kysely';
import type { AlertKind, DB } from '../db/schema.js';
import type { IsoDate } from '../calendar/dates.js';

export interface NewAlert {
  partnershipId: number;
  personId: number;
  kind: AlertKind;
  raisedOn: IsoDate;
  aboutDate?: IsoDate | null;
  detail: string;
  /** What the alert is about, unique within its kind: e.g. "custody:123:release". The case id is added. */
  dedupeKey: string;
  /** Roles on the case it is for; default the lead and the team. */
  recipients?: readonly string[];
  /** Only the person's open case on this scheme (a review is due on one scheme); default every open case. */
  schemeId?: number;
}

/** Raises the alert on every open case of the person; returns how many were new. */
export async function raiseAlert(trx: Transaction<DB>, a: NewAlert): Promise<number> {
  const recipients = [...(a.recipients ?? ['lead', 'team'])];
  const result = await sql`
    INSERT INTO alerts (partnership_id, person_id, case_id, kind, raised_on, about_date, detail, recipients, dedupe_key)
    SELECT c.partnership_id, c.person_id, c.id, ${a.kind}, ${a.raisedOn}::date, ${a.aboutDate ?? null}::date, ${a.detail}, ${recipients}::text[], ${a.dedupeKey} || ':case:' || c.id
      FROM cases c
     WHERE c.partnership_id = ${a.partnershipId} AND c.person_id = ${a.personId} AND c.closed_on IS NULL
       AND (${a.schemeId ?? null}::int IS NULL OR c.scheme_id = ${a.schemeId ?? null}::int)
    ON CONFLICT (partnership_id, kind, dedupe_key) DO NOTHING`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
