// Alerts the data raises (SPEC 3.5): from an import's rows (arrested, charged,
// positive drug test, remanded, released) and from the passing of time (a
// member's regular review due, a release due within 3 months). Each is raised
// on the person's open cases only, and only about what happened since the case
// opened; the dedupe key makes every generation idempotent, so an import or a
// refresh may run again without raising anything twice.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import type { AlertKind } from '../glossary.js';
import { addDays, addMonths, daysBetween, maxDate } from '../calendar/dates.js';
import { continuousMembershipStart } from '../selection/deselection.js';
import { loadHistories } from '../selection/histories.js';
import { getMatrix, membersOn } from '../selection/service.js';
import { lastReviews } from '../panel/review.js';
import type { Actor } from '../access/actor.js';
import { raiseAlert, recipientsOf } from './raise.js';
import { appendAudit } from '../access/audit.js';

/** The months ahead in which an expected release raises release_due. */
export const RELEASE_DUE_MONTHS = 3;

/** The import kinds whose rows raise alerts. */
export const ALERTING_KINDS: readonly string[] = ['arrests', 'drug_tests', 'custody'];

interface FromRows {
  kind: AlertKind;
  /** FROM ... (alias r) with the person in r.person_id. */
  from: RawBuilder<unknown>;
  where: RawBuilder<boolean>;
  aboutDate: RawBuilder<string>;
  detail: RawBuilder<string>;
  /** The source's key (without the case), e.g. 'arrest:' || r.id. */
  key: RawBuilder<string>;
}

/** One insert-select: an alert per source row and open case of its person, opened on or before what happened. */
async function raiseFromRows(trx: Transaction<DB>, partnershipId: number, importId: number, raisedOn: IsoDate, s: FromRows): Promise<number> {
  const result = await sql`
    INSERT INTO alerts (partnership_id, person_id, case_id, kind, raised_on, about_date, detail, recipients, dedupe_key)
    SELECT c.partnership_id, c.person_id, c.id, ${s.kind}, ${raisedOn}::date, ${s.aboutDate}, ${s.detail}, ${recipientsOf(s.kind)}::text[], ${s.key} || ':case:' || c.id
      FROM ${s.from}
      JOIN cases c ON c.person_id = r.person_id AND c.partnership_id = r.partnership_id AND c.closed_on IS NULL AND ${s.aboutDate} >= c.opened_on
     WHERE r.partnership_id = ${partnershipId} AND r.import_id = ${importId} AND ${s.where}
    ON CONFLICT (partnership_id, kind, dedupe_key) DO NOTHING`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

const offence = sql<string>`COALESCE(' for ' || COALESCE(oc.description, r.offence_code), '')`;

/**
 * The alerts an import's rows raise, in the import's transaction, after its
 * rows are stored (the rows it added or changed carry its id). Returns how
 * many were raised; other kinds raise none.
 */
export async function alertsFromImport(trx: Transaction<DB>, input: { partnershipId: number; importId: number; kind: string; raisedOn: IsoDate }): Promise<number> {
  const { partnershipId: p, importId, raisedOn } = input;
  const run = (s: FromRows) => raiseFromRows(trx, p, importId, raisedOn, s);
  switch (input.kind) {
    case 'arrests': {
      const from = sql`arrests r LEFT JOIN offence_codes oc ON oc.code = r.offence_code`;
      const aboutDate = sql<string>`r.arrest_date`;
      return (
        (await run({ kind: 'arrested', from, where: sql`true`, aboutDate, detail: sql`'Arrested on ' || r.arrest_date::text || ${offence}`, key: sql`'arrest:' || r.id` })) +
        (await run({ kind: 'charged', from, where: sql`r.outcome = 'charged'`, aboutDate, detail: sql`'Charged after the arrest on ' || r.arrest_date::text || ${offence}`, key: sql`'arrest:' || r.id || ':charged'` }))
      );
    }
    case 'drug_tests':
      return run({
        kind: 'positive_drug_test',
        from: sql`drug_tests r`,
        where: sql`(r.opiates OR r.cocaine)`,
        aboutDate: sql<string>`r.test_date`,
        detail: sql`'Positive drug test on ' || r.test_date::text || ': ' || concat_ws(' and ', CASE WHEN r.opiates THEN 'opiates' END, CASE WHEN r.cocaine THEN 'cocaine' END)`,
        key: sql`'drug_test:' || r.id`,
      });
    case 'custody':
      return (
        (await run({
          kind: 'remanded',
          from: sql`custody_periods r`,
          where: sql`r.kind = 'remand'`,
          aboutDate: sql<string>`r.reception_date`,
          detail: sql`'Remanded in custody on ' || r.reception_date::text || COALESCE(' at ' || r.establishment, '')`,
          key: sql`'custody:' || r.id || ':remand'`,
        })) +
        (await run({
          kind: 'released',
          from: sql`custody_periods r`,
          where: sql`r.release_date IS NOT NULL`,
          aboutDate: sql<string>`r.release_date`,
          detail: sql`'Released from custody on ' || r.release_date::text || COALESCE(' (' || r.establishment || ')', '')`,
          key: sql`'custody:' || r.id || ':release:' || r.release_date::text`,
        }))
      );
    default:
      return 0;
  }
}

/**
 * The alerts the passing of time raises on the date: release_due for each
 * open case whose person is in custody with an expected release within
 * RELEASE_DUE_MONTHS, and review_due for each member whose regular review
 * (de-selection rule 4, the scheme's regularReviewDays since the last panel
 * decision or the selection) falls on or before the date. Idempotent: each is
 * keyed by its due date. Returns how many were raised.
 */
export async function refreshTimedAlerts(db: Kysely<DB>, partnershipId: number, asOf: IsoDate): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const horizon = addMonths(asOf, RELEASE_DUE_MONTHS);
    const released = await sql`
      INSERT INTO alerts (partnership_id, person_id, case_id, kind, raised_on, about_date, detail, recipients, dedupe_key)
      SELECT c.partnership_id, c.person_id, c.id, 'release_due', ${asOf}::date, cp.expected_release_date,
             'Release expected on ' || cp.expected_release_date::text || COALESCE(' from ' || cp.establishment, ''), ${recipientsOf('release_due')}::text[],
             'custody:' || cp.id || ':release_due:' || cp.expected_release_date::text || ':case:' || c.id
        FROM custody_periods cp
        JOIN cases c ON c.person_id = cp.person_id AND c.partnership_id = cp.partnership_id AND c.closed_on IS NULL
       WHERE cp.partnership_id = ${partnershipId}
         AND cp.reception_date <= ${asOf}::date AND (cp.release_date IS NULL OR cp.release_date > ${asOf}::date)
         AND cp.expected_release_date > ${asOf}::date AND cp.expected_release_date <= ${horizon}::date
      ON CONFLICT (partnership_id, kind, dedupe_key) DO NOTHING
      RETURNING person_id`.execute(trx);
    const about = [...released.rows.map((r) => Number((r as { person_id: number }).person_id)), ...(await reviewsDue(trx, partnershipId, asOf))];
    // Raising them combined each person's custody, membership and panel
    // history: logged once, naming everyone an alert was raised about.
    if (about.length > 0) {
      await appendAudit(trx, { userId: null, partnershipId, label: 'waymark (daily alerts)' }, {
        action: 'combination',
        personIds: [...new Set(about)],
        what: `timed alerts raised for ${asOf}`,
        details: { asOf, raised: about.length },
      });
    }
    return about.length;
  });
}

