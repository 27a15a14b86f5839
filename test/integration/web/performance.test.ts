// The performance dashboard through the real HTTP pipeline: an analyst sees the
// Stockton 2008/09 figures (SPEC 3.6) with charts, methods and named NI38
// contributors; a board member sees the same aggregates with no names and
// small counts suppressed; a practitioner is refused; the unit-costs form
// needs its CSRF token and the right role.
import { systemClock } from '../../../src/calendar/clock.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { ni38 } from '../../../src/performance/ni38-service.js';
import { addMembership, addOutcomes, createScheme, loadOffenceCodes, spread, type OutcomeSpec } from '../performance/helpers.js';

let t: TestDatabase;
let ta: TestApp;
const PAGE = '/performance/PPO/2008-09?ceiling=0.16';

beforeAll(async () => {
  t = await testDatabase();
  await loadOffenceCodes(t.db);
  ta = await testApp(t, [
    { username: 'analyst', role: 'analyst', agency: 'police' },
    { username: 'board', role: 'board_member', agency: 'local_authority' },
    { username: 'officer', role: 'practitioner', agency: 'police' },
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
  ]);
  const f = ta.f;
  const ppo = await createScheme(t.db, f, 'PPO');
  const rows: OutcomeSpec[] = [];
  // Stockton 2008/09: 40 members on 1 April 2008 (21 or 22 months on the
  // scheme), a baseline of 247 convictions in 2007/08, and 56, 49, 23 and 22
  // in the quarters of 2008/09 spread over 22 people.
  const cohort: number[] = [];
  for (let i = 0; i < 40; i++) {
    const id = await createPerson(t.db, f, i === 1 || i === 2 ? { ref: `STK${i}`, family: 'Contribson', given: `Zulu${i}` } : { ref: `STK${i}`, family: 'Cohortman' });
    cohort.push(id);
    await addMembership(t.db, f, ppo, id, i < 20 ? '2006-07-01' : '2006-06-01', i % 7 === 0 ? '2008-09-15' : null);
  }
  cohort.forEach((id, i) => spread(i < 7 ? 7 : 6, '2007-04-01', 366).forEach((d) => rows.push({ personId: id, offenceDate: d })));
  let r = 0;
  for (const [start, n] of [['2008-04-01', 56], ['2008-07-01', 49], ['2008-10-01', 23], ['2009-01-01', 22]] as const) {
    spread(n, start, 90).forEach((d) => rows.push({ personId: cohort[r++ % 22]!, offenceDate: d }));
  }
  // NI38: six members still on the scheme test positive in January–March 2009
  // (member 0 left in September); two go on to offend far more than predicted
  // (after the NI30 year, so NI30 is unchanged).
  await t.db
    .insertInto('drug_tests')
    .values(cohort.slice(1, 7).map((id, i) => ({ partnership_id: f.partnershipId, person_id: id, test_date: `2009-0${1 + (i % 3)}-10`, opiates: true, cocaine: false })))
    .execute();
  for (const id of cohort.slice(1, 3)) spread(20, '2009-05-01', 60).forEach((d) => rows.push({ personId: id, offenceDate: d }));
  // One of them lives in Northtown: an area of one person, too small to show a board.
  await t.db.insertInto('addresses').values({ partnership_id: f.partnershipId, person_id: cohort[3]!, from_date: '2000-01-01', area_code: 'E06000001' }).execute();
  await addOutcomes(t.db, f, rows);
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, jar?: Record<string, string>) => ta.app.inject({ method: 'GET', url, headers: jar ? { cookie: cookieHeader(jar) } : {} });
const post = (url: string, jar: Record<string, string>, form: Record<string, string>) =>
  ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });

