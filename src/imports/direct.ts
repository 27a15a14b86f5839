// The direct path of an outcomes import (issue 18): a clean file of new
// outcomes goes straight into `outcomes` by COPY, with no staging table and no
// INSERT … SELECT, so its cost is close to the write floor (a bare COPY of the
// same rows). Each row's person comes from the person_ref map read up front,
// its key_seq (SPEC: rows of one file sharing a natural key are numbered in
// file order) and its offence code are worked out here, and the database
// copies one chunk while this thread reads and checks the next.
//
// It is an attempt, inside a savepoint of the import's transaction. The first
// sign that the file is not simply clean and new (a row with a problem, a
// person not named by person_ref, a row whose natural key is already stored,
// a referenced person gone) rolls the savepoint back, and the import runs the
// staged path (import-file.ts, merge.ts), which reports problems, counts
// updates and merges by key exactly as before. So every behaviour is the
// staged path's; this only makes the common case fast.
//
// A stored key is found by the unique index on the natural key (migration
// 0137): the COPY itself refuses the row, so a re-import stops at its first
// chunk and a new file pays nothing more than the index's own check.
import fs from 'node:fs';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { CopyPipeline, csvField } from '../db/statements.js';
import { keyShape, switchOffKeyChecks, switchOnKeyChecks } from '../db/key-checks.js';
import { breathe } from '../db/breather.js';
import { KINDS, mapHeader, personRefColumn, RowEncoder, trimmed } from './kinds.js';
import { normaliseOffenceCode } from './fields.js';
import { ByteCounter, formatOf, openSource, type FileLimits } from './read.js';
import { EVENT_REFERENCES, lockReferences, refreshStatistics, type MergeContext, type MergeCounts } from './merge.js';
import { ChunkWriter } from './chunks.js';
import { SeenKeys } from './seen-keys.js';

type Trx = Transaction<DB>;

/**
 * The outcomes columns the direct path writes, in COPY order: each row's
 * person, then its fields' own COPY text as the reader checked them (an
 * enumeration fills its value and its text as sent), then key_seq and import_id.
 */
const OUTCOME_COLUMNS = [
  'partnership_id',
  'person_id',
  'offence_date',
  'outcome_date',
  'outcome',
  'outcome_raw',
  'offence_code_raw',
  'offence_code',
  'offence_code_known',
  'offence_description',
  'disposal',
  'disposal_raw',
  'sentence_days',
  'court',
  'key_seq',
  'import_id',
] as const;

/** The fields whose COPY text goes in as checked, in OUTCOME_COLUMNS order (the offence code's three columns are written here). */
const AS_CHECKED = ['offence_date', 'outcome_date', 'outcome', 'offence_description', 'disposal', 'sentence_days', 'court'] as const;

export interface DirectOptions {
  path: string;
  fileName: string;
  limits?: FileLimits;
  chunkBytes: number;
  totalBytes: number;
  /** person_ref → the id its rows are stored under (personIds in merge.ts). */
  ids: Map<string, string>;
  /** As ImportOptions.onProgress (import-file.ts). */
  progress: (p: { phase: 'reading' | 'checking' | 'storing'; rowsRead: number; bytesRead: number; totalBytes: number }) => void;
}

export interface DirectResult {
  rowsRead: number;
  ignoredColumns: string[];
  counts: MergeCounts;
}

/**
 * From this many people named, the direct path keeps them with a lock on the
 * people table rather than one on each (lockReferences): a lock on each costs
 * about 4 µs a person, and a table lock holds up other writers to people.
 */
const WHOLE_TABLE_FROM = 2000;

/** Kinds with a direct path. */
export function hasDirectPath(kind: string): boolean {
  return kind === 'outcomes';
}

/** Why the attempt stopped: the file needs the staged path. */
class NotDirect extends Error {}

/**
 * The offence code an outcome stores for a normalised code, as the staged
 * merge's codeJoin decides it: the code when the loaded code table has it,
 * else (no table loaded) when its 3-digit group is known; else null.
 */
async function codeLookup(trx: Trx, offenceCodesLoaded: boolean): Promise<(norm: string | null) => string | null> {
  const r = offenceCodesLoaded
    ? await sql<{ codes: string | null }>`SELECT json_agg(code)::text AS codes FROM offence_codes`.execute(trx)
    : await sql<{ codes: string | null }>`SELECT json_agg(group_code)::text AS codes FROM offence_groups`.execute(trx);
  const known = new Set(JSON.parse(r.rows[0]?.codes ?? '[]') as string[]);
  return offenceCodesLoaded ? (norm) => (norm !== null && known.has(norm) ? norm : null) : (norm) => (norm !== null && known.has(norm.slice(0, 3)) ? norm : null);
}

/**
 * Tries the direct path for an outcomes file. Returns its counts, or null
 * when the file needs the staged path (then nothing it did remains).
 */
