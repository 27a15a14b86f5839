// Writes generated demo people to the database: rows become CSV text in
// chunks of about 16 MB, loaded with COPY. While the database loads one chunk
// (in PGlite's worker thread or the PostgreSQL server), this thread generates
// the next, so memory stays bounded and both cores work.
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { copyInto, csvField } from '../db/statements.js';
import { isoOfDay } from '../calendar/day-numbers.js';
import { generatePerson, type DemoPerson, type DemoPlan, type DemoSchemeCode } from './generate.js';
import { breathe } from '../db/breather.js';

/** Ids the rows refer to, created before the people are loaded. */
export interface LoadTargets {
  partnershipId: number;
  /** People get ids firstPersonId, firstPersonId + 1, … in index order (reserved by the caller). */
  firstPersonId: number;
  areaIds: ReadonlyMap<string, number>;
  schemeIds: Readonly<Record<DemoSchemeCode, number>>;
  /** Keyed `${scheme}:${code}`. */
  tierIds: ReadonlyMap<string, number>;
  strandIds: ReadonlyMap<string, number>;
}

export interface LoadProgress {
  people: number;
  total: number;
}

export interface LoadOptions {
  /** Flush to the database when the buffered CSV reaches this many bytes. */
  chunkChars?: number;
  onProgress?: (p: LoadProgress) => void;
  refPrefix?: string;
}

export const DEMO_TABLES = {
  people: ['id', 'partnership_id', 'person_ref', 'family_name', 'given_names', 'date_of_birth', 'sex', 'sex_raw', 'ethnicity', 'ethnicity_raw', 'date_of_death'],
  person_identifiers: ['partnership_id', 'person_id', 'kind', 'value'],
  addresses: ['partnership_id', 'person_id', 'from_date', 'to_date', 'area_code', 'area_id', 'postcode'],
  arrests: ['partnership_id', 'person_id', 'arrest_date', 'offence_code', 'offence_code_raw', 'outcome', 'outcome_raw'],
  charges: ['partnership_id', 'person_id', 'charge_date', 'offence_code', 'offence_code_raw'],
  outcomes: ['partnership_id', 'person_id', 'offence_date', 'outcome_date', 'outcome', 'outcome_raw', 'offence_code', 'offence_code_raw', 'offence_code_known', 'offence_description', 'disposal', 'disposal_raw', 'sentence_days', 'court'],
  intelligence_reports: ['partnership_id', 'person_id', 'report_date', 'grading', 'topic'],
  drug_tests: ['partnership_id', 'person_id', 'test_date', 'opiates', 'cocaine', 'trigger_offence_code'],
  required_assessments: ['partnership_id', 'person_id', 'assessment_date', 'attended', 'drug_misuser'],
  breaches: ['partnership_id', 'person_id', 'breach_date', 'order_kind', 'outcome'],
  custody_periods: ['partnership_id', 'person_id', 'kind', 'kind_raw', 'reception_date', 'release_date', 'sentence_days', 'expected_release_date', 'establishment'],
  supervision_periods: ['partnership_id', 'person_id', 'kind', 'kind_raw', 'statutory', 'start_date', 'end_date'],
  memberships: ['partnership_id', 'person_id', 'scheme_id', 'tier_id', 'strand_id', 'start_date', 'end_date', 'selection_reason', 'end_reason', 'end_reason_raw', 'exit_plan'],
} as const;
export type DemoTable = keyof typeof DEMO_TABLES;
/** Parents before children, so every foreign key is there when a chunk loads. */
const ORDER = Object.keys(DEMO_TABLES) as DemoTable[];

export type DemoCounts = Record<DemoTable, number>;

// Free text repeats a great deal; quote each distinct string once.
const quoted = new Map<string, string>();
function q(s: string | null): string {
  if (s === null) return '';
  let v = quoted.get(s);
  if (v === undefined) {
    v = csvField(s);
    if (quoted.size < 10_000) quoted.set(s, v);
  }
  return v;
}
const d = (day: number | null) => (day === null ? '' : isoOfDay(day));
const n = (x: number | null) => (x === null ? '' : String(x));
const b = (x: boolean | null) => (x === null ? '' : x ? 't' : 'f');

/**
 * CSV bytes per table. Lines go straight into byte buffers rather than being
 * joined as strings: each line string then dies young, and the garbage
 * collector never has to promote millions of them, which kept the heap large.
 * The demo's text is all ASCII except a few known characters, so latin1 would
 * corrupt nothing here; utf8 is used anyway to be safe.
 */
class Buffers {
  bytes = {} as Record<DemoTable, Buffer>;
  used = {} as Record<DemoTable, number>;
  rows = {} as Record<DemoTable, number>;
  chars = 0;
  constructor() {
    for (const t of ORDER) {
      this.bytes[t] = Buffer.allocUnsafe(64 * 1024);
      this.used[t] = 0;
      this.rows[t] = 0;
    }
  }
  add(table: DemoTable, line: string): void {
    let buf = this.bytes[table];
    const at = this.used[table];
    // A UTF-8 character takes at most 3 bytes for a UTF-16 code unit.
    if (at + line.length * 3 > buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, at + line.length * 3));
      buf.copy(bigger, 0, 0, at);
      this.bytes[table] = buf = bigger;
    }
    const written = buf.write(line, at, 'utf8');
    this.used[table] = at + written;
    this.rows[table]++;
    this.chars += written;
  }
  csv(table: DemoTable): Buffer {
    return this.bytes[table].subarray(0, this.used[table]);
  }
}

