// The API's contract (issue 17): the OpenAPI 3.1 document as served, checked
// in and linted; every /api/v1 route declaring what it answers; problem
// details for every refusal; ETags with 304 and If-Match with 412 on every
// versioned edit; cursor pages; and rate limits per token counted in the
// database. The test app checks every answer of every API test against the
// document (test/support/contract.ts); the last block shows that check bites.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { caseWorld, type CaseWorld } from '../cases/appointments-support.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { ContractViolation, documentPath } from '../../support/contract.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { documentText, OPENAPI_FILE } from '../../../src/web/openapi-document.js';
import { movableClock } from '../../support/app.js';

let t: TestDatabase;
let w: CaseWorld;
let doc: any;

beforeAll(async () => {
  t = await testDatabase();
  w = await caseWorld(t);
  const res = await w.api('admin', 'GET', '/api/v1/openapi.json');
  expect(res.statusCode).toBe(200);
  doc = res.json();
}, 120_000);
afterAll(async () => {
  await w?.app.close();
  await t?.close();
});

describe('the OpenAPI document', () => {
  it('is the one checked in (run `npm run openapi` after changing the API)', () => {
    const checkedIn = fs.readFileSync(path.resolve(OPENAPI_FILE), 'utf8');
    expect(documentText(doc) === checkedIn, `${OPENAPI_FILE} differs from the document the app serves at /api/v1/openapi.json: run \`npm run openapi\` and commit the result.`).toBe(true);
  });

  it('is OpenAPI 3.1 and passes the Redocly linter with its recommended rules', async () => {
    expect(doc.openapi).toBe('3.1.0');
    // 3.1 writes a nullable value as a type union; `nullable` is 3.0 only.
    expect(JSON.stringify(doc)).not.toContain('"nullable"');
    // The recommended ruleset, nothing turned off.
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: '/api/v1/openapi.json', config });
    expect(problems.map((p) => `${p.ruleId} ${p.severity}: ${p.message} at ${p.location?.[0]?.pointer}`)).toEqual([]);
  }, 60_000);

  it('describes every /api/v1 route, each with a success answer and problem details for its errors', () => {
    const missing: string[] = [];
    const api = w.app.routeTable.filter((r) => r.url.startsWith('/api/v1/') && !r.url.endsWith('/openapi.json'));
    expect(api.length).toBeGreaterThan(30);
    for (const r of api) {
      const op = doc.paths[documentPath(r.url)]?.[r.method.toLowerCase()];
      if (!op) {
        missing.push(`${r.method} ${r.url}: not in the document`);
        continue;
      }
      const ok = Object.entries(op.responses as Record<string, any>).filter(([s]) => /^[23]\d\d$/.test(s) && s !== '304');
      if (ok.length === 0) missing.push(`${r.method} ${r.url}: no response schema for success`);
      for (const [s, resp] of ok) if (s !== '204' && !resp.content) missing.push(`${r.method} ${r.url}: ${s} has no schema`);
      for (const s of ['400', '401', '403', '429', '500']) {
        if (!op.responses[s]?.content?.['application/problem+json']) missing.push(`${r.method} ${r.url}: ${s} is not problem details`);
      }
      if (!op.summary) missing.push(`${r.method} ${r.url}: no summary`);
    }
    expect(missing).toEqual([]);
  });

  it('is refused to anyone not signed in', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(401);
  });
});

