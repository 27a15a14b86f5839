// Seals over the audit log, and its verification. Appends take no lock and
// chain nothing; a sealer (a few seconds apart while serving, and before every
// anchor and verify) takes the sealers' own lock and seals, in the order of the
// transactions that wrote them, every committed entry not yet sealed whose mac
// verifies. Each seal's HMAC covers the previous seal's, so the head of the
// seals, kept elsewhere (`waymark audit anchor`), shows a cut tail or a
// rewritten log; an entry's mac shows an altered one; an unsealed entry older
// than the last seal's boundary is one inserted behind the sealer's back.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import { InvalidInputError } from '../errors.js';
import { requireAuditKey, type AuditKey } from './audit-key.js';
import { entryHash, entryMacText, GENESIS_HASH, type EntryContent } from './audit-entry.js';

/** Only sealers take it, and only while they seal. */
const SEAL_LOCK = 7305104;
/** The most entries one seal holds; a sealer makes as many seals as it needs. */
const SEAL_BATCH = 10_000;
const READ_BATCH = 5_000;

interface EntryRow {
  id: number;
  uid: string | null;
  at: Date | string;
  partnership_id: number | null;
  user_id: number | null;
  action: string;
  person_id: number | null;
  person_ids: (number | string)[] | null;
  what: string;
  justification: string | null;
  details: string | null;
  prev_hash: string | null;
  hash: string | null;
  mac: string | null;
  txid: number | string | null;
}

const ENTRY_COLUMNS = ['a.id', 'a.uid', 'a.at', 'a.partnership_id', 'a.user_id', 'a.action', 'a.person_id', 'a.person_ids', 'a.what', 'a.justification', 'a.details', 'a.prev_hash', 'a.hash', 'a.mac', 'a.txid'] as const;

function contentOf(r: EntryRow): Omit<EntryContent, 'uid'> {
  return {
    at: new Date(r.at).toISOString(),
    partnershipId: r.partnership_id,
    userId: r.user_id,
    action: r.action,
    personId: r.person_id === null ? null : Number(r.person_id),
    personIds: r.person_ids ? r.person_ids.map(Number) : null,
    what: r.what,
    justification: r.justification,
    details: r.details,
  };
}

/** What a seal's HMAC covers for each entry: its mac, or for an entry of before 0110 its SHA-256 hash. */
function proofOf(r: { mac: string | null; hash: string | null }): string | null {
  return r.mac ?? r.hash;
}

function sealHash(key: AuditKey, s: { prevHash: string; seq: number; sealedAt: string; boundary: number; entries: [number, string | null][] }): string {
  return key.mac(JSON.stringify(['waymark audit seal 1', s.prevHash, s.seq, s.sealedAt, s.boundary, s.entries]));
}

interface SealHead {
  seq: number;
  hash: string;
  boundary: number;
}

async function lastSeal(trx: Transaction<DB>): Promise<SealHead | null> {
  const r = await trx.selectFrom('audit_seals').select(['seq', 'hash', 'boundary']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return r ? { seq: Number(r.seq), hash: r.hash, boundary: Number(r.boundary) } : null;
}

async function maxSealedId(trx: Transaction<DB> | Kysely<DB>): Promise<number> {
  const r = await sql<{ m: string | number | null }>`SELECT max(entry_id) AS m FROM audit_seal_entries`.execute(trx);
  return Number(r.rows[0]?.m ?? 0);
}

/**
 * The unsealed entries a sealer considers: those of transactions the last seal
 * could not see (txid at or past its boundary), and any with a larger id than
 * every sealed one (a restored database's transaction ids start again lower).
 */
function unsealed(trx: Transaction<DB>, head: SealHead | null, maxSealed: number, exclude: number[]) {
  let q = trx
    .selectFrom('audit_log as a')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('audit_seal_entries as s').select('s.entry_id').whereRef('s.entry_id', '=', 'a.id'))));
  if (head) q = q.where((eb) => eb.or([eb('a.txid', '>=', head.boundary as never), eb('a.id', '>', maxSealed)]));
  if (exclude.length) q = q.where(sql<boolean>`a.id <> ALL(${exclude}::bigint[])`);
  return q;
}

