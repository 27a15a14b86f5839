// What a first trial found at the edges of the web app and the API: a person
// the viewer may not see is answered on every door exactly as a person who does
// not exist; an unknown address is "page not found", not a refusal; a NUL
// character in any input is bad input (400 naming the field), never a server
// error; the case page offers only the forms its reader may use, and a refused
// change is worded as one; the person page links to the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { addPerson, createScheme } from '../selection/support.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { errorPage } from '../../../src/web/errors.js';
import { inputErrorOfDatabase, InvalidInputError } from '../../../src/errors.js';

const TODAY = '2010-06-30';
let t: TestDatabase;
let ta: TestApp;
let caseId: number; // person with an open case led by probation, police on the team
let noCaseId: number; // person on the scheme with no case
let hiddenId: number; // restricted, named: probation only
const sessions: Record<string, { jar: Record<string, string>; csrf: string }> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'probation', role: 'practitioner', agency: 'probation' },
    { username: 'officer', role: 'practitioner', agency: 'police' },
    { username: 'housing', role: 'practitioner', agency: 'housing' },
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
    { username: 'analyst', role: 'analyst', agency: 'probation' },
    { username: 'admin', role: 'administrator', agency: 'police' },
  ]);
  await t.db.updateTable('partnerships').set({ data_as_of: TODAY }).where('id', '=', ta.f.partnershipId).execute();
  const schemeId = (await createScheme(t.db, ta.f, 'PPO', 10)).id;
  caseId = await addPerson(t.db, ta.f, { ref: 'DOOR0001', memberSince: { schemeId, start: '2010-01-01' } });
  noCaseId = await addPerson(t.db, ta.f, { ref: 'DOOR0002', memberSince: { schemeId, start: '2010-01-01' } });
  hiddenId = await addPerson(t.db, ta.f, { ref: 'DOOR0003', memberSince: { schemeId, start: '2010-01-01' } });
  const cases = ta.app.services.cases;
  await cases.open(ta.f.operator, { personId: caseId }, { schemeCode: 'PPO', leadAgency: ta.f.agencies.probation, openedOn: '2010-02-01' });
  await cases.setTeamMember(ta.f.operator, { personId: caseId }, { agency: ta.f.agencies.police, role: 'police officer' });
  await cases.open(ta.f.operator, { personId: hiddenId }, { schemeCode: 'PPO', leadAgency: ta.f.agencies.probation, openedOn: '2010-02-01' });
  await t.db.updateTable('people').set({ restricted: true }).where('id', '=', hiddenId).execute();
  await t.db.insertInto('person_access').values({ person_id: hiddenId, user_id: ta.users.probation!.userId }).execute();
  for (const u of ['probation', 'officer', 'housing', 'manager', 'analyst', 'admin']) {
    sessions[u] = await signInAs(ta.app, u);
    tokens[u] = await createApiToken(t.db, ta.users[u]!.userId, 'test', { scope: 'role' });
  }
}, 60_000);
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const web = (user: string, url: string) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(sessions[user]!.jar) } });
const form = (user: string, url: string, fields: Record<string, string> = {}) =>
  ta.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookieHeader(sessions[user]!.jar), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: sessions[user]!.csrf, ...fields }).toString(),
  });
