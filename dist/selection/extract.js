import { sql } from "kysely";
import { jsonArraysText } from "../db/json-rows.js";
import { concurrentQueries } from "../db/database.js";
import { addDays, addMonths } from "../calendar/dates.js";
import { spanCovers, spanOpenOn } from "../calendar/sql.js";
import { featureColumns, parseFeatureText } from "./feature-rows.js";
function featureQuery(o) {
  const { config, asOf, partnershipId: p } = o;
  const starts = config.frequency.map((w) => addMonths(asOf, -w.months));
  const lb = addMonths(asOf, -config.lookbackMonths);
  const releaseBy = addDays(asOf, config.release.withinDays);
  const gravGroups = [...o.offences.gravity.keys()];
  const gravWeights = [...o.offences.gravity.values()];
  const d = (v) => sql`${v}::date`;
  const win = (table, column) => sql.join(
    starts.map((s, i) => sql`count(*) FILTER (WHERE ${sql.ref(`${table}.${column}`)} > ${d(s)}) AS ${sql.raw(`${table}_w${i}`)}`),
    sql`, `
  );
  const winCols = (table) => sql.join(starts.map((_, i) => sql.raw(`${table}.${table}_w${i}`)), sql`, `);
  const inPart = (column) => o.part && o.part.of > 1 && !o.only ? sql`AND ${sql.ref(column)} % ${o.part.of}::int = ${o.part.index}::int` : sql``;
  const threshold = sql`coalesce(ob.lb_offences, 0) >= ${config.pool.minOffences} AND coalesce(ob.gravity_max, 0) >= ${config.pool.minGravityMax}`;
  const candidates = o.only ? sql`SELECT unnest(${[...o.only]}::bigint[]) AS person_id, true AS member` : sql`SELECT person_id, false AS member FROM ob WHERE ${threshold}
          UNION ALL
          SELECT person_id, false FROM cu WHERE cu.expected_release >= ${d(asOf)} AND cu.expected_release <= ${d(releaseBy)}
          UNION ALL
          SELECT unnest(${[...o.include ?? []]}::bigint[]), true
          ${// With no threshold at all, even people with no outcome are above it.
  config.pool.minOffences <= 0 && config.pool.minGravityMax <= 0 ? sql`UNION ALL SELECT id, false FROM people WHERE partnership_id = ${p}` : sql``}`;
  const filter = o.only ? sql`true` : sql`(c.member OR (ad.area_code = ANY(${[...o.areaCodes]}::text[]) AND ${spanOpenOn("p.date_of_death", asOf)}))`;
  const widest = starts.reduce((a, s) => a === null || s < a ? s : a, null);
  const since = (column) => widest === null ? sql`true` : sql`${sql.ref(column)} > ${d(widest)}`;
  const lb_ = sql`ob.offence_date <= ${d(asOf)} AND ob.offence_date > ${d(lb)}`;
  return sql`
    WITH grav AS (
      SELECT grp, w FROM unnest(${gravGroups}::text[], ${gravWeights}::float8[]) AS t(grp, w)
    ),
    ob AS (
      -- The pool's threshold needs only the look-back's outcomes, so this pass
      -- over every person aggregates no more of each one's history than that;
      -- the whole history is aggregated for the candidates alone (oa, below).
      -- It reads the table itself: materialising every outcome known on the
      -- date for this pass and the candidates' (co) cost more (about 0.3 s
      -- of 583,000 rows on PostgreSQL) than a second scan, and would be
      -- repeated whole by each part.
      SELECT ob.person_id, count(*) AS lb_offences,
        max(coalesce(g.w, ${config.gravity.defaultGravity}::float8)) AS gravity_max,
        sum(coalesce(g.w, ${config.gravity.defaultGravity}::float8)) AS gravity_total,
        count(*) FILTER (WHERE left(ob.offence_code, 3) = ANY(${[...o.offences.neighbourhoodCrime]}::text[])) AS nbh
      FROM outcomes ob
      LEFT JOIN grav g ON g.grp = left(ob.offence_code, 3)
      WHERE ob.partnership_id = ${p} AND ob.outcome_date <= ${d(asOf)} AND ${lb_} ${inPart("ob.person_id")}
      GROUP BY ob.person_id
    ),
    cu AS (
      SELECT DISTINCT ON (c.person_id) c.person_id, c.kind AS custody_kind, c.reception_date, c.sentence_days,
        coalesce(c.expected_release_date, c.reception_date + (c.sentence_days / 2)) AS expected_release,
        (c.expected_release_date IS NULL AND c.sentence_days IS NOT NULL) AS estimated
      FROM custody_periods c
      WHERE c.partnership_id = ${p} AND ${spanCovers("c.reception_date", "c.release_date", d(asOf))}
      ORDER BY c.person_id, c.reception_date DESC
    ),
    c AS MATERIALIZED (
      SELECT person_id, bool_or(member) AS member FROM (${candidates}) x WHERE true ${inPart("x.person_id")} GROUP BY person_id
    ),
    ad AS (
      SELECT DISTINCT ON (a.person_id) a.person_id, a.area_code
      FROM addresses a
      WHERE a.partnership_id = ${p} AND a.from_date <= ${d(asOf)} AND a.person_id IN (SELECT person_id FROM c)
      ORDER BY a.person_id, a.from_date DESC
    ),
    base AS MATERIALIZED (
      SELECT p.id, p.person_ref, p.sex, p.date_of_birth, p.ethnicity, p.date_of_death, ad.area_code,
        ob.lb_offences, ob.gravity_max, ob.gravity_total, ob.nbh,
        cu.custody_kind, cu.reception_date, cu.sentence_days, cu.expected_release, cu.estimated,
        CASE WHEN cu.expected_release > ${d(asOf)} THEN cu.expected_release ELSE ${d(asOf)} END AS supervision_date
      FROM c
      JOIN people p ON p.id = c.person_id
      LEFT JOIN ad ON ad.person_id = p.id
      LEFT JOIN ob ON ob.person_id = p.id
      LEFT JOIN cu ON cu.person_id = p.id
      WHERE p.partnership_id = ${p} AND ${filter}
    ),
    co AS MATERIALIZED (
      SELECT o.person_id, o.outcome_date, o.offence_date, o.offence_code
      FROM outcomes o
      WHERE o.partnership_id = ${p} AND o.outcome_date <= ${d(asOf)} AND o.person_id IN (SELECT id FROM base)
    ),
    oa AS (
      -- The candidates' whole outcome histories: the last offence, the
      -- frequency windows and the sanctions (distinct outcome dates).
      SELECT o.person_id,
        max(o.offence_date) FILTER (WHERE o.offence_date <= ${d(asOf)}) AS last_offence,
        ${sql.join(
    starts.map((s, i) => sql`count(*) FILTER (WHERE o.offence_date <= ${d(asOf)} AND o.offence_date > ${d(s)}) AS ${sql.raw(`ob_w${i}`)}`),
    sql`, `
  )},
        count(DISTINCT o.outcome_date) AS sanctions, min(o.outcome_date) AS first_sanction, max(o.outcome_date) AS latest_sanction
      FROM co o
      GROUP BY o.person_id
    ),
    lt AS (
      -- The latest sanction's offence: the latest outcome date, then the
      -- greatest offence date, then code (codes descending, nulls last).
      SELECT DISTINCT ON (o.person_id) o.person_id, o.offence_code AS latest_code
      FROM co o
      ORDER BY o.person_id, o.outcome_date DESC, o.offence_date DESC, o.offence_code COLLATE "C" DESC NULLS LAST
    ),
    ar AS (
      -- Arrests and reports in the widest window only; the last date of
      -- someone with none there is looked up on its own (in the final SELECT).
      SELECT ar.person_id, max(ar.arrest_date) AS last_arrest, ${win("ar", "arrest_date")}
      FROM arrests ar
      WHERE ar.partnership_id = ${p} AND ar.arrest_date <= ${d(asOf)} AND ${since("ar.arrest_date")} AND ar.person_id IN (SELECT id FROM base)
      GROUP BY ar.person_id
    ),
    ir AS (
      SELECT ir.person_id, max(ir.report_date) AS last_intel, ${win("ir", "report_date")}
      FROM intelligence_reports ir
      WHERE ir.partnership_id = ${p} AND ir.report_date <= ${d(asOf)} AND ${since("ir.report_date")} AND ir.person_id IN (SELECT id FROM base)
      GROUP BY ir.person_id
    ),
    dt AS (
      SELECT dt.person_id, count(*) FILTER (WHERE dt.test_date > ${d(lb)}) AS positive_tests, max(dt.test_date) AS last_positive
      FROM drug_tests dt
      WHERE dt.partnership_id = ${p} AND dt.test_date <= ${d(asOf)} AND (dt.opiates OR dt.cocaine) AND dt.person_id IN (SELECT id FROM base)
      GROUP BY dt.person_id
    ),
    sup AS (
      SELECT DISTINCT s.person_id
      FROM supervision_periods s
      JOIN base b ON b.id = s.person_id
      WHERE s.partnership_id = ${p} AND s.statutory
        AND ${spanCovers("s.start_date", "s.end_date", sql.ref("b.supervision_date"))}
    )
    SELECT b.*, oa.last_offence, ${sql.join(starts.map((_, i) => sql.raw(`oa.ob_w${i}`)), sql`, `)}, oa.sanctions, oa.first_sanction, oa.latest_sanction, lt.latest_code,
      coalesce(oc.ogrs3_category, og.ogrs3_category) AS latest_category,
      -- (COALESCE looks the last date up, one index probe, only when the window had none.)
      coalesce(ar.last_arrest, (SELECT max(x.arrest_date) FROM arrests x WHERE x.partnership_id = ${p} AND x.person_id = b.id AND x.arrest_date <= ${d(asOf)})) AS last_arrest,
      ${winCols("ar")},
      coalesce(ir.last_intel, (SELECT max(x.report_date) FROM intelligence_reports x WHERE x.partnership_id = ${p} AND x.person_id = b.id AND x.report_date <= ${d(asOf)})) AS last_intel,
      ${winCols("ir")},
      dt.positive_tests, dt.last_positive, (sup.person_id IS NOT NULL) AS supervised
    FROM base b
    LEFT JOIN oa ON oa.person_id = b.id
    LEFT JOIN lt ON lt.person_id = b.id
    LEFT JOIN offence_codes oc ON oc.code = lt.latest_code
    LEFT JOIN offence_groups og ON og.group_code = left(lt.latest_code, 3)
    LEFT JOIN ar ON ar.person_id = b.id
    LEFT JOIN ir ON ir.person_id = b.id
    LEFT JOIN dt ON dt.person_id = b.id
    LEFT JOIN sup ON sup.person_id = b.id
  `;
}
async function prepareFeatureQuery(trx) {
  await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
  await sql`SET LOCAL jit = off`.execute(trx);
  await sql`SET LOCAL enable_nestloop = off`.execute(trx);
}
async function inParts(db, wanted, work) {
  const parts = Math.min(wanted, concurrentQueries(db));
  if (parts <= 1) {
    return [await db.transaction().execute(async (trx) => (await prepareFeatureQuery(trx), work(trx, { index: 0, of: 1 })))];
  }
  const snapshot = deferred();
  const arrivals = Array.from({ length: parts - 1 }, () => deferred());
  const first = db.transaction().setIsolationLevel("repeatable read").execute(async (trx) => {
    const r = await sql`SELECT pg_export_snapshot() AS id`.execute(trx);
    snapshot.resolve(r.rows[0].id);
    await prepareFeatureQuery(trx);
    const results = /* @__PURE__ */ new Map([[0, await work(trx, { index: 0, of: parts })]]);
    const fates = await Promise.all(arrivals.map((d) => d.promise));
    for (const [k, fate] of fates.entries()) if (fate === "none") results.set(k + 1, await work(trx, { index: k + 1, of: parts }));
    return results;
  });
  first.catch((e) => snapshot.reject(e));
  const others = arrivals.map((arrived, k) => {
    let started = false;
    const done = db.transaction().setIsolationLevel("repeatable read").execute(async (trx) => {
      started = true;
      try {
        const id = await snapshot.promise;
        if (!/^[0-9A-Fa-f-]+$/.test(id)) throw new Error(`Unexpected snapshot id ${JSON.stringify(id)}`);
        await sql`SET TRANSACTION SNAPSHOT ${sql.lit(id)}`.execute(trx);
      } finally {
        arrived.resolve("taken");
      }
      await prepareFeatureQuery(trx);
      return work(trx, { index: k + 1, of: parts });
    });
    return done.then(
      (value) => [value],
      (e) => {
        if (started) throw e;
        arrived.resolve("none");
        return [];
      }
    );
  });
  const settled = await Promise.allSettled([first, ...others]);
  const failure = settled.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
  const [byFirst, ...byOthers] = settled.map((r) => r.value);
  return Array.from({ length: parts }, (_, index) => byFirst.has(index) ? byFirst.get(index) : byOthers[index - 1][0]);
}
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => (resolve = res, reject = rej));
  promise.catch(() => void 0);
  return { promise, resolve, reject };
}
function featureParts(db) {
  return Math.min(2, concurrentQueries(db));
}
async function poolFeatureTexts(db, o, parts, onText) {
  return inParts(db, o.only ? 1 : parts, async (trx, part) => {
    const text = await featureText(trx, { ...o, part });
    onText?.(text);
    return text;
  });
}
async function extractFeatures(db, o) {
  return parseFeatureText(await featureText(db, o), o.config, o.asOf);
}
function featureText(db, o) {
  return jsonArraysText(db, featureQuery(o), featureColumns(o.config));
}
export {
  extractFeatures,
  featureParts,
  featureQuery,
  inParts,
  poolFeatureTexts,
  prepareFeatureQuery
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3NlbGVjdGlvbi9leHRyYWN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBTZXQtYmFzZWQgZXh0cmFjdGlvbiBvZiBzZWxlY3Rpb24gZmVhdHVyZXMgZm9yIGEgd2hvbGUgcG9vbDogb25lIHF1ZXJ5IHRoYXRcbi8vIGFnZ3JlZ2F0ZXMgZWFjaCBldmVudCB0YWJsZSBvbmNlIHBlciBwZXJzb24gaW4gYSBDVEUgYW5kIHRoZW4gam9pbnMgdGhlbVxuLy8gKFNUQUNLLU5PVEVTOiBcIlF1ZXJ5IHNoYXBlIGFuZCB3b3JrX21lbSBkb21pbmF0ZVwiKS4gSXQgZm9sbG93cyB0aGVcbi8vIGRlZmluaXRpb25zIGluIGZlYXR1cmVzLnRzIGV4YWN0bHk7IHdpbmRvdyBzdGFydCBkYXRlcyBhcmUgY29tcHV0ZWQgaW5cbi8vIEphdmFTY3JpcHQgYW5kIHBhc3NlZCBpbiwgc28gYm90aCBzaWRlcyBhZ3JlZSBvbiBtb250aCBhcml0aG1ldGljLlxuaW1wb3J0IHsgc3FsLCB0eXBlIEt5c2VseSwgdHlwZSBUcmFuc2FjdGlvbiB9IGZyb20gJ2t5c2VseSc7XG5pbXBvcnQgdHlwZSB7IERCLCBJc29EYXRlIH0gZnJvbSAnLi4vZGIvc2NoZW1hLmpzJztcbmltcG9ydCB7IGpzb25BcnJheXNUZXh0IH0gZnJvbSAnLi4vZGIvanNvbi1yb3dzLmpzJztcbmltcG9ydCB7IGNvbmN1cnJlbnRRdWVyaWVzIH0gZnJvbSAnLi4vZGIvZGF0YWJhc2UuanMnO1xuaW1wb3J0IHsgYWRkRGF5cywgYWRkTW9udGhzIH0gZnJvbSAnLi4vY2FsZW5kYXIvZGF0ZXMuanMnO1xuaW1wb3J0IHsgc3BhbkNvdmVycywgc3Bhbk9wZW5PbiB9IGZyb20gJy4uL2NhbGVuZGFyL3NxbC5qcyc7XG5pbXBvcnQgdHlwZSB7IFNlbGVjdGlvbkZlYXR1cmVzIH0gZnJvbSAnLi9mZWF0dXJlcy5qcyc7XG5pbXBvcnQgeyBmZWF0dXJlQ29sdW1ucywgcGFyc2VGZWF0dXJlVGV4dCwgdHlwZSBGZWF0dXJlUm93IH0gZnJvbSAnLi9mZWF0dXJlLXJvd3MuanMnO1xuaW1wb3J0IHR5cGUgeyBNYXRyaXhDb25maWcgfSBmcm9tICcuL21hdHJpeC5qcyc7XG5pbXBvcnQgdHlwZSB7IE9mZmVuY2VHcmFkaW5nIH0gZnJvbSAnLi4vb2ZmZW5jZXMvcmVmZXJlbmNlLmpzJztcblxudHlwZSBFeGVjdXRvciA9IEt5c2VseTxEQj4gfCBUcmFuc2FjdGlvbjxEQj47XG5cbmV4cG9ydCBpbnRlcmZhY2UgRXh0cmFjdE9wdGlvbnMge1xuICBwYXJ0bmVyc2hpcElkOiBudW1iZXI7XG4gIGFzT2Y6IElzb0RhdGU7XG4gIGNvbmZpZzogTWF0cml4Q29uZmlnO1xuICAvKipcbiAgICogVGhlIHBhcnRuZXJzaGlwJ3MgZ3Jhdml0eSB0YWJsZSBhbmQgbmVpZ2hib3VyaG9vZC1jcmltZSBncm91cHMsIHJlYWQgb25jZVxuICAgKiBmb3IgdGhlIHJ1biAobG9hZE9mZmVuY2VHcmFkaW5nKSBhbmQgcGFzc2VkIGludG8gdGhlIHF1ZXJ5IGFzIGFycmF5cy5cbiAgICovXG4gIG9mZmVuY2VzOiBQaWNrPE9mZmVuY2VHcmFkaW5nLCAnZ3Jhdml0eScgfCAnbmVpZ2hib3VyaG9vZENyaW1lJz47XG4gIC8qKiBBcmVhIGNvZGVzIG9mIHRoZSBwb29sOyBwZW9wbGUgZWxzZXdoZXJlIGFyZSBsZWZ0IG91dCAodW5sZXNzIGxpc3RlZCBpbiBpbmNsdWRlKS4gKi9cbiAgYXJlYUNvZGVzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIEFsd2F5cyBleHRyYWN0ZWQsIHdoYXRldmVyIHRoZSB0aHJlc2hvbGQgKGN1cnJlbnQgbWVtYmVycykuICovXG4gIGluY2x1ZGU/OiByZWFkb25seSBudW1iZXJbXTtcbiAgLyoqIE9ubHkgdGhlc2UgcGVvcGxlLCB3aXRoIG5vIHRocmVzaG9sZCAoZm9yIGNoZWNrcyBhbmQgc2luZ2xlLXBlcnNvbiB2aWV3cykuICovXG4gIG9ubHk/OiByZWFkb25seSBudW1iZXJbXTtcbiAgLyoqXG4gICAqIE9uZSBvZiBgb2ZgIHBhcnRzIG9mIHRoZSBwb29sLCBieSBwZXJzb24gKHBlcnNvbl9pZCAlIG9mID0gaW5kZXgpOiB0aGVcbiAgICogcGFydHMgdG9nZXRoZXIgZ2l2ZSB0aGUgc2FtZSByb3dzIGFzIHRoZSB3aG9sZSwgZWFjaCBhYm91dCAxL29mIG9mIHRoZSB3b3JrLlxuICAgKiBJZ25vcmVkIHdpdGggYG9ubHlgLlxuICAgKi9cbiAgcGFydD86IHsgaW5kZXg6IG51bWJlcjsgb2Y6IG51bWJlciB9O1xufVxuXG4vKiogVGhlIGZlYXR1cmUgcXVlcnkgaXRzZWxmIChleHBvcnRlZCBzbyBpdCBjYW4gYmUgRVhQTEFJTmVkKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmZWF0dXJlUXVlcnkobzogRXh0cmFjdE9wdGlvbnMpIHtcbiAgY29uc3QgeyBjb25maWcsIGFzT2YsIHBhcnRuZXJzaGlwSWQ6IHAgfSA9IG87XG4gIGNvbnN0IHN0YXJ0cyA9IGNvbmZpZy5mcmVxdWVuY3kubWFwKCh3KSA9PiBhZGRNb250aHMoYXNPZiwgLXcubW9udGhzKSk7XG4gIGNvbnN0IGxiID0gYWRkTW9udGhzKGFzT2YsIC1jb25maWcubG9va2JhY2tNb250aHMpO1xuICBjb25zdCByZWxlYXNlQnkgPSBhZGREYXlzKGFzT2YsIGNvbmZpZy5yZWxlYXNlLndpdGhpbkRheXMpO1xuICBjb25zdCBncmF2R3JvdXBzID0gWy4uLm8ub2ZmZW5jZXMuZ3Jhdml0eS5rZXlzKCldO1xuICBjb25zdCBncmF2V2VpZ2h0cyA9IFsuLi5vLm9mZmVuY2VzLmdyYXZpdHkudmFsdWVzKCldO1xuICBjb25zdCBkID0gKHY6IElzb0RhdGUpID0+IHNxbGAke3Z9OjpkYXRlYDtcbiAgY29uc3Qgd2luID0gKHRhYmxlOiBzdHJpbmcsIGNvbHVtbjogc3RyaW5nKSA9PlxuICAgIHNxbC5qb2luKFxuICAgICAgc3RhcnRzLm1hcCgocywgaSkgPT4gc3FsYGNvdW50KCopIEZJTFRFUiAoV0hFUkUgJHtzcWwucmVmKGAke3RhYmxlfS4ke2NvbHVtbn1gKX0gPiAke2Qocyl9KSBBUyAke3NxbC5yYXcoYCR7dGFibGV9X3cke2l9YCl9YCksXG4gICAgICBzcWxgLCBgLFxuICAgICk7XG4gIGNvbnN0IHdpbkNvbHMgPSAodGFibGU6IHN0cmluZykgPT4gc3FsLmpvaW4oc3RhcnRzLm1hcCgoXywgaSkgPT4gc3FsLnJhdyhgJHt0YWJsZX0uJHt0YWJsZX1fdyR7aX1gKSksIHNxbGAsIGApO1xuICAvLyBFYWNoIHBhcnQncyB0aHJlc2hvbGQgcGFzcyBhZ2dyZWdhdGVzIG9ubHkgaXRzIG93biBwZW9wbGUncyBvdXRjb21lcywgYW5kXG4gIC8vIGl0cyBjYW5kaWRhdGVzIChzbyBldmVyeXRoaW5nIGFmdGVyIHRoZW0pIGFyZSBpdHMgb3duIHBlb3BsZS5cbiAgY29uc3QgaW5QYXJ0ID0gKGNvbHVtbjogc3RyaW5nKSA9PlxuICAgIG8ucGFydCAmJiBvLnBhcnQub2YgPiAxICYmICFvLm9ubHkgPyBzcWxgQU5EICR7c3FsLnJlZihjb2x1bW4pfSAlICR7by5wYXJ0Lm9mfTo6aW50ID0gJHtvLnBhcnQuaW5kZXh9OjppbnRgIDogc3FsYGA7XG4gIGNvbnN0IHRocmVzaG9sZCA9IHNxbGBjb2FsZXNjZShvYi5sYl9vZmZlbmNlcywgMCkgPj0gJHtjb25maWcucG9vbC5taW5PZmZlbmNlc30gQU5EIGNvYWxlc2NlKG9iLmdyYXZpdHlfbWF4LCAwKSA+PSAke2NvbmZpZy5wb29sLm1pbkdyYXZpdHlNYXh9YDtcbiAgLy8gVGhlIGNhbmRpZGF0ZXM6IGV2ZXJ5b25lIGFib3ZlIHRoZSBwb29sJ3MgdGhyZXNob2xkIG9yIGR1ZSBmb3IgcmVsZWFzZSxcbiAgLy8gYW5kIHRoZSBtZW1iZXJzIChhbHdheXMsIHdoYXRldmVyIHRoZWlyIHNjb3Jlcyk7IG9yIGV4YWN0bHkgdGhvc2UgYXNrZWRcbiAgLy8gZm9yLiBFdmVyeXRoaW5nIGFmdGVyIHRoaXMgaXMgY29tcHV0ZWQgZm9yIHRoZSBjYW5kaWRhdGVzIG9ubHkuXG4gIGNvbnN0IGNhbmRpZGF0ZXMgPSBvLm9ubHlcbiAgICA/IHNxbGBTRUxFQ1QgdW5uZXN0KCR7Wy4uLm8ub25seV19OjpiaWdpbnRbXSkgQVMgcGVyc29uX2lkLCB0cnVlIEFTIG1lbWJlcmBcbiAgICA6IHNxbGBTRUxFQ1QgcGVyc29uX2lkLCBmYWxzZSBBUyBtZW1iZXIgRlJPTSBvYiBXSEVSRSAke3RocmVzaG9sZH1cbiAgICAgICAgICBVTklPTiBBTExcbiAgICAgICAgICBTRUxFQ1QgcGVyc29uX2lkLCBmYWxzZSBGUk9NIGN1IFdIRVJFIGN1LmV4cGVjdGVkX3JlbGVhc2UgPj0gJHtkKGFzT2YpfSBBTkQgY3UuZXhwZWN0ZWRfcmVsZWFzZSA8PSAke2QocmVsZWFzZUJ5KX1cbiAgICAgICAgICBVTklPTiBBTExcbiAgICAgICAgICBTRUxFQ1QgdW5uZXN0KCR7Wy4uLihvLmluY2x1ZGUgPz8gW10pXX06OmJpZ2ludFtdKSwgdHJ1ZVxuICAgICAgICAgICR7XG4gICAgICAgICAgICAvLyBXaXRoIG5vIHRocmVzaG9sZCBhdCBhbGwsIGV2ZW4gcGVvcGxlIHdpdGggbm8gb3V0Y29tZSBhcmUgYWJvdmUgaXQuXG4gICAgICAgICAgICBjb25maWcucG9vbC5taW5PZmZlbmNlcyA8PSAwICYmIGNvbmZpZy5wb29sLm1pbkdyYXZpdHlNYXggPD0gMFxuICAgICAgICAgICAgICA/IHNxbGBVTklPTiBBTEwgU0VMRUNUIGlkLCBmYWxzZSBGUk9NIHBlb3BsZSBXSEVSRSBwYXJ0bmVyc2hpcF9pZCA9ICR7cH1gXG4gICAgICAgICAgICAgIDogc3FsYGBcbiAgICAgICAgICB9YDtcbiAgY29uc3QgZmlsdGVyID0gby5vbmx5ID8gc3FsYHRydWVgIDogc3FsYChjLm1lbWJlciBPUiAoYWQuYXJlYV9jb2RlID0gQU5ZKCR7Wy4uLm8uYXJlYUNvZGVzXX06OnRleHRbXSkgQU5EICR7c3Bhbk9wZW5PbigncC5kYXRlX29mX2RlYXRoJywgYXNPZil9KSlgO1xuICAvLyBUaGUgc3RhcnQgb2YgdGhlIHdpZGVzdCBmcmVxdWVuY3kgd2luZG93IChub25lIHdpdGhvdXQgd2luZG93cykuXG4gIGNvbnN0IHdpZGVzdCA9IHN0YXJ0cy5yZWR1Y2U8SXNvRGF0ZSB8IG51bGw+KChhLCBzKSA9PiAoYSA9PT0gbnVsbCB8fCBzIDwgYSA/IHMgOiBhKSwgbnVsbCk7XG4gIGNvbnN0IHNpbmNlID0gKGNvbHVtbjogc3RyaW5nKSA9PiAod2lkZXN0ID09PSBudWxsID8gc3FsYHRydWVgIDogc3FsYCR7c3FsLnJlZihjb2x1bW4pfSA+ICR7ZCh3aWRlc3QpfWApO1xuICBjb25zdCBsYl8gPSBzcWxgb2Iub2ZmZW5jZV9kYXRlIDw9ICR7ZChhc09mKX0gQU5EIG9iLm9mZmVuY2VfZGF0ZSA+ICR7ZChsYil9YDtcblxuICByZXR1cm4gc3FsPEZlYXR1cmVSb3c+YFxuICAgIFdJVEggZ3JhdiBBUyAoXG4gICAgICBTRUxFQ1QgZ3JwLCB3IEZST00gdW5uZXN0KCR7Z3Jhdkdyb3Vwc306OnRleHRbXSwgJHtncmF2V2VpZ2h0c306OmZsb2F0OFtdKSBBUyB0KGdycCwgdylcbiAgICApLFxuICAgIG9iIEFTIChcbiAgICAgIC0tIFRoZSBwb29sJ3MgdGhyZXNob2xkIG5lZWRzIG9ubHkgdGhlIGxvb2stYmFjaydzIG91dGNvbWVzLCBzbyB0aGlzIHBhc3NcbiAgICAgIC0tIG92ZXIgZXZlcnkgcGVyc29uIGFnZ3JlZ2F0ZXMgbm8gbW9yZSBvZiBlYWNoIG9uZSdzIGhpc3RvcnkgdGhhbiB0aGF0O1xuICAgICAgLS0gdGhlIHdob2xlIGhpc3RvcnkgaXMgYWdncmVnYXRlZCBmb3IgdGhlIGNhbmRpZGF0ZXMgYWxvbmUgKG9hLCBiZWxvdykuXG4gICAgICAtLSBJdCByZWFkcyB0aGUgdGFibGUgaXRzZWxmOiBtYXRlcmlhbGlzaW5nIGV2ZXJ5IG91dGNvbWUga25vd24gb24gdGhlXG4gICAgICAtLSBkYXRlIGZvciB0aGlzIHBhc3MgYW5kIHRoZSBjYW5kaWRhdGVzJyAoY28pIGNvc3QgbW9yZSAoYWJvdXQgMC4zIHNcbiAgICAgIC0tIG9mIDU4MywwMDAgcm93cyBvbiBQb3N0Z3JlU1FMKSB0aGFuIGEgc2Vjb25kIHNjYW4sIGFuZCB3b3VsZCBiZVxuICAgICAgLS0gcmVwZWF0ZWQgd2hvbGUgYnkgZWFjaCBwYXJ0LlxuICAgICAgU0VMRUNUIG9iLnBlcnNvbl9pZCwgY291bnQoKikgQVMgbGJfb2ZmZW5jZXMsXG4gICAgICAgIG1heChjb2FsZXNjZShnLncsICR7Y29uZmlnLmdyYXZpdHkuZGVmYXVsdEdyYXZpdHl9OjpmbG9hdDgpKSBBUyBncmF2aXR5X21heCxcbiAgICAgICAgc3VtKGNvYWxlc2NlKGcudywgJHtjb25maWcuZ3Jhdml0eS5kZWZhdWx0R3Jhdml0eX06OmZsb2F0OCkpIEFTIGdyYXZpdHlfdG90YWwsXG4gICAgICAgIGNvdW50KCopIEZJTFRFUiAoV0hFUkUgbGVmdChvYi5vZmZlbmNlX2NvZGUsIDMpID0gQU5ZKCR7Wy4uLm8ub2ZmZW5jZXMubmVpZ2hib3VyaG9vZENyaW1lXX06OnRleHRbXSkpIEFTIG5iaFxuICAgICAgRlJPTSBvdXRjb21lcyBvYlxuICAgICAgTEVGVCBKT0lOIGdyYXYgZyBPTiBnLmdycCA9IGxlZnQob2Iub2ZmZW5jZV9jb2RlLCAzKVxuICAgICAgV0hFUkUgb2IucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBvYi5vdXRjb21lX2RhdGUgPD0gJHtkKGFzT2YpfSBBTkQgJHtsYl99ICR7aW5QYXJ0KCdvYi5wZXJzb25faWQnKX1cbiAgICAgIEdST1VQIEJZIG9iLnBlcnNvbl9pZFxuICAgICksXG4gICAgY3UgQVMgKFxuICAgICAgU0VMRUNUIERJU1RJTkNUIE9OIChjLnBlcnNvbl9pZCkgYy5wZXJzb25faWQsIGMua2luZCBBUyBjdXN0b2R5X2tpbmQsIGMucmVjZXB0aW9uX2RhdGUsIGMuc2VudGVuY2VfZGF5cyxcbiAgICAgICAgY29hbGVzY2UoYy5leHBlY3RlZF9yZWxlYXNlX2RhdGUsIGMucmVjZXB0aW9uX2RhdGUgKyAoYy5zZW50ZW5jZV9kYXlzIC8gMikpIEFTIGV4cGVjdGVkX3JlbGVhc2UsXG4gICAgICAgIChjLmV4cGVjdGVkX3JlbGVhc2VfZGF0ZSBJUyBOVUxMIEFORCBjLnNlbnRlbmNlX2RheXMgSVMgTk9UIE5VTEwpIEFTIGVzdGltYXRlZFxuICAgICAgRlJPTSBjdXN0b2R5X3BlcmlvZHMgY1xuICAgICAgV0hFUkUgYy5wYXJ0bmVyc2hpcF9pZCA9ICR7cH0gQU5EICR7c3BhbkNvdmVycygnYy5yZWNlcHRpb25fZGF0ZScsICdjLnJlbGVhc2VfZGF0ZScsIGQoYXNPZikpfVxuICAgICAgT1JERVIgQlkgYy5wZXJzb25faWQsIGMucmVjZXB0aW9uX2RhdGUgREVTQ1xuICAgICksXG4gICAgYyBBUyBNQVRFUklBTElaRUQgKFxuICAgICAgU0VMRUNUIHBlcnNvbl9pZCwgYm9vbF9vcihtZW1iZXIpIEFTIG1lbWJlciBGUk9NICgke2NhbmRpZGF0ZXN9KSB4IFdIRVJFIHRydWUgJHtpblBhcnQoJ3gucGVyc29uX2lkJyl9IEdST1VQIEJZIHBlcnNvbl9pZFxuICAgICksXG4gICAgYWQgQVMgKFxuICAgICAgU0VMRUNUIERJU1RJTkNUIE9OIChhLnBlcnNvbl9pZCkgYS5wZXJzb25faWQsIGEuYXJlYV9jb2RlXG4gICAgICBGUk9NIGFkZHJlc3NlcyBhXG4gICAgICBXSEVSRSBhLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgYS5mcm9tX2RhdGUgPD0gJHtkKGFzT2YpfSBBTkQgYS5wZXJzb25faWQgSU4gKFNFTEVDVCBwZXJzb25faWQgRlJPTSBjKVxuICAgICAgT1JERVIgQlkgYS5wZXJzb25faWQsIGEuZnJvbV9kYXRlIERFU0NcbiAgICApLFxuICAgIGJhc2UgQVMgTUFURVJJQUxJWkVEIChcbiAgICAgIFNFTEVDVCBwLmlkLCBwLnBlcnNvbl9yZWYsIHAuc2V4LCBwLmRhdGVfb2ZfYmlydGgsIHAuZXRobmljaXR5LCBwLmRhdGVfb2ZfZGVhdGgsIGFkLmFyZWFfY29kZSxcbiAgICAgICAgb2IubGJfb2ZmZW5jZXMsIG9iLmdyYXZpdHlfbWF4LCBvYi5ncmF2aXR5X3RvdGFsLCBvYi5uYmgsXG4gICAgICAgIGN1LmN1c3RvZHlfa2luZCwgY3UucmVjZXB0aW9uX2RhdGUsIGN1LnNlbnRlbmNlX2RheXMsIGN1LmV4cGVjdGVkX3JlbGVhc2UsIGN1LmVzdGltYXRlZCxcbiAgICAgICAgQ0FTRSBXSEVOIGN1LmV4cGVjdGVkX3JlbGVhc2UgPiAke2QoYXNPZil9IFRIRU4gY3UuZXhwZWN0ZWRfcmVsZWFzZSBFTFNFICR7ZChhc09mKX0gRU5EIEFTIHN1cGVydmlzaW9uX2RhdGVcbiAgICAgIEZST00gY1xuICAgICAgSk9JTiBwZW9wbGUgcCBPTiBwLmlkID0gYy5wZXJzb25faWRcbiAgICAgIExFRlQgSk9JTiBhZCBPTiBhZC5wZXJzb25faWQgPSBwLmlkXG4gICAgICBMRUZUIEpPSU4gb2IgT04gb2IucGVyc29uX2lkID0gcC5pZFxuICAgICAgTEVGVCBKT0lOIGN1IE9OIGN1LnBlcnNvbl9pZCA9IHAuaWRcbiAgICAgIFdIRVJFIHAucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCAke2ZpbHRlcn1cbiAgICApLFxuICAgIGNvIEFTIE1BVEVSSUFMSVpFRCAoXG4gICAgICBTRUxFQ1Qgby5wZXJzb25faWQsIG8ub3V0Y29tZV9kYXRlLCBvLm9mZmVuY2VfZGF0ZSwgby5vZmZlbmNlX2NvZGVcbiAgICAgIEZST00gb3V0Y29tZXMgb1xuICAgICAgV0hFUkUgby5wYXJ0bmVyc2hpcF9pZCA9ICR7cH0gQU5EIG8ub3V0Y29tZV9kYXRlIDw9ICR7ZChhc09mKX0gQU5EIG8ucGVyc29uX2lkIElOIChTRUxFQ1QgaWQgRlJPTSBiYXNlKVxuICAgICksXG4gICAgb2EgQVMgKFxuICAgICAgLS0gVGhlIGNhbmRpZGF0ZXMnIHdob2xlIG91dGNvbWUgaGlzdG9yaWVzOiB0aGUgbGFzdCBvZmZlbmNlLCB0aGVcbiAgICAgIC0tIGZyZXF1ZW5jeSB3aW5kb3dzIGFuZCB0aGUgc2FuY3Rpb25zIChkaXN0aW5jdCBvdXRjb21lIGRhdGVzKS5cbiAgICAgIFNFTEVDVCBvLnBlcnNvbl9pZCxcbiAgICAgICAgbWF4KG8ub2ZmZW5jZV9kYXRlKSBGSUxURVIgKFdIRVJFIG8ub2ZmZW5jZV9kYXRlIDw9ICR7ZChhc09mKX0pIEFTIGxhc3Rfb2ZmZW5jZSxcbiAgICAgICAgJHtzcWwuam9pbihcbiAgICAgICAgICBzdGFydHMubWFwKChzLCBpKSA9PiBzcWxgY291bnQoKikgRklMVEVSIChXSEVSRSBvLm9mZmVuY2VfZGF0ZSA8PSAke2QoYXNPZil9IEFORCBvLm9mZmVuY2VfZGF0ZSA+ICR7ZChzKX0pIEFTICR7c3FsLnJhdyhgb2JfdyR7aX1gKX1gKSxcbiAgICAgICAgICBzcWxgLCBgLFxuICAgICAgICApfSxcbiAgICAgICAgY291bnQoRElTVElOQ1Qgby5vdXRjb21lX2RhdGUpIEFTIHNhbmN0aW9ucywgbWluKG8ub3V0Y29tZV9kYXRlKSBBUyBmaXJzdF9zYW5jdGlvbiwgbWF4KG8ub3V0Y29tZV9kYXRlKSBBUyBsYXRlc3Rfc2FuY3Rpb25cbiAgICAgIEZST00gY28gb1xuICAgICAgR1JPVVAgQlkgby5wZXJzb25faWRcbiAgICApLFxuICAgIGx0IEFTIChcbiAgICAgIC0tIFRoZSBsYXRlc3Qgc2FuY3Rpb24ncyBvZmZlbmNlOiB0aGUgbGF0ZXN0IG91dGNvbWUgZGF0ZSwgdGhlbiB0aGVcbiAgICAgIC0tIGdyZWF0ZXN0IG9mZmVuY2UgZGF0ZSwgdGhlbiBjb2RlIChjb2RlcyBkZXNjZW5kaW5nLCBudWxscyBsYXN0KS5cbiAgICAgIFNFTEVDVCBESVNUSU5DVCBPTiAoby5wZXJzb25faWQpIG8ucGVyc29uX2lkLCBvLm9mZmVuY2VfY29kZSBBUyBsYXRlc3RfY29kZVxuICAgICAgRlJPTSBjbyBvXG4gICAgICBPUkRFUiBCWSBvLnBlcnNvbl9pZCwgby5vdXRjb21lX2RhdGUgREVTQywgby5vZmZlbmNlX2RhdGUgREVTQywgby5vZmZlbmNlX2NvZGUgQ09MTEFURSBcIkNcIiBERVNDIE5VTExTIExBU1RcbiAgICApLFxuICAgIGFyIEFTIChcbiAgICAgIC0tIEFycmVzdHMgYW5kIHJlcG9ydHMgaW4gdGhlIHdpZGVzdCB3aW5kb3cgb25seTsgdGhlIGxhc3QgZGF0ZSBvZlxuICAgICAgLS0gc29tZW9uZSB3aXRoIG5vbmUgdGhlcmUgaXMgbG9va2VkIHVwIG9uIGl0cyBvd24gKGluIHRoZSBmaW5hbCBTRUxFQ1QpLlxuICAgICAgU0VMRUNUIGFyLnBlcnNvbl9pZCwgbWF4KGFyLmFycmVzdF9kYXRlKSBBUyBsYXN0X2FycmVzdCwgJHt3aW4oJ2FyJywgJ2FycmVzdF9kYXRlJyl9XG4gICAgICBGUk9NIGFycmVzdHMgYXJcbiAgICAgIFdIRVJFIGFyLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgYXIuYXJyZXN0X2RhdGUgPD0gJHtkKGFzT2YpfSBBTkQgJHtzaW5jZSgnYXIuYXJyZXN0X2RhdGUnKX0gQU5EIGFyLnBlcnNvbl9pZCBJTiAoU0VMRUNUIGlkIEZST00gYmFzZSlcbiAgICAgIEdST1VQIEJZIGFyLnBlcnNvbl9pZFxuICAgICksXG4gICAgaXIgQVMgKFxuICAgICAgU0VMRUNUIGlyLnBlcnNvbl9pZCwgbWF4KGlyLnJlcG9ydF9kYXRlKSBBUyBsYXN0X2ludGVsLCAke3dpbignaXInLCAncmVwb3J0X2RhdGUnKX1cbiAgICAgIEZST00gaW50ZWxsaWdlbmNlX3JlcG9ydHMgaXJcbiAgICAgIFdIRVJFIGlyLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgaXIucmVwb3J0X2RhdGUgPD0gJHtkKGFzT2YpfSBBTkQgJHtzaW5jZSgnaXIucmVwb3J0X2RhdGUnKX0gQU5EIGlyLnBlcnNvbl9pZCBJTiAoU0VMRUNUIGlkIEZST00gYmFzZSlcbiAgICAgIEdST1VQIEJZIGlyLnBlcnNvbl9pZFxuICAgICksXG4gICAgZHQgQVMgKFxuICAgICAgU0VMRUNUIGR0LnBlcnNvbl9pZCwgY291bnQoKikgRklMVEVSIChXSEVSRSBkdC50ZXN0X2RhdGUgPiAke2QobGIpfSkgQVMgcG9zaXRpdmVfdGVzdHMsIG1heChkdC50ZXN0X2RhdGUpIEFTIGxhc3RfcG9zaXRpdmVcbiAgICAgIEZST00gZHJ1Z190ZXN0cyBkdFxuICAgICAgV0hFUkUgZHQucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBkdC50ZXN0X2RhdGUgPD0gJHtkKGFzT2YpfSBBTkQgKGR0Lm9waWF0ZXMgT1IgZHQuY29jYWluZSkgQU5EIGR0LnBlcnNvbl9pZCBJTiAoU0VMRUNUIGlkIEZST00gYmFzZSlcbiAgICAgIEdST1VQIEJZIGR0LnBlcnNvbl9pZFxuICAgICksXG4gICAgc3VwIEFTIChcbiAgICAgIFNFTEVDVCBESVNUSU5DVCBzLnBlcnNvbl9pZFxuICAgICAgRlJPTSBzdXBlcnZpc2lvbl9wZXJpb2RzIHNcbiAgICAgIEpPSU4gYmFzZSBiIE9OIGIuaWQgPSBzLnBlcnNvbl9pZFxuICAgICAgV0hFUkUgcy5wYXJ0bmVyc2hpcF9pZCA9ICR7cH0gQU5EIHMuc3RhdHV0b3J5XG4gICAgICAgIEFORCAke3NwYW5Db3ZlcnMoJ3Muc3RhcnRfZGF0ZScsICdzLmVuZF9kYXRlJywgc3FsLnJlZignYi5zdXBlcnZpc2lvbl9kYXRlJykpfVxuICAgIClcbiAgICBTRUxFQ1QgYi4qLCBvYS5sYXN0X29mZmVuY2UsICR7c3FsLmpvaW4oc3RhcnRzLm1hcCgoXywgaSkgPT4gc3FsLnJhdyhgb2Eub2JfdyR7aX1gKSksIHNxbGAsIGApfSwgb2Euc2FuY3Rpb25zLCBvYS5maXJzdF9zYW5jdGlvbiwgb2EubGF0ZXN0X3NhbmN0aW9uLCBsdC5sYXRlc3RfY29kZSxcbiAgICAgIGNvYWxlc2NlKG9jLm9ncnMzX2NhdGVnb3J5LCBvZy5vZ3JzM19jYXRlZ29yeSkgQVMgbGF0ZXN0X2NhdGVnb3J5LFxuICAgICAgLS0gKENPQUxFU0NFIGxvb2tzIHRoZSBsYXN0IGRhdGUgdXAsIG9uZSBpbmRleCBwcm9iZSwgb25seSB3aGVuIHRoZSB3aW5kb3cgaGFkIG5vbmUuKVxuICAgICAgY29hbGVzY2UoYXIubGFzdF9hcnJlc3QsIChTRUxFQ1QgbWF4KHguYXJyZXN0X2RhdGUpIEZST00gYXJyZXN0cyB4IFdIRVJFIHgucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCB4LnBlcnNvbl9pZCA9IGIuaWQgQU5EIHguYXJyZXN0X2RhdGUgPD0gJHtkKGFzT2YpfSkpIEFTIGxhc3RfYXJyZXN0LFxuICAgICAgJHt3aW5Db2xzKCdhcicpfSxcbiAgICAgIGNvYWxlc2NlKGlyLmxhc3RfaW50ZWwsIChTRUxFQ1QgbWF4KHgucmVwb3J0X2RhdGUpIEZST00gaW50ZWxsaWdlbmNlX3JlcG9ydHMgeCBXSEVSRSB4LnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgeC5wZXJzb25faWQgPSBiLmlkIEFORCB4LnJlcG9ydF9kYXRlIDw9ICR7ZChhc09mKX0pKSBBUyBsYXN0X2ludGVsLFxuICAgICAgJHt3aW5Db2xzKCdpcicpfSxcbiAgICAgIGR0LnBvc2l0aXZlX3Rlc3RzLCBkdC5sYXN0X3Bvc2l0aXZlLCAoc3VwLnBlcnNvbl9pZCBJUyBOT1QgTlVMTCkgQVMgc3VwZXJ2aXNlZFxuICAgIEZST00gYmFzZSBiXG4gICAgTEVGVCBKT0lOIG9hIE9OIG9hLnBlcnNvbl9pZCA9IGIuaWRcbiAgICBMRUZUIEpPSU4gbHQgT04gbHQucGVyc29uX2lkID0gYi5pZFxuICAgIExFRlQgSk9JTiBvZmZlbmNlX2NvZGVzIG9jIE9OIG9jLmNvZGUgPSBsdC5sYXRlc3RfY29kZVxuICAgIExFRlQgSk9JTiBvZmZlbmNlX2dyb3VwcyBvZyBPTiBvZy5ncm91cF9jb2RlID0gbGVmdChsdC5sYXRlc3RfY29kZSwgMylcbiAgICBMRUZUIEpPSU4gYXIgT04gYXIucGVyc29uX2lkID0gYi5pZFxuICAgIExFRlQgSk9JTiBpciBPTiBpci5wZXJzb25faWQgPSBiLmlkXG4gICAgTEVGVCBKT0lOIGR0IE9OIGR0LnBlcnNvbl9pZCA9IGIuaWRcbiAgICBMRUZUIEpPSU4gc3VwIE9OIHN1cC5wZXJzb25faWQgPSBiLmlkXG4gIGA7XG59XG5cbi8qKlxuICogU2Vzc2lvbiBzZXR0aW5ncyBmb3IgdGhlIGZlYXR1cmUgcXVlcnksIGluc2lkZSB0aGUgY2FsbGVyJ3MgdHJhbnNhY3Rpb25cbiAqIChTRVQgTE9DQUwgZW5kcyB3aXRoIGl0KS4gVGhlIHJ1biBhbmQgaXRzIHJhdy1TUUwgYmVuY2htYXJrIHVzZSB0aGUgc2FtZS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHByZXBhcmVGZWF0dXJlUXVlcnkodHJ4OiBUcmFuc2FjdGlvbjxEQj4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgLy8gTWVtb3J5IHRvIGhhc2ggYW5kIHNvcnQgd2l0aG91dCBzcGlsbGluZyB0byBkaXNrIChTVEFDSy1OT1RFUzogdGhlXG4gIC8vIGRlZmF1bHQgNCBNQiBtYWRlIHRoZSBzYW1lIHdvcmsgc2V2ZXJhbCB0aW1lcyBzbG93ZXIpLlxuICBhd2FpdCBzcWxgU0VUIExPQ0FMIHdvcmtfbWVtID0gJzI1Nk1CJ2AuZXhlY3V0ZSh0cngpO1xuICAvLyBUaGUgcGxhbm5lcidzIHJvdyBlc3RpbWF0ZXMgZm9yIHRoZSBhZ2dyZWdhdGVkIENURXMgYXJlIGZhciB0b28gaGlnaCwgc29cbiAgLy8gUG9zdGdyZVNRTCB3b3VsZCBjb21waWxlIHRoZSBxdWVyeSB3aXRoIEpJVDogN1x1MjAxMzEwIHMgb2YgYSAxNiBzIHJ1bi5cbiAgYXdhaXQgc3FsYFNFVCBMT0NBTCBqaXQgPSBvZmZgLmV4ZWN1dGUodHJ4KTtcbiAgLy8gLi4uYW5kIGZvciB0aGUgY2FuZGlkYXRlcyBmYXIgdG9vIGxvdyAoYWJvdXQgMTAwIGFnYWluc3QgMzEsMDAwIGF0IGZvcmNlXG4gIC8vIHNjYWxlKSwgc28gaXQgcHJvYmVzIGVhY2ggZXZlbnQgdGFibGUncyBpbmRleCBvbmNlIHBlciBjYW5kaWRhdGUuIEhhc2hcbiAgLy8gam9pbnMgb3ZlciBvbmUgcGFzcyBvZiBlYWNoIHRhYmxlIGdpdmUgdGhlIHNhbWUgcm93czogbWVhc3VyZWQgYXQgZm9yY2VcbiAgLy8gc2NhbGUsIDcuNCBzIGFnYWluc3QgNS4xIHMgb24gUEdsaXRlLCBhbmQgbm8gc2xvd2VyIG9uIFBvc3RncmVTUUwuXG4gIGF3YWl0IHNxbGBTRVQgTE9DQUwgZW5hYmxlX25lc3Rsb29wID0gb2ZmYC5leGVjdXRlKHRyeCk7XG59XG5cbi8qKiBPbmUgb2YgdGhlIHBhcnRzIGEgcG9vbCBpcyBleHRyYWN0ZWQgaW4gKEV4dHJhY3RPcHRpb25zLnBhcnQpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQYXJ0IHtcbiAgaW5kZXg6IG51bWJlcjtcbiAgb2Y6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBSdW5zIGB3b3JrYCBvbmNlIGZvciBlYWNoIG9mIGBwYXJ0c2AgcGFydHMgb2YgYSBwb29sLCBzaWRlIGJ5IHNpZGUsIGVhY2ggaW5cbiAqIGl0cyBvd24gdHJhbnNhY3Rpb24gd2l0aCB0aGUgZmVhdHVyZSBxdWVyeSdzIHNlc3Npb24gc2V0dGluZ3M7IHRoZSByZXN1bHRzXG4gKiBpbiBwYXJ0IG9yZGVyLiBPbiBQb3N0Z3JlU1FMIGVhY2ggcGFydCBoYXMgaXRzIG93biBjb25uZWN0aW9uLCBzbyBpdHMgb3duXG4gKiBzZXJ2ZXIgcHJvY2VzcyBhbmQgY29yZTogYSBmb3JjZS1zY2FsZSBwb29sJ3MgZmVhdHVyZXMgdG9vayBhYm91dCAyLjEgcyBhc1xuICogdHdvIHBhcnRzIGF0IG9uY2UgYWdhaW5zdCAzLjAtMy40IHMgd2hvbGUuIFdpdGggbW9yZSB0aGFuIG9uZSBwYXJ0IGV2ZXJ5XG4gKiB0cmFuc2FjdGlvbiByZWFkcyB0aGUgZmlyc3Qgb25lJ3Mgc25hcHNob3QgKHBnX2V4cG9ydF9zbmFwc2hvdCksIHNvIHRoZVxuICogcGFydHMgc2VlIHRoZSBzYW1lIGRhdGEsIGFzIG9uZSBxdWVyeSB3b3VsZC4gQSBwYXJ0IHRoYXQgZ2V0cyBub1xuICogY29ubmVjdGlvbiBpbiB0aW1lICh0aGUgcG9vbCdzIHRpbWVvdXQpIHJ1bnMgaW4gdGhlIGZpcnN0IHBhcnQnc1xuICogdHJhbnNhY3Rpb24gYWZ0ZXIgaXRzIG93bi5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGluUGFydHM8VD4oZGI6IEt5c2VseTxEQj4sIHdhbnRlZDogbnVtYmVyLCB3b3JrOiAodHJ4OiBUcmFuc2FjdGlvbjxEQj4sIHBhcnQ6IFBhcnQpID0+IFByb21pc2U8VD4pOiBQcm9taXNlPFRbXT4ge1xuICAvLyBNb3JlIHBhcnRzIHRoYW4gY29ubmVjdGlvbnMgd291bGQgd2FpdCBmb3IgZWFjaCBvdGhlciBmb3IgZXZlciAodGhlXG4gIC8vIGZpcnN0IGtlZXBzIGl0cyBzbmFwc2hvdCBvcGVuIHVudGlsIHRoZSBvdGhlcnMgaGF2ZSB0YWtlbiBpdCkuXG4gIGNvbnN0IHBhcnRzID0gTWF0aC5taW4od2FudGVkLCBjb25jdXJyZW50UXVlcmllcyhkYikpO1xuICBpZiAocGFydHMgPD0gMSkge1xuICAgIHJldHVybiBbYXdhaXQgZGIudHJhbnNhY3Rpb24oKS5leGVjdXRlKGFzeW5jICh0cngpID0+IChhd2FpdCBwcmVwYXJlRmVhdHVyZVF1ZXJ5KHRyeCksIHdvcmsodHJ4LCB7IGluZGV4OiAwLCBvZjogMSB9KSkpXTtcbiAgfVxuICBjb25zdCBzbmFwc2hvdCA9IGRlZmVycmVkPHN0cmluZz4oKTtcbiAgLy8gVGhlIGV4cG9ydGluZyB0cmFuc2FjdGlvbiBzdGF5cyBvcGVuIHVudGlsIGV2ZXJ5IG90aGVyIG9uZSBoYXMgdGFrZW4gaXRzXG4gIC8vIHNuYXBzaG90LCBvciBoYXMgZmFpbGVkLCBvciBuZXZlciBnb3QgYSBjb25uZWN0aW9uICgnbm9uZScpLlxuICBjb25zdCBhcnJpdmFscyA9IEFycmF5LmZyb20oeyBsZW5ndGg6IHBhcnRzIC0gMSB9LCAoKSA9PiBkZWZlcnJlZDwndGFrZW4nIHwgJ25vbmUnPigpKTtcbiAgY29uc3QgZmlyc3QgPSBkYlxuICAgIC50cmFuc2FjdGlvbigpXG4gICAgLnNldElzb2xhdGlvbkxldmVsKCdyZXBlYXRhYmxlIHJlYWQnKVxuICAgIC5leGVjdXRlKGFzeW5jICh0cngpID0+IHtcbiAgICAgIGNvbnN0IHIgPSBhd2FpdCBzcWw8eyBpZDogc3RyaW5nIH0+YFNFTEVDVCBwZ19leHBvcnRfc25hcHNob3QoKSBBUyBpZGAuZXhlY3V0ZSh0cngpO1xuICAgICAgc25hcHNob3QucmVzb2x2ZShyLnJvd3NbMF0hLmlkKTtcbiAgICAgIGF3YWl0IHByZXBhcmVGZWF0dXJlUXVlcnkodHJ4KTtcbiAgICAgIGNvbnN0IHJlc3VsdHMgPSBuZXcgTWFwPG51bWJlciwgVD4oW1swLCBhd2FpdCB3b3JrKHRyeCwgeyBpbmRleDogMCwgb2Y6IHBhcnRzIH0pXV0pO1xuICAgICAgLy8gQSBwYXJ0IHdob3NlIHRyYW5zYWN0aW9uIGdvdCBubyBjb25uZWN0aW9uICh0aGUgcG9vbCBidXN5IHdpdGggb3RoZXJcbiAgICAgIC8vIHdvcmspIGlzIHJ1biBoZXJlIGFmdGVyIHRoaXMgb25lLCBvbiB0aGUgc2FtZSBzbmFwc2hvdDogdGhlIHJ1biBpc1xuICAgICAgLy8gc2xvd2VyLCBub3QgZmFpbGVkLlxuICAgICAgY29uc3QgZmF0ZXMgPSBhd2FpdCBQcm9taXNlLmFsbChhcnJpdmFscy5tYXAoKGQpID0+IGQucHJvbWlzZSkpO1xuICAgICAgZm9yIChjb25zdCBbaywgZmF0ZV0gb2YgZmF0ZXMuZW50cmllcygpKSBpZiAoZmF0ZSA9PT0gJ25vbmUnKSByZXN1bHRzLnNldChrICsgMSwgYXdhaXQgd29yayh0cngsIHsgaW5kZXg6IGsgKyAxLCBvZjogcGFydHMgfSkpO1xuICAgICAgcmV0dXJuIHJlc3VsdHM7XG4gICAgfSk7XG4gIC8vIFdpdGhvdXQgdGhlIGZpcnN0IHRyYW5zYWN0aW9uIChubyBjb25uZWN0aW9uLCBvciBhIGZhaWx1cmUgYmVmb3JlIHRoZVxuICAvLyBleHBvcnQpIHRoZXJlIGlzIG5vIHNuYXBzaG90IHRvIHdhaXQgZm9yLlxuICBmaXJzdC5jYXRjaCgoZTogdW5rbm93bikgPT4gc25hcHNob3QucmVqZWN0KGUpKTtcbiAgY29uc3Qgb3RoZXJzID0gYXJyaXZhbHMubWFwKChhcnJpdmVkLCBrKSA9PiB7XG4gICAgbGV0IHN0YXJ0ZWQgPSBmYWxzZTtcbiAgICBjb25zdCBkb25lID0gZGJcbiAgICAgIC50cmFuc2FjdGlvbigpXG4gICAgICAuc2V0SXNvbGF0aW9uTGV2ZWwoJ3JlcGVhdGFibGUgcmVhZCcpXG4gICAgICAuZXhlY3V0ZShhc3luYyAodHJ4KSA9PiB7XG4gICAgICAgIHN0YXJ0ZWQgPSB0cnVlO1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGNvbnN0IGlkID0gYXdhaXQgc25hcHNob3QucHJvbWlzZTtcbiAgICAgICAgICAvLyAoU0VUIFRSQU5TQUNUSU9OIFNOQVBTSE9UIHRha2VzIGEgbGl0ZXJhbCBvbmx5OyB0aGUgaWQgaXMgdGhlIHNlcnZlcidzIG93bi4pXG4gICAgICAgICAgaWYgKCEvXlswLTlBLUZhLWYtXSskLy50ZXN0KGlkKSkgdGhyb3cgbmV3IEVycm9yKGBVbmV4cGVjdGVkIHNuYXBzaG90IGlkICR7SlNPTi5zdHJpbmdpZnkoaWQpfWApO1xuICAgICAgICAgIGF3YWl0IHNxbGBTRVQgVFJBTlNBQ1RJT04gU05BUFNIT1QgJHtzcWwubGl0KGlkKX1gLmV4ZWN1dGUodHJ4KTtcbiAgICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgICBhcnJpdmVkLnJlc29sdmUoJ3Rha2VuJyk7XG4gICAgICAgIH1cbiAgICAgICAgYXdhaXQgcHJlcGFyZUZlYXR1cmVRdWVyeSh0cngpO1xuICAgICAgICByZXR1cm4gd29yayh0cngsIHsgaW5kZXg6IGsgKyAxLCBvZjogcGFydHMgfSk7XG4gICAgICB9KTtcbiAgICAvLyBOZXZlciBzdGFydGVkOiB0aGUgZmlyc3QgcGFydCBydW5zIGl0IChhbiBlbXB0eSBsaXN0KTsgZWxzZSBpdHMgcmVzdWx0LlxuICAgIHJldHVybiBkb25lLnRoZW4oXG4gICAgICAodmFsdWUpID0+IFt2YWx1ZV0sXG4gICAgICAoZTogdW5rbm93bikgPT4ge1xuICAgICAgICBpZiAoc3RhcnRlZCkgdGhyb3cgZTtcbiAgICAgICAgYXJyaXZlZC5yZXNvbHZlKCdub25lJyk7XG4gICAgICAgIHJldHVybiBbXTtcbiAgICAgIH0sXG4gICAgKTtcbiAgfSk7XG4gIGNvbnN0IHNldHRsZWQgPSBhd2FpdCBQcm9taXNlLmFsbFNldHRsZWQoW2ZpcnN0LCAuLi5vdGhlcnNdKTtcbiAgY29uc3QgZmFpbHVyZSA9IHNldHRsZWQuZmluZCgocik6IHIgaXMgUHJvbWlzZVJlamVjdGVkUmVzdWx0ID0+IHIuc3RhdHVzID09PSAncmVqZWN0ZWQnKTtcbiAgaWYgKGZhaWx1cmUpIHRocm93IGZhaWx1cmUucmVhc29uO1xuICBjb25zdCBbYnlGaXJzdCwgLi4uYnlPdGhlcnNdID0gc2V0dGxlZC5tYXAoKHIpID0+IChyIGFzIFByb21pc2VGdWxmaWxsZWRSZXN1bHQ8dW5rbm93bj4pLnZhbHVlKSBhcyBbTWFwPG51bWJlciwgVD4sIC4uLlRbXVtdXTtcbiAgcmV0dXJuIEFycmF5LmZyb20oeyBsZW5ndGg6IHBhcnRzIH0sIChfLCBpbmRleCkgPT4gKGJ5Rmlyc3QuaGFzKGluZGV4KSA/IGJ5Rmlyc3QuZ2V0KGluZGV4KSEgOiBieU90aGVyc1tpbmRleCAtIDFdIVswXSEpKTtcbn1cblxuZnVuY3Rpb24gZGVmZXJyZWQ8VD4oKSB7XG4gIGxldCByZXNvbHZlITogKHZhbHVlOiBUKSA9PiB2b2lkO1xuICBsZXQgcmVqZWN0ITogKHJlYXNvbjogdW5rbm93bikgPT4gdm9pZDtcbiAgY29uc3QgcHJvbWlzZSA9IG5ldyBQcm9taXNlPFQ+KChyZXMsIHJlaikgPT4gKChyZXNvbHZlID0gcmVzKSwgKHJlamVjdCA9IHJlaikpKTtcbiAgLy8gSGFuZGxlZCBoZXJlIHRvbywgc28gYSByZWplY3Rpb24gbm9ib2R5IGF3YWl0cyB5ZXQgaXMgbm90IHJlcG9ydGVkIGFzIHVuaGFuZGxlZC5cbiAgcHJvbWlzZS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICByZXR1cm4geyBwcm9taXNlLCByZXNvbHZlLCByZWplY3QgfTtcbn1cblxuLyoqXG4gKiBIb3cgbWFueSBwYXJ0cyBhIHBvb2wncyBmZWF0dXJlcyBhcmUgZXh0cmFjdGVkIGluIG9uIGBkYmA6IHR3byB3aGVyZSB0d29cbiAqIHF1ZXJpZXMgY2FuIHJ1biBhdCBvbmNlIChQb3N0Z3JlU1FMKSwgZWxzZSBvbmUuIEVhY2ggcGFydCBzY2FucyB0aGVcbiAqIG91dGNvbWVzIG9uY2UgZm9yIGl0c2VsZiwgc28gbW9yZSBwYXJ0cyB0aGFuIGNvcmVzIG9ubHkgYWRkIHdvcmsuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmZWF0dXJlUGFydHMoZGI6IEt5c2VseTxEQj4pOiBudW1iZXIge1xuICByZXR1cm4gTWF0aC5taW4oMiwgY29uY3VycmVudFF1ZXJpZXMoZGIpKTtcbn1cblxuLyoqXG4gKiBUaGUgZmVhdHVyZXMgb2YgYSBwb29sIGFzIGZlYXR1cmUgdGV4dHMgKGZlYXR1cmUtcm93cy50cyksIG9uZSBmb3IgZWFjaCBvZlxuICogYHBhcnRzYCBwYXJ0cyBydW4gc2lkZSBieSBzaWRlIChpblBhcnRzKTogb24gUG9zdGdyZVNRTCwgdHdvIHBhcnRzIHVzZSB0d29cbiAqIGNvcmVzOyBlbWJlZGRlZCwgb25lIHBhcnQgKG9uZSBjb25uZWN0aW9uKS4gRWFjaCBpcyBnaXZlbiB0byBvblRleHQgYXMgaXRcbiAqIGFycml2ZXM6IGEgc2VsZWN0aW9uIHJ1biBwYXJzZXMgYW5kIHNjb3JlcyBpdCBpbiBpdHMgc2NvcmluZyB0aHJlYWQuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwb29sRmVhdHVyZVRleHRzKGRiOiBLeXNlbHk8REI+LCBvOiBPbWl0PEV4dHJhY3RPcHRpb25zLCAncGFydCc+LCBwYXJ0czogbnVtYmVyLCBvblRleHQ/OiAodGV4dDogc3RyaW5nKSA9PiB2b2lkKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICByZXR1cm4gaW5QYXJ0cyhkYiwgby5vbmx5ID8gMSA6IHBhcnRzLCBhc3luYyAodHJ4LCBwYXJ0KSA9PiB7XG4gICAgY29uc3QgdGV4dCA9IGF3YWl0IGZlYXR1cmVUZXh0KHRyeCwgeyAuLi5vLCBwYXJ0IH0pO1xuICAgIG9uVGV4dD8uKHRleHQpO1xuICAgIHJldHVybiB0ZXh0O1xuICB9KTtcbn1cblxuLyoqIFRoZSBmZWF0dXJlcyB0aGUgb3B0aW9ucyBhc2sgZm9yLCBwYXJzZWQgaGVyZTogZm9yIGEgZmV3IHBlb3BsZSBvciBhIGZldyB0aG91c2FuZCAoYSB3aG9sZSBwb29sJ3MgaXMgcG9vbEZlYXR1cmVUZXh0cykuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZXh0cmFjdEZlYXR1cmVzKGRiOiBFeGVjdXRvciwgbzogRXh0cmFjdE9wdGlvbnMpOiBQcm9taXNlPFNlbGVjdGlvbkZlYXR1cmVzW10+IHtcbiAgcmV0dXJuIHBhcnNlRmVhdHVyZVRleHQoYXdhaXQgZmVhdHVyZVRleHQoZGIsIG8pLCBvLmNvbmZpZywgby5hc09mKTtcbn1cblxuLyoqXG4gKiBUaGUgZmVhdHVyZSBxdWVyeSdzIHJvd3MgYXMgb25lIGZlYXR1cmUgdGV4dCAoc3JjL2RiL2pzb24tcm93cy50cyk6IG9uZVxuICogdGV4dCBpbnN0ZWFkIG9mIGFib3V0IDQwIGNvbHVtbnMgYSByb3cgdG9vayAyIHMgb2ZmIGEgZm9yY2Utc2NhbGUgcnVuIG9uXG4gKiBQR2xpdGUsIGFuZCBhcnJheXMgb2YgdGhlIGNvbHVtbnMgcmVhZCwgbm90IG9iamVjdHMsIGFyZSBhIHRoaXJkIG9mIHRoZSB0ZXh0LlxuICovXG5mdW5jdGlvbiBmZWF0dXJlVGV4dChkYjogRXhlY3V0b3IsIG86IEV4dHJhY3RPcHRpb25zKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgcmV0dXJuIGpzb25BcnJheXNUZXh0KGRiLCBmZWF0dXJlUXVlcnkobyksIGZlYXR1cmVDb2x1bW5zKG8uY29uZmlnKSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFLQSxTQUFTLFdBQTBDO0FBRW5ELFNBQVMsc0JBQXNCO0FBQy9CLFNBQVMseUJBQXlCO0FBQ2xDLFNBQVMsU0FBUyxpQkFBaUI7QUFDbkMsU0FBUyxZQUFZLGtCQUFrQjtBQUV2QyxTQUFTLGdCQUFnQix3QkFBeUM7QUE4QjNELFNBQVMsYUFBYSxHQUFtQjtBQUM5QyxRQUFNLEVBQUUsUUFBUSxNQUFNLGVBQWUsRUFBRSxJQUFJO0FBQzNDLFFBQU0sU0FBUyxPQUFPLFVBQVUsSUFBSSxDQUFDLE1BQU0sVUFBVSxNQUFNLENBQUMsRUFBRSxNQUFNLENBQUM7QUFDckUsUUFBTSxLQUFLLFVBQVUsTUFBTSxDQUFDLE9BQU8sY0FBYztBQUNqRCxRQUFNLFlBQVksUUFBUSxNQUFNLE9BQU8sUUFBUSxVQUFVO0FBQ3pELFFBQU0sYUFBYSxDQUFDLEdBQUcsRUFBRSxTQUFTLFFBQVEsS0FBSyxDQUFDO0FBQ2hELFFBQU0sY0FBYyxDQUFDLEdBQUcsRUFBRSxTQUFTLFFBQVEsT0FBTyxDQUFDO0FBQ25ELFFBQU0sSUFBSSxDQUFDLE1BQWUsTUFBTSxDQUFDO0FBQ2pDLFFBQU0sTUFBTSxDQUFDLE9BQWUsV0FDMUIsSUFBSTtBQUFBLElBQ0YsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLDZCQUE2QixJQUFJLElBQUksR0FBRyxLQUFLLElBQUksTUFBTSxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxRQUFRLElBQUksSUFBSSxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUUsQ0FBQyxFQUFFO0FBQUEsSUFDNUg7QUFBQSxFQUNGO0FBQ0YsUUFBTSxVQUFVLENBQUMsVUFBa0IsSUFBSSxLQUFLLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxJQUFJLElBQUksR0FBRyxLQUFLLElBQUksS0FBSyxLQUFLLENBQUMsRUFBRSxDQUFDLEdBQUcsT0FBTztBQUc3RyxRQUFNLFNBQVMsQ0FBQyxXQUNkLEVBQUUsUUFBUSxFQUFFLEtBQUssS0FBSyxLQUFLLENBQUMsRUFBRSxPQUFPLFVBQVUsSUFBSSxJQUFJLE1BQU0sQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLFdBQVcsRUFBRSxLQUFLLEtBQUssVUFBVTtBQUNoSCxRQUFNLFlBQVkscUNBQXFDLE9BQU8sS0FBSyxXQUFXLHVDQUF1QyxPQUFPLEtBQUssYUFBYTtBQUk5SSxRQUFNLGFBQWEsRUFBRSxPQUNqQixvQkFBb0IsQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLDZDQUMvQixzREFBc0QsU0FBUztBQUFBO0FBQUEseUVBRUksRUFBRSxJQUFJLENBQUMsK0JBQStCLEVBQUUsU0FBUyxDQUFDO0FBQUE7QUFBQSwwQkFFakcsQ0FBQyxHQUFJLEVBQUUsV0FBVyxDQUFDLENBQUUsQ0FBQztBQUFBO0FBQUEsRUFHcEMsT0FBTyxLQUFLLGVBQWUsS0FBSyxPQUFPLEtBQUssaUJBQWlCLElBQ3pELG9FQUFvRSxDQUFDLEtBQ3JFLEtBQ047QUFDUixRQUFNLFNBQVMsRUFBRSxPQUFPLFlBQVksdUNBQXVDLENBQUMsR0FBRyxFQUFFLFNBQVMsQ0FBQyxpQkFBaUIsV0FBVyxtQkFBbUIsSUFBSSxDQUFDO0FBRS9JLFFBQU0sU0FBUyxPQUFPLE9BQXVCLENBQUMsR0FBRyxNQUFPLE1BQU0sUUFBUSxJQUFJLElBQUksSUFBSSxHQUFJLElBQUk7QUFDMUYsUUFBTSxRQUFRLENBQUMsV0FBb0IsV0FBVyxPQUFPLFlBQVksTUFBTSxJQUFJLElBQUksTUFBTSxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUM7QUFDckcsUUFBTSxNQUFNLHlCQUF5QixFQUFFLElBQUksQ0FBQywwQkFBMEIsRUFBRSxFQUFFLENBQUM7QUFFM0UsU0FBTztBQUFBO0FBQUEsa0NBRXlCLFVBQVUsYUFBYSxXQUFXO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSw0QkFXeEMsT0FBTyxRQUFRLGNBQWM7QUFBQSw0QkFDN0IsT0FBTyxRQUFRLGNBQWM7QUFBQSxnRUFDTyxDQUFDLEdBQUcsRUFBRSxTQUFTLGtCQUFrQixDQUFDO0FBQUE7QUFBQTtBQUFBLGtDQUdoRSxDQUFDLDJCQUEyQixFQUFFLElBQUksQ0FBQyxRQUFRLEdBQUcsSUFBSSxPQUFPLGNBQWMsQ0FBQztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsaUNBUXpFLENBQUMsUUFBUSxXQUFXLG9CQUFvQixrQkFBa0IsRUFBRSxJQUFJLENBQUMsQ0FBQztBQUFBO0FBQUE7QUFBQTtBQUFBLDBEQUl6QyxVQUFVLGtCQUFrQixPQUFPLGFBQWEsQ0FBQztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsaUNBSzFFLENBQUMsdUJBQXVCLEVBQUUsSUFBSSxDQUFDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsMENBT3RCLEVBQUUsSUFBSSxDQUFDLGtDQUFrQyxFQUFFLElBQUksQ0FBQztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxpQ0FNekQsQ0FBQyxRQUFRLE1BQU07QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLGlDQUtmLENBQUMsMEJBQTBCLEVBQUUsSUFBSSxDQUFDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLDhEQU1MLEVBQUUsSUFBSSxDQUFDO0FBQUEsVUFDM0QsSUFBSTtBQUFBLElBQ0osT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLCtDQUErQyxFQUFFLElBQUksQ0FBQyx5QkFBeUIsRUFBRSxDQUFDLENBQUMsUUFBUSxJQUFJLElBQUksT0FBTyxDQUFDLEVBQUUsQ0FBQyxFQUFFO0FBQUEsSUFDckk7QUFBQSxFQUNGLENBQUM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsaUVBZXdELElBQUksTUFBTSxhQUFhLENBQUM7QUFBQTtBQUFBLGtDQUV2RCxDQUFDLDBCQUEwQixFQUFFLElBQUksQ0FBQyxRQUFRLE1BQU0sZ0JBQWdCLENBQUM7QUFBQTtBQUFBO0FBQUE7QUFBQSxnRUFJbkMsSUFBSSxNQUFNLGFBQWEsQ0FBQztBQUFBO0FBQUEsa0NBRXRELENBQUMsMEJBQTBCLEVBQUUsSUFBSSxDQUFDLFFBQVEsTUFBTSxnQkFBZ0IsQ0FBQztBQUFBO0FBQUE7QUFBQTtBQUFBLG1FQUloQyxFQUFFLEVBQUUsQ0FBQztBQUFBO0FBQUEsa0NBRXRDLENBQUMsd0JBQXdCLEVBQUUsSUFBSSxDQUFDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsaUNBT2pDLENBQUM7QUFBQSxjQUNwQixXQUFXLGdCQUFnQixjQUFjLElBQUksSUFBSSxvQkFBb0IsQ0FBQyxDQUFDO0FBQUE7QUFBQSxtQ0FFbEQsSUFBSSxLQUFLLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxJQUFJLElBQUksVUFBVSxDQUFDLEVBQUUsQ0FBQyxHQUFHLE9BQU8sQ0FBQztBQUFBO0FBQUE7QUFBQSxvR0FHRSxDQUFDLGdEQUFnRCxFQUFFLElBQUksQ0FBQztBQUFBLFFBQ3BKLFFBQVEsSUFBSSxDQUFDO0FBQUEsZ0hBQzJGLENBQUMsZ0RBQWdELEVBQUUsSUFBSSxDQUFDO0FBQUEsUUFDaEssUUFBUSxJQUFJLENBQUM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBWXJCO0FBTUEsZUFBc0Isb0JBQW9CLEtBQXFDO0FBRzdFLFFBQU0sa0NBQWtDLFFBQVEsR0FBRztBQUduRCxRQUFNLHlCQUF5QixRQUFRLEdBQUc7QUFLMUMsUUFBTSxxQ0FBcUMsUUFBUSxHQUFHO0FBQ3hEO0FBbUJBLGVBQXNCLFFBQVcsSUFBZ0IsUUFBZ0IsTUFBc0U7QUFHckksUUFBTSxRQUFRLEtBQUssSUFBSSxRQUFRLGtCQUFrQixFQUFFLENBQUM7QUFDcEQsTUFBSSxTQUFTLEdBQUc7QUFDZCxXQUFPLENBQUMsTUFBTSxHQUFHLFlBQVksRUFBRSxRQUFRLE9BQU8sU0FBUyxNQUFNLG9CQUFvQixHQUFHLEdBQUcsS0FBSyxLQUFLLEVBQUUsT0FBTyxHQUFHLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQ3pIO0FBQ0EsUUFBTSxXQUFXLFNBQWlCO0FBR2xDLFFBQU0sV0FBVyxNQUFNLEtBQUssRUFBRSxRQUFRLFFBQVEsRUFBRSxHQUFHLE1BQU0sU0FBMkIsQ0FBQztBQUNyRixRQUFNLFFBQVEsR0FDWCxZQUFZLEVBQ1osa0JBQWtCLGlCQUFpQixFQUNuQyxRQUFRLE9BQU8sUUFBUTtBQUN0QixVQUFNLElBQUksTUFBTSx1Q0FBdUQsUUFBUSxHQUFHO0FBQ2xGLGFBQVMsUUFBUSxFQUFFLEtBQUssQ0FBQyxFQUFHLEVBQUU7QUFDOUIsVUFBTSxvQkFBb0IsR0FBRztBQUM3QixVQUFNLFVBQVUsb0JBQUksSUFBZSxDQUFDLENBQUMsR0FBRyxNQUFNLEtBQUssS0FBSyxFQUFFLE9BQU8sR0FBRyxJQUFJLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUlsRixVQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQztBQUM5RCxlQUFXLENBQUMsR0FBRyxJQUFJLEtBQUssTUFBTSxRQUFRLEVBQUcsS0FBSSxTQUFTLE9BQVEsU0FBUSxJQUFJLElBQUksR0FBRyxNQUFNLEtBQUssS0FBSyxFQUFFLE9BQU8sSUFBSSxHQUFHLElBQUksTUFBTSxDQUFDLENBQUM7QUFDN0gsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUdILFFBQU0sTUFBTSxDQUFDLE1BQWUsU0FBUyxPQUFPLENBQUMsQ0FBQztBQUM5QyxRQUFNLFNBQVMsU0FBUyxJQUFJLENBQUMsU0FBUyxNQUFNO0FBQzFDLFFBQUksVUFBVTtBQUNkLFVBQU0sT0FBTyxHQUNWLFlBQVksRUFDWixrQkFBa0IsaUJBQWlCLEVBQ25DLFFBQVEsT0FBTyxRQUFRO0FBQ3RCLGdCQUFVO0FBQ1YsVUFBSTtBQUNGLGNBQU0sS0FBSyxNQUFNLFNBQVM7QUFFMUIsWUFBSSxDQUFDLGtCQUFrQixLQUFLLEVBQUUsRUFBRyxPQUFNLElBQUksTUFBTSwwQkFBMEIsS0FBSyxVQUFVLEVBQUUsQ0FBQyxFQUFFO0FBQy9GLGNBQU0sK0JBQStCLElBQUksSUFBSSxFQUFFLENBQUMsR0FBRyxRQUFRLEdBQUc7QUFBQSxNQUNoRSxVQUFFO0FBQ0EsZ0JBQVEsUUFBUSxPQUFPO0FBQUEsTUFDekI7QUFDQSxZQUFNLG9CQUFvQixHQUFHO0FBQzdCLGFBQU8sS0FBSyxLQUFLLEVBQUUsT0FBTyxJQUFJLEdBQUcsSUFBSSxNQUFNLENBQUM7QUFBQSxJQUM5QyxDQUFDO0FBRUgsV0FBTyxLQUFLO0FBQUEsTUFDVixDQUFDLFVBQVUsQ0FBQyxLQUFLO0FBQUEsTUFDakIsQ0FBQyxNQUFlO0FBQ2QsWUFBSSxRQUFTLE9BQU07QUFDbkIsZ0JBQVEsUUFBUSxNQUFNO0FBQ3RCLGVBQU8sQ0FBQztBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxVQUFVLE1BQU0sUUFBUSxXQUFXLENBQUMsT0FBTyxHQUFHLE1BQU0sQ0FBQztBQUMzRCxRQUFNLFVBQVUsUUFBUSxLQUFLLENBQUMsTUFBa0MsRUFBRSxXQUFXLFVBQVU7QUFDdkYsTUFBSSxRQUFTLE9BQU0sUUFBUTtBQUMzQixRQUFNLENBQUMsU0FBUyxHQUFHLFFBQVEsSUFBSSxRQUFRLElBQUksQ0FBQyxNQUFPLEVBQXNDLEtBQUs7QUFDOUYsU0FBTyxNQUFNLEtBQUssRUFBRSxRQUFRLE1BQU0sR0FBRyxDQUFDLEdBQUcsVUFBVyxRQUFRLElBQUksS0FBSyxJQUFJLFFBQVEsSUFBSSxLQUFLLElBQUssU0FBUyxRQUFRLENBQUMsRUFBRyxDQUFDLENBQUc7QUFDMUg7QUFFQSxTQUFTLFdBQWM7QUFDckIsTUFBSTtBQUNKLE1BQUk7QUFDSixRQUFNLFVBQVUsSUFBSSxRQUFXLENBQUMsS0FBSyxTQUFVLFVBQVUsS0FBTyxTQUFTLElBQUs7QUFFOUUsVUFBUSxNQUFNLE1BQU0sTUFBUztBQUM3QixTQUFPLEVBQUUsU0FBUyxTQUFTLE9BQU87QUFDcEM7QUFPTyxTQUFTLGFBQWEsSUFBd0I7QUFDbkQsU0FBTyxLQUFLLElBQUksR0FBRyxrQkFBa0IsRUFBRSxDQUFDO0FBQzFDO0FBUUEsZUFBc0IsaUJBQWlCLElBQWdCLEdBQWlDLE9BQWUsUUFBb0Q7QUFDekosU0FBTyxRQUFRLElBQUksRUFBRSxPQUFPLElBQUksT0FBTyxPQUFPLEtBQUssU0FBUztBQUMxRCxVQUFNLE9BQU8sTUFBTSxZQUFZLEtBQUssRUFBRSxHQUFHLEdBQUcsS0FBSyxDQUFDO0FBQ2xELGFBQVMsSUFBSTtBQUNiLFdBQU87QUFBQSxFQUNULENBQUM7QUFDSDtBQUdBLGVBQXNCLGdCQUFnQixJQUFjLEdBQWlEO0FBQ25HLFNBQU8saUJBQWlCLE1BQU0sWUFBWSxJQUFJLENBQUMsR0FBRyxFQUFFLFFBQVEsRUFBRSxJQUFJO0FBQ3BFO0FBT0EsU0FBUyxZQUFZLElBQWMsR0FBb0M7QUFDckUsU0FBTyxlQUFlLElBQUksYUFBYSxDQUFDLEdBQUcsZUFBZSxFQUFFLE1BQU0sQ0FBQztBQUNyRTsiLAogICJuYW1lcyI6IFtdCn0K