export interface SealResult {
  /** Seals made. */
  seals: number;
  /** Entries sealed. */
  entries: number;
  /** Entries the sealer would not seal: their mac (or old hash) does not verify, or they copy another's. */
  refused: number[];
}

/** Seals every committed entry not yet sealed whose proof verifies (`batch`: the most entries per seal). */
export async function sealAudit(db: Kysely<DB>, clock: Clock = systemClock, batch = SEAL_BATCH): Promise<SealResult> {
  const key = requireAuditKey(db);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`.execute(trx);
    // Every transaction older than this had ended when the statements below began, so all their entries are seen.
    const boundary = Number((await sql<{ b: string }>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS b`.execute(trx)).rows[0]!.b);
    let head = await lastSeal(trx);
    let maxSealed = await maxSealedId(trx);
    // Entries of before 0110 are sealed only ahead of every keyed one: one added later is forged.
    let keyedSealed = !!(await trx
      .selectFrom('audit_seal_entries as s')
      .innerJoin('audit_log as a', 'a.id', 's.entry_id')
      .select('s.entry_id')
      .where('a.mac', 'is not', null)
      .limit(1)
      .executeTakeFirst());
    const result: SealResult = { seals: 0, entries: 0, refused: [] };
    for (;;) {
      const rows = (await unsealed(trx, head, maxSealed, result.refused)
        .select([...ENTRY_COLUMNS, sql<boolean>`EXISTS (SELECT 1 FROM audit_log b WHERE b.uid = a.uid AND b.id < a.id)`.as('copy')])
        .orderBy(sql`a.txid NULLS FIRST`)
        .orderBy('a.id')
        .limit(batch + 1)
        .execute()) as (EntryRow & { copy: boolean })[];
      const more = rows.length > batch;
      const taken = rows.slice(0, batch);
      const sealed: [number, string | null][] = [];
      let legacyPrev: string | null = null;
      for (const r of taken) {
        let ok: boolean;
        if (r.mac === null) {
          if (legacyPrev === null) {
            const before = await trx.selectFrom('audit_log').select('hash').where('mac', 'is', null).where('id', '<', r.id).orderBy('id', 'desc').limit(1).executeTakeFirst();
            legacyPrev = before?.hash ?? GENESIS_HASH;
          }
          ok = !keyedSealed && r.prev_hash === legacyPrev && r.hash === entryHash(legacyPrev, contentOf(r));
          legacyPrev = r.hash ?? '';
        } else {
          ok = !r.copy && r.uid !== null && key.verify(macText(r), r.mac);
        }
        if (ok) sealed.push([Number(r.id), proofOf(r)]);
        else result.refused.push(Number(r.id));
      }
      if (sealed.length) {
        let sealBoundary = boundary;
        if (more) {
          // The entries left for the next seal must still count as unsealed against this one's boundary.
          const left = await unsealed(trx, head, maxSealed, [...result.refused, ...sealed.map((e) => e[0])])
            .select(sql<string | null>`min(a.txid)::text`.as('m'))
            .executeTakeFirst();
          if (left?.m != null) sealBoundary = Math.min(sealBoundary, Number(left.m));
        }
        const seq = (head?.seq ?? 0) + 1;
        const prevHash = head?.hash ?? GENESIS_HASH;
        const sealedAt = clock.now().toISOString();
        const hash = sealHash(key, { prevHash, seq, sealedAt, boundary: sealBoundary, entries: sealed });
        await trx.insertInto('audit_seals').values({ seq, sealed_at: sealedAt, boundary: sealBoundary, entry_ids: sealed.map((e) => e[0]), prev_hash: prevHash, hash }).execute();
        for (let i = 0; i < sealed.length; i += 5000) {
          await trx
            .insertInto('audit_seal_entries')
            .values(sealed.slice(i, i + 5000).map(([entry_id]) => ({ entry_id, seal_seq: seq })))
            .execute();
        }
        head = { seq, hash, boundary: sealBoundary };
        maxSealed = sealed.reduce((m, e) => Math.max(m, e[0]), maxSealed);
        const sealedIds = new Set(sealed.map((e) => e[0]));
        keyedSealed ||= taken.some((r) => r.mac !== null && sealedIds.has(Number(r.id)));
        result.seals++;
        result.entries += sealed.length;
      }
      if (!more) return result;
    }
  });
}

