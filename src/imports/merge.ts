// The set-based half of an import: the rows of one file sit in a staging table
// (import_rows, typed, filled by COPY); these statements find the problems only
// the database can see (unknown people, schemes and tiers, clashing identifiers,
// overlapping periods) and then merge the good rows into the register by their
// natural keys (0010_imports.sql), counting added, updated and unchanged rows.
// Everything runs inside the import's one transaction.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { spanOpenOn } from '../calendar/sql.js';
import type { DB } from '../db/schema.js';
import { keyShape, switchOffKeyChecks, switchOnKeyChecks } from '../db/key-checks.js';
import { stagingColumns, type KindSpec } from './kinds.js';
import { type ImportKind } from './kind-names.js';

type Trx = Transaction<DB>;

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Rows stored with an offence code that is not a known Home Office code (outcomes and arrests). */
  unknownCodes?: number;
  /** People whose restriction the file changed (people files only), by id, for the audit log. */
  restrictions?: { restricted: number[]; lifted: number[] };
}

export interface MergeContext {
  partnershipId: number;
  importId: number;
  /** Whether an offence code table has been loaded (else the 3-digit groups decide). */
  offenceCodesLoaded: boolean;
  /** The importing user, named on the people the file restricts (null for the CLI operator). */
  userId?: number | null;
}

const raw = (s: string) => sql.raw(s);

async function exec(trx: Trx, q: RawBuilder<unknown>): Promise<number> {
  const r = await q.execute(trx);
  return Number(r.numAffectedRows ?? 0);
}

/** Whether a kind's rows name a person who must already be stored (every kind but people). */
export function namesPerson(spec: KindSpec): boolean {
  return spec.kind !== 'people';
}

/**
 * Creates the staging tables for one import; they vanish at commit or
 * rollback. Returns the staging columns in COPY order: row_no, the kind's
 * columns, then (for a kind that names a person) person_id, which the reader
 * fills from personIds where it can and leaves empty where it cannot.
 */
export async function createStaging(trx: Trx, spec: KindSpec): Promise<string[]> {
  const cols = stagingColumns(spec);
  const person = namesPerson(spec) ? ', person_id bigint' : '';
  const defs = cols.map(([name, type]) => `${name} ${type}`).join(', ');
  await sql`CREATE TEMP TABLE import_rows (row_no integer NOT NULL, ${raw(defs)}${raw(person)}) ON COMMIT DROP`.execute(trx);
  await sql`CREATE TEMP TABLE import_problems (row_no integer NOT NULL, field text NOT NULL, value text, reason text NOT NULL) ON COMMIT DROP`.execute(trx);
  return ['row_no', ...cols.map(([n]) => n), ...(person ? ['person_id'] : [])];
}

/**
 * The partnership's people by person_ref, as the id their rows are stored
 * under (a merged person's survivor), as COPY text: read once, so the reader
 * can name each row's person as it stages it, and the database need not join
 * every row of the file to the people. Read as one JSON text value, so it
 * crosses from the embedded database in one piece. With `only`, just those
 * references (by the partnership's unique index), for a file naming few people.
 */
export async function personIds(trx: Trx | Kysely<DB>, partnershipId: number, only?: readonly string[]): Promise<Map<string, string>> {
  if (only?.length === 0) return new Map();
  const r = await sql<{ refs: string | null }>`
    SELECT json_agg(json_build_array(person_ref, coalesce(merged_into_id, id)::text))::text AS refs
    FROM people WHERE partnership_id = ${partnershipId}${only ? sql` AND person_ref = ANY(${only}::text[])` : sql``}`.execute(trx);
  const pairs = JSON.parse(r.rows[0]?.refs ?? '[]') as [string, string][];
  return new Map(pairs);
}

// ------------------------------------------------------------------ people

const IDENTIFIER_COLUMNS = [
  ['pnc_id', 'pnc'],
  ['cro_number', 'cro'],
  ['prison_number', 'prison'],
  ['probation_crn', 'probation_crn'],
] as const;

