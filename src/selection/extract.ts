// Set-based extraction of selection features for a whole pool: one query that
// aggregates each event table once per person in a CTE and then joins them
// (STACK-NOTES: "Query shape and work_mem dominate"). It follows the
// definitions in features.ts exactly; window start dates are computed in
// JavaScript and passed in, so both sides agree on month arithmetic.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import { concurrentQueries } from '../db/database.js';
import { jsonArraysText, jsonArraysTexts } from '../db/json-rows.js';
import { addDays, addMonths } from '../calendar/dates.js';
import { spanCovers, spanOpenOn } from '../calendar/sql.js';
import type { SelectionFeatures } from './features.js';
import { featureGroups, parseFeatureText, type FeatureRow } from './feature-rows.js';
import type { MatrixConfig } from './matrix.js';
import type { OffenceGrading } from '../offences/reference.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface ExtractOptions {
  partnershipId: number;
  asOf: IsoDate;
  config: MatrixConfig;
  /**
   * The partnership's gravity table and neighbourhood-crime groups, read once
   * for the run (loadOffenceGrading) and passed into the query as arrays.
   */
  offences: Pick<OffenceGrading, 'gravity' | 'neighbourhoodCrime'>;
  /** Area codes of the pool; people elsewhere are left out (unless listed in include). */
  areaCodes: readonly string[];
  /** Always extracted, whatever the threshold (current members). */
  include?: readonly number[];
  /** Only these people, with no threshold (for checks and single-person views). */
  only?: readonly number[];
  /**
   * One of `of` parts of the pool, by person (person_id % of = index): the
   * parts together give the same rows as the whole, each about 1/of of the work.
   * Ignored with `only`.
   */
  part?: { index: number; of: number };
}

