// The imports door for the web app, the API and the CLI: loading partner
// extracts (import-file.ts, jobs.ts), exporting them, the data-quality report,
// possible duplicates and merges, and the record each import leaves.
import { kindFormats } from './kinds.js';
import { IMPORT_KINDS } from './kind-names.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import type { Actor } from '../access/actor.js';
import { importFile, type ImportOptions } from './import-file.js';
import type { FileLimits } from './read.js';
import { actorOfImportingSession, progressWriter, runningImport, startImport, uploadPath, type StartImportInput } from './jobs.js';
import { sha256 } from '../access/tokens.js';
import { loadOffenceCodes } from './offence-codes.js';
import { exportKind, type ExportOptions } from './export.js';
import { dataQuality } from './quality.js';
import { duplicateReview, listPossibleDuplicates, possibleDuplicatesPage, markNotDuplicate, openPossibleDuplicate, mergePeople, mergeDuplicate, unmergePeople, type MergeInput } from './duplicates.js';
import { importStatus } from './status.js';
import { downloadErrorFile, getImport, hasErrorFile, importErrors, listImports, listMerges, type ImportRecord } from './records.js';

/** Imports, exports, data quality and duplicates. Built once by the composition root (src/services.ts). */
export function importService({ db, clock, dataDir, limits, shareProgressEveryMs }: {
  db: Kysely<DB>;
  clock: Clock;
  dataDir: string;
  limits?: FileLimits;
  /** PostgreSQL: write a running import's progress to its record this often, for the other app nodes (unset embedded). */
  shareProgressEveryMs?: number;
}) {
  return {
    /** The actor of the session (its cookie's token) that has an import running in this process. */
    actorOfImportingSession: (sessionToken: string) => actorOfImportingSession(sha256(sessionToken)),
    /** An import run in the foreground (the CLI); on PostgreSQL its progress goes to its record too, for the web pages of any node. */
    importFile: async (actor: Actor, opts: ImportOptions) => {
      if (shareProgressEveryMs === undefined) return importFile(db, actor, { limits, ...opts }, clock);
      let shared: ReturnType<typeof progressWriter> | undefined;
      try {
        return await importFile(db, actor, {
          limits,
          ...opts,
          onStart: (importId) => {
            shared = progressWriter(db, actor.partnershipId, importId, shareProgressEveryMs);
            opts.onStart?.(importId);
          },
          onProgress: (p) => {
            if (p.phase !== 'done') shared?.report(p);
            opts.onProgress?.(p);
          },
        }, clock);
      } finally {
        await shared?.settle();
      }
    },
    loadOffenceCodes: (actor: Actor, opts: { path: string; fileName?: string }) => loadOffenceCodes(db, actor, { limits, ...opts }, clock),
    /** Starts an upload's import in the background; resolves with its id once its record exists. */
    startImport: (actor: Actor, input: Omit<StartImportInput, 'shareProgressEveryMs'>) => startImport(db, actor, { limits, shareProgressEveryMs, ...input }, clock),
    /** Where an upload is written before its import starts (deleted when the import ends). */
    uploadPath: (extension: string) => uploadPath(extension),
    /**
     * A running import's progress: from this process's memory when it runs here
     * (the import holds the embedded database), else from its record, which the
     * node running it updates (PostgreSQL). Undefined once it has ended.
     */
    runningImport: (actor: Actor, importId: number) => runningImport(db, actor.partnershipId, importId),
    listImports: (actor: Actor, input?: { limit?: number }) => listImports(db, actor, input),
    /** Each kind's columns and what they take, as the importer reads them (the import formats page). */
    formats: () => kindFormats(IMPORT_KINDS),
    /** An import's status, progress, counts and first problems, from any node: the progress bar, the API and `waymark import-status`. */
    importStatus: (actor: Actor, importId: number, opts: { kind?: string; progressOnly?: boolean; storeGoodRows: string }) => importStatus(db, actor, importId, opts),
    getImport: (actor: Actor, importId: number) => getImport(db, actor, importId),
    importErrors: (actor: Actor, importId: number) => importErrors(db, actor, importId),
    hasErrorFile: (actor: Actor, rec: ImportRecord) => hasErrorFile(db, dataDir, actor, rec),
    downloadErrorFile: (actor: Actor, importId: number) => downloadErrorFile(db, actor, { importId, dataDir }),
    exportKind: (actor: Actor, opts: ExportOptions) => exportKind(db, actor, opts),
    dataQuality: (actor: Actor, input?: { importId?: number }) => dataQuality(db, actor, input),
    listPossibleDuplicates: (actor: Actor, input?: Parameters<typeof listPossibleDuplicates>[2]) => listPossibleDuplicates(db, actor, input),
    /** The possible duplicates a page at a time (the API). */
    possibleDuplicatesPage: (actor: Actor, input?: Parameters<typeof possibleDuplicatesPage>[2]) => possibleDuplicatesPage(db, actor, input),
    /** The duplicates page: open pairs and undoable merges, logged as one list. */
    duplicateReview: (actor: Actor) => duplicateReview(db, actor),
    openPossibleDuplicate: (actor: Actor, duplicateId: number) => openPossibleDuplicate(db, actor, duplicateId),
    markNotDuplicate: (actor: Actor, input: { duplicateId: number }) => markNotDuplicate(db, actor, input, clock),
    mergePeople: (actor: Actor, input: MergeInput) => mergePeople(db, actor, input, clock),
    /** Merges the two people of an open possible duplicate, keeping the one named; the merge's id. */
    mergeDuplicate: (actor: Actor, input: { duplicateId: number; keepPersonId: number; reason: string }) => mergeDuplicate(db, actor, input, clock),
    unmergePeople: (actor: Actor, input: { mergeId: number; reason: string }) => unmergePeople(db, actor, input, clock),
    listMerges: (actor: Actor, input?: { limit?: number }) => listMerges(db, actor, input),
  };
}
