// The demo generator against the published figures it is calibrated to
// (reference/README.md), and its guarantees: repeatable, chunk-independent,
// visibly synthetic, and no overlapping spans.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { DEMO_AREAS, DEMO_OFFENCES, demoPlan, demoPncId, generatePeople, generatePerson, type DemoPerson } from '../../../src/demo/generate.js';
import { calibrate } from '../../../src/demo/calibration.js';
import { dayNumber } from '../../../src/calendar/dates.js';

const plan = demoPlan(5000, 2009);
const people = [...generatePeople(plan)];
const c = calibrate(people);

// Tolerances: the 2008 cohort of 5,000 people has about 850 members, so the
// sampling error of a 26% rate is about 1.5 points; ±4 points is over 2.5
// standard errors and also catches a real drift in the model. The others are
// set the same way from their own spread across seeds.
describe('calibration to the published figures (5,000 people)', () => {
  it('has a 2008 cohort of a realistic size', () => {
    expect(c.cohort).toBeGreaterThan(600);
    expect(c.cohort).toBeLessThan(1200);
  });

  it('reoffends like the MoJ measure: about 26% within a year', () => {
    expect(c.reoffendingRate).toBeGreaterThan(0.22);
    expect(c.reoffendingRate).toBeLessThan(0.3);
  });

  it('has about 2.9 proven reoffences per reoffender', () => {
    expect(c.reoffencesPerReoffender).toBeGreaterThan(2.5);
    expect(c.reoffencesPerReoffender).toBeLessThan(3.3);
  });

  it('has a heavy tail: the most prolific 10% commit about half of all proven offences', () => {
    expect(c.top10Share).toBeGreaterThan(0.45);
    expect(c.top10Share).toBeLessThan(0.58);
  });

  it('is mostly adults (about 93%) and mostly men (about 85%)', () => {
    expect(c.adultShare).toBeGreaterThan(0.9);
    expect(c.adultShare).toBeLessThan(0.97);
    expect(c.maleShare).toBeGreaterThan(0.83);
    expect(c.maleShare).toBeLessThan(0.87);
  });

  it('fills the schemes to about their capacity on the extract date', () => {
    expect(c.ppoMembers).toBeGreaterThan(plan.capacity.PPO * 0.5);
    expect(c.ppoMembers).toBeLessThan(plan.capacity.PPO * 1.4);
    expect(c.iomMembers).toBeGreaterThan(plan.capacity.IOM * 0.6);
    expect(c.iomMembers).toBeLessThan(plan.capacity.IOM * 1.2);
    expect(c.drrMembers).toBeGreaterThan(plan.capacity.DRR * 0.4);
    expect(c.drrMembers).toBeLessThan(plan.capacity.DRR * 1.2);
  });

  it('has about 20 events a person (4 million for 200,000)', () => {
    const events = people.reduce(
      (a, p) => a + p.outcomes.length + p.arrests.length + p.charges.length + p.intelligence.length + p.drugTests.length + p.assessments.length + p.breaches.length,
      0,
    );
    expect(events / people.length).toBeGreaterThan(16);
    expect(events / people.length).toBeLessThan(24);
  });
});

describe('PPOs in custody', () => {
  // About 20 PPOs per 5,000 people is too few to measure a share; three pools
  // of 20,000 give about 100, so the standard error is about 5 points.
  it('has about a third of PPOs in custody on the extract date', () => {
    let members = 0;
    let inCustody = 0;
    for (const seed of [1, 2, 3]) {
      const r = calibrate([...generatePeople(demoPlan(20_000, seed))]);
      members += r.ppoMembers;
      inCustody += r.ppoInCustodyShare * r.ppoMembers;
    }
    expect(members).toBeGreaterThan(60);
    const share = inCustody / members;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.46);
  }, 60_000);
});

describe('repeatability', () => {
  it('gives identical data for the same seed', () => {
    const again = [...generatePeople(demoPlan(5000, 2009), 0, 300)];
    expect(again).toEqual(people.slice(0, 300));
  });

  it('gives different data for a different seed', () => {
    const other = [...generatePeople(demoPlan(5000, 2010), 0, 300)];
    const same = other.filter((p, i) => JSON.stringify(p) === JSON.stringify(people[i])).length;
    expect(same).toBe(0);
  });

  it('does not depend on chunking: person i is the same generated alone or in a run', () => {
    for (const i of [0, 1, 777, 4999]) expect(generatePerson(plan, i)).toEqual(people[i]);
  });
});

type Span = { start: number; end: number | null };
function overlaps(spans: Span[]): boolean {
  const s = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < s.length; i++) if (s[i - 1]!.end === null || s[i - 1]!.end! > s[i]!.start) return true;
  return false;
}

