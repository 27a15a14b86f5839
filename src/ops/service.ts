// The operations door: backup and restore of the whole database (every
// partnership), on either engine. Command line only: the operator, named in the audit log.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import { backupDatabase, notEmptyReason, restoreDatabase, type ProgressEvent } from './backup.js';

/** Backup and restore. Built once by the composition root (src/services.ts). */
export function opsService({ db, engine, clock }: { db: Kysely<DB>; engine: string; clock: Clock }) {
  return {
    /** Logged as a disclosure of the whole register, in each partnership's log, by the operator named. */
    backup: (file: string, onProgress?: (e: ProgressEvent) => void, operatorLabel?: string) => backupDatabase(db, engine, file, onProgress, clock, operatorLabel),
    restore: (file: string, onProgress?: (e: ProgressEvent) => void) => restoreDatabase(db, file, onProgress),
    /** Why this database cannot take a restore, or null when it is empty. */
    notEmptyReason: () => notEmptyReason(db),
  };
}