/** What a keyed entry's mac covers, as read back. */
function macText(r: EntryRow): string {
  return entryMacText({ ...contentOf(r), uid: r.uid ?? '' });
}

/** The head of the seals, as `waymark audit anchor` writes it: one line of JSON. */
export interface AuditAnchor {
  waymark: 'audit anchor';
  version: 1;
  /** The last seal: 0 and the genesis hash when nothing is sealed yet. */
  seq: number;
  hash: string;
  sealedAt: string | null;
  /** The largest entry id sealed, and how many entries the seals hold. */
  lastEntryId: number;
  entries: number;
  /** Names the key (not the key itself). */
  keyId: string;
}

/** Seals, then gives the head: it covers every entry committed before it ran. */
export async function anchorAudit(db: Kysely<DB>, clock: Clock = systemClock): Promise<AuditAnchor> {
  const key = requireAuditKey(db);
  await sealAudit(db, clock);
  const head = await db.selectFrom('audit_seals').select(['seq', 'hash', 'sealed_at']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const counts = await sql<{ n: string | number; m: string | number | null }>`SELECT count(*) AS n, max(entry_id) AS m FROM audit_seal_entries`.execute(db);
  return {
    waymark: 'audit anchor',
    version: 1,
    seq: head ? Number(head.seq) : 0,
    hash: head?.hash ?? GENESIS_HASH,
    sealedAt: head ? new Date(head.sealed_at).toISOString() : null,
    lastEntryId: Number(counts.rows[0]?.m ?? 0),
    entries: Number(counts.rows[0]?.n ?? 0),
    keyId: key.id,
  };
}

/** Reads an anchor written by `waymark audit anchor`. */
export function parseAnchor(text: string, file?: string): AuditAnchor {
  const where = file ? `${file}` : 'The anchor';
  let a: Partial<AuditAnchor>;
  try {
    a = JSON.parse(text.trim().split('\n')[0] ?? '') as Partial<AuditAnchor>;
  } catch {
    throw new InvalidInputError(`${where} is not an audit anchor (one line of JSON from \`waymark audit anchor\`).`, { file });
  }
  if (a?.waymark !== 'audit anchor' || a.version !== 1 || !Number.isInteger(a.seq) || typeof a.hash !== 'string' || typeof a.keyId !== 'string') {
    throw new InvalidInputError(`${where} is not an audit anchor (one line of JSON from \`waymark audit anchor\`).`, { file });
  }
  return a as AuditAnchor;
}

export type AuditProblemKind = 'altered' | 'removed' | 'inserted' | 'cut' | 'seal' | 'key';

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The first entry that was altered, removed or inserted; null when it cannot be named (a cut tail, another key). */
  entryId: number | null;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries checked, and seals. */
  entries: number;
  seals: number;
  head: { seq: number; hash: string };
  problem: AuditProblem | null;
}

/**
 * Seals, then checks every entry's mac (or old hash chain), every seal's link
 * and HMAC, that every sealed entry is still there, that no unsealed entry is
 * older than the seals, and, given an anchor, that its seal is there unchanged.
 * Reports the first entry (by id) that fails.
 */
