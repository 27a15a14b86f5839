// Imports a partner extract (SPEC 3.1, formats of SPEC 5) in one transaction:
// stream and validate the rows, COPY the good ones into a staging table in
// chunks, let the database find what only it can see, then merge by natural
// key. All-or-nothing by default; a partial import stores the good rows and
// writes an error CSV beside the input. Nothing is held whole in memory.
// A clean file of new outcomes skips the staging table (direct.ts), and any
// file that attempt finds is not that takes the staged path from the start.
import { errorMessage, recordImportCompleted, type ImportError } from './records.js';
export { errorMessage } from './records.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { CopyPipeline, csvLine } from '../db/statements.js';
import { ChunkWriter } from './chunks.js';
import { neutraliseValue } from '../formats/spreadsheet-cells.js';
import { breathe } from '../db/breather.js';
import { KINDS, mapHeader, personRefColumn, RowEncoder, trimmed, type KindSpec } from './kinds.js';
import { type ImportKind } from './kind-names.js';
import { ByteCounter, formatOf, openSource, sha256File, type FileLimits } from './read.js';
import { checkStaged, createStaging, dropProblemRows, mergeStaged, namesPerson, personIds, stagedUnknownCodes, type MergeCounts } from './merge.js';
import { hasDirectPath, importOutcomesDirect } from './direct.js';
import { CsvSyntaxError } from './csv.js';
import { assertMayImport } from './permissions.js';
import { ALERTING_KINDS, alertsFromImport } from '../alerts/generate.js';
import { partnershipToday } from '../partnerships/service.js';

export type ImportMode = 'all_or_nothing' | 'partial';

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'storing' | 'done';
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportOptions {
  kind: ImportKind;
  path: string;
  /** The name recorded and used in messages (default: the file's own name). */
  fileName?: string;
  mode?: ImportMode;
  onProgress?: (p: ImportProgress) => void;
  /** Called once the import's record exists, before its transaction starts (the web page needs the id to show progress). */
  onStart?: (importId: number) => void;
  /** Where a partial import writes its error CSV (default: NAME.errors.csv beside the input). */
  errorPath?: string;
  /** How many error messages the result keeps (all are counted, and all go to the error file). */
  maxErrors?: number;
  /** Bytes of CSV text per COPY into the staging table. */
  chunkBytes?: number;
  /** Caps on a CSV row's length and an XLSX file's unzipped size (default: DEFAULT_FILE_LIMITS). */
  limits?: FileLimits;
  /** Whether a kind with a direct path may try it (default true); false always stages (tests compare the two). */
  direct?: boolean;
  /** Told which way the rows went in: straight into their table (direct.ts) or through staging (tests and the benchmark check which). */
  onWay?: (way: 'direct' | 'staged') => void;
}

export interface ImportResult {
  importId: number;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  mode: ImportMode;
  status: 'completed' | 'failed';
  rowsRead: number;
  rowsAdded: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  /** Rows stored with an offence code that is not a known Home Office code: kept as sent and flagged (SPEC 3.1; the data-quality report lists them). */
  rowsUnknownCode: number;
  /** The first maxErrors problems, in row order. */
  errors: ImportError[];
  /** Every problem found (a row may have several). */
  errorCount: number;
  /** The error CSV a partial import wrote, or null. */
  errorFile: string | null;
  /** Columns of the file that this kind does not use. */
  ignoredColumns: string[];
  /** Why a failed import failed, in words. */
  message: string | null;
}

