// The partnership report (issue 16) on a small worked example, through the web
// page, the API and the service:
//
//   scheme PPO, year 2008/09 (baseline 2007/08), cohort date 1 April 2008
//   P1..P15 members since 2007-01-01; P13, P14 leave 2008-09-01 (regular review),
//   P15 leaves 2008-10-01 (stopped offending; assessed drugs "none" on 2008-09-15)
//   each member one conviction in June 2007 (baseline 15); P1..P3 one in May 2008 (actual 3)
//   ceiling 0.2 → threshold round(15 × 0.8) = 12
//   addresses: P1..P13 Northtown, P14..P15 Southvale (2: "fewer than 5")
//
// The board report: Southvale "fewer than 5", and Northtown withheld too, since
// the total (15) is shown and 15 − 13 would give the 2 away; no names; and no
// table anywhere lets a withheld count be worked back from its total. The
// staff report names the de-selected people, and reading it is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { addOutcomes, createScheme } from '../performance/helpers.js';
import type { ReportDocument, ReportTable } from '../../../src/reports/model.js';

let t: TestDatabase;
let ta: TestApp;
const ids: number[] = [];
type Session = { jar: Record<string, string>; csrf: string };
const s: Record<string, Session> = {};

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'board', role: 'board_member' },
    { username: 'analyst', role: 'analyst' },
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
  ]);
  const { f } = ta;
  const db = t.db;
  const schemeId = await createScheme(db, f, 'PPO');
  for (let i = 1; i <= 15; i++) {
    const id = await createPerson(db, f, { ref: `REP${i}`, family: 'Reportson', given: `Person${i}` });
    ids.push(id);
    const end = i === 13 || i === 14 ? '2008-09-01' : i === 15 ? '2008-10-01' : null;
    await db
      .insertInto('memberships')
      .values({ partnership_id: f.partnershipId, scheme_id: schemeId, person_id: id, start_date: '2007-01-01', end_date: end, end_reason: end ? (i === 15 ? 'stopped_offending' : 'regular_review') : null })
      .execute();
    const area = i <= 13 ? f.areas[0]! : f.areas[1]!;
    await db.insertInto('addresses').values({ partnership_id: f.partnershipId, person_id: id, from_date: '2006-01-01', to_date: null, area_code: area.code, area_id: area.id, postcode: null }).execute();
  }
  await addOutcomes(db, f, [...ids.map((personId) => ({ personId, offenceDate: '2007-06-10', outcomeDate: '2007-08-01' })), ...ids.slice(0, 3).map((personId) => ({ personId, offenceDate: '2008-05-01', outcomeDate: '2008-07-01' }))]);
  // P15's case: drugs and alcohol rated "no need" before leaving (drug-free).
  const c = await db.insertInto('cases').values({ partnership_id: f.partnershipId, person_id: ids[14]!, scheme_id: schemeId, lead_agency_id: f.agencies.probation, opened_on: '2007-01-01' }).returning('id').executeTakeFirstOrThrow();
  const a = await db
    .insertInto('needs_assessments')
    .values({ partnership_id: f.partnershipId, case_id: c.id, person_id: ids[14]!, kind: 'initial', assessment_date: '2008-09-15', created_by_label: 'test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('needs_ratings').values({ assessment_id: a.id, pathway: 'drugs_alcohol', rating: 'none', note: null }).execute();
  for (const u of ['board', 'analyst', 'manager']) s[u] = await signInAs(ta.app, u);
}, 120_000);
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (who: string, url: string) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(s[who]!.jar) } });
const Q = 'scheme=PPO&year=2008/09&ceiling=0.2';

function tables(doc: ReportDocument): ReportTable[] {
  return doc.sections.flatMap((x) => x.figures.map((f) => f.table).filter((tb): tb is ReportTable => tb !== null));
}
const figureTable = (doc: ReportDocument, id: string) => doc.sections.flatMap((x) => x.figures).find((f) => f.id === id)!.table!;

/**
 * Every way a reader could work a withheld count back from a table: in each
 * column whose total is shown, the withheld cells add up to the total less the
 * cells shown; one withheld cell alone is then known, and so are several small
 * ones that add up to their number (all 1) or four times it (all 4).
 */
function workedBack(tb: ReportTable): string[] {
  if (!tb.total) return [];
  const found: string[] = [];
  tb.total.cells.forEach((tc, j) => {
    if (tc.withheld || tc.value === null) return;
    const col = tb.rows.map((r) => r.cells[j]!);
    if (col.some((c) => c.value === null && !c.withheld)) return; // not a column of counts
    const withheld = col.filter((c) => c.withheld);
    if (withheld.length === 0) return;
    const rest = tc.value - col.filter((c) => !c.withheld).reduce((acc, c) => acc + (c.value ?? 0), 0);
    if (withheld.length === 1) found.push(`${tb.caption}, column ${tb.head[j + 1]}: ${rest}`);
    else if (withheld.every((c) => c.withheld === 'small') && (rest === withheld.length || rest === 4 * withheld.length)) found.push(`${tb.caption}, column ${tb.head[j + 1]}: ${withheld.length} cells adding to ${rest}`);
  });
  return found;
}