/** The feature query itself (exported so it can be EXPLAINed). */
export function featureQuery(o: ExtractOptions) {
  const { config, asOf, partnershipId: p } = o;
  const starts = config.frequency.map((w) => addMonths(asOf, -w.months));
  const lb = addMonths(asOf, -config.lookbackMonths);
  const releaseBy = addDays(asOf, config.release.withinDays);
  const gravGroups = [...o.offences.gravity.keys()];
  const gravWeights = [...o.offences.gravity.values()];
  const d = (v: IsoDate) => sql`${v}::date`;
  const win = (table: string, column: string) =>
    sql.join(
      starts.map((s, i) => sql`count(*) FILTER (WHERE ${sql.ref(`${table}.${column}`)} > ${d(s)}) AS ${sql.raw(`${table}_w${i}`)}`),
      sql`, `,
    );
  const winCols = (table: string) => sql.join(starts.map((_, i) => sql.raw(`${table}.${table}_w${i}`)), sql`, `);
  // Each part's threshold pass aggregates only its own people's outcomes, and
  // its candidates (so everything after them) are its own people.
  const inPart = (column: string) =>
    o.part && o.part.of > 1 && !o.only ? sql`AND ${sql.ref(column)} % ${o.part.of}::int = ${o.part.index}::int` : sql``;
  const threshold = sql`coalesce(ob.lb_offences, 0) >= ${config.pool.minOffences} AND coalesce(ob.gravity_max, 0) >= ${config.pool.minGravityMax}`;
  // The candidates: everyone above the pool's threshold or due for release,
  // and the members (always, whatever their scores); or exactly those asked
  // for. Everything after this is computed for the candidates only.
  const candidates = o.only
    ? sql`SELECT unnest(${[...o.only]}::bigint[]) AS person_id, true AS member`
    : sql`SELECT person_id, false AS member FROM ob WHERE ${threshold}
          UNION ALL
          SELECT person_id, false FROM cu WHERE cu.expected_release >= ${d(asOf)} AND cu.expected_release <= ${d(releaseBy)}
          UNION ALL
          SELECT unnest(${[...(o.include ?? [])]}::bigint[]), true
          ${
            // With no threshold at all, even people with no outcome are above it.
            config.pool.minOffences <= 0 && config.pool.minGravityMax <= 0
              ? sql`UNION ALL SELECT id, false FROM people WHERE partnership_id = ${p}`
              : sql``
          }`;
  const filter = o.only ? sql`true` : sql`(c.member OR (ad.area_code = ANY(${[...o.areaCodes]}::text[]) AND ${spanOpenOn('p.date_of_death', asOf)}))`;
  // The start of the widest frequency window (none without windows).
  const widest = starts.reduce<IsoDate | null>((a, s) => (a === null || s < a ? s : a), null);
  const since = (column: string) => (widest === null ? sql`true` : sql`${sql.ref(column)} > ${d(widest)}`);
  const lb_ = sql`ob.offence_date <= ${d(asOf)} AND ob.offence_date > ${d(lb)}`;

  return sql<FeatureRow>`
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
      WHERE ob.partnership_id = ${p} AND ob.outcome_date <= ${d(asOf)} AND ${lb_} ${inPart('ob.person_id')}
      GROUP BY ob.person_id
    ),
    cu AS (
      SELECT DISTINCT ON (c.person_id) c.person_id, c.kind AS custody_kind, c.reception_date, c.sentence_days,
        coalesce(c.expected_release_date, c.reception_date + (c.sentence_days / 2)) AS expected_release,
        (c.expected_release_date IS NULL AND c.sentence_days IS NOT NULL) AS estimated
      FROM custody_periods c
      WHERE c.partnership_id = ${p} AND ${spanCovers('c.reception_date', 'c.release_date', d(asOf))}
      ORDER BY c.person_id, c.reception_date DESC
    ),
    c AS MATERIALIZED (
      SELECT person_id, bool_or(member) AS member FROM (${candidates}) x WHERE true ${inPart('x.person_id')} GROUP BY person_id
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
          sql`, `,
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
      SELECT ar.person_id, max(ar.arrest_date) AS last_arrest, ${win('ar', 'arrest_date')}
      FROM arrests ar
      WHERE ar.partnership_id = ${p} AND ar.arrest_date <= ${d(asOf)} AND ${since('ar.arrest_date')} AND ar.person_id IN (SELECT id FROM base)
      GROUP BY ar.person_id
    ),
    ir AS (
      SELECT ir.person_id, max(ir.report_date) AS last_intel, ${win('ir', 'report_date')}
      FROM intelligence_reports ir
      WHERE ir.partnership_id = ${p} AND ir.report_date <= ${d(asOf)} AND ${since('ir.report_date')} AND ir.person_id IN (SELECT id FROM base)
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
        AND ${spanCovers('s.start_date', 's.end_date', sql.ref('b.supervision_date'))}
    )
    SELECT b.*, oa.last_offence, ${sql.join(starts.map((_, i) => sql.raw(`oa.ob_w${i}`)), sql`, `)}, oa.sanctions, oa.first_sanction, oa.latest_sanction, lt.latest_code,
      coalesce(oc.ogrs3_category, og.ogrs3_category) AS latest_category,
      -- (COALESCE looks the last date up, one index probe, only when the window had none.)
      coalesce(ar.last_arrest, (SELECT max(x.arrest_date) FROM arrests x WHERE x.partnership_id = ${p} AND x.person_id = b.id AND x.arrest_date <= ${d(asOf)})) AS last_arrest,
      ${winCols('ar')},
      coalesce(ir.last_intel, (SELECT max(x.report_date) FROM intelligence_reports x WHERE x.partnership_id = ${p} AND x.person_id = b.id AND x.report_date <= ${d(asOf)})) AS last_intel,
      ${winCols('ir')},
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

/**
 * Session settings for the feature query, inside the caller's transaction
 * (SET LOCAL ends with it). The run and its raw-SQL benchmark use the same.
 */
export async function prepareFeatureQuery(trx: Transaction<DB>): Promise<void> {
  // Memory to hash and sort without spilling to disk (STACK-NOTES: the
  // default 4 MB made the same work several times slower).
  await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
  // The planner's row estimates for the aggregated CTEs are far too high, so
  // PostgreSQL would compile the query with JIT: 7–10 s of a 16 s run.
  await sql`SET LOCAL jit = off`.execute(trx);
  // ...and for the candidates far too low (about 100 against 31,000 at force
  // scale), so it probes each event table's index once per candidate. Hash
  // joins over one pass of each table give the same rows: measured at force
  // scale, 7.4 s against 5.1 s on PGlite, and no slower on PostgreSQL.
  await sql`SET LOCAL enable_nestloop = off`.execute(trx);
}

/** One of the parts a pool is extracted in (ExtractOptions.part). */
export interface Part {
  index: number;
  of: number;
}

/**
 * Runs `work` once for each of `parts` parts of a pool, side by side, each in
 * its own transaction with the feature query's session settings; the results
 * in part order. On PostgreSQL each part has its own connection, so its own
 * server process and core: a force-scale pool's features took about 2.1 s as
 * two parts at once against 3.0-3.4 s whole. With more than one part every
 * transaction reads the first one's snapshot (pg_export_snapshot), so the
 * parts see the same data, as one query would. A part that gets no
 * connection in time (the pool's timeout) runs in the first part's
 * transaction after its own.
 */
export async function inParts<T>(db: Kysely<DB>, wanted: number, work: (trx: Transaction<DB>, part: Part) => Promise<T>): Promise<T[]> {
  // More parts than connections would wait for each other for ever (the
  // first keeps its snapshot open until the others have taken it).
  const parts = Math.min(wanted, concurrentQueries(db));
  if (parts <= 1) {
    return [await db.transaction().execute(async (trx) => (await prepareFeatureQuery(trx), work(trx, { index: 0, of: 1 })))];
  }
  const snapshot = deferred<string>();
  // The exporting transaction stays open until every other one has taken its
  // snapshot, or has failed, or never got a connection ('none').
  const arrivals = Array.from({ length: parts - 1 }, () => deferred<'taken' | 'none'>());
  const first = db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const r = await sql<{ id: string }>`SELECT pg_export_snapshot() AS id`.execute(trx);
      snapshot.resolve(r.rows[0]!.id);
      await prepareFeatureQuery(trx);
      const results = new Map<number, T>([[0, await work(trx, { index: 0, of: parts })]]);
      // A part whose transaction got no connection (the pool busy with other
      // work) is run here after this one, on the same snapshot: the run is
      // slower, not failed.
      const fates = await Promise.all(arrivals.map((d) => d.promise));
      for (const [k, fate] of fates.entries()) if (fate === 'none') results.set(k + 1, await work(trx, { index: k + 1, of: parts }));
      return results;
    });
  // Without the first transaction (no connection, or a failure before the
  // export) there is no snapshot to wait for.
  first.catch((e: unknown) => snapshot.reject(e));
  const others = arrivals.map((arrived, k) => {
    let started = false;
    const done = db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        started = true;
        try {
          const id = await snapshot.promise;
          // (SET TRANSACTION SNAPSHOT takes a literal only; the id is the server's own.)
          if (!/^[0-9A-Fa-f-]+$/.test(id)) throw new Error(`Unexpected snapshot id ${JSON.stringify(id)}`);
          await sql`SET TRANSACTION SNAPSHOT ${sql.lit(id)}`.execute(trx);
        } finally {
          arrived.resolve('taken');
        }
        await prepareFeatureQuery(trx);
        return work(trx, { index: k + 1, of: parts });
      });
    // Never started: the first part runs it (an empty list); else its result.
    return done.then(
      (value) => [value],
      (e: unknown) => {
        if (started) throw e;
        arrived.resolve('none');
        return [];
      },
    );
  });
  const settled = await Promise.allSettled([first, ...others]);
  const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  const [byFirst, ...byOthers] = settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [Map<number, T>, ...T[][]];
  return Array.from({ length: parts }, (_, index) => (byFirst.has(index) ? byFirst.get(index)! : byOthers[index - 1]![0]!));
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // Handled here too, so a rejection nobody awaits yet is not reported as unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * How many parts a pool's features are extracted in on `db`: two where two
 * queries can run at once (PostgreSQL), else one. Each part scans the
 * outcomes once for itself, so more parts than cores only add work.
 */
export function featureParts(db: Kysely<DB>): number {
  return Math.min(2, concurrentQueries(db));
}

/**
 * Feature rows fetched at a time from a pool's feature query, each batch one
 * feature text. The database writes the rows only after it has aggregated
 * every event table (on the benchmark's force-scale pool, the first rows come
 * 1.4 s into 1.8 s), then about 2,000 rows each 28 ms on PGlite. Parsing,
 * scoring, sorting and encoding 2,000 takes the scoring thread about as
 * long, so it keeps up, and the last batch leaves little to do after the
 * query. (4,000 at a time measured no different within the noise.)
 */
const FEATURE_ROWS_AT_A_TIME = 2000;

/**
 * The features of a pool as feature texts (feature-rows.ts), part by part
 * (inParts: on PostgreSQL, two parts use two cores; embedded, one part on
 * its one connection), each part a text for every FEATURE_ROWS_AT_A_TIME
 * rows (or `rowsAtATime`). Each text is given to onText as it arrives: a
 * selection run parses and scores it in its scoring thread while the
 * database writes the next.
 */
export async function poolFeatureTexts(
  db: Kysely<DB>,
  o: Omit<ExtractOptions, 'part'>,
  parts: number,
  onText?: (text: string) => void,
  rowsAtATime = FEATURE_ROWS_AT_A_TIME,
): Promise<string[]> {
  const texts = await inParts(db, o.only ? 1 : parts, (trx, part) => jsonArraysTexts(trx, featureQuery({ ...o, part }), featureColumns(o.config), rowsAtATime, onText));
  return texts.flat();
}

/** The features the options ask for, parsed here: for a few people or a few thousand (a whole pool's is poolFeatureTexts). */
export async function extractFeatures(db: Executor, o: ExtractOptions): Promise<SelectionFeatures[]> {
  return parseFeatureText(await featureText(db, o), o.config, o.asOf);
}

/**
 * The feature query's rows as one feature text (feature-rows.ts), by
 * src/db/json-rows.ts's jsonArraysText: one text instead of about 40
 * columns a row took 2 s off a force-scale run on PGlite, and arrays of the
 * columns read, not objects, are a third of the text. Each row is an array of
 * the column groups' arrays (featureGroups), one SQL type each.
 */
function featureText(db: Executor, o: ExtractOptions): Promise<string> {
  return jsonArraysText(db, featureQuery(o), featureColumns(o.config));
}

/** Each group of a feature row as an SQL array of its columns, of its one type. */
function featureColumns(config: MatrixConfig) {
  return featureGroups(config).map((g) => sql`ARRAY[${sql.join(g.columns.map((c) => sql`${sql.ref(`json_row.${c}`)}::${sql.raw(g.type)}`))}]`);
}
