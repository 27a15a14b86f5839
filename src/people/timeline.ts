// One page of a person's timeline, read in one statement: the keys of every
// entry the viewer may see (date, kind, row, part) from an index on each
// table, the counts by kind, and the rows of the page's entries only. The
// words of each entry are timeline-entries.ts's. Pages are keyset pages
// (formats/cursor.ts): newest first, `limit + 1` keys after the cursor's.
import { sql, type RawBuilder } from 'kysely';
import type { TimelineItem, TimelineKind, EntryContext } from './timeline-entries.js';
import { KIND_RANK, kindOfRank, timelineEntry, TIMELINE_KINDS } from './timeline-entries.js';
import { decodeCursor, encodeCursor, limitOf } from '../formats/cursor.js';
import { isHealthAction } from '../access/need-to-know.js';

/** The person page shows this many entries at first, and this many more each time. */
export const TIMELINE_PAGE = 50;

export interface TimelineQuery {
  /** Only these kinds (none: every kind). */
  kinds?: readonly TimelineKind[];
  /** The `next` of the previous page. */
  cursor?: string | null;
  limit?: number | string | null;
}

export interface TimelinePage {
  items: TimelineItem[];
  /** The cursor of the next page, or null on the last. */
  next: string | null;
  /** How many entries of each kind the viewer may see (every kind, whatever the filter). */
  counts: Partial<Record<TimelineKind, number>>;
  /** How many entries the filter leaves (all of them when there is no filter). */
  matching: number;
  /** How many of those come before this page (0 on the first page). */
  before: number;
  total: number;
}

/** A page request checked: the kinds, the cursor's key and the page size. */
export interface TimelineRequest {
  kinds: TimelineKind[];
  after: [string, number, number, number] | null;
  limit: number;
}

/** Checks a page request (a cursor this list did not give out, or a bad limit, is refused naming its field). */
export function timelineRequest(q: TimelineQuery = {}): TimelineRequest {
  const limit = limitOf(q.limit ?? undefined, TIMELINE_PAGE);
  const kinds = [...new Set(q.kinds ?? [])].filter((k) => (TIMELINE_KINDS as readonly string[]).includes(k));
  let after: TimelineRequest['after'] = null;
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 4);
    const [d, r, id, part] = key;
    if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d) || ![r, id, part].every((n) => typeof n === 'number' && Number.isSafeInteger(n))) {
      decodeCursor('', 4); // refused, naming the cursor field
    }
    after = [d as string, r as number, id as number, part as number];
  }
  return { kinds, after, limit };
}

/** What the viewer may see, which decides which rows are read at all. */
export interface TimelineVisibility {
  seeIntelligence: boolean;
  seeDrugTests: boolean;
  seeHealth: boolean;
}

