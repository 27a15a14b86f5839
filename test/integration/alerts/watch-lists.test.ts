// Watch lists (SPEC 3.5, issue 15): saved searches a user names and runs daily,
// over current members they may see (a restricted person stays hidden from
// those not named on them), exported as CSV and XLSX with every cell
// neutralised against formula injection, each export a disclosure naming
// everyone in it. Through the web pages and the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { addPerson, createScheme } from '../selection/support.js';
import { createApiToken } from '../../../src/access/api-tokens.js';

const AS_OF = '2010-06-30';
const FORMULA = '=HYPERLINK("http://evil.example","click")';
let t: TestDatabase;
let ta: TestApp;
const ids: Record<string, number> = {};
type Session = { jar: Record<string, string>; csrf: string };
const s: Record<string, Session> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'worker', role: 'practitioner', agency: 'probation' },
    { username: 'named', role: 'practitioner', agency: 'probation' },
    { username: 'analyst', role: 'analyst', agency: 'police' },
  ]);
  const db = t.db;
  const f = ta.f;
  await db.updateTable('partnerships').set({ data_as_of: AS_OF }).where('id', '=', f.partnershipId).execute();
  const scheme = await createScheme(db, f, 'PPO', 10);
  const member = { schemeId: scheme.id, start: '2009-01-05' };
  ids.A = await addPerson(db, f, { ref: 'WA1', memberSince: member, custody: { reception: '2010-01-10', release: '2010-06-20' }, offences: [['2010-05-01', '2010-06-05', '02800']] });
  ids.B = await addPerson(db, f, { ref: 'WB2', memberSince: member, custody: { reception: '2010-01-10', release: '2010-06-15' } });
  await db.updateTable('people').set({ family_name: FORMULA }).where('id', '=', ids.B).execute();
  ids.R = await addPerson(db, f, { ref: 'WR3', memberSince: member, custody: { reception: '2010-01-10', release: '2010-06-10' } });
  await db.updateTable('people').set({ restricted: true, family_name: 'Hiddenperson' }).where('id', '=', ids.R).execute();
  await db.insertInto('person_access').values({ person_id: ids.R, user_id: ta.users.named!.userId }).execute();
  // Not a member; released too long ago; convicted last month; offending while living outside the partnership.
  ids.C = await addPerson(db, f, { ref: 'WC4', custody: { reception: '2010-01-10', release: '2010-06-20' } });
  ids.D = await addPerson(db, f, { ref: 'WD5', memberSince: member, custody: { reception: '2010-01-10', release: '2010-04-01' }, offences: [['2010-01-01', '2010-05-20', '02800']] });
  ids.E = await addPerson(db, f, { ref: 'WE6', memberSince: member, area: 'W06000099', offences: [['2010-05-10', '2010-05-30', '05800']] });
  for (const u of Object.keys(ta.users)) {
    s[u] = await signInAs(ta.app, u);
    tokens[u] = await createApiToken(db, ta.users[u]!.userId, 'test', { scope: 'role' });
  }
}, 60_000);
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, who: string) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(s[who]!.jar) } });
const post = (url: string, who: string, fields: Record<string, string>) =>
  ta.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookieHeader(s[who]!.jar), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: s[who]!.csrf, ...fields }).toString(),
  });
const api = (method: 'GET' | 'POST' | 'DELETE', url: string, who: string, body?: unknown) =>
  ta.app.inject({ method, url, headers: { authorization: `Bearer ${tokens[who]}` }, ...(body ? { payload: body as object } : {}) });

async function save(who: string, fields: Record<string, string>): Promise<number> {
  const res = await post('/watch-lists', who, fields);
  expect(res.statusCode).toBe(303);
  return Number(/^\/watch-lists\/(\d+)$/.exec(res.headers.location as string)![1]);
}

const refsIn = (html: string) => ['WA1', 'WB2', 'WR3', 'WC4', 'WD5', 'WE6'].filter((r) => html.includes(`>${r}<`));

