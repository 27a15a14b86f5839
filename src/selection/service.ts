// Selection services (SPEC 3.3): matrix versions, selection runs (scored,
// ranked, proposed, stored with their matrix version), reopening a past run,
// and comparing two matrix versions on one date. Each returns plain data that
// the CLI prints and the web pages render.
import { requirePermission } from '../access/permissions.js';
import { spanCovers } from '../calendar/sql.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import { isOperator, visiblePeople, visiblePerson } from '../access/need-to-know.js';
import type { Actor } from '../access/actor.js';
import { appendAudit, auditList } from '../access/audit.js';
import { caughtUpReader } from '../db/replica.js';
import type { Sensitive } from '../access/need-to-know.js';
import { scoreWithheldFor, showCriterion, showProposalReasons, type ShownCriterion } from './withhold.js';
import type { DB, IsoDate, ProposalKind } from '../db/schema.js';
import { CopyPipeline } from '../db/statements.js';
import { keyShape, switchOffKeyChecks, switchOnKeyChecks } from '../db/key-checks.js';
import { WorkerCalls } from '../threads/calls.js';
import { InvalidInputError, NotFoundError, StaleEditError } from '../errors.js';
import { findScheme } from '../schemes/find.js';
import { requireIsoDate } from '../calendar/dates.js';
import type { CriterionResult } from './criteria.js';
import { featureParts, poolFeatureTexts } from './extract.js';
import { emptyPoolText } from './features.js';
import { featureRowsById, parseFeatureRow } from './feature-rows.js';
import { DEFAULT_MATRIX, completeMatrix, storedMatrix, type MatrixConfig } from './matrix.js';
import { loadOffenceGrading } from '../offences/store.js';
import { scorePerson } from './score.js';
import { comparisonsOf, type MemberComparison, type RunContext, type RunResult, type RunSummary } from './scoring.js';
import { outscoring } from './proposals.js';
import { countsWithout, disproportionalityWithout, proposalsRestOn, resultWithout, type HiddenRow } from './hidden.js';
import type { Disproportionality } from './disproportionality.js';
import type { StoreIn, scoringCalls } from './scoring-thread.js';
import { RESULT_COLUMNS, decodeFeatures } from './stored.js';
import type { Reason } from './reasons.js';
import { pageOfSorted, type Page } from '../formats/cursor.js';

// ---------------------------------------------------------------- matrix versions

export interface MatrixVersion {
  schemeCode: string;
  /** 0 for the built-in default when no version has been saved. */
  version: number;
  id: number | null;
  note: string | null;
  config: MatrixConfig;
  createdBy: string | null;
  createdAt: string | null;
}

export async function listMatrixVersions(db: Kysely<DB>, actor: Actor, input: { schemeCode: string }): Promise<Omit<MatrixVersion, 'config'>[]> {
  requirePermission(actor, 'person:view');
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  const rows = await db
    .selectFrom('matrix_versions')
    .select(['id', 'version', 'note', 'created_by_label', 'created_at'])
    .where('partnership_id', '=', actor.partnershipId)
    .where('scheme_id', '=', scheme.id)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({ schemeCode: scheme.code, version: r.version, id: r.id, note: r.note, createdBy: r.created_by_label, createdAt: new Date(r.created_at).toISOString() }));
}

