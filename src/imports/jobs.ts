// Imports started from the upload page run in the background of the web
// process that received the file (the upload stays on that node while it is
// processed). Progress is kept twice: in a registry held in this process, which
// answers without the database (on the embedded engine the import's
// transaction holds the only connection, so progress cannot be read from the
// database while it runs); and, on PostgreSQL, in the import's record, written
// about once a second outside the import's transaction, so that every other
// app node can show it. The record, final status, counts, first problems and
// the error file of a partial import are in the database for every node.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import type { ImportKind } from './kind-names.js';
import { importFile, type ImportMode, type ImportProgress } from './import-file.js';
import type { FileLimits } from './read.js';
import { getImport, saveErrorFile, saveImportErrors, type ImportRecord } from './records.js';
import { percentDone } from './progress.js';
import { requirePermission } from '../access/permissions.js';

export interface RunningImport {
  importId: number;
  partnershipId: number;
  /** The session that started it (a hash, never the cookie itself). */
  sessionId: string | null;
  actor: Actor;
  kind: ImportKind;
  fileName: string;
  mode: ImportMode;
  phase: ImportProgress['phase'] | 'starting';
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  startedAt: Date;
}

const running = new Map<number, RunningImport>();

/** The progress of an import running in this process, for the actor's partnership only. */
export function runningImportHere(partnershipId: number, importId: number): RunningImport | undefined {
  const r = running.get(importId);
  return r && r.partnershipId === partnershipId ? r : undefined;
}

/** What any node can show of a running import: its registry entry's figures, and whether this process runs it (else they are the last the running node wrote, at most a second or two old). */
export type ImportProgressView = Pick<RunningImport, 'importId' | 'kind' | 'fileName' | 'mode' | 'phase' | 'rowsRead' | 'bytesRead' | 'totalBytes' | 'startedAt'> & { here: boolean };

const PHASES = new Set<string>(['reading', 'checking', 'storing', 'done']);

/**
 * The progress of a running import of the actor's partnership: from this
 * process's registry when it runs here (no database needed), else from the
 * import's record, where the node running it writes its progress. Undefined
 * when the import is not running (finished, failed, or no such import).
 */
export async function runningImport(db: Kysely<DB>, partnershipId: number, importId: number): Promise<ImportProgressView | undefined> {
  const r = runningImportHere(partnershipId, importId);
  if (r) return { importId, kind: r.kind, fileName: r.fileName, mode: r.mode, phase: r.phase, rowsRead: r.rowsRead, bytesRead: r.bytesRead, totalBytes: r.totalBytes, startedAt: r.startedAt, here: true };
  const rec = await db
    .selectFrom('imports')
    .select(['id', 'kind', 'file_name', 'mode', 'progress_phase', 'progress_rows', 'progress_bytes', 'progress_total_bytes', 'started_at'])
    .where('id', '=', importId)
    .where('partnership_id', '=', partnershipId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  if (!rec) return undefined;
  return {
    importId,
    kind: rec.kind as ImportKind,
    fileName: rec.file_name,
    mode: rec.mode,
    phase: rec.progress_phase && PHASES.has(rec.progress_phase) ? (rec.progress_phase as ImportProgress['phase']) : 'starting',
    rowsRead: rec.progress_rows,
    bytesRead: Number(rec.progress_bytes),
    totalBytes: Number(rec.progress_total_bytes),
    startedAt: new Date(rec.started_at),
    here: false,
  };
}

/**
 * Writes a running import's progress to its record, outside the import's
 * transaction, at most once every `everyMs` and never two at once: the import
 * never waits for it. A failed write is dropped (the next one carries on).
 */
export function progressWriter(db: Kysely<DB>, partnershipId: number, importId: number, everyMs: number) {
  let last = 0;
  let inFlight: Promise<void> | null = null;
  let pending: ImportProgress | null = null;
  const write = (p: ImportProgress) => {
    inFlight = db
      .updateTable('imports')
      .set({ progress_phase: p.phase, progress_rows: p.rowsRead, progress_bytes: p.bytesRead, progress_total_bytes: p.totalBytes, progress_at: new Date() })
      .where('id', '=', importId)
      .where('partnership_id', '=', partnershipId)
      .where('status', '=', 'running')
      .execute()
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        inFlight = null;
        if (pending) {
          const next = pending;
          pending = null;
          write(next);
        }
      });
  };
  return {
    report(p: ImportProgress, force = false): void {
      const now = Date.now();
      if (!force && now - last < everyMs) return;
      last = now;
      if (inFlight) pending = p;
      else write(p);
    },
    /** Waits for the write under way, if any (the import's end). */
    async settle(): Promise<void> {
      pending = null;
      while (inFlight) await inFlight;
    },
  };
}