const api = (user: string, url: string, init: { method?: 'GET' | 'POST' | 'PUT'; body?: unknown; headers?: Record<string, string> } = {}) =>
  ta.app.inject({
    method: init.method ?? 'GET',
    url,
    headers: { authorization: `Bearer ${tokens[user]}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    ...(init.body !== undefined ? { payload: JSON.stringify(init.body) } : {}),
  });

/** The page's text between <main> and </main>, which is what tells one person from another. */
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('a person the viewer may not see', () => {
  const reason = { justification: 'Preparing for the panel meeting' };
  const webGets = (id: number) => [`/people/${id}`, `/people/${id}/case`];
  const webPosts = (id: number): [string, Record<string, string>][] => [
    [`/people/${id}/view`, reason],
    [`/people/${id}/case/view`, reason],
    [`/people/${id}/case/notes`, { body: 'A note' }],
    [`/people/${id}/case/appointments`, { date: TODAY, purpose: 'Supervision', status: 'planned' }],
    [`/people/${id}/consent`, { scope: 'all' }],
    [`/people/${id}/risk-assessments`, { date: TODAY, riskOfSeriousHarm: 'high' }],
  ];
  const apiGets = (id: number, ref: string) => [`/api/v1/people/${id}`, `/api/v1/people/${id}/timeline`, `/api/v1/people/${id}/risk-assessments`, `/api/v1/people/${id}/mappa-referrals`, `/api/v1/people/${ref}/case`];

  for (const user of ['officer', 'housing', 'manager', 'analyst']) {
    it(`is answered to ${user} (not named on them) exactly as a person who does not exist, on every door`, async () => {
      const headers = { 'x-justification': reason.justification };
      for (const [hidden, missing] of webGets(hiddenId).map((u, i) => [u, webGets(999999)[i]!] as const)) {
        const [h, m] = [await web(user, hidden), await web(user, missing)];
        expect(h.statusCode, hidden).toBe(404);
        expect(mainOf(h.body).replaceAll(String(hiddenId), 'ID'), hidden).toBe(mainOf(m.body).replaceAll('999999', 'ID'));
      }
      for (const [[hidden, fields], [missing]] of webPosts(hiddenId).map((p, i) => [p, webPosts(999999)[i]!] as const)) {
        const [h, m] = [await form(user, hidden, fields), await form(user, missing, fields)];
        expect(h.statusCode, hidden).toBe(m.statusCode);
        expect(mainOf(h.body).replaceAll(String(hiddenId), 'ID'), hidden).toBe(mainOf(m.body).replaceAll('999999', 'ID'));
      }
      for (const [hidden, missing] of apiGets(hiddenId, 'DOOR0003').map((u, i) => [u, apiGets(999999, 'NOSUCH99')[i]!] as const)) {
        const [h, m] = [await api(user, hidden, { headers }), await api(user, missing, { headers })];
        expect(h.statusCode, hidden).toBe(m.statusCode);
        if (user !== 'analyst') expect(h.statusCode, hidden).toBe(404);
        expect(h.json().detail, hidden).toBe(m.json().detail);
      }
    });
  }

  it('still asks a named user for their reason, and opens the record and the case with it', async () => {
    const ask = await web('probation', `/people/${hiddenId}`);
    expect(ask.statusCode).toBe(403);
    expect(ask.body).toContain('This record is restricted');
    expect((await form('probation', `/people/${hiddenId}/view`, reason)).statusCode).toBe(200);
    expect((await web('probation', `/people/${hiddenId}/case`)).body).toContain('This record is restricted');
    expect((await form('probation', `/people/${hiddenId}/case/view`, reason)).statusCode).toBe(200);
    const apiAsk = await api('probation', `/api/v1/people/${hiddenId}`);
    expect(apiAsk.statusCode).toBe(403);
    expect(apiAsk.json().code).toBe('justification_required');
    expect((await api('probation', `/api/v1/people/${hiddenId}`, { headers: { 'x-justification': reason.justification } })).statusCode).toBe(200);
  });

  it('is not found through a reference given to a service, as a reference no one has', async () => {
    const manager = { userId: ta.users.manager!.userId, partnershipId: ta.f.partnershipId, role: 'scheme_manager' as const, agencyKind: 'police' as const, label: 'manager' };
    await expect(ta.app.services.transfers.create(manager, { personRef: 'DOOR0003', toAreaCode: 'E08000999' })).rejects.toThrow('No person with reference DOOR0003 in this partnership.');
  });
});

describe('an address no route answers', () => {
  it('is "page not found" (404) to a signed-in user, whatever their role, on the web as in the API', async () => {
    for (const user of ['manager', 'analyst']) {
      for (const url of ['/nonsense', '/schemes/PPO/runs', '/people/1/nothing']) {
        const res = await web(user, url);
        expect(res.statusCode, url).toBe(404);
        expect(res.body).toContain('Page not found');
        expect(res.body).not.toContain('Your role does not give access');
      }
    }
    expect((await api('manager', '/api/v1/nonsense')).statusCode).toBe(404);
  });

  it('sends a signed-out visitor to sign in, as a real page does, so that it tells them nothing', async () => {
    for (const url of ['/nonsense', `/people/${caseId}`]) {
      const res = await ta.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toMatch(/^\/sign-in/);
    }
  });

  it('still refuses a real page the role may not use, with 403', async () => {
    const res = await web('analyst', '/caseload');
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('You cannot see this page');
  });
});

describe('a NUL character in the input', () => {
  it('is refused with 400 naming the field, in a query, a route parameter, a form or a JSON body', async () => {
    const page = await web('probation', '/people?q=%00');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('q holds a NUL character');
    const search = await api('probation', '/api/v1/people?q=Smith%00');
    expect(search.statusCode).toBe(400);
    expect(search.json()).toMatchObject({ code: 'invalid_input', field: 'q' });
    expect((await api('probation', '/api/v1/people/DOOR0001%00/case')).json()).toMatchObject({ status: 400, field: 'personRef' });
    const note = await form('probation', `/people/${caseId}/case/notes`, { body: 'Seen\u0000 at home' });
    expect(note.statusCode).toBe(400);
    expect(note.body).toContain('body holds a NUL character');
    const json = await api('probation', '/api/v1/people/DOOR0001/notes', { method: 'POST', body: { body: 'Seen\u0000 at home' } });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ code: 'invalid_input', field: 'body' });
    const notes = await t.db.selectFrom('case_notes').select('body').where('person_id', '=', caseId).execute();
    expect(notes.some((n) => n.body.includes('Seen'))).toBe(false);
  });

  it('is looked for in parsed input only: a file posted to the API as its raw body reaches its route, over a real socket', async () => {
    // (inject's request has no socket: the raw body's stream leads back to the socket and the request only over a real one.)
    const address = await ta.app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${address}/api/v1/imports/people`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'text/csv' },
      body: 'not_a_people_header\nx\n',
    });
    const body = (await res.json()) as { importId?: number; kind?: string };
    expect(res.status, JSON.stringify(body)).toBeLessThan(500);
    expect(body).toMatchObject({ importId: expect.any(Number), kind: 'people' });
  });

  it('refused by the database (SQLSTATE 22021 or 22P05) is bad input, never a server error', () => {
    for (const code of ['22021', '22P05']) {
      const e = inputErrorOfDatabase(Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code }));
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(errorPage(e).status).toBe(400);
    }
    expect(inputErrorOfDatabase(Object.assign(new Error('x'), { code: '23505' }))).toBeNull();
  });
});