describe('problem details for every refusal', () => {
  const problemType = /^application\/problem\+json/;

  it('405 with Allow for a method the address does not answer', async () => {
    const res = await w.api('admin', 'PUT', '/api/v1/caseload', {});
    expect(res.statusCode).toBe(405);
    expect(res.headers['content-type']).toMatch(problemType);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.json()).toMatchObject({ status: 405, code: 'method_not_allowed', instance: '/api/v1/caseload' });
  });

  it('415 for a body in a format the address does not take', async () => {
    const c = await w.newCase('CONTRACT415');
    const res = await w.app.inject({ method: 'POST', url: `/api/v1/people/${c.ref}/notes`, headers: { authorization: `Bearer ${await w.token('probation')}`, 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(problemType);
    expect(res.json()).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });

  it('413 for a body over the limit', async () => {
    const c = await w.newCase('CONTRACT413');
    const res = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/notes`, { body: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(problemType);
    expect(res.json()).toMatchObject({ status: 413, code: 'too_large' });
  });

  it('400 naming the field a body lacks', async () => {
    const c = await w.newCase('CONTRACT400');
    const res = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/notes`, {});
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400, field: 'body' });
  });

  it('403 problem details naming X-Justification for a restricted record, on the person and on the case', async () => {
    const c = await w.newCase('CONTRACTR1');
    await t.db.updateTable('people').set({ restricted: true }).where('id', '=', c.personId).execute();
    await t.db.insertInto('person_access').values({ person_id: c.personId, user_id: w.ta.users.probation!.userId }).execute();
    for (const url of [`/api/v1/people/${c.personId}`, `/api/v1/people/${c.ref}/case`]) {
      const res = await w.api('probation', 'GET', url);
      expect(res.statusCode, url).toBe(403);
      expect(res.headers['content-type'], url).toMatch(problemType);
      expect(res.json(), url).toMatchObject({ status: 403, code: 'justification_required', field: 'X-Justification', error: 'justification_required' });
      const justified = await w.api('probation', 'GET', url, undefined, { 'x-justification': 'Checking the record for the panel meeting' });
      expect(justified.statusCode, url).toBe(200);
    }
  });
});