export async function importOutcomesDirect(trx: Trx, ctx: MergeContext, opts: DirectOptions): Promise<DirectResult | null> {
  await sql`SAVEPOINT waymark_direct`.execute(trx);
  let copies: CopyPipeline | null = null;
  try {
    const result = await attempt(trx, ctx, opts, (c) => (copies = c));
    await sql`RELEASE SAVEPOINT waymark_direct`.execute(trx);
    return result;
  } catch {
    // A COPY still running must finish before the rollback uses the connection.
    await (copies as CopyPipeline | null)?.settle().catch(() => undefined);
    await sql`ROLLBACK TO SAVEPOINT waymark_direct`.execute(trx);
    await sql`RELEASE SAVEPOINT waymark_direct`.execute(trx);
    // Not clean (NotDirect), or anything else (a syntax error in the file, a
    // value COPY refuses): the staged path meets it too, and reports it as it always has.
    return null;
  }
}

async function attempt(trx: Trx, ctx: MergeContext, opts: DirectOptions, started: (c: CopyPipeline) => void): Promise<DirectResult> {
  const spec = KINDS.outcomes;
  const p = ctx.partnershipId;
  const counter = new ByteCounter();
  const file = fs.createReadStream(opts.path, { highWaterMark: 1024 * 1024 });
  const input = file.pipe(counter);
  const source = await openSource(input, formatOf(opts.path), { path: opts.path, fileName: opts.fileName, limits: opts.limits });
  const header = mapHeader(spec, source.header);
  if (source.header.length === 0 || header.missing.length) {
    file.destroy();
    throw new NotDirect();
  }
  const code = await codeLookup(trx, ctx.offenceCodesLoaded);
  // The per-row key triggers, off as the staged merge has them when it may
  // (skipKeyChecks): the people are locked and counted after the rows are in.
  const shape = await keyShape(trx, 'outcomes');
  const keysOff = shape.triggers === 0 && shape.references.every((r) => EVENT_REFERENCES.includes(r)) && (await switchOffKeyChecks(trx));

  // The rows this import adds all come after the highest id stored now.
  const before = Number((await sql<{ id: string | number }>`SELECT coalesce(max(id), 0) AS id FROM outcomes`.execute(trx)).rows[0]?.id ?? 0);
  const slotOf = (name: string) => 1 + spec.fields.findIndex((f) => f.name === name);
  const [offenceAt, outcomeDateAt, outcomeAt, descriptionAt, disposalAt, daysAt, courtAt] = AS_CHECKED.map(slotOf) as [number, number, number, number, number, number, number];
  const refColumn = personRefColumn(spec, header);
  const codeColumn = header.index[spec.fields.findIndex((f) => f.name === 'offence_code')] ?? -1;
  const encoder = new RowEncoder(spec, header);
  const head = `${p},`;
  // key_seq 1 for a key's first row in the file. A row whose key may have come
  // before (its keyHash has: seen) is written with a key_seq of its own below
  // zero, which no stored row has, and numbered after the COPY, by id: file
  // order, as each chunk's sort keeps the file's order among rows of one
  // person and date. A hash, not the key, so a force-scale file costs a few
  // bytes a row; a hash shared by two keys only numbers a few more rows.
  const tail = `,1,${ctx.importId}`;
  const seen = new SeenKeys();
  let suspects = 0;
  /** The people of those rows, so that numbering them reads only their outcomes. */
  const suspectPeople = new Set<string>();
  // The offence code's three columns (as sent, as stored, whether known), and
  // a hash of the code as sent, by the code as sent.
  const codes = new Map<string, { text: string; hash: number; known: boolean }>();
  const codeOf = (raw: string): { text: string; hash: number; known: boolean } => {
    let c = codes.get(raw);
    if (c === undefined) {
      const stored = code(normaliseOffenceCode(raw));
      c = { text: `${csvField(raw)},${csvField(stored)},${stored !== null ? 't' : 'f'}`, hash: stringHash(raw), known: stored !== null };
      if (codes.size < 10_000) codes.set(raw, c);
    }
    return c;
  };
  const people = new Set<string>();
  const chunk = new ChunkWriter(opts.chunkBytes, { sorted: true });
  const copies = new CopyPipeline(trx, 'outcomes', OUTCOME_COLUMNS);
  started(copies);
  let chunks = 0;
  const flush = async () => {
    const bytes = chunk.take();
    if (bytes === null) return;
    await copies.send(bytes);
    // A re-import shows itself in its first rows: the first chunk's COPY is
    // awaited, so a file already stored costs one chunk here, not a whole
    // COPY, before the staged path.
    if (++chunks === 1) await copies.settle();
  };
  let rowsRead = 0;
  let unknownCodes = 0;
  let lastReport = 0;
  try {
    for await (const batch of source.batches) {
      if (copies.busy) await breathe();
      for (const row of batch) {
        rowsRead++;
        const personId = refColumn >= 0 ? opts.ids.get(trimmed(row.cells[refColumn] ?? '')) : undefined;
        if (personId === undefined || !encoder.fill(row.rowNo, row.cells)) {
          // Where it stopped, so the staged pass's progress can go on from there.
          opts.progress({ phase: 'reading', rowsRead, bytesRead: counter.bytes, totalBytes: opts.totalBytes });
          throw new NotDirect();
        }
        people.add(personId);
        const f = encoder.filled;
        const c = codeOf(trimmed(row.cells[codeColumn] ?? ''));
        if (!c.known) unknownCodes++;
        const person = Number(personId);
        const offenceKey = dateKey(f[offenceAt]!);
        const repeat = seen.add(keyHash(person, offenceKey, dateKey(f[outcomeDateAt]!), c.hash));
        if (repeat) suspectPeople.add(personId);
        const line =
          head + personId + ',' + f[offenceAt] + ',' + f[outcomeDateAt] + ',' + f[outcomeAt] + ',' + c.text + ',' +
          f[descriptionAt] + ',' + f[disposalAt] + ',' + f[daysAt] + ',' + f[courtAt] + (repeat ? `,${-++suspects},${ctx.importId}` : tail);
        if (!chunk.fits(line)) await flush();
        // By person, then offence date: the outcomes index's order.
        chunk.add(line, person * 1e6 + offenceKey);
        if ((rowsRead & 1023) === 0) {
          const now = Date.now();
          if (now - lastReport > 100) {
            lastReport = now;
            opts.progress({ phase: 'reading', rowsRead, bytesRead: counter.bytes, totalBytes: opts.totalBytes });
          }
        }
      }
    }
    await flush();
    await copies.settle();
  } finally {
    file.destroy();
  }
  opts.progress({ phase: 'checking', rowsRead, bytesRead: opts.totalBytes, totalBytes: opts.totalBytes });
  if (rowsRead === 0) throw new NotDirect();

  // The rows whose key may have come before in the file, numbered after the
  // rows of their key already written, in file order (the staged merge's
  // key_seq). A number that a stored row has (rare: only where a key's
  // earlier rows were removed) fails the index: the staged path matches those.
  if (suspects > 0) await numberRepeats(trx, ctx, before, [...suspectPeople]);
  opts.progress({ phase: 'storing', rowsRead, bytesRead: opts.totalBytes, totalBytes: opts.totalBytes });
  if (keysOff) {
    // What the skipped triggers would have done: keep every referenced row
    // until commit, and refuse (here: go the staged way) if one has gone
    // since the map was read. A file naming many people locks the people
    // table for these last moments rather than each person (lockReferences).
    const locked = await lockReferences(trx, ctx, sql`SELECT unnest(${[...people]}::bigint[]) AS person_id`, { wholeTable: people.size >= WHOLE_TABLE_FROM });
    await switchOnKeyChecks(trx);
    if (!locked) throw new NotDirect();
  }
  await refreshStatistics(trx, ['outcomes'], rowsRead);
  return { rowsRead, ignoredColumns: header.ignored, counts: { added: rowsRead, updated: 0, unchanged: 0, unknownCodes } };
}

