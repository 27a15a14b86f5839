// Need to know in the selection pages and the panel (issue 14): a score, rank
// or reason that rests on intelligence or drug tests is withheld whole from a
// viewer who may not see them, so that no part of it can be worked back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { addPerson, createScheme } from '../selection/support.js';
import { getRun, runSelection } from '../../../src/selection/service.js';
import { reviewScheme } from '../../../src/panel/review.js';
import type { Actor } from '../../../src/access/actor.js';

const asOf = '2010-06-30';
let t: TestDatabase;
let ta: TestApp;
const ids: Record<string, number> = {};
type Session = { jar: Record<string, string>; csrf: string };
const s: Record<string, Session> = {};
let runId: number;
let runId2: number;

const actorOf = (username: string, role: Actor['role'], agencyKind: Actor['agencyKind']): Actor => ({ userId: ta.users[username]!.userId, partnershipId: ta.f.partnershipId, role, agencyKind, label: username });

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
    { username: 'police_analyst', role: 'analyst', agency: 'police' },
    { username: 'la_analyst', role: 'analyst', agency: 'local_authority' },
    { username: 'probation_analyst', role: 'analyst', agency: 'probation' },
    { username: 'la_worker', role: 'practitioner', agency: 'local_authority' },
    { username: 'officer', role: 'practitioner', agency: 'police' },
  ]);
  const f = ta.f;
  const scheme = await createScheme(t.db, f, 'PPO', 10);
  const offences: [string, string, string][] = [['2010-06-01', '2010-06-20', '02800'], ['2010-05-01', '2010-05-20', '02800'], ['2010-04-01', '2010-04-20', '02800']];
  // Twins in every respect but three intelligence reports (and a positive drug test).
  ids.TWINA = await addPerson(t.db, f, { ref: 'TWINA', offences, arrests: ['2010-06-01'], intelligence: ['2010-06-10', '2010-06-12', '2010-06-14'], positiveTests: ['2010-06-02'] });
  ids.TWINB = await addPerson(t.db, f, { ref: 'TWINB', offences, arrests: ['2010-06-01'] });
  // A member quiet since an intelligence report: rule 1 flags them, and says when the report was.
  ids.QUIET = await addPerson(t.db, f, { ref: 'QUIET', arrests: ['2009-11-29'], intelligence: ['2009-12-29'], offences: [['2009-11-01', '2009-12-01', '04600']], memberSince: { schemeId: scheme.id, start: '2009-01-01', tierId: scheme.tiers.high } });
  // A member whose positive drug test keeps rule 1 from being raised.
  ids.TESTED = await addPerson(t.db, f, { ref: 'TESTED', arrests: ['2009-11-29'], positiveTests: ['2010-03-01'], offences: [['2009-11-01', '2009-12-01', '04600']], memberSince: { schemeId: scheme.id, start: '2009-01-01', tierId: scheme.tiers.high } });
  for (const u of Object.keys(ta.users)) s[u] = await signInAs(ta.app, u);
  const post = (url: string, who: Session, fields: Record<string, string>) =>
    ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(who.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ ...fields, _csrf: who.csrf }).toString() });
  const res = await post('/schemes/PPO/selection', s.manager!, { asOf, matrixVersion: '' });
  expect(res.statusCode).toBe(303);
  runId = Number(/(\d+)$/.exec(res.headers.location as string)![1]);
  runId2 = (await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf: '2010-06-15', results: false })).runId!;
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, who: Session) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(who.jar) } });

