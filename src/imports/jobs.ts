// Imports started from the upload page run in the background of the web
// process that received the file, and report progress through a registry held
// in that process. The registry is per process on purpose: on the embedded
// engine the import's transaction holds the only connection, so progress
// cannot be read from the database while it runs. The import's record, final
// status, counts and first problems are in the database for every process.
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
import { errorFilePath, saveImportErrors } from './records.js';

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
export function runningImport(partnershipId: number, importId: number): RunningImport | undefined {
  const r = running.get(importId);
  return r && r.partnershipId === partnershipId ? r : undefined;
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
  dataDir: string;
  /** Caps on a CSV row's length and an XLSX file's unzipped size. */
  limits?: FileLimits;
  sessionId: string | null;
  /** Called when an import ends with an unexpected error (it is recorded as failed). */
  onCrash?: (e: unknown) => void;
}

/**
 * Starts an import in the background and resolves with its id as soon as its
 * record exists. Rejects (and deletes the upload) if it could not start.
 */
export function startImport(db: Kysely<DB>, actor: Actor, input: StartImportInput, clock: Clock = systemClock): Promise<number> {
  const errorTemp = `${input.uploadedPath}.errors.csv`;
  let entry: RunningImport | undefined;
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
        resolve(importId);
      },
      onProgress: (p) => {
        if (!entry) return;
        entry.phase = p.phase;
        entry.rowsRead = p.rowsRead;
        entry.bytesRead = p.bytesRead;
        entry.totalBytes = p.totalBytes;
      },
    }, clock);
    job
      .then(async (result) => {
        if (result.errorFile) {
          const keep = errorFilePath(input.dataDir, actor.partnershipId, result.importId);
          fs.mkdirSync(path.dirname(keep), { recursive: true, mode: 0o700 });
          fs.copyFileSync(result.errorFile, keep);
        }
        await saveImportErrors(db, actor, result.importId, result.errors);
      })
      .catch((e) => {
        if (!entry) reject(e);
        else input.onCrash?.(e);
      })
      .finally(() => {
        fs.rmSync(input.uploadedPath, { force: true });
        fs.rmSync(errorTemp, { force: true });
        if (entry) running.delete(entry.importId);
      });
  });
}
