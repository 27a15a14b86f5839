// Backup and restore of a whole Waymark database, the same way on both engines:
// a gzip'd JSON-lines bundle holding the schema version and every table's rows
// as PostgreSQL text, each table with its row count and a SHA-256 checksum.
// One format for both engines, so a backup of the embedded database restores
// into PostgreSQL (the way to outgrow the embedded database) and back.
// Restore goes only into an empty database at the same schema version, in one
// transaction, and checks every table's checksum before it commits.
import fs from 'node:fs';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import readline from 'node:readline';
import { once } from 'node:events';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { copyInto, csvLine } from '../db/statements.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import { appendAudit } from '../access/audit.js';

export const BACKUP_FORMAT = 'waymark-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Rows fetched from the cursor at a time, and the CSV size that triggers a COPY. */
const FETCH_ROWS = 5000;
const COPY_CHUNK_BYTES = 8 * 1024 * 1024;

export interface TableSummary {
  table: string;
  rows: number;
  sha256: string;
}

export interface BackupSummary {
  schemaVersions: string[];
  tables: TableSummary[];
}

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  engine: string;
  schemaVersions: string[];
  tables: string[];
}

type Executor = Kysely<DB> | Transaction<DB>;

const IDENT = /^[a-z_][a-z0-9_]*$/;
function quoteIdent(name: string): string {
  if (!IDENT.test(name)) throw new Error(`unexpected identifier in the schema: ${name}`);
  return `"${name}"`;
}

export async function schemaVersions(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('schema_migrations').select('version').orderBy('version').execute();
  return rows.map((r) => r.version);
}

/** The data tables, parents before children (foreign keys), without schema_migrations. */
export async function dataTables(db: Executor): Promise<string[]> {
  const tables = (
    await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'schema_migrations'
      ORDER BY c.relname`.execute(db)
  ).rows
    .map((r) => r.name)
    // Sorted here, not by the engines' collations, so both give one order.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const edges = (
    await sql<{ child: string; parent: string }>`
      SELECT cc.relname AS child, pc.relname AS parent
      FROM pg_constraint k
      JOIN pg_class cc ON cc.oid = k.conrelid
      JOIN pg_class pc ON pc.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = k.connamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`.execute(db)
  ).rows.sort((a, b) => (a.child + ' ' + a.parent < b.child + ' ' + b.parent ? -1 : 1));
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (placed.has(t) || visiting.has(t)) return; // a self-reference (areas.parent_area_id) or a cycle
    visiting.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent);
    visiting.delete(t);
    placed.add(t);
    ordered.push(t);
  };
  for (const t of tables) visit(t);
  return ordered.filter((t) => tables.includes(t));
}

async function columnsOf(db: Executor, table: string): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    SELECT a.attname AS name FROM pg_attribute a
    WHERE a.attrelid = ${'public.' + quoteIdent(table)}::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY a.attnum`.execute(db);
  return rows.rows.map((r) => r.name);
}

async function orderColumns(db: Executor, table: string, columns: string[]): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    SELECT a.attname AS name FROM pg_index i
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
    WHERE i.indrelid = ${'public.' + quoteIdent(table)}::regclass AND i.indisprimary
    ORDER BY array_position(i.indkey::int2[], a.attnum)`.execute(db);
  return rows.rows.length ? rows.rows.map((r) => r.name) : columns;
}

/**
 * Reads one table in primary-key order as arrays of PostgreSQL text (null for
 * NULL), a batch at a time, through a cursor of the caller's transaction.
 */
async function readTable(trx: Transaction<DB>, table: string, columns: string[], onRows: (rows: (string | null)[][]) => Promise<void>): Promise<void> {
  const order = await orderColumns(trx, table, columns);
  const select = columns.map((c, i) => `${quoteIdent(c)}::text AS c${i}`).join(', ');
  const cursor = `wm_backup_${table}`;
  await sql.raw(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${select} FROM public.${quoteIdent(table)} ORDER BY ${order.map(quoteIdent).join(', ')}`).execute(trx);
  for (;;) {
    const res = await sql.raw<Record<string, string | null>>(`FETCH ${FETCH_ROWS} FROM ${cursor}`).execute(trx);
    if (res.rows.length === 0) break;
    await onRows(res.rows.map((r) => columns.map((_, i) => r[`c${i}`] ?? null)));
  }
  await sql.raw(`CLOSE ${cursor}`).execute(trx);
}

/** A consistent read: one repeatable-read, read-only transaction in UTC. */
function snapshot<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await setUtc(trx);
      return fn(trx);
    });
}

async function setUtc(trx: Transaction<DB>): Promise<void> {
  // Timestamps then read and load as UTC text, so checksums agree across engines and servers.
  await sql`SET LOCAL TimeZone = 'UTC'`.execute(trx);
  await sql`SET LOCAL DateStyle = 'ISO, YMD'`.execute(trx);
}

