// The demo's case work (SPEC 3.5, issue 15), as pure functions of the
// generated people: for every scheme membership open on the extract date, a
// case with a lead agency, a case manager and a team; needs assessments; a
// plan; appointments with assertive outreach after a miss and (for a few) the
// disengagement pathway; case notes; alerts; release planning tasks; and a
// year of monthly panel meetings whose decisions match the memberships.
//
// Each case draws from a seed derived from (seed, person index, scheme), so it
// does not depend on chunking. A few choices depend on the case's position in
// the list (its ordinal), so that even a small demo shows every kind of work:
// which extra agency joins the team, which case is in outreach and which is
// on the disengagement pathway. Calibration notes: src/demo/README.md.
import { Rng, mixSeed } from './random.js';
import { dayNumber } from '../calendar/dates.js';
import { DEMO_DATES, type DemoPerson, type DemoSchemeCode, type DemoSupervision, type DemoMembership } from './generate.js';
import type { AgencyKind, AlertKind, CaseActionKind, DisengagementRoute, NeedRating, Pathway, SupervisionEndKind, EndReason } from '../glossary.js';
import { PATHWAYS } from '../glossary.js';

const EXTRACT = dayNumber(DEMO_DATES.extractDate);
/** The partnership's outreach window (partnerships.outreach_days, default 2). */
export const DEMO_OUTREACH_DAYS = 2;
/** A further miss within this many days after outreach opens the disengagement pathway (src/cases/outreach.ts). */
const DISENGAGEMENT_WINDOW = 28;

/** Appointment outcomes for a case not chosen for outreach or disengagement (illustrative; see README.md). */
export const ATTENDANCE = { attended: 0.84, missed: 0.11, cancelled: 0.05 };
/** One case in this many (by ordinal, among cases at liberty) is on the disengagement pathway; one in OUTREACH_EVERY is in outreach now. */
export const DISENGAGEMENT_EVERY = 100;
export const OUTREACH_EVERY = 10;

export interface DemoCaseTeamMember {
  agency: AgencyKind;
  role: string;
}
export interface DemoNeedsAssessment {
  kind: 'initial' | 'follow_up';
  date: number;
  agency: AgencyKind;
  ratings: Record<Pathway, NeedRating>;
}
export interface DemoAppointment {
  date: number;
  purpose: string;
  agency: AgencyKind;
  status: 'planned' | 'attended' | 'missed' | 'cancelled';
}
export interface DemoCaseAction {
  kind: CaseActionKind;
  pathway: Pathway | null;
  description: string;
  owner: AgencyKind;
  due: number;
  status: 'open' | 'done' | 'cancelled';
  outcome: string | null;
  completedOn: number | null;
  /** Index into the case's appointments (for outreach). */
  appointment: number | null;
  toldWhom: string | null;
  toldOn: number | null;
  createdBy: AgencyKind;
}
export interface DemoDisengagement {
  opened: number;
  appointment: number;
  stage: 'opened' | 'route_chosen' | 'concluded';
  route: DisengagementRoute | null;
  routeOn: number | null;
  outcome: string | null;
  concludedOn: number | null;
}
export interface DemoCaseNote {
  date: number;
  body: string;
  sensitivity: 'normal' | 'health';
  agency: AgencyKind;
}
export interface DemoAlert {
  kind: AlertKind;
  raised: number;
  about: number | null;
  detail: string;
  dedupeKey: string;
  acknowledgedOn: number | null;
}
export interface DemoCase {
  personIndex: number;
  scheme: DemoSchemeCode;
  lead: AgencyKind;
  opened: number;
  team: DemoCaseTeamMember[];
  assessments: DemoNeedsAssessment[];
  appointments: DemoAppointment[];
  actions: DemoCaseAction[];
  disengagement: DemoDisengagement | null;
  notes: DemoCaseNote[];
  alerts: DemoAlert[];
}

const ROLES: Record<AgencyKind, string> = {
  police: 'Police offender manager',
  probation: 'Offender manager',
  prison: 'Prison link',
  drug_service: 'Drug worker',
  youth_offending: 'YOT worker',
  local_authority: 'Community safety',
  housing: 'Housing worker',
  voluntary: 'Mentor',
} as Record<AgencyKind, string>;

