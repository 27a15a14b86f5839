// The operations door: backup and restore of the whole database (every
// partnership), on either engine. Command line only; there is no actor.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import { backupDatabase, notEmptyReason, restoreDatabase, type ProgressEvent } from './backup.js';

/** Backup and restore. Built once by the composition root (src/services.ts). */
export function opsService({ db, engine, clock }: { db: Kysely<DB>; engine: string; clock: Clock }) {
  return {
    backup: (file: string, onProgress?: (e: ProgressEvent) => void) => backupDatabase(db, engine, file, onProgress, clock),
    restore: (file: string, onProgress?: (e: ProgressEvent) => void) => restoreDatabase(db, file, onProgress),
    /** Why this database cannot take a restore, or null when it is empty. */
    notEmptyReason: () => notEmptyReason(db),
  };
}
