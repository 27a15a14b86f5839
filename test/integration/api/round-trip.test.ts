// Issue 17's round trip through the API alone, with one bearer token of the
// role scope: import an extract (people, their addresses and convictions), run the
// selection matrix, read the panel's agenda, record the decision to select,
// and read the changed membership of the scheme. Only the scheme itself is
// set up beforehand (defining schemes is not an API call of this issue).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { createScheme } from '../selection/support.js';
import { PEOPLE_HEADER, personRow } from '../imports/files.js';

let t: TestDatabase;
let ta: TestApp;
let token: string;

const send = (method: 'GET' | 'POST', url: string, payload?: string, type?: string): Promise<LightMyRequestResponse> =>
  ta.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...(type ? { 'content-type': type } : {}) }, payload });
const json = (method: 'GET' | 'POST', url: string, body?: unknown) => send(method, url, body === undefined ? undefined : JSON.stringify(body), body === undefined ? undefined : 'application/json');

async function importCsv(kind: string, rows: string[][]): Promise<Record<string, any>> {
  const res = await send('POST', `/api/v1/imports/${kind}?fileName=${kind}.csv`, rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'text/csv');
  expect(res.statusCode, res.body).toBe(202);
  for (let i = 0; i < 200; i++) {
    const s = await json('GET', res.headers.location as string);
    if (s.json().status !== 'running') return s.json();
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('the import did not finish');
}

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [{ username: 'iom-admin', role: 'administrator', agency: 'police' }]);
  token = await createApiToken(t.db, ta.users['iom-admin']!.userId, 'partner system', { scope: 'role' });
  await createScheme(t.db, ta.f, 'PPO', 1);
}, 60_000);

afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

describe('a round trip through the API alone', () => {
  it('imports an extract, runs a selection, records the decision to select and reads the new member', async () => {
    const people = await importCsv('people', [PEOPLE_HEADER, personRow('RT1', 1), personRow('RT2', 2)]);
    expect(people).toMatchObject({ status: 'completed', counts: { added: 2, rejected: 0 }, errors: [] });
    const addresses = await importCsv('addresses', [['person_ref', 'from_date', 'area_code'], ['RT1', '2005-01-01', 'E06000001'], ['RT2', '2005-01-01', 'E06000002']]);
    expect(addresses).toMatchObject({ status: 'completed', counts: { added: 2 } });
    // RT1 offends more than RT2: with one place, RT1 is proposed.
    const conviction = (ref: string, day: string) => [ref, day, '2010-06-01', 'conviction', '04600'];
    const outcomes = await importCsv('outcomes', [
      ['person_ref', 'offence_date', 'outcome_date', 'outcome', 'offence_code'],
      conviction('RT1', '2010-02-01'),
      conviction('RT1', '2010-03-01'),
      conviction('RT1', '2010-04-01'),
      conviction('RT2', '2010-03-15'),
    ]);
    expect(outcomes).toMatchObject({ status: 'completed', counts: { added: 4 } });

    const run = await json('POST', '/api/v1/schemes/PPO/selection-runs', { asOf: '2010-06-30' });
    expect(run.statusCode).toBe(201);
    const doc = (await json('GET', run.headers.location as string)).json();
    expect(doc.rows.find((r: { personRef: string }) => r.personRef === 'RT1')).toMatchObject({ rank: 1, proposal: 'select', member: false });

    const agenda = (await json('GET', '/api/v1/schemes/PPO/panel?date=2010-07-01')).json();
    expect(agenda.runId).toBe(run.json().runId);
    const rt1 = agenda.people.find((p: { personRef: string }) => p.personRef === 'RT1');
    expect(rt1.pending).toContain('proposal:select');

    const before = (await json('GET', '/api/v1/schemes/PPO?asOf=2010-07-02')).json();
    expect(before.members).toEqual([]);
    const decision = await json('POST', '/api/v1/schemes/PPO/panel/decisions', {
      date: '2010-07-01',
      personRef: 'RT1',
      items: rt1.pending,
      decision: 'accept',
      action: 'select',
      tierCode: 'high',
      reason: 'Highest score; a place is free',
    });
    expect(decision.statusCode, decision.body).toBe(201);

    const after = (await json('GET', '/api/v1/schemes/PPO?asOf=2010-07-02')).json();
    expect(after.members).toMatchObject([{ personRef: 'RT1', tier: 'High', startDate: '2010-07-01' }]);
    expect(after.balance).toMatchObject({ total: 1, inCommunity: 1 });
    // The agenda now shows the item answered.
    const again = (await json('GET', '/api/v1/schemes/PPO/panel?date=2010-07-01')).json();
    expect(again.people.find((p: { personRef: string }) => p.personRef === 'RT1')).toMatchObject({ pending: [], decisions: [{ action: 'select', decision: 'accept' }] });
  });
});