/** The agency that owns plan actions on each pathway. */
const PATHWAY_OWNER: Record<Pathway, AgencyKind> = {
  accommodation: 'housing',
  education_training_employment: 'voluntary',
  health: 'drug_service',
  drugs_alcohol: 'drug_service',
  finance_benefit_debt: 'local_authority',
  children_families: 'local_authority',
  attitudes_thinking_behaviour: 'probation',
};
const PATHWAY_ACTIONS: Record<Pathway, readonly string[]> = {
  accommodation: ['Referral to supported housing', 'Housing options appointment', 'Tenancy sustainment support'],
  education_training_employment: ['Referral to a training provider', 'CV and job search sessions', 'Literacy assessment'],
  health: ['Register with a GP', 'Mental health assessment', 'Dental appointment'],
  drugs_alcohol: ['Start substitute prescribing', 'Weekly key-work sessions', 'Alcohol brief intervention'],
  finance_benefit_debt: ['Benefit claim', 'Debt advice referral', 'Open a bank account'],
  children_families: ['Family support referral', 'Contact arrangements with children', 'Parenting course'],
  attitudes_thinking_behaviour: ['Thinking skills programme', 'Victim awareness work', 'Peer mentoring'],
};
/** Teams rotate these in by ordinal, so every agency's practitioner has a caseload. */
const ROTATING: readonly AgencyKind[] = ['housing', 'voluntary', 'local_authority', 'prison'];
const RATINGS: readonly NeedRating[] = ['none', 'low', 'medium', 'high'];

/** A DRR supervision period's end kind (supervision_periods.end_kind): revoked or cut short is an early termination. */
export function drrEndKind(s: DemoSupervision): SupervisionEndKind | null {
  if (s.kind !== 'drr' || s.end === null) return null;
  return s.revoked ? 'early_termination' : 'completed';
}

/** The memberships open on the extract date: each has a case. */
export function openMemberships(p: DemoPerson): DemoMembership[] {
  return p.memberships.filter((m) => m.start <= EXTRACT && m.end === null);
}

function inCustodyOn(p: DemoPerson, day: number) {
  return p.custody.find((c) => c.reception <= day && (c.release === null || day < c.release));
}

/**
 * The case work for every open membership of the given people (in person
 * order). Cases are numbered in that order; the ordinal decides the few
 * choices that must appear even in a small demo.
 */
export function demoCases(seed: number, people: readonly DemoPerson[]): DemoCase[] {
  const out: DemoCase[] = [];
  let atLiberty = 0;
  for (const p of people) {
    for (const m of openMemberships(p)) {
      const k = out.length;
      const free = !inCustodyOn(p, EXTRACT) && EXTRACT - m.start >= 35;
      const pattern = free ? (atLiberty % DISENGAGEMENT_EVERY === 1 ? 'disengaging' : atLiberty % OUTREACH_EVERY === 2 ? 'outreach' : 'usual') : 'usual';
      if (free) atLiberty++;
      out.push(oneCase(new Rng(mixSeed(mixSeed(seed, p.index), m.scheme.charCodeAt(0) + 7919)), p, m, k, pattern));
    }
  }
  return out;
}

