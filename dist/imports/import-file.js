import { recordImportCompleted } from "./records.js";
import { systemClock } from "../calendar/clock.js";
import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { sql } from "kysely";
import { appendAudit } from "../access/audit.js";
import { CopyPipeline, csvLine } from "../db/statements.js";
import { neutraliseValue } from "../formats/spreadsheet-cells.js";
import { breathe } from "../db/breather.js";
import { KINDS, mapHeader, RowEncoder, trimmed } from "./kinds.js";
import { ByteCounter, formatOf, openSource, sha256File } from "./read.js";
import { checkStaged, createStaging, dropProblemRows, mergeStaged, namesPerson, personIds } from "./merge.js";
import { CsvSyntaxError } from "./csv.js";
import { assertMayImport } from "./permissions.js";
import { ALERTING_KINDS, alertsFromImport } from "../alerts/generate.js";
import { partnershipToday } from "../partnerships/service.js";
function errorMessage(file, row, field, reason) {
  return reason.startsWith("is ") ? `${file} row ${row}, ${field} ${reason}` : `${file} row ${row}, ${field}: ${reason}`;
}
function defaultErrorPath(input) {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.errors.csv`);
}
class Rejected extends Error {
}
class ChunkWriter {
  buf;
  used = 0;
  constructor(size) {
    this.buf = Buffer.allocUnsafeSlow(size);
  }
  /** Whether a line and its line end surely fit (a UTF-16 unit is at most 3 bytes of UTF-8). */
  fits(line) {
    return this.used === 0 || this.used + line.length * 3 + 1 <= this.buf.length;
  }
  add(line) {
    if (this.used + line.length * 3 + 1 > this.buf.length) this.buf = Buffer.concat([this.buf.subarray(0, this.used)], this.used + line.length * 3 + 1);
    this.used += this.buf.write(line, this.used, "utf8");
    this.buf[this.used++] = 10;
  }
  /** The chunk's bytes in a buffer of their own (the next chunk reuses this one), or null when empty. */
  take() {
    if (this.used === 0) return null;
    const bytes = new Uint8Array(this.used);
    bytes.set(this.buf.subarray(0, this.used));
    this.used = 0;
    return bytes;
  }
}
const IMPORT_LOCK = 730010;
const runningHere = /* @__PURE__ */ new Set();
const INTERRUPTED = "interrupted: the process running this import stopped before it finished, so nothing was stored";
async function markInterruptedImports(db, partnershipId) {
  const mine = [...runningHere];
  return db.transaction().execute(async (trx) => {
    const r = await sql`UPDATE imports SET status = 'failed', finished_at = now(), message = ${INTERRUPTED}
      WHERE partnership_id = ${partnershipId} AND status = 'running' AND started_at < now() - interval '1 second'
        ${mine.length ? sql`AND id NOT IN (${sql.join(mine)})` : sql``}
        AND pg_try_advisory_xact_lock(${IMPORT_LOCK}, id)`.execute(trx);
    return Number(r.numAffectedRows ?? 0);
  });
}
class Problems {
  constructor(file, max, errorPath) {
    this.file = file;
    this.max = max;
    this.errorPath = errorPath;
    if (errorPath) {
      this.out = fs.createWriteStream(errorPath);
      this.out.write(csvLine(["file", "row", "field", "value", "reason"]));
    }
  }
  file;
  max;
  errorPath;
  count = 0;
  kept = [];
  rejectedRows = /* @__PURE__ */ new Set();
  sqlRejected = 0;
  out = null;
  async add(row, field, value, reason) {
    this.count++;
    if (this.kept.length < this.max) {
      this.kept.push({ file: this.file, row, field, value, reason, message: errorMessage(this.file, row, field, reason) });
    }
    if (this.out && !this.out.write(csvLine([this.file, row, field, value, reason].map(neutraliseValue)))) await once(this.out, "drain");
  }
  addSqlRejected(n) {
    this.sqlRejected += n;
  }
  get rejected() {
    return this.rejectedRows.size + this.sqlRejected;
  }
  sorted() {
    return [...this.kept].sort((a, b) => a.row - b.row);
  }
  async close(keep) {
    if (!this.out) return;
    const out = this.out;
    this.out = null;
    await new Promise((resolve) => out.end(resolve));
    if (!keep && this.errorPath) fs.rmSync(this.errorPath, { force: true });
  }
}
async function readProblems(trx, problems) {
  let after = { row: -1, field: "", reason: "" };
  for (; ; ) {
    const page = await sql`
      SELECT row_no, field, value, reason FROM import_problems
      WHERE (row_no, field, reason) > (${after.row}, ${after.field}, ${after.reason})
      ORDER BY row_no, field, reason LIMIT 5000`.execute(trx);
    if (page.rows.length === 0) break;
    for (const p of page.rows) await problems.add(p.row_no, p.field, p.value ?? "", p.reason);
    const last = page.rows[page.rows.length - 1];
    after = { row: last.row_no, field: last.field, reason: last.reason };
  }
  const n = await sql`SELECT count(DISTINCT row_no)::int AS n FROM import_problems`.execute(trx);
  problems.addSqlRejected(n.rows[0]?.n ?? 0);
}
async function importFile(db, actor, opts, clock = systemClock) {
  assertMayImport(actor, opts.kind);
  const spec = KINDS[opts.kind];
  const mode = opts.mode ?? "all_or_nothing";
  const fileName = opts.fileName ?? path.basename(opts.path);
  const totalBytes = fs.statSync(opts.path).size;
  const sha256 = await sha256File(opts.path);
  const chunkBytes = opts.chunkBytes ?? 4 * 1024 * 1024;
  const progress = opts.onProgress ?? (() => void 0);
  await markInterruptedImports(db, actor.partnershipId);
  const record = await db.insertInto("imports").values({ partnership_id: actor.partnershipId, user_id: actor.userId, kind: opts.kind, file_name: fileName, sha256, status: "running", mode }).returning("id").executeTakeFirstOrThrow();
  const importId = record.id;
  runningHere.add(importId);
  opts.onStart?.(importId);
  const errorPath = mode === "partial" ? opts.errorPath ?? defaultErrorPath(opts.path) : null;
  const problems = new Problems(fileName, opts.maxErrors ?? 100, errorPath);
  const result = {
    importId,
    kind: opts.kind,
    fileName,
    sha256,
    mode,
    status: "failed",
    rowsRead: 0,
    rowsAdded: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    rowsRejected: 0,
    errors: [],
    errorCount: 0,
    errorFile: null,
    ignoredColumns: [],
    message: null
  };
  try {
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK}, ${importId})`.execute(trx);
      const columns = await createStaging(trx, spec);
      const counter = new ByteCounter();
      const input = fs.createReadStream(opts.path, { highWaterMark: 1024 * 1024 }).pipe(counter);
      const source = await openSource(input, formatOf(opts.path), { path: opts.path, fileName, limits: opts.limits });
      if (source.header.length === 0) {
        await problems.add(1, "(file)", "", "is empty: there is no header row");
        throw new Rejected(`${fileName} is empty: there is no header row.`);
      }
      const header = mapHeader(spec, source.header);
      result.ignoredColumns = header.ignored;
      if (header.missing.length) {
        for (const m of header.missing) await problems.add(source.headerRowNo, m, "", `is a required column, but the header row has no ${m} column`);
        throw new Rejected(`${fileName} has no ${header.missing.join(", ")} column${header.missing.length > 1 ? "s" : ""}.`);
      }
      const encoder = new RowEncoder(spec, header);
      const ids = namesPerson(spec) ? await personIds(trx, actor.partnershipId) : null;
      const refColumn = header.index[spec.fields.findIndex((f) => f.name === "person_ref")] ?? -1;
      const chunk = new ChunkWriter(chunkBytes);
      let lastReport = 0;
      const copies = new CopyPipeline(trx, "import_rows", columns);
      const flush = async () => {
        const bytes = chunk.take();
        if (bytes !== null) await copies.send(bytes);
      };
      try {
        for await (const batch of source.batches) {
          if (copies.busy) await breathe();
          for (const row of batch) {
            result.rowsRead++;
            const personId = ids ? ids.get(refColumn >= 0 ? trimmed(row.cells[refColumn] ?? "") : "") ?? "" : void 0;
            const line = encoder.encode(row.rowNo, row.cells, void 0, personId);
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
                progress({ phase: "reading", rowsRead: result.rowsRead, bytesRead: counter.bytes, totalBytes });
              }
            }
          }
        }
        await flush();
        await copies.settle();
      } finally {
        await copies.settle().catch(() => void 0);
      }
      progress({ phase: "checking", rowsRead: result.rowsRead, bytesRead: totalBytes, totalBytes });
      const codes = await sql`SELECT EXISTS (SELECT 1 FROM offence_codes) AS loaded`.execute(trx);
      const ctx = { partnershipId: actor.partnershipId, importId, offenceCodesLoaded: Boolean(codes.rows[0]?.loaded), userId: actor.userId };
      await checkStaged(trx, opts.kind, ctx);
      await readProblems(trx, problems);
      if (problems.count > 0 && mode === "all_or_nothing") {
        throw new Rejected(
          `${problems.rejected} of ${result.rowsRead} rows of ${fileName} have problems, so nothing was stored. Correct them, or import with --partial to store the good rows.`
        );
      }
      if (problems.count > 0) await dropProblemRows(trx);
      progress({ phase: "storing", rowsRead: result.rowsRead, bytesRead: totalBytes, totalBytes });
      const counts = await mergeStaged(trx, opts.kind, ctx);
      result.rowsAdded = counts.added;
      result.rowsUpdated = counts.updated;
      result.rowsUnchanged = counts.unchanged;
      if (ALERTING_KINDS.includes(opts.kind)) {
        await alertsFromImport(trx, { partnershipId: actor.partnershipId, importId, kind: opts.kind, raisedOn: await partnershipToday(trx, actor.partnershipId, clock) });
      }
      result.rowsRejected = problems.rejected;
      result.status = "completed";
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
          message: problems.count ? `${problems.count} problems in ${result.rowsRejected} rows; those rows were not stored` : null
        },
        clock
      );
      await appendAudit(trx, actor, {
        action: "collection",
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
          rejected: result.rowsRejected
        }
      });
      const r = counts.restrictions;
      if (r && (r.restricted.length || r.lifted.length)) {
        await appendAudit(trx, actor, {
          action: "alteration",
          what: `restrictions set by import ${importId}`,
          personIds: [...r.restricted, ...r.lifted],
          details: { importId, restrictedPersonIds: r.restricted, liftedPersonIds: r.lifted, namedUserId: r.restricted.length ? actor.userId : null }
        });
      }
    });
  } catch (e) {
    runningHere.delete(importId);
    const expected = e instanceof Rejected;
    result.status = "failed";
    result.message = expected ? e.message : `The import failed and nothing was stored: ${e instanceof Error ? e.message : String(e)}`;
    result.rowsRejected = problems.rejected;
    await problems.close(false);
    result.errors = problems.sorted();
    result.errorCount = problems.count;
    await db.updateTable("imports").set({
      status: "failed",
      finished_at: clock.now(),
      rows_read: result.rowsRead,
      rows_rejected: result.rowsRejected,
      message: result.message
    }).where("id", "=", importId).where("partnership_id", "=", actor.partnershipId).execute();
    if (!expected) throw e instanceof CsvSyntaxError ? e.inFile(fileName) : e;
    return result;
  }
  runningHere.delete(importId);
  await problems.close(problems.count > 0);
  result.errors = problems.sorted();
  result.errorCount = problems.count;
  result.errorFile = problems.count > 0 ? errorPath : null;
  progress({ phase: "done", rowsRead: result.rowsRead, bytesRead: totalBytes, totalBytes });
  return result;
}
export {
  INTERRUPTED,
  defaultErrorPath,
  errorMessage,
  importFile,
  markInterruptedImports
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2ltcG9ydHMvaW1wb3J0LWZpbGUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIEltcG9ydHMgYSBwYXJ0bmVyIGV4dHJhY3QgKFNQRUMgMy4xLCBmb3JtYXRzIG9mIFNQRUMgNSkgaW4gb25lIHRyYW5zYWN0aW9uOlxuLy8gc3RyZWFtIGFuZCB2YWxpZGF0ZSB0aGUgcm93cywgQ09QWSB0aGUgZ29vZCBvbmVzIGludG8gYSBzdGFnaW5nIHRhYmxlIGluXG4vLyBjaHVua3MsIGxldCB0aGUgZGF0YWJhc2UgZmluZCB3aGF0IG9ubHkgaXQgY2FuIHNlZSwgdGhlbiBtZXJnZSBieSBuYXR1cmFsXG4vLyBrZXkuIEFsbC1vci1ub3RoaW5nIGJ5IGRlZmF1bHQ7IGEgcGFydGlhbCBpbXBvcnQgc3RvcmVzIHRoZSBnb29kIHJvd3MgYW5kXG4vLyB3cml0ZXMgYW4gZXJyb3IgQ1NWIGJlc2lkZSB0aGUgaW5wdXQuIE5vdGhpbmcgaXMgaGVsZCB3aG9sZSBpbiBtZW1vcnkuXG5pbXBvcnQgeyByZWNvcmRJbXBvcnRDb21wbGV0ZWQsIHR5cGUgSW1wb3J0RXJyb3IgfSBmcm9tICcuL3JlY29yZHMuanMnO1xuaW1wb3J0IHsgc3lzdGVtQ2xvY2ssIHR5cGUgQ2xvY2sgfSBmcm9tICcuLi9jYWxlbmRhci9jbG9jay5qcyc7XG5pbXBvcnQgZnMgZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgb25jZSB9IGZyb20gJ25vZGU6ZXZlbnRzJztcbmltcG9ydCB7IHNxbCwgdHlwZSBLeXNlbHksIHR5cGUgVHJhbnNhY3Rpb24gfSBmcm9tICdreXNlbHknO1xuaW1wb3J0IHR5cGUgeyBEQiB9IGZyb20gJy4uL2RiL3NjaGVtYS5qcyc7XG5pbXBvcnQgdHlwZSB7IEFjdG9yIH0gZnJvbSAnLi4vYWNjZXNzL2FjdG9yLmpzJztcbmltcG9ydCB7IGFwcGVuZEF1ZGl0IH0gZnJvbSAnLi4vYWNjZXNzL2F1ZGl0LmpzJztcbmltcG9ydCB7IENvcHlQaXBlbGluZSwgY3N2TGluZSB9IGZyb20gJy4uL2RiL3N0YXRlbWVudHMuanMnO1xuaW1wb3J0IHsgbmV1dHJhbGlzZVZhbHVlIH0gZnJvbSAnLi4vZm9ybWF0cy9zcHJlYWRzaGVldC1jZWxscy5qcyc7XG5pbXBvcnQgeyBicmVhdGhlIH0gZnJvbSAnLi4vZGIvYnJlYXRoZXIuanMnO1xuaW1wb3J0IHsgS0lORFMsIG1hcEhlYWRlciwgUm93RW5jb2RlciwgdHJpbW1lZCB9IGZyb20gJy4va2luZHMuanMnO1xuaW1wb3J0IHsgdHlwZSBJbXBvcnRLaW5kIH0gZnJvbSAnLi9raW5kLW5hbWVzLmpzJztcbmltcG9ydCB7IEJ5dGVDb3VudGVyLCBmb3JtYXRPZiwgb3BlblNvdXJjZSwgc2hhMjU2RmlsZSwgdHlwZSBGaWxlTGltaXRzIH0gZnJvbSAnLi9yZWFkLmpzJztcbmltcG9ydCB7IGNoZWNrU3RhZ2VkLCBjcmVhdGVTdGFnaW5nLCBkcm9wUHJvYmxlbVJvd3MsIG1lcmdlU3RhZ2VkLCBuYW1lc1BlcnNvbiwgcGVyc29uSWRzIH0gZnJvbSAnLi9tZXJnZS5qcyc7XG5pbXBvcnQgeyBDc3ZTeW50YXhFcnJvciB9IGZyb20gJy4vY3N2LmpzJztcbmltcG9ydCB7IGFzc2VydE1heUltcG9ydCB9IGZyb20gJy4vcGVybWlzc2lvbnMuanMnO1xuaW1wb3J0IHsgQUxFUlRJTkdfS0lORFMsIGFsZXJ0c0Zyb21JbXBvcnQgfSBmcm9tICcuLi9hbGVydHMvZ2VuZXJhdGUuanMnO1xuaW1wb3J0IHsgcGFydG5lcnNoaXBUb2RheSB9IGZyb20gJy4uL3BhcnRuZXJzaGlwcy9zZXJ2aWNlLmpzJztcblxuZXhwb3J0IHR5cGUgSW1wb3J0TW9kZSA9ICdhbGxfb3Jfbm90aGluZycgfCAncGFydGlhbCc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgSW1wb3J0UHJvZ3Jlc3Mge1xuICBwaGFzZTogJ3JlYWRpbmcnIHwgJ2NoZWNraW5nJyB8ICdzdG9yaW5nJyB8ICdkb25lJztcbiAgcm93c1JlYWQ6IG51bWJlcjtcbiAgYnl0ZXNSZWFkOiBudW1iZXI7XG4gIHRvdGFsQnl0ZXM6IG51bWJlcjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBJbXBvcnRPcHRpb25zIHtcbiAga2luZDogSW1wb3J0S2luZDtcbiAgcGF0aDogc3RyaW5nO1xuICAvKiogVGhlIG5hbWUgcmVjb3JkZWQgYW5kIHVzZWQgaW4gbWVzc2FnZXMgKGRlZmF1bHQ6IHRoZSBmaWxlJ3Mgb3duIG5hbWUpLiAqL1xuICBmaWxlTmFtZT86IHN0cmluZztcbiAgbW9kZT86IEltcG9ydE1vZGU7XG4gIG9uUHJvZ3Jlc3M/OiAocDogSW1wb3J0UHJvZ3Jlc3MpID0+IHZvaWQ7XG4gIC8qKiBDYWxsZWQgb25jZSB0aGUgaW1wb3J0J3MgcmVjb3JkIGV4aXN0cywgYmVmb3JlIGl0cyB0cmFuc2FjdGlvbiBzdGFydHMgKHRoZSB3ZWIgcGFnZSBuZWVkcyB0aGUgaWQgdG8gc2hvdyBwcm9ncmVzcykuICovXG4gIG9uU3RhcnQ/OiAoaW1wb3J0SWQ6IG51bWJlcikgPT4gdm9pZDtcbiAgLyoqIFdoZXJlIGEgcGFydGlhbCBpbXBvcnQgd3JpdGVzIGl0cyBlcnJvciBDU1YgKGRlZmF1bHQ6IE5BTUUuZXJyb3JzLmNzdiBiZXNpZGUgdGhlIGlucHV0KS4gKi9cbiAgZXJyb3JQYXRoPzogc3RyaW5nO1xuICAvKiogSG93IG1hbnkgZXJyb3IgbWVzc2FnZXMgdGhlIHJlc3VsdCBrZWVwcyAoYWxsIGFyZSBjb3VudGVkLCBhbmQgYWxsIGdvIHRvIHRoZSBlcnJvciBmaWxlKS4gKi9cbiAgbWF4RXJyb3JzPzogbnVtYmVyO1xuICAvKiogQnl0ZXMgb2YgQ1NWIHRleHQgcGVyIENPUFkgaW50byB0aGUgc3RhZ2luZyB0YWJsZS4gKi9cbiAgY2h1bmtCeXRlcz86IG51bWJlcjtcbiAgLyoqIENhcHMgb24gYSBDU1Ygcm93J3MgbGVuZ3RoIGFuZCBhbiBYTFNYIGZpbGUncyB1bnppcHBlZCBzaXplIChkZWZhdWx0OiBERUZBVUxUX0ZJTEVfTElNSVRTKS4gKi9cbiAgbGltaXRzPzogRmlsZUxpbWl0cztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBJbXBvcnRSZXN1bHQge1xuICBpbXBvcnRJZDogbnVtYmVyO1xuICBraW5kOiBJbXBvcnRLaW5kO1xuICBmaWxlTmFtZTogc3RyaW5nO1xuICBzaGEyNTY6IHN0cmluZztcbiAgbW9kZTogSW1wb3J0TW9kZTtcbiAgc3RhdHVzOiAnY29tcGxldGVkJyB8ICdmYWlsZWQnO1xuICByb3dzUmVhZDogbnVtYmVyO1xuICByb3dzQWRkZWQ6IG51bWJlcjtcbiAgcm93c1VwZGF0ZWQ6IG51bWJlcjtcbiAgcm93c1VuY2hhbmdlZDogbnVtYmVyO1xuICByb3dzUmVqZWN0ZWQ6IG51bWJlcjtcbiAgLyoqIFRoZSBmaXJzdCBtYXhFcnJvcnMgcHJvYmxlbXMsIGluIHJvdyBvcmRlci4gKi9cbiAgZXJyb3JzOiBJbXBvcnRFcnJvcltdO1xuICAvKiogRXZlcnkgcHJvYmxlbSBmb3VuZCAoYSByb3cgbWF5IGhhdmUgc2V2ZXJhbCkuICovXG4gIGVycm9yQ291bnQ6IG51bWJlcjtcbiAgLyoqIFRoZSBlcnJvciBDU1YgYSBwYXJ0aWFsIGltcG9ydCB3cm90ZSwgb3IgbnVsbC4gKi9cbiAgZXJyb3JGaWxlOiBzdHJpbmcgfCBudWxsO1xuICAvKiogQ29sdW1ucyBvZiB0aGUgZmlsZSB0aGF0IHRoaXMga2luZCBkb2VzIG5vdCB1c2UuICovXG4gIGlnbm9yZWRDb2x1bW5zOiBzdHJpbmdbXTtcbiAgLyoqIFdoeSBhIGZhaWxlZCBpbXBvcnQgZmFpbGVkLCBpbiB3b3Jkcy4gKi9cbiAgbWVzc2FnZTogc3RyaW5nIHwgbnVsbDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGVycm9yTWVzc2FnZShmaWxlOiBzdHJpbmcsIHJvdzogbnVtYmVyLCBmaWVsZDogc3RyaW5nLCByZWFzb246IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiByZWFzb24uc3RhcnRzV2l0aCgnaXMgJykgPyBgJHtmaWxlfSByb3cgJHtyb3d9LCAke2ZpZWxkfSAke3JlYXNvbn1gIDogYCR7ZmlsZX0gcm93ICR7cm93fSwgJHtmaWVsZH06ICR7cmVhc29ufWA7XG59XG5cbi8qKiBUaGUgZXJyb3IgQ1NWIGJlc2lkZSB0aGUgaW5wdXQ6IG91dGNvbWVzLmNzdiBcdTIxOTIgb3V0Y29tZXMuZXJyb3JzLmNzdi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWZhdWx0RXJyb3JQYXRoKGlucHV0OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBleHQgPSBwYXRoLmV4dG5hbWUoaW5wdXQpO1xuICByZXR1cm4gcGF0aC5qb2luKHBhdGguZGlybmFtZShpbnB1dCksIGAke3BhdGguYmFzZW5hbWUoaW5wdXQsIGV4dCl9LmVycm9ycy5jc3ZgKTtcbn1cblxuY2xhc3MgUmVqZWN0ZWQgZXh0ZW5kcyBFcnJvciB7fVxuXG4vKipcbiAqIE9uZSBjaHVuayBvZiBDT1BZIHRleHQgYmVpbmcgZmlsbGVkLCBhcyBVVEYtOCBieXRlczogZWFjaCBsaW5lIGlzIHdyaXR0ZW5cbiAqIGludG8gb25lIGJ1ZmZlciBhcyBpdCBpcyBtYWRlLCBzbyBpdCBpcyBnYXJiYWdlIGF0IG9uY2UsIGluc3RlYWQgb2ZcbiAqIHRob3VzYW5kcyBvZiBsaW5lcyBsaXZpbmcgdW50aWwgdGhlIGNodW5rIGlzIGpvaW5lZCAod2hpY2ggY29zdCB0aGVcbiAqIGNvbGxlY3RvciBhcyBtdWNoIGFzIGNoZWNraW5nIHRoZSByb3dzKS5cbiAqL1xuY2xhc3MgQ2h1bmtXcml0ZXIge1xuICBwcml2YXRlIGJ1ZjogQnVmZmVyO1xuICBwcml2YXRlIHVzZWQgPSAwO1xuXG4gIGNvbnN0cnVjdG9yKHNpemU6IG51bWJlcikge1xuICAgIHRoaXMuYnVmID0gQnVmZmVyLmFsbG9jVW5zYWZlU2xvdyhzaXplKTtcbiAgfVxuXG4gIC8qKiBXaGV0aGVyIGEgbGluZSBhbmQgaXRzIGxpbmUgZW5kIHN1cmVseSBmaXQgKGEgVVRGLTE2IHVuaXQgaXMgYXQgbW9zdCAzIGJ5dGVzIG9mIFVURi04KS4gKi9cbiAgZml0cyhsaW5lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy51c2VkID09PSAwIHx8IHRoaXMudXNlZCArIGxpbmUubGVuZ3RoICogMyArIDEgPD0gdGhpcy5idWYubGVuZ3RoO1xuICB9XG5cbiAgYWRkKGxpbmU6IHN0cmluZyk6IHZvaWQge1xuICAgIGlmICh0aGlzLnVzZWQgKyBsaW5lLmxlbmd0aCAqIDMgKyAxID4gdGhpcy5idWYubGVuZ3RoKSB0aGlzLmJ1ZiA9IEJ1ZmZlci5jb25jYXQoW3RoaXMuYnVmLnN1YmFycmF5KDAsIHRoaXMudXNlZCldLCB0aGlzLnVzZWQgKyBsaW5lLmxlbmd0aCAqIDMgKyAxKTtcbiAgICB0aGlzLnVzZWQgKz0gdGhpcy5idWYud3JpdGUobGluZSwgdGhpcy51c2VkLCAndXRmOCcpO1xuICAgIHRoaXMuYnVmW3RoaXMudXNlZCsrXSA9IDEwO1xuICB9XG5cbiAgLyoqIFRoZSBjaHVuaydzIGJ5dGVzIGluIGEgYnVmZmVyIG9mIHRoZWlyIG93biAodGhlIG5leHQgY2h1bmsgcmV1c2VzIHRoaXMgb25lKSwgb3IgbnVsbCB3aGVuIGVtcHR5LiAqL1xuICB0YWtlKCk6IFVpbnQ4QXJyYXkgfCBudWxsIHtcbiAgICBpZiAodGhpcy51c2VkID09PSAwKSByZXR1cm4gbnVsbDtcbiAgICBjb25zdCBieXRlcyA9IG5ldyBVaW50OEFycmF5KHRoaXMudXNlZCk7XG4gICAgYnl0ZXMuc2V0KHRoaXMuYnVmLnN1YmFycmF5KDAsIHRoaXMudXNlZCkpO1xuICAgIHRoaXMudXNlZCA9IDA7XG4gICAgcmV0dXJuIGJ5dGVzO1xuICB9XG59XG5cbi8qKiBBZHZpc29yeSBsb2NrIGNsYXNzIGZvciBydW5uaW5nIGltcG9ydHM6IGEgcnVubmluZyBpbXBvcnQgaG9sZHMgKElNUE9SVF9MT0NLLCBpdHMgaWQpIGluIGl0cyB0cmFuc2FjdGlvbi4gKi9cbmNvbnN0IElNUE9SVF9MT0NLID0gNzMwXzAxMDtcbi8qKiBJbXBvcnRzIHRoaXMgcHJvY2VzcyBpcyBydW5uaW5nIG5vdy4gKi9cbmNvbnN0IHJ1bm5pbmdIZXJlID0gbmV3IFNldDxudW1iZXI+KCk7XG5leHBvcnQgY29uc3QgSU5URVJSVVBURUQgPSAnaW50ZXJydXB0ZWQ6IHRoZSBwcm9jZXNzIHJ1bm5pbmcgdGhpcyBpbXBvcnQgc3RvcHBlZCBiZWZvcmUgaXQgZmluaXNoZWQsIHNvIG5vdGhpbmcgd2FzIHN0b3JlZCc7XG5cbi8qKlxuICogTWFya3MgYXMgZmFpbGVkIHRoZSBwYXJ0bmVyc2hpcCdzIGltcG9ydHMgbGVmdCAncnVubmluZycgYnkgYSBwcm9jZXNzIHRoYXRcbiAqIHdhcyBraWxsZWQ6IG5vdCBydW5uaW5nIGluIHRoaXMgcHJvY2VzcywgYW5kIG5vIHNlc3Npb24gaG9sZHMgdGhlaXIgbG9ja1xuICogKHRoZSBkZWFkIHByb2Nlc3MncyB0cmFuc2FjdGlvbiB3ZW50IHdpdGggaXQpLiBUaGUgc2Vjb25kIG9mIGdyYWNlIGNvdmVyc1xuICogYW5vdGhlciBwcm9jZXNzIGJldHdlZW4gd3JpdGluZyBpdHMgcmVjb3JkIGFuZCB0YWtpbmcgaXRzIGxvY2suXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBtYXJrSW50ZXJydXB0ZWRJbXBvcnRzKGRiOiBLeXNlbHk8REI+LCBwYXJ0bmVyc2hpcElkOiBudW1iZXIpOiBQcm9taXNlPG51bWJlcj4ge1xuICBjb25zdCBtaW5lID0gWy4uLnJ1bm5pbmdIZXJlXTtcbiAgcmV0dXJuIGRiLnRyYW5zYWN0aW9uKCkuZXhlY3V0ZShhc3luYyAodHJ4KSA9PiB7XG4gICAgY29uc3QgciA9IGF3YWl0IHNxbGBVUERBVEUgaW1wb3J0cyBTRVQgc3RhdHVzID0gJ2ZhaWxlZCcsIGZpbmlzaGVkX2F0ID0gbm93KCksIG1lc3NhZ2UgPSAke0lOVEVSUlVQVEVEfVxuICAgICAgV0hFUkUgcGFydG5lcnNoaXBfaWQgPSAke3BhcnRuZXJzaGlwSWR9IEFORCBzdGF0dXMgPSAncnVubmluZycgQU5EIHN0YXJ0ZWRfYXQgPCBub3coKSAtIGludGVydmFsICcxIHNlY29uZCdcbiAgICAgICAgJHttaW5lLmxlbmd0aCA/IHNxbGBBTkQgaWQgTk9UIElOICgke3NxbC5qb2luKG1pbmUpfSlgIDogc3FsYGB9XG4gICAgICAgIEFORCBwZ190cnlfYWR2aXNvcnlfeGFjdF9sb2NrKCR7SU1QT1JUX0xPQ0t9LCBpZClgLmV4ZWN1dGUodHJ4KTtcbiAgICByZXR1cm4gTnVtYmVyKHIubnVtQWZmZWN0ZWRSb3dzID8/IDApO1xuICB9KTtcbn1cblxuLyoqIENvbGxlY3RzIHByb2JsZW1zOiBjb3VudHMgYWxsLCBrZWVwcyB0aGUgZmlyc3QgZmV3LCBzdHJlYW1zIGFsbCB0byB0aGUgZXJyb3IgQ1NWLiAqL1xuY2xhc3MgUHJvYmxlbXMge1xuICBjb3VudCA9IDA7XG4gIGtlcHQ6IEltcG9ydEVycm9yW10gPSBbXTtcbiAgcmVqZWN0ZWRSb3dzID0gbmV3IFNldDxudW1iZXI+KCk7XG4gIHByaXZhdGUgc3FsUmVqZWN0ZWQgPSAwO1xuICBwcml2YXRlIG91dDogZnMuV3JpdGVTdHJlYW0gfCBudWxsID0gbnVsbDtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGZpbGU6IHN0cmluZyxcbiAgICBwcml2YXRlIHJlYWRvbmx5IG1heDogbnVtYmVyLFxuICAgIHJlYWRvbmx5IGVycm9yUGF0aDogc3RyaW5nIHwgbnVsbCxcbiAgKSB7XG4gICAgaWYgKGVycm9yUGF0aCkge1xuICAgICAgdGhpcy5vdXQgPSBmcy5jcmVhdGVXcml0ZVN0cmVhbShlcnJvclBhdGgpO1xuICAgICAgdGhpcy5vdXQud3JpdGUoY3N2TGluZShbJ2ZpbGUnLCAncm93JywgJ2ZpZWxkJywgJ3ZhbHVlJywgJ3JlYXNvbiddKSk7XG4gICAgfVxuICB9XG5cbiAgYXN5bmMgYWRkKHJvdzogbnVtYmVyLCBmaWVsZDogc3RyaW5nLCB2YWx1ZTogc3RyaW5nLCByZWFzb246IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMuY291bnQrKztcbiAgICBpZiAodGhpcy5rZXB0Lmxlbmd0aCA8IHRoaXMubWF4KSB7XG4gICAgICB0aGlzLmtlcHQucHVzaCh7IGZpbGU6IHRoaXMuZmlsZSwgcm93LCBmaWVsZCwgdmFsdWUsIHJlYXNvbiwgbWVzc2FnZTogZXJyb3JNZXNzYWdlKHRoaXMuZmlsZSwgcm93LCBmaWVsZCwgcmVhc29uKSB9KTtcbiAgICB9XG4gICAgLy8gVGhlIHZhbHVlIGlzIHRoZSBwYXJ0bmVyJ3MgdGV4dDogbmV1dHJhbGlzZWQsIGFzIGluIGV2ZXJ5IGZpbGUgYSBzcHJlYWRzaGVldCBtYXkgb3Blbi5cbiAgICBpZiAodGhpcy5vdXQgJiYgIXRoaXMub3V0LndyaXRlKGNzdkxpbmUoW3RoaXMuZmlsZSwgcm93LCBmaWVsZCwgdmFsdWUsIHJlYXNvbl0ubWFwKG5ldXRyYWxpc2VWYWx1ZSkpKSkgYXdhaXQgb25jZSh0aGlzLm91dCwgJ2RyYWluJyk7XG4gIH1cblxuICBhZGRTcWxSZWplY3RlZChuOiBudW1iZXIpOiB2b2lkIHtcbiAgICB0aGlzLnNxbFJlamVjdGVkICs9IG47XG4gIH1cblxuICBnZXQgcmVqZWN0ZWQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5yZWplY3RlZFJvd3Muc2l6ZSArIHRoaXMuc3FsUmVqZWN0ZWQ7XG4gIH1cblxuICBzb3J0ZWQoKTogSW1wb3J0RXJyb3JbXSB7XG4gICAgcmV0dXJuIFsuLi50aGlzLmtlcHRdLnNvcnQoKGEsIGIpID0+IGEucm93IC0gYi5yb3cpO1xuICB9XG5cbiAgYXN5bmMgY2xvc2Uoa2VlcDogYm9vbGVhbik6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICghdGhpcy5vdXQpIHJldHVybjtcbiAgICBjb25zdCBvdXQgPSB0aGlzLm91dDtcbiAgICB0aGlzLm91dCA9IG51bGw7XG4gICAgYXdhaXQgbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUpID0+IG91dC5lbmQocmVzb2x2ZSkpO1xuICAgIGlmICgha2VlcCAmJiB0aGlzLmVycm9yUGF0aCkgZnMucm1TeW5jKHRoaXMuZXJyb3JQYXRoLCB7IGZvcmNlOiB0cnVlIH0pO1xuICB9XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHJlYWRQcm9ibGVtcyh0cng6IFRyYW5zYWN0aW9uPERCPiwgcHJvYmxlbXM6IFByb2JsZW1zKTogUHJvbWlzZTx2b2lkPiB7XG4gIGxldCBhZnRlciA9IHsgcm93OiAtMSwgZmllbGQ6ICcnLCByZWFzb246ICcnIH07XG4gIGZvciAoOzspIHtcbiAgICBjb25zdCBwYWdlID0gYXdhaXQgc3FsPHsgcm93X25vOiBudW1iZXI7IGZpZWxkOiBzdHJpbmc7IHZhbHVlOiBzdHJpbmcgfCBudWxsOyByZWFzb246IHN0cmluZyB9PmBcbiAgICAgIFNFTEVDVCByb3dfbm8sIGZpZWxkLCB2YWx1ZSwgcmVhc29uIEZST00gaW1wb3J0X3Byb2JsZW1zXG4gICAgICBXSEVSRSAocm93X25vLCBmaWVsZCwgcmVhc29uKSA+ICgke2FmdGVyLnJvd30sICR7YWZ0ZXIuZmllbGR9LCAke2FmdGVyLnJlYXNvbn0pXG4gICAgICBPUkRFUiBCWSByb3dfbm8sIGZpZWxkLCByZWFzb24gTElNSVQgNTAwMGAuZXhlY3V0ZSh0cngpO1xuICAgIGlmIChwYWdlLnJvd3MubGVuZ3RoID09PSAwKSBicmVhaztcbiAgICBmb3IgKGNvbnN0IHAgb2YgcGFnZS5yb3dzKSBhd2FpdCBwcm9ibGVtcy5hZGQocC5yb3dfbm8sIHAuZmllbGQsIHAudmFsdWUgPz8gJycsIHAucmVhc29uKTtcbiAgICBjb25zdCBsYXN0ID0gcGFnZS5yb3dzW3BhZ2Uucm93cy5sZW5ndGggLSAxXSE7XG4gICAgYWZ0ZXIgPSB7IHJvdzogbGFzdC5yb3dfbm8sIGZpZWxkOiBsYXN0LmZpZWxkLCByZWFzb246IGxhc3QucmVhc29uIH07XG4gIH1cbiAgY29uc3QgbiA9IGF3YWl0IHNxbDx7IG46IG51bWJlciB9PmBTRUxFQ1QgY291bnQoRElTVElOQ1Qgcm93X25vKTo6aW50IEFTIG4gRlJPTSBpbXBvcnRfcHJvYmxlbXNgLmV4ZWN1dGUodHJ4KTtcbiAgcHJvYmxlbXMuYWRkU3FsUmVqZWN0ZWQobi5yb3dzWzBdPy5uID8/IDApO1xufVxuXG4vKipcbiAqIEltcG9ydHMgb25lIGZpbGUgb2Ygb25lIGtpbmQgZm9yIHRoZSBhY3RvcidzIHBhcnRuZXJzaGlwLiBWYWxpZGF0aW9uXG4gKiBmYWlsdXJlcyBjb21lIGJhY2sgYXMgYSByZXN1bHQgd2l0aCBzdGF0dXMgJ2ZhaWxlZCcgKG5vdGhpbmcgc3RvcmVkKTtcbiAqIGFueXRoaW5nIHVuZXhwZWN0ZWQgaXMgcmVjb3JkZWQgYXMgYSBmYWlsZWQgaW1wb3J0IGFuZCB0aHJvd24uXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBpbXBvcnRGaWxlKGRiOiBLeXNlbHk8REI+LCBhY3RvcjogQWN0b3IsIG9wdHM6IEltcG9ydE9wdGlvbnMsIGNsb2NrOiBDbG9jayA9IHN5c3RlbUNsb2NrKTogUHJvbWlzZTxJbXBvcnRSZXN1bHQ+IHtcbiAgYXNzZXJ0TWF5SW1wb3J0KGFjdG9yLCBvcHRzLmtpbmQpO1xuICBjb25zdCBzcGVjID0gS0lORFNbb3B0cy5raW5kXTtcbiAgY29uc3QgbW9kZSA9IG9wdHMubW9kZSA/PyAnYWxsX29yX25vdGhpbmcnO1xuICBjb25zdCBmaWxlTmFtZSA9IG9wdHMuZmlsZU5hbWUgPz8gcGF0aC5iYXNlbmFtZShvcHRzLnBhdGgpO1xuICBjb25zdCB0b3RhbEJ5dGVzID0gZnMuc3RhdFN5bmMob3B0cy5wYXRoKS5zaXplO1xuICBjb25zdCBzaGEyNTYgPSBhd2FpdCBzaGEyNTZGaWxlKG9wdHMucGF0aCk7XG4gIGNvbnN0IGNodW5rQnl0ZXMgPSBvcHRzLmNodW5rQnl0ZXMgPz8gNCAqIDEwMjQgKiAxMDI0O1xuICBjb25zdCBwcm9ncmVzcyA9IG9wdHMub25Qcm9ncmVzcyA/PyAoKCkgPT4gdW5kZWZpbmVkKTtcblxuICBhd2FpdCBtYXJrSW50ZXJydXB0ZWRJbXBvcnRzKGRiLCBhY3Rvci5wYXJ0bmVyc2hpcElkKTtcbiAgY29uc3QgcmVjb3JkID0gYXdhaXQgZGJcbiAgICAuaW5zZXJ0SW50bygnaW1wb3J0cycpXG4gICAgLnZhbHVlcyh7IHBhcnRuZXJzaGlwX2lkOiBhY3Rvci5wYXJ0bmVyc2hpcElkLCB1c2VyX2lkOiBhY3Rvci51c2VySWQsIGtpbmQ6IG9wdHMua2luZCwgZmlsZV9uYW1lOiBmaWxlTmFtZSwgc2hhMjU2LCBzdGF0dXM6ICdydW5uaW5nJywgbW9kZSB9KVxuICAgIC5yZXR1cm5pbmcoJ2lkJylcbiAgICAuZXhlY3V0ZVRha2VGaXJzdE9yVGhyb3coKTtcbiAgY29uc3QgaW1wb3J0SWQgPSByZWNvcmQuaWQ7XG4gIHJ1bm5pbmdIZXJlLmFkZChpbXBvcnRJZCk7XG4gIG9wdHMub25TdGFydD8uKGltcG9ydElkKTtcblxuICBjb25zdCBlcnJvclBhdGggPSBtb2RlID09PSAncGFydGlhbCcgPyAob3B0cy5lcnJvclBhdGggPz8gZGVmYXVsdEVycm9yUGF0aChvcHRzLnBhdGgpKSA6IG51bGw7XG4gIGNvbnN0IHByb2JsZW1zID0gbmV3IFByb2JsZW1zKGZpbGVOYW1lLCBvcHRzLm1heEVycm9ycyA/PyAxMDAsIGVycm9yUGF0aCk7XG4gIGNvbnN0IHJlc3VsdDogSW1wb3J0UmVzdWx0ID0ge1xuICAgIGltcG9ydElkLFxuICAgIGtpbmQ6IG9wdHMua2luZCxcbiAgICBmaWxlTmFtZSxcbiAgICBzaGEyNTYsXG4gICAgbW9kZSxcbiAgICBzdGF0dXM6ICdmYWlsZWQnLFxuICAgIHJvd3NSZWFkOiAwLFxuICAgIHJvd3NBZGRlZDogMCxcbiAgICByb3dzVXBkYXRlZDogMCxcbiAgICByb3dzVW5jaGFuZ2VkOiAwLFxuICAgIHJvd3NSZWplY3RlZDogMCxcbiAgICBlcnJvcnM6IFtdLFxuICAgIGVycm9yQ291bnQ6IDAsXG4gICAgZXJyb3JGaWxlOiBudWxsLFxuICAgIGlnbm9yZWRDb2x1bW5zOiBbXSxcbiAgICBtZXNzYWdlOiBudWxsLFxuICB9O1xuXG4gIHRyeSB7XG4gICAgYXdhaXQgZGIudHJhbnNhY3Rpb24oKS5leGVjdXRlKGFzeW5jICh0cngpID0+IHtcbiAgICAgIGF3YWl0IHNxbGBTRUxFQ1QgcGdfYWR2aXNvcnlfeGFjdF9sb2NrKCR7SU1QT1JUX0xPQ0t9LCAke2ltcG9ydElkfSlgLmV4ZWN1dGUodHJ4KTtcbiAgICAgIGNvbnN0IGNvbHVtbnMgPSBhd2FpdCBjcmVhdGVTdGFnaW5nKHRyeCwgc3BlYyk7XG4gICAgICBjb25zdCBjb3VudGVyID0gbmV3IEJ5dGVDb3VudGVyKCk7XG4gICAgICBjb25zdCBpbnB1dCA9IGZzLmNyZWF0ZVJlYWRTdHJlYW0ob3B0cy5wYXRoLCB7IGhpZ2hXYXRlck1hcms6IDEwMjQgKiAxMDI0IH0pLnBpcGUoY291bnRlcik7XG4gICAgICBjb25zdCBzb3VyY2UgPSBhd2FpdCBvcGVuU291cmNlKGlucHV0LCBmb3JtYXRPZihvcHRzLnBhdGgpLCB7IHBhdGg6IG9wdHMucGF0aCwgZmlsZU5hbWUsIGxpbWl0czogb3B0cy5saW1pdHMgfSk7XG4gICAgICBpZiAoc291cmNlLmhlYWRlci5sZW5ndGggPT09IDApIHtcbiAgICAgICAgYXdhaXQgcHJvYmxlbXMuYWRkKDEsICcoZmlsZSknLCAnJywgJ2lzIGVtcHR5OiB0aGVyZSBpcyBubyBoZWFkZXIgcm93Jyk7XG4gICAgICAgIHRocm93IG5ldyBSZWplY3RlZChgJHtmaWxlTmFtZX0gaXMgZW1wdHk6IHRoZXJlIGlzIG5vIGhlYWRlciByb3cuYCk7XG4gICAgICB9XG4gICAgICBjb25zdCBoZWFkZXIgPSBtYXBIZWFkZXIoc3BlYywgc291cmNlLmhlYWRlcik7XG4gICAgICByZXN1bHQuaWdub3JlZENvbHVtbnMgPSBoZWFkZXIuaWdub3JlZDtcbiAgICAgIGlmIChoZWFkZXIubWlzc2luZy5sZW5ndGgpIHtcbiAgICAgICAgZm9yIChjb25zdCBtIG9mIGhlYWRlci5taXNzaW5nKSBhd2FpdCBwcm9ibGVtcy5hZGQoc291cmNlLmhlYWRlclJvd05vLCBtLCAnJywgYGlzIGEgcmVxdWlyZWQgY29sdW1uLCBidXQgdGhlIGhlYWRlciByb3cgaGFzIG5vICR7bX0gY29sdW1uYCk7XG4gICAgICAgIHRocm93IG5ldyBSZWplY3RlZChgJHtmaWxlTmFtZX0gaGFzIG5vICR7aGVhZGVyLm1pc3Npbmcuam9pbignLCAnKX0gY29sdW1uJHtoZWFkZXIubWlzc2luZy5sZW5ndGggPiAxID8gJ3MnIDogJyd9LmApO1xuICAgICAgfVxuXG4gICAgICAvLyBUaGUgZGF0YWJhc2UgQ09QWXMgb25lIGNodW5rIHdoaWxlIHRoaXMgdGhyZWFkIHJlYWRzIGFuZCBjaGVja3MgdGhlXG4gICAgICAvLyBuZXh0OiBhdCBtb3N0IG9uZSBjaHVuayBpbiBmbGlnaHQgYW5kIG9uZSBiZWluZyBmaWxsZWQsIHNvIG1lbW9yeSBzdGF5c1xuICAgICAgLy8gYm91bmRlZCAoYmFja3ByZXNzdXJlKSB3aGF0ZXZlciB0aGUgZmlsZSdzIHNpemUuXG4gICAgICBjb25zdCBlbmNvZGVyID0gbmV3IFJvd0VuY29kZXIoc3BlYywgaGVhZGVyKTtcbiAgICAgIC8vIEVhY2ggcm93J3MgcGVyc29uLCBsb29rZWQgdXAgaGVyZSBieSBwZXJzb25fcmVmIGFzIHRoZSByb3cgaXMgc3RhZ2VkO1xuICAgICAgLy8gdGhlIGRhdGFiYXNlIGxvb2tzIHVwIG9ubHkgdGhlIHJvd3MgdGhpcyBsZWF2ZXMgd2l0aG91dCBvbmUuXG4gICAgICBjb25zdCBpZHMgPSBuYW1lc1BlcnNvbihzcGVjKSA/IGF3YWl0IHBlcnNvbklkcyh0cngsIGFjdG9yLnBhcnRuZXJzaGlwSWQpIDogbnVsbDtcbiAgICAgIGNvbnN0IHJlZkNvbHVtbiA9IGhlYWRlci5pbmRleFtzcGVjLmZpZWxkcy5maW5kSW5kZXgoKGYpID0+IGYubmFtZSA9PT0gJ3BlcnNvbl9yZWYnKV0gPz8gLTE7XG4gICAgICBjb25zdCBjaHVuayA9IG5ldyBDaHVua1dyaXRlcihjaHVua0J5dGVzKTtcbiAgICAgIGxldCBsYXN0UmVwb3J0ID0gMDtcbiAgICAgIGNvbnN0IGNvcGllcyA9IG5ldyBDb3B5UGlwZWxpbmUodHJ4LCAnaW1wb3J0X3Jvd3MnLCBjb2x1bW5zKTtcbiAgICAgIGNvbnN0IGZsdXNoID0gYXN5bmMgKCkgPT4ge1xuICAgICAgICBjb25zdCBieXRlcyA9IGNodW5rLnRha2UoKTtcbiAgICAgICAgaWYgKGJ5dGVzICE9PSBudWxsKSBhd2FpdCBjb3BpZXMuc2VuZChieXRlcyk7XG4gICAgICB9O1xuICAgICAgdHJ5IHtcbiAgICAgICAgZm9yIGF3YWl0IChjb25zdCBiYXRjaCBvZiBzb3VyY2UuYmF0Y2hlcykge1xuICAgICAgICAgIC8vIFdoaWxlIGEgY2h1bmsgaXMgYmVpbmcgY29waWVkLCBsZXQgdGhlIGV2ZW50IGxvb3AgdHVybiBiZXR3ZWVuXG4gICAgICAgICAgLy8gYmF0Y2hlczogaXRzIGJ5dGVzIHJlYWNoIHRoZSBkYXRhYmFzZSBzb2NrZXQgb25seSB0aGVuIChhIGJhdGNoXG4gICAgICAgICAgLy8gdGhhdCB3YXMgcmVhZCBhaGVhZCBjb21lcyBieSBhIG1pY3JvdGFzaywgd2hpY2ggZG9lcyBub3QgdHVybiBpdCksXG4gICAgICAgICAgLy8gc28gdGhlIGRhdGFiYXNlIGNvcGllcyBvbmUgY2h1bmsgd2hpbGUgdGhpcyB0aHJlYWQgY2hlY2tzIHRoZSBuZXh0LlxuICAgICAgICAgIGlmIChjb3BpZXMuYnVzeSkgYXdhaXQgYnJlYXRoZSgpO1xuICAgICAgICAgIGZvciAoY29uc3Qgcm93IG9mIGJhdGNoKSB7XG4gICAgICAgICAgICByZXN1bHQucm93c1JlYWQrKztcbiAgICAgICAgICAgIGNvbnN0IHBlcnNvbklkID0gaWRzID8gKGlkcy5nZXQocmVmQ29sdW1uID49IDAgPyB0cmltbWVkKHJvdy5jZWxsc1tyZWZDb2x1bW5dID8/ICcnKSA6ICcnKSA/PyAnJykgOiB1bmRlZmluZWQ7XG4gICAgICAgICAgICBjb25zdCBsaW5lID0gZW5jb2Rlci5lbmNvZGUocm93LnJvd05vLCByb3cuY2VsbHMsIHVuZGVmaW5lZCwgcGVyc29uSWQpO1xuICAgICAgICAgICAgaWYgKGxpbmUgIT09IG51bGwpIHtcbiAgICAgICAgICAgICAgaWYgKCFjaHVuay5maXRzKGxpbmUpKSBhd2FpdCBmbHVzaCgpO1xuICAgICAgICAgICAgICBjaHVuay5hZGQobGluZSk7XG4gICAgICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgICAgICBwcm9ibGVtcy5yZWplY3RlZFJvd3MuYWRkKHJvdy5yb3dObyk7XG4gICAgICAgICAgICAgIGZvciAoY29uc3QgcCBvZiBlbmNvZGVyLnByb2JsZW1zKSBhd2FpdCBwcm9ibGVtcy5hZGQocm93LnJvd05vLCBwLmZpZWxkLCBwLnZhbHVlLCBwLnJlYXNvbik7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBpZiAoKHJlc3VsdC5yb3dzUmVhZCAmIDEwMjMpID09PSAwKSB7XG4gICAgICAgICAgICAgIGNvbnN0IG5vdyA9IERhdGUubm93KCk7XG4gICAgICAgICAgICAgIGlmIChub3cgLSBsYXN0UmVwb3J0ID4gMTAwKSB7XG4gICAgICAgICAgICAgICAgbGFzdFJlcG9ydCA9IG5vdztcbiAgICAgICAgICAgICAgICBwcm9ncmVzcyh7IHBoYXNlOiAncmVhZGluZycsIHJvd3NSZWFkOiByZXN1bHQucm93c1JlYWQsIGJ5dGVzUmVhZDogY291bnRlci5ieXRlcywgdG90YWxCeXRlcyB9KTtcbiAgICAgICAgICAgICAgfVxuICAgICAgICAgICAgfVxuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBhd2FpdCBmbHVzaCgpO1xuICAgICAgICBhd2FpdCBjb3BpZXMuc2V0dGxlKCk7XG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICAvLyBBIGZhaWx1cmUgd2hpbGUgYSBDT1BZIHJ1bnM6IGxldCBpdCBmaW5pc2ggYmVmb3JlIHRoZSByb2xsYmFjayB1c2VzIHRoZSBjb25uZWN0aW9uLlxuICAgICAgICBhd2FpdCBjb3BpZXMuc2V0dGxlKCkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICAgIH1cbiAgICAgIHByb2dyZXNzKHsgcGhhc2U6ICdjaGVja2luZycsIHJvd3NSZWFkOiByZXN1bHQucm93c1JlYWQsIGJ5dGVzUmVhZDogdG90YWxCeXRlcywgdG90YWxCeXRlcyB9KTtcblxuICAgICAgY29uc3QgY29kZXMgPSBhd2FpdCBzcWw8eyBsb2FkZWQ6IGJvb2xlYW4gfT5gU0VMRUNUIEVYSVNUUyAoU0VMRUNUIDEgRlJPTSBvZmZlbmNlX2NvZGVzKSBBUyBsb2FkZWRgLmV4ZWN1dGUodHJ4KTtcbiAgICAgIGNvbnN0IGN0eCA9IHsgcGFydG5lcnNoaXBJZDogYWN0b3IucGFydG5lcnNoaXBJZCwgaW1wb3J0SWQsIG9mZmVuY2VDb2Rlc0xvYWRlZDogQm9vbGVhbihjb2Rlcy5yb3dzWzBdPy5sb2FkZWQpLCB1c2VySWQ6IGFjdG9yLnVzZXJJZCB9O1xuICAgICAgYXdhaXQgY2hlY2tTdGFnZWQodHJ4LCBvcHRzLmtpbmQsIGN0eCk7XG4gICAgICBhd2FpdCByZWFkUHJvYmxlbXModHJ4LCBwcm9ibGVtcyk7XG4gICAgICBpZiAocHJvYmxlbXMuY291bnQgPiAwICYmIG1vZGUgPT09ICdhbGxfb3Jfbm90aGluZycpIHtcbiAgICAgICAgdGhyb3cgbmV3IFJlamVjdGVkKFxuICAgICAgICAgIGAke3Byb2JsZW1zLnJlamVjdGVkfSBvZiAke3Jlc3VsdC5yb3dzUmVhZH0gcm93cyBvZiAke2ZpbGVOYW1lfSBoYXZlIHByb2JsZW1zLCBzbyBub3RoaW5nIHdhcyBzdG9yZWQuIGAgK1xuICAgICAgICAgICAgYENvcnJlY3QgdGhlbSwgb3IgaW1wb3J0IHdpdGggLS1wYXJ0aWFsIHRvIHN0b3JlIHRoZSBnb29kIHJvd3MuYCxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIGlmIChwcm9ibGVtcy5jb3VudCA+IDApIGF3YWl0IGRyb3BQcm9ibGVtUm93cyh0cngpO1xuXG4gICAgICBwcm9ncmVzcyh7IHBoYXNlOiAnc3RvcmluZycsIHJvd3NSZWFkOiByZXN1bHQucm93c1JlYWQsIGJ5dGVzUmVhZDogdG90YWxCeXRlcywgdG90YWxCeXRlcyB9KTtcbiAgICAgIGNvbnN0IGNvdW50cyA9IGF3YWl0IG1lcmdlU3RhZ2VkKHRyeCwgb3B0cy5raW5kLCBjdHgpO1xuICAgICAgcmVzdWx0LnJvd3NBZGRlZCA9IGNvdW50cy5hZGRlZDtcbiAgICAgIHJlc3VsdC5yb3dzVXBkYXRlZCA9IGNvdW50cy51cGRhdGVkO1xuICAgICAgcmVzdWx0LnJvd3NVbmNoYW5nZWQgPSBjb3VudHMudW5jaGFuZ2VkO1xuICAgICAgLy8gQXJyZXN0cywgZHJ1ZyB0ZXN0cyBhbmQgY3VzdG9keSByYWlzZSBhbGVydHMgb24gdGhlIG9wZW4gY2FzZXMgb2YgdGhlIHBlb3BsZSBpbiB0aGVtIChhbGVydHMvZ2VuZXJhdGUudHMpLlxuICAgICAgaWYgKEFMRVJUSU5HX0tJTkRTLmluY2x1ZGVzKG9wdHMua2luZCkpIHtcbiAgICAgICAgYXdhaXQgYWxlcnRzRnJvbUltcG9ydCh0cngsIHsgcGFydG5lcnNoaXBJZDogYWN0b3IucGFydG5lcnNoaXBJZCwgaW1wb3J0SWQsIGtpbmQ6IG9wdHMua2luZCwgcmFpc2VkT246IGF3YWl0IHBhcnRuZXJzaGlwVG9kYXkodHJ4LCBhY3Rvci5wYXJ0bmVyc2hpcElkLCBjbG9jaykgfSk7XG4gICAgICB9XG4gICAgICByZXN1bHQucm93c1JlamVjdGVkID0gcHJvYmxlbXMucmVqZWN0ZWQ7XG4gICAgICByZXN1bHQuc3RhdHVzID0gJ2NvbXBsZXRlZCc7XG4gICAgICBhd2FpdCByZWNvcmRJbXBvcnRDb21wbGV0ZWQoXG4gICAgICAgIHRyeCxcbiAgICAgICAgYWN0b3IucGFydG5lcnNoaXBJZCxcbiAgICAgICAgaW1wb3J0SWQsXG4gICAgICAgIHtcbiAgICAgICAgICByb3dzUmVhZDogcmVzdWx0LnJvd3NSZWFkLFxuICAgICAgICAgIGFkZGVkOiBjb3VudHMuYWRkZWQsXG4gICAgICAgICAgdXBkYXRlZDogY291bnRzLnVwZGF0ZWQsXG4gICAgICAgICAgdW5jaGFuZ2VkOiBjb3VudHMudW5jaGFuZ2VkLFxuICAgICAgICAgIHJlamVjdGVkOiByZXN1bHQucm93c1JlamVjdGVkLFxuICAgICAgICAgIG1lc3NhZ2U6IHByb2JsZW1zLmNvdW50ID8gYCR7cHJvYmxlbXMuY291bnR9IHByb2JsZW1zIGluICR7cmVzdWx0LnJvd3NSZWplY3RlZH0gcm93czsgdGhvc2Ugcm93cyB3ZXJlIG5vdCBzdG9yZWRgIDogbnVsbCxcbiAgICAgICAgfSxcbiAgICAgICAgY2xvY2ssXG4gICAgICApO1xuICAgICAgYXdhaXQgYXBwZW5kQXVkaXQodHJ4LCBhY3Rvciwge1xuICAgICAgICBhY3Rpb246ICdjb2xsZWN0aW9uJyxcbiAgICAgICAgd2hhdDogYGltcG9ydCBvZiAke29wdHMua2luZH0gZnJvbSAke2ZpbGVOYW1lfWAsXG4gICAgICAgIGRldGFpbHM6IHtcbiAgICAgICAgICBpbXBvcnRJZCxcbiAgICAgICAgICBraW5kOiBvcHRzLmtpbmQsXG4gICAgICAgICAgZmlsZTogZmlsZU5hbWUsXG4gICAgICAgICAgc2hhMjU2LFxuICAgICAgICAgIG1vZGUsXG4gICAgICAgICAgYWRkZWQ6IGNvdW50cy5hZGRlZCxcbiAgICAgICAgICB1cGRhdGVkOiBjb3VudHMudXBkYXRlZCxcbiAgICAgICAgICB1bmNoYW5nZWQ6IGNvdW50cy51bmNoYW5nZWQsXG4gICAgICAgICAgcmVqZWN0ZWQ6IHJlc3VsdC5yb3dzUmVqZWN0ZWQsXG4gICAgICAgIH0sXG4gICAgICB9KTtcbiAgICAgIGNvbnN0IHIgPSBjb3VudHMucmVzdHJpY3Rpb25zO1xuICAgICAgaWYgKHIgJiYgKHIucmVzdHJpY3RlZC5sZW5ndGggfHwgci5saWZ0ZWQubGVuZ3RoKSkge1xuICAgICAgICAvLyBXaG8gbWF5IHNlZSB3aG9tIGNoYW5nZWQ6IGFuIGFsdGVyYXRpb24gbmFtaW5nIGVhY2ggcGVyc29uIGJ5IGlkLlxuICAgICAgICBhd2FpdCBhcHBlbmRBdWRpdCh0cngsIGFjdG9yLCB7XG4gICAgICAgICAgYWN0aW9uOiAnYWx0ZXJhdGlvbicsXG4gICAgICAgICAgd2hhdDogYHJlc3RyaWN0aW9ucyBzZXQgYnkgaW1wb3J0ICR7aW1wb3J0SWR9YCxcbiAgICAgICAgICBwZXJzb25JZHM6IFsuLi5yLnJlc3RyaWN0ZWQsIC4uLnIubGlmdGVkXSxcbiAgICAgICAgICBkZXRhaWxzOiB7IGltcG9ydElkLCByZXN0cmljdGVkUGVyc29uSWRzOiByLnJlc3RyaWN0ZWQsIGxpZnRlZFBlcnNvbklkczogci5saWZ0ZWQsIG5hbWVkVXNlcklkOiByLnJlc3RyaWN0ZWQubGVuZ3RoID8gYWN0b3IudXNlcklkIDogbnVsbCB9LFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHJ1bm5pbmdIZXJlLmRlbGV0ZShpbXBvcnRJZCk7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBlIGluc3RhbmNlb2YgUmVqZWN0ZWQ7XG4gICAgcmVzdWx0LnN0YXR1cyA9ICdmYWlsZWQnO1xuICAgIHJlc3VsdC5tZXNzYWdlID0gZXhwZWN0ZWQgPyBlLm1lc3NhZ2UgOiBgVGhlIGltcG9ydCBmYWlsZWQgYW5kIG5vdGhpbmcgd2FzIHN0b3JlZDogJHtlIGluc3RhbmNlb2YgRXJyb3IgPyBlLm1lc3NhZ2UgOiBTdHJpbmcoZSl9YDtcbiAgICByZXN1bHQucm93c1JlamVjdGVkID0gcHJvYmxlbXMucmVqZWN0ZWQ7XG4gICAgYXdhaXQgcHJvYmxlbXMuY2xvc2UoZmFsc2UpO1xuICAgIHJlc3VsdC5lcnJvcnMgPSBwcm9ibGVtcy5zb3J0ZWQoKTtcbiAgICByZXN1bHQuZXJyb3JDb3VudCA9IHByb2JsZW1zLmNvdW50O1xuICAgIC8vIFRoZSBmYWlsdXJlIGlzIHJlY29yZGVkIGFmdGVyIHRoZSByb2xsYmFjaywgaW4gaXRzIG93biB0cmFuc2FjdGlvbi5cbiAgICBhd2FpdCBkYlxuICAgICAgLnVwZGF0ZVRhYmxlKCdpbXBvcnRzJylcbiAgICAgIC5zZXQoe1xuICAgICAgICBzdGF0dXM6ICdmYWlsZWQnLFxuICAgICAgICBmaW5pc2hlZF9hdDogY2xvY2subm93KCksXG4gICAgICAgIHJvd3NfcmVhZDogcmVzdWx0LnJvd3NSZWFkLFxuICAgICAgICByb3dzX3JlamVjdGVkOiByZXN1bHQucm93c1JlamVjdGVkLFxuICAgICAgICBtZXNzYWdlOiByZXN1bHQubWVzc2FnZSxcbiAgICAgIH0pXG4gICAgICAud2hlcmUoJ2lkJywgJz0nLCBpbXBvcnRJZClcbiAgICAgIC53aGVyZSgncGFydG5lcnNoaXBfaWQnLCAnPScsIGFjdG9yLnBhcnRuZXJzaGlwSWQpXG4gICAgICAuZXhlY3V0ZSgpO1xuICAgIGlmICghZXhwZWN0ZWQpIHRocm93IGUgaW5zdGFuY2VvZiBDc3ZTeW50YXhFcnJvciA/IGUuaW5GaWxlKGZpbGVOYW1lKSA6IGU7XG4gICAgcmV0dXJuIHJlc3VsdDtcbiAgfVxuICBydW5uaW5nSGVyZS5kZWxldGUoaW1wb3J0SWQpO1xuICBhd2FpdCBwcm9ibGVtcy5jbG9zZShwcm9ibGVtcy5jb3VudCA+IDApO1xuICByZXN1bHQuZXJyb3JzID0gcHJvYmxlbXMuc29ydGVkKCk7XG4gIHJlc3VsdC5lcnJvckNvdW50ID0gcHJvYmxlbXMuY291bnQ7XG4gIHJlc3VsdC5lcnJvckZpbGUgPSBwcm9ibGVtcy5jb3VudCA+IDAgPyBlcnJvclBhdGggOiBudWxsO1xuICBwcm9ncmVzcyh7IHBoYXNlOiAnZG9uZScsIHJvd3NSZWFkOiByZXN1bHQucm93c1JlYWQsIGJ5dGVzUmVhZDogdG90YWxCeXRlcywgdG90YWxCeXRlcyB9KTtcbiAgcmV0dXJuIHJlc3VsdDtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQUtBLFNBQVMsNkJBQStDO0FBQ3hELFNBQVMsbUJBQStCO0FBQ3hDLE9BQU8sUUFBUTtBQUNmLE9BQU8sVUFBVTtBQUNqQixTQUFTLFlBQVk7QUFDckIsU0FBUyxXQUEwQztBQUduRCxTQUFTLG1CQUFtQjtBQUM1QixTQUFTLGNBQWMsZUFBZTtBQUN0QyxTQUFTLHVCQUF1QjtBQUNoQyxTQUFTLGVBQWU7QUFDeEIsU0FBUyxPQUFPLFdBQVcsWUFBWSxlQUFlO0FBRXRELFNBQVMsYUFBYSxVQUFVLFlBQVksa0JBQW1DO0FBQy9FLFNBQVMsYUFBYSxlQUFlLGlCQUFpQixhQUFhLGFBQWEsaUJBQWlCO0FBQ2pHLFNBQVMsc0JBQXNCO0FBQy9CLFNBQVMsdUJBQXVCO0FBQ2hDLFNBQVMsZ0JBQWdCLHdCQUF3QjtBQUNqRCxTQUFTLHdCQUF3QjtBQXNEMUIsU0FBUyxhQUFhLE1BQWMsS0FBYSxPQUFlLFFBQXdCO0FBQzdGLFNBQU8sT0FBTyxXQUFXLEtBQUssSUFBSSxHQUFHLElBQUksUUFBUSxHQUFHLEtBQUssS0FBSyxJQUFJLE1BQU0sS0FBSyxHQUFHLElBQUksUUFBUSxHQUFHLEtBQUssS0FBSyxLQUFLLE1BQU07QUFDdEg7QUFHTyxTQUFTLGlCQUFpQixPQUF1QjtBQUN0RCxRQUFNLE1BQU0sS0FBSyxRQUFRLEtBQUs7QUFDOUIsU0FBTyxLQUFLLEtBQUssS0FBSyxRQUFRLEtBQUssR0FBRyxHQUFHLEtBQUssU0FBUyxPQUFPLEdBQUcsQ0FBQyxhQUFhO0FBQ2pGO0FBRUEsTUFBTSxpQkFBaUIsTUFBTTtBQUFDO0FBUTlCLE1BQU0sWUFBWTtBQUFBLEVBQ1I7QUFBQSxFQUNBLE9BQU87QUFBQSxFQUVmLFlBQVksTUFBYztBQUN4QixTQUFLLE1BQU0sT0FBTyxnQkFBZ0IsSUFBSTtBQUFBLEVBQ3hDO0FBQUE7QUFBQSxFQUdBLEtBQUssTUFBdUI7QUFDMUIsV0FBTyxLQUFLLFNBQVMsS0FBSyxLQUFLLE9BQU8sS0FBSyxTQUFTLElBQUksS0FBSyxLQUFLLElBQUk7QUFBQSxFQUN4RTtBQUFBLEVBRUEsSUFBSSxNQUFvQjtBQUN0QixRQUFJLEtBQUssT0FBTyxLQUFLLFNBQVMsSUFBSSxJQUFJLEtBQUssSUFBSSxPQUFRLE1BQUssTUFBTSxPQUFPLE9BQU8sQ0FBQyxLQUFLLElBQUksU0FBUyxHQUFHLEtBQUssSUFBSSxDQUFDLEdBQUcsS0FBSyxPQUFPLEtBQUssU0FBUyxJQUFJLENBQUM7QUFDbEosU0FBSyxRQUFRLEtBQUssSUFBSSxNQUFNLE1BQU0sS0FBSyxNQUFNLE1BQU07QUFDbkQsU0FBSyxJQUFJLEtBQUssTUFBTSxJQUFJO0FBQUEsRUFDMUI7QUFBQTtBQUFBLEVBR0EsT0FBMEI7QUFDeEIsUUFBSSxLQUFLLFNBQVMsRUFBRyxRQUFPO0FBQzVCLFVBQU0sUUFBUSxJQUFJLFdBQVcsS0FBSyxJQUFJO0FBQ3RDLFVBQU0sSUFBSSxLQUFLLElBQUksU0FBUyxHQUFHLEtBQUssSUFBSSxDQUFDO0FBQ3pDLFNBQUssT0FBTztBQUNaLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxNQUFNLGNBQWM7QUFFcEIsTUFBTSxjQUFjLG9CQUFJLElBQVk7QUFDN0IsTUFBTSxjQUFjO0FBUTNCLGVBQXNCLHVCQUF1QixJQUFnQixlQUF3QztBQUNuRyxRQUFNLE9BQU8sQ0FBQyxHQUFHLFdBQVc7QUFDNUIsU0FBTyxHQUFHLFlBQVksRUFBRSxRQUFRLE9BQU8sUUFBUTtBQUM3QyxVQUFNLElBQUksTUFBTSwyRUFBMkUsV0FBVztBQUFBLCtCQUMzRSxhQUFhO0FBQUEsVUFDbEMsS0FBSyxTQUFTLHFCQUFxQixJQUFJLEtBQUssSUFBSSxDQUFDLE1BQU0sS0FBSztBQUFBLHdDQUM5QixXQUFXLFFBQVEsUUFBUSxHQUFHO0FBQ2xFLFdBQU8sT0FBTyxFQUFFLG1CQUFtQixDQUFDO0FBQUEsRUFDdEMsQ0FBQztBQUNIO0FBR0EsTUFBTSxTQUFTO0FBQUEsRUFPYixZQUNtQixNQUNBLEtBQ1IsV0FDVDtBQUhpQjtBQUNBO0FBQ1I7QUFFVCxRQUFJLFdBQVc7QUFDYixXQUFLLE1BQU0sR0FBRyxrQkFBa0IsU0FBUztBQUN6QyxXQUFLLElBQUksTUFBTSxRQUFRLENBQUMsUUFBUSxPQUFPLFNBQVMsU0FBUyxRQUFRLENBQUMsQ0FBQztBQUFBLElBQ3JFO0FBQUEsRUFDRjtBQUFBLEVBUm1CO0FBQUEsRUFDQTtBQUFBLEVBQ1I7QUFBQSxFQVRYLFFBQVE7QUFBQSxFQUNSLE9BQXNCLENBQUM7QUFBQSxFQUN2QixlQUFlLG9CQUFJLElBQVk7QUFBQSxFQUN2QixjQUFjO0FBQUEsRUFDZCxNQUE2QjtBQUFBLEVBYXJDLE1BQU0sSUFBSSxLQUFhLE9BQWUsT0FBZSxRQUErQjtBQUNsRixTQUFLO0FBQ0wsUUFBSSxLQUFLLEtBQUssU0FBUyxLQUFLLEtBQUs7QUFDL0IsV0FBSyxLQUFLLEtBQUssRUFBRSxNQUFNLEtBQUssTUFBTSxLQUFLLE9BQU8sT0FBTyxRQUFRLFNBQVMsYUFBYSxLQUFLLE1BQU0sS0FBSyxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQUEsSUFDckg7QUFFQSxRQUFJLEtBQUssT0FBTyxDQUFDLEtBQUssSUFBSSxNQUFNLFFBQVEsQ0FBQyxLQUFLLE1BQU0sS0FBSyxPQUFPLE9BQU8sTUFBTSxFQUFFLElBQUksZUFBZSxDQUFDLENBQUMsRUFBRyxPQUFNLEtBQUssS0FBSyxLQUFLLE9BQU87QUFBQSxFQUNySTtBQUFBLEVBRUEsZUFBZSxHQUFpQjtBQUM5QixTQUFLLGVBQWU7QUFBQSxFQUN0QjtBQUFBLEVBRUEsSUFBSSxXQUFtQjtBQUNyQixXQUFPLEtBQUssYUFBYSxPQUFPLEtBQUs7QUFBQSxFQUN2QztBQUFBLEVBRUEsU0FBd0I7QUFDdEIsV0FBTyxDQUFDLEdBQUcsS0FBSyxJQUFJLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHO0FBQUEsRUFDcEQ7QUFBQSxFQUVBLE1BQU0sTUFBTSxNQUE4QjtBQUN4QyxRQUFJLENBQUMsS0FBSyxJQUFLO0FBQ2YsVUFBTSxNQUFNLEtBQUs7QUFDakIsU0FBSyxNQUFNO0FBQ1gsVUFBTSxJQUFJLFFBQWMsQ0FBQyxZQUFZLElBQUksSUFBSSxPQUFPLENBQUM7QUFDckQsUUFBSSxDQUFDLFFBQVEsS0FBSyxVQUFXLElBQUcsT0FBTyxLQUFLLFdBQVcsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3hFO0FBQ0Y7QUFFQSxlQUFlLGFBQWEsS0FBc0IsVUFBbUM7QUFDbkYsTUFBSSxRQUFRLEVBQUUsS0FBSyxJQUFJLE9BQU8sSUFBSSxRQUFRLEdBQUc7QUFDN0MsYUFBUztBQUNQLFVBQU0sT0FBTyxNQUFNO0FBQUE7QUFBQSx5Q0FFa0IsTUFBTSxHQUFHLEtBQUssTUFBTSxLQUFLLEtBQUssTUFBTSxNQUFNO0FBQUEsaURBQ2xDLFFBQVEsR0FBRztBQUN4RCxRQUFJLEtBQUssS0FBSyxXQUFXLEVBQUc7QUFDNUIsZUFBVyxLQUFLLEtBQUssS0FBTSxPQUFNLFNBQVMsSUFBSSxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsU0FBUyxJQUFJLEVBQUUsTUFBTTtBQUN4RixVQUFNLE9BQU8sS0FBSyxLQUFLLEtBQUssS0FBSyxTQUFTLENBQUM7QUFDM0MsWUFBUSxFQUFFLEtBQUssS0FBSyxRQUFRLE9BQU8sS0FBSyxPQUFPLFFBQVEsS0FBSyxPQUFPO0FBQUEsRUFDckU7QUFDQSxRQUFNLElBQUksTUFBTSxrRUFBaUYsUUFBUSxHQUFHO0FBQzVHLFdBQVMsZUFBZSxFQUFFLEtBQUssQ0FBQyxHQUFHLEtBQUssQ0FBQztBQUMzQztBQU9BLGVBQXNCLFdBQVcsSUFBZ0IsT0FBYyxNQUFxQixRQUFlLGFBQW9DO0FBQ3JJLGtCQUFnQixPQUFPLEtBQUssSUFBSTtBQUNoQyxRQUFNLE9BQU8sTUFBTSxLQUFLLElBQUk7QUFDNUIsUUFBTSxPQUFPLEtBQUssUUFBUTtBQUMxQixRQUFNLFdBQVcsS0FBSyxZQUFZLEtBQUssU0FBUyxLQUFLLElBQUk7QUFDekQsUUFBTSxhQUFhLEdBQUcsU0FBUyxLQUFLLElBQUksRUFBRTtBQUMxQyxRQUFNLFNBQVMsTUFBTSxXQUFXLEtBQUssSUFBSTtBQUN6QyxRQUFNLGFBQWEsS0FBSyxjQUFjLElBQUksT0FBTztBQUNqRCxRQUFNLFdBQVcsS0FBSyxlQUFlLE1BQU07QUFFM0MsUUFBTSx1QkFBdUIsSUFBSSxNQUFNLGFBQWE7QUFDcEQsUUFBTSxTQUFTLE1BQU0sR0FDbEIsV0FBVyxTQUFTLEVBQ3BCLE9BQU8sRUFBRSxnQkFBZ0IsTUFBTSxlQUFlLFNBQVMsTUFBTSxRQUFRLE1BQU0sS0FBSyxNQUFNLFdBQVcsVUFBVSxRQUFRLFFBQVEsV0FBVyxLQUFLLENBQUMsRUFDNUksVUFBVSxJQUFJLEVBQ2Qsd0JBQXdCO0FBQzNCLFFBQU0sV0FBVyxPQUFPO0FBQ3hCLGNBQVksSUFBSSxRQUFRO0FBQ3hCLE9BQUssVUFBVSxRQUFRO0FBRXZCLFFBQU0sWUFBWSxTQUFTLFlBQWEsS0FBSyxhQUFhLGlCQUFpQixLQUFLLElBQUksSUFBSztBQUN6RixRQUFNLFdBQVcsSUFBSSxTQUFTLFVBQVUsS0FBSyxhQUFhLEtBQUssU0FBUztBQUN4RSxRQUFNLFNBQXVCO0FBQUEsSUFDM0I7QUFBQSxJQUNBLE1BQU0sS0FBSztBQUFBLElBQ1g7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsVUFBVTtBQUFBLElBQ1YsV0FBVztBQUFBLElBQ1gsYUFBYTtBQUFBLElBQ2IsZUFBZTtBQUFBLElBQ2YsY0FBYztBQUFBLElBQ2QsUUFBUSxDQUFDO0FBQUEsSUFDVCxZQUFZO0FBQUEsSUFDWixXQUFXO0FBQUEsSUFDWCxnQkFBZ0IsQ0FBQztBQUFBLElBQ2pCLFNBQVM7QUFBQSxFQUNYO0FBRUEsTUFBSTtBQUNGLFVBQU0sR0FBRyxZQUFZLEVBQUUsUUFBUSxPQUFPLFFBQVE7QUFDNUMsWUFBTSxtQ0FBbUMsV0FBVyxLQUFLLFFBQVEsSUFBSSxRQUFRLEdBQUc7QUFDaEYsWUFBTSxVQUFVLE1BQU0sY0FBYyxLQUFLLElBQUk7QUFDN0MsWUFBTSxVQUFVLElBQUksWUFBWTtBQUNoQyxZQUFNLFFBQVEsR0FBRyxpQkFBaUIsS0FBSyxNQUFNLEVBQUUsZUFBZSxPQUFPLEtBQUssQ0FBQyxFQUFFLEtBQUssT0FBTztBQUN6RixZQUFNLFNBQVMsTUFBTSxXQUFXLE9BQU8sU0FBUyxLQUFLLElBQUksR0FBRyxFQUFFLE1BQU0sS0FBSyxNQUFNLFVBQVUsUUFBUSxLQUFLLE9BQU8sQ0FBQztBQUM5RyxVQUFJLE9BQU8sT0FBTyxXQUFXLEdBQUc7QUFDOUIsY0FBTSxTQUFTLElBQUksR0FBRyxVQUFVLElBQUksa0NBQWtDO0FBQ3RFLGNBQU0sSUFBSSxTQUFTLEdBQUcsUUFBUSxvQ0FBb0M7QUFBQSxNQUNwRTtBQUNBLFlBQU0sU0FBUyxVQUFVLE1BQU0sT0FBTyxNQUFNO0FBQzVDLGFBQU8saUJBQWlCLE9BQU87QUFDL0IsVUFBSSxPQUFPLFFBQVEsUUFBUTtBQUN6QixtQkFBVyxLQUFLLE9BQU8sUUFBUyxPQUFNLFNBQVMsSUFBSSxPQUFPLGFBQWEsR0FBRyxJQUFJLG1EQUFtRCxDQUFDLFNBQVM7QUFDM0ksY0FBTSxJQUFJLFNBQVMsR0FBRyxRQUFRLFdBQVcsT0FBTyxRQUFRLEtBQUssSUFBSSxDQUFDLFVBQVUsT0FBTyxRQUFRLFNBQVMsSUFBSSxNQUFNLEVBQUUsR0FBRztBQUFBLE1BQ3JIO0FBS0EsWUFBTSxVQUFVLElBQUksV0FBVyxNQUFNLE1BQU07QUFHM0MsWUFBTSxNQUFNLFlBQVksSUFBSSxJQUFJLE1BQU0sVUFBVSxLQUFLLE1BQU0sYUFBYSxJQUFJO0FBQzVFLFlBQU0sWUFBWSxPQUFPLE1BQU0sS0FBSyxPQUFPLFVBQVUsQ0FBQyxNQUFNLEVBQUUsU0FBUyxZQUFZLENBQUMsS0FBSztBQUN6RixZQUFNLFFBQVEsSUFBSSxZQUFZLFVBQVU7QUFDeEMsVUFBSSxhQUFhO0FBQ2pCLFlBQU0sU0FBUyxJQUFJLGFBQWEsS0FBSyxlQUFlLE9BQU87QUFDM0QsWUFBTSxRQUFRLFlBQVk7QUFDeEIsY0FBTSxRQUFRLE1BQU0sS0FBSztBQUN6QixZQUFJLFVBQVUsS0FBTSxPQUFNLE9BQU8sS0FBSyxLQUFLO0FBQUEsTUFDN0M7QUFDQSxVQUFJO0FBQ0YseUJBQWlCLFNBQVMsT0FBTyxTQUFTO0FBS3hDLGNBQUksT0FBTyxLQUFNLE9BQU0sUUFBUTtBQUMvQixxQkFBVyxPQUFPLE9BQU87QUFDdkIsbUJBQU87QUFDUCxrQkFBTSxXQUFXLE1BQU8sSUFBSSxJQUFJLGFBQWEsSUFBSSxRQUFRLElBQUksTUFBTSxTQUFTLEtBQUssRUFBRSxJQUFJLEVBQUUsS0FBSyxLQUFNO0FBQ3BHLGtCQUFNLE9BQU8sUUFBUSxPQUFPLElBQUksT0FBTyxJQUFJLE9BQU8sUUFBVyxRQUFRO0FBQ3JFLGdCQUFJLFNBQVMsTUFBTTtBQUNqQixrQkFBSSxDQUFDLE1BQU0sS0FBSyxJQUFJLEVBQUcsT0FBTSxNQUFNO0FBQ25DLG9CQUFNLElBQUksSUFBSTtBQUFBLFlBQ2hCLE9BQU87QUFDTCx1QkFBUyxhQUFhLElBQUksSUFBSSxLQUFLO0FBQ25DLHlCQUFXLEtBQUssUUFBUSxTQUFVLE9BQU0sU0FBUyxJQUFJLElBQUksT0FBTyxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTTtBQUFBLFlBQzVGO0FBQ0EsaUJBQUssT0FBTyxXQUFXLFVBQVUsR0FBRztBQUNsQyxvQkFBTSxNQUFNLEtBQUssSUFBSTtBQUNyQixrQkFBSSxNQUFNLGFBQWEsS0FBSztBQUMxQiw2QkFBYTtBQUNiLHlCQUFTLEVBQUUsT0FBTyxXQUFXLFVBQVUsT0FBTyxVQUFVLFdBQVcsUUFBUSxPQUFPLFdBQVcsQ0FBQztBQUFBLGNBQ2hHO0FBQUEsWUFDRjtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsY0FBTSxNQUFNO0FBQ1osY0FBTSxPQUFPLE9BQU87QUFBQSxNQUN0QixVQUFFO0FBRUEsY0FBTSxPQUFPLE9BQU8sRUFBRSxNQUFNLE1BQU0sTUFBUztBQUFBLE1BQzdDO0FBQ0EsZUFBUyxFQUFFLE9BQU8sWUFBWSxVQUFVLE9BQU8sVUFBVSxXQUFXLFlBQVksV0FBVyxDQUFDO0FBRTVGLFlBQU0sUUFBUSxNQUFNLDJEQUFnRixRQUFRLEdBQUc7QUFDL0csWUFBTSxNQUFNLEVBQUUsZUFBZSxNQUFNLGVBQWUsVUFBVSxvQkFBb0IsUUFBUSxNQUFNLEtBQUssQ0FBQyxHQUFHLE1BQU0sR0FBRyxRQUFRLE1BQU0sT0FBTztBQUNySSxZQUFNLFlBQVksS0FBSyxLQUFLLE1BQU0sR0FBRztBQUNyQyxZQUFNLGFBQWEsS0FBSyxRQUFRO0FBQ2hDLFVBQUksU0FBUyxRQUFRLEtBQUssU0FBUyxrQkFBa0I7QUFDbkQsY0FBTSxJQUFJO0FBQUEsVUFDUixHQUFHLFNBQVMsUUFBUSxPQUFPLE9BQU8sUUFBUSxZQUFZLFFBQVE7QUFBQSxRQUVoRTtBQUFBLE1BQ0Y7QUFDQSxVQUFJLFNBQVMsUUFBUSxFQUFHLE9BQU0sZ0JBQWdCLEdBQUc7QUFFakQsZUFBUyxFQUFFLE9BQU8sV0FBVyxVQUFVLE9BQU8sVUFBVSxXQUFXLFlBQVksV0FBVyxDQUFDO0FBQzNGLFlBQU0sU0FBUyxNQUFNLFlBQVksS0FBSyxLQUFLLE1BQU0sR0FBRztBQUNwRCxhQUFPLFlBQVksT0FBTztBQUMxQixhQUFPLGNBQWMsT0FBTztBQUM1QixhQUFPLGdCQUFnQixPQUFPO0FBRTlCLFVBQUksZUFBZSxTQUFTLEtBQUssSUFBSSxHQUFHO0FBQ3RDLGNBQU0saUJBQWlCLEtBQUssRUFBRSxlQUFlLE1BQU0sZUFBZSxVQUFVLE1BQU0sS0FBSyxNQUFNLFVBQVUsTUFBTSxpQkFBaUIsS0FBSyxNQUFNLGVBQWUsS0FBSyxFQUFFLENBQUM7QUFBQSxNQUNsSztBQUNBLGFBQU8sZUFBZSxTQUFTO0FBQy9CLGFBQU8sU0FBUztBQUNoQixZQUFNO0FBQUEsUUFDSjtBQUFBLFFBQ0EsTUFBTTtBQUFBLFFBQ047QUFBQSxRQUNBO0FBQUEsVUFDRSxVQUFVLE9BQU87QUFBQSxVQUNqQixPQUFPLE9BQU87QUFBQSxVQUNkLFNBQVMsT0FBTztBQUFBLFVBQ2hCLFdBQVcsT0FBTztBQUFBLFVBQ2xCLFVBQVUsT0FBTztBQUFBLFVBQ2pCLFNBQVMsU0FBUyxRQUFRLEdBQUcsU0FBUyxLQUFLLGdCQUFnQixPQUFPLFlBQVksc0NBQXNDO0FBQUEsUUFDdEg7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNBLFlBQU0sWUFBWSxLQUFLLE9BQU87QUFBQSxRQUM1QixRQUFRO0FBQUEsUUFDUixNQUFNLGFBQWEsS0FBSyxJQUFJLFNBQVMsUUFBUTtBQUFBLFFBQzdDLFNBQVM7QUFBQSxVQUNQO0FBQUEsVUFDQSxNQUFNLEtBQUs7QUFBQSxVQUNYLE1BQU07QUFBQSxVQUNOO0FBQUEsVUFDQTtBQUFBLFVBQ0EsT0FBTyxPQUFPO0FBQUEsVUFDZCxTQUFTLE9BQU87QUFBQSxVQUNoQixXQUFXLE9BQU87QUFBQSxVQUNsQixVQUFVLE9BQU87QUFBQSxRQUNuQjtBQUFBLE1BQ0YsQ0FBQztBQUNELFlBQU0sSUFBSSxPQUFPO0FBQ2pCLFVBQUksTUFBTSxFQUFFLFdBQVcsVUFBVSxFQUFFLE9BQU8sU0FBUztBQUVqRCxjQUFNLFlBQVksS0FBSyxPQUFPO0FBQUEsVUFDNUIsUUFBUTtBQUFBLFVBQ1IsTUFBTSw4QkFBOEIsUUFBUTtBQUFBLFVBQzVDLFdBQVcsQ0FBQyxHQUFHLEVBQUUsWUFBWSxHQUFHLEVBQUUsTUFBTTtBQUFBLFVBQ3hDLFNBQVMsRUFBRSxVQUFVLHFCQUFxQixFQUFFLFlBQVksaUJBQWlCLEVBQUUsUUFBUSxhQUFhLEVBQUUsV0FBVyxTQUFTLE1BQU0sU0FBUyxLQUFLO0FBQUEsUUFDNUksQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNILFNBQVMsR0FBRztBQUNWLGdCQUFZLE9BQU8sUUFBUTtBQUMzQixVQUFNLFdBQVcsYUFBYTtBQUM5QixXQUFPLFNBQVM7QUFDaEIsV0FBTyxVQUFVLFdBQVcsRUFBRSxVQUFVLDZDQUE2QyxhQUFhLFFBQVEsRUFBRSxVQUFVLE9BQU8sQ0FBQyxDQUFDO0FBQy9ILFdBQU8sZUFBZSxTQUFTO0FBQy9CLFVBQU0sU0FBUyxNQUFNLEtBQUs7QUFDMUIsV0FBTyxTQUFTLFNBQVMsT0FBTztBQUNoQyxXQUFPLGFBQWEsU0FBUztBQUU3QixVQUFNLEdBQ0gsWUFBWSxTQUFTLEVBQ3JCLElBQUk7QUFBQSxNQUNILFFBQVE7QUFBQSxNQUNSLGFBQWEsTUFBTSxJQUFJO0FBQUEsTUFDdkIsV0FBVyxPQUFPO0FBQUEsTUFDbEIsZUFBZSxPQUFPO0FBQUEsTUFDdEIsU0FBUyxPQUFPO0FBQUEsSUFDbEIsQ0FBQyxFQUNBLE1BQU0sTUFBTSxLQUFLLFFBQVEsRUFDekIsTUFBTSxrQkFBa0IsS0FBSyxNQUFNLGFBQWEsRUFDaEQsUUFBUTtBQUNYLFFBQUksQ0FBQyxTQUFVLE9BQU0sYUFBYSxpQkFBaUIsRUFBRSxPQUFPLFFBQVEsSUFBSTtBQUN4RSxXQUFPO0FBQUEsRUFDVDtBQUNBLGNBQVksT0FBTyxRQUFRO0FBQzNCLFFBQU0sU0FBUyxNQUFNLFNBQVMsUUFBUSxDQUFDO0FBQ3ZDLFNBQU8sU0FBUyxTQUFTLE9BQU87QUFDaEMsU0FBTyxhQUFhLFNBQVM7QUFDN0IsU0FBTyxZQUFZLFNBQVMsUUFBUSxJQUFJLFlBQVk7QUFDcEQsV0FBUyxFQUFFLE9BQU8sUUFBUSxVQUFVLE9BQU8sVUFBVSxXQUFXLFlBQVksV0FBVyxDQUFDO0FBQ3hGLFNBQU87QUFDVDsiLAogICJuYW1lcyI6IFtdCn0K
