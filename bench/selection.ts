// The selection run on the benchmark data, and its raw-SQL baseline: the same
// feature query (the one runSelection sends) with the matrix's score computed
// and ranked in SQL, so the difference is what the product adds around it
// (moving rows into JavaScript, reasons, proposals, storing the run).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../src/db/schema.js';
import type { Actor } from '../src/access/actor.js';
import { findScheme } from '../src/schemes/find.js';
import { featureParts, featureQuery, inParts, type Part } from '../src/selection/extract.js';
import { getMatrix, membersOn, runSelection, type RunPhase } from '../src/selection/service.js';
import { loadOffenceGrading } from '../src/offences/store.js';
import { OGRS3 } from '../src/performance/ogrs3.js';

/** The demo's IOM scheme (the largest pool), as of the demo's extract date. */
export const BENCH_SCHEME = 'IOM';
export const BENCH_AS_OF = '2010-12-31';

export function benchActor(partnershipId: number): Actor {
  return { userId: null, partnershipId, role: 'administrator', agencyKind: null, label: 'bench' };
}

/**
 * One stored selection run, as the product does it; returns seconds, phases
 * and size. By default every result is made on this thread, as for
 * `waymark select`; { results: false } is the web form's run, which stores the
 * run and shows it a page at a time.
 */
export async function timedSelectionRun(db: Kysely<DB>, partnershipId: number, opts: { results?: boolean } = {}) {
  const phases: Partial<Record<RunPhase, number>> = {};
  const t0 = performance.now();
  const run = await runSelection(db, benchActor(partnershipId), {
    schemeCode: BENCH_SCHEME,
    asOf: BENCH_AS_OF,
    results: opts.results,
    onPhase: (p, ms) => (phases[p] = ms / 1000),
  });
  return { seconds: (performance.now() - t0) / 1000, phases, ranked: run.results.length, pool: run.poolSize, runId: run.runId };
}

/**
 * What storing a run costs at the least: the stored rows of run `runId`
 * written again, by one INSERT … SELECT in the database (no parsing, no
 * client), into selection_run_results under another run id, with the key
 * checks off as the run has them; rolled back. Seconds.
 */
export async function storeFloorSeconds(db: Kysely<DB>, runId: number): Promise<number> {
  let seconds = 0;
  await db
    .transaction()
    .execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      const t0 = performance.now();
      await sql`INSERT INTO selection_run_results (run_id, partnership_id, person_id, rank, score, member, in_pool, above_lowest_member, priority, proposal, proposal_reasons, criteria, features)
        SELECT -run_id, partnership_id, person_id, rank, score, member, in_pool, above_lowest_member, priority, proposal, proposal_reasons, criteria, features
        FROM selection_run_results WHERE run_id = ${runId}`.execute(trx);
      seconds = (performance.now() - t0) / 1000;
      throw new RolledBack();
    })
    .catch((e) => {
      if (!(e instanceof RolledBack)) throw e;
    });
  return seconds;
}
class RolledBack extends Error {}

/**
 * The raw SQL of the same scoring: the run's feature query, then every
 * criterion of the matrix computed in SQL as criteria.ts computes it (recency
 * bands, frequency windows with the intelligence cap, gravity, drugs, OGRS3's
 * logistic model on ages and the latest offence's category, release, no
 * statutory supervision with the licence rule, neighbourhood share), each
 * contribution rounded to 4 places as the run rounds it, summed and ranked.
 * rawScoresDiffer checks that it gives the run's scores. Returns how many
 * people it ranked.
 */
