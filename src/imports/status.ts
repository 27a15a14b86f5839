// An import's status as the web's progress bar, the API and `waymark
// import-status` read it: while it runs in this process, its phase and
// progress from the registry in memory (jobs.ts: on the embedded engine the
// import holds the only connection); while it runs on another app node, the
// progress that node writes to the import's record (PostgreSQL); once it has
// ended, its record. One function for every door.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { requirePermission } from '../access/permissions.js';
import { NotFoundError } from '../errors.js';
import { runningImport } from './jobs.js';
import { percentDone } from './progress.js';
import { getImport, importErrors, type ImportError } from './records.js';
import { importMessage } from './advice.js';

export type ImportPhase = 'starting' | 'reading' | 'checking' | 'storing' | 'done';

export interface ImportStatus {
  importId: number;
  kind: string;
  fileName: string;
  mode: 'all_or_nothing' | 'partial';
  status: 'running' | 'completed' | 'failed';
  /** Running, but not in this process: on another app node (its progress is what that node last wrote, a second or two old). */
  runningElsewhere: boolean;
  /** Where a running import has got to ('done' once its record says it ended). */
  phase: ImportPhase;
  /** 0–100. */
  percent: number;
  rowsRead: number;
  /** The rows stored, changed, left as they were and rejected: null while it runs. */
  counts: { added: number; updated: number; unchanged: number; rejected: number } | null;
  /** Rows stored with an offence code that is not a known Home Office code, kept as sent and flagged: the data-quality report of the import lists them (0 while it runs). */
  unknownOffenceCodes: number;
  /** Why it failed, or what it says about the result. */
  message: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** Its first problems (row, field, reason), once it has ended: values only for the user who ran it. */
  errors: ImportError[];
}

/**
 * The status of an import. `progressOnly` answers a running import from memory
 * alone, without the database (the progress bar polls during the import).
 * `storeGoodRows` is how the asking door has the good rows of a refused file
 * stored (advice.ts), said in the message of an all-or-nothing import refused for its rows.
 */
export async function importStatus(
  db: Kysely<DB>,
  actor: Actor,
  importId: number,
  opts: { kind?: string; progressOnly?: boolean; storeGoodRows: string },
): Promise<ImportStatus> {
  requirePermission(actor, 'import:run', 'Only an administrator may see the record of imports.');
  const r = await runningImport(db, actor.partnershipId, importId);
  if (r) {
    if (opts.kind !== undefined && r.kind !== opts.kind) throw new NotFoundError(`There is no ${opts.kind} import with this number.`);
    return {
      importId,
      kind: r.kind,
      fileName: r.fileName,
      mode: r.mode,
      status: 'running',
      runningElsewhere: !r.here,
      phase: r.phase,
      percent: percentDone(r),
      rowsRead: r.rowsRead,
      counts: null,
      unknownOffenceCodes: 0,
      message: null,
      startedAt: r.startedAt.toISOString(),
      finishedAt: null,
      errors: [],
    };
  }
  const rec = await getImport(db, actor, importId);
  if (opts.kind !== undefined && rec.kind !== opts.kind) throw new NotFoundError(`There is no ${opts.kind} import with this number.`);
  const ended = rec.status !== 'running';
  return {
    importId,
    kind: rec.kind,
    fileName: rec.fileName,
    mode: rec.mode,
    status: rec.status,
    // Running by its record but with no progress readable: it has not reported yet, or it stopped with its node.
    runningElsewhere: !ended,
    phase: ended ? 'done' : 'starting',
    percent: ended ? 100 : 0,
    rowsRead: rec.rowsRead,
    counts: ended ? { added: rec.rowsAdded, updated: rec.rowsUpdated, unchanged: rec.rowsUnchanged, rejected: rec.rowsRejected } : null,
    unknownOffenceCodes: rec.rowsUnknownCode,
    message: importMessage(rec, opts.storeGoodRows),
    startedAt: rec.startedAt.toISOString(),
    finishedAt: rec.finishedAt ? rec.finishedAt.toISOString() : null,
    errors: ended && !opts.progressOnly ? await importErrors(db, actor, importId) : [],
  };
}