/**
 * A date as COPY text (YYYY-MM-DD) as a number that rises with it (below
 * 10^6 until the year 2688), read from its digits: two a row, and slicing
 * and converting each part made six strings a row.
 */
function dateKey(d: string): number {
  const year = (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48);
  const month = (d.charCodeAt(5) - 48) * 10 + (d.charCodeAt(6) - 48);
  return (year * 12 + month) * 31 + (d.charCodeAt(8) - 48) * 10 + (d.charCodeAt(9) - 48);
}

/** A 32-bit hash of a text (FNV-1a). */
function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** A 32-bit hash of an outcome's natural key but key_seq: person, the two dates as dateKey, and the code as sent (its stringHash). */
function keyHash(person: number, offenceKey: number, outcomeKey: number, codeHash: number): number {
  let h = Math.imul(person | 0, 0x9e3779b1) ^ Math.imul(offenceKey, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x27d4eb2f) ^ Math.imul(outcomeKey, 0xc2b2ae35) ^ codeHash;
  h = Math.imul(h ^ (h >>> 13), 0x165667b1);
  return h ^ (h >>> 16);
}

/**
 * Numbers this import's rows written with a key_seq below zero: each takes
 * its place among this import's rows of the same natural key, in id order.
 * Only the outcomes of `personIds` (the people of those rows) are read.
 */
async function numberRepeats(trx: Trx, ctx: MergeContext, before: number, personIds: string[]): Promise<void> {
  await sql`WITH mine AS MATERIALIZED (
      SELECT id, person_id, offence_date, outcome_date, offence_code_raw, key_seq FROM outcomes
      WHERE person_id = ANY(${personIds}::bigint[]) AND id > ${before} AND import_id = ${ctx.importId})
    UPDATE outcomes o SET key_seq = d.seq
    FROM (SELECT n.id, n.key_seq, row_number() OVER (PARTITION BY n.person_id, n.offence_date, n.outcome_date, n.offence_code_raw ORDER BY n.id) AS seq
          FROM mine n
          JOIN (SELECT DISTINCT person_id, offence_date, outcome_date, offence_code_raw FROM mine WHERE key_seq < 0) r
            ON r.person_id = n.person_id AND r.offence_date = n.offence_date AND r.outcome_date = n.outcome_date AND r.offence_code_raw = n.offence_code_raw) d
    WHERE o.id = d.id AND d.key_seq < 0`.execute(trx);
}