export async function rawScoringSql(db: Kysely<DB>, partnershipId: number): Promise<number> {
  const raw = await rawScoring(db, partnershipId);
  const counts = await inParts(db, featureParts(db), async (trx, part) => {
    const r = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (SELECT f.id, rank() OVER (ORDER BY ${raw.score} DESC, f.person_ref) AS rank FROM (${raw.features(part)}) f) ranked`.execute(trx);
    return r.rows[0]!.n;
  });
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * How many of the people the raw SQL scores it scores differently from
 * stored run `runId` (to 4 places), or finds no stored result for, and how
 * many it scored: with as many scored as the run ranked, the check that the
 * baseline does the run's arithmetic for the same people. Not timed.
 */
export async function rawScoresDiffer(db: Kysely<DB>, partnershipId: number, runId: number): Promise<{ differ: number; scored: number }> {
  const raw = await rawScoring(db, partnershipId);
  const parts = await inParts(db, featureParts(db), async (trx, part) => {
    const r = await sql<{ differ: number; scored: number }>`
      SELECT count(*) FILTER (WHERE r.score IS NULL OR s.score IS NULL OR abs(r.score - s.score) > 0.00005)::int AS differ, count(*)::int AS scored
      FROM (SELECT f.id, ${raw.score} AS score FROM (${raw.features(part)}) f) s
      LEFT JOIN selection_run_results r ON r.run_id = ${runId} AND r.person_id = s.id`.execute(trx);
    return r.rows[0]!;
  });
  return { differ: parts.reduce((a, p) => a + p.differ, 0), scored: parts.reduce((a, p) => a + p.scored, 0) };
}

/** The feature query of the bench's run (by part) and the matrix's score over its row f, in SQL. */
async function rawScoring(db: Kysely<DB>, partnershipId: number) {
  const actor = benchActor(partnershipId);
  const scheme = await findScheme(db, partnershipId, BENCH_SCHEME);
  const { config } = await getMatrix(db, actor, { schemeCode: BENCH_SCHEME });
  const members = await membersOn(db, partnershipId, scheme.id, BENCH_AS_OF);
  const offences = await loadOffenceGrading(db, partnershipId);
  const asOf = sql`${BENCH_AS_OF}::date`;
  // Each criterion's points times its weight, rounded to 4 places as
  // criteria.ts's result() rounds it: halves up, as Math.round does
  // (PostgreSQL's round() takes them to even). In float8: numeric's round
  // cost about 0.5 s more over the pool on PGlite.
  const round4 = (x: RawBuilder<unknown>) => sql`floor((${x}) * 10000 + 0.5) / 10000`;
  const term = (points: RawBuilder<unknown>, weight: number) => round4(sql`${weight}::float8 * (${points})`);
  const bands = [...config.recency.bands].sort((a, b) => a.withinDays - b.withinDays);
  const recency = sql`CASE ${sql.join(
    bands.map((b) => sql`WHEN ${asOf} - greatest(f.last_offence, f.last_arrest) <= ${b.withinDays} THEN ${b.points}::float8`),
    sql` `,
  )} ELSE 0 END`;
  const freq = config.frequency.flatMap((w, i) => [
    term(sql`coalesce(${sql.ref(`f.ob_w${i}`)}, 0)`, w.offenceWeight),
    term(sql`coalesce(${sql.ref(`f.ar_w${i}`)}, 0)`, w.arrestWeight),
    term(sql`least(coalesce(${sql.ref(`f.ir_w${i}`)}, 0), ${config.intelligenceCap})`, w.intelligenceWeight),
  ]);
  // OGRS3 (src/performance/ogrs3.ts): whole years of age at risk (the
  // expected release, if later than the date), at the latest sanction and at
  // the first; the age band's coefficient for the sex; the Copas rate; the
  // latest offence's category ('other' when it has none).
  // (As timestamps without a zone: age() of two dates would take them as
  // timestamptz, and a zone that skips a midnight would lose a day.)
  const years = (to: RawBuilder<unknown>) => sql`date_part('year', age((${to})::timestamp, f.date_of_birth::timestamp))::int`;
  const atRisk = sql`CASE WHEN f.expected_release > ${asOf} THEN f.expected_release ELSE ${asOf} END`;
  // The band: how many bands' upper ages are below the age (width_bucket over their next ages).
  const band = sql`width_bucket(${years(atRisk)}, ${OGRS3.ageBandsUpperInclusive.map((upper) => upper + 1)}::int[]) + 1`;
  const categories = Object.entries(OGRS3.offence);
  const category = sql`coalesce((${categories.map(([, w]) => w)}::float8[])[array_position(${categories.map(([k]) => k)}::text[], f.latest_category)], ${OGRS3.offence.other}::float8)`;
  const ogrs3 = sql`CASE WHEN coalesce(f.sanctions, 0) = 0 OR f.latest_sanction IS NULL OR f.first_sanction IS NULL OR f.sex NOT IN ('male', 'female') THEN 0::float8 ELSE
    1 / (1 + exp(-(${OGRS3.intercept.twoYear}::float8
      + (CASE WHEN f.sex = 'male' THEN ${[...OGRS3.ageSex.male]}::float8[] ELSE ${[...OGRS3.ageSex.female]}::float8[] END)[${band}]
      + CASE WHEN f.sanctions > 1 THEN ${OGRS3.sanction.repeatOffender}::float8 ELSE ${OGRS3.sanction.firstTimeNoCaution}::float8 END
      + ${OGRS3.copas}::float8 * ln((least(f.sanctions - 1, 50) + 1)::float8 / (10 + ${years(sql`f.latest_sanction`)} - ${years(sql`f.first_sanction`)}))
      + ${category}))) END`;
  const released = sql`f.custody_kind IS NOT NULL AND f.expected_release - ${asOf} BETWEEN 0 AND ${config.release.withinDays}`;
  const licence = sql`f.custody_kind = 'sentenced' AND f.sentence_days >= ${config.noStatutorySupervision.longSentenceDays}`;
  const score = round4(sql`${sql.join(
    [
      term(sql`coalesce(${recency}, 0)`, config.recency.weight),
      ...freq,
      term(sql`coalesce(f.gravity_max, 0)`, config.gravity.maxWeight),
      term(sql`coalesce(f.gravity_total, 0)`, config.gravity.totalWeight),
      term(sql`least(coalesce(f.positive_tests, 0), ${config.drugs.cap})`, config.drugs.weight),
      term(ogrs3, config.ogrs3.weight),
      term(sql`CASE WHEN ${released} THEN 1 ELSE 0 END`, config.release.weight),
      term(sql`CASE WHEN NOT f.supervised AND NOT coalesce(${licence}, false) THEN 1 ELSE 0 END`, config.noStatutorySupervision.weight),
      term(sql`CASE WHEN coalesce(f.lb_offences, 0) > 0 THEN f.nbh::float8 / f.lb_offences ELSE 0 END`, config.neighbourhoodCrime.weight),
    ],
    sql` + `,
  )}`);
  // The same parts, side by side, and the same session settings as the run's
  // feature query (inParts); each part is ranked on its own, which costs the
  // same as ranking the whole (31,000 rows) and returns the same count.
  const features = (part: Part) =>
    featureQuery({ partnershipId, asOf: BENCH_AS_OF, config, offences, areaCodes: scheme.areaCodes, include: members.map((m) => m.person_id), part });
  return { score, features };
}