async function checkPeople(trx: Trx, ctx: MergeContext): Promise<void> {
  const p = ctx.partnershipId;
  await sql`CREATE TEMP TABLE import_targets (row_no integer PRIMARY KEY, person_id bigint, by_ref boolean NOT NULL DEFAULT false, is_new boolean NOT NULL DEFAULT false, changed boolean NOT NULL DEFAULT false) ON COMMIT DROP`.execute(
    trx,
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
  // Whom each row is about: by person_ref, else by an identifier (a person_ref
  // seen before as another system's local id, then PNC, CRO, prison, CRN).
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
  // Two rows of one file must not both describe one stored person.
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT t.row_no, 'person_ref', r.person_ref, r.person_ref || ' is the same person as row ' || f.first_row || ' (matched by an identifier)'
    FROM import_targets t
    JOIN import_rows r ON r.row_no = t.row_no
    JOIN (SELECT person_id, min(row_no) AS first_row FROM import_targets WHERE person_id IS NOT NULL GROUP BY person_id HAVING count(*) > 1) f
      ON f.person_id = t.person_id
    WHERE t.row_no > f.first_row AND NOT EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = t.row_no)`.execute(trx);
}

async function mergePeople(trx: Trx, ctx: MergeContext): Promise<MergeCounts> {
  const p = ctx.partnershipId;
  const area = sql`(SELECT a.id FROM areas a WHERE a.partnership_id = ${p} AND a.code = r.area_code)`;
  const added = await exec(
    trx,
    sql`INSERT INTO people (partnership_id, person_ref, family_name, given_names, date_of_birth, sex, sex_raw, ethnicity, ethnicity_raw, area_code, area_id, postcode, import_id, restricted)
      SELECT ${p}, r.person_ref, r.family_name, r.given_names, r.date_of_birth, r.sex, r.sex_raw, r.ethnicity, r.ethnicity, r.area_code, ${area}, r.postcode, ${ctx.importId}, coalesce(r.restricted, false)
      FROM import_rows r JOIN import_targets t ON t.row_no = r.row_no
      WHERE t.person_id IS NULL
      ORDER BY r.row_no`,
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
    trx,
  );
  // Restrictions the file changes, read before the update: a blank cell leaves a stored person as they are.
  const restrictions = await restrictionChanges(trx, ctx);
  const updated = await exec(
    trx,
    sql`UPDATE people pp SET restricted = coalesce(r.restricted, pp.restricted), family_name = r.family_name, given_names = r.given_names, date_of_birth = r.date_of_birth,
        sex = r.sex, sex_raw = r.sex_raw, ethnicity = r.ethnicity, ethnicity_raw = r.ethnicity, area_code = r.area_code,
        area_id = ${area}, postcode = r.postcode, import_id = ${ctx.importId}, updated_at = now()
      FROM import_rows r JOIN import_targets t ON t.row_no = r.row_no
      WHERE pp.id = t.person_id AND pp.partnership_id = ${p} AND t.changed`,
  );
  // Identifiers: the file states each kind's current value for the person.
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
  // A new person who shares name and date of birth with another: a possible
  // duplicate for a user to decide on, never merged here.
  // (Keys first, then a join on them, so the plan stays a hash join at any size.)
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
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM import_targets t JOIN import_rows r ON r.row_no = t.row_no`.execute(trx)).rows[0]?.n ?? 0,
  );
  await refreshStatistics(trx, ['people', 'person_identifiers'], added);
  return { added, updated, unchanged: total - added - updated, restrictions };
}

/**
 * The people a file restricts (new ones marked yes, stored ones changed to
 * yes) and those whose restriction it lifts. A lifted restriction drops the
 * named users; a new one names the importing user, so they can name others.
 */