describe('the board report of a small cohort', () => {
  let doc: ReportDocument;
  beforeAll(async () => {
    const token = await createApiToken(t.db, ta.users.board!.userId, 'test');
    const res = await ta.app.inject({ method: 'GET', url: `/api/v1/reports/annual?${Q}`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode, res.body).toBe(200);
    doc = res.json();
  });

  it('gives the NI30 headline as the NI30 measure works it out', async () => {
    const ni30 = await ta.app.services.performance.ni30(ta.f.operator, { schemeCode: 'PPO', year: '2008/09', ceiling: 0.2 });
    expect(ni30.cohortSize).toBe(15);
    expect(ni30.threshold).toBe(12);
    expect(doc.headline).toEqual({ cohortSize: 15, baseline: ni30.baseline, ceiling: 0.2, threshold: ni30.threshold, actual: ni30.actual, reductionAchieved: ni30.reductionAchieved });
    expect(doc.headline.baseline).toBe(15);
    expect(doc.headline.actual).toBe(3);
    expect(doc.audience).toBe('board');
    expect(doc.ceiling).toEqual({ value: 0.2, source: 'given' });
  });

  it('shows a small area as "fewer than 5" and withholds the other area, so the total (shown) gives nothing away', () => {
    const areas = figureTable(doc, 'cohort-areas');
    expect(areas.rows.map((r) => [r.label, r.cells[0]!.text])).toEqual([
      ['Northtown', 'withheld'],
      ['Southvale', 'fewer than 5'],
    ]);
    expect(areas.total!.cells[0]).toEqual({ text: '15', value: 15, withheld: null });
    // The de-selections: 2 and 1 by reason, 3 in all, all small: withheld with their total.
    const d = figureTable(doc, 'deselections-table');
    const row = (label: string) => d.rows.find((r) => r.label === label)!.cells.map((c) => c.text);
    expect(row('Regular review')[0]).toBe('fewer than 5');
    expect(row('Stopped offending')).toEqual(['fewer than 5', 'fewer than 5', '0', '0', '0']);
    expect(d.total!.cells[0]!.text).toBe('fewer than 5');
  });

  it('lets no withheld count be worked back from any total, names no one, and carries method notes and extract dates', () => {
    const all = tables(doc);
    expect(all.length).toBeGreaterThan(5);
    expect(all.flatMap(workedBack)).toEqual([]);
    expect(JSON.stringify(doc)).not.toMatch(/Reportson|REP\d/);
    expect(doc.namesPeople).toBe(false);
    for (const sec of doc.sections) for (const f of sec.figures) expect(f.method.length, f.id).toBeGreaterThan(0);
    // The Premium Service and NI18 sections are there, whether or not their measures are built yet.
    expect(doc.sections.map((x) => x.id)).toEqual(['ni30', 'deselections', 'cohort', 'ni38', 'drr', 'disproportionality', 'premium-service', 'ni18']);
  });

  it('is refused to a board member who asks for the staff report', async () => {
    const res = await get('board', `/reports?kind=annual&${Q}&audience=staff`);
    expect(res.statusCode).toBe(403);
  });

  it('shows the board report on the page, with its downloads, and the HTML file whole', async () => {
    const page = await get('board', `/reports?kind=annual&${Q}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('fewer than 5');
    expect(page.body).toMatch(/href="\/reports\/download\?[^"]*format=pdf"/);
    expect(page.body).not.toMatch(/Reportson/);
    // The chart is an accessible SVG, with no inline style for the CSP to block.
    expect(page.body).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="report-ni30-quarters-title report-ni30-quarters-desc"/);
    expect(page.body).not.toMatch(/<svg[\s\S]*? style="/);
    const file = await get('board', `/reports/download?kind=annual&${Q}&format=html`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/text\/html/);
    expect(file.headers['content-disposition']).toBe('attachment; filename="PPO-annual-2008-09-board.html"');
    expect(file.body).toMatch(/^<!DOCTYPE html>/);
    expect(file.body).toContain('<title>PPO scheme (PPO): annual report, 2008/09 (1 April 2008 to 31 March 2009)</title>');
    expect(file.body).toMatch(/<nav class="wm-report__toc"[\s\S]*href="#section-ni30"/);
  });

  it('says what is wrong, by field, for a bad request', async () => {
    const res = await get('board', '/reports?kind=quarterly&scheme=PPO&year=2008/09&ceiling=0.2');
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/href="#quarter"/);
    const noCeiling = await get('board', '/reports?kind=annual&scheme=PPO&year=2007/08');
    expect(noCeiling.statusCode).toBe(400);
    expect(noCeiling.body).toContain('no target is stored for PPO 2007/08');
  });

  it('says how to get a missing target stored in words that fit the reader: whom to ask, or where they are', async () => {
    const q = '/reports?kind=annual&scheme=PPO&year=2007/08';
    for (const who of ['board', 'analyst']) {
      const page = await get(who, q);
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain('Ask a scheme manager to set the NI30 target for the scheme and year.');
      expect(page.body).not.toContain('waymark report target');
    }
    const manager = await get('manager', q);
    expect(manager.body).toContain('Or store the target under &quot;Store an NI30 target&quot; on this page.');
    expect(manager.body).not.toContain('waymark report target');
    const token = await createApiToken(t.db, ta.users.manager!.userId, 'test-target-message');
    const api = await ta.app.inject({ method: 'GET', url: '/api/v1/reports/annual?scheme=PPO&year=2007/08', headers: { authorization: `Bearer ${token}` } });
    expect(api.statusCode).toBe(400);
    expect(api.json().detail).toContain('Or store the target with PUT /api/v1/reports/targets.');
    const boardToken = await createApiToken(t.db, ta.users.board!.userId, 'test-target-message');
    const boardApi = await ta.app.inject({ method: 'GET', url: '/api/v1/reports/annual?scheme=PPO&year=2007/08', headers: { authorization: `Bearer ${boardToken}` } });
    expect(boardApi.json().detail).toContain('Ask a scheme manager');
  });

  it('escapes an error that quotes what was typed once, not twice', async () => {
    const page = await get('board', '/reports?kind=annual&scheme=PPO&year=garbage');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('performance year &quot;garbage&quot; is not in the form YYYY/YY');
    expect(page.body).not.toContain('&amp;quot;');
  });
});

describe('the staff report', () => {
  it('shows every count and names the de-selected people; reading it is audited', async () => {
    const token = await createApiToken(t.db, ta.users.analyst!.userId, 'test');
    const res = await ta.app.inject({ method: 'GET', url: `/api/v1/reports/annual?${Q}&audience=staff`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode, res.body).toBe(200);
    const doc: ReportDocument = res.json();
    expect(doc.namesPeople).toBe(true);
    const areas = figureTable(doc, 'cohort-areas');
    expect(areas.rows.map((r) => r.cells[0]!.text)).toEqual(['13', '2']);
    const named = figureTable(doc, 'deselections-named');
    expect(named.rows.map((r) => r.label)).toEqual(['Person13 Reportson', 'Person14 Reportson', 'Person15 Reportson']);
    const d = figureTable(doc, 'deselections-table');
    expect(d.rows.find((r) => r.label === 'Stopped offending')!.cells.map((c) => c.text)).toEqual(['1', '1', '0', '0', '0']);
    const audit = await t.db.selectFrom('audit_log').select(['person_ids', 'what']).where('what', '=', 'read a staff report that names people').where('user_id', '=', ta.users.analyst!.userId).execute();
    expect(audit).toHaveLength(1);
    expect([...audit[0]!.person_ids!].map(Number).sort((x, y) => x - y)).toEqual(ids.slice(12, 15));
    // Taken as a file (the API's HTML here; the download and the CLI likewise), it is a disclosure.
    const file = await ta.app.inject({ method: 'GET', url: `/api/v1/reports/annual?${Q}&audience=staff&format=html`, headers: { authorization: `Bearer ${token}` } });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.body).toContain('Person13 Reportson');
    const entries = await t.db.selectFrom('audit_log').select(['action', 'what', 'person_ids']).where('user_id', '=', ta.users.analyst!.userId).where('what', 'like', '%staff report%').orderBy('id').execute();
    expect(entries.map((e) => [e.action, e.what])).toEqual([
      ['consultation', 'read a staff report that names people'],
      ['disclosure', 'took a staff report that names people as a file'],
    ]);
    expect([...entries[1]!.person_ids!].map(Number).sort((x, y) => x - y)).toEqual(ids.slice(12, 15));
  });
});

describe('NI30 targets and the quarterly report', () => {
  it('stores a target (scheme managers), which a report without a ceiling then uses', async () => {
    const m = await createApiToken(t.db, ta.users.manager!.userId, 'test', { scope: 'role' });
    const a = await createApiToken(t.db, ta.users.analyst!.userId, 'test2', { scope: 'role' });
    expect((await ta.app.inject({ method: 'PUT', url: '/api/v1/reports/targets', headers: { authorization: `Bearer ${a}` }, payload: { scheme: 'PPO', year: '2008/09', ceiling: 0.2 } })).statusCode).toBe(403);
    const put = await ta.app.inject({ method: 'PUT', url: '/api/v1/reports/targets', headers: { authorization: `Bearer ${m}` }, payload: { scheme: 'PPO', year: '2008/09', ceiling: 0.2, stretch: 0.3 } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ scheme: 'PPO', year: '2008/09', ceiling: 0.2, stretch: 0.3, version: 1 });
    expect(put.headers.etag).toBe('"ni30_target-2008-v1"');
    const stale = await ta.app.inject({ method: 'PUT', url: '/api/v1/reports/targets', headers: { authorization: `Bearer ${m}`, 'if-match': '"ni30_target-2008-v0"' }, payload: { scheme: 'PPO', year: '2008/09', ceiling: 0.5 } });
    expect(stale.statusCode).toBe(412);
    const res = await ta.app.inject({ method: 'GET', url: '/api/v1/reports/quarterly?scheme=PPO&year=2008/09&quarter=2', headers: { authorization: `Bearer ${m}` } });
    expect(res.statusCode, res.body).toBe(200);
    const doc: ReportDocument = res.json();
    expect(doc.ceiling).toEqual({ value: 0.2, source: 'stored' });
    expect(doc.quarter).toBe(2);
    expect(doc.period).toMatchObject({ start: '2008-07-01', end: '2008-10-01' });
    // Year to date: Q1 and Q2 of NI30; de-selections of the quarter only (P13 and P14 on 1 September).
    expect(figureTable(doc, 'ni30-quarters').rows).toHaveLength(2);
    expect(figureTable(doc, 'deselections-table').rows.find((r) => r.label === 'Regular review')!.cells[0]!.text).toBe('fewer than 5');
    expect(figureTable(doc, 'deselections-table').rows.find((r) => r.label === 'Stopped offending')!.cells[0]!.text).toBe('0');
  });

  it('sets the target from the page form and says so', async () => {
    const res = await ta.app.inject({
      method: 'POST',
      url: '/reports/target',
      headers: { cookie: cookieHeader(s.manager!.jar), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: s.manager!.csrf, scheme: 'PPO', year: '2009/10', ceiling: '0.15' }).toString(),
    });
    expect(res.statusCode).toBe(303);
    const page = await get('manager', res.headers.location as string);
    expect(page.body).toContain('The NI30 target for PPO 2009/10 is saved.');
    const bad = await ta.app.inject({
      method: 'POST',
      url: '/reports/target',
      headers: { cookie: cookieHeader(s.manager!.jar), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: s.manager!.csrf, scheme: 'PPO', year: '2009/10', ceiling: '16%' }).toString(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/href="#target-ceiling"/);
  });
});

describe('the report of a scheme with no members on the cohort date (a new partnership)', () => {
  it('is built for every audience and kind, each section saying what it lacks, and renders as HTML', async () => {
    await createScheme(t.db, ta.f, 'NEW');
    const board = await createApiToken(t.db, ta.users.board!.userId, 'test-empty');
    const analyst = await createApiToken(t.db, ta.users.analyst!.userId, 'test-empty');
    for (const [token, audience] of [
      [board, 'board'],
      [analyst, 'board'],
      [analyst, 'staff'],
    ] as const) {
      for (const url of ['/api/v1/reports/annual?scheme=NEW&year=2008/09&ceiling=0.2', '/api/v1/reports/quarterly?scheme=NEW&year=2008/09&ceiling=0.2&quarter=1']) {
        const res = await ta.app.inject({ method: 'GET', url: `${url}&audience=${audience}`, headers: { authorization: `Bearer ${token}` } });
        expect(res.statusCode, `${url} ${audience}: ${res.body}`).toBe(200);
        const doc: ReportDocument = res.json();
        const cohort = doc.sections.find((x) => x.id === 'cohort')!;
        expect(cohort.unavailable).toBe('The scheme had no members on the cohort date.');
        expect(cohort.figures).toEqual([]);
        expect(doc.sections.find((x) => x.id === 'deselections')!.summary[0]!.value).toBe('0');
        const html = await ta.app.inject({ method: 'GET', url: `${url}&audience=${audience}&format=html`, headers: { authorization: `Bearer ${token}` } });
        expect(html.statusCode, html.body).toBe(200);
        expect(html.body).toContain('The scheme had no members on the cohort date.');
      }
    }
    const page = await get('board', '/reports?kind=annual&scheme=NEW&year=2008/09&ceiling=0.2');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('The scheme had no members on the cohort date.');
  });
});
