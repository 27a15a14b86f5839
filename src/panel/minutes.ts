// The minutes of a panel meeting (SPEC 3.4): its decisions as a page and as a
// CSV, the reading logged as a disclosure.
import { requirePermission } from '../access/permissions.js';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { withheldBecause, type Sensitive } from '../access/need-to-know.js';
import type { DB, IsoDate } from '../db/schema.js';
import { csvLine } from '../db/statements.js';
import { neutraliseValue } from '../formats/spreadsheet-cells.js';
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
  /** Why the decisions' scores are withheld from this viewer, or null. */
  scoresWithheld: Sensitive | null;
}

/** `asFile`: the minutes leave as a file (the CSV), a disclosure that names the sharing agreement it relies on. */
export async function panelMinutes(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; meetingDate: string; asFile?: boolean }): Promise<PanelMinutes> {
  requirePermission(actor, 'person:view');
  const meetingDate = requireIsoDate(input.meetingDate, 'The meeting date');
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  const meeting = await db.selectFrom('panel_meetings').select(['id', 'run_id']).where('partnership_id', '=', actor.partnershipId).where('scheme_id', '=', scheme.id).where('meeting_date', '=', meetingDate).executeTakeFirst();
  if (!meeting) throw new NotFoundError(`No panel of scheme ${scheme.code} on ${meetingDate}.`);
  // A decision's score rests on whatever its run's matrix weighed: shown only
  // to those who may see every kind of data a matrix can weigh.
  const scoresWithheld = withheldBecause(actor, ['intelligence', 'drug_tests']);
  const decisions = await db.transaction().execute(async (trx) => {
    const found = await decisionsOf(trx, actor.partnershipId, meeting.id, actor);
    // A file of the minutes leaves the partnership's systems: it names the agreement it relies on.
    const basis = input.asFile ? await exportBasis(trx, actor) : null;
    await appendAudit(trx, actor, {
      action: 'disclosure',
      what: `minutes of the ${scheme.code} panel of ${meetingDate}${input.asFile ? ' as a file' : ''}`,
      personIds: [...new Set(found.map((d) => d.personId))],
      details: { meetingId: meeting.id, decisions: found.length, ...(basis ? { agreementId: basis.agreementId } : {}) },
    });
    return found;
  });
  return { schemeCode: scheme.code, meetingDate, runId: meeting.run_id, decisions: scoresWithheld ? decisions.map((d) => ({ ...d, score: null })) : decisions, scoresWithheld };
}


export function minutesCsv(m: PanelMinutes): string {
  // `item` is the first item a decision answers; `items` (last, so columns read by position keep their place) all of them, separated by "; ".
  const head = ['meeting_date', 'person_ref', 'item', 'decision', 'action', 'reason', 'end_reason', 'exit_plan', 'tier', 'score', 'decided_by', 'decided_at', 'items'];
  return (
    csvLine(head) +
    m.decisions
      .map((d) => csvLine([m.meetingDate, d.personRef, d.item, d.decision, d.action, d.reason, d.endReason, d.exitPlan, d.tierCode, m.scoresWithheld ? 'withheld' : d.score, d.decidedBy, d.decidedAt, d.items.join('; ')].map(neutraliseValue)))
      .join('')
  );
}