function appendPerson(buf: Buffers, p: DemoPerson, id: number, t: LoadTargets): void {
  const pre = `${t.partnershipId},${id},`;
  buf.add('people', `${id},${t.partnershipId},${p.personRef},${q(p.familyName)},${q(p.givenNames)},${d(p.dateOfBirth)},${p.sex},${p.sex},${p.ethnicity},${p.ethnicity},${d(p.dateOfDeath)}\n`);
  for (const i of p.identifiers) buf.add('person_identifiers', `${pre}${i.kind},${q(i.value)}\n`);
  for (const a of p.addresses) buf.add('addresses', `${pre}${d(a.from)},${d(a.to)},${a.areaCode},${n(t.areaIds.get(a.areaCode) ?? null)},${q(a.postcode)}\n`);
  for (const a of p.arrests) buf.add('arrests', `${pre}${d(a.date)},${a.code},${a.code},${a.outcome},${q(a.outcomeRaw)}\n`);
  for (const c of p.charges) buf.add('charges', `${pre}${d(c.date)},${c.code},${c.code}\n`);
  for (const o of p.outcomes) {
    buf.add(
      'outcomes',
      `${pre}${d(o.offenceDate)},${d(o.outcomeDate)},${o.outcome},${q(o.outcomeRaw)},${o.code},${o.code},t,${q(o.description)},${o.disposal ?? ''},${o.disposal ?? ''},${n(o.sentenceDays)},${q(o.court)}\n`,
    );
  }
  for (const i of p.intelligence) buf.add('intelligence_reports', `${pre}${d(i.date)},${q(i.grading)},${q(i.topic)}\n`);
  for (const x of p.drugTests) buf.add('drug_tests', `${pre}${d(x.date)},${b(x.opiates)},${b(x.cocaine)},${x.triggerCode}\n`);
  for (const a of p.assessments) buf.add('required_assessments', `${pre}${d(a.date)},${b(a.attended)},${b(a.drugMisuser)}\n`);
  for (const x of p.breaches) buf.add('breaches', `${pre}${d(x.date)},${q(x.orderKind)},${q(x.outcome)}\n`);
  for (const c of p.custody) {
    buf.add('custody_periods', `${pre}${c.kind},${c.kind},${d(c.reception)},${d(c.release)},${n(c.sentenceDays)},${d(c.expectedRelease)},${q(c.establishment)}\n`);
  }
  for (const s of p.supervision) buf.add('supervision_periods', `${pre}${s.kind},${s.kind},${b(s.statutory)},${d(s.start)},${d(s.end)}\n`);
  for (const m of p.memberships) {
    const tier = m.tier === null ? null : (t.tierIds.get(`${m.scheme}:${m.tier}`) ?? null);
    const strand = m.strand === null ? null : (t.strandIds.get(`${m.scheme}:${m.strand}`) ?? null);
    buf.add(
      'memberships',
      `${pre}${t.schemeIds[m.scheme]},${n(tier)},${n(strand)},${d(m.start)},${d(m.end)},${q(m.selectionReason)},${m.endReason ?? ''},${q(m.endReasonRaw)},${q(m.exitPlan)}\n`,
    );
  }
}

async function flush(trx: Transaction<DB>, buf: Buffers): Promise<void> {
  for (const table of ORDER) {
    if (buf.used[table] > 0) await copyInto(trx, table, DEMO_TABLES[table], buf.csv(table));
  }
}

/**
 * Generates and loads every person of the plan inside the caller's transaction.
 * Returns how many rows went into each table.
 */
export async function loadDemoPeople(trx: Transaction<DB>, plan: DemoPlan, targets: LoadTargets, opts: LoadOptions = {}): Promise<DemoCounts> {
  const chunkChars = opts.chunkChars ?? 16 * 1024 * 1024;
  const counts = Object.fromEntries(ORDER.map((t) => [t, 0])) as DemoCounts;
  let inFlight: Promise<void> = Promise.resolve();
  let buf = new Buffers();
  opts.onProgress?.({ people: 0, total: plan.people });
  const send = async (full: Buffers, done: number) => {
    // One COPY at a time on the transaction's connection; generation carries on meanwhile.
    await inFlight;
    for (const t of ORDER) counts[t] += full.rows[t];
    inFlight = flush(trx, full).then(() => opts.onProgress?.({ people: done, total: plan.people }));
    // Surface a failure at the next await rather than as an unhandled rejection.
    inFlight.catch(() => undefined);
  };
  for (let i = 0; i < plan.people; i++) {
    appendPerson(buf, generatePerson(plan, i, opts.refPrefix), targets.firstPersonId + i, targets);
    if (buf.chars >= chunkChars) {
      await send(buf, i + 1);
      buf = new Buffers();
    } else if (i % 500 === 499) {
      // Let the driver move the chunk in flight (socket writes, worker replies).
      await breathe();
    }
  }
  await send(buf, plan.people);
  await inFlight;
  return counts;
}
