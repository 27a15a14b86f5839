import { Rng, mixSeed } from "./random.js";
import { dayNumber } from "../calendar/dates.js";
import { DEMO_DATES } from "./generate.js";
import { PATHWAYS } from "../glossary.js";
const EXTRACT = dayNumber(DEMO_DATES.extractDate);
const DEMO_OUTREACH_DAYS = 2;
const DISENGAGEMENT_WINDOW = 28;
const ATTENDANCE = { attended: 0.84, missed: 0.11, cancelled: 0.05 };
const DISENGAGEMENT_EVERY = 100;
const OUTREACH_EVERY = 10;
const ROLES = {
  police: "Police offender manager",
  probation: "Offender manager",
  prison: "Prison link",
  drug_service: "Drug worker",
  youth_offending: "YOT worker",
  local_authority: "Community safety",
  housing: "Housing worker",
  voluntary: "Mentor"
};
const PATHWAY_OWNER = {
  accommodation: "housing",
  education_training_employment: "voluntary",
  health: "drug_service",
  drugs_alcohol: "drug_service",
  finance_benefit_debt: "local_authority",
  children_families: "local_authority",
  attitudes_thinking_behaviour: "probation"
};
const PATHWAY_ACTIONS = {
  accommodation: ["Referral to supported housing", "Housing options appointment", "Tenancy sustainment support"],
  education_training_employment: ["Referral to a training provider", "CV and job search sessions", "Literacy assessment"],
  health: ["Register with a GP", "Mental health assessment", "Dental appointment"],
  drugs_alcohol: ["Start substitute prescribing", "Weekly key-work sessions", "Alcohol brief intervention"],
  finance_benefit_debt: ["Benefit claim", "Debt advice referral", "Open a bank account"],
  children_families: ["Family support referral", "Contact arrangements with children", "Parenting course"],
  attitudes_thinking_behaviour: ["Thinking skills programme", "Victim awareness work", "Peer mentoring"]
};
const ROTATING = ["housing", "voluntary", "local_authority", "prison"];
const RATINGS = ["none", "low", "medium", "high"];
function drrEndKind(s) {
  if (s.kind !== "drr" || s.end === null) return null;
  return s.revoked ? "early_termination" : "completed";
}
function openMemberships(p) {
  return p.memberships.filter((m) => m.start <= EXTRACT && m.end === null);
}
function inCustodyOn(p, day) {
  return p.custody.find((c) => c.reception <= day && (c.release === null || day < c.release));
}
function demoCases(seed, people) {
  const out = [];
  let atLiberty = 0;
  for (const p of people) {
    for (const m of openMemberships(p)) {
      const k = out.length;
      const free = !inCustodyOn(p, EXTRACT) && EXTRACT - m.start >= 35;
      const pattern = free ? atLiberty % DISENGAGEMENT_EVERY === 1 ? "disengaging" : atLiberty % OUTREACH_EVERY === 2 ? "outreach" : "usual" : "usual";
      if (free) atLiberty++;
      out.push(oneCase(new Rng(mixSeed(mixSeed(seed, p.index), m.scheme.charCodeAt(0) + 7919)), p, m, k, pattern));
    }
  }
  return out;
}
function oneCase(rng, p, m, k, pattern) {
  const age = (EXTRACT - p.dateOfBirth) / 365.25;
  const custody = inCustodyOn(p, EXTRACT);
  const lead = age < 18 ? "youth_offending" : m.scheme === "DRR" ? "probation" : m.scheme === "PPO" || m.tier === "high" ? "police" : "probation";
  const opened = m.start;
  const team = [{ agency: lead, role: "lead" }];
  const join = (a, role = ROLES[a]) => {
    if (!team.some((t) => t.agency === a)) team.push({ agency: a, role });
  };
  join("police");
  join("probation");
  if (p.drugUser || m.scheme === "DRR") join("drug_service");
  if (custody) join("prison");
  join(ROTATING[k % ROTATING.length]);
  if (age < 21 || k % 7 === 3) join("youth_offending", age < 21 ? ROLES.youth_offending : "Transitions worker");
  const c = { personIndex: p.index, scheme: m.scheme, lead, opened, team, assessments: [], appointments: [], actions: [], disengagement: null, notes: [], alerts: [] };
  const base = {};
  for (const pw of PATHWAYS) base[pw] = RATINGS[rng.weighted([0.25, 0.3, 0.3, 0.15])];
  base.drugs_alcohol = p.drugUser || m.scheme === "DRR" ? "high" : RATINGS[rng.weighted([0.4, 0.4, 0.15, 0.05])];
  const initial = opened + rng.int(3, 20);
  if (initial <= EXTRACT) {
    c.assessments.push({ kind: "initial", date: initial, agency: lead, ratings: { ...base } });
    let prev = base;
    for (let d = initial + rng.int(80, 100); d <= EXTRACT; d += rng.int(80, 100)) {
      const next = { ...prev };
      for (const pw of PATHWAYS) if (next[pw] !== "none" && rng.chance(0.3)) next[pw] = RATINGS[RATINGS.indexOf(next[pw]) - 1];
      c.assessments.push({ kind: "follow_up", date: d, agency: lead, ratings: next });
      prev = next;
    }
    const needs = PATHWAYS.filter((pw) => base[pw] === "high" || base[pw] === "medium").slice(0, 4);
    if (needs.length === 0) needs.push("attitudes_thinking_behaviour");
    for (const pw of needs) {
      const due = initial + rng.int(14, 200);
      const past = due <= EXTRACT;
      const done = past && rng.chance(0.7);
      const completedOn = done ? Math.max(initial + 1, due - rng.int(0, 10)) : null;
      c.actions.push({
        kind: "plan",
        pathway: pw,
        description: rng.pick(PATHWAY_ACTIONS[pw]),
        owner: team.some((t) => t.agency === PATHWAY_OWNER[pw]) ? PATHWAY_OWNER[pw] : lead,
        due,
        status: done ? "done" : "open",
        outcome: done ? "Completed as planned" : null,
        completedOn,
        appointment: null,
        toldWhom: null,
        toldOn: null,
        createdBy: lead
      });
    }
  }
  if (!custody) appointments(rng, p, c, pattern);
  if (custody && custody.expectedRelease !== null && custody.expectedRelease <= EXTRACT + 92) {
    const rel = custody.expectedRelease;
    const due = Math.max(EXTRACT - 7, rel - 14);
    const tasks = [
      ["release_accommodation", "housing", "Accommodation on release", "Housing options team"],
      ["release_police_informed", "police", "Police told of the release", "Neighbourhood policing inspector"]
    ];
    if (p.drugUser) tasks.splice(1, 0, ["release_treatment", "drug_service", "Treatment continuity on release", "Community prescribing service"]);
    for (const [kind, owner, description, whom] of tasks) {
      const done = rng.chance(0.4);
      const on = done ? EXTRACT - rng.int(1, 20) : null;
      c.actions.push({ kind, pathway: null, description, owner, due, status: done ? "done" : "open", outcome: done ? "Arranged" : null, completedOn: on, appointment: null, toldWhom: done ? whom : null, toldOn: on, createdBy: "prison" });
    }
  }
  for (const cp of p.custody) {
    if (cp.release !== null && cp.release >= Math.max(opened, EXTRACT - 60) && cp.release <= EXTRACT) {
      alert(rng, c, "released", cp.release, cp.release, "Released from custody", `custody:${p.index}:${cp.reception}:release`);
    }
  }
  for (const t of p.drugTests) {
    if ((t.opiates || t.cocaine) && t.date >= Math.max(opened, EXTRACT - 90)) {
      alert(rng, c, "positive_drug_test", t.date, t.date, "Positive drug test on arrest", `drug_test:${p.index}:${t.date}`);
    }
  }
  for (const a of c.appointments) {
    if (a.status === "missed" && a.date >= EXTRACT - 60) alert(rng, c, "missed_appointment", a.date, a.date, "Missed appointment", `appointment:${p.index}:${m.scheme}:${a.date}`);
  }
  const n = rng.int(2, 5);
  for (let i = 0; i < n; i++) {
    const date = Math.min(EXTRACT, opened + rng.int(0, Math.max(0, EXTRACT - opened)));
    const who = rng.pick(team).agency;
    const health = who === "drug_service";
    c.notes.push({
      date,
      agency: who,
      sensitivity: health ? "health" : "normal",
      body: health ? rng.pick(["Script reviewed; stable on methadone.", "Reported using on top at the weekend; key worker informed.", "Clean test at the clinic; motivated to stay in treatment."]) : rng.pick(["Home visit: settled at the address.", "Discussed the plan; agreed next steps.", "Phoned to check in; no concerns raised.", "Met at the office with the offender manager."])
    });
  }
  c.notes.sort((a, b) => a.date - b.date);
  return c;
}
function alert(rng, c, kind, raised, about, detail, key) {
  const acknowledged = raised < EXTRACT - 7 && rng.chance(0.7) ? Math.min(EXTRACT, raised + rng.int(1, 5)) : null;
  if (c.alerts.some((a) => a.kind === kind && a.dedupeKey === `demo:${key}`)) return;
  c.alerts.push({ kind, raised, about, detail, dedupeKey: `demo:${key}`, acknowledgedOn: acknowledged });
}
function appointments(rng, p, c, pattern) {
  const from = Math.max(c.opened + 7, EXTRACT - 182);
  const drugs = c.team.some((t) => t.agency === "drug_service");
  let i = 0;
  for (let d = from; d <= EXTRACT + 28; d += 14 + rng.int(-2, 2), i++) {
    const drugAppointment = drugs && i % 2 === 1;
    const r = rng.weighted([ATTENDANCE.attended, ATTENDANCE.missed, ATTENDANCE.cancelled]);
    c.appointments.push({
      date: d,
      agency: drugAppointment ? "drug_service" : c.lead,
      purpose: drugAppointment ? rng.pick(["Drug treatment review", "Prescribing review", "Key-work session"]) : rng.pick(["Supervision", "Plan review", "Home visit"]),
      status: d > EXTRACT ? "planned" : ["attended", "missed", "cancelled"][r]
    });
  }
  const past = c.appointments.map((a, j) => [a, j]).filter(([a]) => a.date <= EXTRACT);
  if (pattern === "outreach" && past.length) past[past.length - 1][0].status = "missed";
  let forced = [];
  if (pattern === "disengaging") {
    const early = past.filter(([a]) => a.date <= EXTRACT - 21);
    if (early.length >= 2) {
      forced = [early[early.length - 2][1], early[early.length - 1][1]];
      for (const j of forced) c.appointments[j].status = "missed";
    }
  }
  let outreach = null;
  let windowEnd = -Infinity;
  for (const [a, j] of past) {
    if (a.status === "attended" && outreach && outreach.status === "open") {
      outreach.status = "done";
      outreach.completedOn = a.date;
      outreach.outcome = "Contact made; attended the next appointment";
      windowEnd = outreach.due + DISENGAGEMENT_WINDOW;
    }
    if (a.status !== "missed") continue;
    const inWindow = outreach && outreach.status === "open" || a.date <= windowEnd;
    if (inWindow) {
      if (c.disengagement) continue;
      if (!forced.includes(j)) {
        a.status = "attended";
        if (outreach && outreach.status === "open") {
          outreach.status = "done";
          outreach.completedOn = a.date;
          outreach.outcome = "Contact made; attended the next appointment";
          windowEnd = outreach.due + DISENGAGEMENT_WINDOW;
        }
        continue;
      }
      const routeOn = a.date + rng.int(3, 10);
      const route = c.scheme === "DRR" ? "breach" : c.scheme === "PPO" ? "enforcement" : "return_to_court";
      const concluded = a.date + 45 <= EXTRACT && rng.chance(0.5);
      c.disengagement = {
        opened: a.date,
        appointment: j,
        stage: concluded ? "concluded" : "route_chosen",
        route,
        routeOn,
        outcome: concluded ? "Returned to court; order continued with a warning" : null,
        concludedOn: concluded ? a.date + 45 : null
      };
      if (outreach && outreach.status === "open") {
        outreach.status = "done";
        outreach.completedOn = a.date;
        outreach.outcome = "No contact made; disengagement pathway opened";
      }
      continue;
    }
    outreach = {
      kind: "assertive_outreach",
      pathway: null,
      description: `Assertive outreach after the missed appointment`,
      owner: a.agency,
      due: a.date + DEMO_OUTREACH_DAYS,
      status: "open",
      outcome: null,
      completedOn: null,
      appointment: j,
      toldWhom: null,
      toldOn: null,
      createdBy: a.agency
    };
    c.actions.push(outreach);
  }
}
const PANEL_SCHEMES = ["PPO", "IOM"];
const A_TUESDAY = dayNumber("2010-01-05");
function panelMeetingDays() {
  const days = [];
  const [y, mo] = DEMO_DATES.extractDate.split("-").map(Number);
  for (let i = 11; i >= 0; i--) {
    const month = mo - i;
    const yy = month <= 0 ? y - 1 : y;
    const mm = month <= 0 ? month + 12 : month;
    const first = dayNumber(`${yy}-${String(mm).padStart(2, "0")}-01`);
    let d = first;
    while (((d - A_TUESDAY) % 7 + 7) % 7 !== 0) d++;
    days.push(d);
  }
  return days;
}
function panelDecisions(memberships) {
  const days = panelMeetingDays();
  const meetingFor = (d) => {
    let best = null;
    for (const m of days) if (m <= d) best = m;
    return best;
  };
  const out = [];
  for (const m of memberships) {
    if (!PANEL_SCHEMES.includes(m.scheme)) continue;
    const s = m.start <= EXTRACT ? meetingFor(m.start) : null;
    if (s !== null) out.push({ scheme: m.scheme, meeting: s, personId: m.personId, membershipId: m.membershipId, item: "proposal:select", action: "select", reason: m.selectionReason, endReason: null, exitPlan: null, tier: m.tier });
    const e = m.end !== null && m.end <= EXTRACT && m.endReason !== "deceased" ? meetingFor(m.end) : null;
    if (e !== null && m.endReason !== null) {
      out.push({ scheme: m.scheme, meeting: e, personId: m.personId, membershipId: m.membershipId, item: m.endReason === "other" ? "proposal:deselect" : `rule:${m.endReason}`, action: "deselect", reason: `De-selected: ${m.endReason.replaceAll("_", " ")}`, endReason: m.endReason, exitPlan: m.exitPlan, tier: null });
    }
  }
  return out;
}
export {
  ATTENDANCE,
  DEMO_OUTREACH_DAYS,
  DISENGAGEMENT_EVERY,
  OUTREACH_EVERY,
  PANEL_SCHEMES,
  demoCases,
  drrEndKind,
  openMemberships,
  panelDecisions,
  panelMeetingDays
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2RlbW8vY2FzZXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBkZW1vJ3MgY2FzZSB3b3JrIChTUEVDIDMuNSwgaXNzdWUgMTUpLCBhcyBwdXJlIGZ1bmN0aW9ucyBvZiB0aGVcbi8vIGdlbmVyYXRlZCBwZW9wbGU6IGZvciBldmVyeSBzY2hlbWUgbWVtYmVyc2hpcCBvcGVuIG9uIHRoZSBleHRyYWN0IGRhdGUsIGFcbi8vIGNhc2Ugd2l0aCBhIGxlYWQgYWdlbmN5LCBhIGNhc2UgbWFuYWdlciBhbmQgYSB0ZWFtOyBuZWVkcyBhc3Nlc3NtZW50czsgYVxuLy8gcGxhbjsgYXBwb2ludG1lbnRzIHdpdGggYXNzZXJ0aXZlIG91dHJlYWNoIGFmdGVyIGEgbWlzcyBhbmQgKGZvciBhIGZldykgdGhlXG4vLyBkaXNlbmdhZ2VtZW50IHBhdGh3YXk7IGNhc2Ugbm90ZXM7IGFsZXJ0czsgcmVsZWFzZSBwbGFubmluZyB0YXNrczsgYW5kIGFcbi8vIHllYXIgb2YgbW9udGhseSBwYW5lbCBtZWV0aW5ncyB3aG9zZSBkZWNpc2lvbnMgbWF0Y2ggdGhlIG1lbWJlcnNoaXBzLlxuLy9cbi8vIEVhY2ggY2FzZSBkcmF3cyBmcm9tIGEgc2VlZCBkZXJpdmVkIGZyb20gKHNlZWQsIHBlcnNvbiBpbmRleCwgc2NoZW1lKSwgc28gaXRcbi8vIGRvZXMgbm90IGRlcGVuZCBvbiBjaHVua2luZy4gQSBmZXcgY2hvaWNlcyBkZXBlbmQgb24gdGhlIGNhc2UncyBwb3NpdGlvbiBpblxuLy8gdGhlIGxpc3QgKGl0cyBvcmRpbmFsKSwgc28gdGhhdCBldmVuIGEgc21hbGwgZGVtbyBzaG93cyBldmVyeSBraW5kIG9mIHdvcms6XG4vLyB3aGljaCBleHRyYSBhZ2VuY3kgam9pbnMgdGhlIHRlYW0sIHdoaWNoIGNhc2UgaXMgaW4gb3V0cmVhY2ggYW5kIHdoaWNoIGlzXG4vLyBvbiB0aGUgZGlzZW5nYWdlbWVudCBwYXRod2F5LiBDYWxpYnJhdGlvbiBub3Rlczogc3JjL2RlbW8vUkVBRE1FLm1kLlxuaW1wb3J0IHsgUm5nLCBtaXhTZWVkIH0gZnJvbSAnLi9yYW5kb20uanMnO1xuaW1wb3J0IHsgZGF5TnVtYmVyIH0gZnJvbSAnLi4vY2FsZW5kYXIvZGF0ZXMuanMnO1xuaW1wb3J0IHsgREVNT19EQVRFUywgdHlwZSBEZW1vUGVyc29uLCB0eXBlIERlbW9TY2hlbWVDb2RlLCB0eXBlIERlbW9TdXBlcnZpc2lvbiwgdHlwZSBEZW1vTWVtYmVyc2hpcCB9IGZyb20gJy4vZ2VuZXJhdGUuanMnO1xuaW1wb3J0IHR5cGUgeyBBZ2VuY3lLaW5kLCBBbGVydEtpbmQsIENhc2VBY3Rpb25LaW5kLCBEaXNlbmdhZ2VtZW50Um91dGUsIE5lZWRSYXRpbmcsIFBhdGh3YXksIFN1cGVydmlzaW9uRW5kS2luZCwgRW5kUmVhc29uIH0gZnJvbSAnLi4vZ2xvc3NhcnkuanMnO1xuaW1wb3J0IHsgUEFUSFdBWVMgfSBmcm9tICcuLi9nbG9zc2FyeS5qcyc7XG5cbmNvbnN0IEVYVFJBQ1QgPSBkYXlOdW1iZXIoREVNT19EQVRFUy5leHRyYWN0RGF0ZSk7XG4vKiogVGhlIHBhcnRuZXJzaGlwJ3Mgb3V0cmVhY2ggd2luZG93IChwYXJ0bmVyc2hpcHMub3V0cmVhY2hfZGF5cywgZGVmYXVsdCAyKS4gKi9cbmV4cG9ydCBjb25zdCBERU1PX09VVFJFQUNIX0RBWVMgPSAyO1xuLyoqIEEgZnVydGhlciBtaXNzIHdpdGhpbiB0aGlzIG1hbnkgZGF5cyBhZnRlciBvdXRyZWFjaCBvcGVucyB0aGUgZGlzZW5nYWdlbWVudCBwYXRod2F5IChzcmMvY2FzZXMvb3V0cmVhY2gudHMpLiAqL1xuY29uc3QgRElTRU5HQUdFTUVOVF9XSU5ET1cgPSAyODtcblxuLyoqIEFwcG9pbnRtZW50IG91dGNvbWVzIGZvciBhIGNhc2Ugbm90IGNob3NlbiBmb3Igb3V0cmVhY2ggb3IgZGlzZW5nYWdlbWVudCAoaWxsdXN0cmF0aXZlOyBzZWUgUkVBRE1FLm1kKS4gKi9cbmV4cG9ydCBjb25zdCBBVFRFTkRBTkNFID0geyBhdHRlbmRlZDogMC44NCwgbWlzc2VkOiAwLjExLCBjYW5jZWxsZWQ6IDAuMDUgfTtcbi8qKiBPbmUgY2FzZSBpbiB0aGlzIG1hbnkgKGJ5IG9yZGluYWwsIGFtb25nIGNhc2VzIGF0IGxpYmVydHkpIGlzIG9uIHRoZSBkaXNlbmdhZ2VtZW50IHBhdGh3YXk7IG9uZSBpbiBPVVRSRUFDSF9FVkVSWSBpcyBpbiBvdXRyZWFjaCBub3cuICovXG5leHBvcnQgY29uc3QgRElTRU5HQUdFTUVOVF9FVkVSWSA9IDEwMDtcbmV4cG9ydCBjb25zdCBPVVRSRUFDSF9FVkVSWSA9IDEwO1xuXG5leHBvcnQgaW50ZXJmYWNlIERlbW9DYXNlVGVhbU1lbWJlciB7XG4gIGFnZW5jeTogQWdlbmN5S2luZDtcbiAgcm9sZTogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBEZW1vTmVlZHNBc3Nlc3NtZW50IHtcbiAga2luZDogJ2luaXRpYWwnIHwgJ2ZvbGxvd191cCc7XG4gIGRhdGU6IG51bWJlcjtcbiAgYWdlbmN5OiBBZ2VuY3lLaW5kO1xuICByYXRpbmdzOiBSZWNvcmQ8UGF0aHdheSwgTmVlZFJhdGluZz47XG59XG5leHBvcnQgaW50ZXJmYWNlIERlbW9BcHBvaW50bWVudCB7XG4gIGRhdGU6IG51bWJlcjtcbiAgcHVycG9zZTogc3RyaW5nO1xuICBhZ2VuY3k6IEFnZW5jeUtpbmQ7XG4gIHN0YXR1czogJ3BsYW5uZWQnIHwgJ2F0dGVuZGVkJyB8ICdtaXNzZWQnIHwgJ2NhbmNlbGxlZCc7XG59XG5leHBvcnQgaW50ZXJmYWNlIERlbW9DYXNlQWN0aW9uIHtcbiAga2luZDogQ2FzZUFjdGlvbktpbmQ7XG4gIHBhdGh3YXk6IFBhdGh3YXkgfCBudWxsO1xuICBkZXNjcmlwdGlvbjogc3RyaW5nO1xuICBvd25lcjogQWdlbmN5S2luZDtcbiAgZHVlOiBudW1iZXI7XG4gIHN0YXR1czogJ29wZW4nIHwgJ2RvbmUnIHwgJ2NhbmNlbGxlZCc7XG4gIG91dGNvbWU6IHN0cmluZyB8IG51bGw7XG4gIGNvbXBsZXRlZE9uOiBudW1iZXIgfCBudWxsO1xuICAvKiogSW5kZXggaW50byB0aGUgY2FzZSdzIGFwcG9pbnRtZW50cyAoZm9yIG91dHJlYWNoKS4gKi9cbiAgYXBwb2ludG1lbnQ6IG51bWJlciB8IG51bGw7XG4gIHRvbGRXaG9tOiBzdHJpbmcgfCBudWxsO1xuICB0b2xkT246IG51bWJlciB8IG51bGw7XG4gIGNyZWF0ZWRCeTogQWdlbmN5S2luZDtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRGVtb0Rpc2VuZ2FnZW1lbnQge1xuICBvcGVuZWQ6IG51bWJlcjtcbiAgYXBwb2ludG1lbnQ6IG51bWJlcjtcbiAgc3RhZ2U6ICdvcGVuZWQnIHwgJ3JvdXRlX2Nob3NlbicgfCAnY29uY2x1ZGVkJztcbiAgcm91dGU6IERpc2VuZ2FnZW1lbnRSb3V0ZSB8IG51bGw7XG4gIHJvdXRlT246IG51bWJlciB8IG51bGw7XG4gIG91dGNvbWU6IHN0cmluZyB8IG51bGw7XG4gIGNvbmNsdWRlZE9uOiBudW1iZXIgfCBudWxsO1xufVxuZXhwb3J0IGludGVyZmFjZSBEZW1vQ2FzZU5vdGUge1xuICBkYXRlOiBudW1iZXI7XG4gIGJvZHk6IHN0cmluZztcbiAgc2Vuc2l0aXZpdHk6ICdub3JtYWwnIHwgJ2hlYWx0aCc7XG4gIGFnZW5jeTogQWdlbmN5S2luZDtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRGVtb0FsZXJ0IHtcbiAga2luZDogQWxlcnRLaW5kO1xuICByYWlzZWQ6IG51bWJlcjtcbiAgYWJvdXQ6IG51bWJlciB8IG51bGw7XG4gIGRldGFpbDogc3RyaW5nO1xuICBkZWR1cGVLZXk6IHN0cmluZztcbiAgYWNrbm93bGVkZ2VkT246IG51bWJlciB8IG51bGw7XG59XG5leHBvcnQgaW50ZXJmYWNlIERlbW9DYXNlIHtcbiAgcGVyc29uSW5kZXg6IG51bWJlcjtcbiAgc2NoZW1lOiBEZW1vU2NoZW1lQ29kZTtcbiAgbGVhZDogQWdlbmN5S2luZDtcbiAgb3BlbmVkOiBudW1iZXI7XG4gIHRlYW06IERlbW9DYXNlVGVhbU1lbWJlcltdO1xuICBhc3Nlc3NtZW50czogRGVtb05lZWRzQXNzZXNzbWVudFtdO1xuICBhcHBvaW50bWVudHM6IERlbW9BcHBvaW50bWVudFtdO1xuICBhY3Rpb25zOiBEZW1vQ2FzZUFjdGlvbltdO1xuICBkaXNlbmdhZ2VtZW50OiBEZW1vRGlzZW5nYWdlbWVudCB8IG51bGw7XG4gIG5vdGVzOiBEZW1vQ2FzZU5vdGVbXTtcbiAgYWxlcnRzOiBEZW1vQWxlcnRbXTtcbn1cblxuY29uc3QgUk9MRVM6IFJlY29yZDxBZ2VuY3lLaW5kLCBzdHJpbmc+ID0ge1xuICBwb2xpY2U6ICdQb2xpY2Ugb2ZmZW5kZXIgbWFuYWdlcicsXG4gIHByb2JhdGlvbjogJ09mZmVuZGVyIG1hbmFnZXInLFxuICBwcmlzb246ICdQcmlzb24gbGluaycsXG4gIGRydWdfc2VydmljZTogJ0RydWcgd29ya2VyJyxcbiAgeW91dGhfb2ZmZW5kaW5nOiAnWU9UIHdvcmtlcicsXG4gIGxvY2FsX2F1dGhvcml0eTogJ0NvbW11bml0eSBzYWZldHknLFxuICBob3VzaW5nOiAnSG91c2luZyB3b3JrZXInLFxuICB2b2x1bnRhcnk6ICdNZW50b3InLFxufSBhcyBSZWNvcmQ8QWdlbmN5S2luZCwgc3RyaW5nPjtcblxuLyoqIFRoZSBhZ2VuY3kgdGhhdCBvd25zIHBsYW4gYWN0aW9ucyBvbiBlYWNoIHBhdGh3YXkuICovXG5jb25zdCBQQVRIV0FZX09XTkVSOiBSZWNvcmQ8UGF0aHdheSwgQWdlbmN5S2luZD4gPSB7XG4gIGFjY29tbW9kYXRpb246ICdob3VzaW5nJyxcbiAgZWR1Y2F0aW9uX3RyYWluaW5nX2VtcGxveW1lbnQ6ICd2b2x1bnRhcnknLFxuICBoZWFsdGg6ICdkcnVnX3NlcnZpY2UnLFxuICBkcnVnc19hbGNvaG9sOiAnZHJ1Z19zZXJ2aWNlJyxcbiAgZmluYW5jZV9iZW5lZml0X2RlYnQ6ICdsb2NhbF9hdXRob3JpdHknLFxuICBjaGlsZHJlbl9mYW1pbGllczogJ2xvY2FsX2F1dGhvcml0eScsXG4gIGF0dGl0dWRlc190aGlua2luZ19iZWhhdmlvdXI6ICdwcm9iYXRpb24nLFxufTtcbmNvbnN0IFBBVEhXQVlfQUNUSU9OUzogUmVjb3JkPFBhdGh3YXksIHJlYWRvbmx5IHN0cmluZ1tdPiA9IHtcbiAgYWNjb21tb2RhdGlvbjogWydSZWZlcnJhbCB0byBzdXBwb3J0ZWQgaG91c2luZycsICdIb3VzaW5nIG9wdGlvbnMgYXBwb2ludG1lbnQnLCAnVGVuYW5jeSBzdXN0YWlubWVudCBzdXBwb3J0J10sXG4gIGVkdWNhdGlvbl90cmFpbmluZ19lbXBsb3ltZW50OiBbJ1JlZmVycmFsIHRvIGEgdHJhaW5pbmcgcHJvdmlkZXInLCAnQ1YgYW5kIGpvYiBzZWFyY2ggc2Vzc2lvbnMnLCAnTGl0ZXJhY3kgYXNzZXNzbWVudCddLFxuICBoZWFsdGg6IFsnUmVnaXN0ZXIgd2l0aCBhIEdQJywgJ01lbnRhbCBoZWFsdGggYXNzZXNzbWVudCcsICdEZW50YWwgYXBwb2ludG1lbnQnXSxcbiAgZHJ1Z3NfYWxjb2hvbDogWydTdGFydCBzdWJzdGl0dXRlIHByZXNjcmliaW5nJywgJ1dlZWtseSBrZXktd29yayBzZXNzaW9ucycsICdBbGNvaG9sIGJyaWVmIGludGVydmVudGlvbiddLFxuICBmaW5hbmNlX2JlbmVmaXRfZGVidDogWydCZW5lZml0IGNsYWltJywgJ0RlYnQgYWR2aWNlIHJlZmVycmFsJywgJ09wZW4gYSBiYW5rIGFjY291bnQnXSxcbiAgY2hpbGRyZW5fZmFtaWxpZXM6IFsnRmFtaWx5IHN1cHBvcnQgcmVmZXJyYWwnLCAnQ29udGFjdCBhcnJhbmdlbWVudHMgd2l0aCBjaGlsZHJlbicsICdQYXJlbnRpbmcgY291cnNlJ10sXG4gIGF0dGl0dWRlc190aGlua2luZ19iZWhhdmlvdXI6IFsnVGhpbmtpbmcgc2tpbGxzIHByb2dyYW1tZScsICdWaWN0aW0gYXdhcmVuZXNzIHdvcmsnLCAnUGVlciBtZW50b3JpbmcnXSxcbn07XG4vKiogVGVhbXMgcm90YXRlIHRoZXNlIGluIGJ5IG9yZGluYWwsIHNvIGV2ZXJ5IGFnZW5jeSdzIHByYWN0aXRpb25lciBoYXMgYSBjYXNlbG9hZC4gKi9cbmNvbnN0IFJPVEFUSU5HOiByZWFkb25seSBBZ2VuY3lLaW5kW10gPSBbJ2hvdXNpbmcnLCAndm9sdW50YXJ5JywgJ2xvY2FsX2F1dGhvcml0eScsICdwcmlzb24nXTtcbmNvbnN0IFJBVElOR1M6IHJlYWRvbmx5IE5lZWRSYXRpbmdbXSA9IFsnbm9uZScsICdsb3cnLCAnbWVkaXVtJywgJ2hpZ2gnXTtcblxuLyoqIEEgRFJSIHN1cGVydmlzaW9uIHBlcmlvZCdzIGVuZCBraW5kIChzdXBlcnZpc2lvbl9wZXJpb2RzLmVuZF9raW5kKTogcmV2b2tlZCBvciBjdXQgc2hvcnQgaXMgYW4gZWFybHkgdGVybWluYXRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gZHJyRW5kS2luZChzOiBEZW1vU3VwZXJ2aXNpb24pOiBTdXBlcnZpc2lvbkVuZEtpbmQgfCBudWxsIHtcbiAgaWYgKHMua2luZCAhPT0gJ2RycicgfHwgcy5lbmQgPT09IG51bGwpIHJldHVybiBudWxsO1xuICByZXR1cm4gcy5yZXZva2VkID8gJ2Vhcmx5X3Rlcm1pbmF0aW9uJyA6ICdjb21wbGV0ZWQnO1xufVxuXG4vKiogVGhlIG1lbWJlcnNoaXBzIG9wZW4gb24gdGhlIGV4dHJhY3QgZGF0ZTogZWFjaCBoYXMgYSBjYXNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG9wZW5NZW1iZXJzaGlwcyhwOiBEZW1vUGVyc29uKTogRGVtb01lbWJlcnNoaXBbXSB7XG4gIHJldHVybiBwLm1lbWJlcnNoaXBzLmZpbHRlcigobSkgPT4gbS5zdGFydCA8PSBFWFRSQUNUICYmIG0uZW5kID09PSBudWxsKTtcbn1cblxuZnVuY3Rpb24gaW5DdXN0b2R5T24ocDogRGVtb1BlcnNvbiwgZGF5OiBudW1iZXIpIHtcbiAgcmV0dXJuIHAuY3VzdG9keS5maW5kKChjKSA9PiBjLnJlY2VwdGlvbiA8PSBkYXkgJiYgKGMucmVsZWFzZSA9PT0gbnVsbCB8fCBkYXkgPCBjLnJlbGVhc2UpKTtcbn1cblxuLyoqXG4gKiBUaGUgY2FzZSB3b3JrIGZvciBldmVyeSBvcGVuIG1lbWJlcnNoaXAgb2YgdGhlIGdpdmVuIHBlb3BsZSAoaW4gcGVyc29uXG4gKiBvcmRlcikuIENhc2VzIGFyZSBudW1iZXJlZCBpbiB0aGF0IG9yZGVyOyB0aGUgb3JkaW5hbCBkZWNpZGVzIHRoZSBmZXdcbiAqIGNob2ljZXMgdGhhdCBtdXN0IGFwcGVhciBldmVuIGluIGEgc21hbGwgZGVtby5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlbW9DYXNlcyhzZWVkOiBudW1iZXIsIHBlb3BsZTogcmVhZG9ubHkgRGVtb1BlcnNvbltdKTogRGVtb0Nhc2VbXSB7XG4gIGNvbnN0IG91dDogRGVtb0Nhc2VbXSA9IFtdO1xuICBsZXQgYXRMaWJlcnR5ID0gMDtcbiAgZm9yIChjb25zdCBwIG9mIHBlb3BsZSkge1xuICAgIGZvciAoY29uc3QgbSBvZiBvcGVuTWVtYmVyc2hpcHMocCkpIHtcbiAgICAgIGNvbnN0IGsgPSBvdXQubGVuZ3RoO1xuICAgICAgY29uc3QgZnJlZSA9ICFpbkN1c3RvZHlPbihwLCBFWFRSQUNUKSAmJiBFWFRSQUNUIC0gbS5zdGFydCA+PSAzNTtcbiAgICAgIGNvbnN0IHBhdHRlcm4gPSBmcmVlID8gKGF0TGliZXJ0eSAlIERJU0VOR0FHRU1FTlRfRVZFUlkgPT09IDEgPyAnZGlzZW5nYWdpbmcnIDogYXRMaWJlcnR5ICUgT1VUUkVBQ0hfRVZFUlkgPT09IDIgPyAnb3V0cmVhY2gnIDogJ3VzdWFsJykgOiAndXN1YWwnO1xuICAgICAgaWYgKGZyZWUpIGF0TGliZXJ0eSsrO1xuICAgICAgb3V0LnB1c2gob25lQ2FzZShuZXcgUm5nKG1peFNlZWQobWl4U2VlZChzZWVkLCBwLmluZGV4KSwgbS5zY2hlbWUuY2hhckNvZGVBdCgwKSArIDc5MTkpKSwgcCwgbSwgaywgcGF0dGVybikpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBvbmVDYXNlKHJuZzogUm5nLCBwOiBEZW1vUGVyc29uLCBtOiBEZW1vTWVtYmVyc2hpcCwgazogbnVtYmVyLCBwYXR0ZXJuOiAndXN1YWwnIHwgJ291dHJlYWNoJyB8ICdkaXNlbmdhZ2luZycpOiBEZW1vQ2FzZSB7XG4gIGNvbnN0IGFnZSA9IChFWFRSQUNUIC0gcC5kYXRlT2ZCaXJ0aCkgLyAzNjUuMjU7XG4gIGNvbnN0IGN1c3RvZHkgPSBpbkN1c3RvZHlPbihwLCBFWFRSQUNUKTtcbiAgY29uc3QgbGVhZDogQWdlbmN5S2luZCA9IGFnZSA8IDE4ID8gJ3lvdXRoX29mZmVuZGluZycgOiBtLnNjaGVtZSA9PT0gJ0RSUicgPyAncHJvYmF0aW9uJyA6IG0uc2NoZW1lID09PSAnUFBPJyB8fCBtLnRpZXIgPT09ICdoaWdoJyA/ICdwb2xpY2UnIDogJ3Byb2JhdGlvbic7XG4gIGNvbnN0IG9wZW5lZCA9IG0uc3RhcnQ7XG4gIGNvbnN0IHRlYW06IERlbW9DYXNlVGVhbU1lbWJlcltdID0gW3sgYWdlbmN5OiBsZWFkLCByb2xlOiAnbGVhZCcgfV07XG4gIGNvbnN0IGpvaW4gPSAoYTogQWdlbmN5S2luZCwgcm9sZSA9IFJPTEVTW2FdKSA9PiB7XG4gICAgaWYgKCF0ZWFtLnNvbWUoKHQpID0+IHQuYWdlbmN5ID09PSBhKSkgdGVhbS5wdXNoKHsgYWdlbmN5OiBhLCByb2xlIH0pO1xuICB9O1xuICBqb2luKCdwb2xpY2UnKTtcbiAgam9pbigncHJvYmF0aW9uJyk7XG4gIGlmIChwLmRydWdVc2VyIHx8IG0uc2NoZW1lID09PSAnRFJSJykgam9pbignZHJ1Z19zZXJ2aWNlJyk7XG4gIGlmIChjdXN0b2R5KSBqb2luKCdwcmlzb24nKTtcbiAgam9pbihST1RBVElOR1trICUgUk9UQVRJTkcubGVuZ3RoXSEpO1xuICBpZiAoYWdlIDwgMjEgfHwgayAlIDcgPT09IDMpIGpvaW4oJ3lvdXRoX29mZmVuZGluZycsIGFnZSA8IDIxID8gUk9MRVMueW91dGhfb2ZmZW5kaW5nIDogJ1RyYW5zaXRpb25zIHdvcmtlcicpO1xuICBjb25zdCBjOiBEZW1vQ2FzZSA9IHsgcGVyc29uSW5kZXg6IHAuaW5kZXgsIHNjaGVtZTogbS5zY2hlbWUsIGxlYWQsIG9wZW5lZCwgdGVhbSwgYXNzZXNzbWVudHM6IFtdLCBhcHBvaW50bWVudHM6IFtdLCBhY3Rpb25zOiBbXSwgZGlzZW5nYWdlbWVudDogbnVsbCwgbm90ZXM6IFtdLCBhbGVydHM6IFtdIH07XG5cbiAgLy8gTmVlZHM6IHRoZSBpbml0aWFsIGFzc2Vzc21lbnQgd2l0aGluIHRocmVlIHdlZWtzLCB0aGVuIHF1YXJ0ZXJseSBmb2xsb3ctdXBzLlxuICBjb25zdCBiYXNlID0ge30gYXMgUmVjb3JkPFBhdGh3YXksIE5lZWRSYXRpbmc+O1xuICBmb3IgKGNvbnN0IHB3IG9mIFBBVEhXQVlTKSBiYXNlW3B3XSA9IFJBVElOR1Nbcm5nLndlaWdodGVkKFswLjI1LCAwLjMsIDAuMywgMC4xNV0pXSE7XG4gIGJhc2UuZHJ1Z3NfYWxjb2hvbCA9IHAuZHJ1Z1VzZXIgfHwgbS5zY2hlbWUgPT09ICdEUlInID8gJ2hpZ2gnIDogUkFUSU5HU1tybmcud2VpZ2h0ZWQoWzAuNCwgMC40LCAwLjE1LCAwLjA1XSldITtcbiAgY29uc3QgaW5pdGlhbCA9IG9wZW5lZCArIHJuZy5pbnQoMywgMjApO1xuICBpZiAoaW5pdGlhbCA8PSBFWFRSQUNUKSB7XG4gICAgYy5hc3Nlc3NtZW50cy5wdXNoKHsga2luZDogJ2luaXRpYWwnLCBkYXRlOiBpbml0aWFsLCBhZ2VuY3k6IGxlYWQsIHJhdGluZ3M6IHsgLi4uYmFzZSB9IH0pO1xuICAgIGxldCBwcmV2ID0gYmFzZTtcbiAgICBmb3IgKGxldCBkID0gaW5pdGlhbCArIHJuZy5pbnQoODAsIDEwMCk7IGQgPD0gRVhUUkFDVDsgZCArPSBybmcuaW50KDgwLCAxMDApKSB7XG4gICAgICBjb25zdCBuZXh0ID0geyAuLi5wcmV2IH07XG4gICAgICBmb3IgKGNvbnN0IHB3IG9mIFBBVEhXQVlTKSBpZiAobmV4dFtwd10gIT09ICdub25lJyAmJiBybmcuY2hhbmNlKDAuMykpIG5leHRbcHddID0gUkFUSU5HU1tSQVRJTkdTLmluZGV4T2YobmV4dFtwd10pIC0gMV0hO1xuICAgICAgYy5hc3Nlc3NtZW50cy5wdXNoKHsga2luZDogJ2ZvbGxvd191cCcsIGRhdGU6IGQsIGFnZW5jeTogbGVhZCwgcmF0aW5nczogbmV4dCB9KTtcbiAgICAgIHByZXYgPSBuZXh0O1xuICAgIH1cbiAgICAvLyBUaGUgcGxhbjogYW4gYWN0aW9uIG9uIGVhY2ggcGF0aHdheSBvZiBtZWRpdW0gb3IgaGlnaCBuZWVkIChhdCBtb3N0IGZvdXIpLlxuICAgIGNvbnN0IG5lZWRzID0gUEFUSFdBWVMuZmlsdGVyKChwdykgPT4gYmFzZVtwd10gPT09ICdoaWdoJyB8fCBiYXNlW3B3XSA9PT0gJ21lZGl1bScpLnNsaWNlKDAsIDQpO1xuICAgIGlmIChuZWVkcy5sZW5ndGggPT09IDApIG5lZWRzLnB1c2goJ2F0dGl0dWRlc190aGlua2luZ19iZWhhdmlvdXInKTtcbiAgICBmb3IgKGNvbnN0IHB3IG9mIG5lZWRzKSB7XG4gICAgICBjb25zdCBkdWUgPSBpbml0aWFsICsgcm5nLmludCgxNCwgMjAwKTtcbiAgICAgIGNvbnN0IHBhc3QgPSBkdWUgPD0gRVhUUkFDVDtcbiAgICAgIGNvbnN0IGRvbmUgPSBwYXN0ICYmIHJuZy5jaGFuY2UoMC43KTtcbiAgICAgIGNvbnN0IGNvbXBsZXRlZE9uID0gZG9uZSA/IE1hdGgubWF4KGluaXRpYWwgKyAxLCBkdWUgLSBybmcuaW50KDAsIDEwKSkgOiBudWxsO1xuICAgICAgYy5hY3Rpb25zLnB1c2goe1xuICAgICAgICBraW5kOiAncGxhbicsXG4gICAgICAgIHBhdGh3YXk6IHB3LFxuICAgICAgICBkZXNjcmlwdGlvbjogcm5nLnBpY2soUEFUSFdBWV9BQ1RJT05TW3B3XSksXG4gICAgICAgIG93bmVyOiB0ZWFtLnNvbWUoKHQpID0+IHQuYWdlbmN5ID09PSBQQVRIV0FZX09XTkVSW3B3XSkgPyBQQVRIV0FZX09XTkVSW3B3XSA6IGxlYWQsXG4gICAgICAgIGR1ZSxcbiAgICAgICAgc3RhdHVzOiBkb25lID8gJ2RvbmUnIDogJ29wZW4nLFxuICAgICAgICBvdXRjb21lOiBkb25lID8gJ0NvbXBsZXRlZCBhcyBwbGFubmVkJyA6IG51bGwsXG4gICAgICAgIGNvbXBsZXRlZE9uLFxuICAgICAgICBhcHBvaW50bWVudDogbnVsbCxcbiAgICAgICAgdG9sZFdob206IG51bGwsXG4gICAgICAgIHRvbGRPbjogbnVsbCxcbiAgICAgICAgY3JlYXRlZEJ5OiBsZWFkLFxuICAgICAgfSk7XG4gICAgfVxuICB9XG5cbiAgaWYgKCFjdXN0b2R5KSBhcHBvaW50bWVudHMocm5nLCBwLCBjLCBwYXR0ZXJuKTtcblxuICAvLyBSZWxlYXNlIHBsYW5uaW5nOiBtZW1iZXJzIGluIGN1c3RvZHkgZHVlIG91dCB3aXRoaW4gdGhyZWUgbW9udGhzLlxuICBpZiAoY3VzdG9keSAmJiBjdXN0b2R5LmV4cGVjdGVkUmVsZWFzZSAhPT0gbnVsbCAmJiBjdXN0b2R5LmV4cGVjdGVkUmVsZWFzZSA8PSBFWFRSQUNUICsgOTIpIHtcbiAgICBjb25zdCByZWwgPSBjdXN0b2R5LmV4cGVjdGVkUmVsZWFzZTtcbiAgICBjb25zdCBkdWUgPSBNYXRoLm1heChFWFRSQUNUIC0gNywgcmVsIC0gMTQpO1xuICAgIGNvbnN0IHRhc2tzOiBbQ2FzZUFjdGlvbktpbmQsIEFnZW5jeUtpbmQsIHN0cmluZywgc3RyaW5nXVtdID0gW1xuICAgICAgWydyZWxlYXNlX2FjY29tbW9kYXRpb24nLCAnaG91c2luZycsICdBY2NvbW1vZGF0aW9uIG9uIHJlbGVhc2UnLCAnSG91c2luZyBvcHRpb25zIHRlYW0nXSxcbiAgICAgIFsncmVsZWFzZV9wb2xpY2VfaW5mb3JtZWQnLCAncG9saWNlJywgJ1BvbGljZSB0b2xkIG9mIHRoZSByZWxlYXNlJywgJ05laWdoYm91cmhvb2QgcG9saWNpbmcgaW5zcGVjdG9yJ10sXG4gICAgXTtcbiAgICBpZiAocC5kcnVnVXNlcikgdGFza3Muc3BsaWNlKDEsIDAsIFsncmVsZWFzZV90cmVhdG1lbnQnLCAnZHJ1Z19zZXJ2aWNlJywgJ1RyZWF0bWVudCBjb250aW51aXR5IG9uIHJlbGVhc2UnLCAnQ29tbXVuaXR5IHByZXNjcmliaW5nIHNlcnZpY2UnXSk7XG4gICAgZm9yIChjb25zdCBba2luZCwgb3duZXIsIGRlc2NyaXB0aW9uLCB3aG9tXSBvZiB0YXNrcykge1xuICAgICAgY29uc3QgZG9uZSA9IHJuZy5jaGFuY2UoMC40KTtcbiAgICAgIGNvbnN0IG9uID0gZG9uZSA/IEVYVFJBQ1QgLSBybmcuaW50KDEsIDIwKSA6IG51bGw7XG4gICAgICBjLmFjdGlvbnMucHVzaCh7IGtpbmQsIHBhdGh3YXk6IG51bGwsIGRlc2NyaXB0aW9uLCBvd25lciwgZHVlLCBzdGF0dXM6IGRvbmUgPyAnZG9uZScgOiAnb3BlbicsIG91dGNvbWU6IGRvbmUgPyAnQXJyYW5nZWQnIDogbnVsbCwgY29tcGxldGVkT246IG9uLCBhcHBvaW50bWVudDogbnVsbCwgdG9sZFdob206IGRvbmUgPyB3aG9tIDogbnVsbCwgdG9sZE9uOiBvbiwgY3JlYXRlZEJ5OiAncHJpc29uJyB9KTtcbiAgICB9XG4gICAgLy8gSXRzIHJlbGVhc2UtZHVlIGFsZXJ0IGNvbWVzIGZyb20gdGhlIGRhaWx5IGNoZWNrIChhbGVydHMvZ2VuZXJhdGUudHMpLCBydW4gd2hlbiB0aGUgZGVtbyBpcyBsb2FkZWQuXG4gIH1cblxuICAvLyBBbGVydHMgZnJvbSB0aGUgcGVyc29uJ3MgcmVjZW50IGV2ZW50cy5cbiAgZm9yIChjb25zdCBjcCBvZiBwLmN1c3RvZHkpIHtcbiAgICBpZiAoY3AucmVsZWFzZSAhPT0gbnVsbCAmJiBjcC5yZWxlYXNlID49IE1hdGgubWF4KG9wZW5lZCwgRVhUUkFDVCAtIDYwKSAmJiBjcC5yZWxlYXNlIDw9IEVYVFJBQ1QpIHtcbiAgICAgIGFsZXJ0KHJuZywgYywgJ3JlbGVhc2VkJywgY3AucmVsZWFzZSwgY3AucmVsZWFzZSwgJ1JlbGVhc2VkIGZyb20gY3VzdG9keScsIGBjdXN0b2R5OiR7cC5pbmRleH06JHtjcC5yZWNlcHRpb259OnJlbGVhc2VgKTtcbiAgICB9XG4gIH1cbiAgZm9yIChjb25zdCB0IG9mIHAuZHJ1Z1Rlc3RzKSB7XG4gICAgaWYgKCh0Lm9waWF0ZXMgfHwgdC5jb2NhaW5lKSAmJiB0LmRhdGUgPj0gTWF0aC5tYXgob3BlbmVkLCBFWFRSQUNUIC0gOTApKSB7XG4gICAgICBhbGVydChybmcsIGMsICdwb3NpdGl2ZV9kcnVnX3Rlc3QnLCB0LmRhdGUsIHQuZGF0ZSwgJ1Bvc2l0aXZlIGRydWcgdGVzdCBvbiBhcnJlc3QnLCBgZHJ1Z190ZXN0OiR7cC5pbmRleH06JHt0LmRhdGV9YCk7XG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgYSBvZiBjLmFwcG9pbnRtZW50cykge1xuICAgIGlmIChhLnN0YXR1cyA9PT0gJ21pc3NlZCcgJiYgYS5kYXRlID49IEVYVFJBQ1QgLSA2MCkgYWxlcnQocm5nLCBjLCAnbWlzc2VkX2FwcG9pbnRtZW50JywgYS5kYXRlLCBhLmRhdGUsICdNaXNzZWQgYXBwb2ludG1lbnQnLCBgYXBwb2ludG1lbnQ6JHtwLmluZGV4fToke20uc2NoZW1lfToke2EuZGF0ZX1gKTtcbiAgfVxuXG4gIC8vIE5vdGVzOiBhIGZldyBmcm9tIHRoZSB0ZWFtLCB0aGUgZHJ1ZyBzZXJ2aWNlJ3MgYWJvdXQgdHJlYXRtZW50LlxuICBjb25zdCBuID0gcm5nLmludCgyLCA1KTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBuOyBpKyspIHtcbiAgICBjb25zdCBkYXRlID0gTWF0aC5taW4oRVhUUkFDVCwgb3BlbmVkICsgcm5nLmludCgwLCBNYXRoLm1heCgwLCBFWFRSQUNUIC0gb3BlbmVkKSkpO1xuICAgIGNvbnN0IHdobyA9IHJuZy5waWNrKHRlYW0pLmFnZW5jeTtcbiAgICBjb25zdCBoZWFsdGggPSB3aG8gPT09ICdkcnVnX3NlcnZpY2UnO1xuICAgIGMubm90ZXMucHVzaCh7XG4gICAgICBkYXRlLFxuICAgICAgYWdlbmN5OiB3aG8sXG4gICAgICBzZW5zaXRpdml0eTogaGVhbHRoID8gJ2hlYWx0aCcgOiAnbm9ybWFsJyxcbiAgICAgIGJvZHk6IGhlYWx0aFxuICAgICAgICA/IHJuZy5waWNrKFsnU2NyaXB0IHJldmlld2VkOyBzdGFibGUgb24gbWV0aGFkb25lLicsICdSZXBvcnRlZCB1c2luZyBvbiB0b3AgYXQgdGhlIHdlZWtlbmQ7IGtleSB3b3JrZXIgaW5mb3JtZWQuJywgJ0NsZWFuIHRlc3QgYXQgdGhlIGNsaW5pYzsgbW90aXZhdGVkIHRvIHN0YXkgaW4gdHJlYXRtZW50LiddKVxuICAgICAgICA6IHJuZy5waWNrKFsnSG9tZSB2aXNpdDogc2V0dGxlZCBhdCB0aGUgYWRkcmVzcy4nLCAnRGlzY3Vzc2VkIHRoZSBwbGFuOyBhZ3JlZWQgbmV4dCBzdGVwcy4nLCAnUGhvbmVkIHRvIGNoZWNrIGluOyBubyBjb25jZXJucyByYWlzZWQuJywgJ01ldCBhdCB0aGUgb2ZmaWNlIHdpdGggdGhlIG9mZmVuZGVyIG1hbmFnZXIuJ10pLFxuICAgIH0pO1xuICB9XG4gIGMubm90ZXMuc29ydCgoYSwgYikgPT4gYS5kYXRlIC0gYi5kYXRlKTtcbiAgcmV0dXJuIGM7XG59XG5cbmZ1bmN0aW9uIGFsZXJ0KHJuZzogUm5nLCBjOiBEZW1vQ2FzZSwga2luZDogQWxlcnRLaW5kLCByYWlzZWQ6IG51bWJlciwgYWJvdXQ6IG51bWJlciB8IG51bGwsIGRldGFpbDogc3RyaW5nLCBrZXk6IHN0cmluZyk6IHZvaWQge1xuICBjb25zdCBhY2tub3dsZWRnZWQgPSByYWlzZWQgPCBFWFRSQUNUIC0gNyAmJiBybmcuY2hhbmNlKDAuNykgPyBNYXRoLm1pbihFWFRSQUNULCByYWlzZWQgKyBybmcuaW50KDEsIDUpKSA6IG51bGw7XG4gIC8vIE9uZSBhbGVydCBwZXIga2V5LCBhcyB0aGUgYWxlcnQgc2VydmljZSByYWlzZXMgdGhlbSAodHdvIHBvc2l0aXZlIHRlc3RzIG9uIG9uZSBkYXkgYXJlIG9uZSBhbGVydCkuXG4gIGlmIChjLmFsZXJ0cy5zb21lKChhKSA9PiBhLmtpbmQgPT09IGtpbmQgJiYgYS5kZWR1cGVLZXkgPT09IGBkZW1vOiR7a2V5fWApKSByZXR1cm47XG4gIGMuYWxlcnRzLnB1c2goeyBraW5kLCByYWlzZWQsIGFib3V0LCBkZXRhaWwsIGRlZHVwZUtleTogYGRlbW86JHtrZXl9YCwgYWNrbm93bGVkZ2VkT246IGFja25vd2xlZGdlZCB9KTtcbn1cblxuLyoqIEZvcnRuaWdodGx5IGFwcG9pbnRtZW50cyBvdmVyIHRoZSBsYXN0IHNpeCBtb250aHMgYW5kIHRoZSBuZXh0IG1vbnRoLCB3aXRoIHRoZSBvdXRyZWFjaCBydWxlcyBhcHBsaWVkIGluIG9yZGVyLiAqL1xuZnVuY3Rpb24gYXBwb2ludG1lbnRzKHJuZzogUm5nLCBwOiBEZW1vUGVyc29uLCBjOiBEZW1vQ2FzZSwgcGF0dGVybjogJ3VzdWFsJyB8ICdvdXRyZWFjaCcgfCAnZGlzZW5nYWdpbmcnKTogdm9pZCB7XG4gIGNvbnN0IGZyb20gPSBNYXRoLm1heChjLm9wZW5lZCArIDcsIEVYVFJBQ1QgLSAxODIpO1xuICBjb25zdCBkcnVncyA9IGMudGVhbS5zb21lKCh0KSA9PiB0LmFnZW5jeSA9PT0gJ2RydWdfc2VydmljZScpO1xuICBsZXQgaSA9IDA7XG4gIGZvciAobGV0IGQgPSBmcm9tOyBkIDw9IEVYVFJBQ1QgKyAyODsgZCArPSAxNCArIHJuZy5pbnQoLTIsIDIpLCBpKyspIHtcbiAgICBjb25zdCBkcnVnQXBwb2ludG1lbnQgPSBkcnVncyAmJiBpICUgMiA9PT0gMTtcbiAgICBjb25zdCByID0gcm5nLndlaWdodGVkKFtBVFRFTkRBTkNFLmF0dGVuZGVkLCBBVFRFTkRBTkNFLm1pc3NlZCwgQVRURU5EQU5DRS5jYW5jZWxsZWRdKTtcbiAgICBjLmFwcG9pbnRtZW50cy5wdXNoKHtcbiAgICAgIGRhdGU6IGQsXG4gICAgICBhZ2VuY3k6IGRydWdBcHBvaW50bWVudCA/ICdkcnVnX3NlcnZpY2UnIDogYy5sZWFkLFxuICAgICAgcHVycG9zZTogZHJ1Z0FwcG9pbnRtZW50ID8gcm5nLnBpY2soWydEcnVnIHRyZWF0bWVudCByZXZpZXcnLCAnUHJlc2NyaWJpbmcgcmV2aWV3JywgJ0tleS13b3JrIHNlc3Npb24nXSkgOiBybmcucGljayhbJ1N1cGVydmlzaW9uJywgJ1BsYW4gcmV2aWV3JywgJ0hvbWUgdmlzaXQnXSksXG4gICAgICBzdGF0dXM6IGQgPiBFWFRSQUNUID8gJ3BsYW5uZWQnIDogKFsnYXR0ZW5kZWQnLCAnbWlzc2VkJywgJ2NhbmNlbGxlZCddIGFzIGNvbnN0KVtyXSEsXG4gICAgfSk7XG4gIH1cbiAgY29uc3QgcGFzdCA9IGMuYXBwb2ludG1lbnRzLm1hcCgoYSwgaikgPT4gW2EsIGpdIGFzIGNvbnN0KS5maWx0ZXIoKFthXSkgPT4gYS5kYXRlIDw9IEVYVFJBQ1QpO1xuICAvLyBUaGUgY2hvc2VuIHBhdHRlcm5zOiB0aGUgbGFzdCBwYXN0IGFwcG9pbnRtZW50IG1pc3NlZCAoaW4gb3V0cmVhY2ggbm93KTtcbiAgLy8gdHdvIG1pc3NlcyBpbiBhIHJvdyBhdCBsZWFzdCB0aHJlZSB3ZWVrcyBhZ28gKHRoZSBkaXNlbmdhZ2VtZW50IHBhdGh3YXkpLlxuICBpZiAocGF0dGVybiA9PT0gJ291dHJlYWNoJyAmJiBwYXN0Lmxlbmd0aCkgcGFzdFtwYXN0Lmxlbmd0aCAtIDFdIVswXS5zdGF0dXMgPSAnbWlzc2VkJztcbiAgbGV0IGZvcmNlZDogbnVtYmVyW10gPSBbXTtcbiAgaWYgKHBhdHRlcm4gPT09ICdkaXNlbmdhZ2luZycpIHtcbiAgICBjb25zdCBlYXJseSA9IHBhc3QuZmlsdGVyKChbYV0pID0+IGEuZGF0ZSA8PSBFWFRSQUNUIC0gMjEpO1xuICAgIGlmIChlYXJseS5sZW5ndGggPj0gMikge1xuICAgICAgZm9yY2VkID0gW2Vhcmx5W2Vhcmx5Lmxlbmd0aCAtIDJdIVsxXSwgZWFybHlbZWFybHkubGVuZ3RoIC0gMV0hWzFdXTtcbiAgICAgIGZvciAoY29uc3QgaiBvZiBmb3JjZWQpIGMuYXBwb2ludG1lbnRzW2pdIS5zdGF0dXMgPSAnbWlzc2VkJztcbiAgICB9XG4gIH1cbiAgLy8gV2FsayBpbiBvcmRlciwgYXMgdGhlIHNlcnZpY2Ugd291bGQgaGF2ZTogYSBtaXNzIG9wZW5zIG91dHJlYWNoOyBhIGZ1cnRoZXJcbiAgLy8gbWlzcyB3aXRoaW4gdGhlIHdpbmRvdyBvcGVucyBkaXNlbmdhZ2VtZW50IChvbmx5IG9uIHRoZSBjaG9zZW4gY2FzZTogb25cbiAgLy8gdGhlIG90aGVycyBpdCBpcyByZWNvcmRlZCBhcyBhdHRlbmRlZCwgc28gdGhlIGRlbW8gaGFzIG9uZSBvciB0d28pLlxuICBsZXQgb3V0cmVhY2g6IERlbW9DYXNlQWN0aW9uIHwgbnVsbCA9IG51bGw7XG4gIGxldCB3aW5kb3dFbmQgPSAtSW5maW5pdHk7XG4gIGZvciAoY29uc3QgW2EsIGpdIG9mIHBhc3QpIHtcbiAgICBpZiAoYS5zdGF0dXMgPT09ICdhdHRlbmRlZCcgJiYgb3V0cmVhY2ggJiYgb3V0cmVhY2guc3RhdHVzID09PSAnb3BlbicpIHtcbiAgICAgIG91dHJlYWNoLnN0YXR1cyA9ICdkb25lJztcbiAgICAgIG91dHJlYWNoLmNvbXBsZXRlZE9uID0gYS5kYXRlO1xuICAgICAgb3V0cmVhY2gub3V0Y29tZSA9ICdDb250YWN0IG1hZGU7IGF0dGVuZGVkIHRoZSBuZXh0IGFwcG9pbnRtZW50JztcbiAgICAgIHdpbmRvd0VuZCA9IG91dHJlYWNoLmR1ZSArIERJU0VOR0FHRU1FTlRfV0lORE9XO1xuICAgIH1cbiAgICBpZiAoYS5zdGF0dXMgIT09ICdtaXNzZWQnKSBjb250aW51ZTtcbiAgICBjb25zdCBpbldpbmRvdyA9IChvdXRyZWFjaCAmJiBvdXRyZWFjaC5zdGF0dXMgPT09ICdvcGVuJykgfHwgYS5kYXRlIDw9IHdpbmRvd0VuZDtcbiAgICBpZiAoaW5XaW5kb3cpIHtcbiAgICAgIGlmIChjLmRpc2VuZ2FnZW1lbnQpIGNvbnRpbnVlO1xuICAgICAgaWYgKCFmb3JjZWQuaW5jbHVkZXMoaikpIHtcbiAgICAgICAgYS5zdGF0dXMgPSAnYXR0ZW5kZWQnO1xuICAgICAgICBpZiAob3V0cmVhY2ggJiYgb3V0cmVhY2guc3RhdHVzID09PSAnb3BlbicpIHtcbiAgICAgICAgICBvdXRyZWFjaC5zdGF0dXMgPSAnZG9uZSc7XG4gICAgICAgICAgb3V0cmVhY2guY29tcGxldGVkT24gPSBhLmRhdGU7XG4gICAgICAgICAgb3V0cmVhY2gub3V0Y29tZSA9ICdDb250YWN0IG1hZGU7IGF0dGVuZGVkIHRoZSBuZXh0IGFwcG9pbnRtZW50JztcbiAgICAgICAgICB3aW5kb3dFbmQgPSBvdXRyZWFjaC5kdWUgKyBESVNFTkdBR0VNRU5UX1dJTkRPVztcbiAgICAgICAgfVxuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHJvdXRlT24gPSBhLmRhdGUgKyBybmcuaW50KDMsIDEwKTtcbiAgICAgIGNvbnN0IHJvdXRlOiBEaXNlbmdhZ2VtZW50Um91dGUgPSBjLnNjaGVtZSA9PT0gJ0RSUicgPyAnYnJlYWNoJyA6IGMuc2NoZW1lID09PSAnUFBPJyA/ICdlbmZvcmNlbWVudCcgOiAncmV0dXJuX3RvX2NvdXJ0JztcbiAgICAgIGNvbnN0IGNvbmNsdWRlZCA9IGEuZGF0ZSArIDQ1IDw9IEVYVFJBQ1QgJiYgcm5nLmNoYW5jZSgwLjUpO1xuICAgICAgYy5kaXNlbmdhZ2VtZW50ID0ge1xuICAgICAgICBvcGVuZWQ6IGEuZGF0ZSxcbiAgICAgICAgYXBwb2ludG1lbnQ6IGosXG4gICAgICAgIHN0YWdlOiBjb25jbHVkZWQgPyAnY29uY2x1ZGVkJyA6ICdyb3V0ZV9jaG9zZW4nLFxuICAgICAgICByb3V0ZSxcbiAgICAgICAgcm91dGVPbixcbiAgICAgICAgb3V0Y29tZTogY29uY2x1ZGVkID8gJ1JldHVybmVkIHRvIGNvdXJ0OyBvcmRlciBjb250aW51ZWQgd2l0aCBhIHdhcm5pbmcnIDogbnVsbCxcbiAgICAgICAgY29uY2x1ZGVkT246IGNvbmNsdWRlZCA/IGEuZGF0ZSArIDQ1IDogbnVsbCxcbiAgICAgIH07XG4gICAgICBpZiAob3V0cmVhY2ggJiYgb3V0cmVhY2guc3RhdHVzID09PSAnb3BlbicpIHtcbiAgICAgICAgb3V0cmVhY2guc3RhdHVzID0gJ2RvbmUnO1xuICAgICAgICBvdXRyZWFjaC5jb21wbGV0ZWRPbiA9IGEuZGF0ZTtcbiAgICAgICAgb3V0cmVhY2gub3V0Y29tZSA9ICdObyBjb250YWN0IG1hZGU7IGRpc2VuZ2FnZW1lbnQgcGF0aHdheSBvcGVuZWQnO1xuICAgICAgfVxuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIG91dHJlYWNoID0ge1xuICAgICAga2luZDogJ2Fzc2VydGl2ZV9vdXRyZWFjaCcsXG4gICAgICBwYXRod2F5OiBudWxsLFxuICAgICAgZGVzY3JpcHRpb246IGBBc3NlcnRpdmUgb3V0cmVhY2ggYWZ0ZXIgdGhlIG1pc3NlZCBhcHBvaW50bWVudGAsXG4gICAgICBvd25lcjogYS5hZ2VuY3ksXG4gICAgICBkdWU6IGEuZGF0ZSArIERFTU9fT1VUUkVBQ0hfREFZUyxcbiAgICAgIHN0YXR1czogJ29wZW4nLFxuICAgICAgb3V0Y29tZTogbnVsbCxcbiAgICAgIGNvbXBsZXRlZE9uOiBudWxsLFxuICAgICAgYXBwb2ludG1lbnQ6IGosXG4gICAgICB0b2xkV2hvbTogbnVsbCxcbiAgICAgIHRvbGRPbjogbnVsbCxcbiAgICAgIGNyZWF0ZWRCeTogYS5hZ2VuY3ksXG4gICAgfTtcbiAgICBjLmFjdGlvbnMucHVzaChvdXRyZWFjaCk7XG4gIH1cbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHRoZSBwYW5lbCB5ZWFyXG4vKiogTW9udGhseSBwYW5lbHMgZm9yIFBQTyBhbmQgSU9NIG92ZXIgdGhlIGxhc3QgdHdlbHZlIG1vbnRocyBvZiB0aGUgZGF0YS4gKi9cbmV4cG9ydCBjb25zdCBQQU5FTF9TQ0hFTUVTOiByZWFkb25seSBEZW1vU2NoZW1lQ29kZVtdID0gWydQUE8nLCAnSU9NJ107XG5cbmNvbnN0IEFfVFVFU0RBWSA9IGRheU51bWJlcignMjAxMC0wMS0wNScpO1xuXG4vKiogVGhlIGZpcnN0IFR1ZXNkYXkgb2YgZWFjaCBtb250aCBmb3IgdGhlIHR3ZWx2ZSBtb250aHMgdG8gdGhlIGV4dHJhY3QgZGF0ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYW5lbE1lZXRpbmdEYXlzKCk6IG51bWJlcltdIHtcbiAgY29uc3QgZGF5czogbnVtYmVyW10gPSBbXTtcbiAgY29uc3QgW3ksIG1vXSA9IERFTU9fREFURVMuZXh0cmFjdERhdGUuc3BsaXQoJy0nKS5tYXAoTnVtYmVyKSBhcyBbbnVtYmVyLCBudW1iZXJdO1xuICBmb3IgKGxldCBpID0gMTE7IGkgPj0gMDsgaS0tKSB7XG4gICAgY29uc3QgbW9udGggPSBtbyAtIGk7XG4gICAgY29uc3QgeXkgPSBtb250aCA8PSAwID8geSAtIDEgOiB5O1xuICAgIGNvbnN0IG1tID0gbW9udGggPD0gMCA/IG1vbnRoICsgMTIgOiBtb250aDtcbiAgICBjb25zdCBmaXJzdCA9IGRheU51bWJlcihgJHt5eX0tJHtTdHJpbmcobW0pLnBhZFN0YXJ0KDIsICcwJyl9LTAxYCk7XG4gICAgbGV0IGQgPSBmaXJzdDtcbiAgICB3aGlsZSAoKCgoZCAtIEFfVFVFU0RBWSkgJSA3KSArIDcpICUgNyAhPT0gMCkgZCsrO1xuICAgIGRheXMucHVzaChkKTtcbiAgfVxuICByZXR1cm4gZGF5cztcbn1cblxuZXhwb3J0IGludGVyZmFjZSBEZW1vUGFuZWxNZW1iZXJzaGlwIHtcbiAgcGVyc29uSWQ6IG51bWJlcjtcbiAgbWVtYmVyc2hpcElkOiBudW1iZXI7XG4gIHNjaGVtZTogRGVtb1NjaGVtZUNvZGU7XG4gIHRpZXI6IHN0cmluZyB8IG51bGw7XG4gIHN0YXJ0OiBudW1iZXI7XG4gIGVuZDogbnVtYmVyIHwgbnVsbDtcbiAgc2VsZWN0aW9uUmVhc29uOiBzdHJpbmc7XG4gIGVuZFJlYXNvbjogRW5kUmVhc29uIHwgbnVsbDtcbiAgZXhpdFBsYW46IHN0cmluZyB8IG51bGw7XG59XG5leHBvcnQgaW50ZXJmYWNlIERlbW9QYW5lbERlY2lzaW9uIHtcbiAgc2NoZW1lOiBEZW1vU2NoZW1lQ29kZTtcbiAgbWVldGluZzogbnVtYmVyO1xuICBwZXJzb25JZDogbnVtYmVyO1xuICBtZW1iZXJzaGlwSWQ6IG51bWJlcjtcbiAgaXRlbTogc3RyaW5nO1xuICBhY3Rpb246ICdzZWxlY3QnIHwgJ2Rlc2VsZWN0JztcbiAgcmVhc29uOiBzdHJpbmc7XG4gIGVuZFJlYXNvbjogRW5kUmVhc29uIHwgbnVsbDtcbiAgZXhpdFBsYW46IHN0cmluZyB8IG51bGw7XG4gIHRpZXI6IHN0cmluZyB8IG51bGw7XG59XG5cbi8qKiBUaGUgcGFuZWwncyBkZWNpc2lvbnM6IGVhY2ggc2VsZWN0aW9uIGFuZCBkZS1zZWxlY3Rpb24gb2YgdGhlIHllYXIgYXQgdGhlIGxhc3QgbWVldGluZyBvbiBvciBiZWZvcmUgaXQuIERlYXRocyBuZWVkIG5vIGRlY2lzaW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhbmVsRGVjaXNpb25zKG1lbWJlcnNoaXBzOiByZWFkb25seSBEZW1vUGFuZWxNZW1iZXJzaGlwW10pOiBEZW1vUGFuZWxEZWNpc2lvbltdIHtcbiAgY29uc3QgZGF5cyA9IHBhbmVsTWVldGluZ0RheXMoKTtcbiAgY29uc3QgbWVldGluZ0ZvciA9IChkOiBudW1iZXIpID0+IHtcbiAgICBsZXQgYmVzdDogbnVtYmVyIHwgbnVsbCA9IG51bGw7XG4gICAgZm9yIChjb25zdCBtIG9mIGRheXMpIGlmIChtIDw9IGQpIGJlc3QgPSBtO1xuICAgIHJldHVybiBiZXN0O1xuICB9O1xuICBjb25zdCBvdXQ6IERlbW9QYW5lbERlY2lzaW9uW10gPSBbXTtcbiAgZm9yIChjb25zdCBtIG9mIG1lbWJlcnNoaXBzKSB7XG4gICAgaWYgKCFQQU5FTF9TQ0hFTUVTLmluY2x1ZGVzKG0uc2NoZW1lKSkgY29udGludWU7XG4gICAgY29uc3QgcyA9IG0uc3RhcnQgPD0gRVhUUkFDVCA/IG1lZXRpbmdGb3IobS5zdGFydCkgOiBudWxsO1xuICAgIGlmIChzICE9PSBudWxsKSBvdXQucHVzaCh7IHNjaGVtZTogbS5zY2hlbWUsIG1lZXRpbmc6IHMsIHBlcnNvbklkOiBtLnBlcnNvbklkLCBtZW1iZXJzaGlwSWQ6IG0ubWVtYmVyc2hpcElkLCBpdGVtOiAncHJvcG9zYWw6c2VsZWN0JywgYWN0aW9uOiAnc2VsZWN0JywgcmVhc29uOiBtLnNlbGVjdGlvblJlYXNvbiwgZW5kUmVhc29uOiBudWxsLCBleGl0UGxhbjogbnVsbCwgdGllcjogbS50aWVyIH0pO1xuICAgIGNvbnN0IGUgPSBtLmVuZCAhPT0gbnVsbCAmJiBtLmVuZCA8PSBFWFRSQUNUICYmIG0uZW5kUmVhc29uICE9PSAnZGVjZWFzZWQnID8gbWVldGluZ0ZvcihtLmVuZCkgOiBudWxsO1xuICAgIGlmIChlICE9PSBudWxsICYmIG0uZW5kUmVhc29uICE9PSBudWxsKSB7XG4gICAgICBvdXQucHVzaCh7IHNjaGVtZTogbS5zY2hlbWUsIG1lZXRpbmc6IGUsIHBlcnNvbklkOiBtLnBlcnNvbklkLCBtZW1iZXJzaGlwSWQ6IG0ubWVtYmVyc2hpcElkLCBpdGVtOiBtLmVuZFJlYXNvbiA9PT0gJ290aGVyJyA/ICdwcm9wb3NhbDpkZXNlbGVjdCcgOiBgcnVsZToke20uZW5kUmVhc29ufWAsIGFjdGlvbjogJ2Rlc2VsZWN0JywgcmVhc29uOiBgRGUtc2VsZWN0ZWQ6ICR7bS5lbmRSZWFzb24ucmVwbGFjZUFsbCgnXycsICcgJyl9YCwgZW5kUmVhc29uOiBtLmVuZFJlYXNvbiwgZXhpdFBsYW46IG0uZXhpdFBsYW4sIHRpZXI6IG51bGwgfSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFZQSxTQUFTLEtBQUssZUFBZTtBQUM3QixTQUFTLGlCQUFpQjtBQUMxQixTQUFTLGtCQUFtRztBQUU1RyxTQUFTLGdCQUFnQjtBQUV6QixNQUFNLFVBQVUsVUFBVSxXQUFXLFdBQVc7QUFFekMsTUFBTSxxQkFBcUI7QUFFbEMsTUFBTSx1QkFBdUI7QUFHdEIsTUFBTSxhQUFhLEVBQUUsVUFBVSxNQUFNLFFBQVEsTUFBTSxXQUFXLEtBQUs7QUFFbkUsTUFBTSxzQkFBc0I7QUFDNUIsTUFBTSxpQkFBaUI7QUFzRTlCLE1BQU0sUUFBb0M7QUFBQSxFQUN4QyxRQUFRO0FBQUEsRUFDUixXQUFXO0FBQUEsRUFDWCxRQUFRO0FBQUEsRUFDUixjQUFjO0FBQUEsRUFDZCxpQkFBaUI7QUFBQSxFQUNqQixpQkFBaUI7QUFBQSxFQUNqQixTQUFTO0FBQUEsRUFDVCxXQUFXO0FBQ2I7QUFHQSxNQUFNLGdCQUE2QztBQUFBLEVBQ2pELGVBQWU7QUFBQSxFQUNmLCtCQUErQjtBQUFBLEVBQy9CLFFBQVE7QUFBQSxFQUNSLGVBQWU7QUFBQSxFQUNmLHNCQUFzQjtBQUFBLEVBQ3RCLG1CQUFtQjtBQUFBLEVBQ25CLDhCQUE4QjtBQUNoQztBQUNBLE1BQU0sa0JBQXNEO0FBQUEsRUFDMUQsZUFBZSxDQUFDLGlDQUFpQywrQkFBK0IsNkJBQTZCO0FBQUEsRUFDN0csK0JBQStCLENBQUMsbUNBQW1DLDhCQUE4QixxQkFBcUI7QUFBQSxFQUN0SCxRQUFRLENBQUMsc0JBQXNCLDRCQUE0QixvQkFBb0I7QUFBQSxFQUMvRSxlQUFlLENBQUMsZ0NBQWdDLDRCQUE0Qiw0QkFBNEI7QUFBQSxFQUN4RyxzQkFBc0IsQ0FBQyxpQkFBaUIsd0JBQXdCLHFCQUFxQjtBQUFBLEVBQ3JGLG1CQUFtQixDQUFDLDJCQUEyQixzQ0FBc0Msa0JBQWtCO0FBQUEsRUFDdkcsOEJBQThCLENBQUMsNkJBQTZCLHlCQUF5QixnQkFBZ0I7QUFDdkc7QUFFQSxNQUFNLFdBQWtDLENBQUMsV0FBVyxhQUFhLG1CQUFtQixRQUFRO0FBQzVGLE1BQU0sVUFBaUMsQ0FBQyxRQUFRLE9BQU8sVUFBVSxNQUFNO0FBR2hFLFNBQVMsV0FBVyxHQUErQztBQUN4RSxNQUFJLEVBQUUsU0FBUyxTQUFTLEVBQUUsUUFBUSxLQUFNLFFBQU87QUFDL0MsU0FBTyxFQUFFLFVBQVUsc0JBQXNCO0FBQzNDO0FBR08sU0FBUyxnQkFBZ0IsR0FBaUM7QUFDL0QsU0FBTyxFQUFFLFlBQVksT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLFdBQVcsRUFBRSxRQUFRLElBQUk7QUFDekU7QUFFQSxTQUFTLFlBQVksR0FBZSxLQUFhO0FBQy9DLFNBQU8sRUFBRSxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsYUFBYSxRQUFRLEVBQUUsWUFBWSxRQUFRLE1BQU0sRUFBRSxRQUFRO0FBQzVGO0FBT08sU0FBUyxVQUFVLE1BQWMsUUFBMkM7QUFDakYsUUFBTSxNQUFrQixDQUFDO0FBQ3pCLE1BQUksWUFBWTtBQUNoQixhQUFXLEtBQUssUUFBUTtBQUN0QixlQUFXLEtBQUssZ0JBQWdCLENBQUMsR0FBRztBQUNsQyxZQUFNLElBQUksSUFBSTtBQUNkLFlBQU0sT0FBTyxDQUFDLFlBQVksR0FBRyxPQUFPLEtBQUssVUFBVSxFQUFFLFNBQVM7QUFDOUQsWUFBTSxVQUFVLE9BQVEsWUFBWSx3QkFBd0IsSUFBSSxnQkFBZ0IsWUFBWSxtQkFBbUIsSUFBSSxhQUFhLFVBQVc7QUFDM0ksVUFBSSxLQUFNO0FBQ1YsVUFBSSxLQUFLLFFBQVEsSUFBSSxJQUFJLFFBQVEsUUFBUSxNQUFNLEVBQUUsS0FBSyxHQUFHLEVBQUUsT0FBTyxXQUFXLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxHQUFHLEdBQUcsR0FBRyxPQUFPLENBQUM7QUFBQSxJQUM3RztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFFBQVEsS0FBVSxHQUFlLEdBQW1CLEdBQVcsU0FBeUQ7QUFDL0gsUUFBTSxPQUFPLFVBQVUsRUFBRSxlQUFlO0FBQ3hDLFFBQU0sVUFBVSxZQUFZLEdBQUcsT0FBTztBQUN0QyxRQUFNLE9BQW1CLE1BQU0sS0FBSyxvQkFBb0IsRUFBRSxXQUFXLFFBQVEsY0FBYyxFQUFFLFdBQVcsU0FBUyxFQUFFLFNBQVMsU0FBUyxXQUFXO0FBQ2hKLFFBQU0sU0FBUyxFQUFFO0FBQ2pCLFFBQU0sT0FBNkIsQ0FBQyxFQUFFLFFBQVEsTUFBTSxNQUFNLE9BQU8sQ0FBQztBQUNsRSxRQUFNLE9BQU8sQ0FBQyxHQUFlLE9BQU8sTUFBTSxDQUFDLE1BQU07QUFDL0MsUUFBSSxDQUFDLEtBQUssS0FBSyxDQUFDLE1BQU0sRUFBRSxXQUFXLENBQUMsRUFBRyxNQUFLLEtBQUssRUFBRSxRQUFRLEdBQUcsS0FBSyxDQUFDO0FBQUEsRUFDdEU7QUFDQSxPQUFLLFFBQVE7QUFDYixPQUFLLFdBQVc7QUFDaEIsTUFBSSxFQUFFLFlBQVksRUFBRSxXQUFXLE1BQU8sTUFBSyxjQUFjO0FBQ3pELE1BQUksUUFBUyxNQUFLLFFBQVE7QUFDMUIsT0FBSyxTQUFTLElBQUksU0FBUyxNQUFNLENBQUU7QUFDbkMsTUFBSSxNQUFNLE1BQU0sSUFBSSxNQUFNLEVBQUcsTUFBSyxtQkFBbUIsTUFBTSxLQUFLLE1BQU0sa0JBQWtCLG9CQUFvQjtBQUM1RyxRQUFNLElBQWMsRUFBRSxhQUFhLEVBQUUsT0FBTyxRQUFRLEVBQUUsUUFBUSxNQUFNLFFBQVEsTUFBTSxhQUFhLENBQUMsR0FBRyxjQUFjLENBQUMsR0FBRyxTQUFTLENBQUMsR0FBRyxlQUFlLE1BQU0sT0FBTyxDQUFDLEdBQUcsUUFBUSxDQUFDLEVBQUU7QUFHN0ssUUFBTSxPQUFPLENBQUM7QUFDZCxhQUFXLE1BQU0sU0FBVSxNQUFLLEVBQUUsSUFBSSxRQUFRLElBQUksU0FBUyxDQUFDLE1BQU0sS0FBSyxLQUFLLElBQUksQ0FBQyxDQUFDO0FBQ2xGLE9BQUssZ0JBQWdCLEVBQUUsWUFBWSxFQUFFLFdBQVcsUUFBUSxTQUFTLFFBQVEsSUFBSSxTQUFTLENBQUMsS0FBSyxLQUFLLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDN0csUUFBTSxVQUFVLFNBQVMsSUFBSSxJQUFJLEdBQUcsRUFBRTtBQUN0QyxNQUFJLFdBQVcsU0FBUztBQUN0QixNQUFFLFlBQVksS0FBSyxFQUFFLE1BQU0sV0FBVyxNQUFNLFNBQVMsUUFBUSxNQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQ3pGLFFBQUksT0FBTztBQUNYLGFBQVMsSUFBSSxVQUFVLElBQUksSUFBSSxJQUFJLEdBQUcsR0FBRyxLQUFLLFNBQVMsS0FBSyxJQUFJLElBQUksSUFBSSxHQUFHLEdBQUc7QUFDNUUsWUFBTSxPQUFPLEVBQUUsR0FBRyxLQUFLO0FBQ3ZCLGlCQUFXLE1BQU0sU0FBVSxLQUFJLEtBQUssRUFBRSxNQUFNLFVBQVUsSUFBSSxPQUFPLEdBQUcsRUFBRyxNQUFLLEVBQUUsSUFBSSxRQUFRLFFBQVEsUUFBUSxLQUFLLEVBQUUsQ0FBQyxJQUFJLENBQUM7QUFDdkgsUUFBRSxZQUFZLEtBQUssRUFBRSxNQUFNLGFBQWEsTUFBTSxHQUFHLFFBQVEsTUFBTSxTQUFTLEtBQUssQ0FBQztBQUM5RSxhQUFPO0FBQUEsSUFDVDtBQUVBLFVBQU0sUUFBUSxTQUFTLE9BQU8sQ0FBQyxPQUFPLEtBQUssRUFBRSxNQUFNLFVBQVUsS0FBSyxFQUFFLE1BQU0sUUFBUSxFQUFFLE1BQU0sR0FBRyxDQUFDO0FBQzlGLFFBQUksTUFBTSxXQUFXLEVBQUcsT0FBTSxLQUFLLDhCQUE4QjtBQUNqRSxlQUFXLE1BQU0sT0FBTztBQUN0QixZQUFNLE1BQU0sVUFBVSxJQUFJLElBQUksSUFBSSxHQUFHO0FBQ3JDLFlBQU0sT0FBTyxPQUFPO0FBQ3BCLFlBQU0sT0FBTyxRQUFRLElBQUksT0FBTyxHQUFHO0FBQ25DLFlBQU0sY0FBYyxPQUFPLEtBQUssSUFBSSxVQUFVLEdBQUcsTUFBTSxJQUFJLElBQUksR0FBRyxFQUFFLENBQUMsSUFBSTtBQUN6RSxRQUFFLFFBQVEsS0FBSztBQUFBLFFBQ2IsTUFBTTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsYUFBYSxJQUFJLEtBQUssZ0JBQWdCLEVBQUUsQ0FBQztBQUFBLFFBQ3pDLE9BQU8sS0FBSyxLQUFLLENBQUMsTUFBTSxFQUFFLFdBQVcsY0FBYyxFQUFFLENBQUMsSUFBSSxjQUFjLEVBQUUsSUFBSTtBQUFBLFFBQzlFO0FBQUEsUUFDQSxRQUFRLE9BQU8sU0FBUztBQUFBLFFBQ3hCLFNBQVMsT0FBTyx5QkFBeUI7QUFBQSxRQUN6QztBQUFBLFFBQ0EsYUFBYTtBQUFBLFFBQ2IsVUFBVTtBQUFBLFFBQ1YsUUFBUTtBQUFBLFFBQ1IsV0FBVztBQUFBLE1BQ2IsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBRUEsTUFBSSxDQUFDLFFBQVMsY0FBYSxLQUFLLEdBQUcsR0FBRyxPQUFPO0FBRzdDLE1BQUksV0FBVyxRQUFRLG9CQUFvQixRQUFRLFFBQVEsbUJBQW1CLFVBQVUsSUFBSTtBQUMxRixVQUFNLE1BQU0sUUFBUTtBQUNwQixVQUFNLE1BQU0sS0FBSyxJQUFJLFVBQVUsR0FBRyxNQUFNLEVBQUU7QUFDMUMsVUFBTSxRQUF3RDtBQUFBLE1BQzVELENBQUMseUJBQXlCLFdBQVcsNEJBQTRCLHNCQUFzQjtBQUFBLE1BQ3ZGLENBQUMsMkJBQTJCLFVBQVUsOEJBQThCLGtDQUFrQztBQUFBLElBQ3hHO0FBQ0EsUUFBSSxFQUFFLFNBQVUsT0FBTSxPQUFPLEdBQUcsR0FBRyxDQUFDLHFCQUFxQixnQkFBZ0IsbUNBQW1DLCtCQUErQixDQUFDO0FBQzVJLGVBQVcsQ0FBQyxNQUFNLE9BQU8sYUFBYSxJQUFJLEtBQUssT0FBTztBQUNwRCxZQUFNLE9BQU8sSUFBSSxPQUFPLEdBQUc7QUFDM0IsWUFBTSxLQUFLLE9BQU8sVUFBVSxJQUFJLElBQUksR0FBRyxFQUFFLElBQUk7QUFDN0MsUUFBRSxRQUFRLEtBQUssRUFBRSxNQUFNLFNBQVMsTUFBTSxhQUFhLE9BQU8sS0FBSyxRQUFRLE9BQU8sU0FBUyxRQUFRLFNBQVMsT0FBTyxhQUFhLE1BQU0sYUFBYSxJQUFJLGFBQWEsTUFBTSxVQUFVLE9BQU8sT0FBTyxNQUFNLFFBQVEsSUFBSSxXQUFXLFNBQVMsQ0FBQztBQUFBLElBQ3ZPO0FBQUEsRUFFRjtBQUdBLGFBQVcsTUFBTSxFQUFFLFNBQVM7QUFDMUIsUUFBSSxHQUFHLFlBQVksUUFBUSxHQUFHLFdBQVcsS0FBSyxJQUFJLFFBQVEsVUFBVSxFQUFFLEtBQUssR0FBRyxXQUFXLFNBQVM7QUFDaEcsWUFBTSxLQUFLLEdBQUcsWUFBWSxHQUFHLFNBQVMsR0FBRyxTQUFTLHlCQUF5QixXQUFXLEVBQUUsS0FBSyxJQUFJLEdBQUcsU0FBUyxVQUFVO0FBQUEsSUFDekg7QUFBQSxFQUNGO0FBQ0EsYUFBVyxLQUFLLEVBQUUsV0FBVztBQUMzQixTQUFLLEVBQUUsV0FBVyxFQUFFLFlBQVksRUFBRSxRQUFRLEtBQUssSUFBSSxRQUFRLFVBQVUsRUFBRSxHQUFHO0FBQ3hFLFlBQU0sS0FBSyxHQUFHLHNCQUFzQixFQUFFLE1BQU0sRUFBRSxNQUFNLGdDQUFnQyxhQUFhLEVBQUUsS0FBSyxJQUFJLEVBQUUsSUFBSSxFQUFFO0FBQUEsSUFDdEg7QUFBQSxFQUNGO0FBQ0EsYUFBVyxLQUFLLEVBQUUsY0FBYztBQUM5QixRQUFJLEVBQUUsV0FBVyxZQUFZLEVBQUUsUUFBUSxVQUFVLEdBQUksT0FBTSxLQUFLLEdBQUcsc0JBQXNCLEVBQUUsTUFBTSxFQUFFLE1BQU0sc0JBQXNCLGVBQWUsRUFBRSxLQUFLLElBQUksRUFBRSxNQUFNLElBQUksRUFBRSxJQUFJLEVBQUU7QUFBQSxFQUMvSztBQUdBLFFBQU0sSUFBSSxJQUFJLElBQUksR0FBRyxDQUFDO0FBQ3RCLFdBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFVBQU0sT0FBTyxLQUFLLElBQUksU0FBUyxTQUFTLElBQUksSUFBSSxHQUFHLEtBQUssSUFBSSxHQUFHLFVBQVUsTUFBTSxDQUFDLENBQUM7QUFDakYsVUFBTSxNQUFNLElBQUksS0FBSyxJQUFJLEVBQUU7QUFDM0IsVUFBTSxTQUFTLFFBQVE7QUFDdkIsTUFBRSxNQUFNLEtBQUs7QUFBQSxNQUNYO0FBQUEsTUFDQSxRQUFRO0FBQUEsTUFDUixhQUFhLFNBQVMsV0FBVztBQUFBLE1BQ2pDLE1BQU0sU0FDRixJQUFJLEtBQUssQ0FBQyx5Q0FBeUMsOERBQThELDJEQUEyRCxDQUFDLElBQzdLLElBQUksS0FBSyxDQUFDLHVDQUF1QywwQ0FBMEMsMkNBQTJDLDhDQUE4QyxDQUFDO0FBQUEsSUFDM0wsQ0FBQztBQUFBLEVBQ0g7QUFDQSxJQUFFLE1BQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLE9BQU8sRUFBRSxJQUFJO0FBQ3RDLFNBQU87QUFDVDtBQUVBLFNBQVMsTUFBTSxLQUFVLEdBQWEsTUFBaUIsUUFBZ0IsT0FBc0IsUUFBZ0IsS0FBbUI7QUFDOUgsUUFBTSxlQUFlLFNBQVMsVUFBVSxLQUFLLElBQUksT0FBTyxHQUFHLElBQUksS0FBSyxJQUFJLFNBQVMsU0FBUyxJQUFJLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSTtBQUUzRyxNQUFJLEVBQUUsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsUUFBUSxFQUFFLGNBQWMsUUFBUSxHQUFHLEVBQUUsRUFBRztBQUM1RSxJQUFFLE9BQU8sS0FBSyxFQUFFLE1BQU0sUUFBUSxPQUFPLFFBQVEsV0FBVyxRQUFRLEdBQUcsSUFBSSxnQkFBZ0IsYUFBYSxDQUFDO0FBQ3ZHO0FBR0EsU0FBUyxhQUFhLEtBQVUsR0FBZSxHQUFhLFNBQXFEO0FBQy9HLFFBQU0sT0FBTyxLQUFLLElBQUksRUFBRSxTQUFTLEdBQUcsVUFBVSxHQUFHO0FBQ2pELFFBQU0sUUFBUSxFQUFFLEtBQUssS0FBSyxDQUFDLE1BQU0sRUFBRSxXQUFXLGNBQWM7QUFDNUQsTUFBSSxJQUFJO0FBQ1IsV0FBUyxJQUFJLE1BQU0sS0FBSyxVQUFVLElBQUksS0FBSyxLQUFLLElBQUksSUFBSSxJQUFJLENBQUMsR0FBRyxLQUFLO0FBQ25FLFVBQU0sa0JBQWtCLFNBQVMsSUFBSSxNQUFNO0FBQzNDLFVBQU0sSUFBSSxJQUFJLFNBQVMsQ0FBQyxXQUFXLFVBQVUsV0FBVyxRQUFRLFdBQVcsU0FBUyxDQUFDO0FBQ3JGLE1BQUUsYUFBYSxLQUFLO0FBQUEsTUFDbEIsTUFBTTtBQUFBLE1BQ04sUUFBUSxrQkFBa0IsaUJBQWlCLEVBQUU7QUFBQSxNQUM3QyxTQUFTLGtCQUFrQixJQUFJLEtBQUssQ0FBQyx5QkFBeUIsc0JBQXNCLGtCQUFrQixDQUFDLElBQUksSUFBSSxLQUFLLENBQUMsZUFBZSxlQUFlLFlBQVksQ0FBQztBQUFBLE1BQ2hLLFFBQVEsSUFBSSxVQUFVLFlBQWEsQ0FBQyxZQUFZLFVBQVUsV0FBVyxFQUFZLENBQUM7QUFBQSxJQUNwRixDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sT0FBTyxFQUFFLGFBQWEsSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFVLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsUUFBUSxPQUFPO0FBRzVGLE1BQUksWUFBWSxjQUFjLEtBQUssT0FBUSxNQUFLLEtBQUssU0FBUyxDQUFDLEVBQUcsQ0FBQyxFQUFFLFNBQVM7QUFDOUUsTUFBSSxTQUFtQixDQUFDO0FBQ3hCLE1BQUksWUFBWSxlQUFlO0FBQzdCLFVBQU0sUUFBUSxLQUFLLE9BQU8sQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLFFBQVEsVUFBVSxFQUFFO0FBQ3pELFFBQUksTUFBTSxVQUFVLEdBQUc7QUFDckIsZUFBUyxDQUFDLE1BQU0sTUFBTSxTQUFTLENBQUMsRUFBRyxDQUFDLEdBQUcsTUFBTSxNQUFNLFNBQVMsQ0FBQyxFQUFHLENBQUMsQ0FBQztBQUNsRSxpQkFBVyxLQUFLLE9BQVEsR0FBRSxhQUFhLENBQUMsRUFBRyxTQUFTO0FBQUEsSUFDdEQ7QUFBQSxFQUNGO0FBSUEsTUFBSSxXQUFrQztBQUN0QyxNQUFJLFlBQVk7QUFDaEIsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE1BQU07QUFDekIsUUFBSSxFQUFFLFdBQVcsY0FBYyxZQUFZLFNBQVMsV0FBVyxRQUFRO0FBQ3JFLGVBQVMsU0FBUztBQUNsQixlQUFTLGNBQWMsRUFBRTtBQUN6QixlQUFTLFVBQVU7QUFDbkIsa0JBQVksU0FBUyxNQUFNO0FBQUEsSUFDN0I7QUFDQSxRQUFJLEVBQUUsV0FBVyxTQUFVO0FBQzNCLFVBQU0sV0FBWSxZQUFZLFNBQVMsV0FBVyxVQUFXLEVBQUUsUUFBUTtBQUN2RSxRQUFJLFVBQVU7QUFDWixVQUFJLEVBQUUsY0FBZTtBQUNyQixVQUFJLENBQUMsT0FBTyxTQUFTLENBQUMsR0FBRztBQUN2QixVQUFFLFNBQVM7QUFDWCxZQUFJLFlBQVksU0FBUyxXQUFXLFFBQVE7QUFDMUMsbUJBQVMsU0FBUztBQUNsQixtQkFBUyxjQUFjLEVBQUU7QUFDekIsbUJBQVMsVUFBVTtBQUNuQixzQkFBWSxTQUFTLE1BQU07QUFBQSxRQUM3QjtBQUNBO0FBQUEsTUFDRjtBQUNBLFlBQU0sVUFBVSxFQUFFLE9BQU8sSUFBSSxJQUFJLEdBQUcsRUFBRTtBQUN0QyxZQUFNLFFBQTRCLEVBQUUsV0FBVyxRQUFRLFdBQVcsRUFBRSxXQUFXLFFBQVEsZ0JBQWdCO0FBQ3ZHLFlBQU0sWUFBWSxFQUFFLE9BQU8sTUFBTSxXQUFXLElBQUksT0FBTyxHQUFHO0FBQzFELFFBQUUsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUSxFQUFFO0FBQUEsUUFDVixhQUFhO0FBQUEsUUFDYixPQUFPLFlBQVksY0FBYztBQUFBLFFBQ2pDO0FBQUEsUUFDQTtBQUFBLFFBQ0EsU0FBUyxZQUFZLHNEQUFzRDtBQUFBLFFBQzNFLGFBQWEsWUFBWSxFQUFFLE9BQU8sS0FBSztBQUFBLE1BQ3pDO0FBQ0EsVUFBSSxZQUFZLFNBQVMsV0FBVyxRQUFRO0FBQzFDLGlCQUFTLFNBQVM7QUFDbEIsaUJBQVMsY0FBYyxFQUFFO0FBQ3pCLGlCQUFTLFVBQVU7QUFBQSxNQUNyQjtBQUNBO0FBQUEsSUFDRjtBQUNBLGVBQVc7QUFBQSxNQUNULE1BQU07QUFBQSxNQUNOLFNBQVM7QUFBQSxNQUNULGFBQWE7QUFBQSxNQUNiLE9BQU8sRUFBRTtBQUFBLE1BQ1QsS0FBSyxFQUFFLE9BQU87QUFBQSxNQUNkLFFBQVE7QUFBQSxNQUNSLFNBQVM7QUFBQSxNQUNULGFBQWE7QUFBQSxNQUNiLGFBQWE7QUFBQSxNQUNiLFVBQVU7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLFdBQVcsRUFBRTtBQUFBLElBQ2Y7QUFDQSxNQUFFLFFBQVEsS0FBSyxRQUFRO0FBQUEsRUFDekI7QUFDRjtBQUlPLE1BQU0sZ0JBQTJDLENBQUMsT0FBTyxLQUFLO0FBRXJFLE1BQU0sWUFBWSxVQUFVLFlBQVk7QUFHakMsU0FBUyxtQkFBNkI7QUFDM0MsUUFBTSxPQUFpQixDQUFDO0FBQ3hCLFFBQU0sQ0FBQyxHQUFHLEVBQUUsSUFBSSxXQUFXLFlBQVksTUFBTSxHQUFHLEVBQUUsSUFBSSxNQUFNO0FBQzVELFdBQVMsSUFBSSxJQUFJLEtBQUssR0FBRyxLQUFLO0FBQzVCLFVBQU0sUUFBUSxLQUFLO0FBQ25CLFVBQU0sS0FBSyxTQUFTLElBQUksSUFBSSxJQUFJO0FBQ2hDLFVBQU0sS0FBSyxTQUFTLElBQUksUUFBUSxLQUFLO0FBQ3JDLFVBQU0sUUFBUSxVQUFVLEdBQUcsRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsS0FBSztBQUNqRSxRQUFJLElBQUk7QUFDUixhQUFVLElBQUksYUFBYSxJQUFLLEtBQUssTUFBTSxFQUFHO0FBQzlDLFNBQUssS0FBSyxDQUFDO0FBQUEsRUFDYjtBQUNBLFNBQU87QUFDVDtBQTJCTyxTQUFTLGVBQWUsYUFBa0U7QUFDL0YsUUFBTSxPQUFPLGlCQUFpQjtBQUM5QixRQUFNLGFBQWEsQ0FBQyxNQUFjO0FBQ2hDLFFBQUksT0FBc0I7QUFDMUIsZUFBVyxLQUFLLEtBQU0sS0FBSSxLQUFLLEVBQUcsUUFBTztBQUN6QyxXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sTUFBMkIsQ0FBQztBQUNsQyxhQUFXLEtBQUssYUFBYTtBQUMzQixRQUFJLENBQUMsY0FBYyxTQUFTLEVBQUUsTUFBTSxFQUFHO0FBQ3ZDLFVBQU0sSUFBSSxFQUFFLFNBQVMsVUFBVSxXQUFXLEVBQUUsS0FBSyxJQUFJO0FBQ3JELFFBQUksTUFBTSxLQUFNLEtBQUksS0FBSyxFQUFFLFFBQVEsRUFBRSxRQUFRLFNBQVMsR0FBRyxVQUFVLEVBQUUsVUFBVSxjQUFjLEVBQUUsY0FBYyxNQUFNLG1CQUFtQixRQUFRLFVBQVUsUUFBUSxFQUFFLGlCQUFpQixXQUFXLE1BQU0sVUFBVSxNQUFNLE1BQU0sRUFBRSxLQUFLLENBQUM7QUFDbE8sVUFBTSxJQUFJLEVBQUUsUUFBUSxRQUFRLEVBQUUsT0FBTyxXQUFXLEVBQUUsY0FBYyxhQUFhLFdBQVcsRUFBRSxHQUFHLElBQUk7QUFDakcsUUFBSSxNQUFNLFFBQVEsRUFBRSxjQUFjLE1BQU07QUFDdEMsVUFBSSxLQUFLLEVBQUUsUUFBUSxFQUFFLFFBQVEsU0FBUyxHQUFHLFVBQVUsRUFBRSxVQUFVLGNBQWMsRUFBRSxjQUFjLE1BQU0sRUFBRSxjQUFjLFVBQVUsc0JBQXNCLFFBQVEsRUFBRSxTQUFTLElBQUksUUFBUSxZQUFZLFFBQVEsZ0JBQWdCLEVBQUUsVUFBVSxXQUFXLEtBQUssR0FBRyxDQUFDLElBQUksV0FBVyxFQUFFLFdBQVcsVUFBVSxFQUFFLFVBQVUsTUFBTSxLQUFLLENBQUM7QUFBQSxJQUN0VDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7IiwKICAibmFtZXMiOiBbXQp9Cg==