async function checksumTables(trx: Transaction<DB>, tables: string[]): Promise<TableSummary[]> {
  const out: TableSummary[] = [];
  for (const table of tables) {
    const columns = await columnsOf(trx, table);
    const hash = crypto.createHash('sha256');
    let rows = 0;
    await readTable(trx, table, columns, async (batch) => {
      for (const r of batch) hash.update(csvLine(r));
      rows += batch.length;
    });
    out.push({ table, rows, sha256: hash.digest('hex') });
  }
  return out;
}

/** Row count and checksum of every data table (the same checksum a backup records). */
export async function tableChecksums(db: Kysely<DB>): Promise<TableSummary[]> {
  return snapshot(db, async (trx) => checksumTables(trx, await dataTables(trx)));
}

export interface ProgressEvent {
  table: string;
  rows: number;
}

/**
 * Writes a backup of the whole database to `file`; returns what it holds.
 *
 * A backup discloses the whole register of every partnership, so it is logged
 * (SPEC 3.8) as one disclosure per partnership naming every person the file
 * holds, with details `{ people: 'all' }`; `audit search --person` finds it.
 * The snapshot is read-only, so the entries are written in a transaction of
 * their own once the file is complete and before it takes its final name: a
 * backup whose disclosure cannot be logged is removed.
 */
export async function backupDatabase(
  db: Kysely<DB>,
  engine: string,
  file: string,
  onProgress?: (e: ProgressEvent) => void,
  clock: Clock = systemClock,
  operatorLabel = 'cli',
): Promise<BackupSummary> {
  const tmp = `${file}.${process.pid}.partial`;
  const out = fs.createWriteStream(tmp, { mode: 0o600 });
  const gzip = zlib.createGzip({ level: 6 });
  gzip.pipe(out);
  const write = async (obj: unknown) => {
    if (!gzip.write(JSON.stringify(obj) + '\n')) await once(gzip, 'drain');
  };
  try {
    // Everyone the file holds, by partnership, for the audit entries.
    const people = new Map<number, number[]>();
    const summary = await snapshot(db, async (trx) => {
      for (const p of await trx.selectFrom('partnerships').select('id').orderBy('id').execute()) people.set(p.id, []);
      const versions = await schemaVersions(trx);
      const tables = await dataTables(trx);
      const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt: clock.now().toISOString(), engine, schemaVersions: versions, tables };
      await write(header);
      const summaries: TableSummary[] = [];
      for (const table of tables) {
        const columns = await columnsOf(trx, table);
        await write({ table, columns });
        const hash = crypto.createHash('sha256');
        let rows = 0;
        const idAt = table === 'people' ? columns.indexOf('id') : -1;
        const partnershipAt = table === 'people' ? columns.indexOf('partnership_id') : -1;
        await readTable(trx, table, columns, async (batch) => {
          for (const r of batch) {
            if (idAt >= 0 && partnershipAt >= 0) people.get(Number(r[partnershipAt]))?.push(Number(r[idAt]));
            hash.update(csvLine(r));
            await write(r);
          }
          rows += batch.length;
          onProgress?.({ table, rows });
        });
        const s = { table, rows, sha256: hash.digest('hex') };
        await write({ tableEnd: table, rows, sha256: s.sha256 });
        summaries.push(s);
      }
      await write({ end: true });
      return { schemaVersions: versions, tables: summaries };
    });
    gzip.end();
    await once(out, 'close');
    await db.transaction().execute(async (trx) => {
      for (const [partnershipId, personIds] of people) {
        await appendAudit(
          trx,
          { userId: null, partnershipId, label: operatorLabel },
          { action: 'disclosure', personIds, what: 'backup of the whole database', details: { people: 'all', count: personIds.length, file } },
          clock,
        );
      }
    });
    fs.renameSync(tmp, file);
    return summary;
  } catch (e) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

async function* backupLines(file: string): AsyncGenerator<any> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line) continue;
      try {
        yield JSON.parse(line);
      } catch {
        throw new InvalidInputError(`${file} is damaged: line ${n} is not valid JSON.`, { file });
      }
    }
  } catch (e: any) {
    if (e instanceof InvalidInputError) throw e;
    throw new InvalidInputError(`${file} cannot be read as a Waymark backup: ${e.message}`, { file });
  }
}

/** Why a database cannot take a restore, or null when it is empty. */
export async function notEmptyReason(db: Executor): Promise<string | null> {
  const counts = await sql<{ partnerships: number; users: number; audit: number }>`
    SELECT (SELECT count(*) FROM partnerships)::int AS partnerships, (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM audit_log)::int AS audit`.execute(db);
  const c = counts.rows[0]!;
  if (c.partnerships || c.users || c.audit) return `it already holds data (${c.partnerships} partnership(s), ${c.users} user(s), ${c.audit} audit entries)`;
  return null;
}

/**
 * Restores a backup into an empty database at the same schema version, in one
 * transaction: nothing is changed unless every table loads and its checksum matches.
 */