/**
 * The actor of a session that has an import running in this process. Lets the
 * progress page answer without the database, which the import is holding.
 */
export function actorOfImportingSession(sessionId: string): Actor | undefined {
  for (const r of running.values()) if (r.sessionId === sessionId) return r.actor;
  return undefined;
}

/** For tests: registers a running import by hand. */
export function registerRunningImport(r: RunningImport): () => void {
  running.set(r.importId, r);
  return () => running.delete(r.importId);
}


/** A temporary path for an upload, in the system's temporary folder. */
export function uploadPath(extension: string): string {
  return path.join(os.tmpdir(), `waymark-upload-${crypto.randomBytes(12).toString('hex')}${extension}`);
}

export interface StartImportInput {
  kind: ImportKind;
  /** The uploaded file in a temporary folder; deleted when the import ends. */
  uploadedPath: string;
  fileName: string;
  mode: ImportMode;
  /** Caps on a CSV row's length and an XLSX file's unzipped size. */
  limits?: FileLimits;
  sessionId: string | null;
  /** Called when an import ends with an unexpected error (it is recorded as failed). */
  onCrash?: (e: unknown) => void;
  /**
   * Write progress to the import's record every this many ms, for other app
   * nodes (PostgreSQL). Unset on the embedded engine, where the import's
   * transaction holds the only connection and there is no other node.
   */
  shareProgressEveryMs?: number;
}

/**
 * Starts an import in the background and resolves with its id as soon as its
 * record exists. Rejects (and deletes the upload) if it could not start.
 */
export function startImport(db: Kysely<DB>, actor: Actor, input: StartImportInput, clock: Clock = systemClock): Promise<number> {
  const errorTemp = `${input.uploadedPath}.errors.csv`;
  let entry: RunningImport | undefined;
  let shared: ReturnType<typeof progressWriter> | undefined;
  return new Promise<number>((resolve, reject) => {
    const job = importFile(db, actor, {
      kind: input.kind,
      path: input.uploadedPath,
      fileName: input.fileName,
      mode: input.mode,
      errorPath: errorTemp,
      maxErrors: 100,
      limits: input.limits,
      onStart: (importId) => {
        entry = {
          importId,
          partnershipId: actor.partnershipId,
          sessionId: input.sessionId,
          actor,
          kind: input.kind,
          fileName: input.fileName,
          mode: input.mode,
          phase: 'starting',
          rowsRead: 0,
          bytesRead: 0,
          totalBytes: fs.statSync(input.uploadedPath).size,
          startedAt: clock.now(),
        };
        running.set(importId, entry);
        if (input.shareProgressEveryMs !== undefined) {
          shared = progressWriter(db, actor.partnershipId, importId, input.shareProgressEveryMs);
          shared.report({ phase: 'reading', rowsRead: 0, bytesRead: 0, totalBytes: entry.totalBytes }, true);
        }
        resolve(importId);
      },
      onProgress: (p) => {
        if (!entry) return;
        entry.phase = p.phase;
        entry.rowsRead = p.rowsRead;
        entry.bytesRead = p.bytesRead;
        entry.totalBytes = p.totalBytes;
        if (p.phase !== 'done') shared?.report(p);
      },
    }, clock);
    job
      .then(async (result) => {
        await shared?.settle();
        // In the database, not on this node's disk: any node offers the download.
        if (result.errorFile) await saveErrorFile(db, actor, result.importId, fs.readFileSync(result.errorFile));
        await saveImportErrors(db, actor, result.importId, result.errors);
      })
      .catch((e) => {
        if (!entry) reject(e);
        else input.onCrash?.(e);
      })
      .finally(async () => {
        await shared?.settle();
        fs.rmSync(input.uploadedPath, { force: true });
        fs.rmSync(errorTemp, { force: true });
        if (entry) running.delete(entry.importId);
      });
  });
}
