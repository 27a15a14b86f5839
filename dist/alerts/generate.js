import { sql } from "kysely";
import { addDays, addMonths, daysBetween, maxDate } from "../calendar/dates.js";
import { continuousMembershipStart } from "../selection/deselection.js";
import { loadHistories } from "../selection/histories.js";
import { getMatrix, membersOn } from "../selection/service.js";
import { lastReviews } from "../panel/review.js";
import { raiseAlert, recipientsOf } from "./raise.js";
import { appendAudit } from "../access/audit.js";
const RELEASE_DUE_MONTHS = 3;
const ALERTING_KINDS = ["arrests", "drug_tests", "custody"];
async function raiseFromRows(trx, partnershipId, importId, raisedOn, s) {
  const result = await sql`
    INSERT INTO alerts (partnership_id, person_id, case_id, kind, raised_on, about_date, detail, recipients, dedupe_key)
    SELECT c.partnership_id, c.person_id, c.id, ${s.kind}, ${raisedOn}::date, ${s.aboutDate}, ${s.detail}, ${recipientsOf(s.kind)}::text[], ${s.key} || ':case:' || c.id
      FROM ${s.from}
      JOIN cases c ON c.person_id = r.person_id AND c.partnership_id = r.partnership_id AND c.closed_on IS NULL AND ${s.aboutDate} >= c.opened_on
     WHERE r.partnership_id = ${partnershipId} AND r.import_id = ${importId} AND ${s.where}
    ON CONFLICT (partnership_id, kind, dedupe_key) DO NOTHING`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
const offence = sql`COALESCE(' for ' || COALESCE(oc.description, r.offence_code), '')`;
async function alertsFromImport(trx, input) {
  const { partnershipId: p, importId, raisedOn } = input;
  const run = (s) => raiseFromRows(trx, p, importId, raisedOn, s);
  switch (input.kind) {
    case "arrests": {
      const from = sql`arrests r LEFT JOIN offence_codes oc ON oc.code = r.offence_code`;
      const aboutDate = sql`r.arrest_date`;
      return await run({ kind: "arrested", from, where: sql`true`, aboutDate, detail: sql`'Arrested on ' || r.arrest_date::text || ${offence}`, key: sql`'arrest:' || r.id` }) + await run({ kind: "charged", from, where: sql`r.outcome = 'charged'`, aboutDate, detail: sql`'Charged after the arrest on ' || r.arrest_date::text || ${offence}`, key: sql`'arrest:' || r.id || ':charged'` });
    }
    case "drug_tests":
      return run({
        kind: "positive_drug_test",
        from: sql`drug_tests r`,
        where: sql`(r.opiates OR r.cocaine)`,
        aboutDate: sql`r.test_date`,
        detail: sql`'Positive drug test on ' || r.test_date::text || ': ' || concat_ws(' and ', CASE WHEN r.opiates THEN 'opiates' END, CASE WHEN r.cocaine THEN 'cocaine' END)`,
        key: sql`'drug_test:' || r.id`
      });
    case "custody":
      return await run({
        kind: "remanded",
        from: sql`custody_periods r`,
        where: sql`r.kind = 'remand'`,
        aboutDate: sql`r.reception_date`,
        detail: sql`'Remanded in custody on ' || r.reception_date::text || COALESCE(' at ' || r.establishment, '')`,
        key: sql`'custody:' || r.id || ':remand'`
      }) + await run({
        kind: "released",
        from: sql`custody_periods r`,
        where: sql`r.release_date IS NOT NULL`,
        aboutDate: sql`r.release_date`,
        detail: sql`'Released from custody on ' || r.release_date::text || COALESCE(' (' || r.establishment || ')', '')`,
        key: sql`'custody:' || r.id || ':release:' || r.release_date::text`
      });
    default:
      return 0;
  }
}
async function refreshTimedAlerts(db, partnershipId, asOf) {
  return db.transaction().execute(async (trx) => {
    const horizon = addMonths(asOf, RELEASE_DUE_MONTHS);
    const released = await sql`
      INSERT INTO alerts (partnership_id, person_id, case_id, kind, raised_on, about_date, detail, recipients, dedupe_key)
      SELECT c.partnership_id, c.person_id, c.id, 'release_due', ${asOf}::date, cp.expected_release_date,
             'Release expected on ' || cp.expected_release_date::text || COALESCE(' from ' || cp.establishment, ''), ${recipientsOf("release_due")}::text[],
             'custody:' || cp.id || ':release_due:' || cp.expected_release_date::text || ':case:' || c.id
        FROM custody_periods cp
        JOIN cases c ON c.person_id = cp.person_id AND c.partnership_id = cp.partnership_id AND c.closed_on IS NULL
       WHERE cp.partnership_id = ${partnershipId}
         AND cp.reception_date <= ${asOf}::date AND (cp.release_date IS NULL OR cp.release_date > ${asOf}::date)
         AND cp.expected_release_date > ${asOf}::date AND cp.expected_release_date <= ${horizon}::date
      ON CONFLICT (partnership_id, kind, dedupe_key) DO NOTHING
      RETURNING person_id`.execute(trx);
    const about = [...released.rows.map((r) => Number(r.person_id)), ...await reviewsDue(trx, partnershipId, asOf)];
    if (about.length > 0) {
      await appendAudit(trx, { userId: null, partnershipId, label: "waymark (daily alerts)" }, {
        action: "combination",
        personIds: [...new Set(about)],
        what: `timed alerts raised for ${asOf}`,
        details: { asOf, raised: about.length }
      });
    }
    return about.length;
  });
}
async function reviewsDue(trx, partnershipId, asOf) {
  const open = await trx.selectFrom("cases as c").innerJoin("schemes as s", "s.id", "c.scheme_id").select(["c.person_id", "c.scheme_id", "s.code"]).where("c.partnership_id", "=", partnershipId).where("c.closed_on", "is", null).execute();
  if (open.length === 0) return [];
  const system = { userId: null, partnershipId, role: "administrator", agencyKind: null, label: "waymark" };
  const histories = await loadHistories(trx, partnershipId, [...new Set(open.map((o) => o.person_id))]);
  const raised = [];
  for (const schemeId of new Set(open.map((o) => o.scheme_id))) {
    const code = open.find((o) => o.scheme_id === schemeId).code;
    const config = (await getMatrix(trx, system, { schemeCode: code })).config;
    const threshold = config.rules.regularReviewDays;
    const members = new Map((await membersOn(trx, partnershipId, schemeId, asOf)).map((m) => [m.person_id, m.start_date]));
    const reviews = await lastReviews(trx, partnershipId, schemeId, asOf);
    for (const o of open.filter((x) => x.scheme_id === schemeId)) {
      const start = members.get(o.person_id);
      if (start === void 0) continue;
      const h = histories.get(o.person_id);
      const since = (h && continuousMembershipStart(h, code, asOf)) ?? start;
      const last = maxDate(reviews.get(o.person_id) ?? null, since);
      if (daysBetween(last, asOf) < threshold) continue;
      const due = addDays(last, threshold);
      const n = await raiseAlert(trx, {
        partnershipId,
        personId: o.person_id,
        kind: "review_due",
        raisedOn: asOf,
        aboutDate: due,
        detail: `Regular ${code} review due on ${due}: ${daysBetween(last, asOf)} days since ${last === reviews.get(o.person_id) ? "the last panel review" : "selection"} on ${last}`,
        dedupeKey: `review:${schemeId}:${due}`,
        schemeId
      });
      if (n > 0) raised.push(o.person_id);
    }
  }
  return raised;
}
export {
  ALERTING_KINDS,
  RELEASE_DUE_MONTHS,
  alertsFromImport,
  refreshTimedAlerts
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2FsZXJ0cy9nZW5lcmF0ZS50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gQWxlcnRzIHRoZSBkYXRhIHJhaXNlcyAoU1BFQyAzLjUpOiBmcm9tIGFuIGltcG9ydCdzIHJvd3MgKGFycmVzdGVkLCBjaGFyZ2VkLFxuLy8gcG9zaXRpdmUgZHJ1ZyB0ZXN0LCByZW1hbmRlZCwgcmVsZWFzZWQpIGFuZCBmcm9tIHRoZSBwYXNzaW5nIG9mIHRpbWUgKGFcbi8vIG1lbWJlcidzIHJlZ3VsYXIgcmV2aWV3IGR1ZSwgYSByZWxlYXNlIGR1ZSB3aXRoaW4gMyBtb250aHMpLiBFYWNoIGlzIHJhaXNlZFxuLy8gb24gdGhlIHBlcnNvbidzIG9wZW4gY2FzZXMgb25seSwgYW5kIG9ubHkgYWJvdXQgd2hhdCBoYXBwZW5lZCBzaW5jZSB0aGUgY2FzZVxuLy8gb3BlbmVkOyB0aGUgZGVkdXBlIGtleSBtYWtlcyBldmVyeSBnZW5lcmF0aW9uIGlkZW1wb3RlbnQsIHNvIGFuIGltcG9ydCBvciBhXG4vLyByZWZyZXNoIG1heSBydW4gYWdhaW4gd2l0aG91dCByYWlzaW5nIGFueXRoaW5nIHR3aWNlLlxuaW1wb3J0IHsgc3FsLCB0eXBlIEt5c2VseSwgdHlwZSBSYXdCdWlsZGVyLCB0eXBlIFRyYW5zYWN0aW9uIH0gZnJvbSAna3lzZWx5JztcbmltcG9ydCB0eXBlIHsgREIsIElzb0RhdGUgfSBmcm9tICcuLi9kYi9zY2hlbWEuanMnO1xuaW1wb3J0IHR5cGUgeyBBbGVydEtpbmQgfSBmcm9tICcuLi9nbG9zc2FyeS5qcyc7XG5pbXBvcnQgeyBhZGREYXlzLCBhZGRNb250aHMsIGRheXNCZXR3ZWVuLCBtYXhEYXRlIH0gZnJvbSAnLi4vY2FsZW5kYXIvZGF0ZXMuanMnO1xuaW1wb3J0IHsgY29udGludW91c01lbWJlcnNoaXBTdGFydCB9IGZyb20gJy4uL3NlbGVjdGlvbi9kZXNlbGVjdGlvbi5qcyc7XG5pbXBvcnQgeyBsb2FkSGlzdG9yaWVzIH0gZnJvbSAnLi4vc2VsZWN0aW9uL2hpc3Rvcmllcy5qcyc7XG5pbXBvcnQgeyBnZXRNYXRyaXgsIG1lbWJlcnNPbiB9IGZyb20gJy4uL3NlbGVjdGlvbi9zZXJ2aWNlLmpzJztcbmltcG9ydCB7IGxhc3RSZXZpZXdzIH0gZnJvbSAnLi4vcGFuZWwvcmV2aWV3LmpzJztcbmltcG9ydCB0eXBlIHsgQWN0b3IgfSBmcm9tICcuLi9hY2Nlc3MvYWN0b3IuanMnO1xuaW1wb3J0IHsgcmFpc2VBbGVydCwgcmVjaXBpZW50c09mIH0gZnJvbSAnLi9yYWlzZS5qcyc7XG5pbXBvcnQgeyBhcHBlbmRBdWRpdCB9IGZyb20gJy4uL2FjY2Vzcy9hdWRpdC5qcyc7XG5cbi8qKiBUaGUgbW9udGhzIGFoZWFkIGluIHdoaWNoIGFuIGV4cGVjdGVkIHJlbGVhc2UgcmFpc2VzIHJlbGVhc2VfZHVlLiAqL1xuZXhwb3J0IGNvbnN0IFJFTEVBU0VfRFVFX01PTlRIUyA9IDM7XG5cbi8qKiBUaGUgaW1wb3J0IGtpbmRzIHdob3NlIHJvd3MgcmFpc2UgYWxlcnRzLiAqL1xuZXhwb3J0IGNvbnN0IEFMRVJUSU5HX0tJTkRTOiByZWFkb25seSBzdHJpbmdbXSA9IFsnYXJyZXN0cycsICdkcnVnX3Rlc3RzJywgJ2N1c3RvZHknXTtcblxuaW50ZXJmYWNlIEZyb21Sb3dzIHtcbiAga2luZDogQWxlcnRLaW5kO1xuICAvKiogRlJPTSAuLi4gKGFsaWFzIHIpIHdpdGggdGhlIHBlcnNvbiBpbiByLnBlcnNvbl9pZC4gKi9cbiAgZnJvbTogUmF3QnVpbGRlcjx1bmtub3duPjtcbiAgd2hlcmU6IFJhd0J1aWxkZXI8Ym9vbGVhbj47XG4gIGFib3V0RGF0ZTogUmF3QnVpbGRlcjxzdHJpbmc+O1xuICBkZXRhaWw6IFJhd0J1aWxkZXI8c3RyaW5nPjtcbiAgLyoqIFRoZSBzb3VyY2UncyBrZXkgKHdpdGhvdXQgdGhlIGNhc2UpLCBlLmcuICdhcnJlc3Q6JyB8fCByLmlkLiAqL1xuICBrZXk6IFJhd0J1aWxkZXI8c3RyaW5nPjtcbn1cblxuLyoqIE9uZSBpbnNlcnQtc2VsZWN0OiBhbiBhbGVydCBwZXIgc291cmNlIHJvdyBhbmQgb3BlbiBjYXNlIG9mIGl0cyBwZXJzb24sIG9wZW5lZCBvbiBvciBiZWZvcmUgd2hhdCBoYXBwZW5lZC4gKi9cbmFzeW5jIGZ1bmN0aW9uIHJhaXNlRnJvbVJvd3ModHJ4OiBUcmFuc2FjdGlvbjxEQj4sIHBhcnRuZXJzaGlwSWQ6IG51bWJlciwgaW1wb3J0SWQ6IG51bWJlciwgcmFpc2VkT246IElzb0RhdGUsIHM6IEZyb21Sb3dzKTogUHJvbWlzZTxudW1iZXI+IHtcbiAgY29uc3QgcmVzdWx0ID0gYXdhaXQgc3FsYFxuICAgIElOU0VSVCBJTlRPIGFsZXJ0cyAocGFydG5lcnNoaXBfaWQsIHBlcnNvbl9pZCwgY2FzZV9pZCwga2luZCwgcmFpc2VkX29uLCBhYm91dF9kYXRlLCBkZXRhaWwsIHJlY2lwaWVudHMsIGRlZHVwZV9rZXkpXG4gICAgU0VMRUNUIGMucGFydG5lcnNoaXBfaWQsIGMucGVyc29uX2lkLCBjLmlkLCAke3Mua2luZH0sICR7cmFpc2VkT259OjpkYXRlLCAke3MuYWJvdXREYXRlfSwgJHtzLmRldGFpbH0sICR7cmVjaXBpZW50c09mKHMua2luZCl9Ojp0ZXh0W10sICR7cy5rZXl9IHx8ICc6Y2FzZTonIHx8IGMuaWRcbiAgICAgIEZST00gJHtzLmZyb219XG4gICAgICBKT0lOIGNhc2VzIGMgT04gYy5wZXJzb25faWQgPSByLnBlcnNvbl9pZCBBTkQgYy5wYXJ0bmVyc2hpcF9pZCA9IHIucGFydG5lcnNoaXBfaWQgQU5EIGMuY2xvc2VkX29uIElTIE5VTEwgQU5EICR7cy5hYm91dERhdGV9ID49IGMub3BlbmVkX29uXG4gICAgIFdIRVJFIHIucGFydG5lcnNoaXBfaWQgPSAke3BhcnRuZXJzaGlwSWR9IEFORCByLmltcG9ydF9pZCA9ICR7aW1wb3J0SWR9IEFORCAke3Mud2hlcmV9XG4gICAgT04gQ09ORkxJQ1QgKHBhcnRuZXJzaGlwX2lkLCBraW5kLCBkZWR1cGVfa2V5KSBETyBOT1RISU5HYC5leGVjdXRlKHRyeCk7XG4gIHJldHVybiBOdW1iZXIocmVzdWx0Lm51bUFmZmVjdGVkUm93cyA/PyAwKTtcbn1cblxuY29uc3Qgb2ZmZW5jZSA9IHNxbDxzdHJpbmc+YENPQUxFU0NFKCcgZm9yICcgfHwgQ09BTEVTQ0Uob2MuZGVzY3JpcHRpb24sIHIub2ZmZW5jZV9jb2RlKSwgJycpYDtcblxuLyoqXG4gKiBUaGUgYWxlcnRzIGFuIGltcG9ydCdzIHJvd3MgcmFpc2UsIGluIHRoZSBpbXBvcnQncyB0cmFuc2FjdGlvbiwgYWZ0ZXIgaXRzXG4gKiByb3dzIGFyZSBzdG9yZWQgKHRoZSByb3dzIGl0IGFkZGVkIG9yIGNoYW5nZWQgY2FycnkgaXRzIGlkKS4gUmV0dXJucyBob3dcbiAqIG1hbnkgd2VyZSByYWlzZWQ7IG90aGVyIGtpbmRzIHJhaXNlIG5vbmUuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBhbGVydHNGcm9tSW1wb3J0KHRyeDogVHJhbnNhY3Rpb248REI+LCBpbnB1dDogeyBwYXJ0bmVyc2hpcElkOiBudW1iZXI7IGltcG9ydElkOiBudW1iZXI7IGtpbmQ6IHN0cmluZzsgcmFpc2VkT246IElzb0RhdGUgfSk6IFByb21pc2U8bnVtYmVyPiB7XG4gIGNvbnN0IHsgcGFydG5lcnNoaXBJZDogcCwgaW1wb3J0SWQsIHJhaXNlZE9uIH0gPSBpbnB1dDtcbiAgY29uc3QgcnVuID0gKHM6IEZyb21Sb3dzKSA9PiByYWlzZUZyb21Sb3dzKHRyeCwgcCwgaW1wb3J0SWQsIHJhaXNlZE9uLCBzKTtcbiAgc3dpdGNoIChpbnB1dC5raW5kKSB7XG4gICAgY2FzZSAnYXJyZXN0cyc6IHtcbiAgICAgIGNvbnN0IGZyb20gPSBzcWxgYXJyZXN0cyByIExFRlQgSk9JTiBvZmZlbmNlX2NvZGVzIG9jIE9OIG9jLmNvZGUgPSByLm9mZmVuY2VfY29kZWA7XG4gICAgICBjb25zdCBhYm91dERhdGUgPSBzcWw8c3RyaW5nPmByLmFycmVzdF9kYXRlYDtcbiAgICAgIHJldHVybiAoXG4gICAgICAgIChhd2FpdCBydW4oeyBraW5kOiAnYXJyZXN0ZWQnLCBmcm9tLCB3aGVyZTogc3FsYHRydWVgLCBhYm91dERhdGUsIGRldGFpbDogc3FsYCdBcnJlc3RlZCBvbiAnIHx8IHIuYXJyZXN0X2RhdGU6OnRleHQgfHwgJHtvZmZlbmNlfWAsIGtleTogc3FsYCdhcnJlc3Q6JyB8fCByLmlkYCB9KSkgK1xuICAgICAgICAoYXdhaXQgcnVuKHsga2luZDogJ2NoYXJnZWQnLCBmcm9tLCB3aGVyZTogc3FsYHIub3V0Y29tZSA9ICdjaGFyZ2VkJ2AsIGFib3V0RGF0ZSwgZGV0YWlsOiBzcWxgJ0NoYXJnZWQgYWZ0ZXIgdGhlIGFycmVzdCBvbiAnIHx8IHIuYXJyZXN0X2RhdGU6OnRleHQgfHwgJHtvZmZlbmNlfWAsIGtleTogc3FsYCdhcnJlc3Q6JyB8fCByLmlkIHx8ICc6Y2hhcmdlZCdgIH0pKVxuICAgICAgKTtcbiAgICB9XG4gICAgY2FzZSAnZHJ1Z190ZXN0cyc6XG4gICAgICByZXR1cm4gcnVuKHtcbiAgICAgICAga2luZDogJ3Bvc2l0aXZlX2RydWdfdGVzdCcsXG4gICAgICAgIGZyb206IHNxbGBkcnVnX3Rlc3RzIHJgLFxuICAgICAgICB3aGVyZTogc3FsYChyLm9waWF0ZXMgT1Igci5jb2NhaW5lKWAsXG4gICAgICAgIGFib3V0RGF0ZTogc3FsPHN0cmluZz5gci50ZXN0X2RhdGVgLFxuICAgICAgICBkZXRhaWw6IHNxbGAnUG9zaXRpdmUgZHJ1ZyB0ZXN0IG9uICcgfHwgci50ZXN0X2RhdGU6OnRleHQgfHwgJzogJyB8fCBjb25jYXRfd3MoJyBhbmQgJywgQ0FTRSBXSEVOIHIub3BpYXRlcyBUSEVOICdvcGlhdGVzJyBFTkQsIENBU0UgV0hFTiByLmNvY2FpbmUgVEhFTiAnY29jYWluZScgRU5EKWAsXG4gICAgICAgIGtleTogc3FsYCdkcnVnX3Rlc3Q6JyB8fCByLmlkYCxcbiAgICAgIH0pO1xuICAgIGNhc2UgJ2N1c3RvZHknOlxuICAgICAgcmV0dXJuIChcbiAgICAgICAgKGF3YWl0IHJ1bih7XG4gICAgICAgICAga2luZDogJ3JlbWFuZGVkJyxcbiAgICAgICAgICBmcm9tOiBzcWxgY3VzdG9keV9wZXJpb2RzIHJgLFxuICAgICAgICAgIHdoZXJlOiBzcWxgci5raW5kID0gJ3JlbWFuZCdgLFxuICAgICAgICAgIGFib3V0RGF0ZTogc3FsPHN0cmluZz5gci5yZWNlcHRpb25fZGF0ZWAsXG4gICAgICAgICAgZGV0YWlsOiBzcWxgJ1JlbWFuZGVkIGluIGN1c3RvZHkgb24gJyB8fCByLnJlY2VwdGlvbl9kYXRlOjp0ZXh0IHx8IENPQUxFU0NFKCcgYXQgJyB8fCByLmVzdGFibGlzaG1lbnQsICcnKWAsXG4gICAgICAgICAga2V5OiBzcWxgJ2N1c3RvZHk6JyB8fCByLmlkIHx8ICc6cmVtYW5kJ2AsXG4gICAgICAgIH0pKSArXG4gICAgICAgIChhd2FpdCBydW4oe1xuICAgICAgICAgIGtpbmQ6ICdyZWxlYXNlZCcsXG4gICAgICAgICAgZnJvbTogc3FsYGN1c3RvZHlfcGVyaW9kcyByYCxcbiAgICAgICAgICB3aGVyZTogc3FsYHIucmVsZWFzZV9kYXRlIElTIE5PVCBOVUxMYCxcbiAgICAgICAgICBhYm91dERhdGU6IHNxbDxzdHJpbmc+YHIucmVsZWFzZV9kYXRlYCxcbiAgICAgICAgICBkZXRhaWw6IHNxbGAnUmVsZWFzZWQgZnJvbSBjdXN0b2R5IG9uICcgfHwgci5yZWxlYXNlX2RhdGU6OnRleHQgfHwgQ09BTEVTQ0UoJyAoJyB8fCByLmVzdGFibGlzaG1lbnQgfHwgJyknLCAnJylgLFxuICAgICAgICAgIGtleTogc3FsYCdjdXN0b2R5OicgfHwgci5pZCB8fCAnOnJlbGVhc2U6JyB8fCByLnJlbGVhc2VfZGF0ZTo6dGV4dGAsXG4gICAgICAgIH0pKVxuICAgICAgKTtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIDA7XG4gIH1cbn1cblxuLyoqXG4gKiBUaGUgYWxlcnRzIHRoZSBwYXNzaW5nIG9mIHRpbWUgcmFpc2VzIG9uIHRoZSBkYXRlOiByZWxlYXNlX2R1ZSBmb3IgZWFjaFxuICogb3BlbiBjYXNlIHdob3NlIHBlcnNvbiBpcyBpbiBjdXN0b2R5IHdpdGggYW4gZXhwZWN0ZWQgcmVsZWFzZSB3aXRoaW5cbiAqIFJFTEVBU0VfRFVFX01PTlRIUywgYW5kIHJldmlld19kdWUgZm9yIGVhY2ggbWVtYmVyIHdob3NlIHJlZ3VsYXIgcmV2aWV3XG4gKiAoZGUtc2VsZWN0aW9uIHJ1bGUgNCwgdGhlIHNjaGVtZSdzIHJlZ3VsYXJSZXZpZXdEYXlzIHNpbmNlIHRoZSBsYXN0IHBhbmVsXG4gKiBkZWNpc2lvbiBvciB0aGUgc2VsZWN0aW9uKSBmYWxscyBvbiBvciBiZWZvcmUgdGhlIGRhdGUuIElkZW1wb3RlbnQ6IGVhY2ggaXNcbiAqIGtleWVkIGJ5IGl0cyBkdWUgZGF0ZS4gUmV0dXJucyBob3cgbWFueSB3ZXJlIHJhaXNlZC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlZnJlc2hUaW1lZEFsZXJ0cyhkYjogS3lzZWx5PERCPiwgcGFydG5lcnNoaXBJZDogbnVtYmVyLCBhc09mOiBJc29EYXRlKTogUHJvbWlzZTxudW1iZXI+IHtcbiAgcmV0dXJuIGRiLnRyYW5zYWN0aW9uKCkuZXhlY3V0ZShhc3luYyAodHJ4KSA9PiB7XG4gICAgY29uc3QgaG9yaXpvbiA9IGFkZE1vbnRocyhhc09mLCBSRUxFQVNFX0RVRV9NT05USFMpO1xuICAgIGNvbnN0IHJlbGVhc2VkID0gYXdhaXQgc3FsYFxuICAgICAgSU5TRVJUIElOVE8gYWxlcnRzIChwYXJ0bmVyc2hpcF9pZCwgcGVyc29uX2lkLCBjYXNlX2lkLCBraW5kLCByYWlzZWRfb24sIGFib3V0X2RhdGUsIGRldGFpbCwgcmVjaXBpZW50cywgZGVkdXBlX2tleSlcbiAgICAgIFNFTEVDVCBjLnBhcnRuZXJzaGlwX2lkLCBjLnBlcnNvbl9pZCwgYy5pZCwgJ3JlbGVhc2VfZHVlJywgJHthc09mfTo6ZGF0ZSwgY3AuZXhwZWN0ZWRfcmVsZWFzZV9kYXRlLFxuICAgICAgICAgICAgICdSZWxlYXNlIGV4cGVjdGVkIG9uICcgfHwgY3AuZXhwZWN0ZWRfcmVsZWFzZV9kYXRlOjp0ZXh0IHx8IENPQUxFU0NFKCcgZnJvbSAnIHx8IGNwLmVzdGFibGlzaG1lbnQsICcnKSwgJHtyZWNpcGllbnRzT2YoJ3JlbGVhc2VfZHVlJyl9Ojp0ZXh0W10sXG4gICAgICAgICAgICAgJ2N1c3RvZHk6JyB8fCBjcC5pZCB8fCAnOnJlbGVhc2VfZHVlOicgfHwgY3AuZXhwZWN0ZWRfcmVsZWFzZV9kYXRlOjp0ZXh0IHx8ICc6Y2FzZTonIHx8IGMuaWRcbiAgICAgICAgRlJPTSBjdXN0b2R5X3BlcmlvZHMgY3BcbiAgICAgICAgSk9JTiBjYXNlcyBjIE9OIGMucGVyc29uX2lkID0gY3AucGVyc29uX2lkIEFORCBjLnBhcnRuZXJzaGlwX2lkID0gY3AucGFydG5lcnNoaXBfaWQgQU5EIGMuY2xvc2VkX29uIElTIE5VTExcbiAgICAgICBXSEVSRSBjcC5wYXJ0bmVyc2hpcF9pZCA9ICR7cGFydG5lcnNoaXBJZH1cbiAgICAgICAgIEFORCBjcC5yZWNlcHRpb25fZGF0ZSA8PSAke2FzT2Z9OjpkYXRlIEFORCAoY3AucmVsZWFzZV9kYXRlIElTIE5VTEwgT1IgY3AucmVsZWFzZV9kYXRlID4gJHthc09mfTo6ZGF0ZSlcbiAgICAgICAgIEFORCBjcC5leHBlY3RlZF9yZWxlYXNlX2RhdGUgPiAke2FzT2Z9OjpkYXRlIEFORCBjcC5leHBlY3RlZF9yZWxlYXNlX2RhdGUgPD0gJHtob3Jpem9ufTo6ZGF0ZVxuICAgICAgT04gQ09ORkxJQ1QgKHBhcnRuZXJzaGlwX2lkLCBraW5kLCBkZWR1cGVfa2V5KSBETyBOT1RISU5HXG4gICAgICBSRVRVUk5JTkcgcGVyc29uX2lkYC5leGVjdXRlKHRyeCk7XG4gICAgY29uc3QgYWJvdXQgPSBbLi4ucmVsZWFzZWQucm93cy5tYXAoKHIpID0+IE51bWJlcigociBhcyB7IHBlcnNvbl9pZDogbnVtYmVyIH0pLnBlcnNvbl9pZCkpLCAuLi4oYXdhaXQgcmV2aWV3c0R1ZSh0cngsIHBhcnRuZXJzaGlwSWQsIGFzT2YpKV07XG4gICAgLy8gUmFpc2luZyB0aGVtIGNvbWJpbmVkIGVhY2ggcGVyc29uJ3MgY3VzdG9keSwgbWVtYmVyc2hpcCBhbmQgcGFuZWxcbiAgICAvLyBoaXN0b3J5OiBsb2dnZWQgb25jZSwgbmFtaW5nIGV2ZXJ5b25lIGFuIGFsZXJ0IHdhcyByYWlzZWQgYWJvdXQuXG4gICAgaWYgKGFib3V0Lmxlbmd0aCA+IDApIHtcbiAgICAgIGF3YWl0IGFwcGVuZEF1ZGl0KHRyeCwgeyB1c2VySWQ6IG51bGwsIHBhcnRuZXJzaGlwSWQsIGxhYmVsOiAnd2F5bWFyayAoZGFpbHkgYWxlcnRzKScgfSwge1xuICAgICAgICBhY3Rpb246ICdjb21iaW5hdGlvbicsXG4gICAgICAgIHBlcnNvbklkczogWy4uLm5ldyBTZXQoYWJvdXQpXSxcbiAgICAgICAgd2hhdDogYHRpbWVkIGFsZXJ0cyByYWlzZWQgZm9yICR7YXNPZn1gLFxuICAgICAgICBkZXRhaWxzOiB7IGFzT2YsIHJhaXNlZDogYWJvdXQubGVuZ3RoIH0sXG4gICAgICB9KTtcbiAgICB9XG4gICAgcmV0dXJuIGFib3V0Lmxlbmd0aDtcbiAgfSk7XG59XG5cbi8qKiByZXZpZXdfZHVlIG9uIGVhY2ggb3BlbiBjYXNlIHdob3NlIHBlcnNvbidzIHJlZ3VsYXIgcmV2aWV3IGlzIGR1ZSBvbiB0aGUgY2FzZSdzIHNjaGVtZS4gKi9cbmFzeW5jIGZ1bmN0aW9uIHJldmlld3NEdWUodHJ4OiBUcmFuc2FjdGlvbjxEQj4sIHBhcnRuZXJzaGlwSWQ6IG51bWJlciwgYXNPZjogSXNvRGF0ZSk6IFByb21pc2U8bnVtYmVyW10+IHtcbiAgY29uc3Qgb3BlbiA9IGF3YWl0IHRyeFxuICAgIC5zZWxlY3RGcm9tKCdjYXNlcyBhcyBjJylcbiAgICAuaW5uZXJKb2luKCdzY2hlbWVzIGFzIHMnLCAncy5pZCcsICdjLnNjaGVtZV9pZCcpXG4gICAgLnNlbGVjdChbJ2MucGVyc29uX2lkJywgJ2Muc2NoZW1lX2lkJywgJ3MuY29kZSddKVxuICAgIC53aGVyZSgnYy5wYXJ0bmVyc2hpcF9pZCcsICc9JywgcGFydG5lcnNoaXBJZClcbiAgICAud2hlcmUoJ2MuY2xvc2VkX29uJywgJ2lzJywgbnVsbClcbiAgICAuZXhlY3V0ZSgpO1xuICBpZiAob3Blbi5sZW5ndGggPT09IDApIHJldHVybiBbXTtcbiAgLy8gVGhlIG1hdHJpeCBpcyByZWFkIGFzIHRoZSBpbnN0YWxsYXRpb24gaXRzZWxmOiBubyBvbmUncyB2aWV3LCBub3RoaW5nIGRpc2Nsb3NlZC5cbiAgY29uc3Qgc3lzdGVtOiBBY3RvciA9IHsgdXNlcklkOiBudWxsLCBwYXJ0bmVyc2hpcElkLCByb2xlOiAnYWRtaW5pc3RyYXRvcicsIGFnZW5jeUtpbmQ6IG51bGwsIGxhYmVsOiAnd2F5bWFyaycgfTtcbiAgY29uc3QgaGlzdG9yaWVzID0gYXdhaXQgbG9hZEhpc3Rvcmllcyh0cngsIHBhcnRuZXJzaGlwSWQsIFsuLi5uZXcgU2V0KG9wZW4ubWFwKChvKSA9PiBvLnBlcnNvbl9pZCkpXSk7XG4gIGNvbnN0IHJhaXNlZDogbnVtYmVyW10gPSBbXTtcbiAgZm9yIChjb25zdCBzY2hlbWVJZCBvZiBuZXcgU2V0KG9wZW4ubWFwKChvKSA9PiBvLnNjaGVtZV9pZCkpKSB7XG4gICAgY29uc3QgY29kZSA9IG9wZW4uZmluZCgobykgPT4gby5zY2hlbWVfaWQgPT09IHNjaGVtZUlkKSEuY29kZTtcbiAgICBjb25zdCBjb25maWcgPSAoYXdhaXQgZ2V0TWF0cml4KHRyeCwgc3lzdGVtLCB7IHNjaGVtZUNvZGU6IGNvZGUgfSkpLmNvbmZpZztcbiAgICBjb25zdCB0aHJlc2hvbGQgPSBjb25maWcucnVsZXMucmVndWxhclJldmlld0RheXM7XG4gICAgY29uc3QgbWVtYmVycyA9IG5ldyBNYXAoKGF3YWl0IG1lbWJlcnNPbih0cngsIHBhcnRuZXJzaGlwSWQsIHNjaGVtZUlkLCBhc09mKSkubWFwKChtKSA9PiBbbS5wZXJzb25faWQsIG0uc3RhcnRfZGF0ZV0pKTtcbiAgICBjb25zdCByZXZpZXdzID0gYXdhaXQgbGFzdFJldmlld3ModHJ4LCBwYXJ0bmVyc2hpcElkLCBzY2hlbWVJZCwgYXNPZik7XG4gICAgZm9yIChjb25zdCBvIG9mIG9wZW4uZmlsdGVyKCh4KSA9PiB4LnNjaGVtZV9pZCA9PT0gc2NoZW1lSWQpKSB7XG4gICAgICBjb25zdCBzdGFydCA9IG1lbWJlcnMuZ2V0KG8ucGVyc29uX2lkKTtcbiAgICAgIGlmIChzdGFydCA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IGggPSBoaXN0b3JpZXMuZ2V0KG8ucGVyc29uX2lkKTtcbiAgICAgIGNvbnN0IHNpbmNlID0gKGggJiYgY29udGludW91c01lbWJlcnNoaXBTdGFydChoLCBjb2RlLCBhc09mKSkgPz8gc3RhcnQ7XG4gICAgICBjb25zdCBsYXN0ID0gbWF4RGF0ZShyZXZpZXdzLmdldChvLnBlcnNvbl9pZCkgPz8gbnVsbCwgc2luY2UpITtcbiAgICAgIGlmIChkYXlzQmV0d2VlbihsYXN0LCBhc09mKSA8IHRocmVzaG9sZCkgY29udGludWU7XG4gICAgICBjb25zdCBkdWUgPSBhZGREYXlzKGxhc3QsIHRocmVzaG9sZCk7XG4gICAgICBjb25zdCBuID0gYXdhaXQgcmFpc2VBbGVydCh0cngsIHtcbiAgICAgICAgcGFydG5lcnNoaXBJZCxcbiAgICAgICAgcGVyc29uSWQ6IG8ucGVyc29uX2lkLFxuICAgICAgICBraW5kOiAncmV2aWV3X2R1ZScsXG4gICAgICAgIHJhaXNlZE9uOiBhc09mLFxuICAgICAgICBhYm91dERhdGU6IGR1ZSxcbiAgICAgICAgZGV0YWlsOiBgUmVndWxhciAke2NvZGV9IHJldmlldyBkdWUgb24gJHtkdWV9OiAke2RheXNCZXR3ZWVuKGxhc3QsIGFzT2YpfSBkYXlzIHNpbmNlICR7bGFzdCA9PT0gcmV2aWV3cy5nZXQoby5wZXJzb25faWQpID8gJ3RoZSBsYXN0IHBhbmVsIHJldmlldycgOiAnc2VsZWN0aW9uJ30gb24gJHtsYXN0fWAsXG4gICAgICAgIGRlZHVwZUtleTogYHJldmlldzoke3NjaGVtZUlkfToke2R1ZX1gLFxuICAgICAgICBzY2hlbWVJZCxcbiAgICAgIH0pO1xuICAgICAgaWYgKG4gPiAwKSByYWlzZWQucHVzaChvLnBlcnNvbl9pZCk7XG4gICAgfVxuICB9XG4gIHJldHVybiByYWlzZWQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFNQSxTQUFTLFdBQTJEO0FBR3BFLFNBQVMsU0FBUyxXQUFXLGFBQWEsZUFBZTtBQUN6RCxTQUFTLGlDQUFpQztBQUMxQyxTQUFTLHFCQUFxQjtBQUM5QixTQUFTLFdBQVcsaUJBQWlCO0FBQ3JDLFNBQVMsbUJBQW1CO0FBRTVCLFNBQVMsWUFBWSxvQkFBb0I7QUFDekMsU0FBUyxtQkFBbUI7QUFHckIsTUFBTSxxQkFBcUI7QUFHM0IsTUFBTSxpQkFBb0MsQ0FBQyxXQUFXLGNBQWMsU0FBUztBQWNwRixlQUFlLGNBQWMsS0FBc0IsZUFBdUIsVUFBa0IsVUFBbUIsR0FBOEI7QUFDM0ksUUFBTSxTQUFTLE1BQU07QUFBQTtBQUFBLGtEQUUyQixFQUFFLElBQUksS0FBSyxRQUFRLFdBQVcsRUFBRSxTQUFTLEtBQUssRUFBRSxNQUFNLEtBQUssYUFBYSxFQUFFLElBQUksQ0FBQyxhQUFhLEVBQUUsR0FBRztBQUFBLGFBQ3RJLEVBQUUsSUFBSTtBQUFBLHNIQUNtRyxFQUFFLFNBQVM7QUFBQSxnQ0FDakcsYUFBYSxzQkFBc0IsUUFBUSxRQUFRLEVBQUUsS0FBSztBQUFBLCtEQUMzQixRQUFRLEdBQUc7QUFDeEUsU0FBTyxPQUFPLE9BQU8sbUJBQW1CLENBQUM7QUFDM0M7QUFFQSxNQUFNLFVBQVU7QUFPaEIsZUFBc0IsaUJBQWlCLEtBQXNCLE9BQXNHO0FBQ2pLLFFBQU0sRUFBRSxlQUFlLEdBQUcsVUFBVSxTQUFTLElBQUk7QUFDakQsUUFBTSxNQUFNLENBQUMsTUFBZ0IsY0FBYyxLQUFLLEdBQUcsVUFBVSxVQUFVLENBQUM7QUFDeEUsVUFBUSxNQUFNLE1BQU07QUFBQSxJQUNsQixLQUFLLFdBQVc7QUFDZCxZQUFNLE9BQU87QUFDYixZQUFNLFlBQVk7QUFDbEIsYUFDRyxNQUFNLElBQUksRUFBRSxNQUFNLFlBQVksTUFBTSxPQUFPLFdBQVcsV0FBVyxRQUFRLCtDQUErQyxPQUFPLElBQUksS0FBSyx1QkFBdUIsQ0FBQyxJQUNoSyxNQUFNLElBQUksRUFBRSxNQUFNLFdBQVcsTUFBTSxPQUFPLDRCQUE0QixXQUFXLFFBQVEsK0RBQStELE9BQU8sSUFBSSxLQUFLLHFDQUFxQyxDQUFDO0FBQUEsSUFFbk47QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLElBQUk7QUFBQSxRQUNULE1BQU07QUFBQSxRQUNOLE1BQU07QUFBQSxRQUNOLE9BQU87QUFBQSxRQUNQLFdBQVc7QUFBQSxRQUNYLFFBQVE7QUFBQSxRQUNSLEtBQUs7QUFBQSxNQUNQLENBQUM7QUFBQSxJQUNILEtBQUs7QUFDSCxhQUNHLE1BQU0sSUFBSTtBQUFBLFFBQ1QsTUFBTTtBQUFBLFFBQ04sTUFBTTtBQUFBLFFBQ04sT0FBTztBQUFBLFFBQ1AsV0FBVztBQUFBLFFBQ1gsUUFBUTtBQUFBLFFBQ1IsS0FBSztBQUFBLE1BQ1AsQ0FBQyxJQUNBLE1BQU0sSUFBSTtBQUFBLFFBQ1QsTUFBTTtBQUFBLFFBQ04sTUFBTTtBQUFBLFFBQ04sT0FBTztBQUFBLFFBQ1AsV0FBVztBQUFBLFFBQ1gsUUFBUTtBQUFBLFFBQ1IsS0FBSztBQUFBLE1BQ1AsQ0FBQztBQUFBLElBRUw7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBVUEsZUFBc0IsbUJBQW1CLElBQWdCLGVBQXVCLE1BQWdDO0FBQzlHLFNBQU8sR0FBRyxZQUFZLEVBQUUsUUFBUSxPQUFPLFFBQVE7QUFDN0MsVUFBTSxVQUFVLFVBQVUsTUFBTSxrQkFBa0I7QUFDbEQsVUFBTSxXQUFXLE1BQU07QUFBQTtBQUFBLG1FQUV3QyxJQUFJO0FBQUEsdUhBQ2dELGFBQWEsYUFBYSxDQUFDO0FBQUE7QUFBQTtBQUFBO0FBQUEsbUNBSS9HLGFBQWE7QUFBQSxvQ0FDWixJQUFJLDREQUE0RCxJQUFJO0FBQUEsMENBQzlELElBQUksMENBQTBDLE9BQU87QUFBQTtBQUFBLDJCQUVwRSxRQUFRLEdBQUc7QUFDbEMsVUFBTSxRQUFRLENBQUMsR0FBRyxTQUFTLEtBQUssSUFBSSxDQUFDLE1BQU0sT0FBUSxFQUE0QixTQUFTLENBQUMsR0FBRyxHQUFJLE1BQU0sV0FBVyxLQUFLLGVBQWUsSUFBSSxDQUFFO0FBRzNJLFFBQUksTUFBTSxTQUFTLEdBQUc7QUFDcEIsWUFBTSxZQUFZLEtBQUssRUFBRSxRQUFRLE1BQU0sZUFBZSxPQUFPLHlCQUF5QixHQUFHO0FBQUEsUUFDdkYsUUFBUTtBQUFBLFFBQ1IsV0FBVyxDQUFDLEdBQUcsSUFBSSxJQUFJLEtBQUssQ0FBQztBQUFBLFFBQzdCLE1BQU0sMkJBQTJCLElBQUk7QUFBQSxRQUNyQyxTQUFTLEVBQUUsTUFBTSxRQUFRLE1BQU0sT0FBTztBQUFBLE1BQ3hDLENBQUM7QUFBQSxJQUNIO0FBQ0EsV0FBTyxNQUFNO0FBQUEsRUFDZixDQUFDO0FBQ0g7QUFHQSxlQUFlLFdBQVcsS0FBc0IsZUFBdUIsTUFBa0M7QUFDdkcsUUFBTSxPQUFPLE1BQU0sSUFDaEIsV0FBVyxZQUFZLEVBQ3ZCLFVBQVUsZ0JBQWdCLFFBQVEsYUFBYSxFQUMvQyxPQUFPLENBQUMsZUFBZSxlQUFlLFFBQVEsQ0FBQyxFQUMvQyxNQUFNLG9CQUFvQixLQUFLLGFBQWEsRUFDNUMsTUFBTSxlQUFlLE1BQU0sSUFBSSxFQUMvQixRQUFRO0FBQ1gsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPLENBQUM7QUFFL0IsUUFBTSxTQUFnQixFQUFFLFFBQVEsTUFBTSxlQUFlLE1BQU0saUJBQWlCLFlBQVksTUFBTSxPQUFPLFVBQVU7QUFDL0csUUFBTSxZQUFZLE1BQU0sY0FBYyxLQUFLLGVBQWUsQ0FBQyxHQUFHLElBQUksSUFBSSxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQztBQUNwRyxRQUFNLFNBQW1CLENBQUM7QUFDMUIsYUFBVyxZQUFZLElBQUksSUFBSSxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxDQUFDLEdBQUc7QUFDNUQsVUFBTSxPQUFPLEtBQUssS0FBSyxDQUFDLE1BQU0sRUFBRSxjQUFjLFFBQVEsRUFBRztBQUN6RCxVQUFNLFVBQVUsTUFBTSxVQUFVLEtBQUssUUFBUSxFQUFFLFlBQVksS0FBSyxDQUFDLEdBQUc7QUFDcEUsVUFBTSxZQUFZLE9BQU8sTUFBTTtBQUMvQixVQUFNLFVBQVUsSUFBSSxLQUFLLE1BQU0sVUFBVSxLQUFLLGVBQWUsVUFBVSxJQUFJLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFdBQVcsRUFBRSxVQUFVLENBQUMsQ0FBQztBQUNySCxVQUFNLFVBQVUsTUFBTSxZQUFZLEtBQUssZUFBZSxVQUFVLElBQUk7QUFDcEUsZUFBVyxLQUFLLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxjQUFjLFFBQVEsR0FBRztBQUM1RCxZQUFNLFFBQVEsUUFBUSxJQUFJLEVBQUUsU0FBUztBQUNyQyxVQUFJLFVBQVUsT0FBVztBQUN6QixZQUFNLElBQUksVUFBVSxJQUFJLEVBQUUsU0FBUztBQUNuQyxZQUFNLFNBQVMsS0FBSywwQkFBMEIsR0FBRyxNQUFNLElBQUksTUFBTTtBQUNqRSxZQUFNLE9BQU8sUUFBUSxRQUFRLElBQUksRUFBRSxTQUFTLEtBQUssTUFBTSxLQUFLO0FBQzVELFVBQUksWUFBWSxNQUFNLElBQUksSUFBSSxVQUFXO0FBQ3pDLFlBQU0sTUFBTSxRQUFRLE1BQU0sU0FBUztBQUNuQyxZQUFNLElBQUksTUFBTSxXQUFXLEtBQUs7QUFBQSxRQUM5QjtBQUFBLFFBQ0EsVUFBVSxFQUFFO0FBQUEsUUFDWixNQUFNO0FBQUEsUUFDTixVQUFVO0FBQUEsUUFDVixXQUFXO0FBQUEsUUFDWCxRQUFRLFdBQVcsSUFBSSxrQkFBa0IsR0FBRyxLQUFLLFlBQVksTUFBTSxJQUFJLENBQUMsZUFBZSxTQUFTLFFBQVEsSUFBSSxFQUFFLFNBQVMsSUFBSSwwQkFBMEIsV0FBVyxPQUFPLElBQUk7QUFBQSxRQUMzSyxXQUFXLFVBQVUsUUFBUSxJQUFJLEdBQUc7QUFBQSxRQUNwQztBQUFBLE1BQ0YsQ0FBQztBQUNELFVBQUksSUFBSSxFQUFHLFFBQU8sS0FBSyxFQUFFLFNBQVM7QUFBQSxJQUNwQztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