export async function restoreDatabase(db: Kysely<DB>, file: string, onProgress?: (e: ProgressEvent) => void): Promise<BackupSummary> {
  if (!fs.existsSync(file)) throw new InvalidInputError(`There is no file ${file}.`, { file });
  const lines = backupLines(file);
  const first = await lines.next();
  const header = first.value as BackupHeader | undefined;
  if (!header || header.format !== BACKUP_FORMAT) throw new InvalidInputError(`${file} is not a Waymark backup.`, { file });
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) throw new InvalidInputError(`${file} is backup format ${header.formatVersion}; this Waymark reads format ${BACKUP_FORMAT_VERSION}.`, { file });

  return db.transaction().execute(async (trx) => {
    await setUtc(trx);
    const versions = await schemaVersions(trx);
    if (versions.join(',') !== header.schemaVersions.join(',')) {
      const theirs = header.schemaVersions.at(-1) ?? 'none';
      const ours = versions.at(-1) ?? 'none';
      throw new ConflictError(`The backup is at schema version ${theirs} but this database is at ${ours}. Restore it with the Waymark version that made it, into an empty database.`);
    }
    const why = await notEmptyReason(trx);
    if (why) throw new ConflictError(`Restore needs an empty database, and this one is not: ${why}. Restore into a new database (a new WAYMARK_DATA folder, or a new empty PostgreSQL database in DATABASE_URL).`);
    const tables = await dataTables(trx);
    const missing = header.tables.filter((t) => !tables.includes(t));
    if (missing.length) throw new ConflictError(`The backup has tables this database lacks: ${missing.join(', ')}.`);
    // Reference rows the migrations put in make way for the backup's own.
    for (const t of [...tables].reverse()) await sql.raw(`DELETE FROM public.${quoteIdent(t)}`).execute(trx);

    const summaries: TableSummary[] = [];
    let current: { table: string; columns: string[]; hash: crypto.Hash; rows: number; chunk: string[]; bytes: number } | null = null;
    const flush = async () => {
      if (!current || current.chunk.length === 0) return;
      await copyInto(trx, current.table, current.columns, current.chunk.join(''));
      current.chunk = [];
      current.bytes = 0;
      onProgress?.({ table: current.table, rows: current.rows });
    };
    let ended = false;
    for await (const item of lines) {
      if (Array.isArray(item)) {
        if (!current) throw new InvalidInputError(`${file} is damaged: rows before any table.`, { file });
        const line = csvLine(item);
        current.hash.update(line);
        current.chunk.push(line);
        current.bytes += line.length;
        current.rows++;
        if (current.bytes >= COPY_CHUNK_BYTES) await flush();
      } else if (item.table) {
        if (!tables.includes(item.table)) throw new ConflictError(`The backup has a table this database lacks: ${item.table}.`);
        current = { table: item.table, columns: item.columns, hash: crypto.createHash('sha256'), rows: 0, chunk: [], bytes: 0 };
      } else if (item.tableEnd) {
        if (!current || current.table !== item.tableEnd) throw new InvalidInputError(`${file} is damaged near table ${item.tableEnd}.`, { file });
        await flush();
        const sha256 = current.hash.digest('hex');
        if (current.rows !== item.rows || sha256 !== item.sha256) throw new InvalidInputError(`${file} is damaged: table ${current.table} does not match its checksum.`, { file });
        summaries.push({ table: current.table, rows: current.rows, sha256 });
        current = null;
      } else if (item.end) {
        ended = true;
      }
    }
    if (!ended) throw new InvalidInputError(`${file} is incomplete: it ends before the end of the backup.`, { file });

    await resetSequences(trx);
    // Read back what was loaded: the database must now hold exactly the backup.
    const loaded = await checksumTables(trx, summaries.map((s) => s.table));
    for (let i = 0; i < loaded.length; i++) {
      const a = loaded[i]!;
      const b = summaries[i]!;
      if (a.rows !== b.rows || a.sha256 !== b.sha256) throw new ConflictError(`Table ${a.table} did not restore exactly (${a.rows} rows read back, ${b.rows} in the backup); nothing was restored.`);
    }
    return { schemaVersions: versions, tables: summaries };
  });
}

/** Moves every serial/identity sequence past the largest restored value. */
async function resetSequences(trx: Transaction<DB>): Promise<void> {
  const seqs = await sql<{ tbl: string; col: string; seq: string }>`
    SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence('public.' || quote_ident(c.relname), a.attname) AS seq
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND pg_get_serial_sequence('public.' || quote_ident(c.relname), a.attname) IS NOT NULL`.execute(trx);
  for (const s of seqs.rows) {
    await sql.raw(
      `SELECT setval('${s.seq.replace(/'/g, "''")}', COALESCE((SELECT max(${quoteIdent(s.col)}) FROM public.${quoteIdent(s.tbl)}), 1), (SELECT max(${quoteIdent(s.col)}) IS NOT NULL FROM public.${quoteIdent(s.tbl)}))`,
    ).execute(trx);
  }
}
