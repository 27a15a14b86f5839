// The record each import leaves (SPEC 3.1: who, when, which file with its
// hash, and the counts), its first problems, the audited download of a partial
// import's error file, and the merges that can still be undone. Read by the
// import and duplicate pages.
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../calendar/clock.js';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { appendAudit, auditList } from '../access/audit.js';
import { isOperator, visiblePeople } from '../access/need-to-know.js';
import { requirePermission } from '../access/permissions.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { show } from './fields.js';

/** One problem in one row of an imported file. */
export interface ImportError {
  file: string;
  row: number;
  field: string;
  value: string;
  reason: string;
  /** e.g. "outcomes.csv row 812, offence_date: 2008-02-30 is not a date" */
  message: string;
  /** Set when the value is not shown to this reader (see `importErrors`). */
  valueWithheld?: boolean;
}

/** One problem as one line: "outcomes.csv row 812, offence_date: 2008-02-30 is not a date". */
export function errorMessage(file: string, row: number, field: string, reason: string): string {
  return reason.startsWith('is ') ? `${file} row ${row}, ${field} ${reason}` : `${file} row ${row}, ${field}: ${reason}`;
}

export interface ImportRecord {
  id: number;
  kind: string;
  fileName: string;
  sha256: string;
  status: 'running' | 'completed' | 'failed';
  mode: 'all_or_nothing' | 'partial';
  userLabel: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  rowsRead: number;
  rowsAdded: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  /** Rows stored with an offence code that is not a known Home Office code (flagged; the data-quality report lists them). */
  rowsUnknownCode: number;
  message: string | null;
}

/** Seeing the record of imports is an administrator's work, as importing is. */
function assertMaySeeImports(actor: Actor): void {
  requirePermission(actor, 'import:run', 'Only an administrator may see the record of imports.');
}

function recordQuery(db: Kysely<DB>, actor: Actor) {
  return db
    .selectFrom('imports')
    .leftJoin('users', 'users.id', 'imports.user_id')
    .select([
      'imports.id',
      'imports.kind',
      'imports.file_name',
      'imports.sha256',
      'imports.status',
      'imports.mode',
      'users.display_name',
      'imports.started_at',
      'imports.finished_at',
      'imports.rows_read',
      'imports.rows_added',
      'imports.rows_updated',
      'imports.rows_unchanged',
      'imports.rows_rejected',
      'imports.rows_unknown_code',
      'imports.message',
    ])
    .where('imports.partnership_id', '=', actor.partnershipId);
}

function toRecord(r: any): ImportRecord {
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    sha256: r.sha256,
    status: r.status,
    mode: r.mode,
    userLabel: r.display_name ?? null,
    startedAt: new Date(r.started_at),
    finishedAt: r.finished_at ? new Date(r.finished_at) : null,
    rowsRead: r.rows_read,
    rowsAdded: r.rows_added,
    rowsUpdated: r.rows_updated,
    rowsUnchanged: r.rows_unchanged,
    rowsRejected: r.rows_rejected,
    rowsUnknownCode: r.rows_unknown_code,
    message: r.message,
  };
}

/** Past imports, newest first. */
export async function listImports(db: Kysely<DB>, actor: Actor, input: { limit?: number } = {}): Promise<ImportRecord[]> {
  assertMaySeeImports(actor);
  const rows = await recordQuery(db, actor).orderBy('imports.id', 'desc').limit(input.limit ?? 100).execute();
  return rows.map(toRecord);
}

export async function getImport(db: Kysely<DB>, actor: Actor, importId: number): Promise<ImportRecord> {
  assertMaySeeImports(actor);
  const r = await recordQuery(db, actor).where('imports.id', '=', importId).executeTakeFirst();
  if (!r) throw new NotFoundError('There is no import with this number.');
  return toRecord(r);
}

/** Keeps an import's first problems so its page can show them later. */
export async function saveImportErrors(db: Kysely<DB>, actor: Actor, importId: number, errors: readonly ImportError[]): Promise<void> {
  assertMaySeeImports(actor);
  if (errors.length === 0) return;
  await db
    .insertInto('import_errors')
    .values(
      errors.map((e, i) => ({
        partnership_id: actor.partnershipId,
        import_id: importId,
        position: i + 1,
        file_name: e.file,
        row_no: e.row,
        field: e.field,
        value: e.value,
        reason: e.reason,
      })),
    )
    .execute();
}