async function restrictionChanges(trx: Trx, ctx: MergeContext): Promise<{ restricted: number[]; lifted: number[] }> {
  const rows = await sql<{ person_id: number; restricted: boolean }>`
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

/**
 * After a bulk load the planner's statistics still describe the table as it
 * was (perhaps empty), and the next import's lookups then scan it row by row.
 * ANALYZE samples the table, so it costs little even at force scale.
 */
export async function refreshStatistics(trx: Trx, tables: string[], added: number): Promise<void> {
  if (added < 1000) return;
  for (const t of tables) await sql`ANALYZE ${raw(t)}`.execute(trx);
}

// ------------------------------------------------------------------ people named by other kinds

async function resolvePeople(trx: Trx, ctx: MergeContext): Promise<void> {
  const p = ctx.partnershipId;
  // The reader named the person of every row whose person_ref is a stored
  // person's. The rest (usually none) are looked up here: by person_ref, then
  // by another system's local id, then by PNC ID.
  await sql`CREATE TEMP TABLE import_people (person_ref text NOT NULL, pnc_id text NOT NULL, person_id bigint) ON COMMIT DROP`.execute(trx);
  const left = await exec(
    trx,
    sql`INSERT INTO import_people (person_ref, pnc_id, person_id)
      SELECT k.person_ref, k.pnc_id, coalesce(pp.merged_into_id, pp.id)
      FROM (SELECT DISTINCT coalesce(person_ref, '') AS person_ref, coalesce(pnc_id, '') AS pnc_id FROM import_rows WHERE person_id IS NULL) k
      LEFT JOIN people pp ON pp.partnership_id = ${p} AND pp.person_ref = k.person_ref`,
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

/**
 * The stored 5-digit code for staged row r's normalised code, when the
 * reference data knows it: a LEFT JOIN (one hash join for the whole file,
 * not a lookup per row) and the expression over it.
 */
function codeJoin(ctx: MergeContext, normCol: string): { join: RawBuilder<unknown>; code: RawBuilder<unknown> } {
  return ctx.offenceCodesLoaded
    ? { join: sql`LEFT JOIN offence_codes oc ON oc.code = r.${raw(normCol)}`, code: sql`oc.code` }
    : {
        join: sql`LEFT JOIN offence_groups oc ON oc.group_code = substr(r.${raw(normCol)}, 1, 3)`,
        code: sql`CASE WHEN oc.group_code IS NOT NULL THEN r.${raw(normCol)} END`,
      };
}

// ------------------------------------------------------------------ events

/** SQL types of the stored attribute columns, for the matched table's shape. */
const ATTR_TYPES: Record<string, string> = {
  outcome: 'text',
  outcome_raw: 'text',
  offence_code: 'text',
  offence_code_known: 'boolean',
  offence_description: 'text',
  disposal: 'text',
  disposal_raw: 'text',
  sentence_days: 'integer',
  court: 'text',
  grading: 'text',
  opiates: 'boolean',
  cocaine: 'boolean',
  trigger_offence_code: 'text',
};
function attrType(_table: string, col: string): string {
  const t = ATTR_TYPES[col];
  if (!t) throw new Error(`no type for ${col}`);
  return t;
}

interface EventConfig {
  table: string;
  /** Key columns besides person_id and key_seq; nullable ones compare through coalesce. */
  keys: { col: string; nullable: boolean }[];
  /** The staged normalised offence code looked up as `code` (joined as oc), if any. */
  codeNorm?: string;
  /** Attribute columns and the expression (over staging row r, and `code`) that fills each. */
  attrs: (code: RawBuilder<unknown>) => [string, RawBuilder<unknown>][];
}

const EVENTS: Partial<Record<ImportKind, EventConfig>> = {
  outcomes: {
    table: 'outcomes',
    keys: [
      { col: 'offence_date', nullable: false },
      { col: 'outcome_date', nullable: false },
      { col: 'offence_code_raw', nullable: false },
    ],
    codeNorm: 'offence_code_norm',
    attrs: (code) => [
      ['outcome', sql`r.outcome`],
      ['outcome_raw', sql`r.outcome_raw`],
      ['offence_code', code],
      ['offence_code_known', sql`(${code}) IS NOT NULL`],
      ['offence_description', sql`r.offence_description`],
      ['disposal', sql`r.disposal`],
      ['disposal_raw', sql`r.disposal_raw`],
      ['sentence_days', sql`r.sentence_days`],
      ['court', sql`r.court`],
    ],
  },
  arrests: {
    table: 'arrests',
    keys: [
      { col: 'arrest_date', nullable: false },
      { col: 'offence_code_raw', nullable: true },
    ],
    codeNorm: 'offence_code_norm',
    attrs: (code) => [
      ['offence_code', code],
      ['outcome', sql`r.outcome`],
      ['outcome_raw', sql`r.outcome_raw`],
    ],
  },
  intelligence: {
    table: 'intelligence_reports',
    keys: [
      { col: 'report_date', nullable: false },
      { col: 'topic', nullable: true },
    ],
    attrs: () => [['grading', sql`r.grading`]],
  },
  drug_tests: {
    table: 'drug_tests',
    keys: [{ col: 'test_date', nullable: false }],
    attrs: () => [
      ['opiates', sql`r.opiates`],
      ['cocaine', sql`r.cocaine`],
      ['trigger_offence_code', sql`coalesce(r.trigger_offence_code_norm, r.trigger_offence_code_raw)`],
    ],
  },
};

/**
 * Runs one statement with a planner setting changed, then puts it back (a
 * SET LOCAL would last to the end of the import's transaction).
 */
export async function withSetting<T>(trx: Trx, name: string, value: string, run: () => Promise<T>): Promise<T> {
  const before = (await sql<{ v: string }>`SELECT current_setting(${name}) AS v`.execute(trx)).rows[0]!.v;
  await sql`SELECT set_config(${name}, ${value}, true)`.execute(trx);
  try {
    return await run();
  } finally {
    await sql`SELECT set_config(${name}, ${before}, true)`.execute(trx);
  }
}

async function mergeEvents(trx: Trx, cfg: EventConfig, ctx: MergeContext): Promise<MergeCounts> {
  const p = ctx.partnershipId;
  const codes = cfg.codeNorm ? codeJoin(ctx, cfg.codeNorm) : { join: sql``, code: sql`NULL` };
  const attrs = cfg.attrs(codes.code);
  const keyCols = cfg.keys.map((k) => k.col);
  const srcCols = sql.join([...keyCols.map((c) => sql`r.${raw(c)} AS ${raw(c)}`), ...attrs.map(([c, e]) => sql`${e} AS ${raw(c)}`)]);
  const partition = keyCols.map((c) => `r.${c}`).join(', ');
  const keyMatch = (x: string) =>
    sql.join(
      cfg.keys.map((k) =>
        k.nullable ? sql`coalesce(e.${raw(k.col)}, '') = coalesce(${raw(x)}.${raw(k.col)}, '')` : sql`e.${raw(k.col)} = ${raw(x)}.${raw(k.col)}`,
      ),
      sql` AND `,
    );
  const attrNames = attrs.map(([c]) => c);
  const cols = [...keyCols, ...attrNames].join(', ');
  const table = raw(cfg.table);
  // The staged rows with their person and key_seq. One sort, by person and
  // key, numbers the rows and also orders them for the table's person index.
  const src = sql`SELECT r.person_id, ${srcCols},
      row_number() OVER (PARTITION BY r.person_id, ${raw(partition)} ORDER BY r.row_no) AS key_seq
    FROM import_rows r ${codes.join}`;
  // Whether any staged row shares its key (but for key_seq) with a stored
  // row. Usually none does (a file of new events), and then every row is new:
  // no row-by-row matching, and the rows go in with one statement. (A hash
  // join: the estimate of the staged rows' people is far too low, so the
  // planner would otherwise probe the index once per staged row.)
  const clash = await withSetting(trx, 'enable_nestloop', 'off', async () =>
    Boolean(
      (
        await sql<{ clash: boolean }>`SELECT EXISTS (
          SELECT 1 FROM import_rows r
          JOIN ${table} e ON e.partnership_id = ${p} AND e.person_id = r.person_id AND ${keyMatch('r')}) AS clash`.execute(trx)
      ).rows[0]?.clash,
    ),
  );
  if (clash) return mergeEventsByKey(trx, cfg, ctx, { src, keyMatch: keyMatch('s'), attrNames, keyCols });
  const skipped = await skipKeyChecks(trx, cfg.table, ctx, sql`SELECT DISTINCT person_id FROM import_rows`);
  const added = await exec(
    trx,
    sql`INSERT INTO ${table} (partnership_id, person_id, key_seq, import_id, ${raw(cols)})
      SELECT ${p}, s.person_id, s.key_seq, ${ctx.importId}, ${raw(keyCols.concat(attrNames).map((c) => `s.${c}`).join(', '))}
      FROM (${src}) s
      ORDER BY s.person_id, ${raw(keyCols.map((c) => `s.${c}`).join(', '))}`,
  );
  if (skipped) await restoreKeyChecks(trx);
  await refreshStatistics(trx, [cfg.table], added);
  return { added, updated: 0, unchanged: 0 };
}

/**
 * The general merge, for a file some of whose rows may already be stored:
 * staged rows with their person and key_seq, matched to stored rows by
 * natural key, then updated where changed and added where new.
 */
async function mergeEventsByKey(
  trx: Trx,
  cfg: EventConfig,
  ctx: MergeContext,
  q: { src: RawBuilder<unknown>; keyMatch: RawBuilder<unknown>; attrNames: string[]; keyCols: string[] },
): Promise<MergeCounts> {
  const p = ctx.partnershipId;
  const { attrNames, keyCols } = q;
  const eAttrs = attrNames.map((c) => `e.${c}`).join(', ');
  const sAttrs = attrNames.map((c) => `s.${c}`).join(', ');
  const sets = attrNames.map((c) => `${c} = m.${c}`).join(', ');
  const cols = [...keyCols, ...attrNames].join(', ');
  const table = raw(cfg.table);
  // A real table (not a CTE) so the planner sees its size.
  await sql`CREATE TEMP TABLE import_matched ON COMMIT DROP AS
    SELECT NULL::bigint AS person_id, ${raw(keyCols.join(', '))}, NULL::integer AS key_seq, ${raw(attrNames.map((c) => `NULL::${attrType(cfg.table, c)} AS ${c}`).join(', '))},
           NULL::bigint AS existing_id, false AS changed
    FROM import_rows r WITH NO DATA`.execute(trx);
  await sql`INSERT INTO import_matched
    WITH src AS (${q.src})
    SELECT s.person_id, ${raw(keyCols.map((c) => `s.${c}`).join(', '))}, s.key_seq, ${raw(sAttrs)},
           e.id, (${raw(eAttrs)}) IS DISTINCT FROM (${raw(sAttrs)})
    FROM src s LEFT JOIN ${table} e ON e.partnership_id = ${p} AND e.person_id = s.person_id AND ${q.keyMatch} AND e.key_seq = s.key_seq`.execute(trx);
  await sql`ANALYZE import_matched`.execute(trx);
  const counts = (
    await sql<{ total: number; changed: number; fresh: number }>`
      SELECT count(*)::int AS total, (count(*) FILTER (WHERE changed AND existing_id IS NOT NULL))::int AS changed, (count(*) FILTER (WHERE existing_id IS NULL))::int AS fresh
      FROM import_matched`.execute(trx)
  ).rows[0]!;
  const skipped = counts.fresh > 0 && (await skipKeyChecks(trx, cfg.table, ctx, sql`SELECT DISTINCT person_id FROM import_matched WHERE existing_id IS NULL`));
  // (A join that would change nothing can still cost a scan of the whole table.)
  const updated =
    counts.changed === 0
      ? 0
      : await exec(
          trx,
          sql`UPDATE ${table} e SET ${raw(sets)}, import_id = ${ctx.importId}
            FROM import_matched m WHERE e.id = m.existing_id AND m.changed AND e.partnership_id = ${p}`,
        );
  const added =
    counts.fresh === 0
      ? 0
      : await exec(
          trx,
          sql`INSERT INTO ${table} (partnership_id, person_id, key_seq, import_id, ${raw(cols)})
            SELECT ${p}, person_id, key_seq, ${ctx.importId}, ${raw(cols)} FROM import_matched WHERE existing_id IS NULL
            ORDER BY person_id, ${raw(keyCols[0]!)}`,
        );
  if (skipped) await restoreKeyChecks(trx);
  await refreshStatistics(trx, [cfg.table], added);
  return { added, updated, unchanged: counts.total - added - updated };
}

// ------------------------------------------------------------------ foreign-key checks

/** Tables an event row may reference; their keys are locked and checked here, set-based. */
export const EVENT_REFERENCES = ['partnerships', 'people', 'imports'];

/**
 * Whether the rows about to be written to an event table may skip its
 * per-row foreign-key triggers, and if so switches them off for this
 * transaction (SET LOCAL session_replication_role = replica) until
 * restoreKeyChecks. Each trigger would look up and lock (FOR KEY SHARE) the
 * referenced row once per inserted row: a million lookups for a million rows,
 * most of an import's time. Here the same locks are taken once per referenced
 * row in three statements, and a lock that finds its row gone (deleted since
 * the people were resolved) means the triggers stay on, so the database still
 * refuses the orphan. The locks last until commit, as the triggers' would, so
 * no other transaction can delete a person or change a key under the import.
 * Only for a table whose foreign keys all point at EVENT_REFERENCES and that
 * has no triggers of its own (replica mode would silence those too).
 * Setting the parameter needs a superuser (or, from PostgreSQL 15, GRANT SET
 * ON PARAMETER session_replication_role); where it is refused, the import
 * runs with the triggers, more slowly and just as correctly.
 */
export async function skipKeyChecks(trx: Trx, table: string, ctx: MergeContext, personIds: RawBuilder<unknown>): Promise<boolean> {
  // personIds: a query of distinct person_id, one row per person the new rows reference.
  const s = await keyShape(trx, table);
  if (s.triggers > 0 || !s.references.every((r) => EVENT_REFERENCES.includes(r))) return false;
  if (!(await lockReferences(trx, ctx, personIds))) return false;
  return switchOffKeyChecks(trx);
}

/**
 * Locks (FOR KEY SHARE, until commit, as the per-row triggers would) every
 * person the query of distinct person_id names, the partnership and the
 * import; whether each was there to lock (a person deleted meanwhile is not).
 *
 * With { wholeTable: true } the people are kept instead by one SHARE lock on
 * the people table, then counted: the same guarantee (no person can be
 * deleted, nor a key changed, until this transaction ends) without writing a
 * lock into each of a force-scale file's 200,000 people, which took most of a
 * second. Every other writer to people waits for this commit, so it is for
 * the last moments of a transaction (the direct import's); and when the
 * table lock does not come soon (lockPeopleTable), each person is locked.
 */
export async function lockReferences(trx: Trx, ctx: MergeContext, personIds: RawBuilder<unknown>, opts: { wholeTable?: boolean } = {}): Promise<boolean> {
  const p = ctx.partnershipId;
  const whole = opts.wholeTable === true && (await lockPeopleTable(trx));
  const lock = whole ? sql`` : sql`FOR KEY SHARE OF pp`;
  const locked = await sql<{ wanted: number; people: number; partnership: number; import: number }>`
    WITH wanted AS MATERIALIZED (${personIds}),
    people_locked AS (SELECT pp.id FROM people pp JOIN wanted w ON w.person_id = pp.id WHERE pp.partnership_id = ${p} ${lock})
    SELECT (SELECT count(*)::int FROM wanted) AS wanted,
      (SELECT count(*)::int FROM people_locked) AS people,
      (SELECT count(*)::int FROM (SELECT 1 FROM partnerships pa WHERE pa.id = ${p} FOR KEY SHARE OF pa) l) AS partnership,
      (SELECT count(*)::int FROM (SELECT 1 FROM imports im WHERE im.id = ${ctx.importId} AND im.partnership_id = ${p} FOR KEY SHARE OF im) l) AS import`.execute(trx);
  const l = locked.rows[0];
  return Boolean(l && l.people === l.wanted && l.partnership === 1 && l.import === 1);
}

/** How long lockReferences waits for the people table before locking each person instead. */
const PEOPLE_TABLE_LOCK_WAIT = '1s';

/**
 * A SHARE lock on people, if it comes within PEOPLE_TABLE_LOCK_WAIT: while
 * this waits (behind a people import, say), every later writer to people
 * queues behind it, so it does not wait long. Whether it was taken.
 */
async function lockPeopleTable(trx: Trx): Promise<boolean> {
  const before = (await sql<{ t: string }>`SELECT current_setting('lock_timeout') AS t`.execute(trx)).rows[0]!.t;
  await sql`SAVEPOINT waymark_people_lock`.execute(trx);
  try {
    await sql`SELECT set_config('lock_timeout', ${PEOPLE_TABLE_LOCK_WAIT}, true)`.execute(trx);
    await sql`LOCK TABLE people IN SHARE MODE`.execute(trx);
    await sql`RELEASE SAVEPOINT waymark_people_lock`.execute(trx);
    await sql`SELECT set_config('lock_timeout', ${before}, true)`.execute(trx);
    return true;
  } catch (e: any) {
    if (e?.code !== '55P03') throw e;
    // Undone with the savepoint: the lock_timeout too.
    await sql`ROLLBACK TO SAVEPOINT waymark_people_lock`.execute(trx);
    await sql`RELEASE SAVEPOINT waymark_people_lock`.execute(trx);
    return false;
  }
}

/** Switches the triggers back on after skipKeyChecks (commit or rollback would too). */
export const restoreKeyChecks = switchOnKeyChecks;

// ------------------------------------------------------------------ periods

interface PeriodConfig {
  table: string;
  label: string;
  start: string;
  /** The exclusive end column, or null when it is derived (addresses). */
  end: string | null;
  /** Columns that, with person_id, separate spans that may overlap (kind, scheme). */
  partition: string[];
  /** Stored columns and the expressions (over resolved row r) that fill them. */
  attrs: [string, string][];
}

const PERIODS: Partial<Record<ImportKind, PeriodConfig>> = {
  custody: {
    table: 'custody_periods',
    label: 'custody period',
    start: 'reception_date',
    end: 'release_date',
    partition: [],
    attrs: [
      ['kind', 'r.kind'],
      ['kind_raw', 'r.kind_raw'],
      ['sentence_days', 'r.sentence_days'],
      ['expected_release_date', 'r.expected_release_date'],
      ['release_date', 'r.release_date'],
      ['establishment', 'r.establishment'],
    ],
  },
  supervision: {
    table: 'supervision_periods',
    label: 'supervision period of this kind',
    start: 'start_date',
    end: 'end_date',
    partition: ['kind'],
    attrs: [
      ['kind_raw', 'r.kind_raw'],
      ['statutory', 'r.statutory'],
      ['end_date', 'r.end_date'],
      ['end_kind', 'r.end_kind'],
    ],
  },
  memberships: {
    table: 'memberships',
    label: 'membership of this scheme',
    start: 'start_date',
    end: 'end_date',
    partition: ['scheme_id'],
    attrs: [
      ['tier_id', 'r.tier_id'],
      ['end_date', 'r.end_date'],
      ['end_reason', 'r.end_reason'],
      ['end_reason_raw', 'r.end_reason_raw'],
    ],
  },
  addresses: {
    table: 'addresses',
    label: 'address',
    start: 'from_date',
    end: null,
    partition: [],
    attrs: [
      ['area_code', 'r.area_code'],
      ['area_id', 'r.area_id'],
      ['postcode', 'r.postcode'],
    ],
  },
};

async function resolvePeriods(trx: Trx, kind: ImportKind, cfg: PeriodConfig, ctx: MergeContext): Promise<void> {
  const p = ctx.partnershipId;
  await sql`CREATE TEMP TABLE import_resolved ON COMMIT DROP AS
    SELECT r.*, NULL::integer AS scheme_id, NULL::integer AS tier_id, NULL::integer AS area_id,
           NULL::bigint AS existing_id, false AS changed
    FROM import_rows r WITH NO DATA`.execute(trx);
  if (kind === 'memberships') {
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
      ${kind === 'memberships' ? sql`(SELECT sc.id FROM schemes sc WHERE sc.partnership_id = ${p} AND sc.code = r.scheme)` : sql`NULL`},
      ${kind === 'memberships' ? sql`(SELECT ti.id FROM tiers ti JOIN schemes sc ON sc.id = ti.scheme_id WHERE sc.partnership_id = ${p} AND sc.code = r.scheme AND ti.code = r.tier)` : sql`NULL`},
      ${kind === 'addresses' ? sql`(SELECT a.id FROM areas a WHERE a.partnership_id = ${p} AND a.code = r.area_code)` : sql`NULL`},
      NULL, false
    FROM import_rows r
    WHERE NOT EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = r.row_no)`.execute(trx);

  const part = cfg.partition.map((c) => ` AND a.${c} = b.${c}`).join('');
  const start = cfg.start;
  // The same span twice in one file.
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT b.row_no, ${start}, b.${raw(start)}::text,
      'a second ' || ${cfg.label} || ' for this person starting ' || b.${raw(start)} || '; the first is on row ' || min(a.row_no)
    FROM import_resolved a JOIN import_resolved b ON a.person_id = b.person_id AND a.${raw(start)} = b.${raw(start)} ${raw(part)} AND a.row_no < b.row_no
    GROUP BY b.row_no, b.${raw(start)}`.execute(trx);
  if (cfg.end) {
    const end = cfg.end;
    const range = (x: string) => `daterange(${x}.${start}, ${x}.${end}, '[)')`;
    // Spans of one file that overlap.
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT b.row_no, ${start}, b.${raw(start)}::text,
        b.${raw(start)} || ' overlaps the ' || ${cfg.label} || ' on row ' || min(a.row_no)
      FROM import_resolved a JOIN import_resolved b ON a.person_id = b.person_id ${raw(part)} AND a.row_no < b.row_no
        AND a.${raw(start)} <> b.${raw(start)} AND ${raw(range('a'))} && ${raw(range('b'))}
      GROUP BY b.row_no, b.${raw(start)}`.execute(trx);
    // Spans that overlap a stored span other than the one they update.
    const storedPart = cfg.partition.map((c) => ` AND e.${c} = b.${c}`).join('');
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT b.row_no, ${start}, b.${raw(start)}::text,
        b.${raw(start)} || ' overlaps the stored ' || ${cfg.label} || ' from ' || min(e.${raw(start)})
      FROM import_resolved b JOIN ${raw(cfg.table)} e ON e.partnership_id = ${p} AND e.person_id = b.person_id ${raw(storedPart)}
        AND e.${raw(start)} <> b.${raw(start)} AND ${raw(range('e'))} && ${raw(range('b'))}
      GROUP BY b.row_no, b.${raw(start)}`.execute(trx);
  }
}

async function mergePeriods(trx: Trx, kind: ImportKind, cfg: PeriodConfig, ctx: MergeContext): Promise<MergeCounts> {
  const p = ctx.partnershipId;
  const table = raw(cfg.table);
  const start = cfg.start;
  await sql`DELETE FROM import_resolved r WHERE EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = r.row_no)`.execute(trx);
  const keyJoin = [`e.person_id = r.person_id`, `e.${start} = r.${start}`, ...cfg.partition.map((c) => `e.${c} = r.${c}`)].join(' AND ');
  const eAttrs = cfg.attrs.map(([c]) => `e.${c}`).join(', ');
  const rAttrs = cfg.attrs.map(([, x]) => x).join(', ');
  await sql`UPDATE import_resolved r SET existing_id = e.id, changed = (${raw(eAttrs)}) IS DISTINCT FROM (${raw(rAttrs)})
    FROM ${table} e WHERE e.partnership_id = ${p} AND ${raw(keyJoin)}`.execute(trx);
  const sets = cfg.attrs.map(([c, x]) => `${c} = ${x}`).join(', ');
  const updated = await exec(
    trx,
    sql`UPDATE ${table} e SET ${raw(sets)}, import_id = ${ctx.importId}
      FROM import_resolved r WHERE e.id = r.existing_id AND r.changed AND e.partnership_id = ${p}`,
  );
  const insertCols = ['person_id', start, ...cfg.partition, ...cfg.attrs.map(([c]) => c)];
  const insertVals = insertCols.map((c) => (c === 'person_id' || c === start || cfg.partition.includes(c) ? `r.${c}` : cfg.attrs.find(([a]) => a === c)![1]));
  let added: number;
  if (cfg.end) {
    added = await exec(
      trx,
      sql`INSERT INTO ${table} (partnership_id, import_id, ${raw(insertCols.join(', '))})
        SELECT ${p}, ${ctx.importId}, ${raw(insertVals.join(', '))} FROM import_resolved r WHERE r.existing_id IS NULL
        ORDER BY r.row_no`,
    );
  } else {
    // An address lasts until the person's next address: shorten stored
    // addresses first, so each new one fits in its gap without an overlap.
    await sql`CREATE TEMP TABLE import_address_dates (person_id bigint, from_date date, next_from date) ON COMMIT DROP`.execute(trx);
    await sql`INSERT INTO import_address_dates (person_id, from_date, next_from)
      SELECT person_id, from_date, lead(from_date) OVER (PARTITION BY person_id ORDER BY from_date) AS next_from
      FROM (SELECT person_id, from_date FROM addresses WHERE partnership_id = ${p} AND person_id IN (SELECT person_id FROM import_resolved)
            UNION SELECT person_id, from_date FROM import_resolved) d`.execute(trx);
    await sql`UPDATE addresses e SET to_date = d.next_from
      FROM import_address_dates d
      WHERE e.partnership_id = ${p} AND e.person_id = d.person_id AND e.from_date = d.from_date
        AND d.next_from IS NOT NULL AND ${spanOpenOn('e.to_date', sql.ref('d.next_from'))}`.execute(trx);
    added = await exec(
      trx,
      sql`INSERT INTO addresses (partnership_id, import_id, to_date, ${raw(insertCols.join(', '))})
        SELECT ${p}, ${ctx.importId}, d.next_from, ${raw(insertVals.join(', '))}
        FROM import_resolved r JOIN import_address_dates d ON d.person_id = r.person_id AND d.from_date = r.from_date
        WHERE r.existing_id IS NULL
        ORDER BY r.row_no`,
    );
  }
  const total = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM import_resolved`.execute(trx)).rows[0]?.n ?? 0);
  await refreshStatistics(trx, [cfg.table], added);
  void kind;
  return { added, updated, unchanged: total - added - updated };
}