function oneCase(rng: Rng, p: DemoPerson, m: DemoMembership, k: number, pattern: 'usual' | 'outreach' | 'disengaging'): DemoCase {
  const age = (EXTRACT - p.dateOfBirth) / 365.25;
  const custody = inCustodyOn(p, EXTRACT);
  const lead: AgencyKind = age < 18 ? 'youth_offending' : m.scheme === 'DRR' ? 'probation' : m.scheme === 'PPO' || m.tier === 'high' ? 'police' : 'probation';
  const opened = m.start;
  const team: DemoCaseTeamMember[] = [{ agency: lead, role: 'lead' }];
  const join = (a: AgencyKind, role = ROLES[a]) => {
    if (!team.some((t) => t.agency === a)) team.push({ agency: a, role });
  };
  join('police');
  join('probation');
  if (p.drugUser || m.scheme === 'DRR') join('drug_service');
  if (custody) join('prison');
  join(ROTATING[k % ROTATING.length]!);
  if (age < 21 || k % 7 === 3) join('youth_offending', age < 21 ? ROLES.youth_offending : 'Transitions worker');
  const c: DemoCase = { personIndex: p.index, scheme: m.scheme, lead, opened, team, assessments: [], appointments: [], actions: [], disengagement: null, notes: [], alerts: [] };

  // Needs: the initial assessment within three weeks, then quarterly follow-ups.
  const base = {} as Record<Pathway, NeedRating>;
  for (const pw of PATHWAYS) base[pw] = RATINGS[rng.weighted([0.25, 0.3, 0.3, 0.15])]!;
  base.drugs_alcohol = p.drugUser || m.scheme === 'DRR' ? 'high' : RATINGS[rng.weighted([0.4, 0.4, 0.15, 0.05])]!;
  const initial = opened + rng.int(3, 20);
  if (initial <= EXTRACT) {
    c.assessments.push({ kind: 'initial', date: initial, agency: lead, ratings: { ...base } });
    let prev = base;
    for (let d = initial + rng.int(80, 100); d <= EXTRACT; d += rng.int(80, 100)) {
      const next = { ...prev };
      for (const pw of PATHWAYS) if (next[pw] !== 'none' && rng.chance(0.3)) next[pw] = RATINGS[RATINGS.indexOf(next[pw]) - 1]!;
      c.assessments.push({ kind: 'follow_up', date: d, agency: lead, ratings: next });
      prev = next;
    }
    // The plan: an action on each pathway of medium or high need (at most four).
    const needs = PATHWAYS.filter((pw) => base[pw] === 'high' || base[pw] === 'medium').slice(0, 4);
    if (needs.length === 0) needs.push('attitudes_thinking_behaviour');
    for (const pw of needs) {
      const due = initial + rng.int(14, 200);
      const past = due <= EXTRACT;
      const done = past && rng.chance(0.7);
      const completedOn = done ? Math.max(initial + 1, due - rng.int(0, 10)) : null;
      c.actions.push({
        kind: 'plan',
        pathway: pw,
        description: rng.pick(PATHWAY_ACTIONS[pw]),
        owner: team.some((t) => t.agency === PATHWAY_OWNER[pw]) ? PATHWAY_OWNER[pw] : lead,
        due,
        status: done ? 'done' : 'open',
        outcome: done ? 'Completed as planned' : null,
        completedOn,
        appointment: null,
        toldWhom: null,
        toldOn: null,
        createdBy: lead,
      });
    }
  }

  if (!custody) appointments(rng, p, c, pattern);

  // Release planning: members in custody due out within three months.
  if (custody && custody.expectedRelease !== null && custody.expectedRelease <= EXTRACT + 92) {
    const rel = custody.expectedRelease;
    const due = Math.max(EXTRACT - 7, rel - 14);
    const tasks: [CaseActionKind, AgencyKind, string, string][] = [
      ['release_accommodation', 'housing', 'Accommodation on release', 'Housing options team'],
      ['release_police_informed', 'police', 'Police told of the release', 'Neighbourhood policing inspector'],
    ];
    if (p.drugUser) tasks.splice(1, 0, ['release_treatment', 'drug_service', 'Treatment continuity on release', 'Community prescribing service']);
    for (const [kind, owner, description, whom] of tasks) {
      const done = rng.chance(0.4);
      const on = done ? EXTRACT - rng.int(1, 20) : null;
      c.actions.push({ kind, pathway: null, description, owner, due, status: done ? 'done' : 'open', outcome: done ? 'Arranged' : null, completedOn: on, appointment: null, toldWhom: done ? whom : null, toldOn: on, createdBy: 'prison' });
    }
    // Its release-due alert comes from the daily check (alerts/generate.ts), run when the demo is loaded.
  }

  // Alerts from the person's recent events.
  for (const cp of p.custody) {
    if (cp.release !== null && cp.release >= Math.max(opened, EXTRACT - 60) && cp.release <= EXTRACT) {
      alert(rng, c, 'released', cp.release, cp.release, 'Released from custody', `custody:${p.index}:${cp.reception}:release`);
    }
  }
  for (const t of p.drugTests) {
    if ((t.opiates || t.cocaine) && t.date >= Math.max(opened, EXTRACT - 90)) {
      alert(rng, c, 'positive_drug_test', t.date, t.date, 'Positive drug test on arrest', `drug_test:${p.index}:${t.date}`);
    }
  }
  for (const a of c.appointments) {
    if (a.status === 'missed' && a.date >= EXTRACT - 60) alert(rng, c, 'missed_appointment', a.date, a.date, 'Missed appointment', `appointment:${p.index}:${m.scheme}:${a.date}`);
  }

  // Notes: a few from the team, the drug service's about treatment.
  const n = rng.int(2, 5);
  for (let i = 0; i < n; i++) {
    const date = Math.min(EXTRACT, opened + rng.int(0, Math.max(0, EXTRACT - opened)));
    const who = rng.pick(team).agency;
    const health = who === 'drug_service';
    c.notes.push({
      date,
      agency: who,
      sensitivity: health ? 'health' : 'normal',
      body: health
        ? rng.pick(['Script reviewed; stable on methadone.', 'Reported using on top at the weekend; key worker informed.', 'Clean test at the clinic; motivated to stay in treatment.'])
        : rng.pick(['Home visit: settled at the address.', 'Discussed the plan; agreed next steps.', 'Phoned to check in; no concerns raised.', 'Met at the office with the offender manager.']),
    });
  }
  c.notes.sort((a, b) => a.date - b.date);
  return c;
}

