// Writes generated demo people to the database: rows become CSV text in
// chunks of about 16 MB, loaded with COPY. While the database loads one chunk
// (in PGlite's worker thread or the PostgreSQL server), this thread generates
// the next, so memory stays bounded and both cores work.
import { recipientsOf } from '../alerts/raise.js';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { copyInto, csvField } from '../db/statements.js';
import { isoOfDay } from '../calendar/day-numbers.js';
import { generatePerson, type DemoPerson, type DemoPlan, type DemoSchemeCode } from './generate.js';
import { demoCases, drrEndKind, openMemberships, panelDecisions, panelMeetingDays, PANEL_SCHEMES, type DemoPanelMembership } from './cases.js';
import type { AgencyKind } from '../glossary.js';
import { sql } from 'kysely';
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
  agencyIds: ReadonlyMap<AgencyKind, number>;
  /** The practitioner of each agency: case manager when it leads, named worker on the team. */
  practitioners: ReadonlyMap<AgencyKind, { id: number; label: string }>;
  /** Who records the panel's decisions. */
  panelChair: { id: number; label: string };
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
  outcomes: ['partnership_id', 'person_id', 'offence_date', 'outcome_date', 'outcome', 'outcome_raw', 'offence_code', 'offence_code_raw', 'offence_code_known', 'offence_description', 'disposal', 'disposal_raw', 'sentence_days', 'court', 'key_seq'],
  intelligence_reports: ['partnership_id', 'person_id', 'report_date', 'grading', 'topic'],
  drug_tests: ['partnership_id', 'person_id', 'test_date', 'opiates', 'cocaine', 'trigger_offence_code'],
  required_assessments: ['partnership_id', 'person_id', 'assessment_date', 'attended', 'drug_misuser'],
  breaches: ['partnership_id', 'person_id', 'breach_date', 'order_kind', 'outcome'],
  custody_periods: ['partnership_id', 'person_id', 'kind', 'kind_raw', 'reception_date', 'release_date', 'sentence_days', 'expected_release_date', 'establishment'],
  supervision_periods: ['partnership_id', 'person_id', 'kind', 'kind_raw', 'statutory', 'start_date', 'end_date', 'end_kind'],
  memberships: ['id', 'partnership_id', 'person_id', 'scheme_id', 'tier_id', 'strand_id', 'start_date', 'end_date', 'selection_reason', 'end_reason', 'end_reason_raw', 'exit_plan'],
} as const;
export type DemoTable = keyof typeof DEMO_TABLES;
/** Parents before children, so every foreign key is there when a chunk loads. */
const ORDER = Object.keys(DEMO_TABLES) as DemoTable[];

export type DemoCounts = Record<DemoTable, number> & CaseCounts;

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
/** The first panel meeting of the demo's year: memberships starting or ending since then have decisions. */
const FIRST_PANEL = panelMeetingDays()[0]!;
const b = (x: boolean | null) => (x === null ? '' : x ? 't' : 'f');

/**
 * CSV bytes per table. Lines go straight into byte buffers rather than being
 * joined as strings: each line string then dies young, and the garbage
 * collector never has to promote millions of them, which kept the heap large.
 * The demo's text is all ASCII except a few known characters, so latin1 would
 * corrupt nothing here; utf8 is used anyway to be safe.
 */