// ------------------------------------------------------------------ risk assessments and MAPPA referrals (issue 15)

/**
 * Risk assessments and MAPPA referrals name their person by person_ref only.
 * A stored assessment is the same one when it has the person, the date and
 * the assessing agency; a referral, the person and the date. So importing a
 * file again changes nothing, and a corrected level or outcome updates the row.
 */
interface RiskConfig {
  table: 'risk_assessments' | 'mappa_referrals';
  date: string;
  /** Key columns besides person_id and the date, compared through coalesce. */
  keys: string[];
  /** Stored attribute columns and the expression over resolved row r. */
  attrs: [string, string][];
}
const RISK: Partial<Record<ImportKind, RiskConfig>> = {
  risk_assessments: {
    table: 'risk_assessments',
    date: 'assessment_date',
    keys: ['agency_id'],
    attrs: [
      ['risk_of_serious_harm', 'r.risk_of_serious_harm'],
      ['risk_of_serious_harm_raw', 'r.risk_of_serious_harm_raw'],
    ],
  },
  mappa_referrals: {
    table: 'mappa_referrals',
    date: 'referral_date',
    keys: [],
    attrs: [['outcome', 'r.outcome']],
  },
};

async function resolveRisk(trx: Trx, kind: ImportKind, cfg: RiskConfig, ctx: MergeContext): Promise<void> {
  const p = ctx.partnershipId;
  // The person: by person_ref (the reader named most), else another system's local id.
  await sql`UPDATE import_rows r SET person_id = (
      SELECT coalesce(pp.merged_into_id, pp.id) FROM person_identifiers i JOIN people pp ON pp.id = i.person_id
      WHERE i.partnership_id = ${p} AND i.kind = 'local' AND i.value = r.person_ref LIMIT 1)
    WHERE r.person_id IS NULL`.execute(trx);
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT r.row_no, 'person_ref', r.person_ref, r.person_ref || ' is not a known person (import the people file first)'
    FROM import_rows r WHERE r.person_id IS NULL`.execute(trx);
  const agency = kind === 'risk_assessments' ? sql`(SELECT a.id FROM agencies a WHERE a.partnership_id = ${p} AND a.code = r.assessor_agency)` : sql`NULL::integer`;
  await sql`CREATE TEMP TABLE import_resolved ON COMMIT DROP AS
    SELECT r.*, ${agency} AS agency_id, NULL::bigint AS existing_id, false AS changed
    FROM import_rows r WHERE r.person_id IS NOT NULL`.execute(trx);
  if (kind === 'risk_assessments') {
    await sql`INSERT INTO import_problems (row_no, field, value, reason)
      SELECT r.row_no, 'assessor_agency', r.assessor_agency, r.assessor_agency || ' is not the code of an agency of this partnership'
      FROM import_resolved r WHERE r.assessor_agency IS NOT NULL AND r.agency_id IS NULL`.execute(trx);
  }
  const same = ['a.person_id = b.person_id', `a.${cfg.date} = b.${cfg.date}`, ...cfg.keys.map((k) => `coalesce(a.${k}, -1) = coalesce(b.${k}, -1)`)].join(' AND ');
  await sql`INSERT INTO import_problems (row_no, field, value, reason)
    SELECT b.row_no, ${cfg.date}, b.${raw(cfg.date)}::text,
      'the same ' || ${kind === 'risk_assessments' ? 'assessment (person, date and agency)' : 'referral (person and date)'} || ' is on row ' || min(a.row_no)
    FROM import_resolved a JOIN import_resolved b ON ${raw(same)} AND a.row_no < b.row_no
    GROUP BY b.row_no, b.${raw(cfg.date)}`.execute(trx);
}

async function mergeRisk(trx: Trx, cfg: RiskConfig, ctx: MergeContext): Promise<MergeCounts> {
  const p = ctx.partnershipId;
  const table = raw(cfg.table);
  await sql`DELETE FROM import_resolved r WHERE EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = r.row_no)`.execute(trx);
  const keyJoin = ['e.person_id = r.person_id', `e.${cfg.date} = r.${cfg.date}`, ...cfg.keys.map((k) => `coalesce(e.${k}, -1) = coalesce(r.${k}, -1)`)].join(' AND ');
  const eAttrs = cfg.attrs.map(([c]) => `e.${c}`).join(', ');
  const rAttrs = cfg.attrs.map(([, x]) => x).join(', ');
  // (The latest stored row of a key, should a user have recorded it twice.)
  await sql`UPDATE import_resolved r SET existing_id = e.id, changed = (${raw(eAttrs)}) IS DISTINCT FROM (${raw(rAttrs)})
    FROM (SELECT DISTINCT ON (person_id, ${raw([cfg.date, ...cfg.keys].join(', '))}) * FROM ${table} WHERE partnership_id = ${p} ORDER BY person_id, ${raw([cfg.date, ...cfg.keys].join(', '))}, id DESC) e
    WHERE ${raw(keyJoin)}`.execute(trx);
  const sets = cfg.attrs.map(([c, x]) => `${c} = ${x}`).join(', ');
  const updated = await exec(trx, sql`UPDATE ${table} e SET ${raw(sets)} FROM import_resolved r WHERE e.id = r.existing_id AND r.changed AND e.partnership_id = ${p}`);
  const cols = ['person_id', cfg.date, ...cfg.keys, ...cfg.attrs.map(([c]) => c)];
  const vals = ['r.person_id', `r.${cfg.date}`, ...cfg.keys.map((k) => `r.${k}`), ...cfg.attrs.map(([, x]) => x)];
  const added = await exec(
    trx,
    sql`INSERT INTO ${table} (partnership_id, created_by, ${raw(cols.join(', '))})
      SELECT ${p}, ${ctx.userId ?? null}::integer, ${raw(vals.join(', '))} FROM import_resolved r WHERE r.existing_id IS NULL ORDER BY r.row_no`,
  );
  const total = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM import_resolved`.execute(trx)).rows[0]?.n ?? 0);
  return { added, updated, unchanged: total - added - updated };
}