describe('running watch lists', () => {
  it('finds the members released in the last 28 days that the user may see, and the restricted one only for the user named on them', async () => {
    const id = await save('worker', { name: 'Released', query: 'released_recently' });
    const page = await get(`/watch-lists/${id}`, 'worker');
    expect(page.statusCode).toBe(200);
    expect(refsIn(page.body)).toEqual(['WA1', 'WB2']);
    expect(page.body).not.toContain('Hiddenperson');
    const namedId = await save('named', { name: 'Released', query: 'released_recently' });
    expect(refsIn((await get(`/watch-lists/${namedId}`, 'named')).body)).toEqual(['WA1', 'WB2', 'WR3']);
    // The file never carries the restricted record, even for the user named on it.
    const file = await get(`/watch-lists/${namedId}?format=csv`, 'named');
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('WA1');
    expect(file.body).not.toContain('WR3');
    expect(file.body).not.toContain('Hiddenperson');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'person_ids']).where('what', '=', `watch list ${id} on ${AS_OF}`).executeTakeFirstOrThrow();
    expect(audit.action).toBe('consultation');
    expect([...audit.person_ids!].map(Number).sort()).toEqual([ids.A, ids.B].sort());
  });

  it('finds convictions this month, offending by offence type and offending while living outside the partnership', async () => {
    const convicted = await save('worker', { name: 'Convicted', query: 'convicted_this_month' });
    expect(refsIn((await get(`/watch-lists/${convicted}`, 'worker')).body)).toEqual(['WA1']);
    const burglary = await save('worker', { name: 'Burglary', query: 'offending_by_type', offence: '028' });
    expect(refsIn((await get(`/watch-lists/${burglary}`, 'worker')).body)).toEqual(['WA1']);
    const outside = await save('worker', { name: 'Outside', query: 'offending_outside_areas' });
    expect(refsIn((await get(`/watch-lists/${outside}`, 'worker')).body)).toEqual(['WE6']);
  });

  it('refuses a search with a missing offence type or a name already used, and keeps lists to their owner', async () => {
    const bad = await post('/watch-lists', 'worker', { name: 'No type', query: 'offending_by_type' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('offence group (3 digits');
    // Back on the form, with what was typed and the problem at its field.
    expect(bad.body).toContain('There is a problem');
    expect(bad.body).toContain('href="#offence"');
    expect(bad.body).toContain('value="No type"');
    expect((await post('/watch-lists', 'worker', { name: 'Released', query: 'released_recently' })).statusCode).toBe(409);
    const mine = (await t.db.selectFrom('watch_lists').select('id').where('user_id', '=', ta.users.worker!.userId).executeTakeFirstOrThrow()).id;
    expect((await get(`/watch-lists/${mine}`, 'named')).statusCode).toBe(404);
    expect((await get('/watch-lists', 'analyst')).statusCode).toBe(403);
  });
});

describe('exporting a watch list', () => {
  it('writes CSV with formula cells neutralised, logged as a disclosure naming everyone in the file', async () => {
    const id = (await t.db.selectFrom('watch_lists').select('id').where('user_id', '=', ta.users.worker!.userId).where('name', '=', 'Released').executeTakeFirstOrThrow()).id;
    const res = await get(`/watch-lists/${id}?format=csv`, 'worker');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain(`Released-${AS_OF}.csv`);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('person_ref,family_name,given_names,date,detail');
    expect(lines.length).toBe(3);
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(res.body).not.toMatch(/(^|,)"?=/m);
    expect(res.body).not.toContain('Hiddenperson');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'person_ids', 'details']).where('what', '=', `export of watch list ${id} on ${AS_OF} as csv`).execute();
    expect(audit.length).toBe(1);
    expect(audit[0]!.action).toBe('disclosure');
    expect([...audit[0]!.person_ids!].map(Number).sort()).toEqual([ids.A, ids.B].sort());
    expect(JSON.parse(audit[0]!.details!).agreementId).toEqual(expect.any(Number));
  });

  it('writes XLSX through the API with the same neutralised cells', async () => {
    const id = (await t.db.selectFrom('watch_lists').select('id').where('user_id', '=', ta.users.worker!.userId).where('name', '=', 'Released').executeTakeFirstOrThrow()).id;
    const res = await api('GET', `/api/v1/watch-lists/${id}/results?format=xlsx`, 'worker');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getColumn(2).values.filter((v) => typeof v === 'string') as string[];
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells.some((c) => c.startsWith('='))).toBe(false);
    expect(await t.db.selectFrom('audit_log').select('id').where('what', '=', `export of watch list ${id} on ${AS_OF} as xlsx`).where('action', '=', 'disclosure').execute()).toHaveLength(1);
  });
});

describe('the watch lists API', () => {
  it('saves, lists, runs and deletes', async () => {
    const made = await api('POST', '/api/v1/watch-lists', 'named', { name: 'Robbery', query: 'offending_by_type', offence: '03401' });
    expect(made.statusCode).toBe(201);
    const list = made.json() as { id: number; description: string };
    expect(list.description).toContain('03401');
    const mine = (await api('GET', '/api/v1/watch-lists', 'named')).json() as { watchLists: { name: string }[] };
    expect(mine.watchLists.map((l) => l.name).sort()).toEqual(['Released', 'Robbery']);
    const run = await api('GET', `/api/v1/watch-lists/${list.id}/results`, 'named');
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ asOf: AS_OF, results: [] });
    expect((await api('DELETE', `/api/v1/watch-lists/${list.id}`, 'worker')).statusCode).toBe(404);
    expect((await api('DELETE', `/api/v1/watch-lists/${list.id}`, 'named')).statusCode).toBe(204);
    expect((await api('GET', `/api/v1/watch-lists/${list.id}/results`, 'named')).statusCode).toBe(404);
  });

  it('deletes from the page', async () => {
    const id = await save('worker', { name: 'To delete', query: 'released_recently' });
    const res = await post(`/watch-lists/${id}/delete`, 'worker', {});
    expect(res.statusCode).toBe(303);
    expect((await get(`/watch-lists/${id}`, 'worker')).statusCode).toBe(404);
  });
});

describe('the home page', () => {
  it("shows the user's saved watch lists as cards, with a link to each", async () => {
    const home = await get('/', 'worker');
    expect(home.statusCode).toBe(200);
    const id = (await t.db.selectFrom('watch_lists').select('id').where('user_id', '=', ta.users.worker!.userId).where('name', '=', 'Released').executeTakeFirstOrThrow()).id;
    expect(home.body).toContain(`data-testid="watch-list-${id}">2<`);
    expect(home.body).toContain(`href="/watch-lists/${id}"`);
    expect(home.body).not.toContain('Hiddenperson');
  });
});