/** The text of the page with tags removed and spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

/** The cells of each body row of the table marked with a data-testid. */
function tableRows(html: string, testid: string): string[][] {
  const table = new RegExp(`<table[^>]*data-testid="${testid}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  if (!table) throw new Error(`no table ${testid}`);
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table[1]!)![1]!;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!).trim()));
}

describe('the performance dashboard for an analyst', () => {
  it('shows the Stockton 2008/09 NI30 figures with the method beside them', async () => {
    const { jar } = await signInAs(ta.app, 'analyst');
    const res = await get(PAGE, jar);
    expect(res.statusCode).toBe(200);
    const page = text(res.body);
    expect(page).toContain('40 members on 1 April 2008');
    expect(page).toMatch(/Baseline \(2007\/08\) 247/);
    expect(page).toMatch(/Performance ceiling 16\.0%/);
    expect(page).toMatch(/Average months on the scheme 21\.5/);
    expect(page).toMatch(/Threshold 207/);
    expect(page).toMatch(/Expected a quarter 51\.75/);
    expect(page).toContain('150: 57 under the threshold');
    expect(page).toMatch(/Reduction achieved 39\.3%/);
    expect(page).toContain('55.0% (22 of 40)');
    expect(page).toContain('round(247 × (1 − 0.16)) = 207');
    expect(tableRows(res.body, 'ni30-quarters').map((r) => r.slice(1))).toEqual([
      ['56', '51.75', '+4.25', '56', '51.75', '+4.25'],
      ['49', '51.75', '-2.75', '105', '103.50', '+1.50'],
      ['23', '51.75', '-28.75', '128', '155.25', '-27.25'],
      ['22', '51.75', '-29.75', '150', '207', '-57'],
    ]);
    // The data extract date sits with the figures.
    expect(res.body).toMatch(/data-testid="data-currency"[\s\S]*latest outcome on record is dated/);
  });

  it('draws the quarterly chart as SVG bars with the threshold line, and the rolling 12 months', async () => {
    const { jar } = await signInAs(ta.app, 'analyst');
    const res = await get(PAGE, jar);
    const chart = /<svg[^>]*id="ni30-quarters"[\s\S]*?<\/svg>/.exec(res.body)![0];
    expect(chart).toMatch(/role="img"/);
    // Drawn by ECharts (src/reports/svg-charts.ts): each bar labelled with its value, and every figure in the description.
    const labels = [...chart.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(expect.arrayContaining(['56', '49', '23', '22', 'Q1', 'Q4', 'Actual', 'Expected a quarter (threshold ÷ 4)']));
    expect(chart).toMatch(/<desc id="ni30-quarters-desc">[^<]*Q1: Actual 56\.[^<]*Q4: Actual 22\.[^<]*Expected a quarter \(threshold ÷ 4\): 51\.75\./);
    expect(chart).toMatch(/stroke-dasharray/);
    const rolling = /<svg[^>]*id="ni30-rolling"[\s\S]*?<\/svg>/.exec(res.body)![0];
    expect(rolling).toContain('Observed');
    expect(rolling).toContain('Predicted');
    expect(res.body).toMatch(/<svg[^>]*id="concentration"/);
    // One back link, one main, headings that start at h1.
    expect(res.body.match(/govuk-back-link/g)).toHaveLength(1);
    expect(res.body.match(/<main/g)).toHaveLength(1);
    expect(res.body.match(/<h1/g)).toHaveLength(1);
    // No inline styles: the CSP forbids them.
    expect(res.body).not.toMatch(/\sstyle="/);
  });

  it('names the NI38 contributors and links to their records', async () => {
    const { jar } = await signInAs(ta.app, 'analyst');
    const res = await get(PAGE, jar);
    const page = text(res.body);
    expect(page).toMatch(/Cohort 6 people identified as Class A drug users/);
    expect(page).toContain('ni38-ogrs3-frequency-1');
    const rows = tableRows(res.body, 'ni38-contributors');
    // The same people the service names, each a heavy offender, by name with a link.
    const expected = (await ni38(t.db, ta.f.operator, { schemeCode: 'PPO', year: '2008/09' }, systemClock)).contributors;
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[1])).toEqual(expected.map((c) => c.personRef));
    for (const row of rows) expect(row[0]).toMatch(/^CONTRIBSON, Zulu[12]$/);
    for (const c of expected) expect(res.body).toContain(`href="/people/${c.personId}"`);
    expect(page).toContain(`Contributors ${expected.length} people account for the difference`);
  });

  it('shows proven reoffending with categories that have no unit cost as not costed', async () => {
    const { jar } = await signInAs(ta.app, 'analyst');
    const res = await get(PAGE, jar);
    const other = tableRows(res.body, 'reoffending-costs').find((r) => r[0] === 'other theft')!;
    expect(Number(other[1])).toBeGreaterThan(0);
    expect(other.slice(2)).toEqual(['Not costed', 'Not costed']);
    expect(text(res.body)).toMatch(/The most prolific 10% of the proven reoffending cohort committed \d+\.\d% of its \d+ reoffences/);
  });
});

describe('restricted contributors', () => {
  it('leaves a restricted contributor out for an analyst not named on them, and names them to a named one', async () => {
    const expected = (await ni38(t.db, ta.f.operator, { schemeCode: 'PPO', year: '2008/09' }, systemClock)).contributors;
    const first = expected[0]!;
    await t.db.updateTable('people').set({ restricted: true }).where('id', '=', first.personId).execute();
    try {
      const { jar } = await signInAs(ta.app, 'analyst');
      const body = (await get(PAGE, jar)).body;
      const rows = body.includes('data-testid="ni38-contributors"') ? tableRows(body, 'ni38-contributors') : [];
      expect(body).not.toContain(`href="/people/${first.personId}"`);
      // Left out whole, like every list of people: no name, no reference, no placeholder (docs/need-to-know.md).
      expect(rows.flat()).not.toContain(first.personRef);
      expect(rows.flat()).not.toContain('Restricted record');
      expect(rows.length).toBe(expected.length - 1);
      await t.db.insertInto('person_access').values({ person_id: first.personId, user_id: ta.users.analyst!.userId }).execute();
      const named = tableRows((await get(PAGE, jar)).body, 'ni38-contributors');
      expect(named[0]![0]).toMatch(/^CONTRIBSON, /);
    } finally {
      await t.db.deleteFrom('person_access').where('person_id', '=', first.personId).execute();
      await t.db.updateTable('people').set({ restricted: false }).where('id', '=', first.personId).execute();
    }
  });
});

describe('the performance dashboard for a board member', () => {
  it('shows the same aggregates, no names, and small counts as "fewer than 5"', async () => {
    const { jar } = await signInAs(ta.app, 'board');
    const res = await get(PAGE, jar);
    expect(res.statusCode).toBe(200);
    const page = text(res.body);
    expect(page).toMatch(/Threshold 207/);
    expect(page).toContain('150: 57 under the threshold');
    expect(page).not.toContain('Contribson');
    expect(page).not.toContain('CONTRIBSON');
    expect(res.body).not.toContain('STK1');
    expect(res.body).not.toMatch(/href="\/people\//);
    expect(res.body).not.toContain('data-testid="ni38-contributors"');
    // Two contributors, and an area of one person.
    expect(page).toContain('fewer than 5 people account for the difference');
    // The other area (5) is withheld too: the cohort (6) less it would give the one away.
    expect(page).toContain('Not known withheld withheld withheld withheld E06000001 fewer than 5 withheld withheld withheld');
    // A cohort of 22: each tenth would be 2 people, so the concentration curve is withheld.
    expect(page).toContain('Concentration of offending Withheld: each tenth of the cohort would hold fewer than 5 people');
    expect(res.body).not.toMatch(/<svg[^>]*id="concentration"/);
    expect(page).not.toContain('Lorenz curve at each tenth');
    // No number from 1 to 4 labelled as a count of people anywhere on the page.
    expect(page).not.toMatch(/\b[1-4] (people|reoffenders|of \d+)\b/);
  });
});

describe('an NI38 cohort period in the future', () => {
  it('says on the page that it has no data yet, rather than showing 0 with no hint why', async () => {
    const { jar } = await signInAs(ta.app, 'board');
    const res = await get('/performance/PPO/2030-31?ceiling=0.16', jar);
    expect(res.statusCode).toBe(200);
    expect(text(res.body)).toMatch(/Cohort period 1 January 2031 to 31 March 2031 Status No data yet: the cohort period \(2031-01-01 to 2031-03-31\) has not begun/);
  });
});

describe('who may use the dashboard', () => {
  it('refuses a practitioner', async () => {
    const { jar } = await signInAs(ta.app, 'officer');
    for (const url of ['/performance', PAGE, '/performance/unit-costs']) {
      const res = await get(url, jar);
      expect(res.statusCode, url).toBe(403);
      expect(text(res.body)).not.toContain('207'); // the page's words: a random CSP nonce may hold the digits
    }
  });

  it('shows Performance in the navigation only to roles that may see it', async () => {
    const analyst = await signInAs(ta.app, 'analyst');
    expect((await get('/', analyst.jar)).body).toMatch(/href="\/performance"/);
    const officer = await signInAs(ta.app, 'officer');
    expect((await get('/', officer.jar)).body).not.toMatch(/href="\/performance"/);
  });
});

describe('choosing a scheme and year', () => {
  it('sends a complete choice to the dashboard address', async () => {
    const { jar } = await signInAs(ta.app, 'board');
    const page = await get('/performance', jar);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<option value="PPO"/);
    const res = await get('/performance?scheme=PPO&year=2008%2F09&ceiling=16%25', jar);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/performance/PPO/2008-09?ceiling=0.16');
  });

  it('shows a stretch target beside the ceiling, as a second line on the chart', async () => {
    const { jar } = await signInAs(ta.app, 'analyst');
    const res = await get(`${PAGE}&stretch=20%25`, jar);
    expect(res.statusCode).toBe(200);
    expect(text(res.body)).toMatch(/Performance ceiling 16\.0%, stretch 20\.0%/);
    expect(text(res.body)).toMatch(/Threshold 207 \(stretch 198\)/);
    expect(res.body).toMatch(/<desc id="ni30-quarters-desc">[^<]*Stretch target a quarter: 49\.5\./);
  });

  it('says what is missing, field by field', async () => {
    const { jar } = await signInAs(ta.app, 'analyst');
    const res = await get('/performance?scheme=NOPE&year=2008%2F09&ceiling=2', jar);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('href="#scheme"');
    expect(res.body).toContain('href="#ceiling"');
    const noCeiling = await get('/performance/PPO/2008-09', jar);
    expect(noCeiling.statusCode).toBe(400);
    expect(noCeiling.body).toContain('Enter the performance ceiling');
    expect((await get('/performance/PPO/2008-10?ceiling=0.16', jar)).statusCode).toBe(404);
    expect((await get('/performance/NOPE/2008-09?ceiling=0.16', jar)).statusCode).toBe(404);
  });
});

describe('unit costs of crime', () => {
  const otherTheft = async () => {
    const row = await t.db.selectFrom('unit_costs').select('pounds').where('partnership_id', '=', ta.f.partnershipId).where('category', '=', 'other theft').executeTakeFirst();
    return row ? Number(row.pounds) : null;
  };
  const formFor = async (jar: Record<string, string>) => {
    const page = await get('/performance/unit-costs', jar);
    const index = /name="category-(\d+)" value="other theft"/.exec(page.body)![1]!;
    return { page, index };
  };

  it('refuses a change without the CSRF token', async () => {
    const { jar } = await signInAs(ta.app, 'analyst');
    const { index } = await formFor(jar);
    const res = await post('/performance/unit-costs', jar, { [`category-${index}`]: 'other theft', [`cost-${index}`]: '999' });
    expect(res.statusCode).toBe(403);
    expect(await otherTheft()).toBeNull();
  });

  it('refuses a board member and a scheme manager, even with the token', async () => {
    for (const who of ['board', 'manager']) {
      const { jar, csrf } = await signInAs(ta.app, who);
      const page = await get('/performance/unit-costs', jar);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('Save the unit costs');
      const res = await post('/performance/unit-costs', jar, { _csrf: csrf, 'category-0': 'x', 'cost-0': '1' });
      expect(res.statusCode, who).toBe(403);
    }
  });

  it('lets an analyst set a cost, which then costs the reoffences on the dashboard', async () => {
    const { jar, csrf } = await signInAs(ta.app, 'analyst');
    const { page, index } = await formFor(jar);
    expect(page.body).toContain(`<label class="govuk-label govuk-visually-hidden" for="cost-${index}">`);
    const bad = await post('/performance/unit-costs', jar, { _csrf: csrf, [`category-${index}`]: 'other theft', [`cost-${index}`]: 'lots' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(`href="#cost-${index}"`);
    const ok = await post('/performance/unit-costs', jar, { _csrf: csrf, [`category-${index}`]: 'other theft', [`cost-${index}`]: '£1,200', priceYear: '2015/16' });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('1 unit cost changed.');
    expect(await otherTheft()).toBe(1200);
    const audit = await t.db.selectFrom('audit_log').select('what').where('user_id', '=', ta.users.analyst!.userId).where('action', '=', 'alteration').execute();
    expect(audit.map((a) => a.what)).toContain('unit cost of other theft set to 1200');
    const dash = await get(PAGE, jar);
    const row = tableRows(dash.body, 'reoffending-costs').find((r) => r[0] === 'other theft')!;
    expect(row[2]).toBe('£1,200');
    expect(row[3]).toBe(`£${(Number(row[1]) * 1200).toLocaleString('en-GB')}`);
  });
});
