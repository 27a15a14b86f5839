// The selection run on the benchmark data, and its raw-SQL baseline: the same
// feature query (the one runSelection sends) with the matrix's score computed
// and ranked in SQL, so the difference is what the product adds around it
// (moving rows into JavaScript, reasons, proposals, storing the run).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.js';
import type { Actor } from '../src/access/actor.js';
import { findScheme } from '../src/schemes/find.js';
import { featureParts, featureQuery, inParts } from '../src/selection/extract.js';
import { getMatrix, membersOn, runSelection, type RunPhase } from '../src/selection/service.js';
import { loadOffenceGrading } from '../src/offences/store.js';

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
 * criterion of the matrix that SQL can compute directly (recency bands,
 * frequency windows with the intelligence cap, gravity, drugs, release,
 * neighbourhood share, supervision), ranked. OGRS3 (a logistic model on ages)
 * is left out. Returns how many people it ranked.
 */
export async function rawScoringSql(db: Kysely<DB>, partnershipId: number): Promise<number> {
  const actor = benchActor(partnershipId);
  const scheme = await findScheme(db, partnershipId, BENCH_SCHEME);
  const { config } = await getMatrix(db, actor, { schemeCode: BENCH_SCHEME });
  const members = await membersOn(db, partnershipId, scheme.id, BENCH_AS_OF);
  const offences = await loadOffenceGrading(db, partnershipId);
  const asOf = sql`${BENCH_AS_OF}::date`;
  const bands = [...config.recency.bands].sort((a, b) => a.withinDays - b.withinDays);
  const recency = sql`CASE ${sql.join(
    bands.map((b) => sql`WHEN ${asOf} - greatest(f.last_offence, f.last_arrest) <= ${b.withinDays} THEN ${b.points}::float8`),
    sql` `,
  )} ELSE 0 END`;
  const freq = sql.join(
    config.frequency.map(
      (w, i) =>
        sql`coalesce(${sql.ref(`f.ob_w${i}`)}, 0) * ${w.offenceWeight}::float8 + coalesce(${sql.ref(`f.ar_w${i}`)}, 0) * ${w.arrestWeight}::float8
          + least(coalesce(${sql.ref(`f.ir_w${i}`)}, 0), ${config.intelligenceCap}) * ${w.intelligenceWeight}::float8`,
    ),
    sql` + `,
  );
  const score = sql`coalesce(${recency}, 0) * ${config.recency.weight}::float8 + ${freq}
    + coalesce(f.gravity_max, 0) * ${config.gravity.maxWeight}::float8 + coalesce(f.gravity_total, 0) * ${config.gravity.totalWeight}::float8
    + least(coalesce(f.positive_tests, 0), ${config.drugs.cap}) * ${config.drugs.weight}::float8
    + CASE WHEN f.expected_release - ${asOf} BETWEEN 0 AND ${config.release.withinDays} THEN ${config.release.weight}::float8 ELSE 0 END
    + CASE WHEN NOT f.supervised THEN ${config.noStatutorySupervision.weight}::float8 ELSE 0 END
    + CASE WHEN coalesce(f.lb_offences, 0) > 0 THEN f.nbh::float8 / f.lb_offences ELSE 0 END * ${config.neighbourhoodCrime.weight}::float8`;
  // The same parts, side by side, and the same session settings as the run's
  // feature query (inParts); each part is ranked on its own, which costs the
  // same as ranking the whole (31,000 rows) and returns the same count.
  const counts = await inParts(db, featureParts(db), async (trx, part) => {
    const q = featureQuery({ partnershipId, asOf: BENCH_AS_OF, config, offences, areaCodes: scheme.areaCodes, include: members.map((m) => m.person_id), part });
    const r = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (SELECT f.id, rank() OVER (ORDER BY ${score} DESC, f.person_ref) AS rank FROM (${q}) f) ranked`.execute(trx);
    return r.rows[0]!.n;
  });
  return counts.reduce((a, b) => a + b, 0);
}