describe('ETags', () => {
  it('a GET resource without a version carries a strong ETag of its body, and If-None-Match gets 304', async () => {
    await w.newCase('CONTRACTE1');
    const first = await w.api('admin', 'GET', '/api/v1/people?q=CONTRACTE1');
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const again = await w.api('admin', 'GET', '/api/v1/people?q=CONTRACTE1', undefined, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await w.api('admin', 'GET', '/api/v1/people?q=CONTRACTE1', undefined, { 'if-none-match': '"something-else"' });
    expect(other.statusCode).toBe(200);
  });

  it("a versioned resource's ETag names its version and what was shown: If-None-Match matches it until anything shown changes", async () => {
    const c = await w.newCase('CONTRACTE2');
    const res = await w.api('probation', 'GET', `/api/v1/people/${c.ref}/case`);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(new RegExp(`^"case-${c.caseId}-v1\\.[A-Za-z0-9_-]{16}"$`));
    const again = await w.api('probation', 'GET', `/api/v1/people/${c.ref}/case`, undefined, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    // A note is part of the case shown but not of its version: the old ETag no longer matches, and If-Match still reads version 1.
    expect((await w.api('probation', 'POST', `/api/v1/people/${c.ref}/notes`, { body: 'Seen at the hostel' })).statusCode).toBe(201);
    const changed = await w.api('probation', 'GET', `/api/v1/people/${c.ref}/case`, undefined, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.headers.etag).toMatch(new RegExp(`^"case-${c.caseId}-v1\\.`));
    expect(JSON.stringify(changed.json().notes)).toContain('Seen at the hostel');
  });

  it('every versioned edit answers 412 to a stale If-Match, and changes nothing', async () => {
    const c = await w.newCase('CONTRACTV1');
    const made = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/actions`, { pathway: 'accommodation', description: 'Find a tenancy', ownerAgency: w.agencies.housing, dueDate: '2010-07-30' });
    expect(made.statusCode).toBe(201);
    const action = made.json();
    const booked = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/appointments`, { date: '2010-07-14', purpose: 'Supervision' });
    expect(booked.statusCode).toBe(201);
    const appointment = booked.json();
    const plan = await w.api('probation', 'POST', `/api/v1/people/${c.ref}/release-plan`, { expectedRelease: '2010-08-01' });
    const released = await t.db.selectFrom('custody_periods').select('id').where('person_id', '=', c.personId).execute();
    const disengagement = await t.db
      .insertInto('disengagements')
      .values({ partnership_id: w.partnershipId, case_id: c.caseId, person_id: c.personId, opened_on: '2010-06-20' } as any)
      .returning('id')
      .executeTakeFirstOrThrow();
    const alert = await t.db
      .insertInto('alerts')
      .values({ partnership_id: w.partnershipId, person_id: c.personId, case_id: c.caseId, kind: 'arrested', raised_on: '2010-06-29', detail: 'Arrested', dedupe_key: 'contract-1' } as any)
      .returning('id')
      .executeTakeFirstOrThrow();
    await w.api('manager', 'PUT', '/api/v1/performance/drr/target', { year: '2010/11', starts: 10 });

    const edits: [string, 'POST' | 'PUT', string, unknown, string][] = [
      ['case lead', 'POST', `/api/v1/people/${c.ref}/case/lead`, { leadAgency: 'probation' }, `"case-${c.caseId}-v99"`],
      ['case team', 'POST', `/api/v1/people/${c.ref}/case/team`, { agency: 'housing', role: 'housing officer' }, `"case-${c.caseId}-v99"`],
      ['action outcome', 'POST', `/api/v1/actions/${action.id}/outcome`, { status: 'done', outcome: 'Housed' }, `"action-${action.id}-v99"`],
      ['appointment outcome', 'POST', `/api/v1/appointments/${appointment.id}/outcome`, { status: 'cancelled' }, `"appointment-${appointment.id}-v99"`],
      ['disengagement route', 'POST', `/api/v1/disengagements/${disengagement.id}/route`, { route: 'enforcement' }, `"disengagement-${disengagement.id}-v99"`],
      ['disengagement outcome', 'POST', `/api/v1/disengagements/${disengagement.id}/outcome`, { outcome: 'Re-engaged' }, `"disengagement-${disengagement.id}-v99"`],
      ['alert acknowledgement', 'POST', `/api/v1/alerts/${alert.id}/acknowledge`, undefined, `"alert-${alert.id}-v99"`],
      ['DRR target', 'PUT', '/api/v1/performance/drr/target', { year: '2010/11', starts: 12 }, '"drr_target-2010-v99"'],
    ];
    if (plan.statusCode === 201) {
      const task = plan.json().tasks?.[0] ?? plan.json().actions?.[0];
      if (task?.id) edits.push(['release task', 'POST', `/api/v1/actions/${task.id}/release-task`, { toldWhom: 'Housing', toldOn: '2010-06-30' }, `"action-${task.id}-v99"`]);
    }
    void released;
    const answers: Record<string, number> = {};
    for (const [name, method, url, body, ifMatch] of edits) {
      const who = name === 'DRR target' ? 'manager' : 'probation';
      const res = await w.api(who, method, url, body ?? {}, { 'if-match': ifMatch });
      answers[name] = res.statusCode;
      if (res.statusCode === 412) expect(res.json(), name).toMatchObject({ status: 412, code: 'stale' });
    }
    expect(answers).toEqual(Object.fromEntries(edits.map(([name]) => [name, 412])));
    // Nothing changed: the case is at its first version, the action open.
    expect((await t.db.selectFrom('cases').select('version').where('id', '=', c.caseId).executeTakeFirstOrThrow()).version).toBe(1);
    expect((await t.db.selectFrom('case_actions').select('status').where('id', '=', action.id).executeTakeFirstOrThrow()).status).toBe('open');
  });
});

describe('cursor pages', () => {
  it('pages a people search in name order, the cursor carrying on where the last page ended', async () => {
    for (const [ref, family] of [['CONTRACTP1', 'Pagerson'], ['CONTRACTP2', 'Pagerson'], ['CONTRACTP3', 'Pagerson']] as const) {
      await createPerson(t.db, { partnershipId: w.partnershipId, agencies: w.agencies } as any, { ref, family, given: ref });
    }
    const first = (await w.api('admin', 'GET', '/api/v1/people?q=Pagerson&limit=2')).json();
    expect(first.people.map((p: any) => p.personRef)).toEqual(['CONTRACTP1', 'CONTRACTP2']);
    expect(first.next).toEqual(expect.any(String));
    const second = (await w.api('admin', 'GET', `/api/v1/people?q=Pagerson&limit=2&cursor=${first.next}`)).json();
    expect(second).toEqual({ people: [expect.objectContaining({ personRef: 'CONTRACTP3' })], next: null });
    const bad = await w.api('admin', 'GET', '/api/v1/people?q=Pagerson&cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'cursor' });
  });

  it('pages a caseload, keeping its shape', async () => {
    const all = (await w.api('probation', 'GET', '/api/v1/caseload?view=team&limit=200')).json();
    expect(all.cases.length).toBeGreaterThan(2);
    expect(all.next).toBeNull();
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await w.api('probation', 'GET', `/api/v1/caseload?view=team&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      expect(Object.keys(page)).toEqual(['view', 'today', 'counts', 'cases', 'next', 'withheldForAgreement']);
      expect(page.cases.length).toBeLessThanOrEqual(2);
      seen.push(...page.cases.map((r: any) => r.caseId));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all.cases.map((r: any) => r.caseId));
  });
});

describe('rate limits per token, counted in the database', () => {
  let limited: TestApp;
  const clock = movableClock('2010-06-30T09:00:10Z');
  beforeAll(async () => {
    limited = await testApp(t, [{ username: 'limited', role: 'administrator', agency: 'police' }], { apiRateLimit: { max: 3, windowMs: 60_000 } }, { clock });
  });
  afterAll(async () => {
    await limited?.app.close();
  });

  it('answers 429 problem details with Retry-After past the limit, per token, and starts again in the next window', async () => {
    const token = await createApiToken(t.db, limited.users.limited!.userId, 'limited', { scope: 'role' });
    const other = await createApiToken(t.db, limited.users.limited!.userId, 'another', { scope: 'role' });
    const call = (tk: string) => limited.app.inject({ method: 'GET', url: '/api/v1/people?q=nobody', headers: { authorization: `Bearer ${tk}` } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(token)).statusCode);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await call(token);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(refused.json().detail).toContain('3 calls to the API in a minute');
    expect(refused.headers['retry-after']).toBe('50');
    expect(refused.headers['ratelimit-limit']).toBe('3');
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    // Another token has its own count; the web is not limited.
    expect((await call(other)).statusCode).toBe(200);
    // The count is in the database, where every app node sees it.
    const keyOf = (tk: string) => `token:${crypto.createHash('sha256').update(tk).digest('base64url').slice(0, 32)}`;
    const rows = await t.db.selectFrom('api_rate_counts').select(['key', 'count']).where('key', 'in', [keyOf(token), keyOf(other)]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.key, r.count]))).toEqual({ [keyOf(token)]: 4, [keyOf(other)]: 1 });
    clock.advance(60_000);
    expect((await call(token)).statusCode).toBe(200);
  });
});

describe('the contract check of the test app', () => {
  it('makes a test fail when an answer does not match the document', async () => {
    const ta = await testApp(t, [{ username: 'checker', role: 'administrator', agency: 'police' }]);
    ta.app.get('/api/v1/contract-check/wrong', { config: { access: 'signed-in' }, schema: { summary: 'test', response: { 200: { type: 'object', required: ['count'], properties: { count: { type: 'integer' } } } } } }, async () => ({ count: null }));
    ta.app.get('/api/v1/contract-check/undeclared', { config: { access: 'signed-in' }, schema: { summary: 'test', response: { 200: { type: 'object' } } } }, async (_req, reply) => (reply as any).code(202).send({}));
    const token = await createApiToken(t.db, ta.users.checker!.userId, 'checker', { scope: 'role' });
    const get = (url: string) => ta.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    await expect(get('/api/v1/contract-check/wrong')).rejects.toThrow(ContractViolation);
    await expect(get('/api/v1/contract-check/wrong')).rejects.toThrow(/count must be integer/);
    await expect(get('/api/v1/contract-check/undeclared')).rejects.toThrow(/202 .*a status the OpenAPI document does not declare/);
    await ta.app.close();
  });
});