describe('the case page', () => {
  it('offers an agency not on the team no form, and words a refused change as a refused change', async () => {
    const page = await web('housing', `/people/${caseId}/case`);
    expect(page.statusCode).toBe(200);
    for (const action of ['/case/lead', '/case/team', '/case/notes', '/case/actions', '/case/assessments', '/case/appointments', '/case/release-plan', '/outcome']) {
      expect(page.body, action).not.toContain(`${action}"`);
    }
    const refused = await form('housing', `/people/${caseId}/case/notes`, { body: 'A note' });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('You cannot make this change');
    expect(refused.body).toContain('Only the agencies on the case');
    expect(refused.body).not.toContain('You cannot see this page');
    // A role without case work is refused the change in the same words.
    const analyst = await form('analyst', `/people/${caseId}/case/notes`, { body: 'A note' });
    expect(analyst.statusCode).toBe(403);
    expect(analyst.body).toContain('You cannot make this change');
  });

  it('offers a team member the forms of case work, but not moving the lead, which only the lead agency may', async () => {
    const page = await web('officer', `/people/${caseId}/case`);
    for (const action of ['/case/lead', '/case/team', '/case/notes', '/case/actions', '/case/assessments', '/case/appointments']) expect(page.body, action).toContain(`/people/${caseId}${action}"`);
    expect(page.body).not.toContain('id="lead-leadAgency"');
    const lead = await web('probation', `/people/${caseId}/case`);
    expect(lead.body).toContain('id="lead-leadAgency"');
  });

  it('offers an analyst, who reads cases but does no case work, no form', async () => {
    const page = await web('analyst', `/people/${caseId}/case`);
    expect(page.statusCode).toBe(200);
    expect([...page.body.matchAll(/<form method="post" action="([^"]+)"/g)].map((m) => m[1])).toEqual(['/sign-out']);
  });
});

describe('the person page', () => {
  it('links to the case, or to opening one for someone on a scheme, for those who do case work', async () => {
    const open = await web('housing', `/people/${caseId}`);
    expect(open.body).toMatch(new RegExp(`href="/people/${caseId}/case" data-testid="case-link">See the case<`));
    const none = await web('housing', `/people/${noCaseId}`);
    expect(none.body).toMatch(new RegExp(`href="/people/${noCaseId}/case" data-testid="case-link">No open case: open a case<`));
    // An analyst may read a case but not open one.
    expect((await web('analyst', `/people/${noCaseId}`)).body).not.toContain('data-testid="case-link"');
    expect((await web('analyst', `/people/${caseId}`)).body).toContain('data-testid="case-link"');
  });
});
