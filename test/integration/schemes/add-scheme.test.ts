// Adding a scheme (SPEC 3.2: the scheme manager defines schemes) through the
// API and the schemes page, the same service as `waymark scheme add`: who may,
// what a bad field or a code already used answers, and the audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createApiToken } from '../../../src/access/api-tokens.js';

let t: TestDatabase;
let ta: TestApp;
const tokens: Record<string, string> = {};
type Session = { jar: Record<string, string>; csrf: string };
const sessions: Record<string, Session> = {};

const USERS = [
  { username: 'manager', role: 'scheme_manager', agency: 'police' },
  { username: 'admin', role: 'administrator', agency: 'police' },
  { username: 'analyst', role: 'analyst', agency: 'probation' },
  { username: 'practitioner', role: 'practitioner', agency: 'probation' },
] as const;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, USERS.map((u) => ({ ...u })));
  for (const u of USERS) {
    tokens[u.username] = await createApiToken(t.db, ta.users[u.username]!.userId, `api ${u.username}`, { scope: 'role' });
    sessions[u.username] = await signInAs(ta.app, u.username);
  }
}, 60_000);

afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const api = (who: string, json: unknown): Promise<LightMyRequestResponse> =>
  ta.app.inject({ method: 'POST', url: '/api/v1/schemes', headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' }, payload: JSON.stringify(json) });
const page = (who: string, url = '/schemes') => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(sessions[who]!.jar) } });
const post = (who: string, body: [string, string][]) =>
  ta.app.inject({
    method: 'POST',
    url: '/schemes',
    headers: { cookie: cookieHeader(sessions[who]!.jar), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams([['_csrf', sessions[who]!.csrf], ...body]).toString(),
  });

async function scheme(code: string) {
  return t.db.selectFrom('schemes').select(['id', 'code', 'name', 'capacity', 'description']).where('partnership_id', '=', ta.f.partnershipId).where('code', '=', code).executeTakeFirst();
}
async function schemeAreas(id: number) {
  const rows = await t.db.selectFrom('scheme_areas').innerJoin('areas', 'areas.id', 'scheme_areas.area_id').select('areas.code').where('scheme_id', '=', id).orderBy('areas.code').execute();
  return rows.map((r) => r.code);
}
async function auditOf(what: string) {
  return t.db.selectFrom('audit_log').select(['action', 'what', 'user_id']).where('what', '=', what).execute();
}

describe('POST /api/v1/schemes', () => {
  it('adds a scheme with its capacity and areas: 201, its Location and structure, audited as the CLI does', async () => {
    const res = await api('manager', { code: 'ppo', name: 'Prolific and other Priority Offenders', capacity: 20, areaCodes: ['E06000001'] });
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe('/api/v1/schemes/PPO');
    expect(res.json()).toEqual({ code: 'PPO', name: 'Prolific and other Priority Offenders', capacity: 20, tiers: [], strands: [] });
    const s = await scheme('PPO');
    expect(s).toMatchObject({ name: 'Prolific and other Priority Offenders', capacity: 20 });
    expect(await schemeAreas(s!.id)).toEqual(['E06000001']);
    expect(await auditOf('scheme PPO created')).toEqual([{ action: 'collection', what: 'scheme PPO created', user_id: ta.users.manager!.userId }]);
    const listed = await ta.app.inject({ method: 'GET', url: '/api/v1/schemes', headers: { authorization: `Bearer ${tokens.manager}` } });
    expect(listed.json().schemes).toContainEqual({ code: 'PPO', name: 'Prolific and other Priority Offenders', capacity: 20, members: 0 });
  });

  it('names the field at fault: a bad code, a blank name, a capacity of 0, an unknown area, a missing name', async () => {
    const cases: [unknown, string][] = [
      [{ code: 'no spaces', name: 'X' }, 'code'],
      [{ code: 'BLANK', name: '  ' }, 'name'],
      [{ code: 'ZERO', name: 'Zero', capacity: 0 }, 'capacity'],
      [{ code: 'AREA', name: 'Area', areaCodes: ['E09999999'] }, 'areaCodes'],
      [{ code: 'NONAME' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await api('manager', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().field, JSON.stringify(body)).toBe(field);
    }
    expect(await scheme('ZERO')).toBeUndefined();
  });

  it('answers 409 on a code already used, whatever its case, and changes nothing', async () => {
    expect((await api('admin', { code: 'DUP', name: 'First' })).statusCode).toBe(201);
    const again = await api('manager', { code: 'dup', name: 'Second' });
    expect(again.statusCode).toBe(409);
    expect(again.json().field).toBe('code');
    expect((await scheme('DUP'))!.name).toBe('First');
  });

  it('refuses roles that do not manage schemes (403), adding nothing', async () => {
    for (const who of ['analyst', 'practitioner']) {
      const res = await api(who, { code: `NO${who.length}`, name: 'Not allowed' });
      expect(res.statusCode, who).toBe(403);
      expect(await scheme(`NO${who.length}`)).toBeUndefined();
    }
  });
});

describe('the schemes page: adding a scheme', () => {
  it('shows the form to a scheme manager; the scheme added appears in the list, audited', async () => {
    const before = await page('manager');
    expect(before.body).toContain('Add a scheme');
    expect(before.body).toContain('value="E06000002"');
    const res = await post('manager', [['code', 'iom'], ['name', 'Integrated Offender Management'], ['capacity', '60'], ['areaCodes', 'E06000001'], ['areaCodes', 'E06000002']]);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/schemes/IOM?changed=scheme');
    expect((await page('manager', res.headers.location as string)).body).toContain('Scheme added.');
    const list = await page('manager');
    expect(list.body).toContain('href="/schemes/IOM">Integrated Offender Management</a>');
    const s = await scheme('IOM');
    expect(s).toMatchObject({ capacity: 60 });
    expect(await schemeAreas(s!.id)).toEqual(['E06000001', 'E06000002']);
    expect(await auditOf('scheme IOM created')).toHaveLength(1);
  });

  it('gives the error summary and the message on the field at fault, keeping what was typed', async () => {
    const badCapacity = await post('manager', [['code', 'DRR'], ['name', 'Drug Rehabilitation Requirement'], ['capacity', 'lots'], ['areaCodes', 'E06000002']]);
    expect(badCapacity.statusCode).toBe(400);
    expect(badCapacity.body).toContain('govuk-error-summary');
    expect(badCapacity.body).toContain('href="#capacity"');
    expect(badCapacity.body).toMatch(/id="capacity-error"[\s\S]*?Capacity must be a whole number from 1 to 100,000\./);
    expect(badCapacity.body).not.toContain('NaN');
    expect(badCapacity.body).toContain('value="Drug Rehabilitation Requirement"');
    expect(badCapacity.body).toMatch(/value="E06000002" checked/);
    const noName = await post('manager', [['code', 'DRR'], ['name', '']]);
    expect(noName.statusCode).toBe(400);
    expect(noName.body).toContain('href="#name"');
    expect(noName.body).toContain('id="name-error"');
    const dup = await post('manager', [['code', 'IOM'], ['name', 'Again']]);
    expect(dup.statusCode).toBe(400);
    expect(dup.body).toContain('href="#code"');
    expect(dup.body).toContain('A scheme with code IOM already exists.');
    expect(await scheme('DRR')).toBeUndefined();
  });

  it('shows no form to roles that may not add a scheme, and refuses their POST with 403', async () => {
    for (const who of ['analyst', 'practitioner']) {
      const list = await page(who);
      expect(list.statusCode, who).toBe(200);
      expect(list.body, who).not.toContain('Add a scheme');
      expect(list.body, who).not.toContain('action="/schemes"');
      const res = await post(who, [['code', 'SNEAK'], ['name', 'Not allowed']]);
      expect(res.statusCode, who).toBe(403);
    }
    expect(await scheme('SNEAK')).toBeUndefined();
  });
});