/**
 * The raw values of an import's rejected rows are the uploaded file's own
 * content and may name anyone, restricted people included. They are shown only
 * to the user who ran the import (who had the file) and to the CLI operator;
 * another administrator sees the row, the field and what is wrong.
 */
async function mayReadRawRows(db: Kysely<DB>, actor: Actor, importId: number): Promise<boolean> {
  if (isOperator(actor)) return true;
  const imp = await db.selectFrom('imports').select('user_id').where('id', '=', importId).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
  return imp !== undefined && imp.user_id !== null && imp.user_id === actor.userId;
}

/**
 * An import's first problems, read and logged in one transaction: one
 * consultation naming the people (by id) whose reference a shown row carries.
 */
export async function importErrors(db: Kysely<DB>, actor: Actor, importId: number): Promise<ImportError[]> {
  assertMaySeeImports(actor);
  return db.transaction().execute(async (trx) => {
    const showValues = await mayReadRawRows(trx, actor, importId);
    const rows = await trx
      .selectFrom('import_errors')
      .selectAll()
      .where('partnership_id', '=', actor.partnershipId)
      .where('import_id', '=', importId)
      .orderBy('position')
      .execute();
    if (rows.length === 0) return [];
    const refs = showValues ? [...new Set(rows.filter((r) => r.field === 'person_ref' && r.value !== '').map((r) => r.value))] : [];
    const people = refs.length
      ? await trx.selectFrom('people').select('id').where(visiblePeople(actor)).where('person_ref', 'in', refs).execute()
      : [];
    await auditList(trx, actor, { what: `problems of import ${importId}`, personIds: people.map((p) => p.id), details: { importId, rows: rows.length, values: showValues ? 'shown' : 'withheld' } });
    // Each problem's message is the line the import gave it, from the reason this reader is shown.
    const problem = (r: (typeof rows)[number], reason: string) => ({ file: r.file_name, row: r.row_no, field: r.field, reason, message: errorMessage(r.file_name, r.row_no, r.field, reason) });
    if (showValues) return rows.map((r) => ({ ...problem(r, r.reason), value: r.value }));
    // A reason may quote the value ("… is not a date"): the quote goes too.
    const redact = (reason: string, value: string) => (value.trim() === '' ? reason : reason.split(value).join('[value]').split(show(value)).join('[value]'));
    return rows.map((r) => ({ ...problem(r, redact(r.reason, r.value)), value: '', valueWithheld: true }));
  });
}

/**
 * Where a partial import's error file was kept before it moved to the
 * database (migration 0136): still offered from there when an older import's
 * file is on this node's disk.
 */
export function errorFilePath(dataDir: string, partnershipId: number, importId: number): string {
  return path.join(dataDir, 'import-errors', `${partnershipId}-${importId}.errors.csv`);
}

/**
 * Keeps a finished partial import's error file (every rejected row as CSV) in
 * the database, compressed, so that every app node can offer its download.
 */
export async function saveErrorFile(db: Kysely<DB>, actor: Actor, importId: number, csv: Buffer): Promise<void> {
  assertMaySeeImports(actor);
  await db
    .insertInto('import_error_files')
    .values({ partnership_id: actor.partnershipId, import_id: importId, content: zlib.gzipSync(csv) })
    .onConflict((oc) => oc.column('import_id').doUpdateSet({ content: (eb) => eb.ref('excluded.content') }))
    .execute();
}

async function storedErrorFile(db: Kysely<DB>, partnershipId: number, importId: number, dataDir: string): Promise<Buffer | null> {
  const row = await db
    .selectFrom('import_error_files')
    .select('content')
    .where('import_id', '=', importId)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  if (row) return zlib.gunzipSync(Buffer.from(row.content));
  const legacy = errorFilePath(dataDir, partnershipId, importId);
  return fs.existsSync(legacy) ? fs.readFileSync(legacy) : null;
}