/** review_due on each open case whose person's regular review is due on the case's scheme. */
async function reviewsDue(trx: Transaction<DB>, partnershipId: number, asOf: IsoDate): Promise<number[]> {
  const open = await trx
    .selectFrom('cases as c')
    .innerJoin('schemes as s', 's.id', 'c.scheme_id')
    .select(['c.person_id', 'c.scheme_id', 's.code'])
    .where('c.partnership_id', '=', partnershipId)
    .where('c.closed_on', 'is', null)
    .execute();
  if (open.length === 0) return [];
  // The matrix is read as the installation itself: no one's view, nothing disclosed.
  const system: Actor = { userId: null, partnershipId, role: 'administrator', agencyKind: null, label: 'waymark' };
  const histories = await loadHistories(trx, partnershipId, [...new Set(open.map((o) => o.person_id))]);
  const raised: number[] = [];
  for (const schemeId of new Set(open.map((o) => o.scheme_id))) {
    const code = open.find((o) => o.scheme_id === schemeId)!.code;
    const config = (await getMatrix(trx, system, { schemeCode: code })).config;
    const threshold = config.rules.regularReviewDays;
    const members = new Map((await membersOn(trx, partnershipId, schemeId, asOf)).map((m) => [m.person_id, m.start_date]));
    const reviews = await lastReviews(trx, partnershipId, schemeId, asOf);
    for (const o of open.filter((x) => x.scheme_id === schemeId)) {
      const start = members.get(o.person_id);
      if (start === undefined) continue;
      const h = histories.get(o.person_id);
      const since = (h && continuousMembershipStart(h, code, asOf)) ?? start;
      const last = maxDate(reviews.get(o.person_id) ?? null, since)!;
      if (daysBetween(last, asOf) < threshold) continue;
      const due = addDays(last, threshold);
      const n = await raiseAlert(trx, {
        partnershipId,
        personId: o.person_id,
        kind: 'review_due',
        raisedOn: asOf,
        aboutDate: due,
        detail: `Regular ${code} review due on ${due}: ${daysBetween(last, asOf)} days since ${last === reviews.get(o.person_id) ? 'the last panel review' : 'selection'} on ${last}`,
        dedupeKey: `review:${schemeId}:${due}`,
        schemeId,
      });
      if (n > 0) raised.push(o.person_id);
    }
  }
  return raised;
}
