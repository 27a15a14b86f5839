// The Premium Service and NI18 panels of the performance dashboard, through the
// real HTTP pipeline: an analyst sees the worked figures with their methods; a
// board member sees the same with small counts suppressed (secondary
// suppression included) and no rate worked from one.
//
//   2009/10, PPO. M (on PPO): charged 1 and 10 April, disposed of after 20 and
//   30 days (Q1). O1–O6 (on no scheme): charged 1 April, disposed of after 10,
//   20, … 60 days (Q1: median 35, 90th percentile 60); O1 charged again 1 July,
//   disposed of after 14 days (Q2).
//   NI18, June 2009: M and O1–O6 on community orders (7 adults); O2 and O3
//   convicted of offences in August: 2 of 7.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { addDays } from '../../../src/calendar/dates.js';
import { addMembership, addOutcomes, createScheme, type OutcomeSpec } from '../performance/helpers.js';

let t: TestDatabase;
let ta: TestApp;
const PAGE = '/performance/PPO/2009-10?ceiling=0.16&ni18Month=2009-06';

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'analyst', role: 'analyst', agency: 'police' },
    { username: 'board', role: 'board_member', agency: 'local_authority' },
  ]);
  const f = ta.f;
  await t.db.updateTable('partnerships').set({ data_as_of: '2010-12-31' }).where('id', '=', f.partnershipId).execute();
  const ppo = await createScheme(t.db, f, 'PPO');
  const M = await createPerson(t.db, f, { ref: 'PN-M', dob: '1980-01-01' });
  await addMembership(t.db, f, ppo, M, '2009-01-01');
  const arrests: [number, string][] = [[M, '2009-04-01'], [M, '2009-04-10']];
  const outcomes: OutcomeSpec[] = [
    { personId: M, offenceDate: '2009-03-31', outcomeDate: '2009-04-21' },
    { personId: M, offenceDate: '2009-04-09', outcomeDate: '2009-05-10' },
  ];
  const people = [M];
  for (let i = 1; i <= 6; i++) {
    const O = await createPerson(t.db, f, { ref: `PN-O${i}`, dob: '1985-01-01' });
    people.push(O);
    arrests.push([O, '2009-04-01']);
    outcomes.push({ personId: O, offenceDate: '2009-03-31', outcomeDate: addDays('2009-04-01', 10 * i) });
    if (i === 1) {
      arrests.push([O, '2009-07-01']);
      outcomes.push({ personId: O, offenceDate: '2009-06-30', outcomeDate: '2009-07-15' });
    }
    if (i === 2 || i === 3) outcomes.push({ personId: O, offenceDate: '2009-08-01', outcomeDate: '2009-09-01' });
  }
  await t.db
    .insertInto('arrests')
    .values(arrests.map(([personId, d]) => ({ partnership_id: f.partnershipId, person_id: personId, arrest_date: d, offence_code: '04600', offence_code_raw: '04600', outcome: 'charged' as const, outcome_raw: 'Charged' })))
    .execute();
  await addOutcomes(t.db, f, outcomes);
  await t.db
    .insertInto('supervision_periods')
    .values(people.map((p) => ({ partnership_id: f.partnershipId, person_id: p, kind: 'community_order' as const, statutory: true, start_date: '2009-01-01' })))
    .execute();
}, 60_000);
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, jar: Record<string, string>) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(jar) } });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
function tableRows(html: string, testid: string): string[][] {
  const table = new RegExp(`<table[^>]*data-testid="${testid}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  if (!table) throw new Error(`no table ${testid}`);
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table[1]!)![1]!;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!).trim()));
}

describe('the Premium Service and NI18 on the dashboard', () => {
  it('shows an analyst the worked figures with their methods', async () => {
    const { jar } = await signInAs(ta.app, 'analyst');
    const res = await get(PAGE, jar);
    expect(res.statusCode).toBe(200);
    expect(tableRows(res.body, 'premium-service')).toEqual([
      ['Q1', '2', '25', '30', '6', '35', '60'],
      ['Q2', '0', '–', '–', '1', '14', '14'],
      ['Q3', '0', '–', '–', '0', '–', '–'],
      ['Q4', '0', '–', '–', '0', '–', '–'],
      ['Whole year 2009/10', '2', '25', '30', '7', '30', '60'],
    ]);
    expect(tableRows(res.body, 'ni18')).toEqual([
      ['Whole probation caseload', '7', '2', '28.6%', expect.stringMatching(/%$/), expect.stringMatching(/points$/)],
      ['Members of PPO', '1', '0', '0.0%', expect.stringMatching(/%$/), expect.stringMatching(/points$/)],
    ]);
    const page = text(res.body);
    expect(page).toContain('90th percentile: nearest rank');
    expect(page).toContain('Predicted rate: the mean over the caseload of each person');
    expect(page).toContain('Final: the wait for proof ended on');
  });

  it('shows a board member small counts as "fewer than 5", with secondary suppression, and no rate on a small count', async () => {
    const { jar } = await signInAs(ta.app, 'board');
    const res = await get(PAGE, jar);
    expect(res.statusCode).toBe(200);
    // Others: Q2's 1 is withheld, so Q1's 6 is withheld too (7 − 6 would give it away).
    expect(tableRows(res.body, 'premium-service')).toEqual([
      ['Q1', 'fewer than 5', '–', '–', 'fewer than 5', '–', '–'],
      ['Q2', '0', '–', '–', 'fewer than 5', '–', '–'],
      ['Q3', '0', '–', '–', '0', '–', '–'],
      ['Q4', '0', '–', '–', '0', '–', '–'],
      ['Whole year 2009/10', 'fewer than 5', '–', '–', '7', '30', '60'],
    ]);
    const ni18 = tableRows(res.body, 'ni18');
    expect(ni18[0]!.slice(0, 4)).toEqual(['Whole probation caseload', '7', '–', '–']);
    expect(ni18[1]!).toEqual(['Members of PPO', 'fewer than 5', '–', '–', '–', '–']);
    expect(res.body).not.toContain('PN-');
  });

  it('says what is wrong with a malformed snapshot month', async () => {
    const { jar } = await signInAs(ta.app, 'analyst');
    const res = await get('/performance/PPO/2009-10?ceiling=0.16&ni18Month=June', jar);
    expect(res.statusCode).toBe(400);
    expect(text(res.body)).toContain('Enter the NI18 snapshot month as YYYY-MM');
  });
});