describe('the data model guarantees', () => {
  const extract = dayNumber('2010-12-31');

  // Problems are collected and compared once: an expect per row would be slow.
  it('never overlaps custody, supervision of one kind, memberships of one scheme, or addresses', () => {
    const problems: string[] = [];
    for (const p of people) {
      if (overlaps(p.custody.map((x) => ({ start: x.reception, end: x.release })))) problems.push(`${p.personRef} custody`);
      for (const kind of ['community_order', 'licence', 'drr', 'none']) {
        if (overlaps(p.supervision.filter((s) => s.kind === kind))) problems.push(`${p.personRef} ${kind}`);
      }
      for (const scheme of ['PPO', 'IOM', 'DRR']) {
        if (overlaps(p.memberships.filter((m) => m.scheme === scheme))) problems.push(`${p.personRef} ${scheme}`);
      }
      // IOM is the cushion below PPO: never both at once.
      if (overlaps(p.memberships.filter((m) => m.scheme !== 'DRR'))) problems.push(`${p.personRef} PPO and IOM`);
      if (overlaps(p.addresses.map((a) => ({ start: a.from, end: a.to })))) problems.push(`${p.personRef} addresses`);
    }
    expect(problems).toEqual([]);
  });

  it('has non-empty spans and nothing dated after the extract date', () => {
    const problems: string[] = [];
    for (const p of people) {
      for (const x of p.custody) {
        if ((x.release !== null && x.release <= x.reception) || x.reception > extract) problems.push(`${p.personRef} custody`);
      }
      for (const s of [...p.supervision, ...p.memberships]) {
        if ((s.end !== null && s.end <= s.start) || s.start > extract) problems.push(`${p.personRef} span`);
      }
      for (const o of p.outcomes) {
        if (o.outcomeDate > extract || o.offenceDate > o.outcomeDate) problems.push(`${p.personRef} outcome`);
      }
      for (const e of [...p.arrests, ...p.intelligence, ...p.drugTests, ...p.assessments, ...p.breaches]) {
        if (e.date > extract) problems.push(`${p.personRef} event`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('ends only closed memberships with a reason from the allowed set, and records an exit plan', () => {
    const allowed = new Set(['stopped_offending', 'moved_area', 'significant_custody', 'regular_review', 'two_years_on_scheme', 'high_risk_of_harm', 'deceased', 'other']);
    let ended = 0;
    const problems: string[] = [];
    for (const p of people) {
      for (const m of p.memberships) {
        if (m.end === null) {
          if (m.endReason !== null) problems.push(`${p.personRef} open with a reason`);
        } else {
          ended++;
          if (!allowed.has(m.endReason!) || !m.endReasonRaw) problems.push(`${p.personRef} ${m.endReason}`);
          if (m.endReason !== 'deceased' && !m.exitPlan) problems.push(`${p.personRef} no exit plan`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(ended).toBeGreaterThan(50);
  });

  it('uses Home Office codes whose group is in the reference table', () => {
    const csv = fs.readFileSync('../shared/reference/offences/home-office-offence-codes.csv', 'utf8');
    const codes = new Set(csv.split('\n').slice(1).map((l) => l.slice(0, 5)));
    for (const o of DEMO_OFFENCES) expect(codes.has(o.code), o.code).toBe(true);
    const used = new Set(people.flatMap((p) => p.outcomes.map((o) => o.code)));
    for (const code of used) expect(codes.has(code)).toBe(true);
  });
});

describe('synthetic and visibly so', () => {
  it('makes well-formed PNC IDs with a correct check letter, in the years 1900–1909', () => {
    const letters = 'ZABCDEFGHJKLMNPQRTUVWXY';
    for (const i of [0, 1, 9, 10, 12345, 199_999]) {
      const id = demoPncId(i);
      const m = /^(19\d{2})\/(\d{7})([A-Z])$/.exec(id);
      expect(m, id).not.toBeNull();
      const year = Number(m![1]);
      expect(year).toBeGreaterThanOrEqual(1900);
      expect(year).toBeLessThanOrEqual(1909);
      expect(letters[Number(`${String(year % 100).padStart(2, '0')}${m![2]}`) % 23]).toBe(m![3]);
    }
    const all = people.flatMap((p) => p.identifiers.filter((x) => x.kind === 'pnc').map((x) => x.value));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length / people.length).toBeGreaterThan(0.9);
    expect(all.length).toBeLessThan(people.length);
  });

  it('uses only the fictional areas and fake postcodes', () => {
    const inside = new Set<string>(DEMO_AREAS.map((a) => a.code));
    let outside = 0;
    const problems: string[] = [];
    for (const p of people) {
      for (const a of p.addresses) {
        if (!/^X99\d{6}$/.test(a.areaCode) || !/^(XX\d \d[A-Z]{2}|ZZ99 3VZ)$/.test(a.postcode)) problems.push(`${a.areaCode} ${a.postcode}`);
        if (!inside.has(a.areaCode)) outside++;
      }
    }
    expect(problems).toEqual([]);
    expect(outside).toBeGreaterThan(0);
  });

  it('keeps identifiers unique per kind', () => {
    const keys = people.flatMap((p) => p.identifiers.map((i) => `${i.kind}:${i.value}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives prison numbers to those who had custody and to no one else', () => {
    const check = (p: DemoPerson) => p.identifiers.some((i) => i.kind === 'prison') === p.custody.length > 0;
    expect(people.every(check)).toBe(true);
  });
});
