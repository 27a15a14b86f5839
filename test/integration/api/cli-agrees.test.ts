// The CLI and the API agree (issue 17): NI30, the review and a person's record
// through the API are the documents `waymark performance ni30 --json`,
// `waymark review --json` and `waymark person show --json` print, on the same
// data. The real CLI runs against the test's own PostgreSQL database, so this runs on the PostgreSQL pass only (as the other
// CLI tests that share a database with the app).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { testApp, type TestApp } from '../../support/app.js';
import { runWaymark } from '../../support/cli.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { addPerson, createScheme } from '../selection/support.js';

describe.skipIf(testEngine !== 'postgres')('the CLI and the API agree', () => {
  let t: TestDatabase;
  let ta: TestApp;
  let token: string;
  const waymark = (args: string[]) => runWaymark(args, { env: { ...process.env, DATABASE_URL: t.url!, WAYMARK_DATA: '' } });
  const api = (url: string) => ta.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    t = await testDatabase();
    // A police administrator sees what the CLI operator sees (no restricted people here).
    ta = await testApp(t, [{ username: 'analyst-admin', role: 'administrator', agency: 'police' }]);
    token = await createApiToken(t.db, ta.users['analyst-admin']!.userId, 'agreement', { scope: 'read' });
    const s = await createScheme(t.db, ta.f, 'PPO', 10);
    // Members since before 2008/09, with convictions in the baseline year and the performance year.
    const conv = (d: string): [string, string, string] => [d, d, '04600'];
    await addPerson(t.db, ta.f, { ref: 'A1', offences: [conv('2007-05-01'), conv('2007-09-01'), conv('2008-06-01')], memberSince: { schemeId: s.id, start: '2007-01-01', tierId: s.tiers.high } });
    await addPerson(t.db, ta.f, { ref: 'A2', offences: [conv('2007-11-01'), conv('2009-01-10')], arrests: ['2009-02-01'], intelligence: ['2009-02-02'], memberSince: { schemeId: s.id, start: '2006-06-01', tierId: s.tiers.medium } });
    await addPerson(t.db, ta.f, { ref: 'A3', offences: [conv('2008-01-15')], memberSince: { schemeId: s.id, start: '2007-06-01' } });
  }, 60_000);

  afterAll(async () => {
    await ta?.app.close();
    await t?.close();
  });

  it('ni30: the same document, field for field (each run is stored as its own result)', async () => {
    const cli = await waymark(['performance', 'ni30', '--scheme', 'PPO', '--year', '2008/09', '--ceiling', '0.16', '--stretch', '0.19', '--json']);
    expect(cli.stderr).toBe('');
    const res = await api('/api/v1/performance/ni30?scheme=PPO&year=2008/09&ceiling=0.16&stretch=0.19');
    expect(res.statusCode).toBe(200);
    const { resultId: cliResult, ...fromCli } = JSON.parse(cli.stdout);
    const { resultId: apiResult, ...fromApi } = res.json();
    expect(fromCli.cohortSize).toBe(3);
    expect(fromApi).toEqual(fromCli);
    expect(Object.keys(res.json()).sort()).toEqual(Object.keys(JSON.parse(cli.stdout)).sort());
    expect(apiResult).toBeGreaterThan(cliResult);
  });

  it("a person's record: `waymark person show --json` is GET /api/v1/people/{id}, field for field but what each may see", async () => {
    const cli = await waymark(['person', 'show', 'A2', '--json']);
    expect(cli.stderr).toBe('');
    const fromCli = JSON.parse(cli.stdout);
    const res = await api(`/api/v1/people/${fromCli.person.id}`);
    expect(res.statusCode).toBe(200);
    expect(fromCli.timeline.length).toBeGreaterThan(3);
    // The same document but for what is withheld: health detail from the police administrator, nothing from the CLI operator.
    const { withheld: apiWithheld, ...fromApi } = res.json();
    const { withheld: cliWithheld, ...rest } = fromCli;
    expect(fromApi).toEqual(rest);
    expect(cliWithheld).toEqual([]);
    expect(apiWithheld).toEqual([expect.stringMatching(/^Health and drug-treatment detail/)]);
  });

  it('review: the same array, whole', async () => {
    const cli = await waymark(['review', '--scheme', 'PPO', '--as-of', '2009-06-30', '--json']);
    expect(cli.stderr).toBe('');
    const res = await api('/api/v1/schemes/PPO/review?asOf=2009-06-30');
    expect(res.statusCode).toBe(200);
    const rows = JSON.parse(cli.stdout);
    expect(rows.length).toBeGreaterThan(6);
    expect(res.json()).toEqual(rows);
  });
});