/** A saved version (the latest when none is named), or the default (version 0) when none is saved. */
export async function getMatrix(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; version?: number }): Promise<MatrixVersion> {
  requirePermission(actor, 'person:view');
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  let q = db
    .selectFrom('matrix_versions')
    .selectAll()
    .where('partnership_id', '=', actor.partnershipId)
    .where('scheme_id', '=', scheme.id);
  q = input.version !== undefined ? q.where('version', '=', input.version) : q.orderBy('version', 'desc').limit(1);
  const row = await q.executeTakeFirst();
  if (!row) {
    if (input.version !== undefined && input.version !== 0) throw new NotFoundError(`Scheme ${scheme.code} has no matrix version ${input.version}.`);
    return { schemeCode: scheme.code, version: 0, id: null, note: 'Built-in default', config: DEFAULT_MATRIX, createdBy: null, createdAt: null };
  }
  return {
    schemeCode: scheme.code,
    version: row.version,
    id: row.id,
    note: row.note,
    config: storedMatrix(JSON.parse(row.config)),
    createdBy: row.created_by_label,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * Saves a new version. The config may be partial: it is completed from the
 * default and validated (MatrixInvalidError lists every problem by path).
 */
export async function createMatrixVersion(
  db: Kysely<DB>,
  actor: Actor,
  input: { schemeCode: string; config: unknown; note?: string | null; expectedVersion?: number },
): Promise<MatrixVersion> {
  requirePermission(actor, 'panel:decide');
  const config = completeMatrix(input.config);
  return db.transaction().execute(async (trx) => {
    const scheme = await findScheme(trx, actor.partnershipId, input.schemeCode);
    // Serialise version numbers per scheme.
    await sql`SELECT pg_advisory_xact_lock(7305120, ${scheme.id})`.execute(trx);
    const last = await trx.selectFrom('matrix_versions').select((eb) => eb.fn.max('version').as('v')).where('scheme_id', '=', scheme.id).executeTakeFirst();
    // An edit drawn from a version (If-Match on the API) is refused when another was saved since.
    if (input.expectedVersion !== undefined && input.expectedVersion !== Number(last?.v ?? 0)) {
      throw new StaleEditError(`Matrix version ${Number(last?.v ?? 0)} of scheme ${scheme.code} was saved after version ${input.expectedVersion}, the one this edit was drawn from. Fetch it again and retry.`, {
        version: Number(last?.v ?? 0),
        changedBy: null,
        changedAt: null,
      });
    }
    const version = Number(last?.v ?? 0) + 1;
    const row = await trx
      .insertInto('matrix_versions')
      .values({
        partnership_id: actor.partnershipId,
        scheme_id: scheme.id,
        version,
        note: input.note ?? null,
        config: JSON.stringify(config),
        created_by: actor.userId,
        created_by_label: actor.label,
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'alteration', what: `matrix version ${version} of scheme ${scheme.code}`, details: { matrixVersionId: row.id } });
    return { schemeCode: scheme.code, version, id: row.id, note: input.note ?? null, config, createdBy: actor.label, createdAt: new Date(row.created_at).toISOString() };
  });
}

/** The version a run uses: the one named, else the latest; the default is saved as version 1 first. */
async function matrixForRun(db: Kysely<DB>, actor: Actor, schemeCode: string, version?: number): Promise<MatrixVersion & { id: number }> {
  const m = await getMatrix(db, actor, { schemeCode, version });
  if (m.id !== null) return m as MatrixVersion & { id: number };
  const saved = await createMatrixVersion(db, { ...actor, role: 'administrator' }, { schemeCode, config: DEFAULT_MATRIX, note: 'Built-in default, saved by the first run' });
  return saved as MatrixVersion & { id: number };
}

// ---------------------------------------------------------------- runs

export type { MemberComparison, RunResult, RunSummary, SchemeBalance } from './scoring.js';

/**
 * A result as the viewer may see it: a score, rank or part that rests on data
 * the viewer may not see is null (withhold.ts), and the run says why.
 */
export interface ShownResult extends Omit<RunResult, 'score' | 'rank' | 'aboveLowestMember' | 'criteria'> {
  score: number | null;
  rank: number | null;
  aboveLowestMember: boolean | null;
  criteria: ShownCriterion[];
}

export interface RunView {
  runId: number | null;
  schemeCode: string;
  asOf: IsoDate;
  matrixVersion: number;
  /** The offence reference's version the run graded offences with (null for a run stored before there was one). */
  offenceReferenceVersion: number | null;
  createdAt: string | null;
  createdBy: string | null;
  poolSize: number;
  members: number;
  capacity: number | null;
  summary: RunSummary;
  results: ShownResult[];
  /** The matrix version's comparison margin (0.2: a candidate more than 20% above a member is shown beside them). */
  comparisonMargin: number;
  /**
   * Every member the viewer may see who is outscored by more than the margin
   * by the best candidate left without a place they may see, most outscored
   * first: shown to the panel at the member's review, never proposed. Empty
   * when the scores are withheld.
   */
  comparisons: MemberComparison[];
  /**
   * Why this viewer may not see the scores, ranks and order of the run (the
   * matrix weighs data they may not see), or null. When set, the results are
   * in person-reference order.
   */
  scoresWithheld: Sensitive | null;
  /** When no one is in the pool, what puts people there and where their area comes from (emptyPoolText); else null. */
  emptyPool: string | null;
}

/**
 * The phases of a run, in order, as reported to onPhase: setup (scheme,
 * matrix, members); features (the feature query, each part handed to the
 * scoring thread as it arrives); scoring (the last part scored, the pool
 * ranked); storing (the results fetched, and the run stored).
 */
export type RunPhase = 'setup' | 'features' | 'scoring' | 'storing';

/**
 * Results fetched from the scoring thread, and rows stored, at a time. Each
 * COPY has a cost of its own (about 6 ms on PGlite): a force-scale run's
 * 31,000 rows took about 0.4 s to store in chunks of 2,000 and 0.31 s in
 * chunks of 8,000.
 */
const CHUNK = 8000;

/** The thread where runs are scored: started by the first run, ended a minute after the last. */
const scoring = new WorkerCalls<typeof scoringCalls>(new URL(`./scoring-thread.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url));
/** The id of the next run's job in the scoring thread. */
let nextJob = 1;

/** Members of a scheme on a date: [start, end) holds the date. */
/**
 * The scheme's members on a date. With `visibleTo`, only those the actor may
 * see (a list shown to a user); without, everyone (the run's own arithmetic).
 */
export async function membersOn(db: Kysely<DB>, partnershipId: number, schemeId: number, asOf: IsoDate, visibleTo?: Actor) {
  return db
    .selectFrom('memberships')
    .leftJoin('tiers', 'tiers.id', 'memberships.tier_id')
    .select(['memberships.id', 'memberships.person_id', 'memberships.start_date', 'memberships.tier_id', 'tiers.code as tier_code'])
    .where('memberships.partnership_id', '=', partnershipId)
    .where('memberships.scheme_id', '=', schemeId)
    .where(spanCovers('memberships.start_date', 'memberships.end_date', asOf))
    .$if(visibleTo !== undefined, (q) => q.where(visiblePerson(visibleTo!, 'memberships.person_id')))
    .execute();
}

/**
 * Scores the whole pool on a date with a matrix version, ranks it, marks the
 * current members, proposes selections and de-selections, reports
 * disproportionality and balance, and stores the run (unless store is false).
 */
export async function runSelection(
  db: Kysely<DB>,
  actor: Actor,
  input: {
    schemeCode: string;
    asOf: string;
    matrixVersion?: number;
    store?: boolean;
    /**
     * False: the view's results are left empty, and this thread does not make
     * an object for each of a force-scale run's 31,000 people (the web form
     * stores the run and shows it a page at a time with getRun).
     */
    results?: boolean;
    onProgress?: (done: number, total: number) => void;
    /** Results fetched and rows stored at a time (CHUNK; tests set a few, to cross chunks). */
    chunk?: number;
    /** Told how long each phase took (for benchmarks and profiling). */
    onPhase?: (phase: RunPhase, milliseconds: number) => void;
  },
  /** Where the pool's features are read: the replica, when there is one (src/db/replica.ts). */
  readDb: Kysely<DB> = db,
): Promise<RunView> {
  requirePermission(actor, 'selection:run');
  // Started now, it is ready (a few hundred milliseconds) by the time the features are.
  scoring.warm();
  let mark = performance.now();
  const phase = (name: RunPhase) => {
    const now = performance.now();
    input.onPhase?.(name, now - mark);
    mark = now;
  };
  const asOf = requireIsoDate(input.asOf, 'The as-of date');
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  const matrix = await matrixForRun(db, actor, scheme.code, input.matrixVersion);
  const config = matrix.config;
  const members = await membersOn(db, actor.partnershipId, scheme.id, asOf);
  const memberIds = [...new Set(members.map((m) => m.person_id))];
  // Read once and passed into the feature query, which joins no table for it.
  const offences = await loadOffenceGrading(db, actor.partnershipId);
  phase('setup');
  const context: RunContext = { asOf, config, areaCodes: scheme.areaCodes, memberIds, capacity: scheme.capacity };
  const job = nextJob++;
  const fed: Promise<void>[] = [scoring.call('open', { job, context, store: input.store !== false })];
  try {
    // The features go to the scoring thread a batch at a time as they
    // arrive (poolFeatureTexts), to be parsed and scored there while the
    // database writes the rest.
    // The replica once it has everything the primary had when the run began; else the primary.
    const featureDb = await caughtUpReader(readDb);
    const texts = await poolFeatureTexts(featureDb, { partnershipId: actor.partnershipId, asOf, config, offences, areaCodes: scheme.areaCodes, include: memberIds }, featureParts(featureDb), (text) => {
      fed.push(scoring.call('feed', { job, text }));
    });
    phase('features');
    await Promise.all(fed);
    const ranked = await scoring.call('rank', { job });
    phase('scoring');

    // The results, and the rows to store, a chunk at a time: the scoring
    // thread makes the next chunks while this thread unpacks one and the
    // database loads it. A result's criteria, with reasons, are computed from
    // its feature row when first read (most of a force-scale run's never are).
    // Each result is made as this viewer may see it (shownResult), once.
    const because = scoreWithheldFor(actor, config);
    const results: ShownResult[] = [];
    // A result's feature row, from the texts this thread already holds: the
    // scoring thread sends results without them, and the rows are found by
    // id when a result's criteria are first read.
    let rowsById: Map<number, string> | null = null;
    const featureRowOf = (personId: number) => {
      const row = (rowsById ??= featureRowsById(texts)).get(personId);
      if (row === undefined) throw new Error(`No feature row for person ${personId} in this run.`);
      return row;
    };
    const fetchChunks = async (store: StoreIn | null, copies: CopyPipeline | null) => {
      const wanted = input.results !== false;
      const size = input.chunk ?? CHUNK;
      const ask = (from: number) => ((wanted || store) && from < ranked.count ? scoring.call('chunk', { job, from, to: from + size, results: wanted, store }) : null);
      // Two chunks asked for ahead, so the scoring thread does not wait for this one.
      const ahead = [ask(0), ask(size)];
      for (let from = 0, next = ahead.shift(); next; next = ahead.shift()) {
        const chunk = await next;
        ahead.push(ask((from += size) + size));
        if (copies && chunk.rows) await copies.send(chunk.rows);
        for (const result of chunk.results ?? []) {
          results.push(shownResult(result, because, actor, () => scorePerson(parseFeatureRow(featureRowOf(result.personId), config, asOf), config).criteria));
        }
        input.onProgress?.(Math.min(from, ranked.count), ranked.count);
      }
    };
    const view = (): RunView => ({
      runId: null,
      schemeCode: scheme.code,
      asOf,
      matrixVersion: matrix.version,
      offenceReferenceVersion: offences.version,
      createdAt: null,
      createdBy: actor.label,
      poolSize: ranked.poolSize,
      members: memberIds.length,
      capacity: scheme.capacity,
      summary: ranked.summary,
      results,
      comparisonMargin: config.proposals.comparisonMargin,
      // Worked out over the whole pool, restricted people included: only the
      // operator gets them here; anyone else reads them from the stored run
      // (getRun), where they are drawn from the people the reader may see.
      comparisons: isOperator(actor) ? ranked.comparisons : [],
      scoresWithheld: null,
      emptyPool: ranked.poolSize === 0 ? emptyPoolText(asOf, scheme.areaCodes) : null,
    });
    if (input.store === false) {
      await fetchChunks(null, null);
      return withheldView(view(), because);
    }

    // Each person is stored with compact features, not the scored criteria:
    // getRun recomputes the criteria from them with the run's matrix version.
    const stored = await db.transaction().execute(async (trx) => {
      const run = await trx
        .insertInto('selection_runs')
        .values({
          partnership_id: actor.partnershipId,
          scheme_id: scheme.id,
          matrix_version_id: matrix.id,
          offence_reference_version: offences.version,
          as_of: asOf,
          pool_size: ranked.poolSize,
          members: memberIds.length,
          capacity: scheme.capacity,
          summary: JSON.stringify(ranked.summary),
          created_by: actor.userId,
          created_by_label: actor.label,
        })
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow();
      const skipped = await skipRunKeyChecks(trx);
      const copies = new CopyPipeline(trx, 'selection_run_results', RESULT_COLUMNS, 'text');
      await fetchChunks({ runId: run.id, partnershipId: actor.partnershipId }, copies);
      await copies.settle();
      if (skipped) await switchOnKeyChecks(trx);
      await appendAudit(trx, actor, {
        action: 'combination',
        what: `selection run ${run.id} of scheme ${scheme.code} as of ${asOf}`,
        details: { runId: run.id, matrixVersion: matrix.version, offenceReferenceVersion: offences.version, people: ranked.count },
      });
      return run;
    });
    phase('storing');
    return withheldView({ ...view(), runId: stored.id, createdAt: new Date(stored.created_at).toISOString() }, because);
  } finally {
    void scoring.call('end', { job });
  }
}

/**
 * Whether the run's rows may skip their per-row key check, and if so switches
 * it off for this transaction (SET LOCAL session_replication_role = replica)
 * until set back to origin. The rows' one key (0022 dropped the others) is
 * run_id, and it names the run row this transaction has just inserted: no
 * other transaction can see that row, let alone delete it, before this one
 * commits, so the check (a lookup and lock of that one row for each of some
 * 31,000 rows) can only pass. The checks stay on when the table has a trigger
 * or any other key, or when the role may not set session_replication_role
 * (the refusal is rolled back to a savepoint and the transaction goes on).
 */
export async function skipRunKeyChecks(trx: Transaction<DB>): Promise<boolean> {
  const s = await keyShape(trx, 'selection_run_results');
  if (s.triggers > 0 || s.references.length !== 1 || s.references[0] !== 'selection_runs') return false;
  return switchOffKeyChecks(trx);
}

/** Where a result keeps its criteria, or how to compute them (not enumerable). */
const CRITERIA = Symbol('criteria');

interface LazyCriteria {
  compute: () => CriterionResult[];
  value: CriterionResult[] | undefined;
}

/**
 * The one accessor of every result's criteria. One pair of functions for all
 * results lets them share a shape: a getter and setter of their own for each
 * of 31,000 results took about 3 times as long to make.
 */
const CRITERIA_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: { [CRITERIA]: LazyCriteria }) {
    const lazy = this[CRITERIA];
    return (lazy.value ??= lazy.compute());
  },
  set(this: { [CRITERIA]: LazyCriteria }, v: CriterionResult[]) {
    this[CRITERIA].value = v;
  },
};

/**
 * A result whose criteria are computed the first time they are read, then
 * kept. The property is an ordinary enumerable one to every reader (JSON,
 * spreading, equality in tests); only its cost is deferred.
 */
function withCriteria(result: Omit<RunResult, 'criteria'>, criteria: () => CriterionResult[]): RunResult {
  const lazy: LazyCriteria = { compute: criteria, value: undefined };
  Object.defineProperty(result, CRITERIA, { value: lazy, writable: true, configurable: true, enumerable: false });
  return Object.defineProperty(result, 'criteria', CRITERIA_PROPERTY) as RunResult;
}

/**
 * One result as the viewer may see it (withhold.ts): with `because` set, its
 * score, rank and comparisons are withheld; its criteria (from `criteria`,
 * when first read) are shown as the viewer may see them. Copied field by
 * field into an object literal of one shape: copying property descriptors
 * (the criteria are a getter) made every result a slow dictionary object,
 * about a fifth of a force-scale run.
 */
function shownResult(r: Omit<RunResult, 'criteria'>, because: Sensitive | null, actor: Actor, criteria: () => CriterionResult[]): ShownResult {
  const shown: Omit<ShownResult, 'criteria'> = {
    personId: r.personId,
    personRef: r.personRef,
    rank: because ? null : r.rank,
    score: because ? null : r.score,
    member: r.member,
    inPool: r.inPool,
    aboveLowestMember: because ? null : r.aboveLowestMember,
    priority: r.priority,
    proposal: r.proposal,
    proposalReasons: because ? showProposalReasons(r.proposalReasons, because) : r.proposalReasons,
    outscoredBy: because ? null : r.outscoredBy,
  };
  return withCriteria(shown as Omit<RunResult, 'criteria'>, () => criteria().map((c) => showCriterion(actor, c)) as CriterionResult[]) as unknown as ShownResult;
}

/**
 * The rest of a run as the viewer may see it, its results already shown
 * (shownResult): when the matrix weighs data they may not see, the rank
 * order itself is withheld (the results are put in person-reference order),
 * and so are the lowest member's score and the comparisons.
 */
function withheldView(view: RunView, because: Sensitive | null): RunView {
  const results = view.results;
  if (because) results.sort((a, b) => (a.personRef < b.personRef ? -1 : a.personRef > b.personRef ? 1 : 0));
  const summary = because ? { ...view.summary, proposals: { ...view.summary.proposals, lowestMemberScore: null } } : view.summary;
  return { ...view, summary, results, comparisons: because ? [] : view.comparisons, scoresWithheld: because };
}

/**
 * The run as this viewer may see it (withhold.ts): criteria resting on data
 * they may not see are withheld whole, and when the matrix weighs such data so
 * are the scores, ranks, score comparisons and the rank order itself (the
 * results are then put in person-reference order).
 */
function withhold(view: Omit<RunView, 'results'> & { results: RunResult[] }, actor: Actor, config: MatrixConfig): RunView {
  const because = scoreWithheldFor(actor, config);
  const results = view.results.map((r) => shownResult(r, because, actor, () => r.criteria));
  return withheldView({ ...view, results }, because);
}

export interface RunListing {
  runId: number;
  asOf: IsoDate;
  matrixVersion: number;
  poolSize: number;
  members: number;
  capacity: number | null;
  createdAt: string;
  createdBy: string;
}

export async function listRuns(db: Kysely<DB>, actor: Actor, input: { schemeCode: string }): Promise<RunListing[]> {
  requirePermission(actor, 'person:view');
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  const rows = await db
    .selectFrom('selection_runs')
    .innerJoin('matrix_versions', 'matrix_versions.id', 'selection_runs.matrix_version_id')
    .select(['selection_runs.id', 'selection_runs.as_of', 'matrix_versions.version', 'selection_runs.pool_size', 'selection_runs.members', 'selection_runs.capacity', 'selection_runs.created_at', 'selection_runs.created_by_label'])
    .where('selection_runs.partnership_id', '=', actor.partnershipId)
    .where('selection_runs.scheme_id', '=', scheme.id)
    .orderBy('selection_runs.id', 'desc')
    .execute();
  // The pool and members count only the people this viewer may see (hidden.ts).
  const hidden = new Map<number, { pool: number; members: number }>();
  if (!isOperator(actor) && rows.length > 0) {
    const counts = await hiddenResults(db, actor, rows.map((r) => r.id))
      .select(['r.run_id', sql<number>`count(*) FILTER (WHERE r.in_pool)::int`.as('pool'), sql<number>`count(*) FILTER (WHERE r.member)::int`.as('members')])
      .groupBy('r.run_id')
      .execute();
    for (const c of counts) hidden.set(c.run_id, c);
  }
  return rows.map((r) => ({
    runId: r.id,
    asOf: r.as_of,
    matrixVersion: r.version,
    poolSize: r.pool_size - (hidden.get(r.id)?.pool ?? 0),
    members: r.members - (hidden.get(r.id)?.members ?? 0),
    capacity: r.capacity,
    createdAt: new Date(r.created_at).toISOString(),
    createdBy: r.created_by_label,
  }));
}

/**
 * Reopens a stored run, in rank order; limit/offset page through it. The
 * criteria (with their reasons) are recomputed from the stored features with
 * the run's matrix version; withCriteria: false leaves them out (empty).
 */
export async function getRun(db: Kysely<DB>, actor: Actor, input: { runId: number; limit?: number; offset?: number; withCriteria?: boolean }): Promise<RunView> {
  requirePermission(actor, 'person:view');
  const run = await db
    .selectFrom('selection_runs')
    .innerJoin('schemes', 'schemes.id', 'selection_runs.scheme_id')
    .innerJoin('matrix_versions', 'matrix_versions.id', 'selection_runs.matrix_version_id')
    .select([
      'selection_runs.id',
      'schemes.code as scheme_code',
      'selection_runs.as_of',
      'matrix_versions.version',
      'selection_runs.offence_reference_version',
      'selection_runs.created_at',
      'selection_runs.created_by_label',
      'selection_runs.pool_size',
      'selection_runs.members',
      'selection_runs.capacity',
      'selection_runs.summary',
      'matrix_versions.config',
    ])
    .where('selection_runs.partnership_id', '=', actor.partnershipId)
    .where('selection_runs.id', '=', input.runId)
    .executeTakeFirst();
  if (!run) throw new NotFoundError(`No selection run ${input.runId} in this partnership.`);
  const runConfig = storedMatrix(JSON.parse(run.config));
  // A viewer who may not see the scores gets the run in a neutral order, so
  // that neither a rank nor a page's place in the list gives them away.
  const neutralOrder = scoreWithheldFor(actor, runConfig) !== null;
  const withCriteria = input.withCriteria !== false;
  const config = withCriteria ? runConfig : null;
  // The read and its audit entry, naming everyone shown, in one transaction.
  const rows = await db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('selection_run_results as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select(['r.person_id', 'p.person_ref', 'r.rank', 'r.score', 'r.member', 'r.in_pool', 'r.above_lowest_member', 'r.priority', 'r.proposal', 'r.proposal_reasons'])
      .$if(withCriteria, (qb) => qb.select(['r.criteria', 'r.features']))
      .where('r.partnership_id', '=', actor.partnershipId)
      .where('r.run_id', '=', run.id)
      // A restricted person the viewer is not named on is left out, not shown by reference.
      .where(visiblePeople(actor, 'p'))
      .orderBy(neutralOrder ? 'p.person_ref' : 'r.rank')
      .orderBy('r.person_id');
    if (input.limit !== undefined) q = q.limit(input.limit);
    if (input.offset !== undefined) q = q.offset(input.offset);
    const found = await q.execute();
    const compared = await memberComparisons(trx, actor, run.id, runConfig.proposals.comparisonMargin);
    const hidden = await hiddenRows(trx, actor, run.id, run.as_of, runConfig);
    const named = new Set(found.map((r) => r.person_id));
    const also = compared.flatMap((c) => [c.personId, c.outscoredBy.personId]).filter((id) => !named.has(id));
    await auditList(trx, actor, {
      what: `selection run ${run.id}`,
      personIds: [...found.map((r) => r.person_id), ...new Set(also)],
      details: { runId: run.id, people: found.length, offset: input.offset ?? 0 },
    });
    // The lowest score among the members this viewer may see, when a hidden member may have been the lowest.
    const lowest = hidden.some((h) => h.member) ? await lowestVisibleMemberScore(trx, actor, run.id) : null;
    return { found, compared, hidden, lowest };
  });
  const { found, compared, hidden } = rows;
  const stored = { poolSize: run.pool_size, members: run.members, capacity: run.capacity, asOf: run.as_of, summary: JSON.parse(run.summary) as RunSummary };
  // Counts beside the rows count only the people in them (hidden.ts).
  const without = hidden.length === 0 ? null : countsWithout(stored, hidden, rows.lowest, compared.length, runConfig.noStatutorySupervision.longSentenceDays);
  const counts = without ?? stored;
  const hiddenRanks = hidden.map((h) => h.rank);
  const summary = counts.summary;
  const outscoredBy = new Map(compared.map((c) => [c.personId, c.outscoredBy]));
  const criteriaOf = (r: (typeof found)[number]): CriterionResult[] => {
    if (!config) return [];
    const stored = r as typeof r & { criteria: string | null; features: string | null };
    if (stored.features !== null) return scorePerson(decodeFeatures(stored.features, { personId: r.person_id, personRef: r.person_ref, asOf: run.as_of }, config), config).criteria;
    return stored.criteria !== null ? (JSON.parse(stored.criteria) as CriterionResult[]) : [];
  };
  return withhold(
    {
      runId: run.id,
      schemeCode: run.scheme_code,
      asOf: run.as_of,
      matrixVersion: run.version,
      offenceReferenceVersion: run.offence_reference_version,
      createdAt: new Date(run.created_at).toISOString(),
      createdBy: run.created_by_label,
      poolSize: counts.poolSize,
      members: counts.members,
      capacity: run.capacity,
      summary,
      comparisonMargin: runConfig.proposals.comparisonMargin,
      comparisons: compared,
      // (Runs stored before the scheme's areas were kept have none in their summary.)
      emptyPool: counts.poolSize === 0 ? emptyPoolText(run.as_of, summary.areaCodes as string[] | undefined) : null,
      results: found.map((r) => {
        const result: RunResult = {
        personId: r.person_id,
        personRef: r.person_ref,
        rank: r.rank,
        score: r.score,
        member: r.member,
        inPool: r.in_pool,
        aboveLowestMember: r.above_lowest_member,
        priority: r.priority,
        proposal: r.proposal,
        proposalReasons: JSON.parse(r.proposal_reasons) as Reason[],
        outscoredBy: outscoredBy.get(r.person_id) ?? null,
        criteria: criteriaOf(r),
        };
        return without ? resultWithout(result, hiddenRanks, without, run.capacity) : result;
      }),
      scoresWithheld: null,
    },
    actor,
    runConfig,
  );
}

/**
 * The results, in runs `runIds`, of the people hidden from this viewer
 * (`p`, `r`): restricted people they are not named on, found from the
 * restricted people (few, and indexed: 0138), not by reading the runs.
 */
function hiddenResults(db: Kysely<DB> | Transaction<DB>, actor: Actor, runIds: number[]) {
  return db
    .selectFrom('people as p')
    .innerJoin('selection_run_results as r', 'r.person_id', 'p.id')
    .where('r.run_id', 'in', runIds)
    .where('p.partnership_id', '=', actor.partnershipId)
    .where('p.restricted', '=', true)
    .where(sql<boolean>`NOT ${visiblePeople(actor, 'p')}`);
}

/**
 * The run's rows of the people hidden from this viewer (hiddenResults;
 * none for the operator), with what the counts are made of.
 */
async function hiddenRows(db: Kysely<DB> | Transaction<DB>, actor: Actor, runId: number, asOf: IsoDate, config: MatrixConfig): Promise<HiddenRow[]> {
  if (isOperator(actor)) return [];
  const rows = await hiddenResults(db, actor, [runId])
    .select(['p.id', 'p.person_ref', 'p.sex', 'p.ethnicity', 'p.date_of_birth', 'r.rank', 'r.score', 'r.member', 'r.in_pool', 'r.proposal', 'r.features'])
    .execute();
  return rows.map((r) => {
    // As the run counted them: from its stored features, else (runs stored before them) the person's record.
    const features = r.features === null ? null : decodeFeatures(r.features, { personId: r.id, personRef: r.person_ref, asOf }, config);
    return {
      rank: r.rank,
      score: r.score,
      member: r.member,
      inPool: r.in_pool,
      proposal: r.proposal,
      sex: features?.sex ?? r.sex,
      ethnicity: features ? features.ethnicity : r.ethnicity,
      dateOfBirth: features?.dateOfBirth ?? r.date_of_birth,
      features,
    };
  });
}

/**
 * What a list drawn from a stored run's rows (the panel agenda) needs to show
 * them as the run's page does to this viewer: the ranks of the people hidden
 * from them, and whether the proposals rest on one of those (hidden.ts).
 */
export async function hiddenInRun(db: Kysely<DB> | Transaction<DB>, actor: Actor, run: { id: number; asOf: IsoDate; config: MatrixConfig }): Promise<{ ranks: number[]; proposalsRestOnHidden: boolean }> {
  const hidden = await hiddenRows(db, actor, run.id, run.asOf, run.config);
  return { ranks: hidden.map((h) => h.rank), proposalsRestOnHidden: proposalsRestOn(hidden) };
}

/**
 * A stored run's disproportionality table as this viewer may see it: without
 * the people hidden from them (hidden.ts), as on the run's page. For the
 * partnership reports, which show the latest run's table.
 */
export async function visibleDisproportionality(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  run: { id: number; asOf: IsoDate; matrixConfig: string },
  d: Disproportionality,
): Promise<Disproportionality> {
  const hidden = await hiddenRows(db, actor, run.id, run.asOf, storedMatrix(JSON.parse(run.matrixConfig)));
  return disproportionalityWithout(d, hidden, run.asOf);
}

/** The lowest score among the run's members this viewer may see (null if none). */
async function lowestVisibleMemberScore(db: Kysely<DB> | Transaction<DB>, actor: Actor, runId: number): Promise<number | null> {
  const r = await db
    .selectFrom('selection_run_results as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(sql<number | null>`min(r.score)`.as('lowest'))
    .where('r.run_id', '=', runId)
    .where('r.member', '=', true)
    .where(visiblePeople(actor, 'p'))
    .executeTakeFirst();
  return r?.lowest ?? null;
}

/**
 * The run's members outscored by more than the margin, as this viewer may see
 * them: the best candidate left without a place (in the pool, not a member,
 * not proposed: highest score, then rank) among those the viewer may see,
 * beside every member they may see. The same arithmetic as the run's own
 * (proposals.ts), so a run reopened by someone who sees everyone shows what
 * it showed when made; for runs stored before issue 15 it is worked out the
 * same way from their stored scores.
 */
export async function memberComparisons(db: Kysely<DB> | Transaction<DB>, actor: Actor, runId: number, margin: number): Promise<MemberComparison[]> {
  const best = await db
    .selectFrom('selection_run_results as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.person_id', 'p.person_ref', 'r.score'])
    .where('r.partnership_id', '=', actor.partnershipId)
    .where('r.run_id', '=', runId)
    .where('r.member', '=', false)
    .where('r.in_pool', '=', true)
    .where('r.proposal', 'is', null)
    .where(visiblePeople(actor, 'p'))
    .orderBy('r.score', 'desc')
    .orderBy('r.rank')
    .limit(1)
    .executeTakeFirst();
  if (!best) return [];
  const members = await db
    .selectFrom('selection_run_results as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.person_id', 'p.person_ref', 'r.score'])
    .where('r.partnership_id', '=', actor.partnershipId)
    .where('r.run_id', '=', runId)
    .where('r.member', '=', true)
    .where('r.score', '<', best.score)
    .where(visiblePeople(actor, 'p'))
    .execute();
  const candidate = { personId: best.person_id, personRef: best.person_ref, score: best.score };
  return comparisonsOf(members.map((m) => ({ personId: m.person_id, personRef: m.person_ref, score: m.score, member: true, outscoredBy: outscoring(m.score, candidate, margin) })));
}

type Side = { rank: number | null; score: number | null; proposal: ProposalKind | null };

export interface ComparisonRow {
  personId: number;
  personRef: string;
  a: Side | null;
  b: Side | null;
  /** b's rank − a's rank (negative: moved up); null when in one run only or a rank is withheld. */
  rankChange: number | null;
  member: boolean;
}

export interface Comparison {
  a: Omit<RunView, 'results'>;
  b: Omit<RunView, 'results'>;
  rows: ComparisonRow[];
}

/**
 * Two stored runs side by side, ordered by the better of the two ranks; for a
 * viewer from whom either run's scores are withheld, by person reference.
 */
export async function compareRuns(db: Kysely<DB>, actor: Actor, input: { runA: number; runB: number }): Promise<Comparison> {
  const a = await getRun(db, actor, { runId: input.runA, withCriteria: false });
  const b = await getRun(db, actor, { runId: input.runB, withCriteria: false });
  const byId = new Map<number, ComparisonRow>();
  const row = (r: ShownResult) => {
    let x = byId.get(r.personId);
    if (!x) byId.set(r.personId, (x = { personId: r.personId, personRef: r.personRef, a: null, b: null, rankChange: null, member: r.member }));
    return x;
  };
  for (const r of a.results) row(r).a = { rank: r.rank, score: r.score, proposal: r.proposal };
  for (const r of b.results) row(r).b = { rank: r.rank, score: r.score, proposal: r.proposal };
  const rows = [...byId.values()];
  for (const r of rows) if (r.a?.rank != null && r.b?.rank != null) r.rankChange = r.b.rank - r.a.rank;
  const byRef = (x: ComparisonRow, y: ComparisonRow) => (x.personRef < y.personRef ? -1 : x.personRef > y.personRef ? 1 : 0);
  if (a.scoresWithheld || b.scoresWithheld) rows.sort(byRef);
  else {
    const best = (r: ComparisonRow) => Math.min(r.a?.rank ?? Infinity, r.b?.rank ?? Infinity);
    rows.sort((x, y) => best(x) - best(y) || byRef(x, y));
  }
  const { results: _a, ...headA } = a;
  const { results: _b, ...headB } = b;
  return { a: headA, b: headB, rows };
}

/** Runs two matrix versions on the same date (both stored) and compares them. */
export async function compareMatrixVersions(
  db: Kysely<DB>,
  actor: Actor,
  input: { schemeCode: string; asOf: string; versionA: number; versionB: number },
): Promise<Comparison> {
  if (input.versionA === input.versionB) throw new InvalidInputError('Choose two different matrix versions to compare.');
  const a = await runSelection(db, actor, { schemeCode: input.schemeCode, asOf: input.asOf, matrixVersion: input.versionA, results: false });
  const b = await runSelection(db, actor, { schemeCode: input.schemeCode, asOf: input.asOf, matrixVersion: input.versionB, results: false });
  return compareRuns(db, actor, { runA: a.runId!, runB: b.runId! });
}

/** One result as `waymark select --json` prints it and the API's run document gives it: the same rows through every door. */
export interface SelectJsonRow {
  personRef: string;
  rank: number | null;
  score: number | null;
  member: boolean;
  proposal: ProposalKind | null;
  criteria: { name: string; value: number | boolean | null; weight: number; contribution: number | null }[];
  inPool: boolean;
  aboveLowestMember: boolean | null;
  priority: boolean;
  proposalReasons: string[];
  /** Issue 15: the matrix's margin, and for a member the best candidate left without a place when they score more than the margin above (never a proposal). */
  comparisonMargin: number;
  outscoredBy: { personRef: string; score: number; ratio: number | null } | null;
}

/** A run's results as the rows of `waymark select --json`. */
export function selectJsonRows(run: Pick<RunView, 'results' | 'comparisonMargin'>): SelectJsonRow[] {
  return run.results.map((r) => ({
    personRef: r.personRef,
    rank: r.rank,
    score: r.score,
    member: r.member,
    proposal: r.proposal,
    criteria: r.criteria.map((c) => ({ name: c.name, value: c.value, weight: c.weight, contribution: c.contribution })),
    inPool: r.inPool,
    aboveLowestMember: r.aboveLowestMember,
    priority: r.priority,
    proposalReasons: r.proposalReasons.map((x) => x.text),
    comparisonMargin: run.comparisonMargin,
    outscoredBy: r.outscoredBy ? { personRef: r.outscoredBy.personRef, score: r.outscoredBy.score, ratio: r.outscoredBy.ratio } : null,
  }));
}

/** A stored run as one document: its head (summary, comparisons, what is withheld) and every row of `waymark select --json`. */
export interface RunDocument extends Omit<RunView, 'results'> {
  rows: SelectJsonRow[];
}

/** A stored run, whole, read and logged as getRun reads it. */
export async function runDocument(db: Kysely<DB>, actor: Actor, input: { runId: number }): Promise<RunDocument> {
  const { results, ...head } = await getRun(db, actor, { runId: input.runId });
  return { ...head, rows: selectJsonRows({ results, comparisonMargin: head.comparisonMargin }) };
}

/** A scheme's stored runs, newest first, a page at a time. */
export async function runsPage(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; cursor?: string; limit?: unknown }): Promise<Page<RunListing>> {
  const runs = await listRuns(db, actor, { schemeCode: input.schemeCode });
  return pageOfSorted(runs, input, (r) => [r.runId]);
}

type Input<F extends (db: Kysely<DB>, actor: Actor, input: never) => unknown> = Parameters<F>[2];

/** Selection runs and matrices. Built once by the composition root (src/services.ts). */
/**
 * The selection service. `readDb` is the streaming replica when there is one
 * (DATABASE_REPLICA_URL), else `db`: a run reads the pool's features there
 * once the replica has caught up with the primary, and everything else
 * (the scheme, its matrix, its members, the stored run) on the primary.
 */
export function selectionService({ db, readDb = db }: { db: Kysely<DB>; readDb?: Kysely<DB> }) {
  return {
    listMatrixVersions: (actor: Actor, input: Input<typeof listMatrixVersions>) => listMatrixVersions(db, actor, input),
    getMatrix: (actor: Actor, input: Input<typeof getMatrix>) => getMatrix(db, actor, input),
    createMatrixVersion: (actor: Actor, input: Input<typeof createMatrixVersion>) => createMatrixVersion(db, actor, input),
    runSelection: (actor: Actor, input: Input<typeof runSelection>) => runSelection(db, actor, input, readDb),
    listRuns: (actor: Actor, input: Input<typeof listRuns>) => listRuns(db, actor, input),
    getRun: (actor: Actor, input: Input<typeof getRun>) => getRun(db, actor, input),
    compareRuns: (actor: Actor, input: Input<typeof compareRuns>) => compareRuns(db, actor, input),
    compareMatrixVersions: (actor: Actor, input: Input<typeof compareMatrixVersions>) => compareMatrixVersions(db, actor, input),
    runDocument: (actor: Actor, input: Input<typeof runDocument>) => runDocument(db, actor, input),
    runsPage: (actor: Actor, input: Input<typeof runsPage>) => runsPage(db, actor, input),
    selectJsonRows,
  };
}
