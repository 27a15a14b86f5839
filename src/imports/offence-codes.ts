// Loads the Home Office offence code table, reference data an administrator
// supplies (`waymark import offence-codes FILE`, e.g. the shared
// reference/offences/home-office-offence-codes.csv). Until it is loaded, the
// project's own table of 3-digit offence groups decides which codes are known.
import { systemClock, type Clock } from '../calendar/clock.js';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { copyInto, csvLine } from '../db/statements.js';
import { formatOf, openSource, sha256File, type FileLimits } from './read.js';
import { headerKey } from './kinds.js';
import { assertMayImport } from './permissions.js';
import { errorMessage } from './import-file.js';
import { recordImportCompleted, type ImportError } from './records.js';
import { appendAudit } from '../access/audit.js';

export interface OffenceCodesResult {
  importId: number;
  status: 'completed' | 'failed';
  rowsRead: number;
  rowsAdded: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  errors: ImportError[];
  message: string | null;
}

/** Accepted header names for each column (first match wins). */
const COLUMNS = {
  code: ['ho_code', 'code', 'offence_code'],
  category: ['category'],
  description: ['subcategory', 'description'],
  ogrs3_category: ['ogrs3_category'],
  actuarial_category: ['actuarial_category'],
  violent: ['violent'],
} as const;

export async function loadOffenceCodes(db: Kysely<DB>, actor: Actor, opts: { path: string; fileName?: string; limits?: FileLimits | undefined }, clock: Clock = systemClock): Promise<OffenceCodesResult> {
  assertMayImport(actor, 'offence-codes');
  const fileName = opts.fileName ?? path.basename(opts.path);
  const sha256 = await sha256File(opts.path);
  const rec = await db
    .insertInto('imports')
    .values({ partnership_id: actor.partnershipId, user_id: actor.userId, kind: 'offence-codes', file_name: fileName, sha256, status: 'running' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const result: OffenceCodesResult = { importId: rec.id, status: 'failed', rowsRead: 0, rowsAdded: 0, rowsUpdated: 0, rowsUnchanged: 0, errors: [], message: null };
  const fail = async (message: string) => {
    result.message = message;
    await db.updateTable('imports').set({ status: 'failed', finished_at: clock.now(), rows_read: result.rowsRead, message }).where('id', '=', rec.id).execute();
    return result;
  };

  const source = await openSource(fs.createReadStream(opts.path), formatOf(opts.path), { path: opts.path, fileName, limits: opts.limits });
  const keys = source.header.map(headerKey);
  const idx = Object.fromEntries(
    Object.entries(COLUMNS).map(([k, names]) => [k, names.map((n) => keys.indexOf(n)).find((i) => i >= 0) ?? -1]),
  ) as Record<keyof typeof COLUMNS, number>;
  if (idx.code < 0 || idx.description < 0) {
    return fail(`${fileName} needs a ho_code (or code) column and a subcategory (or description) column.`);
  }
  const cell = (cells: string[], k: keyof typeof COLUMNS) => (idx[k] >= 0 ? (cells[idx[k]] ?? '').trim() : '');
  const lines: string[] = [];
  for await (const row of source.rows) {
    result.rowsRead++;
    const code = cell(row.cells, 'code');
    if (!/^\d{5}$/.test(code)) {
      result.errors.push({ file: fileName, row: row.rowNo, field: 'ho_code', value: code, reason: `${code || '(empty)'} is not a 5-digit Home Office code`, message: '' });
      continue;
    }
    const description = cell(row.cells, 'description') || cell(row.cells, 'category');
    const violent = /^(yes|y|true|1)$/i.test(cell(row.cells, 'violent'));
    lines.push(
      csvLine([
        code,
        code.slice(0, 3),
        cell(row.cells, 'category') || null,
        description || code,
        cell(row.cells, 'ogrs3_category') || null,
        cell(row.cells, 'actuarial_category') || null,
        violent,
      ]),
    );
  }
  for (const e of result.errors) e.message = errorMessage(e.file, e.row, e.field, e.reason);
  if (result.errors.length) return fail(`${result.errors.length} rows of ${fileName} have problems, so no codes were loaded.`);

  await db.transaction().execute(async (trx) => {
    await sql`CREATE TEMP TABLE import_codes (code text, group_code text, category text, description text, ogrs3_category text, actuarial_category text, violent boolean) ON COMMIT DROP`.execute(
      trx,
    );
    // The table is small (a few thousand codes); one COPY is enough.
    await copyInto(trx, 'import_codes', ['code', 'group_code', 'category', 'description', 'ogrs3_category', 'actuarial_category', 'violent'], lines.join(''));
    const counts = await sql<{ added: number; updated: number; total: number }>`
      WITH src AS (SELECT DISTINCT ON (code) * FROM import_codes ORDER BY code),
      changed AS (
        SELECT s.* FROM src s JOIN offence_codes c ON c.code = s.code
        WHERE (c.group_code, c.category, c.description, c.ogrs3_category, c.actuarial_category, c.violent)
          IS DISTINCT FROM (s.group_code, s.category, s.description, s.ogrs3_category, s.actuarial_category, s.violent)
      ),
      upd AS (
        UPDATE offence_codes c SET group_code = s.group_code, category = s.category, description = s.description,
          ogrs3_category = s.ogrs3_category, actuarial_category = s.actuarial_category, violent = s.violent
        FROM changed s WHERE c.code = s.code RETURNING 1
      ),
      ins AS (
        INSERT INTO offence_codes (code, group_code, category, description, ogrs3_category, actuarial_category, violent)
        SELECT code, group_code, category, description, ogrs3_category, actuarial_category, violent FROM src s
        WHERE NOT EXISTS (SELECT 1 FROM offence_codes c WHERE c.code = s.code) RETURNING 1
      )
      SELECT (SELECT count(*) FROM ins)::int AS added, (SELECT count(*) FROM upd)::int AS updated, (SELECT count(*) FROM src)::int AS total`.execute(trx);
    const c = counts.rows[0]!;
    result.rowsAdded = c.added;
    result.rowsUpdated = c.updated;
    result.rowsUnchanged = c.total - c.added - c.updated;
    result.status = 'completed';
    await recordImportCompleted(trx, actor.partnershipId, rec.id, { rowsRead: result.rowsRead, added: c.added, updated: c.updated, unchanged: result.rowsUnchanged }, clock);
    // A change of reference data that every partnership's figures read: audited as any import is, under the partnership it was filed with.
    await appendAudit(trx, actor, {
      action: 'alteration',
      what: `Home Office offence code table loaded from ${fileName}`,
      details: { importId: rec.id, kind: 'offence-codes', file: fileName, sha256, added: c.added, updated: c.updated, unchanged: result.rowsUnchanged },
    });
  });
  return result;
}