/** One person's row of the run table, with its score parts. */
function runRow(html: string, ref: string): string {
  const start = html.indexOf(`data-testid="run-row" data-person-ref="${ref}"`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</details>', start));
}

describe('a selection run, for a viewer who may not see intelligence', () => {
  it('lets police staff see the intelligence count and its part of the score', async () => {
    const page = await get(`/selection/runs/${runId}`, s.police_analyst!);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('3 intelligence reports in the 6 months to 2010-06-30.');
    expect(page.body).not.toContain('data-testid="scores-withheld"');
    // The twins differ, as they should for those who may see why.
    expect(runRow(page.body, 'TWINA').replaceAll('TWINA', 'TWINB').replaceAll(`/people/${ids.TWINA}`, `/people/${ids.TWINB}`)).not.toBe(runRow(page.body, 'TWINB'));
  });

  it('gives a local-authority analyst nothing from which to derive an intelligence count', async () => {
    const page = await get(`/selection/runs/${runId}`, s.la_analyst!);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-testid="scores-withheld"');
    expect(page.body).toContain('it rests on police intelligence, which is shown to police staff only');
    expect(page.body).not.toContain('intelligence reports in the');
    // The two rows, which differ only in intelligence (and a drug test), read the same:
    // no count, no contribution, no total, no rank.
    const a = runRow(page.body, 'TWINA').replaceAll('TWINA', 'TWINB').replaceAll(`/people/${ids.TWINA}`, `/people/${ids.TWINB}`);
    expect(a).toBe(runRow(page.body, 'TWINB'));
    // Nor does the order give it away: people are listed by reference, not rank.
    const order = [...page.body.matchAll(/data-testid="run-row" data-person-ref="([A-Z]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([...order].sort());
    expect(page.body).not.toMatch(/Ranks \d+ to \d+/);

    const run = await getRun(t.db, actorOf('la_analyst', 'analyst', 'local_authority'), { runId });
    for (const r of run.results) {
      expect(r.score).toBeNull();
      expect(r.rank).toBeNull();
      expect(r.aboveLowestMember).toBeNull();
      for (const c of r.criteria.filter((c) => c.name.startsWith('intelligence_') || c.name === 'drugs')) expect(c).toMatchObject({ value: null, contribution: null });
      expect(JSON.stringify(r.proposalReasons)).not.toMatch(/score \d|ranked \d|scores \d/i);
    }
    expect(run.summary.proposals.lowestMemberScore).toBeNull();
    expect(run.scoresWithheld).toBe('intelligence');
  });

  it('withholds drug-test counts from probation, whom the old rule let see them', async () => {
    const run = await getRun(t.db, actorOf('probation_analyst', 'analyst', 'probation'), { runId });
    const a = run.results.find((r) => r.personRef === 'TWINA')!;
    expect(a.criteria.find((c) => c.name === 'drugs')).toMatchObject({ value: null, contribution: null, withheld: 'drug_tests' });
    expect(a.score).toBeNull();
  });

  it('withholds scores and changes of rank when comparing runs', async () => {
    const police = await getRun(t.db, ta.f.operator, { runId });
    const twinA = police.results.find((r) => r.personRef === 'TWINA')!;
    const page = await get(`/selection/compare?a=${runId2}&b=${runId}`, s.la_analyst!);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-testid="scores-withheld"');
    expect(page.body).not.toContain(`>${String(Math.round(twinA.score! * 100) / 100)}<`);
    expect(page.body).not.toMatch(/>(Up|Down) \d+</);
    // The same page shows them to a police analyst, so the checks above can fail.
    const shown = await get(`/selection/compare?a=${runId2}&b=${runId}`, s.police_analyst!);
    expect(shown.body).not.toContain('data-testid="scores-withheld"');
    expect(shown.body).toContain(`>${String(Math.round(twinA.score! * 100) / 100)}<`);
  });

  it('logs the run page as a list naming everyone it showed', async () => {
    const rows = await t.db
      .selectFrom('audit_log')
      .select('person_ids')
      .where('partnership_id', '=', ta.f.partnershipId)
      .where('what', '=', `selection run ${runId}`)
      .where(sql<boolean>`${ids.TWINA} = ANY(person_ids)`)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('the panel, for a viewer who may not see intelligence or drug tests', () => {
  it('shows police staff the rule-1 reason with the date of the intelligence report', async () => {
    const page = await get(`/schemes/PPO/panel?date=${asOf}`, s.officer!);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/data-person-ref="QUIET" data-item="rule:stopped_offending"/);
    expect(page.body).toContain('since the last intelligence report on 2009-12-29');
    expect(page.body).toMatch(/score [\d.]+, rank \d+/);
  });

  it('withholds the reason whole from a local-authority practitioner, and the scores with it', async () => {
    const page = await get(`/schemes/PPO/panel?date=${asOf}`, s.la_worker!);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/data-person-ref="QUIET" data-item="rule:stopped_offending"/);
    expect(page.body).not.toContain('intelligence report on');
    expect(page.body).not.toContain('2009-12-29');
    expect(page.body).toContain('A reason is withheld because it rests on police intelligence');
    expect(page.body).not.toMatch(/score [\d.]+, rank \d+/);
    expect(page.body).toContain('data-testid="scores-withheld"');
    const logged = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('partnership_id', '=', ta.f.partnershipId)
      .where('what', '=', `agenda of the PPO panel of ${asOf}`)
      .where(sql<boolean>`${ids.QUIET} = ANY(person_ids)`)
      .execute();
    expect(logged.length).toBeGreaterThan(0);
  });

  it('never tells a local-authority practitioner of a positive drug test, even in a rule not raised', async () => {
    const police = await reviewScheme(t.db, ta.f.operator, { schemeCode: 'PPO', asOf });
    expect(JSON.stringify(police)).toContain('Tested positive for opiates on 2010-03-01');
    const review = await reviewScheme(t.db, actorOf('la_worker', 'practitioner', 'local_authority'), { schemeCode: 'PPO', asOf });
    const text = JSON.stringify(review);
    expect(text).not.toContain('Tested positive');
    expect(text).not.toContain('2010-03-01');
    expect(text).not.toContain('2009-12-29');
  });
});

describe('the score of a decision, for a viewer who may not see what the matrix weighs', () => {
  it('is withheld from the minutes and from the selection reason on the person page', async () => {
    const m = s.manager!;
    const res = await ta.app.inject({
      method: 'POST',
      url: '/schemes/PPO/panel/decisions',
      headers: { cookie: cookieHeader(m.jar), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: m.csrf, date: asOf, personRef: 'TWINA', item: 'proposal:select', decision: 'accept', action: 'select', tierCode: 'high', reason: 'Agreed by all agencies' }).toString(),
    });
    expect(res.statusCode).toBe(303);
    // Police staff see the score the selection was made on.
    expect((await get(`/people/${ids.TWINA}`, s.officer!)).body).toMatch(/matrix score [\d.]+ in run/);
    const person = await get(`/people/${ids.TWINA}`, s.la_worker!);
    expect(person.statusCode).toBe(200);
    expect(person.body).toContain('Agreed by all agencies (matrix score withheld)');
    expect(person.body).not.toMatch(/matrix score [\d.]+/);
    const minutes = await get(`/schemes/PPO/panel/minutes?date=${asOf}`, s.la_worker!);
    expect(minutes.statusCode).toBe(200);
    expect(minutes.body).toContain('Withheld');
    expect(minutes.body).toMatch(/>\s*Withheld\s*</);
    const police = await get(`/schemes/PPO/panel/minutes?date=${asOf}`, s.officer!);
    expect(police.body).not.toMatch(/>\s*Withheld\s*</);
  });
});