function alert(rng: Rng, c: DemoCase, kind: AlertKind, raised: number, about: number | null, detail: string, key: string): void {
  const acknowledged = raised < EXTRACT - 7 && rng.chance(0.7) ? Math.min(EXTRACT, raised + rng.int(1, 5)) : null;
  // One alert per key, as the alert service raises them (two positive tests on one day are one alert).
  if (c.alerts.some((a) => a.kind === kind && a.dedupeKey === `demo:${key}`)) return;
  c.alerts.push({ kind, raised, about, detail, dedupeKey: `demo:${key}`, acknowledgedOn: acknowledged });
}

/** Fortnightly appointments over the last six months and the next month, with the outreach rules applied in order. */
function appointments(rng: Rng, p: DemoPerson, c: DemoCase, pattern: 'usual' | 'outreach' | 'disengaging'): void {
  const from = Math.max(c.opened + 7, EXTRACT - 182);
  const drugs = c.team.some((t) => t.agency === 'drug_service');
  let i = 0;
  for (let d = from; d <= EXTRACT + 28; d += 14 + rng.int(-2, 2), i++) {
    const drugAppointment = drugs && i % 2 === 1;
    const r = rng.weighted([ATTENDANCE.attended, ATTENDANCE.missed, ATTENDANCE.cancelled]);
    c.appointments.push({
      date: d,
      agency: drugAppointment ? 'drug_service' : c.lead,
      purpose: drugAppointment ? rng.pick(['Drug treatment review', 'Prescribing review', 'Key-work session']) : rng.pick(['Supervision', 'Plan review', 'Home visit']),
      status: d > EXTRACT ? 'planned' : (['attended', 'missed', 'cancelled'] as const)[r]!,
    });
  }
  const past = c.appointments.map((a, j) => [a, j] as const).filter(([a]) => a.date <= EXTRACT);
  // The chosen patterns: the last past appointment missed (in outreach now);
  // two misses in a row at least three weeks ago (the disengagement pathway).
  if (pattern === 'outreach' && past.length) past[past.length - 1]![0].status = 'missed';
  let forced: number[] = [];
  if (pattern === 'disengaging') {
    const early = past.filter(([a]) => a.date <= EXTRACT - 21);
    if (early.length >= 2) {
      forced = [early[early.length - 2]![1], early[early.length - 1]![1]];
      for (const j of forced) c.appointments[j]!.status = 'missed';
    }
  }
  // Walk in order, as the service would have: a miss opens outreach; a further
  // miss within the window opens disengagement (only on the chosen case: on
  // the others it is recorded as attended, so the demo has one or two).
  let outreach: DemoCaseAction | null = null;
  let windowEnd = -Infinity;
  for (const [a, j] of past) {
    if (a.status === 'attended' && outreach && outreach.status === 'open') {
      outreach.status = 'done';
      outreach.completedOn = a.date;
      outreach.outcome = 'Contact made; attended the next appointment';
      windowEnd = outreach.due + DISENGAGEMENT_WINDOW;
    }
    if (a.status !== 'missed') continue;
    const inWindow = (outreach && outreach.status === 'open') || a.date <= windowEnd;
    if (inWindow) {
      if (c.disengagement) continue;
      if (!forced.includes(j)) {
        a.status = 'attended';
        if (outreach && outreach.status === 'open') {
          outreach.status = 'done';
          outreach.completedOn = a.date;
          outreach.outcome = 'Contact made; attended the next appointment';
          windowEnd = outreach.due + DISENGAGEMENT_WINDOW;
        }
        continue;
      }
      const routeOn = a.date + rng.int(3, 10);
      const route: DisengagementRoute = c.scheme === 'DRR' ? 'breach' : c.scheme === 'PPO' ? 'enforcement' : 'return_to_court';
      const concluded = a.date + 45 <= EXTRACT && rng.chance(0.5);
      c.disengagement = {
        opened: a.date,
        appointment: j,
        stage: concluded ? 'concluded' : 'route_chosen',
        route,
        routeOn,
        outcome: concluded ? 'Returned to court; order continued with a warning' : null,
        concludedOn: concluded ? a.date + 45 : null,
      };
      if (outreach && outreach.status === 'open') {
        outreach.status = 'done';
        outreach.completedOn = a.date;
        outreach.outcome = 'No contact made; disengagement pathway opened';
      }
      continue;
    }
    outreach = {
      kind: 'assertive_outreach',
      pathway: null,
      description: `Assertive outreach after the missed appointment`,
      owner: a.agency,
      due: a.date + DEMO_OUTREACH_DAYS,
      status: 'open',
      outcome: null,
      completedOn: null,
      appointment: j,
      toldWhom: null,
      toldOn: null,
      createdBy: a.agency,
    };
    c.actions.push(outreach);
  }
}