/** SELECT d, r, id, s for every entry of one kind for the person the viewer may see. */
function keysOf(kind: TimelineKind, personId: number, v: TimelineVisibility): RawBuilder<unknown>[] {
  const r = sql.lit(KIND_RANK[kind]);
  const pid = sql.val(personId);
  switch (kind) {
    case 'outcome':
      return [sql`SELECT outcome_date AS d, ${r} AS r, id, 0 AS s FROM outcomes WHERE person_id = ${pid}`];
    case 'arrest':
      return [sql`SELECT arrest_date, ${r}, id, 0 FROM arrests WHERE person_id = ${pid}`];
    case 'charge':
      return [sql`SELECT charge_date, ${r}, id, 0 FROM charges WHERE person_id = ${pid}`];
    case 'intelligence':
      return v.seeIntelligence ? [sql`SELECT report_date, ${r}, id, 0 FROM intelligence_reports WHERE person_id = ${pid}`] : [];
    case 'drug_test':
      return v.seeDrugTests ? [sql`SELECT test_date, ${r}, id, 0 FROM drug_tests WHERE person_id = ${pid}`] : [];
    case 'required_assessment':
      return v.seeHealth ? [sql`SELECT assessment_date, ${r}, id, 0 FROM required_assessments WHERE person_id = ${pid}`] : [];
    case 'breach':
      return [sql`SELECT breach_date, ${r}, id, 0 FROM breaches WHERE person_id = ${pid}`];
    case 'custody':
      return [sql`SELECT reception_date, ${r}, id, 0 FROM custody_periods WHERE person_id = ${pid}`];
    case 'release':
      return [sql`SELECT release_date, ${r}, id, 0 FROM custody_periods WHERE person_id = ${pid} AND release_date IS NOT NULL`];
    case 'supervision':
      return [sql`SELECT start_date, ${r}, id, 0 FROM supervision_periods WHERE person_id = ${pid}`];
    case 'membership':
      return [
        sql`SELECT start_date, ${r}, id, 0 FROM memberships WHERE person_id = ${pid}`,
        sql`SELECT end_date, ${r}, id, 1 FROM memberships WHERE person_id = ${pid} AND end_date IS NOT NULL`,
      ];
    case 'panel_decision':
      return [sql`SELECT m.meeting_date, ${r}, pd.id, 0 FROM panel_decisions pd JOIN panel_meetings m ON m.id = pd.meeting_id WHERE pd.person_id = ${pid}`];
    case 'risk_assessment':
      return [sql`SELECT assessment_date, ${r}, id, 0 FROM risk_assessments WHERE person_id = ${pid}`];
    case 'mappa_referral':
      return [sql`SELECT referral_date, ${r}, id, 0 FROM mappa_referrals WHERE person_id = ${pid}`];
    case 'needs_assessment':
      return [sql`SELECT assessment_date, ${r}, id, 0 FROM needs_assessments WHERE person_id = ${pid}`];
    case 'appointment':
      return [sql`SELECT appointment_date, ${r}, id, 0 FROM appointments WHERE person_id = ${pid}`];
    case 'case_action':
      // Health and drug-treatment actions follow the health rule (need-to-know.ts).
      return [
        sql`SELECT CASE WHEN ca.status = 'done' AND ca.completed_on IS NOT NULL THEN ca.completed_on ELSE ca.due_date END, ${r}, ca.id, 0
            FROM case_actions ca WHERE ca.person_id = ${pid}${v.seeHealth ? sql`` : sql` AND (${isHealthAction('ca')}) IS NOT TRUE`}`,
      ];
    case 'disengagement':
      return [
        sql`SELECT opened_on, ${r}, id, 0 FROM disengagements WHERE person_id = ${pid}`,
        sql`SELECT route_on, ${r}, id, 1 FROM disengagements WHERE person_id = ${pid} AND route IS NOT NULL AND route_on IS NOT NULL`,
        sql`SELECT concluded_on, ${r}, id, 2 FROM disengagements WHERE person_id = ${pid} AND concluded_on IS NOT NULL`,
      ];
    case 'case_note':
      return [sql`SELECT note_date, ${r}, id, 0 FROM case_notes WHERE person_id = ${pid}${v.seeHealth ? sql`` : sql` AND sensitivity <> 'health'`}`];
    case 'alert':
      return [sql`SELECT raised_on, ${r}, id, 0 FROM alerts WHERE person_id = ${pid}${v.seeDrugTests ? sql`` : sql` AND kind <> 'positive_drug_test'`}`];
  }
}

