// The thread where selection runs are scored (scoring.ts), started by the run
// (service.ts) through WorkerCalls. The main thread serves the web pages, and
// parsing, scoring and ranking a force-scale pool, proposing and counting
// rates holds a thread for a few hundred milliseconds, in stretches of
// 20–45 ms that no breath can split. Here the feature texts are parsed and
// scored a batch at a time as they arrive, and the main thread fetches
// the results, and the rows to store, a chunk at a time: each chunk is made
// here while the main thread unpacks the one before and the database loads it.
import { answerCalls, Transferring } from '../threads/calls.js';
import { parseFeatureText } from './feature-rows.js';
import { byRank, comparisonsOf, rankRun, scorePeople, type MemberComparison, type RunContext, type RunResult, type RunSummary, type ScoredPerson } from './scoring.js';
import { copyTextField } from '../formats/copy-text.js';
import { encodeFeatures, resultLine } from './stored.js';

/**
 * A result as it crosses to the main thread, without its criteria: those are
 * computed there, when first read, from the person's feature row in the
 * feature texts the main thread already holds (featureRowsById). Sending each
 * row back with its result made the structured clone of a chunk about three
 * times as costly.
 */
export type ResultRow = Omit<RunResult, 'criteria'>;

/** Where a chunk's rows are stored: the run's id and partnership's. */
export interface StoreIn {
  runId: number;
  partnershipId: number;
}

interface Job {
  context: RunContext;
  /** Everyone scored so far; in rank order once ranked. */
  people: ScoredPerson[];
  /**
   * For a run that is stored, each person's stored features (stored.ts) as a
   * field of COPY's text format, by person id: made as each batch is fed,
   * while the database writes the next, so the rows to store take less once
   * the run is ranked; each is dropped once its row is made. Null for a run
   * that is not stored.
   */
  storedFeatures: Map<number, string> | null;
}

/** The jobs under way, by the id the main thread gave each. */
const jobs = new Map<number, Job>();

function jobOf(id: number): Job {
  const job = jobs.get(id);
  if (!job) throw new Error(`No scoring job ${id}: it has ended.`);
  return job;
}

export const scoringCalls = {
  /** Starts a job: a run's scoring on a date with a matrix version. */
  open(arg: { job: number; context: RunContext; store: boolean }): void {
    jobs.set(arg.job, { context: arg.context, people: [], storedFeatures: arg.store ? new Map() : null });
  },

  /** Parses one feature text (a batch of the pool: feature-rows.ts) and scores its people. */
  feed(arg: { job: number; text: string }): void {
    const job = jobOf(arg.job);
    const { config, asOf } = job.context;
    // One parse of the whole text is faster than one per row. Sorted here,
    // while the database writes the next part, so ranking merges sorted parts.
    for (const p of scorePeople(parseFeatureText(arg.text, config, asOf), job.context).sort(byRank)) {
      job.people.push(p);
      job.storedFeatures?.set(p.personId, copyTextField(encodeFeatures(p.features)));
    }
  },

  /** Ranks everyone fed, proposes and sums up; the results wait here, to be fetched a chunk at a time. */
  rank(arg: { job: number }): { count: number; poolSize: number; summary: RunSummary; comparisons: MemberComparison[] } {
    const job = jobOf(arg.job);
    const run = rankRun(job.people, job.context);
    return { count: run.people.length, poolSize: run.poolSize, summary: run.summary, comparisons: comparisonsOf(run.people) };
  },

  /**
   * Results from..to (exclusive) in rank order, if asked for, and, to store
   * them, their selection_run_results rows as UTF-8 lines of COPY's text
   * format (stored.ts: resultLine) in a buffer of their own, which moves to
   * the main thread and on to the database uncopied.
   */
  chunk(arg: { job: number; from: number; to: number; results: boolean; store: StoreIn | null }): Transferring<{ results: ResultRow[] | null; rows: Uint8Array | null }> {
    const job = jobOf(arg.job);
    const to = Math.min(arg.to, job.people.length);
    const results: ResultRow[] | null = arg.results ? [] : null;
    let text = '';
    const head = arg.store ? `${arg.store.runId}\t${arg.store.partnershipId}\t` : '';
    for (let i = arg.from; i < to; i++) {
      const r = job.people[i]!;
      results?.push({
        personId: r.personId,
        personRef: r.personRef,
        rank: r.rank,
        score: r.score,
        member: r.member,
        inPool: r.inPool,
        aboveLowestMember: r.aboveLowestMember,
        priority: r.priority,
        proposal: r.proposal,
        proposalReasons: r.proposalReasons,
        outscoredBy: r.outscoredBy,
      });
      if (arg.store) {
        text += resultLine(head, r, job.storedFeatures?.get(r.personId) ?? copyTextField(encodeFeatures(r.features)));
        job.storedFeatures?.delete(r.personId);
      }
    }
    const rows = arg.store ? new TextEncoder().encode(text) : null;
    return new Transferring({ results, rows }, rows ? [rows.buffer as ArrayBuffer] : []);
  },

  /** Forgets a job. */
  end(arg: { job: number }): void {
    jobs.delete(arg.job);
  },
};

answerCalls(scoringCalls);