class Buffers<T extends string = DemoTable> {
  bytes = {} as Record<T, Buffer>;
  used = {} as Record<T, number>;
  rows = {} as Record<T, number>;
  chars = 0;
  constructor(tables: readonly T[] = ORDER as unknown as T[]) {
    for (const t of tables) {
      this.bytes[t] = Buffer.allocUnsafe(64 * 1024);
      this.used[t] = 0;
      this.rows[t] = 0;
    }
  }
  add(table: T, line: string): void {
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
  csv(table: T): Buffer {
    return this.bytes[table].subarray(0, this.used[table]);
  }
}

function appendPerson(buf: Buffers, p: DemoPerson, id: number, t: LoadTargets, membershipIds: { next: number }, panel: DemoPanelMembership[]): void {
  const pre = `${t.partnershipId},${id},`;
  buf.add('people', `${id},${t.partnershipId},${p.personRef},${q(p.familyName)},${q(p.givenNames)},${d(p.dateOfBirth)},${p.sex},${p.sex},${p.ethnicity},${p.ethnicity},${d(p.dateOfDeath)}\n`);
  for (const i of p.identifiers) buf.add('person_identifiers', `${pre}${i.kind},${q(i.value)}\n`);
  for (const a of p.addresses) buf.add('addresses', `${pre}${d(a.from)},${d(a.to)},${a.areaCode},${n(t.areaIds.get(a.areaCode) ?? null)},${q(a.postcode)}\n`);
  for (const a of p.arrests) buf.add('arrests', `${pre}${d(a.date)},${a.code},${a.code},${a.outcome},${q(a.outcomeRaw)}\n`);
  for (const c of p.charges) buf.add('charges', `${pre}${d(c.date)},${c.code},${c.code}\n`);
  // Two offences of one kind on one day, dealt with together, share a natural
  // key: key_seq numbers them, as an import of the same rows would.
  const keys = new Map<string, number>();
  for (const o of p.outcomes) {
    const key = `${d(o.offenceDate)},${d(o.outcomeDate)},${o.code}`;
    const seq = (keys.get(key) ?? 0) + 1;
    keys.set(key, seq);
    buf.add(
      'outcomes',
      `${pre}${d(o.offenceDate)},${d(o.outcomeDate)},${o.outcome},${q(o.outcomeRaw)},${o.code},${o.code},t,${q(o.description)},${o.disposal ?? ''},${o.disposal ?? ''},${n(o.sentenceDays)},${q(o.court)},${seq}\n`,
    );
  }
  for (const i of p.intelligence) buf.add('intelligence_reports', `${pre}${d(i.date)},${q(i.grading)},${q(i.topic)}\n`);
  for (const x of p.drugTests) buf.add('drug_tests', `${pre}${d(x.date)},${b(x.opiates)},${b(x.cocaine)},${x.triggerCode}\n`);
  for (const a of p.assessments) buf.add('required_assessments', `${pre}${d(a.date)},${b(a.attended)},${b(a.drugMisuser)}\n`);
  for (const x of p.breaches) buf.add('breaches', `${pre}${d(x.date)},${q(x.orderKind)},${q(x.outcome)}\n`);
  for (const c of p.custody) {
    buf.add('custody_periods', `${pre}${c.kind},${c.kind},${d(c.reception)},${d(c.release)},${n(c.sentenceDays)},${d(c.expectedRelease)},${q(c.establishment)}\n`);
  }
  for (const s of p.supervision) buf.add('supervision_periods', `${pre}${s.kind},${s.kind},${b(s.statutory)},${d(s.start)},${d(s.end)},${drrEndKind(s) ?? ''}\n`);
  for (const m of p.memberships) {
    const membershipId = membershipIds.next++;
    if (PANEL_SCHEMES.includes(m.scheme) && (m.start >= FIRST_PANEL || (m.end !== null && m.end >= FIRST_PANEL))) {
      panel.push({ personId: id, membershipId, scheme: m.scheme, tier: m.tier, start: m.start, end: m.end, selectionReason: m.selectionReason, endReason: m.endReason, exitPlan: m.exitPlan });
    }
    const tier = m.tier === null ? null : (t.tierIds.get(`${m.scheme}:${m.tier}`) ?? null);
    const strand = m.strand === null ? null : (t.strandIds.get(`${m.scheme}:${m.strand}`) ?? null);
    buf.add(
      'memberships',
      `${membershipId},${pre}${t.schemeIds[m.scheme]},${n(tier)},${n(strand)},${d(m.start)},${d(m.end)},${q(m.selectionReason)},${m.endReason ?? ''},${q(m.endReasonRaw)},${q(m.exitPlan)}\n`,
    );
  }
}

async function flush(trx: Transaction<DB>, buf: Buffers): Promise<void> {
  for (const table of ORDER) {
    if (buf.used[table] > 0) await copyInto(trx, table, DEMO_TABLES[table], buf.csv(table));
  }
}

/** Reserves n ids of a table's sequence (the table locked by the caller); returns the first. */
async function reserveIds(trx: Transaction<DB>, table: string, n: number): Promise<number> {
  const first = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::integer AS id`.execute(trx);
  const id = first.rows[0]!.id;
  if (n > 1) await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), ${id + n - 1})`.execute(trx);
  return id;
}

/**
 * Generates and loads every person of the plan inside the caller's transaction,
 * then their case work (cases for the memberships open on the extract date)
 * and a year of panel meetings. Returns how many rows went into each table.
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
  // Membership ids are given here (the table locked), so panel decisions can name them.
  await sql`LOCK TABLE memberships IN EXCLUSIVE MODE`.execute(trx);
  const firstMembershipId = await reserveIds(trx, 'memberships', 1);
  const membershipIds = { next: firstMembershipId };
  const members: { person: DemoPerson; id: number }[] = [];
  const panel: DemoPanelMembership[] = [];
  for (let i = 0; i < plan.people; i++) {
    const person = generatePerson(plan, i, opts.refPrefix);
    const id = targets.firstPersonId + i;
    appendPerson(buf, person, id, targets, membershipIds, panel);
    if (openMemberships(person).length) members.push({ person, id });
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
  if (membershipIds.next > firstMembershipId + 1) {
    await sql`SELECT setval(pg_get_serial_sequence('memberships', 'id'), ${membershipIds.next - 1})`.execute(trx);
  }
  const caseCounts = await loadCaseWork(trx, plan, targets, members, panel);
  return { ...counts, ...caseCounts };
}

// ------------------------------------------------------------------ case work
export const CASE_TABLES = {
  cases: ['id', 'partnership_id', 'person_id', 'scheme_id', 'lead_agency_id', 'case_manager_id', 'opened_on', 'updated_by_label'],
  case_team: ['case_id', 'agency_id', 'user_id', 'role', 'added_on'],
  needs_assessments: ['id', 'partnership_id', 'case_id', 'person_id', 'kind', 'assessment_date', 'agency_id', 'created_by', 'created_by_label'],
  needs_ratings: ['assessment_id', 'pathway', 'rating'],
  appointments: ['id', 'partnership_id', 'case_id', 'person_id', 'appointment_date', 'purpose', 'agency_id', 'status', 'outcome_recorded_on', 'created_by', 'created_by_label'],
  case_actions: ['partnership_id', 'case_id', 'person_id', 'kind', 'pathway', 'description', 'owner_agency_id', 'due_date', 'status', 'outcome', 'completed_on', 'appointment_id', 'told_whom', 'told_on', 'created_by', 'created_by_label'],
  disengagements: ['partnership_id', 'case_id', 'person_id', 'opened_on', 'appointment_id', 'stage', 'route', 'route_on', 'outcome', 'concluded_on', 'updated_by_label'],
  case_notes: ['partnership_id', 'case_id', 'person_id', 'note_date', 'body', 'sensitivity', 'author_id', 'author_label', 'agency_id'],
  alerts: ['partnership_id', 'person_id', 'case_id', 'kind', 'raised_on', 'about_date', 'detail', 'recipients', 'dedupe_key', 'acknowledged_by', 'acknowledged_by_label', 'acknowledged_at'],
  panel_decisions: ['partnership_id', 'meeting_id', 'person_id', 'item', 'decision', 'action', 'reason', 'end_reason', 'exit_plan', 'tier_id', 'membership_id', 'decided_by', 'decided_by_label', 'decided_at'],
} as const;
export type CaseTable = keyof typeof CASE_TABLES;
const CASE_ORDER = Object.keys(CASE_TABLES) as CaseTable[];
export type CaseCounts = Record<CaseTable | 'panel_meetings', number>;

async function loadCaseWork(
  trx: Transaction<DB>,
  plan: DemoPlan,
  t: LoadTargets,
  members: readonly { person: DemoPerson; id: number }[],
  panel: readonly DemoPanelMembership[],
): Promise<CaseCounts> {
  const cases = demoCases(plan.seed, members.map((m) => m.person));
  const personId = new Map(members.map((m) => [m.person.index, m.id]));
  const nAppointments = cases.reduce((a, c) => a + c.appointments.length, 0);
  const nAssessments = cases.reduce((a, c) => a + c.assessments.length, 0);
  for (const table of ['cases', 'appointments', 'needs_assessments']) await sql`LOCK TABLE ${sql.table(table)} IN EXCLUSIVE MODE`.execute(trx);
  let caseId = cases.length ? await reserveIds(trx, 'cases', cases.length) : 0;
  let appointmentId = nAppointments ? await reserveIds(trx, 'appointments', nAppointments) : 0;
  let assessmentId = nAssessments ? await reserveIds(trx, 'needs_assessments', nAssessments) : 0;
  const user = (a: AgencyKind) => t.practitioners.get(a)!;
  const agency = (a: AgencyKind) => t.agencyIds.get(a)!;
  const at = (day: number) => `${isoOfDay(day)} 12:00:00+00`;
  const buf = new Buffers<CaseTable>(CASE_ORDER);
  const P = t.partnershipId;
  for (const c of cases) {
    const id = caseId++;
    const person = personId.get(c.personIndex)!;
    const pre = `${P},${id},${person},`;
    const manager = user(c.lead);
    buf.add('cases', `${id},${P},${person},${t.schemeIds[c.scheme]},${agency(c.lead)},${manager.id},${d(c.opened)},waymark demo\n`);
    for (const m of c.team) buf.add('case_team', `${id},${agency(m.agency)},${user(m.agency).id},${q(m.role)},${d(c.opened)}\n`);
    for (const a of c.assessments) {
      const aid = assessmentId++;
      buf.add('needs_assessments', `${aid},${pre}${a.kind},${d(a.date)},${agency(a.agency)},${user(a.agency).id},${q(user(a.agency).label)}\n`);
      for (const [pw, rating] of Object.entries(a.ratings)) buf.add('needs_ratings', `${aid},${pw},${rating}\n`);
    }
    const firstAppointment = appointmentId;
    for (const a of c.appointments) {
      const u = user(a.agency);
      buf.add('appointments', `${appointmentId++},${pre}${d(a.date)},${q(a.purpose)},${agency(a.agency)},${a.status},${a.status === 'planned' ? '' : d(a.date)},${u.id},${q(u.label)}\n`);
    }
    for (const x of c.actions) {
      const u = user(x.createdBy);
      buf.add(
        'case_actions',
        `${pre}${x.kind},${x.pathway ?? ''},${q(x.description)},${agency(x.owner)},${d(x.due)},${x.status},${q(x.outcome)},${d(x.completedOn)},${x.appointment === null ? '' : firstAppointment + x.appointment},${q(x.toldWhom)},${d(x.toldOn)},${u.id},${q(u.label)}\n`,
      );
    }
    const g = c.disengagement;
    if (g) {
      buf.add('disengagements', `${pre}${d(g.opened)},${firstAppointment + g.appointment},${g.stage},${g.route ?? ''},${d(g.routeOn)},${q(g.outcome)},${d(g.concludedOn)},${q(manager.label)}\n`);
    }
    for (const note of c.notes) {
      const u = user(note.agency);
      buf.add('case_notes', `${pre}${d(note.date)},${q(note.body)},${note.sensitivity},${u.id},${q(u.label)},${agency(note.agency)}\n`);
    }
    for (const a of c.alerts) {
      const ack = a.acknowledgedOn !== null;
      buf.add(
        'alerts',
        `${P},${person},${id},${a.kind},${d(a.raised)},${d(a.about)},${q(a.detail)},"{${recipientsOf(a.kind).join(',')}}",${q(`${a.dedupeKey}:case:${id}`)},${ack ? manager.id : ''},${ack ? q(manager.label) : ''},${ack ? at(a.acknowledgedOn!) : ''}\n`,
      );
    }
  }

  // A year of monthly panels for PPO and IOM, with the decisions that started and ended memberships.
  const days = panelMeetingDays();
  const meetings = await trx
    .insertInto('panel_meetings')
    .values(PANEL_SCHEMES.flatMap((s) => days.map((day) => ({ partnership_id: P, scheme_id: t.schemeIds[s], meeting_date: isoOfDay(day), notes: 'Monthly review panel (demo)', created_by: t.panelChair.id, created_by_label: t.panelChair.label }))))
    .returning(['id', 'scheme_id', 'meeting_date'])
    .execute();
  const meetingId = new Map(meetings.map((m) => [`${m.scheme_id}:${m.meeting_date}`, m.id]));
  for (const x of panelDecisions(panel)) {
    const mid = meetingId.get(`${t.schemeIds[x.scheme]}:${isoOfDay(x.meeting)}`)!;
    const tier = x.tier === null ? null : (t.tierIds.get(`${x.scheme}:${x.tier}`) ?? null);
    buf.add(
      'panel_decisions',
      `${P},${mid},${x.personId},${x.item},accept,${x.action},${q(x.reason)},${x.endReason ?? ''},${q(x.exitPlan)},${n(tier)},${x.membershipId},${t.panelChair.id},${q(t.panelChair.label)},${at(x.meeting)}\n`,
    );
  }
  for (const table of CASE_ORDER) if (buf.used[table] > 0) await copyInto(trx, table, CASE_TABLES[table], buf.csv(table));
  return { ...buf.rows, panel_meetings: meetings.length };
}