/** The row of one entry of the page (`pg.id` of kind `kind`), as JSON: only the columns its words use. */
function rowOf(kind: TimelineKind): RawBuilder<unknown> {
  const offence = (t: string) =>
    sql`coalesce((SELECT oc.description FROM offence_codes oc WHERE oc.code = ${sql.ref(`${t}.offence_code`)}),
                 (SELECT og.description FROM offence_groups og WHERE og.group_code = substr(${sql.ref(`${t}.offence_code`)}, 1, 3)))`;
  switch (kind) {
    case 'outcome':
      return sql`(SELECT json_build_object('outcome_date', o.outcome_date, 'offence_date', o.offence_date, 'outcome', o.outcome, 'offence_code', o.offence_code,
                  'offence_code_raw', o.offence_code_raw, 'offence_description', o.offence_description, 'disposal', o.disposal, 'sentence_days', o.sentence_days,
                  'court', o.court, 'offence_name', ${offence('o')}) FROM outcomes o WHERE o.id = pg.id)`;
    case 'arrest':
      return sql`(SELECT json_build_object('arrest_date', a.arrest_date, 'offence_code', a.offence_code, 'offence_code_raw', a.offence_code_raw, 'outcome', a.outcome,
                  'offence_name', ${offence('a')}) FROM arrests a WHERE a.id = pg.id)`;
    case 'charge':
      return sql`(SELECT json_build_object('charge_date', c.charge_date, 'offence_code', c.offence_code, 'offence_code_raw', c.offence_code_raw,
                  'offence_name', ${offence('c')}) FROM charges c WHERE c.id = pg.id)`;
    case 'intelligence':
      return sql`(SELECT json_build_object('report_date', report_date, 'grading', grading, 'topic', topic) FROM intelligence_reports WHERE id = pg.id)`;
    case 'drug_test':
      return sql`(SELECT json_build_object('test_date', test_date, 'opiates', opiates, 'cocaine', cocaine) FROM drug_tests WHERE id = pg.id)`;
    case 'required_assessment':
      return sql`(SELECT json_build_object('assessment_date', assessment_date, 'attended', attended, 'drug_misuser', drug_misuser) FROM required_assessments WHERE id = pg.id)`;
    case 'breach':
      return sql`(SELECT json_build_object('breach_date', breach_date, 'order_kind', order_kind, 'outcome', outcome) FROM breaches WHERE id = pg.id)`;
    case 'custody':
    case 'release':
      return sql`(SELECT json_build_object('kind', kind, 'reception_date', reception_date, 'release_date', release_date, 'sentence_days', sentence_days,
                  'establishment', establishment) FROM custody_periods WHERE id = pg.id)`;
    case 'supervision':
      return sql`(SELECT json_build_object('kind', kind, 'statutory', statutory, 'start_date', start_date, 'end_date', end_date) FROM supervision_periods WHERE id = pg.id)`;
    case 'membership':
      return sql`(SELECT json_build_object('code', s.code, 'tier', t.name, 'start_date', m.start_date, 'end_date', m.end_date, 'end_reason', m.end_reason,
                  'end_reason_raw', m.end_reason_raw, 'selection_reason', m.selection_reason)
                  FROM memberships m JOIN schemes s ON s.id = m.scheme_id LEFT JOIN tiers t ON t.id = m.tier_id WHERE m.id = pg.id)`;
    case 'panel_decision':
      return sql`(SELECT json_build_object('meeting_date', m.meeting_date, 'scheme_code', sc.code, 'decision', d.decision, 'action', d.action, 'reason', d.reason,
                  'end_reason', d.end_reason, 'exit_plan', d.exit_plan, 'decided_by_label', d.decided_by_label)
                  FROM panel_decisions d JOIN panel_meetings m ON m.id = d.meeting_id JOIN schemes sc ON sc.id = m.scheme_id WHERE d.id = pg.id)`;
    case 'risk_assessment':
      return sql`(SELECT json_build_object('assessment_date', r.assessment_date, 'risk_of_serious_harm', r.risk_of_serious_harm, 'assessor', r.assessor, 'notes', r.notes,
                  'agency_name', a.name) FROM risk_assessments r LEFT JOIN agencies a ON a.id = r.agency_id WHERE r.id = pg.id)`;
    case 'mappa_referral':
      return sql`(SELECT json_build_object('referral_date', referral_date, 'outcome', outcome, 'outcome_date', outcome_date) FROM mappa_referrals WHERE id = pg.id)`;
    case 'needs_assessment':
      return sql`(SELECT json_build_object('kind', na.kind, 'assessment_date', na.assessment_date, 'agency_name', a.name, 'created_by_label', na.created_by_label)
                  FROM needs_assessments na LEFT JOIN agencies a ON a.id = na.agency_id WHERE na.id = pg.id)`;
    case 'appointment':
      return sql`(SELECT json_build_object('appointment_date', ap.appointment_date, 'purpose', ap.purpose, 'status', ap.status, 'agency_name', a.name, 'agency_kind', a.kind)
                  FROM appointments ap LEFT JOIN agencies a ON a.id = ap.agency_id WHERE ap.id = pg.id)`;
    case 'case_action':
      return sql`(SELECT json_build_object('kind', ca.kind, 'pathway', ca.pathway, 'description', ca.description, 'due_date', ca.due_date, 'status', ca.status,
                  'outcome', ca.outcome, 'completed_on', ca.completed_on, 'told_whom', ca.told_whom, 'told_on', ca.told_on, 'agency_name', a.name)
                  FROM case_actions ca LEFT JOIN agencies a ON a.id = ca.owner_agency_id WHERE ca.id = pg.id)`;
    case 'disengagement':
      return sql`(SELECT json_build_object('opened_on', opened_on, 'route', route, 'route_on', route_on, 'outcome', outcome, 'concluded_on', concluded_on)
                  FROM disengagements WHERE id = pg.id)`;
    case 'case_note':
      return sql`(SELECT json_build_object('note_date', cn.note_date, 'body', cn.body, 'sensitivity', cn.sensitivity, 'author_label', cn.author_label, 'agency_name', a.name)
                  FROM case_notes cn LEFT JOIN agencies a ON a.id = cn.agency_id WHERE cn.id = pg.id)`;
    case 'alert':
      return sql`(SELECT json_build_object('kind', kind, 'raised_on', raised_on, 'detail', detail, 'acknowledged_by_label', acknowledged_by_label) FROM alerts WHERE id = pg.id)`;
  }
}

