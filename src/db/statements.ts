// Two kinds of statement that Kysely cannot express and both drivers handle
// themselves: a bulk COPY of CSV data into a table, and a multi-statement script
// (migrations). Both travel as ordinary CompiledQuery objects, so they run on
// whatever connection or transaction the caller holds.
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';

const SCRIPT_MARKER = '-- waymark:script\n';
const COPY_PATTERN = /^COPY\s[\s\S]*\sFROM STDIN\b/i;

export function isScript(q: CompiledQuery): boolean {
  return q.sql.startsWith(SCRIPT_MARKER);
}

export function isCopyIn(q: CompiledQuery): boolean {
  return COPY_PATTERN.test(q.sql);
}

type Executor = Pick<Kysely<any> | Transaction<any>, 'executeQuery'>;

const IDENT = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a safe SQL identifier: ${name}`);
  return name;
}

/**
 * Loads CSV text (no header row) into a table with COPY; or, with format
 * 'text', lines of COPY's own text format (fields by copyTextField in src/formats/copy-text.ts, tab
 * between them).
 */
export async function copyInto(
  executor: Executor,
  table: string,
  columns: readonly string[],
  csv: string | Uint8Array,
  format: 'csv' | 'text' = 'csv',
): Promise<void> {
  const cols = columns.map(ident).join(', ');
  const sql = `COPY ${ident(table)} (${cols}) FROM STDIN WITH (FORMAT ${format})`;
  await executor.executeQuery(CompiledQuery.raw(sql, [csv]));
}

/**
 * COPYs chunks into one table one after another on one connection, each while
 * the caller makes the next: at most one chunk in flight, so memory stays
 * bounded however many chunks there are.
 */
export class CopyPipeline {
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly executor: Executor,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly format: 'csv' | 'text' = 'csv',
  ) {}

  /** Whether a chunk is being copied now. */
  get busy(): boolean {
    return this.inFlight !== null;
  }

  /** Waits for the chunk before, then starts copying this one. */
  async send(data: string | Uint8Array): Promise<void> {
    await this.settle();
    const copying = copyInto(this.executor, this.table, this.columns, data, this.format);
    // Handled now, so a failure is not reported as unhandled before settle() rethrows it.
    copying.catch(() => undefined);
    this.inFlight = copying;
  }

  /** Waits for the chunk in flight, and throws its failure. */
  async settle(): Promise<void> {
    const copying = this.inFlight;
    this.inFlight = null;
    if (copying) await copying;
  }
}

/** Runs a script of several SQL statements (no parameters). */
export async function runScript(executor: Executor, script: string): Promise<void> {
  await executor.executeQuery(CompiledQuery.raw(SCRIPT_MARKER + script, []));
}

/** Quotes one value as a CSV field for COPY (empty unquoted field = NULL). */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : String(v);
  if (s === '' || /[",\n\r]/.test(s)) return '"' + s.replace(/"/g, '""') + '"';
  return s;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\n';
}