/** Whether a finished partial import left an error file to download. */
export async function hasErrorFile(db: Kysely<DB>, dataDir: string, actor: Actor, rec: ImportRecord): Promise<boolean> {
  if (rec.mode !== 'partial' || rec.rowsRejected === 0) return false;
  const row = await db
    .selectFrom('import_error_files')
    .select('import_id')
    .where('import_id', '=', rec.id)
    .where('partnership_id', '=', actor.partnershipId)
    .executeTakeFirst();
  return row !== undefined || fs.existsSync(errorFilePath(dataDir, actor.partnershipId, rec.id));
}

/**
 * The error file of a partial import, as a download. Logged as a disclosure
 * (SPEC 3.8): it holds rows of partner data.
 */
export async function downloadErrorFile(db: Kysely<DB>, actor: Actor, input: { importId: number; dataDir: string }): Promise<{ fileName: string; content: Buffer }> {
  assertMaySeeImports(actor);
  const rec = await getImport(db, actor, input.importId);
  if (!(await mayReadRawRows(db, actor, rec.id))) {
    throw new ForbiddenError(`The error file of import ${rec.id} holds rows of the uploaded file: only the administrator who ran the import may download it.`);
  }
  const content = rec.mode === 'partial' ? await storedErrorFile(db, actor.partnershipId, rec.id, input.dataDir) : null;
  if (!content) throw new NotFoundError('This import has no error file.');
  const base = rec.fileName.replace(/\.[^.]*$/, '');
  const fileName = `${base}.errors.csv`;
  await db.transaction().execute(async (trx) => {
    await appendAudit(trx, actor, {
      action: 'disclosure',
      what: `downloaded the error file of import ${rec.id} (${rec.fileName})`,
      details: { importId: rec.id, file: fileName, bytes: content.length },
    });
  });
  return { fileName, content };
}

export interface MergeRecord {
  mergeId: number;
  keptPersonId: number;
  keptPersonRef: string;
  mergedPersonId: number;
  mergedPersonRef: string;
  reason: string;
  mergedAt: Date;
}

/** Merges that have not been undone whose two people the actor may see, newest first (the duplicate page offers to undo them). */
export async function listMerges(db: Kysely<DB>, actor: Actor, input: { limit?: number } = {}): Promise<MergeRecord[]> {
  requirePermission(actor, 'duplicates:review');
  const rows = await db
    .selectFrom('person_merges as m')
    .innerJoin('people as k', 'k.id', 'm.kept_person_id')
    .innerJoin('people as g', 'g.id', 'm.merged_person_id')
    .select(['m.id', 'm.kept_person_id', 'k.person_ref as kept_ref', 'm.merged_person_id', 'g.person_ref as merged_ref', 'm.reason', 'm.merged_at'])
    .where('m.partnership_id', '=', actor.partnershipId)
    .where('m.unmerged_at', 'is', null)
    .where(visiblePeople(actor, 'k'))
    .where(visiblePeople(actor, 'g'))
    .orderBy('m.id', 'desc')
    .limit(input.limit ?? 100)
    .execute();
  return rows.map((r) => ({
    mergeId: r.id,
    keptPersonId: r.kept_person_id,
    keptPersonRef: r.kept_ref,
    mergedPersonId: r.merged_person_id,
    mergedPersonRef: r.merged_ref,
    reason: r.reason,
    mergedAt: new Date(r.merged_at),
  }));
}

/** What a finished import stored, for its record. */
export interface ImportCounts {
  rowsRead: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected?: number;
  /** Rows stored with an offence code that is not a known Home Office code. */
  unknownCode?: number;
  message?: string | null;
}

/** Marks an import's record completed with its counts, in the import's own transaction. */
export async function recordImportCompleted(trx: Transaction<DB>, partnershipId: number, importId: number, c: ImportCounts, clock: Clock): Promise<void> {
  await trx
    .updateTable('imports')
    .set({
      status: 'completed',
      finished_at: clock.now(),
      rows_read: c.rowsRead,
      rows_added: c.added,
      rows_updated: c.updated,
      rows_unchanged: c.unchanged,
      ...(c.rejected === undefined ? {} : { rows_rejected: c.rejected }),
      ...(c.unknownCode === undefined ? {} : { rows_unknown_code: c.unknownCode }),
      ...(c.message === undefined ? {} : { message: c.message }),
    })
    .where('id', '=', importId)
    .where('partnership_id', '=', partnershipId)
    .execute();
}
