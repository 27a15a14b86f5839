// What a benchmark is and what it reports (SPEC section 6 figures).
import type { Database } from '../src/db/database.js';

export type Engine = 'pglite' | 'postgres';

export interface BenchResult {
  name: string;
  engine: Engine;
  /** The measured figure, in `unit`. */
  value: number;
  unit: string;
  /** SPEC 6's bar: as text ("≤ 100 ms"), or a number in `unit` that `value` must not exceed (issue 18's figures). */
  bar: string | number;
  /** Whether the value meets its bar (results.json; the same as `pass` when not given). */
  meets?: boolean;
  /** The same measure of a bare baseline in this run (a static file, bare COPY, raw SQL), or null. */
  baseline: number | null;
  /** value ÷ baseline (or baseline ÷ value for throughput), or null. */
  ratio: number | null;
  pass: boolean;
  note?: string;
}

/** A prepared force-scale data set on one engine. */
export interface BenchData {
  engine: Engine;
  /** Opens the database (the caller closes it). */
  open(): Promise<Database>;
  /** Environment for a `waymark serve` child on the same data. */
  env: Record<string, string>;
  partnershipId: number;
  people: number;
  events: number;
  /** A person with 500 events, for the person page. */
  personId: number;
  username: string;
}

export interface BenchContext {
  data: BenchData;
  log(message: string): void;
}

export interface Benchmark {
  name: string;
  engines: Engine[];
  /** What SPEC 6 asks, in words, for the report. */
  describes: string;
  /** Null when it can run; otherwise why not (the feature is not built yet). */
  unavailable?(): Promise<string | null>;
  run(ctx: BenchContext): Promise<BenchResult>;
}