/** The error CSV beside the input: outcomes.csv → outcomes.errors.csv. */
export function defaultErrorPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.errors.csv`);
}

class Rejected extends Error {}

/** Advisory lock class for running imports: a running import holds (IMPORT_LOCK, its id) in its transaction. */
const IMPORT_LOCK = 730_010;
/** Imports this process is running now. */
const runningHere = new Set<number>();
export const INTERRUPTED = 'interrupted: the process running this import stopped before it finished, so nothing was stored';

/**
 * Marks as failed the partnership's imports left 'running' by a process that
 * was killed: not running in this process, and no session holds their lock
 * (the dead process's transaction went with it). The second of grace covers
 * another process between writing its record and taking its lock.
 */
export async function markInterruptedImports(db: Kysely<DB>, partnershipId: number): Promise<number> {
  const mine = [...runningHere];
  return db.transaction().execute(async (trx) => {
    const r = await sql`UPDATE imports SET status = 'failed', finished_at = now(), message = ${INTERRUPTED}
      WHERE partnership_id = ${partnershipId} AND status = 'running' AND started_at < now() - interval '1 second'
        ${mine.length ? sql`AND id NOT IN (${sql.join(mine)})` : sql``}
        AND pg_try_advisory_xact_lock(${IMPORT_LOCK}, id)`.execute(trx);
    return Number(r.numAffectedRows ?? 0);
  });
}

/** Collects problems: counts all, keeps the first few, streams all to the error CSV. */
class Problems {
  count = 0;
  kept: ImportError[] = [];
  rejectedRows = new Set<number>();
  private sqlRejected = 0;
  private out: fs.WriteStream | null = null;

  constructor(
    private readonly file: string,
    private readonly max: number,
    readonly errorPath: string | null,
  ) {
    if (errorPath) {
      this.out = fs.createWriteStream(errorPath);
      this.out.write(csvLine(['file', 'row', 'field', 'value', 'reason']));
    }
  }

  async add(row: number, field: string, value: string, reason: string): Promise<void> {
    this.count++;
    if (this.kept.length < this.max) {
      this.kept.push({ file: this.file, row, field, value, reason, message: errorMessage(this.file, row, field, reason) });
    }
    // The value is the partner's text: neutralised, as in every file a spreadsheet may open.
    if (this.out && !this.out.write(csvLine([this.file, row, field, value, reason].map(neutraliseValue)))) await once(this.out, 'drain');
  }

  addSqlRejected(n: number): void {
    this.sqlRejected += n;
  }

  get rejected(): number {
    return this.rejectedRows.size + this.sqlRejected;
  }

  sorted(): ImportError[] {
    return [...this.kept].sort((a, b) => a.row - b.row);
  }

  async close(keep: boolean): Promise<void> {
    if (!this.out) return;
    const out = this.out;
    this.out = null;
    await new Promise<void>((resolve) => out.end(resolve));
    if (!keep && this.errorPath) fs.rmSync(this.errorPath, { force: true });
  }
}

async function readProblems(trx: Transaction<DB>, problems: Problems): Promise<void> {
  let after = { row: -1, field: '', reason: '' };
  for (;;) {
    const page = await sql<{ row_no: number; field: string; value: string | null; reason: string }>`
      SELECT row_no, field, value, reason FROM import_problems
      WHERE (row_no, field, reason) > (${after.row}, ${after.field}, ${after.reason})
      ORDER BY row_no, field, reason LIMIT 5000`.execute(trx);
    if (page.rows.length === 0) break;
    for (const p of page.rows) await problems.add(p.row_no, p.field, p.value ?? '', p.reason);
    const last = page.rows[page.rows.length - 1]!;
    after = { row: last.row_no, field: last.field, reason: last.reason };
  }
  const n = await sql<{ n: number }>`SELECT count(DISTINCT row_no)::int AS n FROM import_problems`.execute(trx);
  problems.addSqlRejected(n.rows[0]?.n ?? 0);
}

/**
 * Up to this size, a file's people are looked up by the references it names
 * rather than by reading the partnership's whole map: about 6,000 rows of
 * outcomes as CSV, fewer as XLSX, which costs more to read. The whole map of a
 * force of 200,000 people takes about half a second to read on the embedded
 * engine; the extra pass over a file this size, a few hundredths. For a small
 * partnership, whose map is quick to read anyway, the pass costs as little.
 */
const FEW_PEOPLE_BYTES = { csv: 512 * 1024, xlsx: 128 * 1024 } as const;

/**
 * The person references a file names, read in a quick pass of its own; null
 * when they cannot be read (a file the import will refuse: it then reads the
 * whole map, as for a large file, and reports the problem as always).
 */
async function referencesIn(spec: KindSpec, opts: ImportOptions, fileName: string): Promise<string[] | null> {
  const file = fs.createReadStream(opts.path);
  try {
    const source = await openSource(file, formatOf(opts.path), { path: opts.path, fileName, limits: opts.limits });
    const column = personRefColumn(spec, mapHeader(spec, source.header));
    if (column < 0) return [];
    const refs = new Set<string>();
    for await (const batch of source.batches) for (const row of batch) refs.add(trimmed(row.cells[column] ?? ''));
    return [...refs];
  } catch {
    return null;
  } finally {
    file.destroy();
  }
}

/**
 * Imports one file of one kind for the actor's partnership. Validation
 * failures come back as a result with status 'failed' (nothing stored);
 * anything unexpected is recorded as a failed import and thrown.
 */
export async function importFile(db: Kysely<DB>, actor: Actor, opts: ImportOptions, clock: Clock = systemClock): Promise<ImportResult> {
  assertMayImport(actor, opts.kind);
  const spec = KINDS[opts.kind];
  const mode = opts.mode ?? 'all_or_nothing';
  const fileName = opts.fileName ?? path.basename(opts.path);
  const totalBytes = fs.statSync(opts.path).size;
  // The people by person_ref are read by the database while this thread
  // hashes the file (the map is only a hint: a person added or gone since is
  // found by the checks, as one added or gone during the import would be).
  // A small file, such as a day's outcomes, names few of a force's people:
  // only those are looked up, after a quick pass for the references it names.
  const idsRead = !namesPerson(spec)
    ? Promise.resolve(null)
    : totalBytes <= FEW_PEOPLE_BYTES[formatOf(opts.path)]
      ? referencesIn(spec, opts, fileName).then((refs) => personIds(db, actor.partnershipId, refs ?? undefined))
      : personIds(db, actor.partnershipId);
  idsRead.catch(() => undefined);
  const sha256 = await sha256File(opts.path);
  const chunkBytes = opts.chunkBytes ?? 4 * 1024 * 1024;
  const progress = opts.onProgress ?? (() => undefined);

  await markInterruptedImports(db, actor.partnershipId);
  const record = await db
    .insertInto('imports')
    .values({ partnership_id: actor.partnershipId, user_id: actor.userId, kind: opts.kind, file_name: fileName, sha256, status: 'running', mode })
    .returning('id')
    .executeTakeFirstOrThrow();
  const importId = record.id;
  runningHere.add(importId);
  opts.onStart?.(importId);

  const errorPath = mode === 'partial' ? (opts.errorPath ?? defaultErrorPath(opts.path)) : null;
  const problems = new Problems(fileName, opts.maxErrors ?? 100, errorPath);
  const result: ImportResult = {
    importId,
    kind: opts.kind,
    fileName,
    sha256,
    mode,
    status: 'failed',
    rowsRead: 0,
    rowsAdded: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    rowsRejected: 0,
    rowsUnknownCode: 0,
    errors: [],
    errorCount: 0,
    errorFile: null,
    ignoredColumns: [],
    message: null,
  };

  try {
    // Each row's person, looked up here by person_ref as the row is read;
    // the staged path's database looks up only the rows this leaves without one.
    // Awaited before the transaction: the embedded engine has one connection,
    // which the transaction holds, and a small file's lookup may still be to come.
    const ids = await idsRead;
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK}, ${importId})`.execute(trx);
      const codes = await sql<{ loaded: boolean }>`SELECT EXISTS (SELECT 1 FROM offence_codes) AS loaded`.execute(trx);
      const ctx = { partnershipId: actor.partnershipId, importId, offenceCodesLoaded: Boolean(codes.rows[0]?.loaded), userId: actor.userId };
      // A clean file of new outcomes goes straight in (direct.ts); any other
      // file, or one the attempt finds is not that, takes the staged path.
      let counts: MergeCounts | null = null;
      // How far through the file the bar had got when a direct attempt gave
      // up: the staged pass's reading goes on from there (onward), so the bar
      // never goes back when a problem is found late in a file (it waits, if
      // the attempt had read it all, while the rows read still count up).
      let reached = 0;
      const onward = (bytes: number) => (reached === 0 ? bytes : Math.round(reached + ((totalBytes - reached) * bytes) / Math.max(1, totalBytes)));
      if (ids && opts.direct !== false && hasDirectPath(opts.kind)) {
        const tracked: typeof progress = (p) => {
          reached = Math.min(p.phase === 'reading' ? p.bytesRead : totalBytes, totalBytes);
          progress(p);
        };
        const direct = await importOutcomesDirect(trx, ctx, { path: opts.path, fileName, limits: opts.limits, chunkBytes, totalBytes, ids, progress: tracked });
        if (direct) {
          result.rowsRead = direct.rowsRead;
          result.ignoredColumns = direct.ignoredColumns;
          counts = direct.counts;
        } else result.rowsRead = 0;
      }
      const staged = async (): Promise<MergeCounts> => {
        const columns = await createStaging(trx, spec);
        const counter = new ByteCounter();
        const input = fs.createReadStream(opts.path, { highWaterMark: 1024 * 1024 }).pipe(counter);
        const source = await openSource(input, formatOf(opts.path), { path: opts.path, fileName, limits: opts.limits });
        if (source.header.length === 0) {
          await problems.add(1, '(file)', '', 'is empty: there is no header row');
          throw new Rejected(`${fileName} is empty: there is no header row.`);
        }
        const header = mapHeader(spec, source.header);
        result.ignoredColumns = header.ignored;
        if (header.missing.length) {
          for (const m of header.missing) await problems.add(source.headerRowNo, m, '', `is a required column, but the header row has no ${m} column`);
          throw new Rejected(`${fileName} has no ${header.missing.join(', ')} column${header.missing.length > 1 ? 's' : ''}.`);
        }

        // The database COPYs one chunk while this thread reads and checks the
        // next: at most one chunk in flight and one being filled, so memory stays
        // bounded (backpressure) whatever the file's size.
        const encoder = new RowEncoder(spec, header);
        // Each row's person, looked up here by person_ref as the row is staged;
        // the database looks up only the rows this leaves without one.
        const refColumn = personRefColumn(spec, header);
        const chunk = new ChunkWriter(chunkBytes);
        let lastReport = 0;
        const copies = new CopyPipeline(trx, 'import_rows', columns);
        const flush = async () => {
          const bytes = chunk.take();
          if (bytes !== null) await copies.send(bytes);
        };
        try {
          for await (const batch of source.batches) {
            // While a chunk is being copied, let the event loop turn between
            // batches: its bytes reach the database socket only then (a batch
            // that was read ahead comes by a microtask, which does not turn it),
            // so the database copies one chunk while this thread checks the next.
            if (copies.busy) await breathe();
            for (const row of batch) {
              result.rowsRead++;
              const personId = ids ? (ids.get(refColumn >= 0 ? trimmed(row.cells[refColumn] ?? '') : '') ?? '') : undefined;
              const line = encoder.encode(row.rowNo, row.cells, undefined, personId);
              if (line !== null) {
                if (!chunk.fits(line)) await flush();
                chunk.add(line);
              } else {
                problems.rejectedRows.add(row.rowNo);
                for (const p of encoder.problems) await problems.add(row.rowNo, p.field, p.value, p.reason);
              }
              if ((result.rowsRead & 1023) === 0) {
                const now = Date.now();
                if (now - lastReport > 100) {
                  lastReport = now;
                  progress({ phase: 'reading', rowsRead: result.rowsRead, bytesRead: onward(counter.bytes), totalBytes });
                }
              }
            }
          }
          await flush();
          await copies.settle();
        } finally {
          // A failure while a COPY runs: let it finish before the rollback uses the connection.
          await copies.settle().catch(() => undefined);
        }
        progress({ phase: 'checking', rowsRead: result.rowsRead, bytesRead: totalBytes, totalBytes });

        await checkStaged(trx, opts.kind, ctx);
        await readProblems(trx, problems);
        if (problems.count > 0 && mode === 'all_or_nothing') {
          throw new Rejected(
            // How to store the good rows instead is each door's to say (advice.ts).
            `${problems.rejected} of ${result.rowsRead} rows of ${fileName} have problems, so nothing was stored.`,
          );
        }
        if (problems.count > 0) await dropProblemRows(trx);

        progress({ phase: 'storing', rowsRead: result.rowsRead, bytesRead: totalBytes, totalBytes });
        const unknownCodes = await stagedUnknownCodes(trx, opts.kind, ctx);
        return { ...(await mergeStaged(trx, opts.kind, ctx)), unknownCodes };
      };
      opts.onWay?.(counts ? 'direct' : 'staged');
      counts ??= await staged();
      result.rowsAdded = counts.added;
      result.rowsUpdated = counts.updated;
      result.rowsUnchanged = counts.unchanged;
      result.rowsUnknownCode = counts.unknownCodes ?? 0;
      // Arrests, drug tests and custody raise alerts on the open cases of the people in them (alerts/generate.ts).
      if (ALERTING_KINDS.includes(opts.kind)) {
        await alertsFromImport(trx, { partnershipId: actor.partnershipId, importId, kind: opts.kind, raisedOn: await partnershipToday(trx, actor.partnershipId, clock) });
      }
      result.rowsRejected = problems.rejected;
      result.status = 'completed';
      await recordImportCompleted(
        trx,
        actor.partnershipId,
        importId,
        {
          rowsRead: result.rowsRead,
          added: counts.added,
          updated: counts.updated,
          unchanged: counts.unchanged,
          rejected: result.rowsRejected,
          unknownCode: result.rowsUnknownCode,
          message: problems.count ? `${problems.count} problems in ${result.rowsRejected} rows; those rows were not stored` : null,
        },
        clock,
      );
      await appendAudit(trx, actor, {
        action: 'collection',
        what: `import of ${opts.kind} from ${fileName}`,
        details: {
          importId,
          kind: opts.kind,
          file: fileName,
          sha256,
          mode,
          added: counts.added,
          updated: counts.updated,
          unchanged: counts.unchanged,
          rejected: result.rowsRejected,
        },
      });
      const r = counts.restrictions;
      if (r && (r.restricted.length || r.lifted.length)) {
        // Who may see whom changed: an alteration naming each person by id.
        await appendAudit(trx, actor, {
          action: 'alteration',
          what: `restrictions set by import ${importId}`,
          personIds: [...r.restricted, ...r.lifted],
          details: { importId, restrictedPersonIds: r.restricted, liftedPersonIds: r.lifted, namedUserId: r.restricted.length ? actor.userId : null },
        });
      }
    });
  } catch (e) {
    runningHere.delete(importId);
    const expected = e instanceof Rejected;
    result.status = 'failed';
    result.message = expected ? e.message : `The import failed and nothing was stored: ${e instanceof Error ? e.message : String(e)}`;
    result.rowsRejected = problems.rejected;
    await problems.close(false);
    result.errors = problems.sorted();
    result.errorCount = problems.count;
    // The failure is recorded after the rollback, in its own transaction.
    await db
      .updateTable('imports')
      .set({
        status: 'failed',
        finished_at: clock.now(),
        rows_read: result.rowsRead,
        rows_rejected: result.rowsRejected,
        message: result.message,
      })
      .where('id', '=', importId)
      .where('partnership_id', '=', actor.partnershipId)
      .execute();
    if (!expected) throw e instanceof CsvSyntaxError ? e.inFile(fileName) : e;
    return result;
  }
  runningHere.delete(importId);
  await problems.close(problems.count > 0);
  result.errors = problems.sorted();
  result.errorCount = problems.count;
  result.errorFile = problems.count > 0 ? errorPath : null;
  progress({ phase: 'done', rowsRead: result.rowsRead, bytesRead: totalBytes, totalBytes });
  return result;
}
