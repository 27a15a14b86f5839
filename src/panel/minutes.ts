// The minutes of a panel meeting (SPEC 3.4): its decisions as a page and as a
// CSV, the reading logged as a disclosure.
import { requirePermission } from '../access/permissions.js';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import type { DB, IsoDate } from '../db/schema.js';
import { csvLine } from '../db/statements.js';
import { NotFoundError } from '../errors.js';
import { findScheme } from '../schemes/find.js';
import { requireIsoDate } from '../calendar/dates.js';
import { decisionsOf, type RecordedDecision } from './decisions.js';
import { exportBasis } from '../sharing/disclosures.js';

export interface PanelMinutes {
  schemeCode: string;
  meetingDate: IsoDate;
  runId: number | null;
  decisions: RecordedDecision[];
}

/** `asFile`: the minutes leave as a file (the CSV), a disclosure that names the sharing agreement it relies on. */
export async function panelMinutes(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; meetingDate: string; asFile?: boolean }): Promise<PanelMinutes> {
  requirePermission(actor, 'person:view');
  const meetingDate = requireIsoDate(input.meetingDate, 'The meeting date');
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  const meeting = await db.selectFrom('panel_meetings').select(['id', 'run_id']).where('partnership_id', '=', actor.partnershipId).where('scheme_id', '=', scheme.id).where('meeting_date', '=', meetingDate).executeTakeFirst();
  if (!meeting) throw new NotFoundError(`No panel of scheme ${scheme.code} on ${meetingDate}.`);
  const decisions = await decisionsOf(db, actor.partnershipId, meeting.id);
  await db.transaction().execute(async (trx) => {
    const basis = input.asFile ? await exportBasis(trx, actor) : null;
    await appendAudit(trx, actor, {
      action: 'disclosure',
      what: `minutes of the ${scheme.code} panel of ${meetingDate}${input.asFile ? ' as a file' : ''}`,
      details: { meetingId: meeting.id, decisions: decisions.length, ...(basis ? { agreementId: basis.agreementId } : {}) },
    });
  });
  return { schemeCode: scheme.code, meetingDate, runId: meeting.run_id, decisions };
}

/** A cell that a spreadsheet would read as a formula is neutralised (SPEC 3.7). */
function safeCell(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function minutesCsv(m: PanelMinutes): string {
  const head = ['meeting_date', 'person_ref', 'item', 'decision', 'action', 'reason', 'end_reason', 'exit_plan', 'tier', 'score', 'decided_by', 'decided_at'];
  return (
    csvLine(head) +
    m.decisions
      .map((d) => csvLine([m.meetingDate, d.personRef, d.item, d.decision, d.action, d.reason, d.endReason, d.exitPlan, d.tierCode, d.score, d.decidedBy, d.decidedAt].map(safeCell)))
      .join('')
  );
}