/** What `timelineSql` gives, as JSON: the counts by kind rank, and the page's keys with their rows. */
export interface TimelineJson {
  counts: [number, number][];
  before: number;
  page: [string, number, number, number, Record<string, unknown> | null][];
}

/**
 * One scalar SQL expression (usable as a column of a larger query) giving the
 * page as JSON: `{ counts: [[rank, n]...], page: [[date, rank, id, part, row]...] }`.
 * Only the rows of the page's entries are read whole.
 */
export function timelineSql(personId: number, v: TimelineVisibility, req: TimelineRequest): RawBuilder<TimelineJson> {
  const kinds = TIMELINE_KINDS.filter((k) => keysOf(k, personId, v).length > 0);
  const keys = sql.join(
    kinds.flatMap((k) => keysOf(k, personId, v)),
    sql` UNION ALL `,
  );
  const only = req.kinds.length ? sql`t.r IN (${sql.join(req.kinds.map((k) => sql.lit(KIND_RANK[k])))})` : sql`true`;
  const after = req.after ? sql`(t.d, t.r, t.id, t.s) < (${req.after[0]}::date, ${req.after[1]}::int, ${req.after[2]}::bigint, ${req.after[3]}::int)` : sql`true`;
  const before = req.after ? sql`(SELECT count(*)::int FROM t WHERE ${only} AND NOT ${after})` : sql`0`;
  const rows = sql.join(
    kinds.map((k) => sql`WHEN ${sql.lit(KIND_RANK[k])} THEN ${rowOf(k)}`),
    sql` `,
  );
  return sql<TimelineJson>`(WITH t(d, r, id, s) AS MATERIALIZED (${keys}),
      pg AS (SELECT t.d, t.r, t.id, t.s FROM t WHERE ${only} AND ${after} ORDER BY t.d DESC, t.r DESC, t.id DESC, t.s DESC LIMIT ${req.limit + 1})
    SELECT json_build_object(
      'before', ${before},
      'counts', (SELECT coalesce(json_agg(json_build_array(c.r, c.n)), '[]'::json) FROM (SELECT t.r, count(*)::int AS n FROM t GROUP BY t.r) c),
      'page', (SELECT coalesce(json_agg(json_build_array(pg.d, pg.r, pg.id, pg.s, CASE pg.r ${rows} END) ORDER BY pg.d DESC, pg.r DESC, pg.id DESC, pg.s DESC), '[]'::json) FROM pg)))`;
}

/** The page from what `timelineSql` gave: the entries' words (need-to-know applied once more), and the next cursor. */
export function timelinePageOf(json: TimelineJson | string, req: TimelineRequest, ctx: EntryContext): TimelinePage {
  const j: TimelineJson = typeof json === 'string' ? JSON.parse(json) : json;
  const counts: Partial<Record<TimelineKind, number>> = {};
  let total = 0;
  for (const [rank, n] of j.counts) {
    counts[kindOfRank(rank)] = n;
    total += n;
  }
  const matching = req.kinds.length ? req.kinds.reduce((sum, k) => sum + (counts[k] ?? 0), 0) : total;
  const keys = j.page.slice(0, req.limit);
  const items: TimelineItem[] = [];
  for (const [, rank, , part, row] of keys) {
    // A row removed between reading its key and its columns (same statement: cannot happen) is skipped.
    if (!row) continue;
    const item = timelineEntry(kindOfRank(rank), part, row, ctx);
    if (item) items.push(item);
  }
  const last = keys[keys.length - 1];
  const next = j.page.length > req.limit && last ? encodeCursor([last[0], last[1], last[2], last[3]]) : null;
  return { items, next, counts, matching, before: j.before, total };
}