export async function verifyAuditLog(db: Kysely<DB>, opts: { anchor?: AuditAnchor; clock?: Clock } = {}): Promise<AuditVerification> {
  const key = requireAuditKey(db);
  await sealAudit(db, opts.clock ?? systemClock);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const problems: AuditProblem[] = [];
      const seals = (await trx.selectFrom('audit_seals').selectAll().orderBy('seq').execute()).map((s) => ({
        seq: Number(s.seq),
        sealedAt: new Date(s.sealed_at).toISOString(),
        boundary: Number(s.boundary),
        entryIds: s.entry_ids.map(Number),
        prevHash: s.prev_hash,
        hash: s.hash,
      }));
      const last = seals.at(-1);
      const maxSealed = await maxSealedId(trx);
      const firstKeyedSeal = Number(
        (
          await sql<{ m: number | string | null }>`SELECT min(s.seal_seq) AS m FROM audit_seal_entries s JOIN audit_log a ON a.id = s.entry_id WHERE a.mac IS NOT NULL`.execute(trx)
        ).rows[0]?.m ?? Infinity,
      );

      // The seals: numbered 1, 2, 3…, each linked to the one before, each HMAC whole, each entry still there.
      let prevHash = GENESIS_HASH;
      const seen = new Set<number>();
      for (let i = 0; i < seals.length; i++) {
        const s = seals[i]!;
        const first = s.entryIds.length ? Math.min(...s.entryIds) : null;
        if (s.seq !== i + 1) {
          problems.push({ kind: 'removed', entryId: first, message: `seal ${i + 1} is missing (the next is seal ${s.seq}): the entries it held were removed` });
          break;
        }
        if (s.prevHash !== prevHash) problems.push({ kind: 'seal', entryId: first, message: `seal ${s.seq} does not follow seal ${s.seq - 1}: a seal was removed or rewritten` });
        prevHash = s.hash;
        const present = new Map<number, string | null>();
        for (let j = 0; j < s.entryIds.length; j += READ_BATCH) {
          const ids = s.entryIds.slice(j, j + READ_BATCH);
          const rows = await trx.selectFrom('audit_log').select(['id', 'mac', 'hash']).where('id', 'in', ids).execute();
          for (const r of rows) present.set(Number(r.id), proofOf(r));
        }
        const gone = s.entryIds.filter((id) => !present.has(id));
        if (gone.length) {
          problems.push({ kind: 'removed', entryId: Math.min(...gone), message: `entry ${Math.min(...gone)} was removed (seal ${s.seq} held it)` });
          continue;
        }
        const again = s.entryIds.find((id) => seen.has(id));
        if (again !== undefined) problems.push({ kind: 'seal', entryId: again, message: `entry ${again} is in two seals (seal ${s.seq} again): the seals were altered` });
        for (const id of s.entryIds) seen.add(id);
        const expected = sealHash(key, { prevHash: s.prevHash, seq: s.seq, sealedAt: s.sealedAt, boundary: s.boundary, entries: s.entryIds.map((id) => [id, present.get(id) ?? null]) });
        if (expected !== s.hash) problems.push({ kind: 'seal', entryId: first, message: `seal ${s.seq} (entries ${first ?? '-'} onwards) does not verify: the seal, or an entry it holds, was altered` });
        const indexed = (await trx.selectFrom('audit_seal_entries').select('entry_id').where('seal_seq', '=', s.seq).execute()).map((r) => Number(r.entry_id));
        const listed = new Set(s.entryIds);
        const indexedSet = new Set(indexed);
        const odd = [...indexed.filter((id) => !listed.has(id)), ...s.entryIds.filter((id) => !indexedSet.has(id))];
        if (odd.length) problems.push({ kind: 'seal', entryId: Math.min(...odd), message: `the record of which entries seal ${s.seq} holds was altered (entry ${Math.min(...odd)})` });
      }

      // Every entry: its own proof, and sealed unless it is newer than the seals.
      let entries = 0;
      let macsVerified = 0;
      let keyed = 0;
      let legacyPrev: string = GENESIS_HASH;
      let after = Number.MIN_SAFE_INTEGER; // ids are whatever a forger chose: from the lowest
      const copies = new Map<number, number>();
      for (const r of (
        await sql<{ id: string | number; first: string | number }>`
          SELECT a.id, (SELECT b.id FROM audit_log b LEFT JOIN audit_seal_entries s ON s.entry_id = b.id WHERE b.uid = a.uid ORDER BY s.seal_seq NULLS LAST, b.id LIMIT 1) AS first
          FROM audit_log a WHERE a.uid IN (SELECT uid FROM audit_log WHERE uid IS NOT NULL GROUP BY uid HAVING count(*) > 1)`.execute(trx)
      ).rows) {
        if (Number(r.id) !== Number(r.first)) copies.set(Number(r.id), Number(r.first));
      }
      let entryProblem: AuditProblem | null = null;
      for (;;) {
        const rows = (await trx
          .selectFrom('audit_log as a')
          .leftJoin('audit_seal_entries as s', 's.entry_id', 'a.id')
          .select([...ENTRY_COLUMNS, 's.seal_seq'])
          .where('a.id', '>', after)
          .orderBy('a.id')
          .limit(READ_BATCH)
          .execute()) as (EntryRow & { seal_seq: number | null })[];
        if (rows.length === 0) break;
        for (const r of rows) {
          const id = Number(r.id);
          after = id;
          entries++;
          const sealed = r.seal_seq !== null;
          let problem: AuditProblem | null = null;
          if (r.mac === null) {
            const ok = r.hash !== null && r.prev_hash === legacyPrev && r.hash === entryHash(legacyPrev, contentOf(r));
            legacyPrev = r.hash ?? '';
            if (!ok) problem = { kind: sealed ? 'altered' : 'inserted', entryId: id, message: `entry ${id} was ${sealed ? 'altered' : 'inserted or altered'}: it is an entry of before the keyed log whose hash chain does not verify` };
            else if (!sealed || Number(r.seal_seq) > firstKeyedSeal) problem = { kind: 'inserted', entryId: id, message: `entry ${id} was inserted: it claims to be of before the keyed log, but was not sealed with those entries` };
          } else {
            keyed++;
            const ok = r.uid !== null && key.verify(macText(r), r.mac);
            if (ok) macsVerified++;
            if (!ok) problem = { kind: sealed ? 'altered' : 'inserted', entryId: id, message: sealed ? `entry ${id} was altered: its content no longer matches its mac` : `entry ${id} was inserted or altered: its mac does not match its content, and it was never sealed` };
            else if (copies.has(id)) problem = { kind: 'inserted', entryId: id, message: `entry ${id} was inserted: it is a copy of entry ${copies.get(id)}` };
            else if (!sealed && last && !(Number(r.txid ?? -1) >= last.boundary || id > maxSealed)) problem = { kind: 'inserted', entryId: id, message: `entry ${id} was inserted: it is older than seal ${last.seq} but not in any seal` };
          }
          // Entries come in id order: the first problem found is the first by id. The scan goes on to count the macs that verify.
          if (problem && !entryProblem) entryProblem = problem;
        }
      }

      if (entryProblem) problems.push(entryProblem);

      // The anchor: its seal must still be there, unchanged.
      if (opts.anchor) {
        const a = opts.anchor;
        if (a.keyId !== key.id) {
          problems.push({ kind: 'key', entryId: null, message: `the anchor was made with another audit key (${a.keyId}; this one is ${key.id}): check WAYMARK_AUDIT_KEY_FILE` });
        } else if (a.seq > 0) {
          const s = seals.find((x) => x.seq === a.seq);
          if (!s) {
            problems.push({ kind: 'cut', entryId: null, message: `the log was cut: the anchor's seal ${a.seq} (entries up to ${a.lastEntryId}) is gone, and the last seal now is ${last?.seq ?? 'none'} (entries up to ${maxSealed || 'none'})` });
          } else if (s.hash !== a.hash) {
            problems.push({ kind: 'seal', entryId: s.entryIds.length ? Math.min(...s.entryIds) : null, message: `seal ${a.seq} is not the one anchored: the log up to entry ${a.lastEntryId} was rewritten` });
          }
        }
      }
      if (keyed > 0 && macsVerified === 0) {
        const first = problems.filter((p) => p.entryId !== null).sort((x, y) => x.entryId! - y.entryId!)[0]?.entryId ?? null;
        problems.unshift({ kind: 'key', entryId: first, message: `entry ${first ?? '?'} does not verify, and no other entry's mac verifies with this audit key (${key.id}) either: either this is not the installation's key (check WAYMARK_AUDIT_KEY_FILE), or every entry was rewritten` });
      }

      const named = problems.filter((p) => p.entryId !== null).sort((x, y) => x.entryId! - y.entryId!);
      const problem = problems.find((p) => p.kind === 'key') ?? named[0] ?? problems[0] ?? null;
      return { ok: problem === null, entries, seals: seals.length, head: { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH }, problem };
    });
}

/**
 * Whether this database role could alter, empty or unprotect the audit log:
 * it owns it (and so may drop its triggers), is a superuser, or was granted
 * UPDATE, DELETE or TRUNCATE on it. Least privilege is INSERT and SELECT only.
 */
export async function mayAlterAuditLog(db: Kysely<DB>): Promise<boolean> {
  const r = await sql<{ may: boolean }>`
    SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
        OR pg_has_role(current_user, c.relowner, 'USAGE')
        OR has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE') OR has_table_privilege(c.oid, 'TRUNCATE') AS may
    FROM pg_class c WHERE c.oid = 'public.audit_log'::regclass`.execute(db);
  return r.rows[0]?.may ?? true;
}