// ------------------------------------------------------------------ entry points

/** Finds the problems of staged rows that only the database can see. */
export async function checkStaged(trx: Trx, kind: ImportKind, ctx: MergeContext): Promise<void> {
  // The checks and the merge hash and sort the whole file and the stored
  // rows it meets: with the default 4 MB, a force-scale file spills every one
  // of them to disk. (For this transaction only.)
  await sql`SET LOCAL work_mem = '128MB'`.execute(trx);
  await sql`ANALYZE import_rows`.execute(trx);
  if (kind === 'people') return checkPeople(trx, ctx);
  const risk = RISK[kind];
  if (risk) return resolveRisk(trx, kind, risk, ctx);
  await resolvePeople(trx, ctx);
  const period = PERIODS[kind];
  if (period) await resolvePeriods(trx, kind, period, ctx);
}

/**
 * The staged rows with an offence code that is not a known Home Office code
 * (outcomes and arrests: the rows the data-quality report flags), stored as
 * sent and flagged, as codeJoin decides for the merge.
 */
export async function stagedUnknownCodes(trx: Trx, kind: ImportKind, ctx: MergeContext): Promise<number> {
  if (kind !== 'outcomes' && kind !== 'arrests') return 0;
  const { join, code } = codeJoin(ctx, 'offence_code_norm');
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM import_rows r ${join} WHERE r.offence_code_raw IS NOT NULL AND (${code}) IS NULL`.execute(trx);
  return Number(r.rows[0]?.n ?? 0);
}

/** Drops the rows that have problems (a partial import stores the rest). */
export async function dropProblemRows(trx: Trx): Promise<void> {
  await sql`DELETE FROM import_rows r WHERE EXISTS (SELECT 1 FROM import_problems x WHERE x.row_no = r.row_no)`.execute(trx);
}

/** Merges the staged rows (all good by now) into the register. */
export async function mergeStaged(trx: Trx, kind: ImportKind, ctx: MergeContext): Promise<MergeCounts> {
  if (kind === 'people') return mergePeople(trx, ctx);
  const risk = RISK[kind];
  if (risk) return mergeRisk(trx, risk, ctx);
  const event = EVENTS[kind];
  if (event) return mergeEvents(trx, event, ctx);
  const period = PERIODS[kind];
  if (period) return mergePeriods(trx, kind, period, ctx);
  throw new Error(`no merge for ${kind}`);
}
