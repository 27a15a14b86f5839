import { sql } from "kysely";
import { spanOpenOn } from "../calendar/sql.js";
import { keyShape, switchOffKeyChecks, switchOnKeyChecks } from "../db/key-checks.js";
import { stagingColumns } from "./kinds.js";
const raw = (s) => sql.raw(s);
async function exec(trx, q) {
  const r = await q.execute(trx);
  return Number(r.numAffectedRows ?? 0);
}
function namesPerson(spec) {
  return spec.kind !== "people";
}
async function createStaging(trx, spec) {
  const cols = stagingColumns(spec);
  const person = namesPerson(spec) ? ", person_id bigint" : "";
  const defs = cols.map(([name, type]) => `${name} ${type}`).join(", ");
  await sql`CREATE TEMP TABLE import_rows (row_no integer NOT NULL, ${raw(defs)}${raw(person)}) ON COMMIT DROP`.execute(trx);
  await sql`CREATE TEMP TABLE import_problems (row_no integer NOT NULL, field text NOT NULL, value text, reason text NOT NULL) ON COMMIT DROP`.execute(trx);
  return ["row_no", ...cols.map(([n]) => n), ...person ? ["person_id"] : []];
}
async function personIds(trx, partnershipId) {
  const r = await sql`
    SELECT json_agg(json_build_array(person_ref, coalesce(merged_into_id, id)::text))::text AS refs
    FROM people WHERE partnership_id = ${partnershipId}`.execute(trx);
  const pairs = JSON.parse(r.rows[0]?.refs ?? "[]");
  return new Map(pairs);
}
const IDENTIFIER_COLUMNS = [
  ["pnc_id", "pnc"],
  ["cro_number", "cro"],
  ["prison_number", "prison"],
  ["probation_crn", "probation_crn"]
];
async function checkPeople(trx, ctx) {
  const p = ctx.partnershipId;
  await sql`CREATE TEMP TABLE import_targets (row_no integer PRIMARY KEY, person_id bigint, by_ref boolean NOT NULL DEFAULT false, is_new boolean NOT NULL DEFAULT false, changed boolean NOT NULL DEFAULT false) ON COMMIT DROP`.execute(
    trx
  );
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT r.row_no, 'person_ref', r.person_ref, r.person_ref || ' appears again; it is first on row ' || f.first_row
    FROM import_rows r
    JOIN (SELECT person_ref, min(row_no) AS first_row FROM import_rows GROUP BY person_ref HAVING count(*) > 1) f ON f.person_ref = r.person_ref
    WHERE r.row_no > f.first_row`.execute(trx);
  for (const [col] of IDENTIFIER_COLUMNS) {
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT r.row_no, ${col}, r.${raw(col)}, r.${raw(col)} || ' is also given on row ' || f.first_row || ' for person_ref ' || f.first_ref
      FROM import_rows r
      JOIN (SELECT DISTINCT ON (${raw(col)}) ${raw(col)} AS v, row_no AS first_row, person_ref AS first_ref
            FROM import_rows WHERE ${raw(col)} IS NOT NULL ORDER BY ${raw(col)}, row_no) f ON f.v = r.${raw(col)}
      WHERE r.row_no > f.first_row AND r.person_ref <> f.first_ref`.execute(trx);
  }
  await sql`INSERT INTO import_targets (row_no, person_id, by_ref)
    SELECT r.row_no, t.person_id, coalesce(t.by_ref, false)
    FROM import_rows r
    LEFT JOIN LATERAL (
      SELECT person_id, by_ref FROM (
        SELECT coalesce(pp.merged_into_id, pp.id) AS person_id, true AS by_ref, 0 AS priority
          FROM people pp WHERE pp.partnership_id = ${p} AND pp.person_ref = r.person_ref
        UNION ALL
        SELECT coalesce(pp.merged_into_id, pp.id), false,
               CASE i.kind WHEN 'local' THEN 1 WHEN 'pnc' THEN 2 WHEN 'cro' THEN 3 WHEN 'prison' THEN 4 ELSE 5 END
          FROM person_identifiers i JOIN people pp ON pp.id = i.person_id
          WHERE i.partnership_id = ${p} AND (
            (i.kind = 'local' AND i.value = r.person_ref) OR (i.kind = 'pnc' AND i.value = r.pnc_id) OR
            (i.kind = 'cro' AND i.value = r.cro_number) OR (i.kind = 'prison' AND i.value = r.prison_number) OR
            (i.kind = 'probation_crn' AND i.value = r.probation_crn))
      ) c ORDER BY priority LIMIT 1
    ) t ON true`.execute(trx);
  await sql`ANALYZE import_targets`.execute(trx);
  for (const [col, kind] of IDENTIFIER_COLUMNS) {
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT r.row_no, ${col}, r.${raw(col)}, r.${raw(col)} || ' already identifies person_ref ' || pp.person_ref
      FROM import_rows r
      JOIN import_targets t ON t.row_no = r.row_no
      JOIN person_identifiers i ON i.partnership_id = ${p} AND i.kind = ${kind} AND i.value = r.${raw(col)}
      JOIN people pp ON pp.id = i.person_id
      WHERE coalesce(pp.merged_into_id, pp.id) IS DISTINCT FROM t.person_id`.execute(trx);
  }
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT t.row_no, 'person_ref', r.person_ref, r.person_ref || ' is the same person as row ' || f.first_row || ' (matched by an identifier)'
    FROM import_targets t
    JOIN import_rows r ON r.row_no = t.row_no
    JOIN (SELECT person_id, min(row_no) AS first_row FROM import_targets WHERE person_id IS NOT NULL GROUP BY person_id HAVING count(*) > 1) f
      ON f.person_id = t.person_id
    WHERE t.row_no > f.first_row AND NOT EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = t.row_no)`.execute(trx);
}
async function mergePeople(trx, ctx) {
  const p = ctx.partnershipId;
  const area = sql`(SELECT a.id FROM areas a WHERE a.partnership_id = ${p} AND a.code = r.area_code)`;
  const added = await exec(
    trx,
    sql`INSERT INTO people (partnership_id, person_ref, family_name, given_names, date_of_birth, sex, sex_raw, ethnicity, ethnicity_raw, area_code, area_id, postcode, import_id, restricted)
      SELECT ${p}, r.person_ref, r.family_name, r.given_names, r.date_of_birth, r.sex, r.sex_raw, r.ethnicity, r.ethnicity, r.area_code, ${area}, r.postcode, ${ctx.importId}, coalesce(r.restricted, false)
      FROM import_rows r JOIN import_targets t ON t.row_no = r.row_no
      WHERE t.person_id IS NULL
      ORDER BY r.row_no`
  );
  await sql`UPDATE import_targets t SET person_id = pp.id, is_new = true
    FROM import_rows r, people pp
    WHERE t.row_no = r.row_no AND t.person_id IS NULL AND pp.partnership_id = ${p} AND pp.person_ref = r.person_ref`.execute(trx);
  await sql`UPDATE import_targets t SET changed = true
    FROM import_rows r, people pp
    WHERE t.row_no = r.row_no AND NOT t.is_new AND pp.id = t.person_id AND (
      (pp.family_name, pp.given_names, pp.date_of_birth, pp.sex, pp.sex_raw, pp.ethnicity, pp.area_code, pp.postcode)
        IS DISTINCT FROM (r.family_name, r.given_names, r.date_of_birth, r.sex, r.sex_raw, r.ethnicity, r.area_code, r.postcode)
      OR (r.restricted IS NOT NULL AND r.restricted <> pp.restricted)
      OR EXISTS (
        SELECT 1 FROM (VALUES ('pnc', r.pnc_id), ('cro', r.cro_number), ('prison', r.prison_number), ('probation_crn', r.probation_crn),
                              ('local', CASE WHEN t.by_ref THEN NULL ELSE r.person_ref END)) v(kind, value)
        WHERE v.value IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM person_identifiers i WHERE i.partnership_id = ${p} AND i.person_id = t.person_id AND i.kind = v.kind AND i.value = v.value)))`.execute(
    trx
  );
  const restrictions = await restrictionChanges(trx, ctx);
  const updated = await exec(
    trx,
    sql`UPDATE people pp SET restricted = coalesce(r.restricted, pp.restricted), family_name = r.family_name, given_names = r.given_names, date_of_birth = r.date_of_birth,
        sex = r.sex, sex_raw = r.sex_raw, ethnicity = r.ethnicity, ethnicity_raw = r.ethnicity, area_code = r.area_code,
        area_id = ${area}, postcode = r.postcode, import_id = ${ctx.importId}, updated_at = now()
      FROM import_rows r JOIN import_targets t ON t.row_no = r.row_no
      WHERE pp.id = t.person_id AND pp.partnership_id = ${p} AND t.changed`
  );
  await sql`CREATE TEMP TABLE import_identifiers ON COMMIT DROP AS
    SELECT t.person_id, v.kind, v.value
    FROM import_rows r JOIN import_targets t ON t.row_no = r.row_no
    CROSS JOIN LATERAL (VALUES ('pnc', r.pnc_id), ('cro', r.cro_number), ('prison', r.prison_number), ('probation_crn', r.probation_crn),
                               ('local', CASE WHEN t.by_ref OR t.is_new THEN NULL ELSE r.person_ref END)) v(kind, value)
    WHERE v.value IS NOT NULL`.execute(trx);
  await sql`DELETE FROM person_identifiers i USING import_identifiers n
    WHERE i.partnership_id = ${p} AND i.person_id = n.person_id AND i.kind = n.kind AND i.kind <> 'local' AND i.value <> n.value`.execute(trx);
  await sql`INSERT INTO person_identifiers (partnership_id, person_id, kind, value)
    SELECT ${p}, n.person_id, n.kind, n.value FROM import_identifiers n
    WHERE NOT EXISTS (SELECT 1 FROM person_identifiers i WHERE i.partnership_id = ${p} AND i.kind = n.kind AND i.value = n.value)`.execute(trx);
  await sql`CREATE TEMP TABLE import_new_names (id bigint, family text, given text, dob date) ON COMMIT DROP`.execute(trx);
  await sql`INSERT INTO import_new_names
    SELECT n.id, lower(n.family_name), lower(n.given_names), n.date_of_birth
    FROM import_targets t JOIN people n ON n.id = t.person_id WHERE t.is_new`.execute(trx);
  await sql`ANALYZE import_new_names`.execute(trx);
  await sql`INSERT INTO possible_duplicates (partnership_id, person_id, other_person_id, reason, import_id)
    SELECT ${p}, n.id, o.id, 'same family name, given names and date of birth; different identifiers', ${ctx.importId}
    FROM import_new_names n
    JOIN people o ON o.partnership_id = ${p} AND lower(o.family_name) = n.family AND lower(o.given_names) = n.given
                  AND o.date_of_birth = n.dob AND o.id < n.id AND o.merged_into_id IS NULL
    ON CONFLICT (person_id, other_person_id) DO NOTHING`.execute(trx);
  const total = Number(
    (await sql`SELECT count(*)::int AS n FROM import_targets t JOIN import_rows r ON r.row_no = t.row_no`.execute(trx)).rows[0]?.n ?? 0
  );
  await refreshStatistics(trx, ["people", "person_identifiers"], added);
  return { added, updated, unchanged: total - added - updated, restrictions };
}
async function restrictionChanges(trx, ctx) {
  const rows = await sql`
    SELECT t.person_id, r.restricted FROM import_targets t JOIN import_rows r ON r.row_no = t.row_no JOIN people pp ON pp.id = t.person_id
    WHERE r.restricted IS NOT NULL AND (t.is_new AND r.restricted OR NOT t.is_new AND r.restricted <> pp.restricted)
    ORDER BY t.person_id`.execute(trx);
  const restricted = rows.rows.filter((r) => r.restricted).map((r) => Number(r.person_id));
  const lifted = rows.rows.filter((r) => !r.restricted).map((r) => Number(r.person_id));
  if (lifted.length) await sql`DELETE FROM person_access WHERE person_id = ANY(${lifted}::bigint[])`.execute(trx);
  if (restricted.length && ctx.userId) {
    await sql`INSERT INTO person_access (person_id, user_id) SELECT unnest(${restricted}::bigint[]), ${ctx.userId}::integer ON CONFLICT DO NOTHING`.execute(trx);
  }
  return { restricted, lifted };
}
async function refreshStatistics(trx, tables, added) {
  if (added < 1e3) return;
  for (const t of tables) await sql`ANALYZE ${raw(t)}`.execute(trx);
}
async function resolvePeople(trx, ctx) {
  const p = ctx.partnershipId;
  await sql`CREATE TEMP TABLE import_people (person_ref text NOT NULL, pnc_id text NOT NULL, person_id bigint) ON COMMIT DROP`.execute(trx);
  const left = await exec(
    trx,
    sql`INSERT INTO import_people (person_ref, pnc_id, person_id)
      SELECT k.person_ref, k.pnc_id, coalesce(pp.merged_into_id, pp.id)
      FROM (SELECT DISTINCT coalesce(person_ref, '') AS person_ref, coalesce(pnc_id, '') AS pnc_id FROM import_rows WHERE person_id IS NULL) k
      LEFT JOIN people pp ON pp.partnership_id = ${p} AND pp.person_ref = k.person_ref`
  );
  if (left === 0) return;
  await sql`UPDATE import_people k SET person_id = coalesce(
      (SELECT coalesce(pp.merged_into_id, pp.id) FROM person_identifiers i JOIN people pp ON pp.id = i.person_id
        WHERE i.partnership_id = ${p} AND i.kind = 'local' AND i.value = k.person_ref LIMIT 1),
      (SELECT coalesce(pp.merged_into_id, pp.id) FROM person_identifiers i JOIN people pp ON pp.id = i.person_id
        WHERE i.partnership_id = ${p} AND i.kind = 'pnc' AND i.value = k.pnc_id LIMIT 1))
    WHERE k.person_id IS NULL`.execute(trx);
  await sql`ANALYZE import_people`.execute(trx);
  await sql`UPDATE import_rows r SET person_id = m.person_id
    FROM import_people m
    WHERE r.person_id IS NULL AND m.person_ref = coalesce(r.person_ref, '') AND m.pnc_id = coalesce(r.pnc_id, '') AND m.person_id IS NOT NULL`.execute(trx);
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT r.row_no,
      CASE WHEN r.person_ref IS NOT NULL THEN 'person_ref' ELSE 'pnc_id' END,
      coalesce(r.person_ref, r.pnc_id),
      CASE WHEN r.person_ref IS NOT NULL THEN r.person_ref || ' is not a known person (import the people file first)'
           ELSE r.pnc_id || ' is not the PNC ID of a known person' END
    FROM import_rows r
    WHERE r.person_id IS NULL`.execute(trx);
}
function codeJoin(ctx, normCol) {
  return ctx.offenceCodesLoaded ? { join: sql`LEFT JOIN offence_codes oc ON oc.code = r.${raw(normCol)}`, code: sql`oc.code` } : {
    join: sql`LEFT JOIN offence_groups oc ON oc.group_code = substr(r.${raw(normCol)}, 1, 3)`,
    code: sql`CASE WHEN oc.group_code IS NOT NULL THEN r.${raw(normCol)} END`
  };
}
const ATTR_TYPES = {
  outcome: "text",
  outcome_raw: "text",
  offence_code: "text",
  offence_code_known: "boolean",
  offence_description: "text",
  disposal: "text",
  disposal_raw: "text",
  sentence_days: "integer",
  court: "text",
  grading: "text",
  opiates: "boolean",
  cocaine: "boolean",
  trigger_offence_code: "text"
};
function attrType(_table, col) {
  const t = ATTR_TYPES[col];
  if (!t) throw new Error(`no type for ${col}`);
  return t;
}
const EVENTS = {
  outcomes: {
    table: "outcomes",
    keys: [
      { col: "offence_date", nullable: false },
      { col: "outcome_date", nullable: false },
      { col: "offence_code_raw", nullable: false }
    ],
    codeNorm: "offence_code_norm",
    attrs: (code) => [
      ["outcome", sql`r.outcome`],
      ["outcome_raw", sql`r.outcome_raw`],
      ["offence_code", code],
      ["offence_code_known", sql`(${code}) IS NOT NULL`],
      ["offence_description", sql`r.offence_description`],
      ["disposal", sql`r.disposal`],
      ["disposal_raw", sql`r.disposal_raw`],
      ["sentence_days", sql`r.sentence_days`],
      ["court", sql`r.court`]
    ]
  },
  arrests: {
    table: "arrests",
    keys: [
      { col: "arrest_date", nullable: false },
      { col: "offence_code_raw", nullable: true }
    ],
    codeNorm: "offence_code_norm",
    attrs: (code) => [
      ["offence_code", code],
      ["outcome", sql`r.outcome`],
      ["outcome_raw", sql`r.outcome_raw`]
    ]
  },
  intelligence: {
    table: "intelligence_reports",
    keys: [
      { col: "report_date", nullable: false },
      { col: "topic", nullable: true }
    ],
    attrs: () => [["grading", sql`r.grading`]]
  },
  drug_tests: {
    table: "drug_tests",
    keys: [{ col: "test_date", nullable: false }],
    attrs: () => [
      ["opiates", sql`r.opiates`],
      ["cocaine", sql`r.cocaine`],
      ["trigger_offence_code", sql`coalesce(r.trigger_offence_code_norm, r.trigger_offence_code_raw)`]
    ]
  }
};
async function withSetting(trx, name, value, run) {
  const before = (await sql`SELECT current_setting(${name}) AS v`.execute(trx)).rows[0].v;
  await sql`SELECT set_config(${name}, ${value}, true)`.execute(trx);
  try {
    return await run();
  } finally {
    await sql`SELECT set_config(${name}, ${before}, true)`.execute(trx);
  }
}
async function mergeEvents(trx, cfg, ctx) {
  const p = ctx.partnershipId;
  const codes = cfg.codeNorm ? codeJoin(ctx, cfg.codeNorm) : { join: sql``, code: sql`NULL` };
  const attrs = cfg.attrs(codes.code);
  const keyCols = cfg.keys.map((k) => k.col);
  const srcCols = sql.join([...keyCols.map((c) => sql`r.${raw(c)} AS ${raw(c)}`), ...attrs.map(([c, e]) => sql`${e} AS ${raw(c)}`)]);
  const partition = keyCols.map((c) => `r.${c}`).join(", ");
  const keyMatch = (x) => sql.join(
    cfg.keys.map(
      (k) => k.nullable ? sql`coalesce(e.${raw(k.col)}, '') = coalesce(${raw(x)}.${raw(k.col)}, '')` : sql`e.${raw(k.col)} = ${raw(x)}.${raw(k.col)}`
    ),
    sql` AND `
  );
  const attrNames = attrs.map(([c]) => c);
  const cols = [...keyCols, ...attrNames].join(", ");
  const table = raw(cfg.table);
  const src = sql`SELECT r.person_id, ${srcCols},
      row_number() OVER (PARTITION BY r.person_id, ${raw(partition)} ORDER BY r.row_no) AS key_seq
    FROM import_rows r ${codes.join}`;
  const clash = await withSetting(
    trx,
    "enable_nestloop",
    "off",
    async () => Boolean(
      (await sql`SELECT EXISTS (
          SELECT 1 FROM import_rows r
          JOIN ${table} e ON e.partnership_id = ${p} AND e.person_id = r.person_id AND ${keyMatch("r")}) AS clash`.execute(trx)).rows[0]?.clash
    )
  );
  if (clash) return mergeEventsByKey(trx, cfg, ctx, { src, keyMatch: keyMatch("s"), attrNames, keyCols });
  const skipped = await skipKeyChecks(trx, cfg.table, ctx, sql`SELECT DISTINCT person_id FROM import_rows`);
  const added = await exec(
    trx,
    sql`INSERT INTO ${table} (partnership_id, person_id, key_seq, import_id, ${raw(cols)})
      SELECT ${p}, s.person_id, s.key_seq, ${ctx.importId}, ${raw(keyCols.concat(attrNames).map((c) => `s.${c}`).join(", "))}
      FROM (${src}) s
      ORDER BY s.person_id, ${raw(keyCols.map((c) => `s.${c}`).join(", "))}`
  );
  if (skipped) await restoreKeyChecks(trx);
  await refreshStatistics(trx, [cfg.table], added);
  return { added, updated: 0, unchanged: 0 };
}
async function mergeEventsByKey(trx, cfg, ctx, q) {
  const p = ctx.partnershipId;
  const { attrNames, keyCols } = q;
  const eAttrs = attrNames.map((c) => `e.${c}`).join(", ");
  const sAttrs = attrNames.map((c) => `s.${c}`).join(", ");
  const sets = attrNames.map((c) => `${c} = m.${c}`).join(", ");
  const cols = [...keyCols, ...attrNames].join(", ");
  const table = raw(cfg.table);
  await sql`CREATE TEMP TABLE import_matched ON COMMIT DROP AS
    SELECT NULL::bigint AS person_id, ${raw(keyCols.join(", "))}, NULL::integer AS key_seq, ${raw(attrNames.map((c) => `NULL::${attrType(cfg.table, c)} AS ${c}`).join(", "))},
           NULL::bigint AS existing_id, false AS changed
    FROM import_rows r WITH NO DATA`.execute(trx);
  await sql`INSERT INTO import_matched
    WITH src AS (${q.src})
    SELECT s.person_id, ${raw(keyCols.map((c) => `s.${c}`).join(", "))}, s.key_seq, ${raw(sAttrs)},
           e.id, (${raw(eAttrs)}) IS DISTINCT FROM (${raw(sAttrs)})
    FROM src s LEFT JOIN ${table} e ON e.partnership_id = ${p} AND e.person_id = s.person_id AND ${q.keyMatch} AND e.key_seq = s.key_seq`.execute(trx);
  await sql`ANALYZE import_matched`.execute(trx);
  const counts = (await sql`
      SELECT count(*)::int AS total, (count(*) FILTER (WHERE changed AND existing_id IS NOT NULL))::int AS changed, (count(*) FILTER (WHERE existing_id IS NULL))::int AS fresh
      FROM import_matched`.execute(trx)).rows[0];
  const skipped = counts.fresh > 0 && await skipKeyChecks(trx, cfg.table, ctx, sql`SELECT DISTINCT person_id FROM import_matched WHERE existing_id IS NULL`);
  const updated = counts.changed === 0 ? 0 : await exec(
    trx,
    sql`UPDATE ${table} e SET ${raw(sets)}, import_id = ${ctx.importId}
            FROM import_matched m WHERE e.id = m.existing_id AND m.changed AND e.partnership_id = ${p}`
  );
  const added = counts.fresh === 0 ? 0 : await exec(
    trx,
    sql`INSERT INTO ${table} (partnership_id, person_id, key_seq, import_id, ${raw(cols)})
            SELECT ${p}, person_id, key_seq, ${ctx.importId}, ${raw(cols)} FROM import_matched WHERE existing_id IS NULL
            ORDER BY person_id, ${raw(keyCols[0])}`
  );
  if (skipped) await restoreKeyChecks(trx);
  await refreshStatistics(trx, [cfg.table], added);
  return { added, updated, unchanged: counts.total - added - updated };
}
const EVENT_REFERENCES = ["partnerships", "people", "imports"];
async function skipKeyChecks(trx, table, ctx, personIds2) {
  const p = ctx.partnershipId;
  const s = await keyShape(trx, table);
  if (s.triggers > 0 || !s.references.every((r) => EVENT_REFERENCES.includes(r))) return false;
  const locked = await sql`
    WITH wanted AS MATERIALIZED (${personIds2}),
    people_locked AS (SELECT pp.id FROM people pp JOIN wanted w ON w.person_id = pp.id WHERE pp.partnership_id = ${p} FOR KEY SHARE OF pp)
    SELECT (SELECT count(*)::int FROM wanted) AS wanted,
      (SELECT count(*)::int FROM people_locked) AS people,
      (SELECT count(*)::int FROM (SELECT 1 FROM partnerships pa WHERE pa.id = ${p} FOR KEY SHARE OF pa) l) AS partnership,
      (SELECT count(*)::int FROM (SELECT 1 FROM imports im WHERE im.id = ${ctx.importId} AND im.partnership_id = ${p} FOR KEY SHARE OF im) l) AS import`.execute(trx);
  const l = locked.rows[0];
  if (!l || l.people !== l.wanted || l.partnership !== 1 || l.import !== 1) return false;
  return switchOffKeyChecks(trx);
}
const restoreKeyChecks = switchOnKeyChecks;
const PERIODS = {
  custody: {
    table: "custody_periods",
    label: "custody period",
    start: "reception_date",
    end: "release_date",
    partition: [],
    attrs: [
      ["kind", "r.kind"],
      ["kind_raw", "r.kind_raw"],
      ["sentence_days", "r.sentence_days"],
      ["expected_release_date", "r.expected_release_date"],
      ["release_date", "r.release_date"],
      ["establishment", "r.establishment"]
    ]
  },
  supervision: {
    table: "supervision_periods",
    label: "supervision period of this kind",
    start: "start_date",
    end: "end_date",
    partition: ["kind"],
    attrs: [
      ["kind_raw", "r.kind_raw"],
      ["statutory", "r.statutory"],
      ["end_date", "r.end_date"],
      ["end_kind", "r.end_kind"]
    ]
  },
  memberships: {
    table: "memberships",
    label: "membership of this scheme",
    start: "start_date",
    end: "end_date",
    partition: ["scheme_id"],
    attrs: [
      ["tier_id", "r.tier_id"],
      ["end_date", "r.end_date"],
      ["end_reason", "r.end_reason"],
      ["end_reason_raw", "r.end_reason_raw"]
    ]
  },
  addresses: {
    table: "addresses",
    label: "address",
    start: "from_date",
    end: null,
    partition: [],
    attrs: [
      ["area_code", "r.area_code"],
      ["area_id", "r.area_id"],
      ["postcode", "r.postcode"]
    ]
  }
};
async function resolvePeriods(trx, kind, cfg, ctx) {
  const p = ctx.partnershipId;
  await sql`CREATE TEMP TABLE import_resolved ON COMMIT DROP AS
    SELECT r.*, NULL::integer AS scheme_id, NULL::integer AS tier_id, NULL::integer AS area_id,
           NULL::bigint AS existing_id, false AS changed
    FROM import_rows r WITH NO DATA`.execute(trx);
  if (kind === "memberships") {
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT r.row_no, 'scheme', r.scheme, r.scheme || ' is not a scheme of this partnership'
      FROM import_rows r WHERE NOT EXISTS (SELECT 1 FROM schemes sc WHERE sc.partnership_id = ${p} AND sc.code = r.scheme)`.execute(trx);
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT r.row_no, 'tier', r.tier, r.tier || ' is not a tier of scheme ' || r.scheme
      FROM import_rows r JOIN schemes sc ON sc.partnership_id = ${p} AND sc.code = r.scheme
      WHERE r.tier IS NOT NULL AND NOT EXISTS (SELECT 1 FROM tiers ti WHERE ti.scheme_id = sc.id AND ti.code = r.tier)`.execute(trx);
  }
  await sql`INSERT INTO import_resolved
    SELECT r.*,
      ${kind === "memberships" ? sql`(SELECT sc.id FROM schemes sc WHERE sc.partnership_id = ${p} AND sc.code = r.scheme)` : sql`NULL`},
      ${kind === "memberships" ? sql`(SELECT ti.id FROM tiers ti JOIN schemes sc ON sc.id = ti.scheme_id WHERE sc.partnership_id = ${p} AND sc.code = r.scheme AND ti.code = r.tier)` : sql`NULL`},
      ${kind === "addresses" ? sql`(SELECT a.id FROM areas a WHERE a.partnership_id = ${p} AND a.code = r.area_code)` : sql`NULL`},
      NULL, false
    FROM import_rows r
    WHERE NOT EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = r.row_no)`.execute(trx);
  const part = cfg.partition.map((c) => ` AND a.${c} = b.${c}`).join("");
  const start = cfg.start;
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT b.row_no, ${start}, b.${raw(start)}::text,
      'a second ' || ${cfg.label} || ' for this person starting ' || b.${raw(start)} || '; the first is on row ' || min(a.row_no)
    FROM import_resolved a JOIN import_resolved b ON a.person_id = b.person_id AND a.${raw(start)} = b.${raw(start)} ${raw(part)} AND a.row_no < b.row_no
    GROUP BY b.row_no, b.${raw(start)}`.execute(trx);
  if (cfg.end) {
    const end = cfg.end;
    const range = (x) => `daterange(${x}.${start}, ${x}.${end}, '[)')`;
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT b.row_no, ${start}, b.${raw(start)}::text,
        b.${raw(start)} || ' overlaps the ' || ${cfg.label} || ' on row ' || min(a.row_no)
      FROM import_resolved a JOIN import_resolved b ON a.person_id = b.person_id ${raw(part)} AND a.row_no < b.row_no
        AND a.${raw(start)} <> b.${raw(start)} AND ${raw(range("a"))} && ${raw(range("b"))}
      GROUP BY b.row_no, b.${raw(start)}`.execute(trx);
    const storedPart = cfg.partition.map((c) => ` AND e.${c} = b.${c}`).join("");
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT b.row_no, ${start}, b.${raw(start)}::text,
        b.${raw(start)} || ' overlaps the stored ' || ${cfg.label} || ' from ' || min(e.${raw(start)})
      FROM import_resolved b JOIN ${raw(cfg.table)} e ON e.partnership_id = ${p} AND e.person_id = b.person_id ${raw(storedPart)}
        AND e.${raw(start)} <> b.${raw(start)} AND ${raw(range("e"))} && ${raw(range("b"))}
      GROUP BY b.row_no, b.${raw(start)}`.execute(trx);
  }
}
async function mergePeriods(trx, kind, cfg, ctx) {
  const p = ctx.partnershipId;
  const table = raw(cfg.table);
  const start = cfg.start;
  await sql`DELETE FROM import_resolved r WHERE EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = r.row_no)`.execute(trx);
  const keyJoin = [`e.person_id = r.person_id`, `e.${start} = r.${start}`, ...cfg.partition.map((c) => `e.${c} = r.${c}`)].join(" AND ");
  const eAttrs = cfg.attrs.map(([c]) => `e.${c}`).join(", ");
  const rAttrs = cfg.attrs.map(([, x]) => x).join(", ");
  await sql`UPDATE import_resolved r SET existing_id = e.id, changed = (${raw(eAttrs)}) IS DISTINCT FROM (${raw(rAttrs)})
    FROM ${table} e WHERE e.partnership_id = ${p} AND ${raw(keyJoin)}`.execute(trx);
  const sets = cfg.attrs.map(([c, x]) => `${c} = ${x}`).join(", ");
  const updated = await exec(
    trx,
    sql`UPDATE ${table} e SET ${raw(sets)}, import_id = ${ctx.importId}
      FROM import_resolved r WHERE e.id = r.existing_id AND r.changed AND e.partnership_id = ${p}`
  );
  const insertCols = ["person_id", start, ...cfg.partition, ...cfg.attrs.map(([c]) => c)];
  const insertVals = insertCols.map((c) => c === "person_id" || c === start || cfg.partition.includes(c) ? `r.${c}` : cfg.attrs.find(([a]) => a === c)[1]);
  let added;
  if (cfg.end) {
    added = await exec(
      trx,
      sql`INSERT INTO ${table} (partnership_id, import_id, ${raw(insertCols.join(", "))})
        SELECT ${p}, ${ctx.importId}, ${raw(insertVals.join(", "))} FROM import_resolved r WHERE r.existing_id IS NULL
        ORDER BY r.row_no`
    );
  } else {
    await sql`CREATE TEMP TABLE import_address_dates (person_id bigint, from_date date, next_from date) ON COMMIT DROP`.execute(trx);
    await sql`INSERT INTO import_address_dates (person_id, from_date, next_from)
      SELECT person_id, from_date, lead(from_date) OVER (PARTITION BY person_id ORDER BY from_date) AS next_from
      FROM (SELECT person_id, from_date FROM addresses WHERE partnership_id = ${p} AND person_id IN (SELECT person_id FROM import_resolved)
            UNION SELECT person_id, from_date FROM import_resolved) d`.execute(trx);
    await sql`UPDATE addresses e SET to_date = d.next_from
      FROM import_address_dates d
      WHERE e.partnership_id = ${p} AND e.person_id = d.person_id AND e.from_date = d.from_date
        AND d.next_from IS NOT NULL AND ${spanOpenOn("e.to_date", sql.ref("d.next_from"))}`.execute(trx);
    added = await exec(
      trx,
      sql`INSERT INTO addresses (partnership_id, import_id, to_date, ${raw(insertCols.join(", "))})
        SELECT ${p}, ${ctx.importId}, d.next_from, ${raw(insertVals.join(", "))}
        FROM import_resolved r JOIN import_address_dates d ON d.person_id = r.person_id AND d.from_date = r.from_date
        WHERE r.existing_id IS NULL
        ORDER BY r.row_no`
    );
  }
  const total = Number((await sql`SELECT count(*)::int AS n FROM import_resolved`.execute(trx)).rows[0]?.n ?? 0);
  await refreshStatistics(trx, [cfg.table], added);
  void kind;
  return { added, updated, unchanged: total - added - updated };
}
const RISK = {
  risk_assessments: {
    table: "risk_assessments",
    date: "assessment_date",
    keys: ["agency_id"],
    attrs: [
      ["risk_of_serious_harm", "r.risk_of_serious_harm"],
      ["risk_of_serious_harm_raw", "r.risk_of_serious_harm_raw"]
    ]
  },
  mappa_referrals: {
    table: "mappa_referrals",
    date: "referral_date",
    keys: [],
    attrs: [["outcome", "r.outcome"]]
  }
};
async function resolveRisk(trx, kind, cfg, ctx) {
  const p = ctx.partnershipId;
  await sql`UPDATE import_rows r SET person_id = (
      SELECT coalesce(pp.merged_into_id, pp.id) FROM person_identifiers i JOIN people pp ON pp.id = i.person_id
      WHERE i.partnership_id = ${p} AND i.kind = 'local' AND i.value = r.person_ref LIMIT 1)
    WHERE r.person_id IS NULL`.execute(trx);
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT r.row_no, 'person_ref', r.person_ref, r.person_ref || ' is not a known person (import the people file first)'
    FROM import_rows r WHERE r.person_id IS NULL`.execute(trx);
  const agency = kind === "risk_assessments" ? sql`(SELECT a.id FROM agencies a WHERE a.partnership_id = ${p} AND a.code = r.assessor_agency)` : sql`NULL::integer`;
  await sql`CREATE TEMP TABLE import_resolved ON COMMIT DROP AS
    SELECT r.*, ${agency} AS agency_id, NULL::bigint AS existing_id, false AS changed
    FROM import_rows r WHERE r.person_id IS NOT NULL`.execute(trx);
  if (kind === "risk_assessments") {
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT r.row_no, 'assessor_agency', r.assessor_agency, r.assessor_agency || ' is not the code of an agency of this partnership'
      FROM import_resolved r WHERE r.assessor_agency IS NOT NULL AND r.agency_id IS NULL`.execute(trx);
  }
  const same = ["a.person_id = b.person_id", `a.${cfg.date} = b.${cfg.date}`, ...cfg.keys.map((k) => `coalesce(a.${k}, -1) = coalesce(b.${k}, -1)`)].join(" AND ");
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT b.row_no, ${cfg.date}, b.${raw(cfg.date)}::text,
      'the same ' || ${kind === "risk_assessments" ? "assessment (person, date and agency)" : "referral (person and date)"} || ' is on row ' || min(a.row_no)
    FROM import_resolved a JOIN import_resolved b ON ${raw(same)} AND a.row_no < b.row_no
    GROUP BY b.row_no, b.${raw(cfg.date)}`.execute(trx);
}
async function mergeRisk(trx, cfg, ctx) {
  const p = ctx.partnershipId;
  const table = raw(cfg.table);
  await sql`DELETE FROM import_resolved r WHERE EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = r.row_no)`.execute(trx);
  const keyJoin = ["e.person_id = r.person_id", `e.${cfg.date} = r.${cfg.date}`, ...cfg.keys.map((k) => `coalesce(e.${k}, -1) = coalesce(r.${k}, -1)`)].join(" AND ");
  const eAttrs = cfg.attrs.map(([c]) => `e.${c}`).join(", ");
  const rAttrs = cfg.attrs.map(([, x]) => x).join(", ");
  await sql`UPDATE import_resolved r SET existing_id = e.id, changed = (${raw(eAttrs)}) IS DISTINCT FROM (${raw(rAttrs)})
    FROM (SELECT DISTINCT ON (person_id, ${raw([cfg.date, ...cfg.keys].join(", "))}) * FROM ${table} WHERE partnership_id = ${p} ORDER BY person_id, ${raw([cfg.date, ...cfg.keys].join(", "))}, id DESC) e
    WHERE ${raw(keyJoin)}`.execute(trx);
  const sets = cfg.attrs.map(([c, x]) => `${c} = ${x}`).join(", ");
  const updated = await exec(trx, sql`UPDATE ${table} e SET ${raw(sets)} FROM import_resolved r WHERE e.id = r.existing_id AND r.changed AND e.partnership_id = ${p}`);
  const cols = ["person_id", cfg.date, ...cfg.keys, ...cfg.attrs.map(([c]) => c)];
  const vals = ["r.person_id", `r.${cfg.date}`, ...cfg.keys.map((k) => `r.${k}`), ...cfg.attrs.map(([, x]) => x)];
  const added = await exec(
    trx,
    sql`INSERT INTO ${table} (partnership_id, created_by, ${raw(cols.join(", "))})
      SELECT ${p}, ${ctx.userId ?? null}::integer, ${raw(vals.join(", "))} FROM import_resolved r WHERE r.existing_id IS NULL ORDER BY r.row_no`
  );
  const total = Number((await sql`SELECT count(*)::int AS n FROM import_resolved`.execute(trx)).rows[0]?.n ?? 0);
  return { added, updated, unchanged: total - added - updated };
}
async function checkStaged(trx, kind, ctx) {
  await sql`SET LOCAL work_mem = '128MB'`.execute(trx);
  await sql`ANALYZE import_rows`.execute(trx);
  if (kind === "people") return checkPeople(trx, ctx);
  const risk = RISK[kind];
  if (risk) return resolveRisk(trx, kind, risk, ctx);
  await resolvePeople(trx, ctx);
  const period = PERIODS[kind];
  if (period) await resolvePeriods(trx, kind, period, ctx);
}
async function dropProblemRows(trx) {
  await sql`DELETE FROM import_rows r WHERE EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = r.row_no)`.execute(trx);
}
async function mergeStaged(trx, kind, ctx) {
  if (kind === "people") return mergePeople(trx, ctx);
  const risk = RISK[kind];
  if (risk) return mergeRisk(trx, risk, ctx);
  const event = EVENTS[kind];
  if (event) return mergeEvents(trx, event, ctx);
  const period = PERIODS[kind];
  if (period) return mergePeriods(trx, kind, period, ctx);
  throw new Error(`no merge for ${kind}`);
}
export {
  checkStaged,
  createStaging,
  dropProblemRows,
  mergeStaged,
  namesPerson,
  personIds,
  restoreKeyChecks,
  skipKeyChecks
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2ltcG9ydHMvbWVyZ2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBzZXQtYmFzZWQgaGFsZiBvZiBhbiBpbXBvcnQ6IHRoZSByb3dzIG9mIG9uZSBmaWxlIHNpdCBpbiBhIHN0YWdpbmcgdGFibGVcbi8vIChpbXBvcnRfcm93cywgdHlwZWQsIGZpbGxlZCBieSBDT1BZKTsgdGhlc2Ugc3RhdGVtZW50cyBmaW5kIHRoZSBwcm9ibGVtcyBvbmx5XG4vLyB0aGUgZGF0YWJhc2UgY2FuIHNlZSAodW5rbm93biBwZW9wbGUsIHNjaGVtZXMgYW5kIHRpZXJzLCBjbGFzaGluZyBpZGVudGlmaWVycyxcbi8vIG92ZXJsYXBwaW5nIHBlcmlvZHMpIGFuZCB0aGVuIG1lcmdlIHRoZSBnb29kIHJvd3MgaW50byB0aGUgcmVnaXN0ZXIgYnkgdGhlaXJcbi8vIG5hdHVyYWwga2V5cyAoMDAxMF9pbXBvcnRzLnNxbCksIGNvdW50aW5nIGFkZGVkLCB1cGRhdGVkIGFuZCB1bmNoYW5nZWQgcm93cy5cbi8vIEV2ZXJ5dGhpbmcgcnVucyBpbnNpZGUgdGhlIGltcG9ydCdzIG9uZSB0cmFuc2FjdGlvbi5cbmltcG9ydCB7IHNxbCwgdHlwZSBSYXdCdWlsZGVyLCB0eXBlIFRyYW5zYWN0aW9uIH0gZnJvbSAna3lzZWx5JztcbmltcG9ydCB7IHNwYW5PcGVuT24gfSBmcm9tICcuLi9jYWxlbmRhci9zcWwuanMnO1xuaW1wb3J0IHR5cGUgeyBEQiB9IGZyb20gJy4uL2RiL3NjaGVtYS5qcyc7XG5pbXBvcnQgeyBrZXlTaGFwZSwgc3dpdGNoT2ZmS2V5Q2hlY2tzLCBzd2l0Y2hPbktleUNoZWNrcyB9IGZyb20gJy4uL2RiL2tleS1jaGVja3MuanMnO1xuaW1wb3J0IHsgc3RhZ2luZ0NvbHVtbnMsIHR5cGUgS2luZFNwZWMgfSBmcm9tICcuL2tpbmRzLmpzJztcbmltcG9ydCB7IHR5cGUgSW1wb3J0S2luZCB9IGZyb20gJy4va2luZC1uYW1lcy5qcyc7XG5cbnR5cGUgVHJ4ID0gVHJhbnNhY3Rpb248REI+O1xuXG5leHBvcnQgaW50ZXJmYWNlIE1lcmdlQ291bnRzIHtcbiAgYWRkZWQ6IG51bWJlcjtcbiAgdXBkYXRlZDogbnVtYmVyO1xuICB1bmNoYW5nZWQ6IG51bWJlcjtcbiAgLyoqIFBlb3BsZSB3aG9zZSByZXN0cmljdGlvbiB0aGUgZmlsZSBjaGFuZ2VkIChwZW9wbGUgZmlsZXMgb25seSksIGJ5IGlkLCBmb3IgdGhlIGF1ZGl0IGxvZy4gKi9cbiAgcmVzdHJpY3Rpb25zPzogeyByZXN0cmljdGVkOiBudW1iZXJbXTsgbGlmdGVkOiBudW1iZXJbXSB9O1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIE1lcmdlQ29udGV4dCB7XG4gIHBhcnRuZXJzaGlwSWQ6IG51bWJlcjtcbiAgaW1wb3J0SWQ6IG51bWJlcjtcbiAgLyoqIFdoZXRoZXIgYW4gb2ZmZW5jZSBjb2RlIHRhYmxlIGhhcyBiZWVuIGxvYWRlZCAoZWxzZSB0aGUgMy1kaWdpdCBncm91cHMgZGVjaWRlKS4gKi9cbiAgb2ZmZW5jZUNvZGVzTG9hZGVkOiBib29sZWFuO1xuICAvKiogVGhlIGltcG9ydGluZyB1c2VyLCBuYW1lZCBvbiB0aGUgcGVvcGxlIHRoZSBmaWxlIHJlc3RyaWN0cyAobnVsbCBmb3IgdGhlIENMSSBvcGVyYXRvcikuICovXG4gIHVzZXJJZD86IG51bWJlciB8IG51bGw7XG59XG5cbmNvbnN0IHJhdyA9IChzOiBzdHJpbmcpID0+IHNxbC5yYXcocyk7XG5cbmFzeW5jIGZ1bmN0aW9uIGV4ZWModHJ4OiBUcngsIHE6IFJhd0J1aWxkZXI8dW5rbm93bj4pOiBQcm9taXNlPG51bWJlcj4ge1xuICBjb25zdCByID0gYXdhaXQgcS5leGVjdXRlKHRyeCk7XG4gIHJldHVybiBOdW1iZXIoci5udW1BZmZlY3RlZFJvd3MgPz8gMCk7XG59XG5cbi8qKiBXaGV0aGVyIGEga2luZCdzIHJvd3MgbmFtZSBhIHBlcnNvbiB3aG8gbXVzdCBhbHJlYWR5IGJlIHN0b3JlZCAoZXZlcnkga2luZCBidXQgcGVvcGxlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuYW1lc1BlcnNvbihzcGVjOiBLaW5kU3BlYyk6IGJvb2xlYW4ge1xuICByZXR1cm4gc3BlYy5raW5kICE9PSAncGVvcGxlJztcbn1cblxuLyoqXG4gKiBDcmVhdGVzIHRoZSBzdGFnaW5nIHRhYmxlcyBmb3Igb25lIGltcG9ydDsgdGhleSB2YW5pc2ggYXQgY29tbWl0IG9yXG4gKiByb2xsYmFjay4gUmV0dXJucyB0aGUgc3RhZ2luZyBjb2x1bW5zIGluIENPUFkgb3JkZXI6IHJvd19ubywgdGhlIGtpbmQnc1xuICogY29sdW1ucywgdGhlbiAoZm9yIGEga2luZCB0aGF0IG5hbWVzIGEgcGVyc29uKSBwZXJzb25faWQsIHdoaWNoIHRoZSByZWFkZXJcbiAqIGZpbGxzIGZyb20gcGVyc29uSWRzIHdoZXJlIGl0IGNhbiBhbmQgbGVhdmVzIGVtcHR5IHdoZXJlIGl0IGNhbm5vdC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNyZWF0ZVN0YWdpbmcodHJ4OiBUcngsIHNwZWM6IEtpbmRTcGVjKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICBjb25zdCBjb2xzID0gc3RhZ2luZ0NvbHVtbnMoc3BlYyk7XG4gIGNvbnN0IHBlcnNvbiA9IG5hbWVzUGVyc29uKHNwZWMpID8gJywgcGVyc29uX2lkIGJpZ2ludCcgOiAnJztcbiAgY29uc3QgZGVmcyA9IGNvbHMubWFwKChbbmFtZSwgdHlwZV0pID0+IGAke25hbWV9ICR7dHlwZX1gKS5qb2luKCcsICcpO1xuICBhd2FpdCBzcWxgQ1JFQVRFIFRFTVAgVEFCTEUgaW1wb3J0X3Jvd3MgKHJvd19ubyBpbnRlZ2VyIE5PVCBOVUxMLCAke3JhdyhkZWZzKX0ke3JhdyhwZXJzb24pfSkgT04gQ09NTUlUIERST1BgLmV4ZWN1dGUodHJ4KTtcbiAgYXdhaXQgc3FsYENSRUFURSBURU1QIFRBQkxFIGltcG9ydF9wcm9ibGVtcyAocm93X25vIGludGVnZXIgTk9UIE5VTEwsIGZpZWxkIHRleHQgTk9UIE5VTEwsIHZhbHVlIHRleHQsIHJlYXNvbiB0ZXh0IE5PVCBOVUxMKSBPTiBDT01NSVQgRFJPUGAuZXhlY3V0ZSh0cngpO1xuICByZXR1cm4gWydyb3dfbm8nLCAuLi5jb2xzLm1hcCgoW25dKSA9PiBuKSwgLi4uKHBlcnNvbiA/IFsncGVyc29uX2lkJ10gOiBbXSldO1xufVxuXG4vKipcbiAqIFRoZSBwYXJ0bmVyc2hpcCdzIHBlb3BsZSBieSBwZXJzb25fcmVmLCBhcyB0aGUgaWQgdGhlaXIgcm93cyBhcmUgc3RvcmVkXG4gKiB1bmRlciAoYSBtZXJnZWQgcGVyc29uJ3Mgc3Vydml2b3IpLCBhcyBDT1BZIHRleHQ6IHJlYWQgb25jZSwgc28gdGhlIHJlYWRlclxuICogY2FuIG5hbWUgZWFjaCByb3cncyBwZXJzb24gYXMgaXQgc3RhZ2VzIGl0LCBhbmQgdGhlIGRhdGFiYXNlIG5lZWQgbm90IGpvaW5cbiAqIGV2ZXJ5IHJvdyBvZiB0aGUgZmlsZSB0byB0aGUgcGVvcGxlLiBSZWFkIGFzIG9uZSBKU09OIHRleHQgdmFsdWUsIHNvIGl0XG4gKiBjcm9zc2VzIGZyb20gdGhlIGVtYmVkZGVkIGRhdGFiYXNlIGluIG9uZSBwaWVjZS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHBlcnNvbklkcyh0cng6IFRyeCwgcGFydG5lcnNoaXBJZDogbnVtYmVyKTogUHJvbWlzZTxNYXA8c3RyaW5nLCBzdHJpbmc+PiB7XG4gIGNvbnN0IHIgPSBhd2FpdCBzcWw8eyByZWZzOiBzdHJpbmcgfCBudWxsIH0+YFxuICAgIFNFTEVDVCBqc29uX2FnZyhqc29uX2J1aWxkX2FycmF5KHBlcnNvbl9yZWYsIGNvYWxlc2NlKG1lcmdlZF9pbnRvX2lkLCBpZCk6OnRleHQpKTo6dGV4dCBBUyByZWZzXG4gICAgRlJPTSBwZW9wbGUgV0hFUkUgcGFydG5lcnNoaXBfaWQgPSAke3BhcnRuZXJzaGlwSWR9YC5leGVjdXRlKHRyeCk7XG4gIGNvbnN0IHBhaXJzID0gSlNPTi5wYXJzZShyLnJvd3NbMF0/LnJlZnMgPz8gJ1tdJykgYXMgW3N0cmluZywgc3RyaW5nXVtdO1xuICByZXR1cm4gbmV3IE1hcChwYWlycyk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBwZW9wbGVcblxuY29uc3QgSURFTlRJRklFUl9DT0xVTU5TID0gW1xuICBbJ3BuY19pZCcsICdwbmMnXSxcbiAgWydjcm9fbnVtYmVyJywgJ2NybyddLFxuICBbJ3ByaXNvbl9udW1iZXInLCAncHJpc29uJ10sXG4gIFsncHJvYmF0aW9uX2NybicsICdwcm9iYXRpb25fY3JuJ10sXG5dIGFzIGNvbnN0O1xuXG5hc3luYyBmdW5jdGlvbiBjaGVja1Blb3BsZSh0cng6IFRyeCwgY3R4OiBNZXJnZUNvbnRleHQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgcCA9IGN0eC5wYXJ0bmVyc2hpcElkO1xuICBhd2FpdCBzcWxgQ1JFQVRFIFRFTVAgVEFCTEUgaW1wb3J0X3RhcmdldHMgKHJvd19ubyBpbnRlZ2VyIFBSSU1BUlkgS0VZLCBwZXJzb25faWQgYmlnaW50LCBieV9yZWYgYm9vbGVhbiBOT1QgTlVMTCBERUZBVUxUIGZhbHNlLCBpc19uZXcgYm9vbGVhbiBOT1QgTlVMTCBERUZBVUxUIGZhbHNlLCBjaGFuZ2VkIGJvb2xlYW4gTk9UIE5VTEwgREVGQVVMVCBmYWxzZSkgT04gQ09NTUlUIERST1BgLmV4ZWN1dGUoXG4gICAgdHJ4LFxuICApO1xuICBhd2FpdCBzcWxgSU5TRVJUIElOVE8gaW1wb3J0X3Byb2JsZW1zIChyb3dfbm8sIGZpZWxkLCB2YWx1ZSwgcmVhc29uKVxuICAgIFNFTEVDVCByLnJvd19ubywgJ3BlcnNvbl9yZWYnLCByLnBlcnNvbl9yZWYsIHIucGVyc29uX3JlZiB8fCAnIGFwcGVhcnMgYWdhaW47IGl0IGlzIGZpcnN0IG9uIHJvdyAnIHx8IGYuZmlyc3Rfcm93XG4gICAgRlJPTSBpbXBvcnRfcm93cyByXG4gICAgSk9JTiAoU0VMRUNUIHBlcnNvbl9yZWYsIG1pbihyb3dfbm8pIEFTIGZpcnN0X3JvdyBGUk9NIGltcG9ydF9yb3dzIEdST1VQIEJZIHBlcnNvbl9yZWYgSEFWSU5HIGNvdW50KCopID4gMSkgZiBPTiBmLnBlcnNvbl9yZWYgPSByLnBlcnNvbl9yZWZcbiAgICBXSEVSRSByLnJvd19ubyA+IGYuZmlyc3Rfcm93YC5leGVjdXRlKHRyeCk7XG4gIGZvciAoY29uc3QgW2NvbF0gb2YgSURFTlRJRklFUl9DT0xVTU5TKSB7XG4gICAgYXdhaXQgc3FsYElOU0VSVCBJTlRPIGltcG9ydF9wcm9ibGVtcyAocm93X25vLCBmaWVsZCwgdmFsdWUsIHJlYXNvbilcbiAgICAgIFNFTEVDVCByLnJvd19ubywgJHtjb2x9LCByLiR7cmF3KGNvbCl9LCByLiR7cmF3KGNvbCl9IHx8ICcgaXMgYWxzbyBnaXZlbiBvbiByb3cgJyB8fCBmLmZpcnN0X3JvdyB8fCAnIGZvciBwZXJzb25fcmVmICcgfHwgZi5maXJzdF9yZWZcbiAgICAgIEZST00gaW1wb3J0X3Jvd3MgclxuICAgICAgSk9JTiAoU0VMRUNUIERJU1RJTkNUIE9OICgke3Jhdyhjb2wpfSkgJHtyYXcoY29sKX0gQVMgdiwgcm93X25vIEFTIGZpcnN0X3JvdywgcGVyc29uX3JlZiBBUyBmaXJzdF9yZWZcbiAgICAgICAgICAgIEZST00gaW1wb3J0X3Jvd3MgV0hFUkUgJHtyYXcoY29sKX0gSVMgTk9UIE5VTEwgT1JERVIgQlkgJHtyYXcoY29sKX0sIHJvd19ubykgZiBPTiBmLnYgPSByLiR7cmF3KGNvbCl9XG4gICAgICBXSEVSRSByLnJvd19ubyA+IGYuZmlyc3Rfcm93IEFORCByLnBlcnNvbl9yZWYgPD4gZi5maXJzdF9yZWZgLmV4ZWN1dGUodHJ4KTtcbiAgfVxuICAvLyBXaG9tIGVhY2ggcm93IGlzIGFib3V0OiBieSBwZXJzb25fcmVmLCBlbHNlIGJ5IGFuIGlkZW50aWZpZXIgKGEgcGVyc29uX3JlZlxuICAvLyBzZWVuIGJlZm9yZSBhcyBhbm90aGVyIHN5c3RlbSdzIGxvY2FsIGlkLCB0aGVuIFBOQywgQ1JPLCBwcmlzb24sIENSTikuXG4gIGF3YWl0IHNxbGBJTlNFUlQgSU5UTyBpbXBvcnRfdGFyZ2V0cyAocm93X25vLCBwZXJzb25faWQsIGJ5X3JlZilcbiAgICBTRUxFQ1Qgci5yb3dfbm8sIHQucGVyc29uX2lkLCBjb2FsZXNjZSh0LmJ5X3JlZiwgZmFsc2UpXG4gICAgRlJPTSBpbXBvcnRfcm93cyByXG4gICAgTEVGVCBKT0lOIExBVEVSQUwgKFxuICAgICAgU0VMRUNUIHBlcnNvbl9pZCwgYnlfcmVmIEZST00gKFxuICAgICAgICBTRUxFQ1QgY29hbGVzY2UocHAubWVyZ2VkX2ludG9faWQsIHBwLmlkKSBBUyBwZXJzb25faWQsIHRydWUgQVMgYnlfcmVmLCAwIEFTIHByaW9yaXR5XG4gICAgICAgICAgRlJPTSBwZW9wbGUgcHAgV0hFUkUgcHAucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBwcC5wZXJzb25fcmVmID0gci5wZXJzb25fcmVmXG4gICAgICAgIFVOSU9OIEFMTFxuICAgICAgICBTRUxFQ1QgY29hbGVzY2UocHAubWVyZ2VkX2ludG9faWQsIHBwLmlkKSwgZmFsc2UsXG4gICAgICAgICAgICAgICBDQVNFIGkua2luZCBXSEVOICdsb2NhbCcgVEhFTiAxIFdIRU4gJ3BuYycgVEhFTiAyIFdIRU4gJ2NybycgVEhFTiAzIFdIRU4gJ3ByaXNvbicgVEhFTiA0IEVMU0UgNSBFTkRcbiAgICAgICAgICBGUk9NIHBlcnNvbl9pZGVudGlmaWVycyBpIEpPSU4gcGVvcGxlIHBwIE9OIHBwLmlkID0gaS5wZXJzb25faWRcbiAgICAgICAgICBXSEVSRSBpLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgKFxuICAgICAgICAgICAgKGkua2luZCA9ICdsb2NhbCcgQU5EIGkudmFsdWUgPSByLnBlcnNvbl9yZWYpIE9SIChpLmtpbmQgPSAncG5jJyBBTkQgaS52YWx1ZSA9IHIucG5jX2lkKSBPUlxuICAgICAgICAgICAgKGkua2luZCA9ICdjcm8nIEFORCBpLnZhbHVlID0gci5jcm9fbnVtYmVyKSBPUiAoaS5raW5kID0gJ3ByaXNvbicgQU5EIGkudmFsdWUgPSByLnByaXNvbl9udW1iZXIpIE9SXG4gICAgICAgICAgICAoaS5raW5kID0gJ3Byb2JhdGlvbl9jcm4nIEFORCBpLnZhbHVlID0gci5wcm9iYXRpb25fY3JuKSlcbiAgICAgICkgYyBPUkRFUiBCWSBwcmlvcml0eSBMSU1JVCAxXG4gICAgKSB0IE9OIHRydWVgLmV4ZWN1dGUodHJ4KTtcbiAgYXdhaXQgc3FsYEFOQUxZWkUgaW1wb3J0X3RhcmdldHNgLmV4ZWN1dGUodHJ4KTtcbiAgZm9yIChjb25zdCBbY29sLCBraW5kXSBvZiBJREVOVElGSUVSX0NPTFVNTlMpIHtcbiAgICBhd2FpdCBzcWxgSU5TRVJUIElOVE8gaW1wb3J0X3Byb2JsZW1zIChyb3dfbm8sIGZpZWxkLCB2YWx1ZSwgcmVhc29uKVxuICAgICAgU0VMRUNUIHIucm93X25vLCAke2NvbH0sIHIuJHtyYXcoY29sKX0sIHIuJHtyYXcoY29sKX0gfHwgJyBhbHJlYWR5IGlkZW50aWZpZXMgcGVyc29uX3JlZiAnIHx8IHBwLnBlcnNvbl9yZWZcbiAgICAgIEZST00gaW1wb3J0X3Jvd3MgclxuICAgICAgSk9JTiBpbXBvcnRfdGFyZ2V0cyB0IE9OIHQucm93X25vID0gci5yb3dfbm9cbiAgICAgIEpPSU4gcGVyc29uX2lkZW50aWZpZXJzIGkgT04gaS5wYXJ0bmVyc2hpcF9pZCA9ICR7cH0gQU5EIGkua2luZCA9ICR7a2luZH0gQU5EIGkudmFsdWUgPSByLiR7cmF3KGNvbCl9XG4gICAgICBKT0lOIHBlb3BsZSBwcCBPTiBwcC5pZCA9IGkucGVyc29uX2lkXG4gICAgICBXSEVSRSBjb2FsZXNjZShwcC5tZXJnZWRfaW50b19pZCwgcHAuaWQpIElTIERJU1RJTkNUIEZST00gdC5wZXJzb25faWRgLmV4ZWN1dGUodHJ4KTtcbiAgfVxuICAvLyBUd28gcm93cyBvZiBvbmUgZmlsZSBtdXN0IG5vdCBib3RoIGRlc2NyaWJlIG9uZSBzdG9yZWQgcGVyc29uLlxuICBhd2FpdCBzcWxgSU5TRVJUIElOVE8gaW1wb3J0X3Byb2JsZW1zIChyb3dfbm8sIGZpZWxkLCB2YWx1ZSwgcmVhc29uKVxuICAgIFNFTEVDVCB0LnJvd19ubywgJ3BlcnNvbl9yZWYnLCByLnBlcnNvbl9yZWYsIHIucGVyc29uX3JlZiB8fCAnIGlzIHRoZSBzYW1lIHBlcnNvbiBhcyByb3cgJyB8fCBmLmZpcnN0X3JvdyB8fCAnIChtYXRjaGVkIGJ5IGFuIGlkZW50aWZpZXIpJ1xuICAgIEZST00gaW1wb3J0X3RhcmdldHMgdFxuICAgIEpPSU4gaW1wb3J0X3Jvd3MgciBPTiByLnJvd19ubyA9IHQucm93X25vXG4gICAgSk9JTiAoU0VMRUNUIHBlcnNvbl9pZCwgbWluKHJvd19ubykgQVMgZmlyc3Rfcm93IEZST00gaW1wb3J0X3RhcmdldHMgV0hFUkUgcGVyc29uX2lkIElTIE5PVCBOVUxMIEdST1VQIEJZIHBlcnNvbl9pZCBIQVZJTkcgY291bnQoKikgPiAxKSBmXG4gICAgICBPTiBmLnBlcnNvbl9pZCA9IHQucGVyc29uX2lkXG4gICAgV0hFUkUgdC5yb3dfbm8gPiBmLmZpcnN0X3JvdyBBTkQgTk9UIEVYSVNUUyAoU0VMRUNUIDEgRlJPTSBpbXBvcnRfcHJvYmxlbXMgeCBXSEVSRSB4LnJvd19ubyA9IHQucm93X25vKWAuZXhlY3V0ZSh0cngpO1xufVxuXG5hc3luYyBmdW5jdGlvbiBtZXJnZVBlb3BsZSh0cng6IFRyeCwgY3R4OiBNZXJnZUNvbnRleHQpOiBQcm9taXNlPE1lcmdlQ291bnRzPiB7XG4gIGNvbnN0IHAgPSBjdHgucGFydG5lcnNoaXBJZDtcbiAgY29uc3QgYXJlYSA9IHNxbGAoU0VMRUNUIGEuaWQgRlJPTSBhcmVhcyBhIFdIRVJFIGEucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBhLmNvZGUgPSByLmFyZWFfY29kZSlgO1xuICBjb25zdCBhZGRlZCA9IGF3YWl0IGV4ZWMoXG4gICAgdHJ4LFxuICAgIHNxbGBJTlNFUlQgSU5UTyBwZW9wbGUgKHBhcnRuZXJzaGlwX2lkLCBwZXJzb25fcmVmLCBmYW1pbHlfbmFtZSwgZ2l2ZW5fbmFtZXMsIGRhdGVfb2ZfYmlydGgsIHNleCwgc2V4X3JhdywgZXRobmljaXR5LCBldGhuaWNpdHlfcmF3LCBhcmVhX2NvZGUsIGFyZWFfaWQsIHBvc3Rjb2RlLCBpbXBvcnRfaWQsIHJlc3RyaWN0ZWQpXG4gICAgICBTRUxFQ1QgJHtwfSwgci5wZXJzb25fcmVmLCByLmZhbWlseV9uYW1lLCByLmdpdmVuX25hbWVzLCByLmRhdGVfb2ZfYmlydGgsIHIuc2V4LCByLnNleF9yYXcsIHIuZXRobmljaXR5LCByLmV0aG5pY2l0eSwgci5hcmVhX2NvZGUsICR7YXJlYX0sIHIucG9zdGNvZGUsICR7Y3R4LmltcG9ydElkfSwgY29hbGVzY2Uoci5yZXN0cmljdGVkLCBmYWxzZSlcbiAgICAgIEZST00gaW1wb3J0X3Jvd3MgciBKT0lOIGltcG9ydF90YXJnZXRzIHQgT04gdC5yb3dfbm8gPSByLnJvd19ub1xuICAgICAgV0hFUkUgdC5wZXJzb25faWQgSVMgTlVMTFxuICAgICAgT1JERVIgQlkgci5yb3dfbm9gLFxuICApO1xuICBhd2FpdCBzcWxgVVBEQVRFIGltcG9ydF90YXJnZXRzIHQgU0VUIHBlcnNvbl9pZCA9IHBwLmlkLCBpc19uZXcgPSB0cnVlXG4gICAgRlJPTSBpbXBvcnRfcm93cyByLCBwZW9wbGUgcHBcbiAgICBXSEVSRSB0LnJvd19ubyA9IHIucm93X25vIEFORCB0LnBlcnNvbl9pZCBJUyBOVUxMIEFORCBwcC5wYXJ0bmVyc2hpcF9pZCA9ICR7cH0gQU5EIHBwLnBlcnNvbl9yZWYgPSByLnBlcnNvbl9yZWZgLmV4ZWN1dGUodHJ4KTtcbiAgYXdhaXQgc3FsYFVQREFURSBpbXBvcnRfdGFyZ2V0cyB0IFNFVCBjaGFuZ2VkID0gdHJ1ZVxuICAgIEZST00gaW1wb3J0X3Jvd3MgciwgcGVvcGxlIHBwXG4gICAgV0hFUkUgdC5yb3dfbm8gPSByLnJvd19ubyBBTkQgTk9UIHQuaXNfbmV3IEFORCBwcC5pZCA9IHQucGVyc29uX2lkIEFORCAoXG4gICAgICAocHAuZmFtaWx5X25hbWUsIHBwLmdpdmVuX25hbWVzLCBwcC5kYXRlX29mX2JpcnRoLCBwcC5zZXgsIHBwLnNleF9yYXcsIHBwLmV0aG5pY2l0eSwgcHAuYXJlYV9jb2RlLCBwcC5wb3N0Y29kZSlcbiAgICAgICAgSVMgRElTVElOQ1QgRlJPTSAoci5mYW1pbHlfbmFtZSwgci5naXZlbl9uYW1lcywgci5kYXRlX29mX2JpcnRoLCByLnNleCwgci5zZXhfcmF3LCByLmV0aG5pY2l0eSwgci5hcmVhX2NvZGUsIHIucG9zdGNvZGUpXG4gICAgICBPUiAoci5yZXN0cmljdGVkIElTIE5PVCBOVUxMIEFORCByLnJlc3RyaWN0ZWQgPD4gcHAucmVzdHJpY3RlZClcbiAgICAgIE9SIEVYSVNUUyAoXG4gICAgICAgIFNFTEVDVCAxIEZST00gKFZBTFVFUyAoJ3BuYycsIHIucG5jX2lkKSwgKCdjcm8nLCByLmNyb19udW1iZXIpLCAoJ3ByaXNvbicsIHIucHJpc29uX251bWJlciksICgncHJvYmF0aW9uX2NybicsIHIucHJvYmF0aW9uX2NybiksXG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAoJ2xvY2FsJywgQ0FTRSBXSEVOIHQuYnlfcmVmIFRIRU4gTlVMTCBFTFNFIHIucGVyc29uX3JlZiBFTkQpKSB2KGtpbmQsIHZhbHVlKVxuICAgICAgICBXSEVSRSB2LnZhbHVlIElTIE5PVCBOVUxMIEFORCBOT1QgRVhJU1RTIChcbiAgICAgICAgICBTRUxFQ1QgMSBGUk9NIHBlcnNvbl9pZGVudGlmaWVycyBpIFdIRVJFIGkucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBpLnBlcnNvbl9pZCA9IHQucGVyc29uX2lkIEFORCBpLmtpbmQgPSB2LmtpbmQgQU5EIGkudmFsdWUgPSB2LnZhbHVlKSkpYC5leGVjdXRlKFxuICAgIHRyeCxcbiAgKTtcbiAgLy8gUmVzdHJpY3Rpb25zIHRoZSBmaWxlIGNoYW5nZXMsIHJlYWQgYmVmb3JlIHRoZSB1cGRhdGU6IGEgYmxhbmsgY2VsbCBsZWF2ZXMgYSBzdG9yZWQgcGVyc29uIGFzIHRoZXkgYXJlLlxuICBjb25zdCByZXN0cmljdGlvbnMgPSBhd2FpdCByZXN0cmljdGlvbkNoYW5nZXModHJ4LCBjdHgpO1xuICBjb25zdCB1cGRhdGVkID0gYXdhaXQgZXhlYyhcbiAgICB0cngsXG4gICAgc3FsYFVQREFURSBwZW9wbGUgcHAgU0VUIHJlc3RyaWN0ZWQgPSBjb2FsZXNjZShyLnJlc3RyaWN0ZWQsIHBwLnJlc3RyaWN0ZWQpLCBmYW1pbHlfbmFtZSA9IHIuZmFtaWx5X25hbWUsIGdpdmVuX25hbWVzID0gci5naXZlbl9uYW1lcywgZGF0ZV9vZl9iaXJ0aCA9IHIuZGF0ZV9vZl9iaXJ0aCxcbiAgICAgICAgc2V4ID0gci5zZXgsIHNleF9yYXcgPSByLnNleF9yYXcsIGV0aG5pY2l0eSA9IHIuZXRobmljaXR5LCBldGhuaWNpdHlfcmF3ID0gci5ldGhuaWNpdHksIGFyZWFfY29kZSA9IHIuYXJlYV9jb2RlLFxuICAgICAgICBhcmVhX2lkID0gJHthcmVhfSwgcG9zdGNvZGUgPSByLnBvc3Rjb2RlLCBpbXBvcnRfaWQgPSAke2N0eC5pbXBvcnRJZH0sIHVwZGF0ZWRfYXQgPSBub3coKVxuICAgICAgRlJPTSBpbXBvcnRfcm93cyByIEpPSU4gaW1wb3J0X3RhcmdldHMgdCBPTiB0LnJvd19ubyA9IHIucm93X25vXG4gICAgICBXSEVSRSBwcC5pZCA9IHQucGVyc29uX2lkIEFORCBwcC5wYXJ0bmVyc2hpcF9pZCA9ICR7cH0gQU5EIHQuY2hhbmdlZGAsXG4gICk7XG4gIC8vIElkZW50aWZpZXJzOiB0aGUgZmlsZSBzdGF0ZXMgZWFjaCBraW5kJ3MgY3VycmVudCB2YWx1ZSBmb3IgdGhlIHBlcnNvbi5cbiAgYXdhaXQgc3FsYENSRUFURSBURU1QIFRBQkxFIGltcG9ydF9pZGVudGlmaWVycyBPTiBDT01NSVQgRFJPUCBBU1xuICAgIFNFTEVDVCB0LnBlcnNvbl9pZCwgdi5raW5kLCB2LnZhbHVlXG4gICAgRlJPTSBpbXBvcnRfcm93cyByIEpPSU4gaW1wb3J0X3RhcmdldHMgdCBPTiB0LnJvd19ubyA9IHIucm93X25vXG4gICAgQ1JPU1MgSk9JTiBMQVRFUkFMIChWQUxVRVMgKCdwbmMnLCByLnBuY19pZCksICgnY3JvJywgci5jcm9fbnVtYmVyKSwgKCdwcmlzb24nLCByLnByaXNvbl9udW1iZXIpLCAoJ3Byb2JhdGlvbl9jcm4nLCByLnByb2JhdGlvbl9jcm4pLFxuICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICgnbG9jYWwnLCBDQVNFIFdIRU4gdC5ieV9yZWYgT1IgdC5pc19uZXcgVEhFTiBOVUxMIEVMU0Ugci5wZXJzb25fcmVmIEVORCkpIHYoa2luZCwgdmFsdWUpXG4gICAgV0hFUkUgdi52YWx1ZSBJUyBOT1QgTlVMTGAuZXhlY3V0ZSh0cngpO1xuICBhd2FpdCBzcWxgREVMRVRFIEZST00gcGVyc29uX2lkZW50aWZpZXJzIGkgVVNJTkcgaW1wb3J0X2lkZW50aWZpZXJzIG5cbiAgICBXSEVSRSBpLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgaS5wZXJzb25faWQgPSBuLnBlcnNvbl9pZCBBTkQgaS5raW5kID0gbi5raW5kIEFORCBpLmtpbmQgPD4gJ2xvY2FsJyBBTkQgaS52YWx1ZSA8PiBuLnZhbHVlYC5leGVjdXRlKHRyeCk7XG4gIGF3YWl0IHNxbGBJTlNFUlQgSU5UTyBwZXJzb25faWRlbnRpZmllcnMgKHBhcnRuZXJzaGlwX2lkLCBwZXJzb25faWQsIGtpbmQsIHZhbHVlKVxuICAgIFNFTEVDVCAke3B9LCBuLnBlcnNvbl9pZCwgbi5raW5kLCBuLnZhbHVlIEZST00gaW1wb3J0X2lkZW50aWZpZXJzIG5cbiAgICBXSEVSRSBOT1QgRVhJU1RTIChTRUxFQ1QgMSBGUk9NIHBlcnNvbl9pZGVudGlmaWVycyBpIFdIRVJFIGkucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBpLmtpbmQgPSBuLmtpbmQgQU5EIGkudmFsdWUgPSBuLnZhbHVlKWAuZXhlY3V0ZSh0cngpO1xuICAvLyBBIG5ldyBwZXJzb24gd2hvIHNoYXJlcyBuYW1lIGFuZCBkYXRlIG9mIGJpcnRoIHdpdGggYW5vdGhlcjogYSBwb3NzaWJsZVxuICAvLyBkdXBsaWNhdGUgZm9yIGEgdXNlciB0byBkZWNpZGUgb24sIG5ldmVyIG1lcmdlZCBoZXJlLlxuICAvLyAoS2V5cyBmaXJzdCwgdGhlbiBhIGpvaW4gb24gdGhlbSwgc28gdGhlIHBsYW4gc3RheXMgYSBoYXNoIGpvaW4gYXQgYW55IHNpemUuKVxuICBhd2FpdCBzcWxgQ1JFQVRFIFRFTVAgVEFCTEUgaW1wb3J0X25ld19uYW1lcyAoaWQgYmlnaW50LCBmYW1pbHkgdGV4dCwgZ2l2ZW4gdGV4dCwgZG9iIGRhdGUpIE9OIENPTU1JVCBEUk9QYC5leGVjdXRlKHRyeCk7XG4gIGF3YWl0IHNxbGBJTlNFUlQgSU5UTyBpbXBvcnRfbmV3X25hbWVzXG4gICAgU0VMRUNUIG4uaWQsIGxvd2VyKG4uZmFtaWx5X25hbWUpLCBsb3dlcihuLmdpdmVuX25hbWVzKSwgbi5kYXRlX29mX2JpcnRoXG4gICAgRlJPTSBpbXBvcnRfdGFyZ2V0cyB0IEpPSU4gcGVvcGxlIG4gT04gbi5pZCA9IHQucGVyc29uX2lkIFdIRVJFIHQuaXNfbmV3YC5leGVjdXRlKHRyeCk7XG4gIGF3YWl0IHNxbGBBTkFMWVpFIGltcG9ydF9uZXdfbmFtZXNgLmV4ZWN1dGUodHJ4KTtcbiAgYXdhaXQgc3FsYElOU0VSVCBJTlRPIHBvc3NpYmxlX2R1cGxpY2F0ZXMgKHBhcnRuZXJzaGlwX2lkLCBwZXJzb25faWQsIG90aGVyX3BlcnNvbl9pZCwgcmVhc29uLCBpbXBvcnRfaWQpXG4gICAgU0VMRUNUICR7cH0sIG4uaWQsIG8uaWQsICdzYW1lIGZhbWlseSBuYW1lLCBnaXZlbiBuYW1lcyBhbmQgZGF0ZSBvZiBiaXJ0aDsgZGlmZmVyZW50IGlkZW50aWZpZXJzJywgJHtjdHguaW1wb3J0SWR9XG4gICAgRlJPTSBpbXBvcnRfbmV3X25hbWVzIG5cbiAgICBKT0lOIHBlb3BsZSBvIE9OIG8ucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBsb3dlcihvLmZhbWlseV9uYW1lKSA9IG4uZmFtaWx5IEFORCBsb3dlcihvLmdpdmVuX25hbWVzKSA9IG4uZ2l2ZW5cbiAgICAgICAgICAgICAgICAgIEFORCBvLmRhdGVfb2ZfYmlydGggPSBuLmRvYiBBTkQgby5pZCA8IG4uaWQgQU5EIG8ubWVyZ2VkX2ludG9faWQgSVMgTlVMTFxuICAgIE9OIENPTkZMSUNUIChwZXJzb25faWQsIG90aGVyX3BlcnNvbl9pZCkgRE8gTk9USElOR2AuZXhlY3V0ZSh0cngpO1xuICBjb25zdCB0b3RhbCA9IE51bWJlcihcbiAgICAoYXdhaXQgc3FsPHsgbjogbnVtYmVyIH0+YFNFTEVDVCBjb3VudCgqKTo6aW50IEFTIG4gRlJPTSBpbXBvcnRfdGFyZ2V0cyB0IEpPSU4gaW1wb3J0X3Jvd3MgciBPTiByLnJvd19ubyA9IHQucm93X25vYC5leGVjdXRlKHRyeCkpLnJvd3NbMF0/Lm4gPz8gMCxcbiAgKTtcbiAgYXdhaXQgcmVmcmVzaFN0YXRpc3RpY3ModHJ4LCBbJ3Blb3BsZScsICdwZXJzb25faWRlbnRpZmllcnMnXSwgYWRkZWQpO1xuICByZXR1cm4geyBhZGRlZCwgdXBkYXRlZCwgdW5jaGFuZ2VkOiB0b3RhbCAtIGFkZGVkIC0gdXBkYXRlZCwgcmVzdHJpY3Rpb25zIH07XG59XG5cbi8qKlxuICogVGhlIHBlb3BsZSBhIGZpbGUgcmVzdHJpY3RzIChuZXcgb25lcyBtYXJrZWQgeWVzLCBzdG9yZWQgb25lcyBjaGFuZ2VkIHRvXG4gKiB5ZXMpIGFuZCB0aG9zZSB3aG9zZSByZXN0cmljdGlvbiBpdCBsaWZ0cy4gQSBsaWZ0ZWQgcmVzdHJpY3Rpb24gZHJvcHMgdGhlXG4gKiBuYW1lZCB1c2VyczsgYSBuZXcgb25lIG5hbWVzIHRoZSBpbXBvcnRpbmcgdXNlciwgc28gdGhleSBjYW4gbmFtZSBvdGhlcnMuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHJlc3RyaWN0aW9uQ2hhbmdlcyh0cng6IFRyeCwgY3R4OiBNZXJnZUNvbnRleHQpOiBQcm9taXNlPHsgcmVzdHJpY3RlZDogbnVtYmVyW107IGxpZnRlZDogbnVtYmVyW10gfT4ge1xuICBjb25zdCByb3dzID0gYXdhaXQgc3FsPHsgcGVyc29uX2lkOiBudW1iZXI7IHJlc3RyaWN0ZWQ6IGJvb2xlYW4gfT5gXG4gICAgU0VMRUNUIHQucGVyc29uX2lkLCByLnJlc3RyaWN0ZWQgRlJPTSBpbXBvcnRfdGFyZ2V0cyB0IEpPSU4gaW1wb3J0X3Jvd3MgciBPTiByLnJvd19ubyA9IHQucm93X25vIEpPSU4gcGVvcGxlIHBwIE9OIHBwLmlkID0gdC5wZXJzb25faWRcbiAgICBXSEVSRSByLnJlc3RyaWN0ZWQgSVMgTk9UIE5VTEwgQU5EICh0LmlzX25ldyBBTkQgci5yZXN0cmljdGVkIE9SIE5PVCB0LmlzX25ldyBBTkQgci5yZXN0cmljdGVkIDw+IHBwLnJlc3RyaWN0ZWQpXG4gICAgT1JERVIgQlkgdC5wZXJzb25faWRgLmV4ZWN1dGUodHJ4KTtcbiAgY29uc3QgcmVzdHJpY3RlZCA9IHJvd3Mucm93cy5maWx0ZXIoKHIpID0+IHIucmVzdHJpY3RlZCkubWFwKChyKSA9PiBOdW1iZXIoci5wZXJzb25faWQpKTtcbiAgY29uc3QgbGlmdGVkID0gcm93cy5yb3dzLmZpbHRlcigocikgPT4gIXIucmVzdHJpY3RlZCkubWFwKChyKSA9PiBOdW1iZXIoci5wZXJzb25faWQpKTtcbiAgaWYgKGxpZnRlZC5sZW5ndGgpIGF3YWl0IHNxbGBERUxFVEUgRlJPTSBwZXJzb25fYWNjZXNzIFdIRVJFIHBlcnNvbl9pZCA9IEFOWSgke2xpZnRlZH06OmJpZ2ludFtdKWAuZXhlY3V0ZSh0cngpO1xuICBpZiAocmVzdHJpY3RlZC5sZW5ndGggJiYgY3R4LnVzZXJJZCkge1xuICAgIGF3YWl0IHNxbGBJTlNFUlQgSU5UTyBwZXJzb25fYWNjZXNzIChwZXJzb25faWQsIHVzZXJfaWQpIFNFTEVDVCB1bm5lc3QoJHtyZXN0cmljdGVkfTo6YmlnaW50W10pLCAke2N0eC51c2VySWR9OjppbnRlZ2VyIE9OIENPTkZMSUNUIERPIE5PVEhJTkdgLmV4ZWN1dGUodHJ4KTtcbiAgfVxuICByZXR1cm4geyByZXN0cmljdGVkLCBsaWZ0ZWQgfTtcbn1cblxuLyoqXG4gKiBBZnRlciBhIGJ1bGsgbG9hZCB0aGUgcGxhbm5lcidzIHN0YXRpc3RpY3Mgc3RpbGwgZGVzY3JpYmUgdGhlIHRhYmxlIGFzIGl0XG4gKiB3YXMgKHBlcmhhcHMgZW1wdHkpLCBhbmQgdGhlIG5leHQgaW1wb3J0J3MgbG9va3VwcyB0aGVuIHNjYW4gaXQgcm93IGJ5IHJvdy5cbiAqIEFOQUxZWkUgc2FtcGxlcyB0aGUgdGFibGUsIHNvIGl0IGNvc3RzIGxpdHRsZSBldmVuIGF0IGZvcmNlIHNjYWxlLlxuICovXG5hc3luYyBmdW5jdGlvbiByZWZyZXNoU3RhdGlzdGljcyh0cng6IFRyeCwgdGFibGVzOiBzdHJpbmdbXSwgYWRkZWQ6IG51bWJlcik6IFByb21pc2U8dm9pZD4ge1xuICBpZiAoYWRkZWQgPCAxMDAwKSByZXR1cm47XG4gIGZvciAoY29uc3QgdCBvZiB0YWJsZXMpIGF3YWl0IHNxbGBBTkFMWVpFICR7cmF3KHQpfWAuZXhlY3V0ZSh0cngpO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gcGVvcGxlIG5hbWVkIGJ5IG90aGVyIGtpbmRzXG5cbmFzeW5jIGZ1bmN0aW9uIHJlc29sdmVQZW9wbGUodHJ4OiBUcngsIGN0eDogTWVyZ2VDb250ZXh0KTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IHAgPSBjdHgucGFydG5lcnNoaXBJZDtcbiAgLy8gVGhlIHJlYWRlciBuYW1lZCB0aGUgcGVyc29uIG9mIGV2ZXJ5IHJvdyB3aG9zZSBwZXJzb25fcmVmIGlzIGEgc3RvcmVkXG4gIC8vIHBlcnNvbidzLiBUaGUgcmVzdCAodXN1YWxseSBub25lKSBhcmUgbG9va2VkIHVwIGhlcmU6IGJ5IHBlcnNvbl9yZWYsIHRoZW5cbiAgLy8gYnkgYW5vdGhlciBzeXN0ZW0ncyBsb2NhbCBpZCwgdGhlbiBieSBQTkMgSUQuXG4gIGF3YWl0IHNxbGBDUkVBVEUgVEVNUCBUQUJMRSBpbXBvcnRfcGVvcGxlIChwZXJzb25fcmVmIHRleHQgTk9UIE5VTEwsIHBuY19pZCB0ZXh0IE5PVCBOVUxMLCBwZXJzb25faWQgYmlnaW50KSBPTiBDT01NSVQgRFJPUGAuZXhlY3V0ZSh0cngpO1xuICBjb25zdCBsZWZ0ID0gYXdhaXQgZXhlYyhcbiAgICB0cngsXG4gICAgc3FsYElOU0VSVCBJTlRPIGltcG9ydF9wZW9wbGUgKHBlcnNvbl9yZWYsIHBuY19pZCwgcGVyc29uX2lkKVxuICAgICAgU0VMRUNUIGsucGVyc29uX3JlZiwgay5wbmNfaWQsIGNvYWxlc2NlKHBwLm1lcmdlZF9pbnRvX2lkLCBwcC5pZClcbiAgICAgIEZST00gKFNFTEVDVCBESVNUSU5DVCBjb2FsZXNjZShwZXJzb25fcmVmLCAnJykgQVMgcGVyc29uX3JlZiwgY29hbGVzY2UocG5jX2lkLCAnJykgQVMgcG5jX2lkIEZST00gaW1wb3J0X3Jvd3MgV0hFUkUgcGVyc29uX2lkIElTIE5VTEwpIGtcbiAgICAgIExFRlQgSk9JTiBwZW9wbGUgcHAgT04gcHAucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBwcC5wZXJzb25fcmVmID0gay5wZXJzb25fcmVmYCxcbiAgKTtcbiAgaWYgKGxlZnQgPT09IDApIHJldHVybjtcbiAgYXdhaXQgc3FsYFVQREFURSBpbXBvcnRfcGVvcGxlIGsgU0VUIHBlcnNvbl9pZCA9IGNvYWxlc2NlKFxuICAgICAgKFNFTEVDVCBjb2FsZXNjZShwcC5tZXJnZWRfaW50b19pZCwgcHAuaWQpIEZST00gcGVyc29uX2lkZW50aWZpZXJzIGkgSk9JTiBwZW9wbGUgcHAgT04gcHAuaWQgPSBpLnBlcnNvbl9pZFxuICAgICAgICBXSEVSRSBpLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgaS5raW5kID0gJ2xvY2FsJyBBTkQgaS52YWx1ZSA9IGsucGVyc29uX3JlZiBMSU1JVCAxKSxcbiAgICAgIChTRUxFQ1QgY29hbGVzY2UocHAubWVyZ2VkX2ludG9faWQsIHBwLmlkKSBGUk9NIHBlcnNvbl9pZGVudGlmaWVycyBpIEpPSU4gcGVvcGxlIHBwIE9OIHBwLmlkID0gaS5wZXJzb25faWRcbiAgICAgICAgV0hFUkUgaS5wYXJ0bmVyc2hpcF9pZCA9ICR7cH0gQU5EIGkua2luZCA9ICdwbmMnIEFORCBpLnZhbHVlID0gay5wbmNfaWQgTElNSVQgMSkpXG4gICAgV0hFUkUgay5wZXJzb25faWQgSVMgTlVMTGAuZXhlY3V0ZSh0cngpO1xuICBhd2FpdCBzcWxgQU5BTFlaRSBpbXBvcnRfcGVvcGxlYC5leGVjdXRlKHRyeCk7XG4gIGF3YWl0IHNxbGBVUERBVEUgaW1wb3J0X3Jvd3MgciBTRVQgcGVyc29uX2lkID0gbS5wZXJzb25faWRcbiAgICBGUk9NIGltcG9ydF9wZW9wbGUgbVxuICAgIFdIRVJFIHIucGVyc29uX2lkIElTIE5VTEwgQU5EIG0ucGVyc29uX3JlZiA9IGNvYWxlc2NlKHIucGVyc29uX3JlZiwgJycpIEFORCBtLnBuY19pZCA9IGNvYWxlc2NlKHIucG5jX2lkLCAnJykgQU5EIG0ucGVyc29uX2lkIElTIE5PVCBOVUxMYC5leGVjdXRlKHRyeCk7XG4gIGF3YWl0IHNxbGBJTlNFUlQgSU5UTyBpbXBvcnRfcHJvYmxlbXMgKHJvd19ubywgZmllbGQsIHZhbHVlLCByZWFzb24pXG4gICAgU0VMRUNUIHIucm93X25vLFxuICAgICAgQ0FTRSBXSEVOIHIucGVyc29uX3JlZiBJUyBOT1QgTlVMTCBUSEVOICdwZXJzb25fcmVmJyBFTFNFICdwbmNfaWQnIEVORCxcbiAgICAgIGNvYWxlc2NlKHIucGVyc29uX3JlZiwgci5wbmNfaWQpLFxuICAgICAgQ0FTRSBXSEVOIHIucGVyc29uX3JlZiBJUyBOT1QgTlVMTCBUSEVOIHIucGVyc29uX3JlZiB8fCAnIGlzIG5vdCBhIGtub3duIHBlcnNvbiAoaW1wb3J0IHRoZSBwZW9wbGUgZmlsZSBmaXJzdCknXG4gICAgICAgICAgIEVMU0Ugci5wbmNfaWQgfHwgJyBpcyBub3QgdGhlIFBOQyBJRCBvZiBhIGtub3duIHBlcnNvbicgRU5EXG4gICAgRlJPTSBpbXBvcnRfcm93cyByXG4gICAgV0hFUkUgci5wZXJzb25faWQgSVMgTlVMTGAuZXhlY3V0ZSh0cngpO1xufVxuXG4vKipcbiAqIFRoZSBzdG9yZWQgNS1kaWdpdCBjb2RlIGZvciBzdGFnZWQgcm93IHIncyBub3JtYWxpc2VkIGNvZGUsIHdoZW4gdGhlXG4gKiByZWZlcmVuY2UgZGF0YSBrbm93cyBpdDogYSBMRUZUIEpPSU4gKG9uZSBoYXNoIGpvaW4gZm9yIHRoZSB3aG9sZSBmaWxlLFxuICogbm90IGEgbG9va3VwIHBlciByb3cpIGFuZCB0aGUgZXhwcmVzc2lvbiBvdmVyIGl0LlxuICovXG5mdW5jdGlvbiBjb2RlSm9pbihjdHg6IE1lcmdlQ29udGV4dCwgbm9ybUNvbDogc3RyaW5nKTogeyBqb2luOiBSYXdCdWlsZGVyPHVua25vd24+OyBjb2RlOiBSYXdCdWlsZGVyPHVua25vd24+IH0ge1xuICByZXR1cm4gY3R4Lm9mZmVuY2VDb2Rlc0xvYWRlZFxuICAgID8geyBqb2luOiBzcWxgTEVGVCBKT0lOIG9mZmVuY2VfY29kZXMgb2MgT04gb2MuY29kZSA9IHIuJHtyYXcobm9ybUNvbCl9YCwgY29kZTogc3FsYG9jLmNvZGVgIH1cbiAgICA6IHtcbiAgICAgICAgam9pbjogc3FsYExFRlQgSk9JTiBvZmZlbmNlX2dyb3VwcyBvYyBPTiBvYy5ncm91cF9jb2RlID0gc3Vic3RyKHIuJHtyYXcobm9ybUNvbCl9LCAxLCAzKWAsXG4gICAgICAgIGNvZGU6IHNxbGBDQVNFIFdIRU4gb2MuZ3JvdXBfY29kZSBJUyBOT1QgTlVMTCBUSEVOIHIuJHtyYXcobm9ybUNvbCl9IEVORGAsXG4gICAgICB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gZXZlbnRzXG5cbi8qKiBTUUwgdHlwZXMgb2YgdGhlIHN0b3JlZCBhdHRyaWJ1dGUgY29sdW1ucywgZm9yIHRoZSBtYXRjaGVkIHRhYmxlJ3Mgc2hhcGUuICovXG5jb25zdCBBVFRSX1RZUEVTOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICBvdXRjb21lOiAndGV4dCcsXG4gIG91dGNvbWVfcmF3OiAndGV4dCcsXG4gIG9mZmVuY2VfY29kZTogJ3RleHQnLFxuICBvZmZlbmNlX2NvZGVfa25vd246ICdib29sZWFuJyxcbiAgb2ZmZW5jZV9kZXNjcmlwdGlvbjogJ3RleHQnLFxuICBkaXNwb3NhbDogJ3RleHQnLFxuICBkaXNwb3NhbF9yYXc6ICd0ZXh0JyxcbiAgc2VudGVuY2VfZGF5czogJ2ludGVnZXInLFxuICBjb3VydDogJ3RleHQnLFxuICBncmFkaW5nOiAndGV4dCcsXG4gIG9waWF0ZXM6ICdib29sZWFuJyxcbiAgY29jYWluZTogJ2Jvb2xlYW4nLFxuICB0cmlnZ2VyX29mZmVuY2VfY29kZTogJ3RleHQnLFxufTtcbmZ1bmN0aW9uIGF0dHJUeXBlKF90YWJsZTogc3RyaW5nLCBjb2w6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IHQgPSBBVFRSX1RZUEVTW2NvbF07XG4gIGlmICghdCkgdGhyb3cgbmV3IEVycm9yKGBubyB0eXBlIGZvciAke2NvbH1gKTtcbiAgcmV0dXJuIHQ7XG59XG5cbmludGVyZmFjZSBFdmVudENvbmZpZyB7XG4gIHRhYmxlOiBzdHJpbmc7XG4gIC8qKiBLZXkgY29sdW1ucyBiZXNpZGVzIHBlcnNvbl9pZCBhbmQga2V5X3NlcTsgbnVsbGFibGUgb25lcyBjb21wYXJlIHRocm91Z2ggY29hbGVzY2UuICovXG4gIGtleXM6IHsgY29sOiBzdHJpbmc7IG51bGxhYmxlOiBib29sZWFuIH1bXTtcbiAgLyoqIFRoZSBzdGFnZWQgbm9ybWFsaXNlZCBvZmZlbmNlIGNvZGUgbG9va2VkIHVwIGFzIGBjb2RlYCAoam9pbmVkIGFzIG9jKSwgaWYgYW55LiAqL1xuICBjb2RlTm9ybT86IHN0cmluZztcbiAgLyoqIEF0dHJpYnV0ZSBjb2x1bW5zIGFuZCB0aGUgZXhwcmVzc2lvbiAob3ZlciBzdGFnaW5nIHJvdyByLCBhbmQgYGNvZGVgKSB0aGF0IGZpbGxzIGVhY2guICovXG4gIGF0dHJzOiAoY29kZTogUmF3QnVpbGRlcjx1bmtub3duPikgPT4gW3N0cmluZywgUmF3QnVpbGRlcjx1bmtub3duPl1bXTtcbn1cblxuY29uc3QgRVZFTlRTOiBQYXJ0aWFsPFJlY29yZDxJbXBvcnRLaW5kLCBFdmVudENvbmZpZz4+ID0ge1xuICBvdXRjb21lczoge1xuICAgIHRhYmxlOiAnb3V0Y29tZXMnLFxuICAgIGtleXM6IFtcbiAgICAgIHsgY29sOiAnb2ZmZW5jZV9kYXRlJywgbnVsbGFibGU6IGZhbHNlIH0sXG4gICAgICB7IGNvbDogJ291dGNvbWVfZGF0ZScsIG51bGxhYmxlOiBmYWxzZSB9LFxuICAgICAgeyBjb2w6ICdvZmZlbmNlX2NvZGVfcmF3JywgbnVsbGFibGU6IGZhbHNlIH0sXG4gICAgXSxcbiAgICBjb2RlTm9ybTogJ29mZmVuY2VfY29kZV9ub3JtJyxcbiAgICBhdHRyczogKGNvZGUpID0+IFtcbiAgICAgIFsnb3V0Y29tZScsIHNxbGByLm91dGNvbWVgXSxcbiAgICAgIFsnb3V0Y29tZV9yYXcnLCBzcWxgci5vdXRjb21lX3Jhd2BdLFxuICAgICAgWydvZmZlbmNlX2NvZGUnLCBjb2RlXSxcbiAgICAgIFsnb2ZmZW5jZV9jb2RlX2tub3duJywgc3FsYCgke2NvZGV9KSBJUyBOT1QgTlVMTGBdLFxuICAgICAgWydvZmZlbmNlX2Rlc2NyaXB0aW9uJywgc3FsYHIub2ZmZW5jZV9kZXNjcmlwdGlvbmBdLFxuICAgICAgWydkaXNwb3NhbCcsIHNxbGByLmRpc3Bvc2FsYF0sXG4gICAgICBbJ2Rpc3Bvc2FsX3JhdycsIHNxbGByLmRpc3Bvc2FsX3Jhd2BdLFxuICAgICAgWydzZW50ZW5jZV9kYXlzJywgc3FsYHIuc2VudGVuY2VfZGF5c2BdLFxuICAgICAgWydjb3VydCcsIHNxbGByLmNvdXJ0YF0sXG4gICAgXSxcbiAgfSxcbiAgYXJyZXN0czoge1xuICAgIHRhYmxlOiAnYXJyZXN0cycsXG4gICAga2V5czogW1xuICAgICAgeyBjb2w6ICdhcnJlc3RfZGF0ZScsIG51bGxhYmxlOiBmYWxzZSB9LFxuICAgICAgeyBjb2w6ICdvZmZlbmNlX2NvZGVfcmF3JywgbnVsbGFibGU6IHRydWUgfSxcbiAgICBdLFxuICAgIGNvZGVOb3JtOiAnb2ZmZW5jZV9jb2RlX25vcm0nLFxuICAgIGF0dHJzOiAoY29kZSkgPT4gW1xuICAgICAgWydvZmZlbmNlX2NvZGUnLCBjb2RlXSxcbiAgICAgIFsnb3V0Y29tZScsIHNxbGByLm91dGNvbWVgXSxcbiAgICAgIFsnb3V0Y29tZV9yYXcnLCBzcWxgci5vdXRjb21lX3Jhd2BdLFxuICAgIF0sXG4gIH0sXG4gIGludGVsbGlnZW5jZToge1xuICAgIHRhYmxlOiAnaW50ZWxsaWdlbmNlX3JlcG9ydHMnLFxuICAgIGtleXM6IFtcbiAgICAgIHsgY29sOiAncmVwb3J0X2RhdGUnLCBudWxsYWJsZTogZmFsc2UgfSxcbiAgICAgIHsgY29sOiAndG9waWMnLCBudWxsYWJsZTogdHJ1ZSB9LFxuICAgIF0sXG4gICAgYXR0cnM6ICgpID0+IFtbJ2dyYWRpbmcnLCBzcWxgci5ncmFkaW5nYF1dLFxuICB9LFxuICBkcnVnX3Rlc3RzOiB7XG4gICAgdGFibGU6ICdkcnVnX3Rlc3RzJyxcbiAgICBrZXlzOiBbeyBjb2w6ICd0ZXN0X2RhdGUnLCBudWxsYWJsZTogZmFsc2UgfV0sXG4gICAgYXR0cnM6ICgpID0+IFtcbiAgICAgIFsnb3BpYXRlcycsIHNxbGByLm9waWF0ZXNgXSxcbiAgICAgIFsnY29jYWluZScsIHNxbGByLmNvY2FpbmVgXSxcbiAgICAgIFsndHJpZ2dlcl9vZmZlbmNlX2NvZGUnLCBzcWxgY29hbGVzY2Uoci50cmlnZ2VyX29mZmVuY2VfY29kZV9ub3JtLCByLnRyaWdnZXJfb2ZmZW5jZV9jb2RlX3JhdylgXSxcbiAgICBdLFxuICB9LFxufTtcblxuLyoqXG4gKiBSdW5zIG9uZSBzdGF0ZW1lbnQgd2l0aCBhIHBsYW5uZXIgc2V0dGluZyBjaGFuZ2VkLCB0aGVuIHB1dHMgaXQgYmFjayAoYVxuICogU0VUIExPQ0FMIHdvdWxkIGxhc3QgdG8gdGhlIGVuZCBvZiB0aGUgaW1wb3J0J3MgdHJhbnNhY3Rpb24pLlxuICovXG5hc3luYyBmdW5jdGlvbiB3aXRoU2V0dGluZzxUPih0cng6IFRyeCwgbmFtZTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCBydW46ICgpID0+IFByb21pc2U8VD4pOiBQcm9taXNlPFQ+IHtcbiAgY29uc3QgYmVmb3JlID0gKGF3YWl0IHNxbDx7IHY6IHN0cmluZyB9PmBTRUxFQ1QgY3VycmVudF9zZXR0aW5nKCR7bmFtZX0pIEFTIHZgLmV4ZWN1dGUodHJ4KSkucm93c1swXSEudjtcbiAgYXdhaXQgc3FsYFNFTEVDVCBzZXRfY29uZmlnKCR7bmFtZX0sICR7dmFsdWV9LCB0cnVlKWAuZXhlY3V0ZSh0cngpO1xuICB0cnkge1xuICAgIHJldHVybiBhd2FpdCBydW4oKTtcbiAgfSBmaW5hbGx5IHtcbiAgICBhd2FpdCBzcWxgU0VMRUNUIHNldF9jb25maWcoJHtuYW1lfSwgJHtiZWZvcmV9LCB0cnVlKWAuZXhlY3V0ZSh0cngpO1xuICB9XG59XG5cbmFzeW5jIGZ1bmN0aW9uIG1lcmdlRXZlbnRzKHRyeDogVHJ4LCBjZmc6IEV2ZW50Q29uZmlnLCBjdHg6IE1lcmdlQ29udGV4dCk6IFByb21pc2U8TWVyZ2VDb3VudHM+IHtcbiAgY29uc3QgcCA9IGN0eC5wYXJ0bmVyc2hpcElkO1xuICBjb25zdCBjb2RlcyA9IGNmZy5jb2RlTm9ybSA/IGNvZGVKb2luKGN0eCwgY2ZnLmNvZGVOb3JtKSA6IHsgam9pbjogc3FsYGAsIGNvZGU6IHNxbGBOVUxMYCB9O1xuICBjb25zdCBhdHRycyA9IGNmZy5hdHRycyhjb2Rlcy5jb2RlKTtcbiAgY29uc3Qga2V5Q29scyA9IGNmZy5rZXlzLm1hcCgoaykgPT4gay5jb2wpO1xuICBjb25zdCBzcmNDb2xzID0gc3FsLmpvaW4oWy4uLmtleUNvbHMubWFwKChjKSA9PiBzcWxgci4ke3JhdyhjKX0gQVMgJHtyYXcoYyl9YCksIC4uLmF0dHJzLm1hcCgoW2MsIGVdKSA9PiBzcWxgJHtlfSBBUyAke3JhdyhjKX1gKV0pO1xuICBjb25zdCBwYXJ0aXRpb24gPSBrZXlDb2xzLm1hcCgoYykgPT4gYHIuJHtjfWApLmpvaW4oJywgJyk7XG4gIGNvbnN0IGtleU1hdGNoID0gKHg6IHN0cmluZykgPT5cbiAgICBzcWwuam9pbihcbiAgICAgIGNmZy5rZXlzLm1hcCgoaykgPT5cbiAgICAgICAgay5udWxsYWJsZSA/IHNxbGBjb2FsZXNjZShlLiR7cmF3KGsuY29sKX0sICcnKSA9IGNvYWxlc2NlKCR7cmF3KHgpfS4ke3JhdyhrLmNvbCl9LCAnJylgIDogc3FsYGUuJHtyYXcoay5jb2wpfSA9ICR7cmF3KHgpfS4ke3JhdyhrLmNvbCl9YCxcbiAgICAgICksXG4gICAgICBzcWxgIEFORCBgLFxuICAgICk7XG4gIGNvbnN0IGF0dHJOYW1lcyA9IGF0dHJzLm1hcCgoW2NdKSA9PiBjKTtcbiAgY29uc3QgY29scyA9IFsuLi5rZXlDb2xzLCAuLi5hdHRyTmFtZXNdLmpvaW4oJywgJyk7XG4gIGNvbnN0IHRhYmxlID0gcmF3KGNmZy50YWJsZSk7XG4gIC8vIFRoZSBzdGFnZWQgcm93cyB3aXRoIHRoZWlyIHBlcnNvbiBhbmQga2V5X3NlcS4gT25lIHNvcnQsIGJ5IHBlcnNvbiBhbmRcbiAgLy8ga2V5LCBudW1iZXJzIHRoZSByb3dzIGFuZCBhbHNvIG9yZGVycyB0aGVtIGZvciB0aGUgdGFibGUncyBwZXJzb24gaW5kZXguXG4gIGNvbnN0IHNyYyA9IHNxbGBTRUxFQ1Qgci5wZXJzb25faWQsICR7c3JjQ29sc30sXG4gICAgICByb3dfbnVtYmVyKCkgT1ZFUiAoUEFSVElUSU9OIEJZIHIucGVyc29uX2lkLCAke3JhdyhwYXJ0aXRpb24pfSBPUkRFUiBCWSByLnJvd19ubykgQVMga2V5X3NlcVxuICAgIEZST00gaW1wb3J0X3Jvd3MgciAke2NvZGVzLmpvaW59YDtcbiAgLy8gV2hldGhlciBhbnkgc3RhZ2VkIHJvdyBzaGFyZXMgaXRzIGtleSAoYnV0IGZvciBrZXlfc2VxKSB3aXRoIGEgc3RvcmVkXG4gIC8vIHJvdy4gVXN1YWxseSBub25lIGRvZXMgKGEgZmlsZSBvZiBuZXcgZXZlbnRzKSwgYW5kIHRoZW4gZXZlcnkgcm93IGlzIG5ldzpcbiAgLy8gbm8gcm93LWJ5LXJvdyBtYXRjaGluZywgYW5kIHRoZSByb3dzIGdvIGluIHdpdGggb25lIHN0YXRlbWVudC4gKEEgaGFzaFxuICAvLyBqb2luOiB0aGUgZXN0aW1hdGUgb2YgdGhlIHN0YWdlZCByb3dzJyBwZW9wbGUgaXMgZmFyIHRvbyBsb3csIHNvIHRoZVxuICAvLyBwbGFubmVyIHdvdWxkIG90aGVyd2lzZSBwcm9iZSB0aGUgaW5kZXggb25jZSBwZXIgc3RhZ2VkIHJvdy4pXG4gIGNvbnN0IGNsYXNoID0gYXdhaXQgd2l0aFNldHRpbmcodHJ4LCAnZW5hYmxlX25lc3Rsb29wJywgJ29mZicsIGFzeW5jICgpID0+XG4gICAgQm9vbGVhbihcbiAgICAgIChcbiAgICAgICAgYXdhaXQgc3FsPHsgY2xhc2g6IGJvb2xlYW4gfT5gU0VMRUNUIEVYSVNUUyAoXG4gICAgICAgICAgU0VMRUNUIDEgRlJPTSBpbXBvcnRfcm93cyByXG4gICAgICAgICAgSk9JTiAke3RhYmxlfSBlIE9OIGUucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBlLnBlcnNvbl9pZCA9IHIucGVyc29uX2lkIEFORCAke2tleU1hdGNoKCdyJyl9KSBBUyBjbGFzaGAuZXhlY3V0ZSh0cngpXG4gICAgICApLnJvd3NbMF0/LmNsYXNoLFxuICAgICksXG4gICk7XG4gIGlmIChjbGFzaCkgcmV0dXJuIG1lcmdlRXZlbnRzQnlLZXkodHJ4LCBjZmcsIGN0eCwgeyBzcmMsIGtleU1hdGNoOiBrZXlNYXRjaCgncycpLCBhdHRyTmFtZXMsIGtleUNvbHMgfSk7XG4gIGNvbnN0IHNraXBwZWQgPSBhd2FpdCBza2lwS2V5Q2hlY2tzKHRyeCwgY2ZnLnRhYmxlLCBjdHgsIHNxbGBTRUxFQ1QgRElTVElOQ1QgcGVyc29uX2lkIEZST00gaW1wb3J0X3Jvd3NgKTtcbiAgY29uc3QgYWRkZWQgPSBhd2FpdCBleGVjKFxuICAgIHRyeCxcbiAgICBzcWxgSU5TRVJUIElOVE8gJHt0YWJsZX0gKHBhcnRuZXJzaGlwX2lkLCBwZXJzb25faWQsIGtleV9zZXEsIGltcG9ydF9pZCwgJHtyYXcoY29scyl9KVxuICAgICAgU0VMRUNUICR7cH0sIHMucGVyc29uX2lkLCBzLmtleV9zZXEsICR7Y3R4LmltcG9ydElkfSwgJHtyYXcoa2V5Q29scy5jb25jYXQoYXR0ck5hbWVzKS5tYXAoKGMpID0+IGBzLiR7Y31gKS5qb2luKCcsICcpKX1cbiAgICAgIEZST00gKCR7c3JjfSkgc1xuICAgICAgT1JERVIgQlkgcy5wZXJzb25faWQsICR7cmF3KGtleUNvbHMubWFwKChjKSA9PiBgcy4ke2N9YCkuam9pbignLCAnKSl9YCxcbiAgKTtcbiAgaWYgKHNraXBwZWQpIGF3YWl0IHJlc3RvcmVLZXlDaGVja3ModHJ4KTtcbiAgYXdhaXQgcmVmcmVzaFN0YXRpc3RpY3ModHJ4LCBbY2ZnLnRhYmxlXSwgYWRkZWQpO1xuICByZXR1cm4geyBhZGRlZCwgdXBkYXRlZDogMCwgdW5jaGFuZ2VkOiAwIH07XG59XG5cbi8qKlxuICogVGhlIGdlbmVyYWwgbWVyZ2UsIGZvciBhIGZpbGUgc29tZSBvZiB3aG9zZSByb3dzIG1heSBhbHJlYWR5IGJlIHN0b3JlZDpcbiAqIHN0YWdlZCByb3dzIHdpdGggdGhlaXIgcGVyc29uIGFuZCBrZXlfc2VxLCBtYXRjaGVkIHRvIHN0b3JlZCByb3dzIGJ5XG4gKiBuYXR1cmFsIGtleSwgdGhlbiB1cGRhdGVkIHdoZXJlIGNoYW5nZWQgYW5kIGFkZGVkIHdoZXJlIG5ldy5cbiAqL1xuYXN5bmMgZnVuY3Rpb24gbWVyZ2VFdmVudHNCeUtleShcbiAgdHJ4OiBUcngsXG4gIGNmZzogRXZlbnRDb25maWcsXG4gIGN0eDogTWVyZ2VDb250ZXh0LFxuICBxOiB7IHNyYzogUmF3QnVpbGRlcjx1bmtub3duPjsga2V5TWF0Y2g6IFJhd0J1aWxkZXI8dW5rbm93bj47IGF0dHJOYW1lczogc3RyaW5nW107IGtleUNvbHM6IHN0cmluZ1tdIH0sXG4pOiBQcm9taXNlPE1lcmdlQ291bnRzPiB7XG4gIGNvbnN0IHAgPSBjdHgucGFydG5lcnNoaXBJZDtcbiAgY29uc3QgeyBhdHRyTmFtZXMsIGtleUNvbHMgfSA9IHE7XG4gIGNvbnN0IGVBdHRycyA9IGF0dHJOYW1lcy5tYXAoKGMpID0+IGBlLiR7Y31gKS5qb2luKCcsICcpO1xuICBjb25zdCBzQXR0cnMgPSBhdHRyTmFtZXMubWFwKChjKSA9PiBgcy4ke2N9YCkuam9pbignLCAnKTtcbiAgY29uc3Qgc2V0cyA9IGF0dHJOYW1lcy5tYXAoKGMpID0+IGAke2N9ID0gbS4ke2N9YCkuam9pbignLCAnKTtcbiAgY29uc3QgY29scyA9IFsuLi5rZXlDb2xzLCAuLi5hdHRyTmFtZXNdLmpvaW4oJywgJyk7XG4gIGNvbnN0IHRhYmxlID0gcmF3KGNmZy50YWJsZSk7XG4gIC8vIEEgcmVhbCB0YWJsZSAobm90IGEgQ1RFKSBzbyB0aGUgcGxhbm5lciBzZWVzIGl0cyBzaXplLlxuICBhd2FpdCBzcWxgQ1JFQVRFIFRFTVAgVEFCTEUgaW1wb3J0X21hdGNoZWQgT04gQ09NTUlUIERST1AgQVNcbiAgICBTRUxFQ1QgTlVMTDo6YmlnaW50IEFTIHBlcnNvbl9pZCwgJHtyYXcoa2V5Q29scy5qb2luKCcsICcpKX0sIE5VTEw6OmludGVnZXIgQVMga2V5X3NlcSwgJHtyYXcoYXR0ck5hbWVzLm1hcCgoYykgPT4gYE5VTEw6OiR7YXR0clR5cGUoY2ZnLnRhYmxlLCBjKX0gQVMgJHtjfWApLmpvaW4oJywgJykpfSxcbiAgICAgICAgICAgTlVMTDo6YmlnaW50IEFTIGV4aXN0aW5nX2lkLCBmYWxzZSBBUyBjaGFuZ2VkXG4gICAgRlJPTSBpbXBvcnRfcm93cyByIFdJVEggTk8gREFUQWAuZXhlY3V0ZSh0cngpO1xuICBhd2FpdCBzcWxgSU5TRVJUIElOVE8gaW1wb3J0X21hdGNoZWRcbiAgICBXSVRIIHNyYyBBUyAoJHtxLnNyY30pXG4gICAgU0VMRUNUIHMucGVyc29uX2lkLCAke3JhdyhrZXlDb2xzLm1hcCgoYykgPT4gYHMuJHtjfWApLmpvaW4oJywgJykpfSwgcy5rZXlfc2VxLCAke3JhdyhzQXR0cnMpfSxcbiAgICAgICAgICAgZS5pZCwgKCR7cmF3KGVBdHRycyl9KSBJUyBESVNUSU5DVCBGUk9NICgke3JhdyhzQXR0cnMpfSlcbiAgICBGUk9NIHNyYyBzIExFRlQgSk9JTiAke3RhYmxlfSBlIE9OIGUucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBlLnBlcnNvbl9pZCA9IHMucGVyc29uX2lkIEFORCAke3Eua2V5TWF0Y2h9IEFORCBlLmtleV9zZXEgPSBzLmtleV9zZXFgLmV4ZWN1dGUodHJ4KTtcbiAgYXdhaXQgc3FsYEFOQUxZWkUgaW1wb3J0X21hdGNoZWRgLmV4ZWN1dGUodHJ4KTtcbiAgY29uc3QgY291bnRzID0gKFxuICAgIGF3YWl0IHNxbDx7IHRvdGFsOiBudW1iZXI7IGNoYW5nZWQ6IG51bWJlcjsgZnJlc2g6IG51bWJlciB9PmBcbiAgICAgIFNFTEVDVCBjb3VudCgqKTo6aW50IEFTIHRvdGFsLCAoY291bnQoKikgRklMVEVSIChXSEVSRSBjaGFuZ2VkIEFORCBleGlzdGluZ19pZCBJUyBOT1QgTlVMTCkpOjppbnQgQVMgY2hhbmdlZCwgKGNvdW50KCopIEZJTFRFUiAoV0hFUkUgZXhpc3RpbmdfaWQgSVMgTlVMTCkpOjppbnQgQVMgZnJlc2hcbiAgICAgIEZST00gaW1wb3J0X21hdGNoZWRgLmV4ZWN1dGUodHJ4KVxuICApLnJvd3NbMF0hO1xuICBjb25zdCBza2lwcGVkID0gY291bnRzLmZyZXNoID4gMCAmJiAoYXdhaXQgc2tpcEtleUNoZWNrcyh0cngsIGNmZy50YWJsZSwgY3R4LCBzcWxgU0VMRUNUIERJU1RJTkNUIHBlcnNvbl9pZCBGUk9NIGltcG9ydF9tYXRjaGVkIFdIRVJFIGV4aXN0aW5nX2lkIElTIE5VTExgKSk7XG4gIC8vIChBIGpvaW4gdGhhdCB3b3VsZCBjaGFuZ2Ugbm90aGluZyBjYW4gc3RpbGwgY29zdCBhIHNjYW4gb2YgdGhlIHdob2xlIHRhYmxlLilcbiAgY29uc3QgdXBkYXRlZCA9XG4gICAgY291bnRzLmNoYW5nZWQgPT09IDBcbiAgICAgID8gMFxuICAgICAgOiBhd2FpdCBleGVjKFxuICAgICAgICAgIHRyeCxcbiAgICAgICAgICBzcWxgVVBEQVRFICR7dGFibGV9IGUgU0VUICR7cmF3KHNldHMpfSwgaW1wb3J0X2lkID0gJHtjdHguaW1wb3J0SWR9XG4gICAgICAgICAgICBGUk9NIGltcG9ydF9tYXRjaGVkIG0gV0hFUkUgZS5pZCA9IG0uZXhpc3RpbmdfaWQgQU5EIG0uY2hhbmdlZCBBTkQgZS5wYXJ0bmVyc2hpcF9pZCA9ICR7cH1gLFxuICAgICAgICApO1xuICBjb25zdCBhZGRlZCA9XG4gICAgY291bnRzLmZyZXNoID09PSAwXG4gICAgICA/IDBcbiAgICAgIDogYXdhaXQgZXhlYyhcbiAgICAgICAgICB0cngsXG4gICAgICAgICAgc3FsYElOU0VSVCBJTlRPICR7dGFibGV9IChwYXJ0bmVyc2hpcF9pZCwgcGVyc29uX2lkLCBrZXlfc2VxLCBpbXBvcnRfaWQsICR7cmF3KGNvbHMpfSlcbiAgICAgICAgICAgIFNFTEVDVCAke3B9LCBwZXJzb25faWQsIGtleV9zZXEsICR7Y3R4LmltcG9ydElkfSwgJHtyYXcoY29scyl9IEZST00gaW1wb3J0X21hdGNoZWQgV0hFUkUgZXhpc3RpbmdfaWQgSVMgTlVMTFxuICAgICAgICAgICAgT1JERVIgQlkgcGVyc29uX2lkLCAke3JhdyhrZXlDb2xzWzBdISl9YCxcbiAgICAgICAgKTtcbiAgaWYgKHNraXBwZWQpIGF3YWl0IHJlc3RvcmVLZXlDaGVja3ModHJ4KTtcbiAgYXdhaXQgcmVmcmVzaFN0YXRpc3RpY3ModHJ4LCBbY2ZnLnRhYmxlXSwgYWRkZWQpO1xuICByZXR1cm4geyBhZGRlZCwgdXBkYXRlZCwgdW5jaGFuZ2VkOiBjb3VudHMudG90YWwgLSBhZGRlZCAtIHVwZGF0ZWQgfTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIGZvcmVpZ24ta2V5IGNoZWNrc1xuXG4vKiogVGFibGVzIGFuIGV2ZW50IHJvdyBtYXkgcmVmZXJlbmNlOyB0aGVpciBrZXlzIGFyZSBsb2NrZWQgYW5kIGNoZWNrZWQgaGVyZSwgc2V0LWJhc2VkLiAqL1xuY29uc3QgRVZFTlRfUkVGRVJFTkNFUyA9IFsncGFydG5lcnNoaXBzJywgJ3Blb3BsZScsICdpbXBvcnRzJ107XG5cbi8qKlxuICogV2hldGhlciB0aGUgcm93cyBhYm91dCB0byBiZSB3cml0dGVuIHRvIGFuIGV2ZW50IHRhYmxlIG1heSBza2lwIGl0c1xuICogcGVyLXJvdyBmb3JlaWduLWtleSB0cmlnZ2VycywgYW5kIGlmIHNvIHN3aXRjaGVzIHRoZW0gb2ZmIGZvciB0aGlzXG4gKiB0cmFuc2FjdGlvbiAoU0VUIExPQ0FMIHNlc3Npb25fcmVwbGljYXRpb25fcm9sZSA9IHJlcGxpY2EpIHVudGlsXG4gKiByZXN0b3JlS2V5Q2hlY2tzLiBFYWNoIHRyaWdnZXIgd291bGQgbG9vayB1cCBhbmQgbG9jayAoRk9SIEtFWSBTSEFSRSkgdGhlXG4gKiByZWZlcmVuY2VkIHJvdyBvbmNlIHBlciBpbnNlcnRlZCByb3c6IGEgbWlsbGlvbiBsb29rdXBzIGZvciBhIG1pbGxpb24gcm93cyxcbiAqIG1vc3Qgb2YgYW4gaW1wb3J0J3MgdGltZS4gSGVyZSB0aGUgc2FtZSBsb2NrcyBhcmUgdGFrZW4gb25jZSBwZXIgcmVmZXJlbmNlZFxuICogcm93IGluIHRocmVlIHN0YXRlbWVudHMsIGFuZCBhIGxvY2sgdGhhdCBmaW5kcyBpdHMgcm93IGdvbmUgKGRlbGV0ZWQgc2luY2VcbiAqIHRoZSBwZW9wbGUgd2VyZSByZXNvbHZlZCkgbWVhbnMgdGhlIHRyaWdnZXJzIHN0YXkgb24sIHNvIHRoZSBkYXRhYmFzZSBzdGlsbFxuICogcmVmdXNlcyB0aGUgb3JwaGFuLiBUaGUgbG9ja3MgbGFzdCB1bnRpbCBjb21taXQsIGFzIHRoZSB0cmlnZ2Vycycgd291bGQsIHNvXG4gKiBubyBvdGhlciB0cmFuc2FjdGlvbiBjYW4gZGVsZXRlIGEgcGVyc29uIG9yIGNoYW5nZSBhIGtleSB1bmRlciB0aGUgaW1wb3J0LlxuICogT25seSBmb3IgYSB0YWJsZSB3aG9zZSBmb3JlaWduIGtleXMgYWxsIHBvaW50IGF0IEVWRU5UX1JFRkVSRU5DRVMgYW5kIHRoYXRcbiAqIGhhcyBubyB0cmlnZ2VycyBvZiBpdHMgb3duIChyZXBsaWNhIG1vZGUgd291bGQgc2lsZW5jZSB0aG9zZSB0b28pLlxuICogU2V0dGluZyB0aGUgcGFyYW1ldGVyIG5lZWRzIGEgc3VwZXJ1c2VyIChvciwgZnJvbSBQb3N0Z3JlU1FMIDE1LCBHUkFOVCBTRVRcbiAqIE9OIFBBUkFNRVRFUiBzZXNzaW9uX3JlcGxpY2F0aW9uX3JvbGUpOyB3aGVyZSBpdCBpcyByZWZ1c2VkLCB0aGUgaW1wb3J0XG4gKiBydW5zIHdpdGggdGhlIHRyaWdnZXJzLCBtb3JlIHNsb3dseSBhbmQganVzdCBhcyBjb3JyZWN0bHkuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBza2lwS2V5Q2hlY2tzKHRyeDogVHJ4LCB0YWJsZTogc3RyaW5nLCBjdHg6IE1lcmdlQ29udGV4dCwgcGVyc29uSWRzOiBSYXdCdWlsZGVyPHVua25vd24+KTogUHJvbWlzZTxib29sZWFuPiB7XG4gIC8vIHBlcnNvbklkczogYSBxdWVyeSBvZiBkaXN0aW5jdCBwZXJzb25faWQsIG9uZSByb3cgcGVyIHBlcnNvbiB0aGUgbmV3IHJvd3MgcmVmZXJlbmNlLlxuICBjb25zdCBwID0gY3R4LnBhcnRuZXJzaGlwSWQ7XG4gIGNvbnN0IHMgPSBhd2FpdCBrZXlTaGFwZSh0cngsIHRhYmxlKTtcbiAgaWYgKHMudHJpZ2dlcnMgPiAwIHx8ICFzLnJlZmVyZW5jZXMuZXZlcnkoKHIpID0+IEVWRU5UX1JFRkVSRU5DRVMuaW5jbHVkZXMocikpKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGxvY2tlZCA9IGF3YWl0IHNxbDx7IHdhbnRlZDogbnVtYmVyOyBwZW9wbGU6IG51bWJlcjsgcGFydG5lcnNoaXA6IG51bWJlcjsgaW1wb3J0OiBudW1iZXIgfT5gXG4gICAgV0lUSCB3YW50ZWQgQVMgTUFURVJJQUxJWkVEICgke3BlcnNvbklkc30pLFxuICAgIHBlb3BsZV9sb2NrZWQgQVMgKFNFTEVDVCBwcC5pZCBGUk9NIHBlb3BsZSBwcCBKT0lOIHdhbnRlZCB3IE9OIHcucGVyc29uX2lkID0gcHAuaWQgV0hFUkUgcHAucGFydG5lcnNoaXBfaWQgPSAke3B9IEZPUiBLRVkgU0hBUkUgT0YgcHApXG4gICAgU0VMRUNUIChTRUxFQ1QgY291bnQoKik6OmludCBGUk9NIHdhbnRlZCkgQVMgd2FudGVkLFxuICAgICAgKFNFTEVDVCBjb3VudCgqKTo6aW50IEZST00gcGVvcGxlX2xvY2tlZCkgQVMgcGVvcGxlLFxuICAgICAgKFNFTEVDVCBjb3VudCgqKTo6aW50IEZST00gKFNFTEVDVCAxIEZST00gcGFydG5lcnNoaXBzIHBhIFdIRVJFIHBhLmlkID0gJHtwfSBGT1IgS0VZIFNIQVJFIE9GIHBhKSBsKSBBUyBwYXJ0bmVyc2hpcCxcbiAgICAgIChTRUxFQ1QgY291bnQoKik6OmludCBGUk9NIChTRUxFQ1QgMSBGUk9NIGltcG9ydHMgaW0gV0hFUkUgaW0uaWQgPSAke2N0eC5pbXBvcnRJZH0gQU5EIGltLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBGT1IgS0VZIFNIQVJFIE9GIGltKSBsKSBBUyBpbXBvcnRgLmV4ZWN1dGUodHJ4KTtcbiAgY29uc3QgbCA9IGxvY2tlZC5yb3dzWzBdO1xuICBpZiAoIWwgfHwgbC5wZW9wbGUgIT09IGwud2FudGVkIHx8IGwucGFydG5lcnNoaXAgIT09IDEgfHwgbC5pbXBvcnQgIT09IDEpIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIHN3aXRjaE9mZktleUNoZWNrcyh0cngpO1xufVxuXG4vKiogU3dpdGNoZXMgdGhlIHRyaWdnZXJzIGJhY2sgb24gYWZ0ZXIgc2tpcEtleUNoZWNrcyAoY29tbWl0IG9yIHJvbGxiYWNrIHdvdWxkIHRvbykuICovXG5leHBvcnQgY29uc3QgcmVzdG9yZUtleUNoZWNrcyA9IHN3aXRjaE9uS2V5Q2hlY2tzO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gcGVyaW9kc1xuXG5pbnRlcmZhY2UgUGVyaW9kQ29uZmlnIHtcbiAgdGFibGU6IHN0cmluZztcbiAgbGFiZWw6IHN0cmluZztcbiAgc3RhcnQ6IHN0cmluZztcbiAgLyoqIFRoZSBleGNsdXNpdmUgZW5kIGNvbHVtbiwgb3IgbnVsbCB3aGVuIGl0IGlzIGRlcml2ZWQgKGFkZHJlc3NlcykuICovXG4gIGVuZDogc3RyaW5nIHwgbnVsbDtcbiAgLyoqIENvbHVtbnMgdGhhdCwgd2l0aCBwZXJzb25faWQsIHNlcGFyYXRlIHNwYW5zIHRoYXQgbWF5IG92ZXJsYXAgKGtpbmQsIHNjaGVtZSkuICovXG4gIHBhcnRpdGlvbjogc3RyaW5nW107XG4gIC8qKiBTdG9yZWQgY29sdW1ucyBhbmQgdGhlIGV4cHJlc3Npb25zIChvdmVyIHJlc29sdmVkIHJvdyByKSB0aGF0IGZpbGwgdGhlbS4gKi9cbiAgYXR0cnM6IFtzdHJpbmcsIHN0cmluZ11bXTtcbn1cblxuY29uc3QgUEVSSU9EUzogUGFydGlhbDxSZWNvcmQ8SW1wb3J0S2luZCwgUGVyaW9kQ29uZmlnPj4gPSB7XG4gIGN1c3RvZHk6IHtcbiAgICB0YWJsZTogJ2N1c3RvZHlfcGVyaW9kcycsXG4gICAgbGFiZWw6ICdjdXN0b2R5IHBlcmlvZCcsXG4gICAgc3RhcnQ6ICdyZWNlcHRpb25fZGF0ZScsXG4gICAgZW5kOiAncmVsZWFzZV9kYXRlJyxcbiAgICBwYXJ0aXRpb246IFtdLFxuICAgIGF0dHJzOiBbXG4gICAgICBbJ2tpbmQnLCAnci5raW5kJ10sXG4gICAgICBbJ2tpbmRfcmF3JywgJ3Iua2luZF9yYXcnXSxcbiAgICAgIFsnc2VudGVuY2VfZGF5cycsICdyLnNlbnRlbmNlX2RheXMnXSxcbiAgICAgIFsnZXhwZWN0ZWRfcmVsZWFzZV9kYXRlJywgJ3IuZXhwZWN0ZWRfcmVsZWFzZV9kYXRlJ10sXG4gICAgICBbJ3JlbGVhc2VfZGF0ZScsICdyLnJlbGVhc2VfZGF0ZSddLFxuICAgICAgWydlc3RhYmxpc2htZW50JywgJ3IuZXN0YWJsaXNobWVudCddLFxuICAgIF0sXG4gIH0sXG4gIHN1cGVydmlzaW9uOiB7XG4gICAgdGFibGU6ICdzdXBlcnZpc2lvbl9wZXJpb2RzJyxcbiAgICBsYWJlbDogJ3N1cGVydmlzaW9uIHBlcmlvZCBvZiB0aGlzIGtpbmQnLFxuICAgIHN0YXJ0OiAnc3RhcnRfZGF0ZScsXG4gICAgZW5kOiAnZW5kX2RhdGUnLFxuICAgIHBhcnRpdGlvbjogWydraW5kJ10sXG4gICAgYXR0cnM6IFtcbiAgICAgIFsna2luZF9yYXcnLCAnci5raW5kX3JhdyddLFxuICAgICAgWydzdGF0dXRvcnknLCAnci5zdGF0dXRvcnknXSxcbiAgICAgIFsnZW5kX2RhdGUnLCAnci5lbmRfZGF0ZSddLFxuICAgICAgWydlbmRfa2luZCcsICdyLmVuZF9raW5kJ10sXG4gICAgXSxcbiAgfSxcbiAgbWVtYmVyc2hpcHM6IHtcbiAgICB0YWJsZTogJ21lbWJlcnNoaXBzJyxcbiAgICBsYWJlbDogJ21lbWJlcnNoaXAgb2YgdGhpcyBzY2hlbWUnLFxuICAgIHN0YXJ0OiAnc3RhcnRfZGF0ZScsXG4gICAgZW5kOiAnZW5kX2RhdGUnLFxuICAgIHBhcnRpdGlvbjogWydzY2hlbWVfaWQnXSxcbiAgICBhdHRyczogW1xuICAgICAgWyd0aWVyX2lkJywgJ3IudGllcl9pZCddLFxuICAgICAgWydlbmRfZGF0ZScsICdyLmVuZF9kYXRlJ10sXG4gICAgICBbJ2VuZF9yZWFzb24nLCAnci5lbmRfcmVhc29uJ10sXG4gICAgICBbJ2VuZF9yZWFzb25fcmF3JywgJ3IuZW5kX3JlYXNvbl9yYXcnXSxcbiAgICBdLFxuICB9LFxuICBhZGRyZXNzZXM6IHtcbiAgICB0YWJsZTogJ2FkZHJlc3NlcycsXG4gICAgbGFiZWw6ICdhZGRyZXNzJyxcbiAgICBzdGFydDogJ2Zyb21fZGF0ZScsXG4gICAgZW5kOiBudWxsLFxuICAgIHBhcnRpdGlvbjogW10sXG4gICAgYXR0cnM6IFtcbiAgICAgIFsnYXJlYV9jb2RlJywgJ3IuYXJlYV9jb2RlJ10sXG4gICAgICBbJ2FyZWFfaWQnLCAnci5hcmVhX2lkJ10sXG4gICAgICBbJ3Bvc3Rjb2RlJywgJ3IucG9zdGNvZGUnXSxcbiAgICBdLFxuICB9LFxufTtcblxuYXN5bmMgZnVuY3Rpb24gcmVzb2x2ZVBlcmlvZHModHJ4OiBUcngsIGtpbmQ6IEltcG9ydEtpbmQsIGNmZzogUGVyaW9kQ29uZmlnLCBjdHg6IE1lcmdlQ29udGV4dCk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBwID0gY3R4LnBhcnRuZXJzaGlwSWQ7XG4gIGF3YWl0IHNxbGBDUkVBVEUgVEVNUCBUQUJMRSBpbXBvcnRfcmVzb2x2ZWQgT04gQ09NTUlUIERST1AgQVNcbiAgICBTRUxFQ1Qgci4qLCBOVUxMOjppbnRlZ2VyIEFTIHNjaGVtZV9pZCwgTlVMTDo6aW50ZWdlciBBUyB0aWVyX2lkLCBOVUxMOjppbnRlZ2VyIEFTIGFyZWFfaWQsXG4gICAgICAgICAgIE5VTEw6OmJpZ2ludCBBUyBleGlzdGluZ19pZCwgZmFsc2UgQVMgY2hhbmdlZFxuICAgIEZST00gaW1wb3J0X3Jvd3MgciBXSVRIIE5PIERBVEFgLmV4ZWN1dGUodHJ4KTtcbiAgaWYgKGtpbmQgPT09ICdtZW1iZXJzaGlwcycpIHtcbiAgICBhd2FpdCBzcWxgSU5TRVJUIElOVE8gaW1wb3J0X3Byb2JsZW1zIChyb3dfbm8sIGZpZWxkLCB2YWx1ZSwgcmVhc29uKVxuICAgICAgU0VMRUNUIHIucm93X25vLCAnc2NoZW1lJywgci5zY2hlbWUsIHIuc2NoZW1lIHx8ICcgaXMgbm90IGEgc2NoZW1lIG9mIHRoaXMgcGFydG5lcnNoaXAnXG4gICAgICBGUk9NIGltcG9ydF9yb3dzIHIgV0hFUkUgTk9UIEVYSVNUUyAoU0VMRUNUIDEgRlJPTSBzY2hlbWVzIHNjIFdIRVJFIHNjLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgc2MuY29kZSA9IHIuc2NoZW1lKWAuZXhlY3V0ZSh0cngpO1xuICAgIGF3YWl0IHNxbGBJTlNFUlQgSU5UTyBpbXBvcnRfcHJvYmxlbXMgKHJvd19ubywgZmllbGQsIHZhbHVlLCByZWFzb24pXG4gICAgICBTRUxFQ1Qgci5yb3dfbm8sICd0aWVyJywgci50aWVyLCByLnRpZXIgfHwgJyBpcyBub3QgYSB0aWVyIG9mIHNjaGVtZSAnIHx8IHIuc2NoZW1lXG4gICAgICBGUk9NIGltcG9ydF9yb3dzIHIgSk9JTiBzY2hlbWVzIHNjIE9OIHNjLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgc2MuY29kZSA9IHIuc2NoZW1lXG4gICAgICBXSEVSRSByLnRpZXIgSVMgTk9UIE5VTEwgQU5EIE5PVCBFWElTVFMgKFNFTEVDVCAxIEZST00gdGllcnMgdGkgV0hFUkUgdGkuc2NoZW1lX2lkID0gc2MuaWQgQU5EIHRpLmNvZGUgPSByLnRpZXIpYC5leGVjdXRlKHRyeCk7XG4gIH1cbiAgYXdhaXQgc3FsYElOU0VSVCBJTlRPIGltcG9ydF9yZXNvbHZlZFxuICAgIFNFTEVDVCByLiosXG4gICAgICAke2tpbmQgPT09ICdtZW1iZXJzaGlwcycgPyBzcWxgKFNFTEVDVCBzYy5pZCBGUk9NIHNjaGVtZXMgc2MgV0hFUkUgc2MucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBzYy5jb2RlID0gci5zY2hlbWUpYCA6IHNxbGBOVUxMYH0sXG4gICAgICAke2tpbmQgPT09ICdtZW1iZXJzaGlwcycgPyBzcWxgKFNFTEVDVCB0aS5pZCBGUk9NIHRpZXJzIHRpIEpPSU4gc2NoZW1lcyBzYyBPTiBzYy5pZCA9IHRpLnNjaGVtZV9pZCBXSEVSRSBzYy5wYXJ0bmVyc2hpcF9pZCA9ICR7cH0gQU5EIHNjLmNvZGUgPSByLnNjaGVtZSBBTkQgdGkuY29kZSA9IHIudGllcilgIDogc3FsYE5VTExgfSxcbiAgICAgICR7a2luZCA9PT0gJ2FkZHJlc3NlcycgPyBzcWxgKFNFTEVDVCBhLmlkIEZST00gYXJlYXMgYSBXSEVSRSBhLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgYS5jb2RlID0gci5hcmVhX2NvZGUpYCA6IHNxbGBOVUxMYH0sXG4gICAgICBOVUxMLCBmYWxzZVxuICAgIEZST00gaW1wb3J0X3Jvd3MgclxuICAgIFdIRVJFIE5PVCBFWElTVFMgKFNFTEVDVCAxIEZST00gaW1wb3J0X3Byb2JsZW1zIHggV0hFUkUgeC5yb3dfbm8gPSByLnJvd19ubylgLmV4ZWN1dGUodHJ4KTtcblxuICBjb25zdCBwYXJ0ID0gY2ZnLnBhcnRpdGlvbi5tYXAoKGMpID0+IGAgQU5EIGEuJHtjfSA9IGIuJHtjfWApLmpvaW4oJycpO1xuICBjb25zdCBzdGFydCA9IGNmZy5zdGFydDtcbiAgLy8gVGhlIHNhbWUgc3BhbiB0d2ljZSBpbiBvbmUgZmlsZS5cbiAgYXdhaXQgc3FsYElOU0VSVCBJTlRPIGltcG9ydF9wcm9ibGVtcyAocm93X25vLCBmaWVsZCwgdmFsdWUsIHJlYXNvbilcbiAgICBTRUxFQ1QgYi5yb3dfbm8sICR7c3RhcnR9LCBiLiR7cmF3KHN0YXJ0KX06OnRleHQsXG4gICAgICAnYSBzZWNvbmQgJyB8fCAke2NmZy5sYWJlbH0gfHwgJyBmb3IgdGhpcyBwZXJzb24gc3RhcnRpbmcgJyB8fCBiLiR7cmF3KHN0YXJ0KX0gfHwgJzsgdGhlIGZpcnN0IGlzIG9uIHJvdyAnIHx8IG1pbihhLnJvd19ubylcbiAgICBGUk9NIGltcG9ydF9yZXNvbHZlZCBhIEpPSU4gaW1wb3J0X3Jlc29sdmVkIGIgT04gYS5wZXJzb25faWQgPSBiLnBlcnNvbl9pZCBBTkQgYS4ke3JhdyhzdGFydCl9ID0gYi4ke3JhdyhzdGFydCl9ICR7cmF3KHBhcnQpfSBBTkQgYS5yb3dfbm8gPCBiLnJvd19ub1xuICAgIEdST1VQIEJZIGIucm93X25vLCBiLiR7cmF3KHN0YXJ0KX1gLmV4ZWN1dGUodHJ4KTtcbiAgaWYgKGNmZy5lbmQpIHtcbiAgICBjb25zdCBlbmQgPSBjZmcuZW5kO1xuICAgIGNvbnN0IHJhbmdlID0gKHg6IHN0cmluZykgPT4gYGRhdGVyYW5nZSgke3h9LiR7c3RhcnR9LCAke3h9LiR7ZW5kfSwgJ1spJylgO1xuICAgIC8vIFNwYW5zIG9mIG9uZSBmaWxlIHRoYXQgb3ZlcmxhcC5cbiAgICBhd2FpdCBzcWxgSU5TRVJUIElOVE8gaW1wb3J0X3Byb2JsZW1zIChyb3dfbm8sIGZpZWxkLCB2YWx1ZSwgcmVhc29uKVxuICAgICAgU0VMRUNUIGIucm93X25vLCAke3N0YXJ0fSwgYi4ke3JhdyhzdGFydCl9Ojp0ZXh0LFxuICAgICAgICBiLiR7cmF3KHN0YXJ0KX0gfHwgJyBvdmVybGFwcyB0aGUgJyB8fCAke2NmZy5sYWJlbH0gfHwgJyBvbiByb3cgJyB8fCBtaW4oYS5yb3dfbm8pXG4gICAgICBGUk9NIGltcG9ydF9yZXNvbHZlZCBhIEpPSU4gaW1wb3J0X3Jlc29sdmVkIGIgT04gYS5wZXJzb25faWQgPSBiLnBlcnNvbl9pZCAke3JhdyhwYXJ0KX0gQU5EIGEucm93X25vIDwgYi5yb3dfbm9cbiAgICAgICAgQU5EIGEuJHtyYXcoc3RhcnQpfSA8PiBiLiR7cmF3KHN0YXJ0KX0gQU5EICR7cmF3KHJhbmdlKCdhJykpfSAmJiAke3JhdyhyYW5nZSgnYicpKX1cbiAgICAgIEdST1VQIEJZIGIucm93X25vLCBiLiR7cmF3KHN0YXJ0KX1gLmV4ZWN1dGUodHJ4KTtcbiAgICAvLyBTcGFucyB0aGF0IG92ZXJsYXAgYSBzdG9yZWQgc3BhbiBvdGhlciB0aGFuIHRoZSBvbmUgdGhleSB1cGRhdGUuXG4gICAgY29uc3Qgc3RvcmVkUGFydCA9IGNmZy5wYXJ0aXRpb24ubWFwKChjKSA9PiBgIEFORCBlLiR7Y30gPSBiLiR7Y31gKS5qb2luKCcnKTtcbiAgICBhd2FpdCBzcWxgSU5TRVJUIElOVE8gaW1wb3J0X3Byb2JsZW1zIChyb3dfbm8sIGZpZWxkLCB2YWx1ZSwgcmVhc29uKVxuICAgICAgU0VMRUNUIGIucm93X25vLCAke3N0YXJ0fSwgYi4ke3JhdyhzdGFydCl9Ojp0ZXh0LFxuICAgICAgICBiLiR7cmF3KHN0YXJ0KX0gfHwgJyBvdmVybGFwcyB0aGUgc3RvcmVkICcgfHwgJHtjZmcubGFiZWx9IHx8ICcgZnJvbSAnIHx8IG1pbihlLiR7cmF3KHN0YXJ0KX0pXG4gICAgICBGUk9NIGltcG9ydF9yZXNvbHZlZCBiIEpPSU4gJHtyYXcoY2ZnLnRhYmxlKX0gZSBPTiBlLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgZS5wZXJzb25faWQgPSBiLnBlcnNvbl9pZCAke3JhdyhzdG9yZWRQYXJ0KX1cbiAgICAgICAgQU5EIGUuJHtyYXcoc3RhcnQpfSA8PiBiLiR7cmF3KHN0YXJ0KX0gQU5EICR7cmF3KHJhbmdlKCdlJykpfSAmJiAke3JhdyhyYW5nZSgnYicpKX1cbiAgICAgIEdST1VQIEJZIGIucm93X25vLCBiLiR7cmF3KHN0YXJ0KX1gLmV4ZWN1dGUodHJ4KTtcbiAgfVxufVxuXG5hc3luYyBmdW5jdGlvbiBtZXJnZVBlcmlvZHModHJ4OiBUcngsIGtpbmQ6IEltcG9ydEtpbmQsIGNmZzogUGVyaW9kQ29uZmlnLCBjdHg6IE1lcmdlQ29udGV4dCk6IFByb21pc2U8TWVyZ2VDb3VudHM+IHtcbiAgY29uc3QgcCA9IGN0eC5wYXJ0bmVyc2hpcElkO1xuICBjb25zdCB0YWJsZSA9IHJhdyhjZmcudGFibGUpO1xuICBjb25zdCBzdGFydCA9IGNmZy5zdGFydDtcbiAgYXdhaXQgc3FsYERFTEVURSBGUk9NIGltcG9ydF9yZXNvbHZlZCByIFdIRVJFIEVYSVNUUyAoU0VMRUNUIDEgRlJPTSBpbXBvcnRfcHJvYmxlbXMgeCBXSEVSRSB4LnJvd19ubyA9IHIucm93X25vKWAuZXhlY3V0ZSh0cngpO1xuICBjb25zdCBrZXlKb2luID0gW2BlLnBlcnNvbl9pZCA9IHIucGVyc29uX2lkYCwgYGUuJHtzdGFydH0gPSByLiR7c3RhcnR9YCwgLi4uY2ZnLnBhcnRpdGlvbi5tYXAoKGMpID0+IGBlLiR7Y30gPSByLiR7Y31gKV0uam9pbignIEFORCAnKTtcbiAgY29uc3QgZUF0dHJzID0gY2ZnLmF0dHJzLm1hcCgoW2NdKSA9PiBgZS4ke2N9YCkuam9pbignLCAnKTtcbiAgY29uc3QgckF0dHJzID0gY2ZnLmF0dHJzLm1hcCgoWywgeF0pID0+IHgpLmpvaW4oJywgJyk7XG4gIGF3YWl0IHNxbGBVUERBVEUgaW1wb3J0X3Jlc29sdmVkIHIgU0VUIGV4aXN0aW5nX2lkID0gZS5pZCwgY2hhbmdlZCA9ICgke3JhdyhlQXR0cnMpfSkgSVMgRElTVElOQ1QgRlJPTSAoJHtyYXcockF0dHJzKX0pXG4gICAgRlJPTSAke3RhYmxlfSBlIFdIRVJFIGUucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCAke3JhdyhrZXlKb2luKX1gLmV4ZWN1dGUodHJ4KTtcbiAgY29uc3Qgc2V0cyA9IGNmZy5hdHRycy5tYXAoKFtjLCB4XSkgPT4gYCR7Y30gPSAke3h9YCkuam9pbignLCAnKTtcbiAgY29uc3QgdXBkYXRlZCA9IGF3YWl0IGV4ZWMoXG4gICAgdHJ4LFxuICAgIHNxbGBVUERBVEUgJHt0YWJsZX0gZSBTRVQgJHtyYXcoc2V0cyl9LCBpbXBvcnRfaWQgPSAke2N0eC5pbXBvcnRJZH1cbiAgICAgIEZST00gaW1wb3J0X3Jlc29sdmVkIHIgV0hFUkUgZS5pZCA9IHIuZXhpc3RpbmdfaWQgQU5EIHIuY2hhbmdlZCBBTkQgZS5wYXJ0bmVyc2hpcF9pZCA9ICR7cH1gLFxuICApO1xuICBjb25zdCBpbnNlcnRDb2xzID0gWydwZXJzb25faWQnLCBzdGFydCwgLi4uY2ZnLnBhcnRpdGlvbiwgLi4uY2ZnLmF0dHJzLm1hcCgoW2NdKSA9PiBjKV07XG4gIGNvbnN0IGluc2VydFZhbHMgPSBpbnNlcnRDb2xzLm1hcCgoYykgPT4gKGMgPT09ICdwZXJzb25faWQnIHx8IGMgPT09IHN0YXJ0IHx8IGNmZy5wYXJ0aXRpb24uaW5jbHVkZXMoYykgPyBgci4ke2N9YCA6IGNmZy5hdHRycy5maW5kKChbYV0pID0+IGEgPT09IGMpIVsxXSkpO1xuICBsZXQgYWRkZWQ6IG51bWJlcjtcbiAgaWYgKGNmZy5lbmQpIHtcbiAgICBhZGRlZCA9IGF3YWl0IGV4ZWMoXG4gICAgICB0cngsXG4gICAgICBzcWxgSU5TRVJUIElOVE8gJHt0YWJsZX0gKHBhcnRuZXJzaGlwX2lkLCBpbXBvcnRfaWQsICR7cmF3KGluc2VydENvbHMuam9pbignLCAnKSl9KVxuICAgICAgICBTRUxFQ1QgJHtwfSwgJHtjdHguaW1wb3J0SWR9LCAke3JhdyhpbnNlcnRWYWxzLmpvaW4oJywgJykpfSBGUk9NIGltcG9ydF9yZXNvbHZlZCByIFdIRVJFIHIuZXhpc3RpbmdfaWQgSVMgTlVMTFxuICAgICAgICBPUkRFUiBCWSByLnJvd19ub2AsXG4gICAgKTtcbiAgfSBlbHNlIHtcbiAgICAvLyBBbiBhZGRyZXNzIGxhc3RzIHVudGlsIHRoZSBwZXJzb24ncyBuZXh0IGFkZHJlc3M6IHNob3J0ZW4gc3RvcmVkXG4gICAgLy8gYWRkcmVzc2VzIGZpcnN0LCBzbyBlYWNoIG5ldyBvbmUgZml0cyBpbiBpdHMgZ2FwIHdpdGhvdXQgYW4gb3ZlcmxhcC5cbiAgICBhd2FpdCBzcWxgQ1JFQVRFIFRFTVAgVEFCTEUgaW1wb3J0X2FkZHJlc3NfZGF0ZXMgKHBlcnNvbl9pZCBiaWdpbnQsIGZyb21fZGF0ZSBkYXRlLCBuZXh0X2Zyb20gZGF0ZSkgT04gQ09NTUlUIERST1BgLmV4ZWN1dGUodHJ4KTtcbiAgICBhd2FpdCBzcWxgSU5TRVJUIElOVE8gaW1wb3J0X2FkZHJlc3NfZGF0ZXMgKHBlcnNvbl9pZCwgZnJvbV9kYXRlLCBuZXh0X2Zyb20pXG4gICAgICBTRUxFQ1QgcGVyc29uX2lkLCBmcm9tX2RhdGUsIGxlYWQoZnJvbV9kYXRlKSBPVkVSIChQQVJUSVRJT04gQlkgcGVyc29uX2lkIE9SREVSIEJZIGZyb21fZGF0ZSkgQVMgbmV4dF9mcm9tXG4gICAgICBGUk9NIChTRUxFQ1QgcGVyc29uX2lkLCBmcm9tX2RhdGUgRlJPTSBhZGRyZXNzZXMgV0hFUkUgcGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBwZXJzb25faWQgSU4gKFNFTEVDVCBwZXJzb25faWQgRlJPTSBpbXBvcnRfcmVzb2x2ZWQpXG4gICAgICAgICAgICBVTklPTiBTRUxFQ1QgcGVyc29uX2lkLCBmcm9tX2RhdGUgRlJPTSBpbXBvcnRfcmVzb2x2ZWQpIGRgLmV4ZWN1dGUodHJ4KTtcbiAgICBhd2FpdCBzcWxgVVBEQVRFIGFkZHJlc3NlcyBlIFNFVCB0b19kYXRlID0gZC5uZXh0X2Zyb21cbiAgICAgIEZST00gaW1wb3J0X2FkZHJlc3NfZGF0ZXMgZFxuICAgICAgV0hFUkUgZS5wYXJ0bmVyc2hpcF9pZCA9ICR7cH0gQU5EIGUucGVyc29uX2lkID0gZC5wZXJzb25faWQgQU5EIGUuZnJvbV9kYXRlID0gZC5mcm9tX2RhdGVcbiAgICAgICAgQU5EIGQubmV4dF9mcm9tIElTIE5PVCBOVUxMIEFORCAke3NwYW5PcGVuT24oJ2UudG9fZGF0ZScsIHNxbC5yZWYoJ2QubmV4dF9mcm9tJykpfWAuZXhlY3V0ZSh0cngpO1xuICAgIGFkZGVkID0gYXdhaXQgZXhlYyhcbiAgICAgIHRyeCxcbiAgICAgIHNxbGBJTlNFUlQgSU5UTyBhZGRyZXNzZXMgKHBhcnRuZXJzaGlwX2lkLCBpbXBvcnRfaWQsIHRvX2RhdGUsICR7cmF3KGluc2VydENvbHMuam9pbignLCAnKSl9KVxuICAgICAgICBTRUxFQ1QgJHtwfSwgJHtjdHguaW1wb3J0SWR9LCBkLm5leHRfZnJvbSwgJHtyYXcoaW5zZXJ0VmFscy5qb2luKCcsICcpKX1cbiAgICAgICAgRlJPTSBpbXBvcnRfcmVzb2x2ZWQgciBKT0lOIGltcG9ydF9hZGRyZXNzX2RhdGVzIGQgT04gZC5wZXJzb25faWQgPSByLnBlcnNvbl9pZCBBTkQgZC5mcm9tX2RhdGUgPSByLmZyb21fZGF0ZVxuICAgICAgICBXSEVSRSByLmV4aXN0aW5nX2lkIElTIE5VTExcbiAgICAgICAgT1JERVIgQlkgci5yb3dfbm9gLFxuICAgICk7XG4gIH1cbiAgY29uc3QgdG90YWwgPSBOdW1iZXIoKGF3YWl0IHNxbDx7IG46IG51bWJlciB9PmBTRUxFQ1QgY291bnQoKik6OmludCBBUyBuIEZST00gaW1wb3J0X3Jlc29sdmVkYC5leGVjdXRlKHRyeCkpLnJvd3NbMF0/Lm4gPz8gMCk7XG4gIGF3YWl0IHJlZnJlc2hTdGF0aXN0aWNzKHRyeCwgW2NmZy50YWJsZV0sIGFkZGVkKTtcbiAgdm9pZCBraW5kO1xuICByZXR1cm4geyBhZGRlZCwgdXBkYXRlZCwgdW5jaGFuZ2VkOiB0b3RhbCAtIGFkZGVkIC0gdXBkYXRlZCB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gcmlzayBhc3Nlc3NtZW50cyBhbmQgTUFQUEEgcmVmZXJyYWxzIChpc3N1ZSAxNSlcblxuLyoqXG4gKiBSaXNrIGFzc2Vzc21lbnRzIGFuZCBNQVBQQSByZWZlcnJhbHMgbmFtZSB0aGVpciBwZXJzb24gYnkgcGVyc29uX3JlZiBvbmx5LlxuICogQSBzdG9yZWQgYXNzZXNzbWVudCBpcyB0aGUgc2FtZSBvbmUgd2hlbiBpdCBoYXMgdGhlIHBlcnNvbiwgdGhlIGRhdGUgYW5kXG4gKiB0aGUgYXNzZXNzaW5nIGFnZW5jeTsgYSByZWZlcnJhbCwgdGhlIHBlcnNvbiBhbmQgdGhlIGRhdGUuIFNvIGltcG9ydGluZyBhXG4gKiBmaWxlIGFnYWluIGNoYW5nZXMgbm90aGluZywgYW5kIGEgY29ycmVjdGVkIGxldmVsIG9yIG91dGNvbWUgdXBkYXRlcyB0aGUgcm93LlxuICovXG5pbnRlcmZhY2UgUmlza0NvbmZpZyB7XG4gIHRhYmxlOiAncmlza19hc3Nlc3NtZW50cycgfCAnbWFwcGFfcmVmZXJyYWxzJztcbiAgZGF0ZTogc3RyaW5nO1xuICAvKiogS2V5IGNvbHVtbnMgYmVzaWRlcyBwZXJzb25faWQgYW5kIHRoZSBkYXRlLCBjb21wYXJlZCB0aHJvdWdoIGNvYWxlc2NlLiAqL1xuICBrZXlzOiBzdHJpbmdbXTtcbiAgLyoqIFN0b3JlZCBhdHRyaWJ1dGUgY29sdW1ucyBhbmQgdGhlIGV4cHJlc3Npb24gb3ZlciByZXNvbHZlZCByb3cgci4gKi9cbiAgYXR0cnM6IFtzdHJpbmcsIHN0cmluZ11bXTtcbn1cbmNvbnN0IFJJU0s6IFBhcnRpYWw8UmVjb3JkPEltcG9ydEtpbmQsIFJpc2tDb25maWc+PiA9IHtcbiAgcmlza19hc3Nlc3NtZW50czoge1xuICAgIHRhYmxlOiAncmlza19hc3Nlc3NtZW50cycsXG4gICAgZGF0ZTogJ2Fzc2Vzc21lbnRfZGF0ZScsXG4gICAga2V5czogWydhZ2VuY3lfaWQnXSxcbiAgICBhdHRyczogW1xuICAgICAgWydyaXNrX29mX3NlcmlvdXNfaGFybScsICdyLnJpc2tfb2Zfc2VyaW91c19oYXJtJ10sXG4gICAgICBbJ3Jpc2tfb2Zfc2VyaW91c19oYXJtX3JhdycsICdyLnJpc2tfb2Zfc2VyaW91c19oYXJtX3JhdyddLFxuICAgIF0sXG4gIH0sXG4gIG1hcHBhX3JlZmVycmFsczoge1xuICAgIHRhYmxlOiAnbWFwcGFfcmVmZXJyYWxzJyxcbiAgICBkYXRlOiAncmVmZXJyYWxfZGF0ZScsXG4gICAga2V5czogW10sXG4gICAgYXR0cnM6IFtbJ291dGNvbWUnLCAnci5vdXRjb21lJ11dLFxuICB9LFxufTtcblxuYXN5bmMgZnVuY3Rpb24gcmVzb2x2ZVJpc2sodHJ4OiBUcngsIGtpbmQ6IEltcG9ydEtpbmQsIGNmZzogUmlza0NvbmZpZywgY3R4OiBNZXJnZUNvbnRleHQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgcCA9IGN0eC5wYXJ0bmVyc2hpcElkO1xuICAvLyBUaGUgcGVyc29uOiBieSBwZXJzb25fcmVmICh0aGUgcmVhZGVyIG5hbWVkIG1vc3QpLCBlbHNlIGFub3RoZXIgc3lzdGVtJ3MgbG9jYWwgaWQuXG4gIGF3YWl0IHNxbGBVUERBVEUgaW1wb3J0X3Jvd3MgciBTRVQgcGVyc29uX2lkID0gKFxuICAgICAgU0VMRUNUIGNvYWxlc2NlKHBwLm1lcmdlZF9pbnRvX2lkLCBwcC5pZCkgRlJPTSBwZXJzb25faWRlbnRpZmllcnMgaSBKT0lOIHBlb3BsZSBwcCBPTiBwcC5pZCA9IGkucGVyc29uX2lkXG4gICAgICBXSEVSRSBpLnBhcnRuZXJzaGlwX2lkID0gJHtwfSBBTkQgaS5raW5kID0gJ2xvY2FsJyBBTkQgaS52YWx1ZSA9IHIucGVyc29uX3JlZiBMSU1JVCAxKVxuICAgIFdIRVJFIHIucGVyc29uX2lkIElTIE5VTExgLmV4ZWN1dGUodHJ4KTtcbiAgYXdhaXQgc3FsYElOU0VSVCBJTlRPIGltcG9ydF9wcm9ibGVtcyAocm93X25vLCBmaWVsZCwgdmFsdWUsIHJlYXNvbilcbiAgICBTRUxFQ1Qgci5yb3dfbm8sICdwZXJzb25fcmVmJywgci5wZXJzb25fcmVmLCByLnBlcnNvbl9yZWYgfHwgJyBpcyBub3QgYSBrbm93biBwZXJzb24gKGltcG9ydCB0aGUgcGVvcGxlIGZpbGUgZmlyc3QpJ1xuICAgIEZST00gaW1wb3J0X3Jvd3MgciBXSEVSRSByLnBlcnNvbl9pZCBJUyBOVUxMYC5leGVjdXRlKHRyeCk7XG4gIGNvbnN0IGFnZW5jeSA9IGtpbmQgPT09ICdyaXNrX2Fzc2Vzc21lbnRzJyA/IHNxbGAoU0VMRUNUIGEuaWQgRlJPTSBhZ2VuY2llcyBhIFdIRVJFIGEucGFydG5lcnNoaXBfaWQgPSAke3B9IEFORCBhLmNvZGUgPSByLmFzc2Vzc29yX2FnZW5jeSlgIDogc3FsYE5VTEw6OmludGVnZXJgO1xuICBhd2FpdCBzcWxgQ1JFQVRFIFRFTVAgVEFCTEUgaW1wb3J0X3Jlc29sdmVkIE9OIENPTU1JVCBEUk9QIEFTXG4gICAgU0VMRUNUIHIuKiwgJHthZ2VuY3l9IEFTIGFnZW5jeV9pZCwgTlVMTDo6YmlnaW50IEFTIGV4aXN0aW5nX2lkLCBmYWxzZSBBUyBjaGFuZ2VkXG4gICAgRlJPTSBpbXBvcnRfcm93cyByIFdIRVJFIHIucGVyc29uX2lkIElTIE5PVCBOVUxMYC5leGVjdXRlKHRyeCk7XG4gIGlmIChraW5kID09PSAncmlza19hc3Nlc3NtZW50cycpIHtcbiAgICBhd2FpdCBzcWxgSU5TRVJUIElOVE8gaW1wb3J0X3Byb2JsZW1zIChyb3dfbm8sIGZpZWxkLCB2YWx1ZSwgcmVhc29uKVxuICAgICAgU0VMRUNUIHIucm93X25vLCAnYXNzZXNzb3JfYWdlbmN5Jywgci5hc3Nlc3Nvcl9hZ2VuY3ksIHIuYXNzZXNzb3JfYWdlbmN5IHx8ICcgaXMgbm90IHRoZSBjb2RlIG9mIGFuIGFnZW5jeSBvZiB0aGlzIHBhcnRuZXJzaGlwJ1xuICAgICAgRlJPTSBpbXBvcnRfcmVzb2x2ZWQgciBXSEVSRSByLmFzc2Vzc29yX2FnZW5jeSBJUyBOT1QgTlVMTCBBTkQgci5hZ2VuY3lfaWQgSVMgTlVMTGAuZXhlY3V0ZSh0cngpO1xuICB9XG4gIGNvbnN0IHNhbWUgPSBbJ2EucGVyc29uX2lkID0gYi5wZXJzb25faWQnLCBgYS4ke2NmZy5kYXRlfSA9IGIuJHtjZmcuZGF0ZX1gLCAuLi5jZmcua2V5cy5tYXAoKGspID0+IGBjb2FsZXNjZShhLiR7a30sIC0xKSA9IGNvYWxlc2NlKGIuJHtrfSwgLTEpYCldLmpvaW4oJyBBTkQgJyk7XG4gIGF3YWl0IHNxbGBJTlNFUlQgSU5UTyBpbXBvcnRfcHJvYmxlbXMgKHJvd19ubywgZmllbGQsIHZhbHVlLCByZWFzb24pXG4gICAgU0VMRUNUIGIucm93X25vLCAke2NmZy5kYXRlfSwgYi4ke3JhdyhjZmcuZGF0ZSl9Ojp0ZXh0LFxuICAgICAgJ3RoZSBzYW1lICcgfHwgJHtraW5kID09PSAncmlza19hc3Nlc3NtZW50cycgPyAnYXNzZXNzbWVudCAocGVyc29uLCBkYXRlIGFuZCBhZ2VuY3kpJyA6ICdyZWZlcnJhbCAocGVyc29uIGFuZCBkYXRlKSd9IHx8ICcgaXMgb24gcm93ICcgfHwgbWluKGEucm93X25vKVxuICAgIEZST00gaW1wb3J0X3Jlc29sdmVkIGEgSk9JTiBpbXBvcnRfcmVzb2x2ZWQgYiBPTiAke3JhdyhzYW1lKX0gQU5EIGEucm93X25vIDwgYi5yb3dfbm9cbiAgICBHUk9VUCBCWSBiLnJvd19ubywgYi4ke3JhdyhjZmcuZGF0ZSl9YC5leGVjdXRlKHRyeCk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIG1lcmdlUmlzayh0cng6IFRyeCwgY2ZnOiBSaXNrQ29uZmlnLCBjdHg6IE1lcmdlQ29udGV4dCk6IFByb21pc2U8TWVyZ2VDb3VudHM+IHtcbiAgY29uc3QgcCA9IGN0eC5wYXJ0bmVyc2hpcElkO1xuICBjb25zdCB0YWJsZSA9IHJhdyhjZmcudGFibGUpO1xuICBhd2FpdCBzcWxgREVMRVRFIEZST00gaW1wb3J0X3Jlc29sdmVkIHIgV0hFUkUgRVhJU1RTIChTRUxFQ1QgMSBGUk9NIGltcG9ydF9wcm9ibGVtcyB4IFdIRVJFIHgucm93X25vID0gci5yb3dfbm8pYC5leGVjdXRlKHRyeCk7XG4gIGNvbnN0IGtleUpvaW4gPSBbJ2UucGVyc29uX2lkID0gci5wZXJzb25faWQnLCBgZS4ke2NmZy5kYXRlfSA9IHIuJHtjZmcuZGF0ZX1gLCAuLi5jZmcua2V5cy5tYXAoKGspID0+IGBjb2FsZXNjZShlLiR7a30sIC0xKSA9IGNvYWxlc2NlKHIuJHtrfSwgLTEpYCldLmpvaW4oJyBBTkQgJyk7XG4gIGNvbnN0IGVBdHRycyA9IGNmZy5hdHRycy5tYXAoKFtjXSkgPT4gYGUuJHtjfWApLmpvaW4oJywgJyk7XG4gIGNvbnN0IHJBdHRycyA9IGNmZy5hdHRycy5tYXAoKFssIHhdKSA9PiB4KS5qb2luKCcsICcpO1xuICAvLyAoVGhlIGxhdGVzdCBzdG9yZWQgcm93IG9mIGEga2V5LCBzaG91bGQgYSB1c2VyIGhhdmUgcmVjb3JkZWQgaXQgdHdpY2UuKVxuICBhd2FpdCBzcWxgVVBEQVRFIGltcG9ydF9yZXNvbHZlZCByIFNFVCBleGlzdGluZ19pZCA9IGUuaWQsIGNoYW5nZWQgPSAoJHtyYXcoZUF0dHJzKX0pIElTIERJU1RJTkNUIEZST00gKCR7cmF3KHJBdHRycyl9KVxuICAgIEZST00gKFNFTEVDVCBESVNUSU5DVCBPTiAocGVyc29uX2lkLCAke3JhdyhbY2ZnLmRhdGUsIC4uLmNmZy5rZXlzXS5qb2luKCcsICcpKX0pICogRlJPTSAke3RhYmxlfSBXSEVSRSBwYXJ0bmVyc2hpcF9pZCA9ICR7cH0gT1JERVIgQlkgcGVyc29uX2lkLCAke3JhdyhbY2ZnLmRhdGUsIC4uLmNmZy5rZXlzXS5qb2luKCcsICcpKX0sIGlkIERFU0MpIGVcbiAgICBXSEVSRSAke3JhdyhrZXlKb2luKX1gLmV4ZWN1dGUodHJ4KTtcbiAgY29uc3Qgc2V0cyA9IGNmZy5hdHRycy5tYXAoKFtjLCB4XSkgPT4gYCR7Y30gPSAke3h9YCkuam9pbignLCAnKTtcbiAgY29uc3QgdXBkYXRlZCA9IGF3YWl0IGV4ZWModHJ4LCBzcWxgVVBEQVRFICR7dGFibGV9IGUgU0VUICR7cmF3KHNldHMpfSBGUk9NIGltcG9ydF9yZXNvbHZlZCByIFdIRVJFIGUuaWQgPSByLmV4aXN0aW5nX2lkIEFORCByLmNoYW5nZWQgQU5EIGUucGFydG5lcnNoaXBfaWQgPSAke3B9YCk7XG4gIGNvbnN0IGNvbHMgPSBbJ3BlcnNvbl9pZCcsIGNmZy5kYXRlLCAuLi5jZmcua2V5cywgLi4uY2ZnLmF0dHJzLm1hcCgoW2NdKSA9PiBjKV07XG4gIGNvbnN0IHZhbHMgPSBbJ3IucGVyc29uX2lkJywgYHIuJHtjZmcuZGF0ZX1gLCAuLi5jZmcua2V5cy5tYXAoKGspID0+IGByLiR7a31gKSwgLi4uY2ZnLmF0dHJzLm1hcCgoWywgeF0pID0+IHgpXTtcbiAgY29uc3QgYWRkZWQgPSBhd2FpdCBleGVjKFxuICAgIHRyeCxcbiAgICBzcWxgSU5TRVJUIElOVE8gJHt0YWJsZX0gKHBhcnRuZXJzaGlwX2lkLCBjcmVhdGVkX2J5LCAke3Jhdyhjb2xzLmpvaW4oJywgJykpfSlcbiAgICAgIFNFTEVDVCAke3B9LCAke2N0eC51c2VySWQgPz8gbnVsbH06OmludGVnZXIsICR7cmF3KHZhbHMuam9pbignLCAnKSl9IEZST00gaW1wb3J0X3Jlc29sdmVkIHIgV0hFUkUgci5leGlzdGluZ19pZCBJUyBOVUxMIE9SREVSIEJZIHIucm93X25vYCxcbiAgKTtcbiAgY29uc3QgdG90YWwgPSBOdW1iZXIoKGF3YWl0IHNxbDx7IG46IG51bWJlciB9PmBTRUxFQ1QgY291bnQoKik6OmludCBBUyBuIEZST00gaW1wb3J0X3Jlc29sdmVkYC5leGVjdXRlKHRyeCkpLnJvd3NbMF0/Lm4gPz8gMCk7XG4gIHJldHVybiB7IGFkZGVkLCB1cGRhdGVkLCB1bmNoYW5nZWQ6IHRvdGFsIC0gYWRkZWQgLSB1cGRhdGVkIH07XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBlbnRyeSBwb2ludHNcblxuLyoqIEZpbmRzIHRoZSBwcm9ibGVtcyBvZiBzdGFnZWQgcm93cyB0aGF0IG9ubHkgdGhlIGRhdGFiYXNlIGNhbiBzZWUuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2hlY2tTdGFnZWQodHJ4OiBUcngsIGtpbmQ6IEltcG9ydEtpbmQsIGN0eDogTWVyZ2VDb250ZXh0KTogUHJvbWlzZTx2b2lkPiB7XG4gIC8vIFRoZSBjaGVja3MgYW5kIHRoZSBtZXJnZSBoYXNoIGFuZCBzb3J0IHRoZSB3aG9sZSBmaWxlIGFuZCB0aGUgc3RvcmVkXG4gIC8vIHJvd3MgaXQgbWVldHM6IHdpdGggdGhlIGRlZmF1bHQgNCBNQiwgYSBmb3JjZS1zY2FsZSBmaWxlIHNwaWxscyBldmVyeSBvbmVcbiAgLy8gb2YgdGhlbSB0byBkaXNrLiAoRm9yIHRoaXMgdHJhbnNhY3Rpb24gb25seS4pXG4gIGF3YWl0IHNxbGBTRVQgTE9DQUwgd29ya19tZW0gPSAnMTI4TUInYC5leGVjdXRlKHRyeCk7XG4gIGF3YWl0IHNxbGBBTkFMWVpFIGltcG9ydF9yb3dzYC5leGVjdXRlKHRyeCk7XG4gIGlmIChraW5kID09PSAncGVvcGxlJykgcmV0dXJuIGNoZWNrUGVvcGxlKHRyeCwgY3R4KTtcbiAgY29uc3QgcmlzayA9IFJJU0tba2luZF07XG4gIGlmIChyaXNrKSByZXR1cm4gcmVzb2x2ZVJpc2sodHJ4LCBraW5kLCByaXNrLCBjdHgpO1xuICBhd2FpdCByZXNvbHZlUGVvcGxlKHRyeCwgY3R4KTtcbiAgY29uc3QgcGVyaW9kID0gUEVSSU9EU1traW5kXTtcbiAgaWYgKHBlcmlvZCkgYXdhaXQgcmVzb2x2ZVBlcmlvZHModHJ4LCBraW5kLCBwZXJpb2QsIGN0eCk7XG59XG5cbi8qKiBEcm9wcyB0aGUgcm93cyB0aGF0IGhhdmUgcHJvYmxlbXMgKGEgcGFydGlhbCBpbXBvcnQgc3RvcmVzIHRoZSByZXN0KS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkcm9wUHJvYmxlbVJvd3ModHJ4OiBUcngpOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgc3FsYERFTEVURSBGUk9NIGltcG9ydF9yb3dzIHIgV0hFUkUgRVhJU1RTIChTRUxFQ1QgMSBGUk9NIGltcG9ydF9wcm9ibGVtcyB4IFdIRVJFIHgucm93X25vID0gci5yb3dfbm8pYC5leGVjdXRlKHRyeCk7XG59XG5cbi8qKiBNZXJnZXMgdGhlIHN0YWdlZCByb3dzIChhbGwgZ29vZCBieSBub3cpIGludG8gdGhlIHJlZ2lzdGVyLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG1lcmdlU3RhZ2VkKHRyeDogVHJ4LCBraW5kOiBJbXBvcnRLaW5kLCBjdHg6IE1lcmdlQ29udGV4dCk6IFByb21pc2U8TWVyZ2VDb3VudHM+IHtcbiAgaWYgKGtpbmQgPT09ICdwZW9wbGUnKSByZXR1cm4gbWVyZ2VQZW9wbGUodHJ4LCBjdHgpO1xuICBjb25zdCByaXNrID0gUklTS1traW5kXTtcbiAgaWYgKHJpc2spIHJldHVybiBtZXJnZVJpc2sodHJ4LCByaXNrLCBjdHgpO1xuICBjb25zdCBldmVudCA9IEVWRU5UU1traW5kXTtcbiAgaWYgKGV2ZW50KSByZXR1cm4gbWVyZ2VFdmVudHModHJ4LCBldmVudCwgY3R4KTtcbiAgY29uc3QgcGVyaW9kID0gUEVSSU9EU1traW5kXTtcbiAgaWYgKHBlcmlvZCkgcmV0dXJuIG1lcmdlUGVyaW9kcyh0cngsIGtpbmQsIHBlcmlvZCwgY3R4KTtcbiAgdGhyb3cgbmV3IEVycm9yKGBubyBtZXJnZSBmb3IgJHtraW5kfWApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBTUEsU0FBUyxXQUE4QztBQUN2RCxTQUFTLGtCQUFrQjtBQUUzQixTQUFTLFVBQVUsb0JBQW9CLHlCQUF5QjtBQUNoRSxTQUFTLHNCQUFxQztBQXNCOUMsTUFBTSxNQUFNLENBQUMsTUFBYyxJQUFJLElBQUksQ0FBQztBQUVwQyxlQUFlLEtBQUssS0FBVSxHQUF5QztBQUNyRSxRQUFNLElBQUksTUFBTSxFQUFFLFFBQVEsR0FBRztBQUM3QixTQUFPLE9BQU8sRUFBRSxtQkFBbUIsQ0FBQztBQUN0QztBQUdPLFNBQVMsWUFBWSxNQUF5QjtBQUNuRCxTQUFPLEtBQUssU0FBUztBQUN2QjtBQVFBLGVBQXNCLGNBQWMsS0FBVSxNQUFtQztBQUMvRSxRQUFNLE9BQU8sZUFBZSxJQUFJO0FBQ2hDLFFBQU0sU0FBUyxZQUFZLElBQUksSUFBSSx1QkFBdUI7QUFDMUQsUUFBTSxPQUFPLEtBQUssSUFBSSxDQUFDLENBQUMsTUFBTSxJQUFJLE1BQU0sR0FBRyxJQUFJLElBQUksSUFBSSxFQUFFLEVBQUUsS0FBSyxJQUFJO0FBQ3BFLFFBQU0sOERBQThELElBQUksSUFBSSxDQUFDLEdBQUcsSUFBSSxNQUFNLENBQUMsbUJBQW1CLFFBQVEsR0FBRztBQUN6SCxRQUFNLHVJQUF1SSxRQUFRLEdBQUc7QUFDeEosU0FBTyxDQUFDLFVBQVUsR0FBRyxLQUFLLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEdBQUcsR0FBSSxTQUFTLENBQUMsV0FBVyxJQUFJLENBQUMsQ0FBRTtBQUM3RTtBQVNBLGVBQXNCLFVBQVUsS0FBVSxlQUFxRDtBQUM3RixRQUFNLElBQUksTUFBTTtBQUFBO0FBQUEseUNBRXVCLGFBQWEsR0FBRyxRQUFRLEdBQUc7QUFDbEUsUUFBTSxRQUFRLEtBQUssTUFBTSxFQUFFLEtBQUssQ0FBQyxHQUFHLFFBQVEsSUFBSTtBQUNoRCxTQUFPLElBQUksSUFBSSxLQUFLO0FBQ3RCO0FBSUEsTUFBTSxxQkFBcUI7QUFBQSxFQUN6QixDQUFDLFVBQVUsS0FBSztBQUFBLEVBQ2hCLENBQUMsY0FBYyxLQUFLO0FBQUEsRUFDcEIsQ0FBQyxpQkFBaUIsUUFBUTtBQUFBLEVBQzFCLENBQUMsaUJBQWlCLGVBQWU7QUFDbkM7QUFFQSxlQUFlLFlBQVksS0FBVSxLQUFrQztBQUNyRSxRQUFNLElBQUksSUFBSTtBQUNkLFFBQU0sME5BQTBOO0FBQUEsSUFDOU47QUFBQSxFQUNGO0FBQ0EsUUFBTTtBQUFBO0FBQUE7QUFBQTtBQUFBLGtDQUkwQixRQUFRLEdBQUc7QUFDM0MsYUFBVyxDQUFDLEdBQUcsS0FBSyxvQkFBb0I7QUFDdEMsVUFBTTtBQUFBLHlCQUNlLEdBQUcsT0FBTyxJQUFJLEdBQUcsQ0FBQyxPQUFPLElBQUksR0FBRyxDQUFDO0FBQUE7QUFBQSxrQ0FFeEIsSUFBSSxHQUFHLENBQUMsS0FBSyxJQUFJLEdBQUcsQ0FBQztBQUFBLHFDQUNsQixJQUFJLEdBQUcsQ0FBQyx5QkFBeUIsSUFBSSxHQUFHLENBQUMsMEJBQTBCLElBQUksR0FBRyxDQUFDO0FBQUEsb0VBQzVDLFFBQVEsR0FBRztBQUFBLEVBQzdFO0FBR0EsUUFBTTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxxREFNNkMsQ0FBQztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEscUNBS2pCLENBQUM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLGlCQUtyQixRQUFRLEdBQUc7QUFDMUIsUUFBTSw0QkFBNEIsUUFBUSxHQUFHO0FBQzdDLGFBQVcsQ0FBQyxLQUFLLElBQUksS0FBSyxvQkFBb0I7QUFDNUMsVUFBTTtBQUFBLHlCQUNlLEdBQUcsT0FBTyxJQUFJLEdBQUcsQ0FBQyxPQUFPLElBQUksR0FBRyxDQUFDO0FBQUE7QUFBQTtBQUFBLHdEQUdGLENBQUMsaUJBQWlCLElBQUksb0JBQW9CLElBQUksR0FBRyxDQUFDO0FBQUE7QUFBQSw2RUFFN0IsUUFBUSxHQUFHO0FBQUEsRUFDdEY7QUFFQSxRQUFNO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLDZHQU1xRyxRQUFRLEdBQUc7QUFDeEg7QUFFQSxlQUFlLFlBQVksS0FBVSxLQUF5QztBQUM1RSxRQUFNLElBQUksSUFBSTtBQUNkLFFBQU0sT0FBTyx5REFBeUQsQ0FBQztBQUN2RSxRQUFNLFFBQVEsTUFBTTtBQUFBLElBQ2xCO0FBQUEsSUFDQTtBQUFBLGVBQ1csQ0FBQywySEFBMkgsSUFBSSxpQkFBaUIsSUFBSSxRQUFRO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFJMUs7QUFDQSxRQUFNO0FBQUE7QUFBQSxnRkFFd0UsQ0FBQyxvQ0FBb0MsUUFBUSxHQUFHO0FBQzlILFFBQU07QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSx3RUFVZ0UsQ0FBQyw4RUFBOEU7QUFBQSxJQUNuSjtBQUFBLEVBQ0Y7QUFFQSxRQUFNLGVBQWUsTUFBTSxtQkFBbUIsS0FBSyxHQUFHO0FBQ3RELFFBQU0sVUFBVSxNQUFNO0FBQUEsSUFDcEI7QUFBQSxJQUNBO0FBQUE7QUFBQSxvQkFFZ0IsSUFBSSx3Q0FBd0MsSUFBSSxRQUFRO0FBQUE7QUFBQSwwREFFbEIsQ0FBQztBQUFBLEVBQ3pEO0FBRUEsUUFBTTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsK0JBS3VCLFFBQVEsR0FBRztBQUN4QyxRQUFNO0FBQUEsK0JBQ3VCLENBQUMsa0dBQWtHLFFBQVEsR0FBRztBQUMzSSxRQUFNO0FBQUEsYUFDSyxDQUFDO0FBQUEsb0ZBQ3NFLENBQUMsOENBQThDLFFBQVEsR0FBRztBQUk1SSxRQUFNLHNHQUFzRyxRQUFRLEdBQUc7QUFDdkgsUUFBTTtBQUFBO0FBQUEsOEVBRXNFLFFBQVEsR0FBRztBQUN2RixRQUFNLDhCQUE4QixRQUFRLEdBQUc7QUFDL0MsUUFBTTtBQUFBLGFBQ0ssQ0FBQywyRkFBMkYsSUFBSSxRQUFRO0FBQUE7QUFBQSwwQ0FFM0UsQ0FBQztBQUFBO0FBQUEseURBRWMsUUFBUSxHQUFHO0FBQ2xFLFFBQU0sUUFBUTtBQUFBLEtBQ1gsTUFBTSwrRkFBOEcsUUFBUSxHQUFHLEdBQUcsS0FBSyxDQUFDLEdBQUcsS0FBSztBQUFBLEVBQ25KO0FBQ0EsUUFBTSxrQkFBa0IsS0FBSyxDQUFDLFVBQVUsb0JBQW9CLEdBQUcsS0FBSztBQUNwRSxTQUFPLEVBQUUsT0FBTyxTQUFTLFdBQVcsUUFBUSxRQUFRLFNBQVMsYUFBYTtBQUM1RTtBQU9BLGVBQWUsbUJBQW1CLEtBQVUsS0FBd0U7QUFDbEgsUUFBTSxPQUFPLE1BQU07QUFBQTtBQUFBO0FBQUEsMEJBR0ssUUFBUSxHQUFHO0FBQ25DLFFBQU0sYUFBYSxLQUFLLEtBQUssT0FBTyxDQUFDLE1BQU0sRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLE1BQU0sT0FBTyxFQUFFLFNBQVMsQ0FBQztBQUN2RixRQUFNLFNBQVMsS0FBSyxLQUFLLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLE1BQU0sT0FBTyxFQUFFLFNBQVMsQ0FBQztBQUNwRixNQUFJLE9BQU8sT0FBUSxPQUFNLHNEQUFzRCxNQUFNLGNBQWMsUUFBUSxHQUFHO0FBQzlHLE1BQUksV0FBVyxVQUFVLElBQUksUUFBUTtBQUNuQyxVQUFNLG1FQUFtRSxVQUFVLGdCQUFnQixJQUFJLE1BQU0sbUNBQW1DLFFBQVEsR0FBRztBQUFBLEVBQzdKO0FBQ0EsU0FBTyxFQUFFLFlBQVksT0FBTztBQUM5QjtBQU9BLGVBQWUsa0JBQWtCLEtBQVUsUUFBa0IsT0FBOEI7QUFDekYsTUFBSSxRQUFRLElBQU07QUFDbEIsYUFBVyxLQUFLLE9BQVEsT0FBTSxjQUFjLElBQUksQ0FBQyxDQUFDLEdBQUcsUUFBUSxHQUFHO0FBQ2xFO0FBSUEsZUFBZSxjQUFjLEtBQVUsS0FBa0M7QUFDdkUsUUFBTSxJQUFJLElBQUk7QUFJZCxRQUFNLHVIQUF1SCxRQUFRLEdBQUc7QUFDeEksUUFBTSxPQUFPLE1BQU07QUFBQSxJQUNqQjtBQUFBLElBQ0E7QUFBQTtBQUFBO0FBQUEsbURBRytDLENBQUM7QUFBQSxFQUNsRDtBQUNBLE1BQUksU0FBUyxFQUFHO0FBQ2hCLFFBQU07QUFBQTtBQUFBLG1DQUUyQixDQUFDO0FBQUE7QUFBQSxtQ0FFRCxDQUFDO0FBQUEsK0JBQ0wsUUFBUSxHQUFHO0FBQ3hDLFFBQU0sMkJBQTJCLFFBQVEsR0FBRztBQUM1QyxRQUFNO0FBQUE7QUFBQSwrSUFFdUksUUFBUSxHQUFHO0FBQ3hKLFFBQU07QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSwrQkFPdUIsUUFBUSxHQUFHO0FBQzFDO0FBT0EsU0FBUyxTQUFTLEtBQW1CLFNBQTJFO0FBQzlHLFNBQU8sSUFBSSxxQkFDUCxFQUFFLE1BQU0sZ0RBQWdELElBQUksT0FBTyxDQUFDLElBQUksTUFBTSxhQUFhLElBQzNGO0FBQUEsSUFDRSxNQUFNLDhEQUE4RCxJQUFJLE9BQU8sQ0FBQztBQUFBLElBQ2hGLE1BQU0saURBQWlELElBQUksT0FBTyxDQUFDO0FBQUEsRUFDckU7QUFDTjtBQUtBLE1BQU0sYUFBcUM7QUFBQSxFQUN6QyxTQUFTO0FBQUEsRUFDVCxhQUFhO0FBQUEsRUFDYixjQUFjO0FBQUEsRUFDZCxvQkFBb0I7QUFBQSxFQUNwQixxQkFBcUI7QUFBQSxFQUNyQixVQUFVO0FBQUEsRUFDVixjQUFjO0FBQUEsRUFDZCxlQUFlO0FBQUEsRUFDZixPQUFPO0FBQUEsRUFDUCxTQUFTO0FBQUEsRUFDVCxTQUFTO0FBQUEsRUFDVCxTQUFTO0FBQUEsRUFDVCxzQkFBc0I7QUFDeEI7QUFDQSxTQUFTLFNBQVMsUUFBZ0IsS0FBcUI7QUFDckQsUUFBTSxJQUFJLFdBQVcsR0FBRztBQUN4QixNQUFJLENBQUMsRUFBRyxPQUFNLElBQUksTUFBTSxlQUFlLEdBQUcsRUFBRTtBQUM1QyxTQUFPO0FBQ1Q7QUFZQSxNQUFNLFNBQW1EO0FBQUEsRUFDdkQsVUFBVTtBQUFBLElBQ1IsT0FBTztBQUFBLElBQ1AsTUFBTTtBQUFBLE1BQ0osRUFBRSxLQUFLLGdCQUFnQixVQUFVLE1BQU07QUFBQSxNQUN2QyxFQUFFLEtBQUssZ0JBQWdCLFVBQVUsTUFBTTtBQUFBLE1BQ3ZDLEVBQUUsS0FBSyxvQkFBb0IsVUFBVSxNQUFNO0FBQUEsSUFDN0M7QUFBQSxJQUNBLFVBQVU7QUFBQSxJQUNWLE9BQU8sQ0FBQyxTQUFTO0FBQUEsTUFDZixDQUFDLFdBQVcsY0FBYztBQUFBLE1BQzFCLENBQUMsZUFBZSxrQkFBa0I7QUFBQSxNQUNsQyxDQUFDLGdCQUFnQixJQUFJO0FBQUEsTUFDckIsQ0FBQyxzQkFBc0IsT0FBTyxJQUFJLGVBQWU7QUFBQSxNQUNqRCxDQUFDLHVCQUF1QiwwQkFBMEI7QUFBQSxNQUNsRCxDQUFDLFlBQVksZUFBZTtBQUFBLE1BQzVCLENBQUMsZ0JBQWdCLG1CQUFtQjtBQUFBLE1BQ3BDLENBQUMsaUJBQWlCLG9CQUFvQjtBQUFBLE1BQ3RDLENBQUMsU0FBUyxZQUFZO0FBQUEsSUFDeEI7QUFBQSxFQUNGO0FBQUEsRUFDQSxTQUFTO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxNQUFNO0FBQUEsTUFDSixFQUFFLEtBQUssZUFBZSxVQUFVLE1BQU07QUFBQSxNQUN0QyxFQUFFLEtBQUssb0JBQW9CLFVBQVUsS0FBSztBQUFBLElBQzVDO0FBQUEsSUFDQSxVQUFVO0FBQUEsSUFDVixPQUFPLENBQUMsU0FBUztBQUFBLE1BQ2YsQ0FBQyxnQkFBZ0IsSUFBSTtBQUFBLE1BQ3JCLENBQUMsV0FBVyxjQUFjO0FBQUEsTUFDMUIsQ0FBQyxlQUFlLGtCQUFrQjtBQUFBLElBQ3BDO0FBQUEsRUFDRjtBQUFBLEVBQ0EsY0FBYztBQUFBLElBQ1osT0FBTztBQUFBLElBQ1AsTUFBTTtBQUFBLE1BQ0osRUFBRSxLQUFLLGVBQWUsVUFBVSxNQUFNO0FBQUEsTUFDdEMsRUFBRSxLQUFLLFNBQVMsVUFBVSxLQUFLO0FBQUEsSUFDakM7QUFBQSxJQUNBLE9BQU8sTUFBTSxDQUFDLENBQUMsV0FBVyxjQUFjLENBQUM7QUFBQSxFQUMzQztBQUFBLEVBQ0EsWUFBWTtBQUFBLElBQ1YsT0FBTztBQUFBLElBQ1AsTUFBTSxDQUFDLEVBQUUsS0FBSyxhQUFhLFVBQVUsTUFBTSxDQUFDO0FBQUEsSUFDNUMsT0FBTyxNQUFNO0FBQUEsTUFDWCxDQUFDLFdBQVcsY0FBYztBQUFBLE1BQzFCLENBQUMsV0FBVyxjQUFjO0FBQUEsTUFDMUIsQ0FBQyx3QkFBd0Isc0VBQXNFO0FBQUEsSUFDakc7QUFBQSxFQUNGO0FBQ0Y7QUFNQSxlQUFlLFlBQWUsS0FBVSxNQUFjLE9BQWUsS0FBbUM7QUFDdEcsUUFBTSxVQUFVLE1BQU0sNkJBQTRDLElBQUksU0FBUyxRQUFRLEdBQUcsR0FBRyxLQUFLLENBQUMsRUFBRztBQUN0RyxRQUFNLHdCQUF3QixJQUFJLEtBQUssS0FBSyxVQUFVLFFBQVEsR0FBRztBQUNqRSxNQUFJO0FBQ0YsV0FBTyxNQUFNLElBQUk7QUFBQSxFQUNuQixVQUFFO0FBQ0EsVUFBTSx3QkFBd0IsSUFBSSxLQUFLLE1BQU0sVUFBVSxRQUFRLEdBQUc7QUFBQSxFQUNwRTtBQUNGO0FBRUEsZUFBZSxZQUFZLEtBQVUsS0FBa0IsS0FBeUM7QUFDOUYsUUFBTSxJQUFJLElBQUk7QUFDZCxRQUFNLFFBQVEsSUFBSSxXQUFXLFNBQVMsS0FBSyxJQUFJLFFBQVEsSUFBSSxFQUFFLE1BQU0sT0FBTyxNQUFNLFVBQVU7QUFDMUYsUUFBTSxRQUFRLElBQUksTUFBTSxNQUFNLElBQUk7QUFDbEMsUUFBTSxVQUFVLElBQUksS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLEdBQUc7QUFDekMsUUFBTSxVQUFVLElBQUksS0FBSyxDQUFDLEdBQUcsUUFBUSxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxDQUFDLE9BQU8sSUFBSSxDQUFDLENBQUMsRUFBRSxHQUFHLEdBQUcsTUFBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxNQUFNLENBQUMsT0FBTyxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztBQUNqSSxRQUFNLFlBQVksUUFBUSxJQUFJLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSTtBQUN4RCxRQUFNLFdBQVcsQ0FBQyxNQUNoQixJQUFJO0FBQUEsSUFDRixJQUFJLEtBQUs7QUFBQSxNQUFJLENBQUMsTUFDWixFQUFFLFdBQVcsaUJBQWlCLElBQUksRUFBRSxHQUFHLENBQUMsb0JBQW9CLElBQUksQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLEdBQUcsQ0FBQyxVQUFVLFFBQVEsSUFBSSxFQUFFLEdBQUcsQ0FBQyxNQUFNLElBQUksQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLEdBQUcsQ0FBQztBQUFBLElBQ3hJO0FBQUEsSUFDQTtBQUFBLEVBQ0Y7QUFDRixRQUFNLFlBQVksTUFBTSxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQztBQUN0QyxRQUFNLE9BQU8sQ0FBQyxHQUFHLFNBQVMsR0FBRyxTQUFTLEVBQUUsS0FBSyxJQUFJO0FBQ2pELFFBQU0sUUFBUSxJQUFJLElBQUksS0FBSztBQUczQixRQUFNLE1BQU0sMEJBQTBCLE9BQU87QUFBQSxxREFDTSxJQUFJLFNBQVMsQ0FBQztBQUFBLHlCQUMxQyxNQUFNLElBQUk7QUFNakMsUUFBTSxRQUFRLE1BQU07QUFBQSxJQUFZO0FBQUEsSUFBSztBQUFBLElBQW1CO0FBQUEsSUFBTyxZQUM3RDtBQUFBLE9BRUksTUFBTTtBQUFBO0FBQUEsaUJBRUcsS0FBSyw0QkFBNEIsQ0FBQyxzQ0FBc0MsU0FBUyxHQUFHLENBQUMsYUFBYSxRQUFRLEdBQUcsR0FDdEgsS0FBSyxDQUFDLEdBQUc7QUFBQSxJQUNiO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTyxRQUFPLGlCQUFpQixLQUFLLEtBQUssS0FBSyxFQUFFLEtBQUssVUFBVSxTQUFTLEdBQUcsR0FBRyxXQUFXLFFBQVEsQ0FBQztBQUN0RyxRQUFNLFVBQVUsTUFBTSxjQUFjLEtBQUssSUFBSSxPQUFPLEtBQUssK0NBQStDO0FBQ3hHLFFBQU0sUUFBUSxNQUFNO0FBQUEsSUFDbEI7QUFBQSxJQUNBLGtCQUFrQixLQUFLLG9EQUFvRCxJQUFJLElBQUksQ0FBQztBQUFBLGVBQ3pFLENBQUMsNkJBQTZCLElBQUksUUFBUSxLQUFLLElBQUksUUFBUSxPQUFPLFNBQVMsRUFBRSxJQUFJLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxjQUM5RyxHQUFHO0FBQUEsOEJBQ2EsSUFBSSxRQUFRLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQ3hFO0FBQ0EsTUFBSSxRQUFTLE9BQU0saUJBQWlCLEdBQUc7QUFDdkMsUUFBTSxrQkFBa0IsS0FBSyxDQUFDLElBQUksS0FBSyxHQUFHLEtBQUs7QUFDL0MsU0FBTyxFQUFFLE9BQU8sU0FBUyxHQUFHLFdBQVcsRUFBRTtBQUMzQztBQU9BLGVBQWUsaUJBQ2IsS0FDQSxLQUNBLEtBQ0EsR0FDc0I7QUFDdEIsUUFBTSxJQUFJLElBQUk7QUFDZCxRQUFNLEVBQUUsV0FBVyxRQUFRLElBQUk7QUFDL0IsUUFBTSxTQUFTLFVBQVUsSUFBSSxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsRUFBRSxLQUFLLElBQUk7QUFDdkQsUUFBTSxTQUFTLFVBQVUsSUFBSSxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsRUFBRSxLQUFLLElBQUk7QUFDdkQsUUFBTSxPQUFPLFVBQVUsSUFBSSxDQUFDLE1BQU0sR0FBRyxDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUUsS0FBSyxJQUFJO0FBQzVELFFBQU0sT0FBTyxDQUFDLEdBQUcsU0FBUyxHQUFHLFNBQVMsRUFBRSxLQUFLLElBQUk7QUFDakQsUUFBTSxRQUFRLElBQUksSUFBSSxLQUFLO0FBRTNCLFFBQU07QUFBQSx3Q0FDZ0MsSUFBSSxRQUFRLEtBQUssSUFBSSxDQUFDLENBQUMsK0JBQStCLElBQUksVUFBVSxJQUFJLENBQUMsTUFBTSxTQUFTLFNBQVMsSUFBSSxPQUFPLENBQUMsQ0FBQyxPQUFPLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQTtBQUFBLHFDQUV4SSxRQUFRLEdBQUc7QUFDOUMsUUFBTTtBQUFBLG1CQUNXLEVBQUUsR0FBRztBQUFBLDBCQUNFLElBQUksUUFBUSxJQUFJLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDLENBQUMsZ0JBQWdCLElBQUksTUFBTSxDQUFDO0FBQUEsb0JBQzdFLElBQUksTUFBTSxDQUFDLHVCQUF1QixJQUFJLE1BQU0sQ0FBQztBQUFBLDJCQUN0QyxLQUFLLDRCQUE0QixDQUFDLHNDQUFzQyxFQUFFLFFBQVEsNkJBQTZCLFFBQVEsR0FBRztBQUNuSixRQUFNLDRCQUE0QixRQUFRLEdBQUc7QUFDN0MsUUFBTSxVQUNKLE1BQU07QUFBQTtBQUFBLDJCQUVpQixRQUFRLEdBQUcsR0FDbEMsS0FBSyxDQUFDO0FBQ1IsUUFBTSxVQUFVLE9BQU8sUUFBUSxLQUFNLE1BQU0sY0FBYyxLQUFLLElBQUksT0FBTyxLQUFLLDRFQUE0RTtBQUUxSixRQUFNLFVBQ0osT0FBTyxZQUFZLElBQ2YsSUFDQSxNQUFNO0FBQUEsSUFDSjtBQUFBLElBQ0EsYUFBYSxLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsaUJBQWlCLElBQUksUUFBUTtBQUFBLG9HQUN3QixDQUFDO0FBQUEsRUFDN0Y7QUFDTixRQUFNLFFBQ0osT0FBTyxVQUFVLElBQ2IsSUFDQSxNQUFNO0FBQUEsSUFDSjtBQUFBLElBQ0Esa0JBQWtCLEtBQUssb0RBQW9ELElBQUksSUFBSSxDQUFDO0FBQUEscUJBQ3pFLENBQUMseUJBQXlCLElBQUksUUFBUSxLQUFLLElBQUksSUFBSSxDQUFDO0FBQUEsa0NBQ3ZDLElBQUksUUFBUSxDQUFDLENBQUUsQ0FBQztBQUFBLEVBQzFDO0FBQ04sTUFBSSxRQUFTLE9BQU0saUJBQWlCLEdBQUc7QUFDdkMsUUFBTSxrQkFBa0IsS0FBSyxDQUFDLElBQUksS0FBSyxHQUFHLEtBQUs7QUFDL0MsU0FBTyxFQUFFLE9BQU8sU0FBUyxXQUFXLE9BQU8sUUFBUSxRQUFRLFFBQVE7QUFDckU7QUFLQSxNQUFNLG1CQUFtQixDQUFDLGdCQUFnQixVQUFVLFNBQVM7QUFtQjdELGVBQXNCLGNBQWMsS0FBVSxPQUFlLEtBQW1CQSxZQUFrRDtBQUVoSSxRQUFNLElBQUksSUFBSTtBQUNkLFFBQU0sSUFBSSxNQUFNLFNBQVMsS0FBSyxLQUFLO0FBQ25DLE1BQUksRUFBRSxXQUFXLEtBQUssQ0FBQyxFQUFFLFdBQVcsTUFBTSxDQUFDLE1BQU0saUJBQWlCLFNBQVMsQ0FBQyxDQUFDLEVBQUcsUUFBTztBQUN2RixRQUFNLFNBQVMsTUFBTTtBQUFBLG1DQUNZQSxVQUFTO0FBQUEsbUhBQ3VFLENBQUM7QUFBQTtBQUFBO0FBQUEsZ0ZBR3BDLENBQUM7QUFBQSwyRUFDTixJQUFJLFFBQVEsNEJBQTRCLENBQUMscUNBQXFDLFFBQVEsR0FBRztBQUNsSyxRQUFNLElBQUksT0FBTyxLQUFLLENBQUM7QUFDdkIsTUFBSSxDQUFDLEtBQUssRUFBRSxXQUFXLEVBQUUsVUFBVSxFQUFFLGdCQUFnQixLQUFLLEVBQUUsV0FBVyxFQUFHLFFBQU87QUFDakYsU0FBTyxtQkFBbUIsR0FBRztBQUMvQjtBQUdPLE1BQU0sbUJBQW1CO0FBZ0JoQyxNQUFNLFVBQXFEO0FBQUEsRUFDekQsU0FBUztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsS0FBSztBQUFBLElBQ0wsV0FBVyxDQUFDO0FBQUEsSUFDWixPQUFPO0FBQUEsTUFDTCxDQUFDLFFBQVEsUUFBUTtBQUFBLE1BQ2pCLENBQUMsWUFBWSxZQUFZO0FBQUEsTUFDekIsQ0FBQyxpQkFBaUIsaUJBQWlCO0FBQUEsTUFDbkMsQ0FBQyx5QkFBeUIseUJBQXlCO0FBQUEsTUFDbkQsQ0FBQyxnQkFBZ0IsZ0JBQWdCO0FBQUEsTUFDakMsQ0FBQyxpQkFBaUIsaUJBQWlCO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQUEsRUFDQSxhQUFhO0FBQUEsSUFDWCxPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxLQUFLO0FBQUEsSUFDTCxXQUFXLENBQUMsTUFBTTtBQUFBLElBQ2xCLE9BQU87QUFBQSxNQUNMLENBQUMsWUFBWSxZQUFZO0FBQUEsTUFDekIsQ0FBQyxhQUFhLGFBQWE7QUFBQSxNQUMzQixDQUFDLFlBQVksWUFBWTtBQUFBLE1BQ3pCLENBQUMsWUFBWSxZQUFZO0FBQUEsSUFDM0I7QUFBQSxFQUNGO0FBQUEsRUFDQSxhQUFhO0FBQUEsSUFDWCxPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxPQUFPO0FBQUEsSUFDUCxLQUFLO0FBQUEsSUFDTCxXQUFXLENBQUMsV0FBVztBQUFBLElBQ3ZCLE9BQU87QUFBQSxNQUNMLENBQUMsV0FBVyxXQUFXO0FBQUEsTUFDdkIsQ0FBQyxZQUFZLFlBQVk7QUFBQSxNQUN6QixDQUFDLGNBQWMsY0FBYztBQUFBLE1BQzdCLENBQUMsa0JBQWtCLGtCQUFrQjtBQUFBLElBQ3ZDO0FBQUEsRUFDRjtBQUFBLEVBQ0EsV0FBVztBQUFBLElBQ1QsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLElBQ1AsS0FBSztBQUFBLElBQ0wsV0FBVyxDQUFDO0FBQUEsSUFDWixPQUFPO0FBQUEsTUFDTCxDQUFDLGFBQWEsYUFBYTtBQUFBLE1BQzNCLENBQUMsV0FBVyxXQUFXO0FBQUEsTUFDdkIsQ0FBQyxZQUFZLFlBQVk7QUFBQSxJQUMzQjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLGVBQWUsZUFBZSxLQUFVLE1BQWtCLEtBQW1CLEtBQWtDO0FBQzdHLFFBQU0sSUFBSSxJQUFJO0FBQ2QsUUFBTTtBQUFBO0FBQUE7QUFBQSxxQ0FHNkIsUUFBUSxHQUFHO0FBQzlDLE1BQUksU0FBUyxlQUFlO0FBQzFCLFVBQU07QUFBQTtBQUFBLGdHQUVzRixDQUFDLDJCQUEyQixRQUFRLEdBQUc7QUFDbkksVUFBTTtBQUFBO0FBQUEsa0VBRXdELENBQUM7QUFBQSx3SEFDcUQsUUFBUSxHQUFHO0FBQUEsRUFDakk7QUFDQSxRQUFNO0FBQUE7QUFBQSxRQUVBLFNBQVMsZ0JBQWdCLDhEQUE4RCxDQUFDLDZCQUE2QixTQUFTO0FBQUEsUUFDOUgsU0FBUyxnQkFBZ0Isb0dBQW9HLENBQUMsa0RBQWtELFNBQVM7QUFBQSxRQUN6TCxTQUFTLGNBQWMseURBQXlELENBQUMsK0JBQStCLFNBQVM7QUFBQTtBQUFBO0FBQUEsa0ZBRy9DLFFBQVEsR0FBRztBQUUzRixRQUFNLE9BQU8sSUFBSSxVQUFVLElBQUksQ0FBQyxNQUFNLFVBQVUsQ0FBQyxRQUFRLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRTtBQUNyRSxRQUFNLFFBQVEsSUFBSTtBQUVsQixRQUFNO0FBQUEsdUJBQ2UsS0FBSyxPQUFPLElBQUksS0FBSyxDQUFDO0FBQUEsdUJBQ3RCLElBQUksS0FBSyx5Q0FBeUMsSUFBSSxLQUFLLENBQUM7QUFBQSx1RkFDSSxJQUFJLEtBQUssQ0FBQyxRQUFRLElBQUksS0FBSyxDQUFDLElBQUksSUFBSSxJQUFJLENBQUM7QUFBQSwyQkFDckcsSUFBSSxLQUFLLENBQUMsR0FBRyxRQUFRLEdBQUc7QUFDakQsTUFBSSxJQUFJLEtBQUs7QUFDWCxVQUFNLE1BQU0sSUFBSTtBQUNoQixVQUFNLFFBQVEsQ0FBQyxNQUFjLGFBQWEsQ0FBQyxJQUFJLEtBQUssS0FBSyxDQUFDLElBQUksR0FBRztBQUVqRSxVQUFNO0FBQUEseUJBQ2UsS0FBSyxPQUFPLElBQUksS0FBSyxDQUFDO0FBQUEsWUFDbkMsSUFBSSxLQUFLLENBQUMsMkJBQTJCLElBQUksS0FBSztBQUFBLG1GQUN5QixJQUFJLElBQUksQ0FBQztBQUFBLGdCQUM1RSxJQUFJLEtBQUssQ0FBQyxTQUFTLElBQUksS0FBSyxDQUFDLFFBQVEsSUFBSSxNQUFNLEdBQUcsQ0FBQyxDQUFDLE9BQU8sSUFBSSxNQUFNLEdBQUcsQ0FBQyxDQUFDO0FBQUEsNkJBQzdELElBQUksS0FBSyxDQUFDLEdBQUcsUUFBUSxHQUFHO0FBRWpELFVBQU0sYUFBYSxJQUFJLFVBQVUsSUFBSSxDQUFDLE1BQU0sVUFBVSxDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFO0FBQzNFLFVBQU07QUFBQSx5QkFDZSxLQUFLLE9BQU8sSUFBSSxLQUFLLENBQUM7QUFBQSxZQUNuQyxJQUFJLEtBQUssQ0FBQyxrQ0FBa0MsSUFBSSxLQUFLLHlCQUF5QixJQUFJLEtBQUssQ0FBQztBQUFBLG9DQUNoRSxJQUFJLElBQUksS0FBSyxDQUFDLDRCQUE0QixDQUFDLGtDQUFrQyxJQUFJLFVBQVUsQ0FBQztBQUFBLGdCQUNoSCxJQUFJLEtBQUssQ0FBQyxTQUFTLElBQUksS0FBSyxDQUFDLFFBQVEsSUFBSSxNQUFNLEdBQUcsQ0FBQyxDQUFDLE9BQU8sSUFBSSxNQUFNLEdBQUcsQ0FBQyxDQUFDO0FBQUEsNkJBQzdELElBQUksS0FBSyxDQUFDLEdBQUcsUUFBUSxHQUFHO0FBQUEsRUFDbkQ7QUFDRjtBQUVBLGVBQWUsYUFBYSxLQUFVLE1BQWtCLEtBQW1CLEtBQXlDO0FBQ2xILFFBQU0sSUFBSSxJQUFJO0FBQ2QsUUFBTSxRQUFRLElBQUksSUFBSSxLQUFLO0FBQzNCLFFBQU0sUUFBUSxJQUFJO0FBQ2xCLFFBQU0sNEdBQTRHLFFBQVEsR0FBRztBQUM3SCxRQUFNLFVBQVUsQ0FBQyw2QkFBNkIsS0FBSyxLQUFLLFFBQVEsS0FBSyxJQUFJLEdBQUcsSUFBSSxVQUFVLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLEVBQUUsS0FBSyxPQUFPO0FBQ3JJLFFBQU0sU0FBUyxJQUFJLE1BQU0sSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLEtBQUssQ0FBQyxFQUFFLEVBQUUsS0FBSyxJQUFJO0FBQ3pELFFBQU0sU0FBUyxJQUFJLE1BQU0sSUFBSSxDQUFDLENBQUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUNwRCxRQUFNLGtFQUFrRSxJQUFJLE1BQU0sQ0FBQyx1QkFBdUIsSUFBSSxNQUFNLENBQUM7QUFBQSxXQUM1RyxLQUFLLCtCQUErQixDQUFDLFFBQVEsSUFBSSxPQUFPLENBQUMsR0FBRyxRQUFRLEdBQUc7QUFDaEYsUUFBTSxPQUFPLElBQUksTUFBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxLQUFLLElBQUk7QUFDL0QsUUFBTSxVQUFVLE1BQU07QUFBQSxJQUNwQjtBQUFBLElBQ0EsYUFBYSxLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsaUJBQWlCLElBQUksUUFBUTtBQUFBLCtGQUN5QixDQUFDO0FBQUEsRUFDOUY7QUFDQSxRQUFNLGFBQWEsQ0FBQyxhQUFhLE9BQU8sR0FBRyxJQUFJLFdBQVcsR0FBRyxJQUFJLE1BQU0sSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQztBQUN0RixRQUFNLGFBQWEsV0FBVyxJQUFJLENBQUMsTUFBTyxNQUFNLGVBQWUsTUFBTSxTQUFTLElBQUksVUFBVSxTQUFTLENBQUMsSUFBSSxLQUFLLENBQUMsS0FBSyxJQUFJLE1BQU0sS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLE1BQU0sQ0FBQyxFQUFHLENBQUMsQ0FBRTtBQUMxSixNQUFJO0FBQ0osTUFBSSxJQUFJLEtBQUs7QUFDWCxZQUFRLE1BQU07QUFBQSxNQUNaO0FBQUEsTUFDQSxrQkFBa0IsS0FBSyxnQ0FBZ0MsSUFBSSxXQUFXLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxpQkFDdEUsQ0FBQyxLQUFLLElBQUksUUFBUSxLQUFLLElBQUksV0FBVyxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUE7QUFBQSxJQUU5RDtBQUFBLEVBQ0YsT0FBTztBQUdMLFVBQU0sOEdBQThHLFFBQVEsR0FBRztBQUMvSCxVQUFNO0FBQUE7QUFBQSxnRkFFc0UsQ0FBQztBQUFBLHVFQUNWLFFBQVEsR0FBRztBQUM5RSxVQUFNO0FBQUE7QUFBQSxpQ0FFdUIsQ0FBQztBQUFBLDBDQUNRLFdBQVcsYUFBYSxJQUFJLElBQUksYUFBYSxDQUFDLENBQUMsR0FBRyxRQUFRLEdBQUc7QUFDbkcsWUFBUSxNQUFNO0FBQUEsTUFDWjtBQUFBLE1BQ0EsaUVBQWlFLElBQUksV0FBVyxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsaUJBQ2hGLENBQUMsS0FBSyxJQUFJLFFBQVEsa0JBQWtCLElBQUksV0FBVyxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUE7QUFBQTtBQUFBO0FBQUEsSUFJM0U7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLFFBQVEsTUFBTSxvREFBbUUsUUFBUSxHQUFHLEdBQUcsS0FBSyxDQUFDLEdBQUcsS0FBSyxDQUFDO0FBQzVILFFBQU0sa0JBQWtCLEtBQUssQ0FBQyxJQUFJLEtBQUssR0FBRyxLQUFLO0FBQy9DLE9BQUs7QUFDTCxTQUFPLEVBQUUsT0FBTyxTQUFTLFdBQVcsUUFBUSxRQUFRLFFBQVE7QUFDOUQ7QUFrQkEsTUFBTSxPQUFnRDtBQUFBLEVBQ3BELGtCQUFrQjtBQUFBLElBQ2hCLE9BQU87QUFBQSxJQUNQLE1BQU07QUFBQSxJQUNOLE1BQU0sQ0FBQyxXQUFXO0FBQUEsSUFDbEIsT0FBTztBQUFBLE1BQ0wsQ0FBQyx3QkFBd0Isd0JBQXdCO0FBQUEsTUFDakQsQ0FBQyw0QkFBNEIsNEJBQTRCO0FBQUEsSUFDM0Q7QUFBQSxFQUNGO0FBQUEsRUFDQSxpQkFBaUI7QUFBQSxJQUNmLE9BQU87QUFBQSxJQUNQLE1BQU07QUFBQSxJQUNOLE1BQU0sQ0FBQztBQUFBLElBQ1AsT0FBTyxDQUFDLENBQUMsV0FBVyxXQUFXLENBQUM7QUFBQSxFQUNsQztBQUNGO0FBRUEsZUFBZSxZQUFZLEtBQVUsTUFBa0IsS0FBaUIsS0FBa0M7QUFDeEcsUUFBTSxJQUFJLElBQUk7QUFFZCxRQUFNO0FBQUE7QUFBQSxpQ0FFeUIsQ0FBQztBQUFBLCtCQUNILFFBQVEsR0FBRztBQUN4QyxRQUFNO0FBQUE7QUFBQSxrREFFMEMsUUFBUSxHQUFHO0FBQzNELFFBQU0sU0FBUyxTQUFTLHFCQUFxQiw0REFBNEQsQ0FBQyxxQ0FBcUM7QUFDL0ksUUFBTTtBQUFBLGtCQUNVLE1BQU07QUFBQSxzREFDOEIsUUFBUSxHQUFHO0FBQy9ELE1BQUksU0FBUyxvQkFBb0I7QUFDL0IsVUFBTTtBQUFBO0FBQUEsMEZBRWdGLFFBQVEsR0FBRztBQUFBLEVBQ25HO0FBQ0EsUUFBTSxPQUFPLENBQUMsNkJBQTZCLEtBQUssSUFBSSxJQUFJLFFBQVEsSUFBSSxJQUFJLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxDQUFDLE1BQU0sY0FBYyxDQUFDLHNCQUFzQixDQUFDLE9BQU8sQ0FBQyxFQUFFLEtBQUssT0FBTztBQUMvSixRQUFNO0FBQUEsdUJBQ2UsSUFBSSxJQUFJLE9BQU8sSUFBSSxJQUFJLElBQUksQ0FBQztBQUFBLHVCQUM1QixTQUFTLHFCQUFxQix5Q0FBeUMsNEJBQTRCO0FBQUEsdURBQ25FLElBQUksSUFBSSxDQUFDO0FBQUEsMkJBQ3JDLElBQUksSUFBSSxJQUFJLENBQUMsR0FBRyxRQUFRLEdBQUc7QUFDdEQ7QUFFQSxlQUFlLFVBQVUsS0FBVSxLQUFpQixLQUF5QztBQUMzRixRQUFNLElBQUksSUFBSTtBQUNkLFFBQU0sUUFBUSxJQUFJLElBQUksS0FBSztBQUMzQixRQUFNLDRHQUE0RyxRQUFRLEdBQUc7QUFDN0gsUUFBTSxVQUFVLENBQUMsNkJBQTZCLEtBQUssSUFBSSxJQUFJLFFBQVEsSUFBSSxJQUFJLElBQUksR0FBRyxJQUFJLEtBQUssSUFBSSxDQUFDLE1BQU0sY0FBYyxDQUFDLHNCQUFzQixDQUFDLE9BQU8sQ0FBQyxFQUFFLEtBQUssT0FBTztBQUNsSyxRQUFNLFNBQVMsSUFBSSxNQUFNLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSTtBQUN6RCxRQUFNLFNBQVMsSUFBSSxNQUFNLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLElBQUk7QUFFcEQsUUFBTSxrRUFBa0UsSUFBSSxNQUFNLENBQUMsdUJBQXVCLElBQUksTUFBTSxDQUFDO0FBQUEsMkNBQzVFLElBQUksQ0FBQyxJQUFJLE1BQU0sR0FBRyxJQUFJLElBQUksRUFBRSxLQUFLLElBQUksQ0FBQyxDQUFDLFlBQVksS0FBSywyQkFBMkIsQ0FBQyx3QkFBd0IsSUFBSSxDQUFDLElBQUksTUFBTSxHQUFHLElBQUksSUFBSSxFQUFFLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxZQUNsTCxJQUFJLE9BQU8sQ0FBQyxHQUFHLFFBQVEsR0FBRztBQUNwQyxRQUFNLE9BQU8sSUFBSSxNQUFNLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEtBQUssSUFBSTtBQUMvRCxRQUFNLFVBQVUsTUFBTSxLQUFLLEtBQUssYUFBYSxLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsMkZBQTJGLENBQUMsRUFBRTtBQUNuSyxRQUFNLE9BQU8sQ0FBQyxhQUFhLElBQUksTUFBTSxHQUFHLElBQUksTUFBTSxHQUFHLElBQUksTUFBTSxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0FBQzlFLFFBQU0sT0FBTyxDQUFDLGVBQWUsS0FBSyxJQUFJLElBQUksSUFBSSxHQUFHLElBQUksS0FBSyxJQUFJLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxHQUFHLEdBQUcsSUFBSSxNQUFNLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQztBQUM5RyxRQUFNLFFBQVEsTUFBTTtBQUFBLElBQ2xCO0FBQUEsSUFDQSxrQkFBa0IsS0FBSyxpQ0FBaUMsSUFBSSxLQUFLLEtBQUssSUFBSSxDQUFDLENBQUM7QUFBQSxlQUNqRSxDQUFDLEtBQUssSUFBSSxVQUFVLElBQUksY0FBYyxJQUFJLEtBQUssS0FBSyxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQ3ZFO0FBQ0EsUUFBTSxRQUFRLFFBQVEsTUFBTSxvREFBbUUsUUFBUSxHQUFHLEdBQUcsS0FBSyxDQUFDLEdBQUcsS0FBSyxDQUFDO0FBQzVILFNBQU8sRUFBRSxPQUFPLFNBQVMsV0FBVyxRQUFRLFFBQVEsUUFBUTtBQUM5RDtBQUtBLGVBQXNCLFlBQVksS0FBVSxNQUFrQixLQUFrQztBQUk5RixRQUFNLGtDQUFrQyxRQUFRLEdBQUc7QUFDbkQsUUFBTSx5QkFBeUIsUUFBUSxHQUFHO0FBQzFDLE1BQUksU0FBUyxTQUFVLFFBQU8sWUFBWSxLQUFLLEdBQUc7QUFDbEQsUUFBTSxPQUFPLEtBQUssSUFBSTtBQUN0QixNQUFJLEtBQU0sUUFBTyxZQUFZLEtBQUssTUFBTSxNQUFNLEdBQUc7QUFDakQsUUFBTSxjQUFjLEtBQUssR0FBRztBQUM1QixRQUFNLFNBQVMsUUFBUSxJQUFJO0FBQzNCLE1BQUksT0FBUSxPQUFNLGVBQWUsS0FBSyxNQUFNLFFBQVEsR0FBRztBQUN6RDtBQUdBLGVBQXNCLGdCQUFnQixLQUF5QjtBQUM3RCxRQUFNLHdHQUF3RyxRQUFRLEdBQUc7QUFDM0g7QUFHQSxlQUFzQixZQUFZLEtBQVUsTUFBa0IsS0FBeUM7QUFDckcsTUFBSSxTQUFTLFNBQVUsUUFBTyxZQUFZLEtBQUssR0FBRztBQUNsRCxRQUFNLE9BQU8sS0FBSyxJQUFJO0FBQ3RCLE1BQUksS0FBTSxRQUFPLFVBQVUsS0FBSyxNQUFNLEdBQUc7QUFDekMsUUFBTSxRQUFRLE9BQU8sSUFBSTtBQUN6QixNQUFJLE1BQU8sUUFBTyxZQUFZLEtBQUssT0FBTyxHQUFHO0FBQzdDLFFBQU0sU0FBUyxRQUFRLElBQUk7QUFDM0IsTUFBSSxPQUFRLFFBQU8sYUFBYSxLQUFLLE1BQU0sUUFBUSxHQUFHO0FBQ3RELFFBQU0sSUFBSSxNQUFNLGdCQUFnQixJQUFJLEVBQUU7QUFDeEM7IiwKICAibmFtZXMiOiBbInBlcnNvbklkcyJdCn0K
