import fs from "node:fs";
import crypto from "node:crypto";
import zlib from "node:zlib";
import readline from "node:readline";
import { once } from "node:events";
import { sql } from "kysely";
import { copyInto, csvLine } from "../db/statements.js";
import { ConflictError, InvalidInputError } from "../errors.js";
import { systemClock } from "../calendar/clock.js";
import { appendAudit } from "../access/audit.js";
const BACKUP_FORMAT = "waymark-backup";
const BACKUP_FORMAT_VERSION = 1;
const FETCH_ROWS = 5e3;
const COPY_CHUNK_BYTES = 8 * 1024 * 1024;
const IDENT = /^[a-z_][a-z0-9_]*$/;
function quoteIdent(name) {
  if (!IDENT.test(name)) throw new Error(`unexpected identifier in the schema: ${name}`);
  return `"${name}"`;
}
async function schemaVersions(db) {
  const rows = await db.selectFrom("schema_migrations").select("version").orderBy("version").execute();
  return rows.map((r) => r.version);
}
async function dataTables(db) {
  const tables = (await sql`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> 'schema_migrations'
      ORDER BY c.relname`.execute(db)).rows.map((r) => r.name).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const edges = (await sql`
      SELECT cc.relname AS child, pc.relname AS parent
      FROM pg_constraint k
      JOIN pg_class cc ON cc.oid = k.conrelid
      JOIN pg_class pc ON pc.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = k.connamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`.execute(db)).rows.sort((a, b) => a.child + " " + a.parent < b.child + " " + b.parent ? -1 : 1);
  const ordered = [];
  const placed = /* @__PURE__ */ new Set();
  const visiting = /* @__PURE__ */ new Set();
  const visit = (t) => {
    if (placed.has(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent);
    visiting.delete(t);
    placed.add(t);
    ordered.push(t);
  };
  for (const t of tables) visit(t);
  return ordered.filter((t) => tables.includes(t));
}
async function columnsOf(db, table) {
  const rows = await sql`
    SELECT a.attname AS name FROM pg_attribute a
    WHERE a.attrelid = ${"public." + quoteIdent(table)}::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY a.attnum`.execute(db);
  return rows.rows.map((r) => r.name);
}
async function orderColumns(db, table, columns) {
  const rows = await sql`
    SELECT a.attname AS name FROM pg_index i
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
    WHERE i.indrelid = ${"public." + quoteIdent(table)}::regclass AND i.indisprimary
    ORDER BY array_position(i.indkey::int2[], a.attnum)`.execute(db);
  return rows.rows.length ? rows.rows.map((r) => r.name) : columns;
}
async function readTable(trx, table, columns, onRows) {
  const order = await orderColumns(trx, table, columns);
  const select = columns.map((c, i) => `${quoteIdent(c)}::text AS c${i}`).join(", ");
  const cursor = `wm_backup_${table}`;
  await sql.raw(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${select} FROM public.${quoteIdent(table)} ORDER BY ${order.map(quoteIdent).join(", ")}`).execute(trx);
  for (; ; ) {
    const res = await sql.raw(`FETCH ${FETCH_ROWS} FROM ${cursor}`).execute(trx);
    if (res.rows.length === 0) break;
    await onRows(res.rows.map((r) => columns.map((_, i) => r[`c${i}`] ?? null)));
  }
  await sql.raw(`CLOSE ${cursor}`).execute(trx);
}
function snapshot(db, fn) {
  return db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(async (trx) => {
    await setUtc(trx);
    return fn(trx);
  });
}
async function setUtc(trx) {
  await sql`SET LOCAL TimeZone = 'UTC'`.execute(trx);
  await sql`SET LOCAL DateStyle = 'ISO, YMD'`.execute(trx);
}
async function checksumTables(trx, tables) {
  const out = [];
  for (const table of tables) {
    const columns = await columnsOf(trx, table);
    const hash = crypto.createHash("sha256");
    let rows = 0;
    await readTable(trx, table, columns, async (batch) => {
      for (const r of batch) hash.update(csvLine(r));
      rows += batch.length;
    });
    out.push({ table, rows, sha256: hash.digest("hex") });
  }
  return out;
}
async function tableChecksums(db) {
  return snapshot(db, async (trx) => checksumTables(trx, await dataTables(trx)));
}
async function backupDatabase(db, engine, file, onProgress, clock = systemClock, operatorLabel = "cli") {
  const tmp = `${file}.${process.pid}.partial`;
  const out = fs.createWriteStream(tmp, { mode: 384 });
  const gzip = zlib.createGzip({ level: 6 });
  gzip.pipe(out);
  const write = async (obj) => {
    if (!gzip.write(JSON.stringify(obj) + "\n")) await once(gzip, "drain");
  };
  try {
    const people = /* @__PURE__ */ new Map();
    const summary = await snapshot(db, async (trx) => {
      for (const p of await trx.selectFrom("partnerships").select("id").orderBy("id").execute()) people.set(p.id, []);
      const versions = await schemaVersions(trx);
      const tables = await dataTables(trx);
      const header = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt: clock.now().toISOString(), engine, schemaVersions: versions, tables };
      await write(header);
      const summaries = [];
      for (const table of tables) {
        const columns = await columnsOf(trx, table);
        await write({ table, columns });
        const hash = crypto.createHash("sha256");
        let rows = 0;
        const idAt = table === "people" ? columns.indexOf("id") : -1;
        const partnershipAt = table === "people" ? columns.indexOf("partnership_id") : -1;
        await readTable(trx, table, columns, async (batch) => {
          for (const r of batch) {
            if (idAt >= 0 && partnershipAt >= 0) people.get(Number(r[partnershipAt]))?.push(Number(r[idAt]));
            hash.update(csvLine(r));
            await write(r);
          }
          rows += batch.length;
          onProgress?.({ table, rows });
        });
        const s = { table, rows, sha256: hash.digest("hex") };
        await write({ tableEnd: table, rows, sha256: s.sha256 });
        summaries.push(s);
      }
      await write({ end: true });
      return { schemaVersions: versions, tables: summaries };
    });
    gzip.end();
    await once(out, "close");
    await db.transaction().execute(async (trx) => {
      for (const [partnershipId, personIds] of people) {
        await appendAudit(
          trx,
          { userId: null, partnershipId, label: operatorLabel },
          { action: "disclosure", personIds, what: "backup of the whole database", details: { people: "all", count: personIds.length, file } },
          clock
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
async function* backupLines(file) {
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
  } catch (e) {
    if (e instanceof InvalidInputError) throw e;
    throw new InvalidInputError(`${file} cannot be read as a Waymark backup: ${e.message}`, { file });
  }
}
async function notEmptyReason(db) {
  const counts = await sql`
    SELECT (SELECT count(*) FROM partnerships)::int AS partnerships, (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM audit_log)::int AS audit`.execute(db);
  const c = counts.rows[0];
  if (c.partnerships || c.users || c.audit) return `it already holds data (${c.partnerships} partnership(s), ${c.users} user(s), ${c.audit} audit entries)`;
  return null;
}
async function restoreDatabase(db, file, onProgress) {
  if (!fs.existsSync(file)) throw new InvalidInputError(`There is no file ${file}.`, { file });
  const lines = backupLines(file);
  const first = await lines.next();
  const header = first.value;
  if (!header || header.format !== BACKUP_FORMAT) throw new InvalidInputError(`${file} is not a Waymark backup.`, { file });
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) throw new InvalidInputError(`${file} is backup format ${header.formatVersion}; this Waymark reads format ${BACKUP_FORMAT_VERSION}.`, { file });
  return db.transaction().execute(async (trx) => {
    await setUtc(trx);
    const versions = await schemaVersions(trx);
    if (versions.join(",") !== header.schemaVersions.join(",")) {
      const theirs = header.schemaVersions.at(-1) ?? "none";
      const ours = versions.at(-1) ?? "none";
      throw new ConflictError(`The backup is at schema version ${theirs} but this database is at ${ours}. Restore it with the Waymark version that made it, into an empty database.`);
    }
    const why = await notEmptyReason(trx);
    if (why) throw new ConflictError(`Restore needs an empty database, and this one is not: ${why}. Restore into a new database (a new WAYMARK_DATA folder, or a new empty PostgreSQL database in DATABASE_URL).`);
    const tables = await dataTables(trx);
    const missing = header.tables.filter((t) => !tables.includes(t));
    if (missing.length) throw new ConflictError(`The backup has tables this database lacks: ${missing.join(", ")}.`);
    for (const t of [...tables].reverse()) await sql.raw(`DELETE FROM public.${quoteIdent(t)}`).execute(trx);
    const summaries = [];
    let current = null;
    const flush = async () => {
      if (!current || current.chunk.length === 0) return;
      await copyInto(trx, current.table, current.columns, current.chunk.join(""));
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
        current = { table: item.table, columns: item.columns, hash: crypto.createHash("sha256"), rows: 0, chunk: [], bytes: 0 };
      } else if (item.tableEnd) {
        if (!current || current.table !== item.tableEnd) throw new InvalidInputError(`${file} is damaged near table ${item.tableEnd}.`, { file });
        await flush();
        const sha256 = current.hash.digest("hex");
        if (current.rows !== item.rows || sha256 !== item.sha256) throw new InvalidInputError(`${file} is damaged: table ${current.table} does not match its checksum.`, { file });
        summaries.push({ table: current.table, rows: current.rows, sha256 });
        current = null;
      } else if (item.end) {
        ended = true;
      }
    }
    if (!ended) throw new InvalidInputError(`${file} is incomplete: it ends before the end of the backup.`, { file });
    await resetSequences(trx);
    const loaded = await checksumTables(trx, summaries.map((s) => s.table));
    for (let i = 0; i < loaded.length; i++) {
      const a = loaded[i];
      const b = summaries[i];
      if (a.rows !== b.rows || a.sha256 !== b.sha256) throw new ConflictError(`Table ${a.table} did not restore exactly (${a.rows} rows read back, ${b.rows} in the backup); nothing was restored.`);
    }
    return { schemaVersions: versions, tables: summaries };
  });
}
async function resetSequences(trx) {
  const seqs = await sql`
    SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence('public.' || quote_ident(c.relname), a.attname) AS seq
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND pg_get_serial_sequence('public.' || quote_ident(c.relname), a.attname) IS NOT NULL`.execute(trx);
  for (const s of seqs.rows) {
    await sql.raw(
      `SELECT setval('${s.seq.replace(/'/g, "''")}', COALESCE((SELECT max(${quoteIdent(s.col)}) FROM public.${quoteIdent(s.tbl)}), 1), (SELECT max(${quoteIdent(s.col)}) IS NOT NULL FROM public.${quoteIdent(s.tbl)}))`
    ).execute(trx);
  }
}
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupDatabase,
  dataTables,
  notEmptyReason,
  restoreDatabase,
  schemaVersions,
  tableChecksums
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL29wcy9iYWNrdXAudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIEJhY2t1cCBhbmQgcmVzdG9yZSBvZiBhIHdob2xlIFdheW1hcmsgZGF0YWJhc2UsIHRoZSBzYW1lIHdheSBvbiBib3RoIGVuZ2luZXM6XG4vLyBhIGd6aXAnZCBKU09OLWxpbmVzIGJ1bmRsZSBob2xkaW5nIHRoZSBzY2hlbWEgdmVyc2lvbiBhbmQgZXZlcnkgdGFibGUncyByb3dzXG4vLyBhcyBQb3N0Z3JlU1FMIHRleHQsIGVhY2ggdGFibGUgd2l0aCBpdHMgcm93IGNvdW50IGFuZCBhIFNIQS0yNTYgY2hlY2tzdW0uXG4vLyBPbmUgZm9ybWF0IGZvciBib3RoIGVuZ2luZXMsIHNvIGEgYmFja3VwIG9mIHRoZSBlbWJlZGRlZCBkYXRhYmFzZSByZXN0b3Jlc1xuLy8gaW50byBQb3N0Z3JlU1FMICh0aGUgd2F5IHRvIG91dGdyb3cgdGhlIGVtYmVkZGVkIGRhdGFiYXNlKSBhbmQgYmFjay5cbi8vIFJlc3RvcmUgZ29lcyBvbmx5IGludG8gYW4gZW1wdHkgZGF0YWJhc2UgYXQgdGhlIHNhbWUgc2NoZW1hIHZlcnNpb24sIGluIG9uZVxuLy8gdHJhbnNhY3Rpb24sIGFuZCBjaGVja3MgZXZlcnkgdGFibGUncyBjaGVja3N1bSBiZWZvcmUgaXQgY29tbWl0cy5cbmltcG9ydCBmcyBmcm9tICdub2RlOmZzJztcbmltcG9ydCBjcnlwdG8gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHpsaWIgZnJvbSAnbm9kZTp6bGliJztcbmltcG9ydCByZWFkbGluZSBmcm9tICdub2RlOnJlYWRsaW5lJztcbmltcG9ydCB7IG9uY2UgfSBmcm9tICdub2RlOmV2ZW50cyc7XG5pbXBvcnQgeyBzcWwsIHR5cGUgS3lzZWx5LCB0eXBlIFRyYW5zYWN0aW9uIH0gZnJvbSAna3lzZWx5JztcbmltcG9ydCB0eXBlIHsgREIgfSBmcm9tICcuLi9kYi9zY2hlbWEuanMnO1xuaW1wb3J0IHsgY29weUludG8sIGNzdkxpbmUgfSBmcm9tICcuLi9kYi9zdGF0ZW1lbnRzLmpzJztcbmltcG9ydCB7IENvbmZsaWN0RXJyb3IsIEludmFsaWRJbnB1dEVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHN5c3RlbUNsb2NrLCB0eXBlIENsb2NrIH0gZnJvbSAnLi4vY2FsZW5kYXIvY2xvY2suanMnO1xuaW1wb3J0IHsgYXBwZW5kQXVkaXQgfSBmcm9tICcuLi9hY2Nlc3MvYXVkaXQuanMnO1xuXG5leHBvcnQgY29uc3QgQkFDS1VQX0ZPUk1BVCA9ICd3YXltYXJrLWJhY2t1cCc7XG5leHBvcnQgY29uc3QgQkFDS1VQX0ZPUk1BVF9WRVJTSU9OID0gMTtcblxuLyoqIFJvd3MgZmV0Y2hlZCBmcm9tIHRoZSBjdXJzb3IgYXQgYSB0aW1lLCBhbmQgdGhlIENTViBzaXplIHRoYXQgdHJpZ2dlcnMgYSBDT1BZLiAqL1xuY29uc3QgRkVUQ0hfUk9XUyA9IDUwMDA7XG5jb25zdCBDT1BZX0NIVU5LX0JZVEVTID0gOCAqIDEwMjQgKiAxMDI0O1xuXG5leHBvcnQgaW50ZXJmYWNlIFRhYmxlU3VtbWFyeSB7XG4gIHRhYmxlOiBzdHJpbmc7XG4gIHJvd3M6IG51bWJlcjtcbiAgc2hhMjU2OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQmFja3VwU3VtbWFyeSB7XG4gIHNjaGVtYVZlcnNpb25zOiBzdHJpbmdbXTtcbiAgdGFibGVzOiBUYWJsZVN1bW1hcnlbXTtcbn1cblxuaW50ZXJmYWNlIEJhY2t1cEhlYWRlciB7XG4gIGZvcm1hdDogdHlwZW9mIEJBQ0tVUF9GT1JNQVQ7XG4gIGZvcm1hdFZlcnNpb246IG51bWJlcjtcbiAgY3JlYXRlZEF0OiBzdHJpbmc7XG4gIGVuZ2luZTogc3RyaW5nO1xuICBzY2hlbWFWZXJzaW9uczogc3RyaW5nW107XG4gIHRhYmxlczogc3RyaW5nW107XG59XG5cbnR5cGUgRXhlY3V0b3IgPSBLeXNlbHk8REI+IHwgVHJhbnNhY3Rpb248REI+O1xuXG5jb25zdCBJREVOVCA9IC9eW2Etel9dW2EtejAtOV9dKiQvO1xuZnVuY3Rpb24gcXVvdGVJZGVudChuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoIUlERU5ULnRlc3QobmFtZSkpIHRocm93IG5ldyBFcnJvcihgdW5leHBlY3RlZCBpZGVudGlmaWVyIGluIHRoZSBzY2hlbWE6ICR7bmFtZX1gKTtcbiAgcmV0dXJuIGBcIiR7bmFtZX1cImA7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzY2hlbWFWZXJzaW9ucyhkYjogRXhlY3V0b3IpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IHJvd3MgPSBhd2FpdCBkYi5zZWxlY3RGcm9tKCdzY2hlbWFfbWlncmF0aW9ucycpLnNlbGVjdCgndmVyc2lvbicpLm9yZGVyQnkoJ3ZlcnNpb24nKS5leGVjdXRlKCk7XG4gIHJldHVybiByb3dzLm1hcCgocikgPT4gci52ZXJzaW9uKTtcbn1cblxuLyoqIFRoZSBkYXRhIHRhYmxlcywgcGFyZW50cyBiZWZvcmUgY2hpbGRyZW4gKGZvcmVpZ24ga2V5cyksIHdpdGhvdXQgc2NoZW1hX21pZ3JhdGlvbnMuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZGF0YVRhYmxlcyhkYjogRXhlY3V0b3IpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IHRhYmxlcyA9IChcbiAgICBhd2FpdCBzcWw8eyBuYW1lOiBzdHJpbmcgfT5gXG4gICAgICBTRUxFQ1QgYy5yZWxuYW1lIEFTIG5hbWUgRlJPTSBwZ19jbGFzcyBjIEpPSU4gcGdfbmFtZXNwYWNlIG4gT04gbi5vaWQgPSBjLnJlbG5hbWVzcGFjZVxuICAgICAgV0hFUkUgbi5uc3BuYW1lID0gJ3B1YmxpYycgQU5EIGMucmVsa2luZCBJTiAoJ3InLCAncCcpIEFORCBOT1QgYy5yZWxpc3BhcnRpdGlvbiBBTkQgYy5yZWxuYW1lIDw+ICdzY2hlbWFfbWlncmF0aW9ucydcbiAgICAgIE9SREVSIEJZIGMucmVsbmFtZWAuZXhlY3V0ZShkYilcbiAgKS5yb3dzXG4gICAgLm1hcCgocikgPT4gci5uYW1lKVxuICAgIC8vIFNvcnRlZCBoZXJlLCBub3QgYnkgdGhlIGVuZ2luZXMnIGNvbGxhdGlvbnMsIHNvIGJvdGggZ2l2ZSBvbmUgb3JkZXIuXG4gICAgLnNvcnQoKGEsIGIpID0+IChhIDwgYiA/IC0xIDogYSA+IGIgPyAxIDogMCkpO1xuICBjb25zdCBlZGdlcyA9IChcbiAgICBhd2FpdCBzcWw8eyBjaGlsZDogc3RyaW5nOyBwYXJlbnQ6IHN0cmluZyB9PmBcbiAgICAgIFNFTEVDVCBjYy5yZWxuYW1lIEFTIGNoaWxkLCBwYy5yZWxuYW1lIEFTIHBhcmVudFxuICAgICAgRlJPTSBwZ19jb25zdHJhaW50IGtcbiAgICAgIEpPSU4gcGdfY2xhc3MgY2MgT04gY2Mub2lkID0gay5jb25yZWxpZFxuICAgICAgSk9JTiBwZ19jbGFzcyBwYyBPTiBwYy5vaWQgPSBrLmNvbmZyZWxpZFxuICAgICAgSk9JTiBwZ19uYW1lc3BhY2UgbiBPTiBuLm9pZCA9IGsuY29ubmFtZXNwYWNlXG4gICAgICBXSEVSRSBrLmNvbnR5cGUgPSAnZicgQU5EIG4ubnNwbmFtZSA9ICdwdWJsaWMnYC5leGVjdXRlKGRiKVxuICApLnJvd3Muc29ydCgoYSwgYikgPT4gKGEuY2hpbGQgKyAnICcgKyBhLnBhcmVudCA8IGIuY2hpbGQgKyAnICcgKyBiLnBhcmVudCA/IC0xIDogMSkpO1xuICBjb25zdCBvcmRlcmVkOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBwbGFjZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgdmlzaXRpbmcgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgdmlzaXQgPSAodDogc3RyaW5nKSA9PiB7XG4gICAgaWYgKHBsYWNlZC5oYXModCkgfHwgdmlzaXRpbmcuaGFzKHQpKSByZXR1cm47IC8vIGEgc2VsZi1yZWZlcmVuY2UgKGFyZWFzLnBhcmVudF9hcmVhX2lkKSBvciBhIGN5Y2xlXG4gICAgdmlzaXRpbmcuYWRkKHQpO1xuICAgIGZvciAoY29uc3QgZSBvZiBlZGdlcykgaWYgKGUuY2hpbGQgPT09IHQgJiYgZS5wYXJlbnQgIT09IHQpIHZpc2l0KGUucGFyZW50KTtcbiAgICB2aXNpdGluZy5kZWxldGUodCk7XG4gICAgcGxhY2VkLmFkZCh0KTtcbiAgICBvcmRlcmVkLnB1c2godCk7XG4gIH07XG4gIGZvciAoY29uc3QgdCBvZiB0YWJsZXMpIHZpc2l0KHQpO1xuICByZXR1cm4gb3JkZXJlZC5maWx0ZXIoKHQpID0+IHRhYmxlcy5pbmNsdWRlcyh0KSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGNvbHVtbnNPZihkYjogRXhlY3V0b3IsIHRhYmxlOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IHJvd3MgPSBhd2FpdCBzcWw8eyBuYW1lOiBzdHJpbmcgfT5gXG4gICAgU0VMRUNUIGEuYXR0bmFtZSBBUyBuYW1lIEZST00gcGdfYXR0cmlidXRlIGFcbiAgICBXSEVSRSBhLmF0dHJlbGlkID0gJHsncHVibGljLicgKyBxdW90ZUlkZW50KHRhYmxlKX06OnJlZ2NsYXNzIEFORCBhLmF0dG51bSA+IDAgQU5EIE5PVCBhLmF0dGlzZHJvcHBlZCBBTkQgYS5hdHRnZW5lcmF0ZWQgPSAnJ1xuICAgIE9SREVSIEJZIGEuYXR0bnVtYC5leGVjdXRlKGRiKTtcbiAgcmV0dXJuIHJvd3Mucm93cy5tYXAoKHIpID0+IHIubmFtZSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIG9yZGVyQ29sdW1ucyhkYjogRXhlY3V0b3IsIHRhYmxlOiBzdHJpbmcsIGNvbHVtbnM6IHN0cmluZ1tdKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICBjb25zdCByb3dzID0gYXdhaXQgc3FsPHsgbmFtZTogc3RyaW5nIH0+YFxuICAgIFNFTEVDVCBhLmF0dG5hbWUgQVMgbmFtZSBGUk9NIHBnX2luZGV4IGlcbiAgICBKT0lOIHBnX2F0dHJpYnV0ZSBhIE9OIGEuYXR0cmVsaWQgPSBpLmluZHJlbGlkIEFORCBhLmF0dG51bSA9IEFOWSAoaS5pbmRrZXk6OmludDJbXSlcbiAgICBXSEVSRSBpLmluZHJlbGlkID0gJHsncHVibGljLicgKyBxdW90ZUlkZW50KHRhYmxlKX06OnJlZ2NsYXNzIEFORCBpLmluZGlzcHJpbWFyeVxuICAgIE9SREVSIEJZIGFycmF5X3Bvc2l0aW9uKGkuaW5ka2V5OjppbnQyW10sIGEuYXR0bnVtKWAuZXhlY3V0ZShkYik7XG4gIHJldHVybiByb3dzLnJvd3MubGVuZ3RoID8gcm93cy5yb3dzLm1hcCgocikgPT4gci5uYW1lKSA6IGNvbHVtbnM7XG59XG5cbi8qKlxuICogUmVhZHMgb25lIHRhYmxlIGluIHByaW1hcnkta2V5IG9yZGVyIGFzIGFycmF5cyBvZiBQb3N0Z3JlU1FMIHRleHQgKG51bGwgZm9yXG4gKiBOVUxMKSwgYSBiYXRjaCBhdCBhIHRpbWUsIHRocm91Z2ggYSBjdXJzb3Igb2YgdGhlIGNhbGxlcidzIHRyYW5zYWN0aW9uLlxuICovXG5hc3luYyBmdW5jdGlvbiByZWFkVGFibGUodHJ4OiBUcmFuc2FjdGlvbjxEQj4sIHRhYmxlOiBzdHJpbmcsIGNvbHVtbnM6IHN0cmluZ1tdLCBvblJvd3M6IChyb3dzOiAoc3RyaW5nIHwgbnVsbClbXVtdKSA9PiBQcm9taXNlPHZvaWQ+KTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IG9yZGVyID0gYXdhaXQgb3JkZXJDb2x1bW5zKHRyeCwgdGFibGUsIGNvbHVtbnMpO1xuICBjb25zdCBzZWxlY3QgPSBjb2x1bW5zLm1hcCgoYywgaSkgPT4gYCR7cXVvdGVJZGVudChjKX06OnRleHQgQVMgYyR7aX1gKS5qb2luKCcsICcpO1xuICBjb25zdCBjdXJzb3IgPSBgd21fYmFja3VwXyR7dGFibGV9YDtcbiAgYXdhaXQgc3FsLnJhdyhgREVDTEFSRSAke2N1cnNvcn0gTk8gU0NST0xMIENVUlNPUiBGT1IgU0VMRUNUICR7c2VsZWN0fSBGUk9NIHB1YmxpYy4ke3F1b3RlSWRlbnQodGFibGUpfSBPUkRFUiBCWSAke29yZGVyLm1hcChxdW90ZUlkZW50KS5qb2luKCcsICcpfWApLmV4ZWN1dGUodHJ4KTtcbiAgZm9yICg7Oykge1xuICAgIGNvbnN0IHJlcyA9IGF3YWl0IHNxbC5yYXc8UmVjb3JkPHN0cmluZywgc3RyaW5nIHwgbnVsbD4+KGBGRVRDSCAke0ZFVENIX1JPV1N9IEZST00gJHtjdXJzb3J9YCkuZXhlY3V0ZSh0cngpO1xuICAgIGlmIChyZXMucm93cy5sZW5ndGggPT09IDApIGJyZWFrO1xuICAgIGF3YWl0IG9uUm93cyhyZXMucm93cy5tYXAoKHIpID0+IGNvbHVtbnMubWFwKChfLCBpKSA9PiByW2BjJHtpfWBdID8/IG51bGwpKSk7XG4gIH1cbiAgYXdhaXQgc3FsLnJhdyhgQ0xPU0UgJHtjdXJzb3J9YCkuZXhlY3V0ZSh0cngpO1xufVxuXG4vKiogQSBjb25zaXN0ZW50IHJlYWQ6IG9uZSByZXBlYXRhYmxlLXJlYWQsIHJlYWQtb25seSB0cmFuc2FjdGlvbiBpbiBVVEMuICovXG5mdW5jdGlvbiBzbmFwc2hvdDxUPihkYjogS3lzZWx5PERCPiwgZm46ICh0cng6IFRyYW5zYWN0aW9uPERCPikgPT4gUHJvbWlzZTxUPik6IFByb21pc2U8VD4ge1xuICByZXR1cm4gZGJcbiAgICAudHJhbnNhY3Rpb24oKVxuICAgIC5zZXRJc29sYXRpb25MZXZlbCgncmVwZWF0YWJsZSByZWFkJylcbiAgICAuc2V0QWNjZXNzTW9kZSgncmVhZCBvbmx5JylcbiAgICAuZXhlY3V0ZShhc3luYyAodHJ4KSA9PiB7XG4gICAgICBhd2FpdCBzZXRVdGModHJ4KTtcbiAgICAgIHJldHVybiBmbih0cngpO1xuICAgIH0pO1xufVxuXG5hc3luYyBmdW5jdGlvbiBzZXRVdGModHJ4OiBUcmFuc2FjdGlvbjxEQj4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgLy8gVGltZXN0YW1wcyB0aGVuIHJlYWQgYW5kIGxvYWQgYXMgVVRDIHRleHQsIHNvIGNoZWNrc3VtcyBhZ3JlZSBhY3Jvc3MgZW5naW5lcyBhbmQgc2VydmVycy5cbiAgYXdhaXQgc3FsYFNFVCBMT0NBTCBUaW1lWm9uZSA9ICdVVEMnYC5leGVjdXRlKHRyeCk7XG4gIGF3YWl0IHNxbGBTRVQgTE9DQUwgRGF0ZVN0eWxlID0gJ0lTTywgWU1EJ2AuZXhlY3V0ZSh0cngpO1xufVxuXG5hc3luYyBmdW5jdGlvbiBjaGVja3N1bVRhYmxlcyh0cng6IFRyYW5zYWN0aW9uPERCPiwgdGFibGVzOiBzdHJpbmdbXSk6IFByb21pc2U8VGFibGVTdW1tYXJ5W10+IHtcbiAgY29uc3Qgb3V0OiBUYWJsZVN1bW1hcnlbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHRhYmxlIG9mIHRhYmxlcykge1xuICAgIGNvbnN0IGNvbHVtbnMgPSBhd2FpdCBjb2x1bW5zT2YodHJ4LCB0YWJsZSk7XG4gICAgY29uc3QgaGFzaCA9IGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKTtcbiAgICBsZXQgcm93cyA9IDA7XG4gICAgYXdhaXQgcmVhZFRhYmxlKHRyeCwgdGFibGUsIGNvbHVtbnMsIGFzeW5jIChiYXRjaCkgPT4ge1xuICAgICAgZm9yIChjb25zdCByIG9mIGJhdGNoKSBoYXNoLnVwZGF0ZShjc3ZMaW5lKHIpKTtcbiAgICAgIHJvd3MgKz0gYmF0Y2gubGVuZ3RoO1xuICAgIH0pO1xuICAgIG91dC5wdXNoKHsgdGFibGUsIHJvd3MsIHNoYTI1NjogaGFzaC5kaWdlc3QoJ2hleCcpIH0pO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBSb3cgY291bnQgYW5kIGNoZWNrc3VtIG9mIGV2ZXJ5IGRhdGEgdGFibGUgKHRoZSBzYW1lIGNoZWNrc3VtIGEgYmFja3VwIHJlY29yZHMpLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHRhYmxlQ2hlY2tzdW1zKGRiOiBLeXNlbHk8REI+KTogUHJvbWlzZTxUYWJsZVN1bW1hcnlbXT4ge1xuICByZXR1cm4gc25hcHNob3QoZGIsIGFzeW5jICh0cngpID0+IGNoZWNrc3VtVGFibGVzKHRyeCwgYXdhaXQgZGF0YVRhYmxlcyh0cngpKSk7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUHJvZ3Jlc3NFdmVudCB7XG4gIHRhYmxlOiBzdHJpbmc7XG4gIHJvd3M6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBXcml0ZXMgYSBiYWNrdXAgb2YgdGhlIHdob2xlIGRhdGFiYXNlIHRvIGBmaWxlYDsgcmV0dXJucyB3aGF0IGl0IGhvbGRzLlxuICpcbiAqIEEgYmFja3VwIGRpc2Nsb3NlcyB0aGUgd2hvbGUgcmVnaXN0ZXIgb2YgZXZlcnkgcGFydG5lcnNoaXAsIHNvIGl0IGlzIGxvZ2dlZFxuICogKFNQRUMgMy44KSBhcyBvbmUgZGlzY2xvc3VyZSBwZXIgcGFydG5lcnNoaXAgbmFtaW5nIGV2ZXJ5IHBlcnNvbiB0aGUgZmlsZVxuICogaG9sZHMsIHdpdGggZGV0YWlscyBgeyBwZW9wbGU6ICdhbGwnIH1gOyBgYXVkaXQgc2VhcmNoIC0tcGVyc29uYCBmaW5kcyBpdC5cbiAqIFRoZSBzbmFwc2hvdCBpcyByZWFkLW9ubHksIHNvIHRoZSBlbnRyaWVzIGFyZSB3cml0dGVuIGluIGEgdHJhbnNhY3Rpb24gb2ZcbiAqIHRoZWlyIG93biBvbmNlIHRoZSBmaWxlIGlzIGNvbXBsZXRlIGFuZCBiZWZvcmUgaXQgdGFrZXMgaXRzIGZpbmFsIG5hbWU6IGFcbiAqIGJhY2t1cCB3aG9zZSBkaXNjbG9zdXJlIGNhbm5vdCBiZSBsb2dnZWQgaXMgcmVtb3ZlZC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGJhY2t1cERhdGFiYXNlKFxuICBkYjogS3lzZWx5PERCPixcbiAgZW5naW5lOiBzdHJpbmcsXG4gIGZpbGU6IHN0cmluZyxcbiAgb25Qcm9ncmVzcz86IChlOiBQcm9ncmVzc0V2ZW50KSA9PiB2b2lkLFxuICBjbG9jazogQ2xvY2sgPSBzeXN0ZW1DbG9jayxcbiAgb3BlcmF0b3JMYWJlbCA9ICdjbGknLFxuKTogUHJvbWlzZTxCYWNrdXBTdW1tYXJ5PiB7XG4gIGNvbnN0IHRtcCA9IGAke2ZpbGV9LiR7cHJvY2Vzcy5waWR9LnBhcnRpYWxgO1xuICBjb25zdCBvdXQgPSBmcy5jcmVhdGVXcml0ZVN0cmVhbSh0bXAsIHsgbW9kZTogMG82MDAgfSk7XG4gIGNvbnN0IGd6aXAgPSB6bGliLmNyZWF0ZUd6aXAoeyBsZXZlbDogNiB9KTtcbiAgZ3ppcC5waXBlKG91dCk7XG4gIGNvbnN0IHdyaXRlID0gYXN5bmMgKG9iajogdW5rbm93bikgPT4ge1xuICAgIGlmICghZ3ppcC53cml0ZShKU09OLnN0cmluZ2lmeShvYmopICsgJ1xcbicpKSBhd2FpdCBvbmNlKGd6aXAsICdkcmFpbicpO1xuICB9O1xuICB0cnkge1xuICAgIC8vIEV2ZXJ5b25lIHRoZSBmaWxlIGhvbGRzLCBieSBwYXJ0bmVyc2hpcCwgZm9yIHRoZSBhdWRpdCBlbnRyaWVzLlxuICAgIGNvbnN0IHBlb3BsZSA9IG5ldyBNYXA8bnVtYmVyLCBudW1iZXJbXT4oKTtcbiAgICBjb25zdCBzdW1tYXJ5ID0gYXdhaXQgc25hcHNob3QoZGIsIGFzeW5jICh0cngpID0+IHtcbiAgICAgIGZvciAoY29uc3QgcCBvZiBhd2FpdCB0cnguc2VsZWN0RnJvbSgncGFydG5lcnNoaXBzJykuc2VsZWN0KCdpZCcpLm9yZGVyQnkoJ2lkJykuZXhlY3V0ZSgpKSBwZW9wbGUuc2V0KHAuaWQsIFtdKTtcbiAgICAgIGNvbnN0IHZlcnNpb25zID0gYXdhaXQgc2NoZW1hVmVyc2lvbnModHJ4KTtcbiAgICAgIGNvbnN0IHRhYmxlcyA9IGF3YWl0IGRhdGFUYWJsZXModHJ4KTtcbiAgICAgIGNvbnN0IGhlYWRlcjogQmFja3VwSGVhZGVyID0geyBmb3JtYXQ6IEJBQ0tVUF9GT1JNQVQsIGZvcm1hdFZlcnNpb246IEJBQ0tVUF9GT1JNQVRfVkVSU0lPTiwgY3JlYXRlZEF0OiBjbG9jay5ub3coKS50b0lTT1N0cmluZygpLCBlbmdpbmUsIHNjaGVtYVZlcnNpb25zOiB2ZXJzaW9ucywgdGFibGVzIH07XG4gICAgICBhd2FpdCB3cml0ZShoZWFkZXIpO1xuICAgICAgY29uc3Qgc3VtbWFyaWVzOiBUYWJsZVN1bW1hcnlbXSA9IFtdO1xuICAgICAgZm9yIChjb25zdCB0YWJsZSBvZiB0YWJsZXMpIHtcbiAgICAgICAgY29uc3QgY29sdW1ucyA9IGF3YWl0IGNvbHVtbnNPZih0cngsIHRhYmxlKTtcbiAgICAgICAgYXdhaXQgd3JpdGUoeyB0YWJsZSwgY29sdW1ucyB9KTtcbiAgICAgICAgY29uc3QgaGFzaCA9IGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKTtcbiAgICAgICAgbGV0IHJvd3MgPSAwO1xuICAgICAgICBjb25zdCBpZEF0ID0gdGFibGUgPT09ICdwZW9wbGUnID8gY29sdW1ucy5pbmRleE9mKCdpZCcpIDogLTE7XG4gICAgICAgIGNvbnN0IHBhcnRuZXJzaGlwQXQgPSB0YWJsZSA9PT0gJ3Blb3BsZScgPyBjb2x1bW5zLmluZGV4T2YoJ3BhcnRuZXJzaGlwX2lkJykgOiAtMTtcbiAgICAgICAgYXdhaXQgcmVhZFRhYmxlKHRyeCwgdGFibGUsIGNvbHVtbnMsIGFzeW5jIChiYXRjaCkgPT4ge1xuICAgICAgICAgIGZvciAoY29uc3QgciBvZiBiYXRjaCkge1xuICAgICAgICAgICAgaWYgKGlkQXQgPj0gMCAmJiBwYXJ0bmVyc2hpcEF0ID49IDApIHBlb3BsZS5nZXQoTnVtYmVyKHJbcGFydG5lcnNoaXBBdF0pKT8ucHVzaChOdW1iZXIocltpZEF0XSkpO1xuICAgICAgICAgICAgaGFzaC51cGRhdGUoY3N2TGluZShyKSk7XG4gICAgICAgICAgICBhd2FpdCB3cml0ZShyKTtcbiAgICAgICAgICB9XG4gICAgICAgICAgcm93cyArPSBiYXRjaC5sZW5ndGg7XG4gICAgICAgICAgb25Qcm9ncmVzcz8uKHsgdGFibGUsIHJvd3MgfSk7XG4gICAgICAgIH0pO1xuICAgICAgICBjb25zdCBzID0geyB0YWJsZSwgcm93cywgc2hhMjU2OiBoYXNoLmRpZ2VzdCgnaGV4JykgfTtcbiAgICAgICAgYXdhaXQgd3JpdGUoeyB0YWJsZUVuZDogdGFibGUsIHJvd3MsIHNoYTI1Njogcy5zaGEyNTYgfSk7XG4gICAgICAgIHN1bW1hcmllcy5wdXNoKHMpO1xuICAgICAgfVxuICAgICAgYXdhaXQgd3JpdGUoeyBlbmQ6IHRydWUgfSk7XG4gICAgICByZXR1cm4geyBzY2hlbWFWZXJzaW9uczogdmVyc2lvbnMsIHRhYmxlczogc3VtbWFyaWVzIH07XG4gICAgfSk7XG4gICAgZ3ppcC5lbmQoKTtcbiAgICBhd2FpdCBvbmNlKG91dCwgJ2Nsb3NlJyk7XG4gICAgYXdhaXQgZGIudHJhbnNhY3Rpb24oKS5leGVjdXRlKGFzeW5jICh0cngpID0+IHtcbiAgICAgIGZvciAoY29uc3QgW3BhcnRuZXJzaGlwSWQsIHBlcnNvbklkc10gb2YgcGVvcGxlKSB7XG4gICAgICAgIGF3YWl0IGFwcGVuZEF1ZGl0KFxuICAgICAgICAgIHRyeCxcbiAgICAgICAgICB7IHVzZXJJZDogbnVsbCwgcGFydG5lcnNoaXBJZCwgbGFiZWw6IG9wZXJhdG9yTGFiZWwgfSxcbiAgICAgICAgICB7IGFjdGlvbjogJ2Rpc2Nsb3N1cmUnLCBwZXJzb25JZHMsIHdoYXQ6ICdiYWNrdXAgb2YgdGhlIHdob2xlIGRhdGFiYXNlJywgZGV0YWlsczogeyBwZW9wbGU6ICdhbGwnLCBjb3VudDogcGVyc29uSWRzLmxlbmd0aCwgZmlsZSB9IH0sXG4gICAgICAgICAgY2xvY2ssXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgfSk7XG4gICAgZnMucmVuYW1lU3luYyh0bXAsIGZpbGUpO1xuICAgIHJldHVybiBzdW1tYXJ5O1xuICB9IGNhdGNoIChlKSB7XG4gICAgZ3ppcC5kZXN0cm95KCk7XG4gICAgb3V0LmRlc3Ryb3koKTtcbiAgICBmcy5ybVN5bmModG1wLCB7IGZvcmNlOiB0cnVlIH0pO1xuICAgIHRocm93IGU7XG4gIH1cbn1cblxuYXN5bmMgZnVuY3Rpb24qIGJhY2t1cExpbmVzKGZpbGU6IHN0cmluZyk6IEFzeW5jR2VuZXJhdG9yPGFueT4ge1xuICBjb25zdCBpbnB1dCA9IGZzLmNyZWF0ZVJlYWRTdHJlYW0oZmlsZSkucGlwZSh6bGliLmNyZWF0ZUd1bnppcCgpKTtcbiAgY29uc3QgbGluZXMgPSByZWFkbGluZS5jcmVhdGVJbnRlcmZhY2UoeyBpbnB1dCwgY3JsZkRlbGF5OiBJbmZpbml0eSB9KTtcbiAgbGV0IG4gPSAwO1xuICB0cnkge1xuICAgIGZvciBhd2FpdCAoY29uc3QgbGluZSBvZiBsaW5lcykge1xuICAgICAgbisrO1xuICAgICAgaWYgKCFsaW5lKSBjb250aW51ZTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHlpZWxkIEpTT04ucGFyc2UobGluZSk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgdGhyb3cgbmV3IEludmFsaWRJbnB1dEVycm9yKGAke2ZpbGV9IGlzIGRhbWFnZWQ6IGxpbmUgJHtufSBpcyBub3QgdmFsaWQgSlNPTi5gLCB7IGZpbGUgfSk7XG4gICAgICB9XG4gICAgfVxuICB9IGNhdGNoIChlOiBhbnkpIHtcbiAgICBpZiAoZSBpbnN0YW5jZW9mIEludmFsaWRJbnB1dEVycm9yKSB0aHJvdyBlO1xuICAgIHRocm93IG5ldyBJbnZhbGlkSW5wdXRFcnJvcihgJHtmaWxlfSBjYW5ub3QgYmUgcmVhZCBhcyBhIFdheW1hcmsgYmFja3VwOiAke2UubWVzc2FnZX1gLCB7IGZpbGUgfSk7XG4gIH1cbn1cblxuLyoqIFdoeSBhIGRhdGFiYXNlIGNhbm5vdCB0YWtlIGEgcmVzdG9yZSwgb3IgbnVsbCB3aGVuIGl0IGlzIGVtcHR5LiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG5vdEVtcHR5UmVhc29uKGRiOiBFeGVjdXRvcik6IFByb21pc2U8c3RyaW5nIHwgbnVsbD4ge1xuICBjb25zdCBjb3VudHMgPSBhd2FpdCBzcWw8eyBwYXJ0bmVyc2hpcHM6IG51bWJlcjsgdXNlcnM6IG51bWJlcjsgYXVkaXQ6IG51bWJlciB9PmBcbiAgICBTRUxFQ1QgKFNFTEVDVCBjb3VudCgqKSBGUk9NIHBhcnRuZXJzaGlwcyk6OmludCBBUyBwYXJ0bmVyc2hpcHMsIChTRUxFQ1QgY291bnQoKikgRlJPTSB1c2Vycyk6OmludCBBUyB1c2VycywgKFNFTEVDVCBjb3VudCgqKSBGUk9NIGF1ZGl0X2xvZyk6OmludCBBUyBhdWRpdGAuZXhlY3V0ZShkYik7XG4gIGNvbnN0IGMgPSBjb3VudHMucm93c1swXSE7XG4gIGlmIChjLnBhcnRuZXJzaGlwcyB8fCBjLnVzZXJzIHx8IGMuYXVkaXQpIHJldHVybiBgaXQgYWxyZWFkeSBob2xkcyBkYXRhICgke2MucGFydG5lcnNoaXBzfSBwYXJ0bmVyc2hpcChzKSwgJHtjLnVzZXJzfSB1c2VyKHMpLCAke2MuYXVkaXR9IGF1ZGl0IGVudHJpZXMpYDtcbiAgcmV0dXJuIG51bGw7XG59XG5cbi8qKlxuICogUmVzdG9yZXMgYSBiYWNrdXAgaW50byBhbiBlbXB0eSBkYXRhYmFzZSBhdCB0aGUgc2FtZSBzY2hlbWEgdmVyc2lvbiwgaW4gb25lXG4gKiB0cmFuc2FjdGlvbjogbm90aGluZyBpcyBjaGFuZ2VkIHVubGVzcyBldmVyeSB0YWJsZSBsb2FkcyBhbmQgaXRzIGNoZWNrc3VtIG1hdGNoZXMuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZXN0b3JlRGF0YWJhc2UoZGI6IEt5c2VseTxEQj4sIGZpbGU6IHN0cmluZywgb25Qcm9ncmVzcz86IChlOiBQcm9ncmVzc0V2ZW50KSA9PiB2b2lkKTogUHJvbWlzZTxCYWNrdXBTdW1tYXJ5PiB7XG4gIGlmICghZnMuZXhpc3RzU3luYyhmaWxlKSkgdGhyb3cgbmV3IEludmFsaWRJbnB1dEVycm9yKGBUaGVyZSBpcyBubyBmaWxlICR7ZmlsZX0uYCwgeyBmaWxlIH0pO1xuICBjb25zdCBsaW5lcyA9IGJhY2t1cExpbmVzKGZpbGUpO1xuICBjb25zdCBmaXJzdCA9IGF3YWl0IGxpbmVzLm5leHQoKTtcbiAgY29uc3QgaGVhZGVyID0gZmlyc3QudmFsdWUgYXMgQmFja3VwSGVhZGVyIHwgdW5kZWZpbmVkO1xuICBpZiAoIWhlYWRlciB8fCBoZWFkZXIuZm9ybWF0ICE9PSBCQUNLVVBfRk9STUFUKSB0aHJvdyBuZXcgSW52YWxpZElucHV0RXJyb3IoYCR7ZmlsZX0gaXMgbm90IGEgV2F5bWFyayBiYWNrdXAuYCwgeyBmaWxlIH0pO1xuICBpZiAoaGVhZGVyLmZvcm1hdFZlcnNpb24gIT09IEJBQ0tVUF9GT1JNQVRfVkVSU0lPTikgdGhyb3cgbmV3IEludmFsaWRJbnB1dEVycm9yKGAke2ZpbGV9IGlzIGJhY2t1cCBmb3JtYXQgJHtoZWFkZXIuZm9ybWF0VmVyc2lvbn07IHRoaXMgV2F5bWFyayByZWFkcyBmb3JtYXQgJHtCQUNLVVBfRk9STUFUX1ZFUlNJT059LmAsIHsgZmlsZSB9KTtcblxuICByZXR1cm4gZGIudHJhbnNhY3Rpb24oKS5leGVjdXRlKGFzeW5jICh0cngpID0+IHtcbiAgICBhd2FpdCBzZXRVdGModHJ4KTtcbiAgICBjb25zdCB2ZXJzaW9ucyA9IGF3YWl0IHNjaGVtYVZlcnNpb25zKHRyeCk7XG4gICAgaWYgKHZlcnNpb25zLmpvaW4oJywnKSAhPT0gaGVhZGVyLnNjaGVtYVZlcnNpb25zLmpvaW4oJywnKSkge1xuICAgICAgY29uc3QgdGhlaXJzID0gaGVhZGVyLnNjaGVtYVZlcnNpb25zLmF0KC0xKSA/PyAnbm9uZSc7XG4gICAgICBjb25zdCBvdXJzID0gdmVyc2lvbnMuYXQoLTEpID8/ICdub25lJztcbiAgICAgIHRocm93IG5ldyBDb25mbGljdEVycm9yKGBUaGUgYmFja3VwIGlzIGF0IHNjaGVtYSB2ZXJzaW9uICR7dGhlaXJzfSBidXQgdGhpcyBkYXRhYmFzZSBpcyBhdCAke291cnN9LiBSZXN0b3JlIGl0IHdpdGggdGhlIFdheW1hcmsgdmVyc2lvbiB0aGF0IG1hZGUgaXQsIGludG8gYW4gZW1wdHkgZGF0YWJhc2UuYCk7XG4gICAgfVxuICAgIGNvbnN0IHdoeSA9IGF3YWl0IG5vdEVtcHR5UmVhc29uKHRyeCk7XG4gICAgaWYgKHdoeSkgdGhyb3cgbmV3IENvbmZsaWN0RXJyb3IoYFJlc3RvcmUgbmVlZHMgYW4gZW1wdHkgZGF0YWJhc2UsIGFuZCB0aGlzIG9uZSBpcyBub3Q6ICR7d2h5fS4gUmVzdG9yZSBpbnRvIGEgbmV3IGRhdGFiYXNlIChhIG5ldyBXQVlNQVJLX0RBVEEgZm9sZGVyLCBvciBhIG5ldyBlbXB0eSBQb3N0Z3JlU1FMIGRhdGFiYXNlIGluIERBVEFCQVNFX1VSTCkuYCk7XG4gICAgY29uc3QgdGFibGVzID0gYXdhaXQgZGF0YVRhYmxlcyh0cngpO1xuICAgIGNvbnN0IG1pc3NpbmcgPSBoZWFkZXIudGFibGVzLmZpbHRlcigodCkgPT4gIXRhYmxlcy5pbmNsdWRlcyh0KSk7XG4gICAgaWYgKG1pc3NpbmcubGVuZ3RoKSB0aHJvdyBuZXcgQ29uZmxpY3RFcnJvcihgVGhlIGJhY2t1cCBoYXMgdGFibGVzIHRoaXMgZGF0YWJhc2UgbGFja3M6ICR7bWlzc2luZy5qb2luKCcsICcpfS5gKTtcbiAgICAvLyBSZWZlcmVuY2Ugcm93cyB0aGUgbWlncmF0aW9ucyBwdXQgaW4gbWFrZSB3YXkgZm9yIHRoZSBiYWNrdXAncyBvd24uXG4gICAgZm9yIChjb25zdCB0IG9mIFsuLi50YWJsZXNdLnJldmVyc2UoKSkgYXdhaXQgc3FsLnJhdyhgREVMRVRFIEZST00gcHVibGljLiR7cXVvdGVJZGVudCh0KX1gKS5leGVjdXRlKHRyeCk7XG5cbiAgICBjb25zdCBzdW1tYXJpZXM6IFRhYmxlU3VtbWFyeVtdID0gW107XG4gICAgbGV0IGN1cnJlbnQ6IHsgdGFibGU6IHN0cmluZzsgY29sdW1uczogc3RyaW5nW107IGhhc2g6IGNyeXB0by5IYXNoOyByb3dzOiBudW1iZXI7IGNodW5rOiBzdHJpbmdbXTsgYnl0ZXM6IG51bWJlciB9IHwgbnVsbCA9IG51bGw7XG4gICAgY29uc3QgZmx1c2ggPSBhc3luYyAoKSA9PiB7XG4gICAgICBpZiAoIWN1cnJlbnQgfHwgY3VycmVudC5jaHVuay5sZW5ndGggPT09IDApIHJldHVybjtcbiAgICAgIGF3YWl0IGNvcHlJbnRvKHRyeCwgY3VycmVudC50YWJsZSwgY3VycmVudC5jb2x1bW5zLCBjdXJyZW50LmNodW5rLmpvaW4oJycpKTtcbiAgICAgIGN1cnJlbnQuY2h1bmsgPSBbXTtcbiAgICAgIGN1cnJlbnQuYnl0ZXMgPSAwO1xuICAgICAgb25Qcm9ncmVzcz8uKHsgdGFibGU6IGN1cnJlbnQudGFibGUsIHJvd3M6IGN1cnJlbnQucm93cyB9KTtcbiAgICB9O1xuICAgIGxldCBlbmRlZCA9IGZhbHNlO1xuICAgIGZvciBhd2FpdCAoY29uc3QgaXRlbSBvZiBsaW5lcykge1xuICAgICAgaWYgKEFycmF5LmlzQXJyYXkoaXRlbSkpIHtcbiAgICAgICAgaWYgKCFjdXJyZW50KSB0aHJvdyBuZXcgSW52YWxpZElucHV0RXJyb3IoYCR7ZmlsZX0gaXMgZGFtYWdlZDogcm93cyBiZWZvcmUgYW55IHRhYmxlLmAsIHsgZmlsZSB9KTtcbiAgICAgICAgY29uc3QgbGluZSA9IGNzdkxpbmUoaXRlbSk7XG4gICAgICAgIGN1cnJlbnQuaGFzaC51cGRhdGUobGluZSk7XG4gICAgICAgIGN1cnJlbnQuY2h1bmsucHVzaChsaW5lKTtcbiAgICAgICAgY3VycmVudC5ieXRlcyArPSBsaW5lLmxlbmd0aDtcbiAgICAgICAgY3VycmVudC5yb3dzKys7XG4gICAgICAgIGlmIChjdXJyZW50LmJ5dGVzID49IENPUFlfQ0hVTktfQllURVMpIGF3YWl0IGZsdXNoKCk7XG4gICAgICB9IGVsc2UgaWYgKGl0ZW0udGFibGUpIHtcbiAgICAgICAgaWYgKCF0YWJsZXMuaW5jbHVkZXMoaXRlbS50YWJsZSkpIHRocm93IG5ldyBDb25mbGljdEVycm9yKGBUaGUgYmFja3VwIGhhcyBhIHRhYmxlIHRoaXMgZGF0YWJhc2UgbGFja3M6ICR7aXRlbS50YWJsZX0uYCk7XG4gICAgICAgIGN1cnJlbnQgPSB7IHRhYmxlOiBpdGVtLnRhYmxlLCBjb2x1bW5zOiBpdGVtLmNvbHVtbnMsIGhhc2g6IGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKSwgcm93czogMCwgY2h1bms6IFtdLCBieXRlczogMCB9O1xuICAgICAgfSBlbHNlIGlmIChpdGVtLnRhYmxlRW5kKSB7XG4gICAgICAgIGlmICghY3VycmVudCB8fCBjdXJyZW50LnRhYmxlICE9PSBpdGVtLnRhYmxlRW5kKSB0aHJvdyBuZXcgSW52YWxpZElucHV0RXJyb3IoYCR7ZmlsZX0gaXMgZGFtYWdlZCBuZWFyIHRhYmxlICR7aXRlbS50YWJsZUVuZH0uYCwgeyBmaWxlIH0pO1xuICAgICAgICBhd2FpdCBmbHVzaCgpO1xuICAgICAgICBjb25zdCBzaGEyNTYgPSBjdXJyZW50Lmhhc2guZGlnZXN0KCdoZXgnKTtcbiAgICAgICAgaWYgKGN1cnJlbnQucm93cyAhPT0gaXRlbS5yb3dzIHx8IHNoYTI1NiAhPT0gaXRlbS5zaGEyNTYpIHRocm93IG5ldyBJbnZhbGlkSW5wdXRFcnJvcihgJHtmaWxlfSBpcyBkYW1hZ2VkOiB0YWJsZSAke2N1cnJlbnQudGFibGV9IGRvZXMgbm90IG1hdGNoIGl0cyBjaGVja3N1bS5gLCB7IGZpbGUgfSk7XG4gICAgICAgIHN1bW1hcmllcy5wdXNoKHsgdGFibGU6IGN1cnJlbnQudGFibGUsIHJvd3M6IGN1cnJlbnQucm93cywgc2hhMjU2IH0pO1xuICAgICAgICBjdXJyZW50ID0gbnVsbDtcbiAgICAgIH0gZWxzZSBpZiAoaXRlbS5lbmQpIHtcbiAgICAgICAgZW5kZWQgPSB0cnVlO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAoIWVuZGVkKSB0aHJvdyBuZXcgSW52YWxpZElucHV0RXJyb3IoYCR7ZmlsZX0gaXMgaW5jb21wbGV0ZTogaXQgZW5kcyBiZWZvcmUgdGhlIGVuZCBvZiB0aGUgYmFja3VwLmAsIHsgZmlsZSB9KTtcblxuICAgIGF3YWl0IHJlc2V0U2VxdWVuY2VzKHRyeCk7XG4gICAgLy8gUmVhZCBiYWNrIHdoYXQgd2FzIGxvYWRlZDogdGhlIGRhdGFiYXNlIG11c3Qgbm93IGhvbGQgZXhhY3RseSB0aGUgYmFja3VwLlxuICAgIGNvbnN0IGxvYWRlZCA9IGF3YWl0IGNoZWNrc3VtVGFibGVzKHRyeCwgc3VtbWFyaWVzLm1hcCgocykgPT4gcy50YWJsZSkpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbG9hZGVkLmxlbmd0aDsgaSsrKSB7XG4gICAgICBjb25zdCBhID0gbG9hZGVkW2ldITtcbiAgICAgIGNvbnN0IGIgPSBzdW1tYXJpZXNbaV0hO1xuICAgICAgaWYgKGEucm93cyAhPT0gYi5yb3dzIHx8IGEuc2hhMjU2ICE9PSBiLnNoYTI1NikgdGhyb3cgbmV3IENvbmZsaWN0RXJyb3IoYFRhYmxlICR7YS50YWJsZX0gZGlkIG5vdCByZXN0b3JlIGV4YWN0bHkgKCR7YS5yb3dzfSByb3dzIHJlYWQgYmFjaywgJHtiLnJvd3N9IGluIHRoZSBiYWNrdXApOyBub3RoaW5nIHdhcyByZXN0b3JlZC5gKTtcbiAgICB9XG4gICAgcmV0dXJuIHsgc2NoZW1hVmVyc2lvbnM6IHZlcnNpb25zLCB0YWJsZXM6IHN1bW1hcmllcyB9O1xuICB9KTtcbn1cblxuLyoqIE1vdmVzIGV2ZXJ5IHNlcmlhbC9pZGVudGl0eSBzZXF1ZW5jZSBwYXN0IHRoZSBsYXJnZXN0IHJlc3RvcmVkIHZhbHVlLiAqL1xuYXN5bmMgZnVuY3Rpb24gcmVzZXRTZXF1ZW5jZXModHJ4OiBUcmFuc2FjdGlvbjxEQj4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3Qgc2VxcyA9IGF3YWl0IHNxbDx7IHRibDogc3RyaW5nOyBjb2w6IHN0cmluZzsgc2VxOiBzdHJpbmcgfT5gXG4gICAgU0VMRUNUIGMucmVsbmFtZSBBUyB0YmwsIGEuYXR0bmFtZSBBUyBjb2wsIHBnX2dldF9zZXJpYWxfc2VxdWVuY2UoJ3B1YmxpYy4nIHx8IHF1b3RlX2lkZW50KGMucmVsbmFtZSksIGEuYXR0bmFtZSkgQVMgc2VxXG4gICAgRlJPTSBwZ19jbGFzcyBjIEpPSU4gcGdfbmFtZXNwYWNlIG4gT04gbi5vaWQgPSBjLnJlbG5hbWVzcGFjZVxuICAgIEpPSU4gcGdfYXR0cmlidXRlIGEgT04gYS5hdHRyZWxpZCA9IGMub2lkIEFORCBhLmF0dG51bSA+IDAgQU5EIE5PVCBhLmF0dGlzZHJvcHBlZFxuICAgIFdIRVJFIG4ubnNwbmFtZSA9ICdwdWJsaWMnIEFORCBjLnJlbGtpbmQgSU4gKCdyJywgJ3AnKSBBTkQgTk9UIGMucmVsaXNwYXJ0aXRpb25cbiAgICAgIEFORCBwZ19nZXRfc2VyaWFsX3NlcXVlbmNlKCdwdWJsaWMuJyB8fCBxdW90ZV9pZGVudChjLnJlbG5hbWUpLCBhLmF0dG5hbWUpIElTIE5PVCBOVUxMYC5leGVjdXRlKHRyeCk7XG4gIGZvciAoY29uc3QgcyBvZiBzZXFzLnJvd3MpIHtcbiAgICBhd2FpdCBzcWwucmF3KFxuICAgICAgYFNFTEVDVCBzZXR2YWwoJyR7cy5zZXEucmVwbGFjZSgvJy9nLCBcIicnXCIpfScsIENPQUxFU0NFKChTRUxFQ1QgbWF4KCR7cXVvdGVJZGVudChzLmNvbCl9KSBGUk9NIHB1YmxpYy4ke3F1b3RlSWRlbnQocy50YmwpfSksIDEpLCAoU0VMRUNUIG1heCgke3F1b3RlSWRlbnQocy5jb2wpfSkgSVMgTk9UIE5VTEwgRlJPTSBwdWJsaWMuJHtxdW90ZUlkZW50KHMudGJsKX0pKWAsXG4gICAgKS5leGVjdXRlKHRyeCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQU9BLE9BQU8sUUFBUTtBQUNmLE9BQU8sWUFBWTtBQUNuQixPQUFPLFVBQVU7QUFDakIsT0FBTyxjQUFjO0FBQ3JCLFNBQVMsWUFBWTtBQUNyQixTQUFTLFdBQTBDO0FBRW5ELFNBQVMsVUFBVSxlQUFlO0FBQ2xDLFNBQVMsZUFBZSx5QkFBeUI7QUFDakQsU0FBUyxtQkFBK0I7QUFDeEMsU0FBUyxtQkFBbUI7QUFFckIsTUFBTSxnQkFBZ0I7QUFDdEIsTUFBTSx3QkFBd0I7QUFHckMsTUFBTSxhQUFhO0FBQ25CLE1BQU0sbUJBQW1CLElBQUksT0FBTztBQXdCcEMsTUFBTSxRQUFRO0FBQ2QsU0FBUyxXQUFXLE1BQXNCO0FBQ3hDLE1BQUksQ0FBQyxNQUFNLEtBQUssSUFBSSxFQUFHLE9BQU0sSUFBSSxNQUFNLHdDQUF3QyxJQUFJLEVBQUU7QUFDckYsU0FBTyxJQUFJLElBQUk7QUFDakI7QUFFQSxlQUFzQixlQUFlLElBQWlDO0FBQ3BFLFFBQU0sT0FBTyxNQUFNLEdBQUcsV0FBVyxtQkFBbUIsRUFBRSxPQUFPLFNBQVMsRUFBRSxRQUFRLFNBQVMsRUFBRSxRQUFRO0FBQ25HLFNBQU8sS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU87QUFDbEM7QUFHQSxlQUFzQixXQUFXLElBQWlDO0FBQ2hFLFFBQU0sVUFDSixNQUFNO0FBQUE7QUFBQTtBQUFBLDBCQUdnQixRQUFRLEVBQUUsR0FDaEMsS0FDQyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksRUFFakIsS0FBSyxDQUFDLEdBQUcsTUFBTyxJQUFJLElBQUksS0FBSyxJQUFJLElBQUksSUFBSSxDQUFFO0FBQzlDLFFBQU0sU0FDSixNQUFNO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLHNEQU00QyxRQUFRLEVBQUUsR0FDNUQsS0FBSyxLQUFLLENBQUMsR0FBRyxNQUFPLEVBQUUsUUFBUSxNQUFNLEVBQUUsU0FBUyxFQUFFLFFBQVEsTUFBTSxFQUFFLFNBQVMsS0FBSyxDQUFFO0FBQ3BGLFFBQU0sVUFBb0IsQ0FBQztBQUMzQixRQUFNLFNBQVMsb0JBQUksSUFBWTtBQUMvQixRQUFNLFdBQVcsb0JBQUksSUFBWTtBQUNqQyxRQUFNLFFBQVEsQ0FBQyxNQUFjO0FBQzNCLFFBQUksT0FBTyxJQUFJLENBQUMsS0FBSyxTQUFTLElBQUksQ0FBQyxFQUFHO0FBQ3RDLGFBQVMsSUFBSSxDQUFDO0FBQ2QsZUFBVyxLQUFLLE1BQU8sS0FBSSxFQUFFLFVBQVUsS0FBSyxFQUFFLFdBQVcsRUFBRyxPQUFNLEVBQUUsTUFBTTtBQUMxRSxhQUFTLE9BQU8sQ0FBQztBQUNqQixXQUFPLElBQUksQ0FBQztBQUNaLFlBQVEsS0FBSyxDQUFDO0FBQUEsRUFDaEI7QUFDQSxhQUFXLEtBQUssT0FBUSxPQUFNLENBQUM7QUFDL0IsU0FBTyxRQUFRLE9BQU8sQ0FBQyxNQUFNLE9BQU8sU0FBUyxDQUFDLENBQUM7QUFDakQ7QUFFQSxlQUFlLFVBQVUsSUFBYyxPQUFrQztBQUN2RSxRQUFNLE9BQU8sTUFBTTtBQUFBO0FBQUEseUJBRUksWUFBWSxXQUFXLEtBQUssQ0FBQztBQUFBLHVCQUMvQixRQUFRLEVBQUU7QUFDL0IsU0FBTyxLQUFLLEtBQUssSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJO0FBQ3BDO0FBRUEsZUFBZSxhQUFhLElBQWMsT0FBZSxTQUFzQztBQUM3RixRQUFNLE9BQU8sTUFBTTtBQUFBO0FBQUE7QUFBQSx5QkFHSSxZQUFZLFdBQVcsS0FBSyxDQUFDO0FBQUEseURBQ0csUUFBUSxFQUFFO0FBQ2pFLFNBQU8sS0FBSyxLQUFLLFNBQVMsS0FBSyxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxJQUFJO0FBQzNEO0FBTUEsZUFBZSxVQUFVLEtBQXNCLE9BQWUsU0FBbUIsUUFBcUU7QUFDcEosUUFBTSxRQUFRLE1BQU0sYUFBYSxLQUFLLE9BQU8sT0FBTztBQUNwRCxRQUFNLFNBQVMsUUFBUSxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsV0FBVyxDQUFDLENBQUMsY0FBYyxDQUFDLEVBQUUsRUFBRSxLQUFLLElBQUk7QUFDakYsUUFBTSxTQUFTLGFBQWEsS0FBSztBQUNqQyxRQUFNLElBQUksSUFBSSxXQUFXLE1BQU0sZ0NBQWdDLE1BQU0sZ0JBQWdCLFdBQVcsS0FBSyxDQUFDLGFBQWEsTUFBTSxJQUFJLFVBQVUsRUFBRSxLQUFLLElBQUksQ0FBQyxFQUFFLEVBQUUsUUFBUSxHQUFHO0FBQ2xLLGFBQVM7QUFDUCxVQUFNLE1BQU0sTUFBTSxJQUFJLElBQW1DLFNBQVMsVUFBVSxTQUFTLE1BQU0sRUFBRSxFQUFFLFFBQVEsR0FBRztBQUMxRyxRQUFJLElBQUksS0FBSyxXQUFXLEVBQUc7QUFDM0IsVUFBTSxPQUFPLElBQUksS0FBSyxJQUFJLENBQUMsTUFBTSxRQUFRLElBQUksQ0FBQyxHQUFHLE1BQU0sRUFBRSxJQUFJLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0U7QUFDQSxRQUFNLElBQUksSUFBSSxTQUFTLE1BQU0sRUFBRSxFQUFFLFFBQVEsR0FBRztBQUM5QztBQUdBLFNBQVMsU0FBWSxJQUFnQixJQUFzRDtBQUN6RixTQUFPLEdBQ0osWUFBWSxFQUNaLGtCQUFrQixpQkFBaUIsRUFDbkMsY0FBYyxXQUFXLEVBQ3pCLFFBQVEsT0FBTyxRQUFRO0FBQ3RCLFVBQU0sT0FBTyxHQUFHO0FBQ2hCLFdBQU8sR0FBRyxHQUFHO0FBQUEsRUFDZixDQUFDO0FBQ0w7QUFFQSxlQUFlLE9BQU8sS0FBcUM7QUFFekQsUUFBTSxnQ0FBZ0MsUUFBUSxHQUFHO0FBQ2pELFFBQU0sc0NBQXNDLFFBQVEsR0FBRztBQUN6RDtBQUVBLGVBQWUsZUFBZSxLQUFzQixRQUEyQztBQUM3RixRQUFNLE1BQXNCLENBQUM7QUFDN0IsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxVQUFVLE1BQU0sVUFBVSxLQUFLLEtBQUs7QUFDMUMsVUFBTSxPQUFPLE9BQU8sV0FBVyxRQUFRO0FBQ3ZDLFFBQUksT0FBTztBQUNYLFVBQU0sVUFBVSxLQUFLLE9BQU8sU0FBUyxPQUFPLFVBQVU7QUFDcEQsaUJBQVcsS0FBSyxNQUFPLE1BQUssT0FBTyxRQUFRLENBQUMsQ0FBQztBQUM3QyxjQUFRLE1BQU07QUFBQSxJQUNoQixDQUFDO0FBQ0QsUUFBSSxLQUFLLEVBQUUsT0FBTyxNQUFNLFFBQVEsS0FBSyxPQUFPLEtBQUssRUFBRSxDQUFDO0FBQUEsRUFDdEQ7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxlQUFzQixlQUFlLElBQXlDO0FBQzVFLFNBQU8sU0FBUyxJQUFJLE9BQU8sUUFBUSxlQUFlLEtBQUssTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDO0FBQy9FO0FBaUJBLGVBQXNCLGVBQ3BCLElBQ0EsUUFDQSxNQUNBLFlBQ0EsUUFBZSxhQUNmLGdCQUFnQixPQUNRO0FBQ3hCLFFBQU0sTUFBTSxHQUFHLElBQUksSUFBSSxRQUFRLEdBQUc7QUFDbEMsUUFBTSxNQUFNLEdBQUcsa0JBQWtCLEtBQUssRUFBRSxNQUFNLElBQU0sQ0FBQztBQUNyRCxRQUFNLE9BQU8sS0FBSyxXQUFXLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFDekMsT0FBSyxLQUFLLEdBQUc7QUFDYixRQUFNLFFBQVEsT0FBTyxRQUFpQjtBQUNwQyxRQUFJLENBQUMsS0FBSyxNQUFNLEtBQUssVUFBVSxHQUFHLElBQUksSUFBSSxFQUFHLE9BQU0sS0FBSyxNQUFNLE9BQU87QUFBQSxFQUN2RTtBQUNBLE1BQUk7QUFFRixVQUFNLFNBQVMsb0JBQUksSUFBc0I7QUFDekMsVUFBTSxVQUFVLE1BQU0sU0FBUyxJQUFJLE9BQU8sUUFBUTtBQUNoRCxpQkFBVyxLQUFLLE1BQU0sSUFBSSxXQUFXLGNBQWMsRUFBRSxPQUFPLElBQUksRUFBRSxRQUFRLElBQUksRUFBRSxRQUFRLEVBQUcsUUFBTyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUM7QUFDOUcsWUFBTSxXQUFXLE1BQU0sZUFBZSxHQUFHO0FBQ3pDLFlBQU0sU0FBUyxNQUFNLFdBQVcsR0FBRztBQUNuQyxZQUFNLFNBQXVCLEVBQUUsUUFBUSxlQUFlLGVBQWUsdUJBQXVCLFdBQVcsTUFBTSxJQUFJLEVBQUUsWUFBWSxHQUFHLFFBQVEsZ0JBQWdCLFVBQVUsT0FBTztBQUMzSyxZQUFNLE1BQU0sTUFBTTtBQUNsQixZQUFNLFlBQTRCLENBQUM7QUFDbkMsaUJBQVcsU0FBUyxRQUFRO0FBQzFCLGNBQU0sVUFBVSxNQUFNLFVBQVUsS0FBSyxLQUFLO0FBQzFDLGNBQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxDQUFDO0FBQzlCLGNBQU0sT0FBTyxPQUFPLFdBQVcsUUFBUTtBQUN2QyxZQUFJLE9BQU87QUFDWCxjQUFNLE9BQU8sVUFBVSxXQUFXLFFBQVEsUUFBUSxJQUFJLElBQUk7QUFDMUQsY0FBTSxnQkFBZ0IsVUFBVSxXQUFXLFFBQVEsUUFBUSxnQkFBZ0IsSUFBSTtBQUMvRSxjQUFNLFVBQVUsS0FBSyxPQUFPLFNBQVMsT0FBTyxVQUFVO0FBQ3BELHFCQUFXLEtBQUssT0FBTztBQUNyQixnQkFBSSxRQUFRLEtBQUssaUJBQWlCLEVBQUcsUUFBTyxJQUFJLE9BQU8sRUFBRSxhQUFhLENBQUMsQ0FBQyxHQUFHLEtBQUssT0FBTyxFQUFFLElBQUksQ0FBQyxDQUFDO0FBQy9GLGlCQUFLLE9BQU8sUUFBUSxDQUFDLENBQUM7QUFDdEIsa0JBQU0sTUFBTSxDQUFDO0FBQUEsVUFDZjtBQUNBLGtCQUFRLE1BQU07QUFDZCx1QkFBYSxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsUUFDOUIsQ0FBQztBQUNELGNBQU0sSUFBSSxFQUFFLE9BQU8sTUFBTSxRQUFRLEtBQUssT0FBTyxLQUFLLEVBQUU7QUFDcEQsY0FBTSxNQUFNLEVBQUUsVUFBVSxPQUFPLE1BQU0sUUFBUSxFQUFFLE9BQU8sQ0FBQztBQUN2RCxrQkFBVSxLQUFLLENBQUM7QUFBQSxNQUNsQjtBQUNBLFlBQU0sTUFBTSxFQUFFLEtBQUssS0FBSyxDQUFDO0FBQ3pCLGFBQU8sRUFBRSxnQkFBZ0IsVUFBVSxRQUFRLFVBQVU7QUFBQSxJQUN2RCxDQUFDO0FBQ0QsU0FBSyxJQUFJO0FBQ1QsVUFBTSxLQUFLLEtBQUssT0FBTztBQUN2QixVQUFNLEdBQUcsWUFBWSxFQUFFLFFBQVEsT0FBTyxRQUFRO0FBQzVDLGlCQUFXLENBQUMsZUFBZSxTQUFTLEtBQUssUUFBUTtBQUMvQyxjQUFNO0FBQUEsVUFDSjtBQUFBLFVBQ0EsRUFBRSxRQUFRLE1BQU0sZUFBZSxPQUFPLGNBQWM7QUFBQSxVQUNwRCxFQUFFLFFBQVEsY0FBYyxXQUFXLE1BQU0sZ0NBQWdDLFNBQVMsRUFBRSxRQUFRLE9BQU8sT0FBTyxVQUFVLFFBQVEsS0FBSyxFQUFFO0FBQUEsVUFDbkk7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUFBLElBQ0YsQ0FBQztBQUNELE9BQUcsV0FBVyxLQUFLLElBQUk7QUFDdkIsV0FBTztBQUFBLEVBQ1QsU0FBUyxHQUFHO0FBQ1YsU0FBSyxRQUFRO0FBQ2IsUUFBSSxRQUFRO0FBQ1osT0FBRyxPQUFPLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUM5QixVQUFNO0FBQUEsRUFDUjtBQUNGO0FBRUEsZ0JBQWdCLFlBQVksTUFBbUM7QUFDN0QsUUFBTSxRQUFRLEdBQUcsaUJBQWlCLElBQUksRUFBRSxLQUFLLEtBQUssYUFBYSxDQUFDO0FBQ2hFLFFBQU0sUUFBUSxTQUFTLGdCQUFnQixFQUFFLE9BQU8sV0FBVyxTQUFTLENBQUM7QUFDckUsTUFBSSxJQUFJO0FBQ1IsTUFBSTtBQUNGLHFCQUFpQixRQUFRLE9BQU87QUFDOUI7QUFDQSxVQUFJLENBQUMsS0FBTTtBQUNYLFVBQUk7QUFDRixjQUFNLEtBQUssTUFBTSxJQUFJO0FBQUEsTUFDdkIsUUFBUTtBQUNOLGNBQU0sSUFBSSxrQkFBa0IsR0FBRyxJQUFJLHFCQUFxQixDQUFDLHVCQUF1QixFQUFFLEtBQUssQ0FBQztBQUFBLE1BQzFGO0FBQUEsSUFDRjtBQUFBLEVBQ0YsU0FBUyxHQUFRO0FBQ2YsUUFBSSxhQUFhLGtCQUFtQixPQUFNO0FBQzFDLFVBQU0sSUFBSSxrQkFBa0IsR0FBRyxJQUFJLHdDQUF3QyxFQUFFLE9BQU8sSUFBSSxFQUFFLEtBQUssQ0FBQztBQUFBLEVBQ2xHO0FBQ0Y7QUFHQSxlQUFzQixlQUFlLElBQXNDO0FBQ3pFLFFBQU0sU0FBUyxNQUFNO0FBQUEsaUtBQzBJLFFBQVEsRUFBRTtBQUN6SyxRQUFNLElBQUksT0FBTyxLQUFLLENBQUM7QUFDdkIsTUFBSSxFQUFFLGdCQUFnQixFQUFFLFNBQVMsRUFBRSxNQUFPLFFBQU8sMEJBQTBCLEVBQUUsWUFBWSxvQkFBb0IsRUFBRSxLQUFLLGFBQWEsRUFBRSxLQUFLO0FBQ3hJLFNBQU87QUFDVDtBQU1BLGVBQXNCLGdCQUFnQixJQUFnQixNQUFjLFlBQWlFO0FBQ25JLE1BQUksQ0FBQyxHQUFHLFdBQVcsSUFBSSxFQUFHLE9BQU0sSUFBSSxrQkFBa0Isb0JBQW9CLElBQUksS0FBSyxFQUFFLEtBQUssQ0FBQztBQUMzRixRQUFNLFFBQVEsWUFBWSxJQUFJO0FBQzlCLFFBQU0sUUFBUSxNQUFNLE1BQU0sS0FBSztBQUMvQixRQUFNLFNBQVMsTUFBTTtBQUNyQixNQUFJLENBQUMsVUFBVSxPQUFPLFdBQVcsY0FBZSxPQUFNLElBQUksa0JBQWtCLEdBQUcsSUFBSSw2QkFBNkIsRUFBRSxLQUFLLENBQUM7QUFDeEgsTUFBSSxPQUFPLGtCQUFrQixzQkFBdUIsT0FBTSxJQUFJLGtCQUFrQixHQUFHLElBQUkscUJBQXFCLE9BQU8sYUFBYSwrQkFBK0IscUJBQXFCLEtBQUssRUFBRSxLQUFLLENBQUM7QUFFak0sU0FBTyxHQUFHLFlBQVksRUFBRSxRQUFRLE9BQU8sUUFBUTtBQUM3QyxVQUFNLE9BQU8sR0FBRztBQUNoQixVQUFNLFdBQVcsTUFBTSxlQUFlLEdBQUc7QUFDekMsUUFBSSxTQUFTLEtBQUssR0FBRyxNQUFNLE9BQU8sZUFBZSxLQUFLLEdBQUcsR0FBRztBQUMxRCxZQUFNLFNBQVMsT0FBTyxlQUFlLEdBQUcsRUFBRSxLQUFLO0FBQy9DLFlBQU0sT0FBTyxTQUFTLEdBQUcsRUFBRSxLQUFLO0FBQ2hDLFlBQU0sSUFBSSxjQUFjLG1DQUFtQyxNQUFNLDRCQUE0QixJQUFJLDZFQUE2RTtBQUFBLElBQ2hMO0FBQ0EsVUFBTSxNQUFNLE1BQU0sZUFBZSxHQUFHO0FBQ3BDLFFBQUksSUFBSyxPQUFNLElBQUksY0FBYyx5REFBeUQsR0FBRyxnSEFBZ0g7QUFDN00sVUFBTSxTQUFTLE1BQU0sV0FBVyxHQUFHO0FBQ25DLFVBQU0sVUFBVSxPQUFPLE9BQU8sT0FBTyxDQUFDLE1BQU0sQ0FBQyxPQUFPLFNBQVMsQ0FBQyxDQUFDO0FBQy9ELFFBQUksUUFBUSxPQUFRLE9BQU0sSUFBSSxjQUFjLDhDQUE4QyxRQUFRLEtBQUssSUFBSSxDQUFDLEdBQUc7QUFFL0csZUFBVyxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsUUFBUSxFQUFHLE9BQU0sSUFBSSxJQUFJLHNCQUFzQixXQUFXLENBQUMsQ0FBQyxFQUFFLEVBQUUsUUFBUSxHQUFHO0FBRXZHLFVBQU0sWUFBNEIsQ0FBQztBQUNuQyxRQUFJLFVBQXdIO0FBQzVILFVBQU0sUUFBUSxZQUFZO0FBQ3hCLFVBQUksQ0FBQyxXQUFXLFFBQVEsTUFBTSxXQUFXLEVBQUc7QUFDNUMsWUFBTSxTQUFTLEtBQUssUUFBUSxPQUFPLFFBQVEsU0FBUyxRQUFRLE1BQU0sS0FBSyxFQUFFLENBQUM7QUFDMUUsY0FBUSxRQUFRLENBQUM7QUFDakIsY0FBUSxRQUFRO0FBQ2hCLG1CQUFhLEVBQUUsT0FBTyxRQUFRLE9BQU8sTUFBTSxRQUFRLEtBQUssQ0FBQztBQUFBLElBQzNEO0FBQ0EsUUFBSSxRQUFRO0FBQ1oscUJBQWlCLFFBQVEsT0FBTztBQUM5QixVQUFJLE1BQU0sUUFBUSxJQUFJLEdBQUc7QUFDdkIsWUFBSSxDQUFDLFFBQVMsT0FBTSxJQUFJLGtCQUFrQixHQUFHLElBQUksdUNBQXVDLEVBQUUsS0FBSyxDQUFDO0FBQ2hHLGNBQU0sT0FBTyxRQUFRLElBQUk7QUFDekIsZ0JBQVEsS0FBSyxPQUFPLElBQUk7QUFDeEIsZ0JBQVEsTUFBTSxLQUFLLElBQUk7QUFDdkIsZ0JBQVEsU0FBUyxLQUFLO0FBQ3RCLGdCQUFRO0FBQ1IsWUFBSSxRQUFRLFNBQVMsaUJBQWtCLE9BQU0sTUFBTTtBQUFBLE1BQ3JELFdBQVcsS0FBSyxPQUFPO0FBQ3JCLFlBQUksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLEVBQUcsT0FBTSxJQUFJLGNBQWMsK0NBQStDLEtBQUssS0FBSyxHQUFHO0FBQ3RILGtCQUFVLEVBQUUsT0FBTyxLQUFLLE9BQU8sU0FBUyxLQUFLLFNBQVMsTUFBTSxPQUFPLFdBQVcsUUFBUSxHQUFHLE1BQU0sR0FBRyxPQUFPLENBQUMsR0FBRyxPQUFPLEVBQUU7QUFBQSxNQUN4SCxXQUFXLEtBQUssVUFBVTtBQUN4QixZQUFJLENBQUMsV0FBVyxRQUFRLFVBQVUsS0FBSyxTQUFVLE9BQU0sSUFBSSxrQkFBa0IsR0FBRyxJQUFJLDBCQUEwQixLQUFLLFFBQVEsS0FBSyxFQUFFLEtBQUssQ0FBQztBQUN4SSxjQUFNLE1BQU07QUFDWixjQUFNLFNBQVMsUUFBUSxLQUFLLE9BQU8sS0FBSztBQUN4QyxZQUFJLFFBQVEsU0FBUyxLQUFLLFFBQVEsV0FBVyxLQUFLLE9BQVEsT0FBTSxJQUFJLGtCQUFrQixHQUFHLElBQUksc0JBQXNCLFFBQVEsS0FBSyxpQ0FBaUMsRUFBRSxLQUFLLENBQUM7QUFDekssa0JBQVUsS0FBSyxFQUFFLE9BQU8sUUFBUSxPQUFPLE1BQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQztBQUNuRSxrQkFBVTtBQUFBLE1BQ1osV0FBVyxLQUFLLEtBQUs7QUFDbkIsZ0JBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUNBLFFBQUksQ0FBQyxNQUFPLE9BQU0sSUFBSSxrQkFBa0IsR0FBRyxJQUFJLHlEQUF5RCxFQUFFLEtBQUssQ0FBQztBQUVoSCxVQUFNLGVBQWUsR0FBRztBQUV4QixVQUFNLFNBQVMsTUFBTSxlQUFlLEtBQUssVUFBVSxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQztBQUN0RSxhQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sUUFBUSxLQUFLO0FBQ3RDLFlBQU0sSUFBSSxPQUFPLENBQUM7QUFDbEIsWUFBTSxJQUFJLFVBQVUsQ0FBQztBQUNyQixVQUFJLEVBQUUsU0FBUyxFQUFFLFFBQVEsRUFBRSxXQUFXLEVBQUUsT0FBUSxPQUFNLElBQUksY0FBYyxTQUFTLEVBQUUsS0FBSyw2QkFBNkIsRUFBRSxJQUFJLG9CQUFvQixFQUFFLElBQUksd0NBQXdDO0FBQUEsSUFDL0w7QUFDQSxXQUFPLEVBQUUsZ0JBQWdCLFVBQVUsUUFBUSxVQUFVO0FBQUEsRUFDdkQsQ0FBQztBQUNIO0FBR0EsZUFBZSxlQUFlLEtBQXFDO0FBQ2pFLFFBQU0sT0FBTyxNQUFNO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSw4RkFLeUUsUUFBUSxHQUFHO0FBQ3ZHLGFBQVcsS0FBSyxLQUFLLE1BQU07QUFDekIsVUFBTSxJQUFJO0FBQUEsTUFDUixrQkFBa0IsRUFBRSxJQUFJLFFBQVEsTUFBTSxJQUFJLENBQUMsMkJBQTJCLFdBQVcsRUFBRSxHQUFHLENBQUMsaUJBQWlCLFdBQVcsRUFBRSxHQUFHLENBQUMsc0JBQXNCLFdBQVcsRUFBRSxHQUFHLENBQUMsNkJBQTZCLFdBQVcsRUFBRSxHQUFHLENBQUM7QUFBQSxJQUNoTixFQUFFLFFBQVEsR0FBRztBQUFBLEVBQ2Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