// ------------------------------------------------------------------ the panel year
/** Monthly panels for PPO and IOM over the last twelve months of the data. */
export const PANEL_SCHEMES: readonly DemoSchemeCode[] = ['PPO', 'IOM'];

const A_TUESDAY = dayNumber('2010-01-05');

/** The first Tuesday of each month for the twelve months to the extract date. */
export function panelMeetingDays(): number[] {
  const days: number[] = [];
  const [y, mo] = DEMO_DATES.extractDate.split('-').map(Number) as [number, number];
  for (let i = 11; i >= 0; i--) {
    const month = mo - i;
    const yy = month <= 0 ? y - 1 : y;
    const mm = month <= 0 ? month + 12 : month;
    const first = dayNumber(`${yy}-${String(mm).padStart(2, '0')}-01`);
    let d = first;
    while ((((d - A_TUESDAY) % 7) + 7) % 7 !== 0) d++;
    days.push(d);
  }
  return days;
}

export interface DemoPanelMembership {
  personId: number;
  membershipId: number;
  scheme: DemoSchemeCode;
  tier: string | null;
  start: number;
  end: number | null;
  selectionReason: string;
  endReason: EndReason | null;
  exitPlan: string | null;
}
export interface DemoPanelDecision {
  scheme: DemoSchemeCode;
  meeting: number;
  personId: number;
  membershipId: number;
  item: string;
  action: 'select' | 'deselect';
  reason: string;
  endReason: EndReason | null;
  exitPlan: string | null;
  tier: string | null;
}

/** The panel's decisions: each selection and de-selection of the year at the last meeting on or before it. Deaths need no decision. */
export function panelDecisions(memberships: readonly DemoPanelMembership[]): DemoPanelDecision[] {
  const days = panelMeetingDays();
  const meetingFor = (d: number) => {
    let best: number | null = null;
    for (const m of days) if (m <= d) best = m;
    return best;
  };
  const out: DemoPanelDecision[] = [];
  for (const m of memberships) {
    if (!PANEL_SCHEMES.includes(m.scheme)) continue;
    const s = m.start <= EXTRACT ? meetingFor(m.start) : null;
    if (s !== null) out.push({ scheme: m.scheme, meeting: s, personId: m.personId, membershipId: m.membershipId, item: 'proposal:select', action: 'select', reason: m.selectionReason, endReason: null, exitPlan: null, tier: m.tier });
    const e = m.end !== null && m.end <= EXTRACT && m.endReason !== 'deceased' ? meetingFor(m.end) : null;
    if (e !== null && m.endReason !== null) {
      out.push({ scheme: m.scheme, meeting: e, personId: m.personId, membershipId: m.membershipId, item: m.endReason === 'other' ? 'proposal:deselect' : `rule:${m.endReason}`, action: 'deselect', reason: `De-selected: ${m.endReason.replaceAll('_', ' ')}`, endReason: m.endReason, exitPlan: m.exitPlan, tier: null });
    }
  }
  return out;
}
