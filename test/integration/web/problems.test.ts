// The one error mapping, through the real pipeline: an API call gets RFC 9457
// problem details (keeping `error` and `message`) for the error family, for
// schema validation and for the pipeline's own refusals; a page gets the
// error page with the family's status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { problems } from '../../../src/web/api-schemas.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../../src/errors.js';

let t: TestDatabase;
let ta: TestApp;
let jar: Record<string, string>;

const FAMILY = {
  'not-found': () => new NotFoundError('No scheme XYZ.'),
  forbidden: () => new ForbiddenError(),
  invalid: () => new InvalidInputError('2009-02-30 is not a date.', { field: 'start_date', row: 3 }),
  conflict: () => new ConflictError('The scheme was changed by someone else.'),
} as const;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'admin', role: 'administrator', agency: 'police' },
    { username: 'board', role: 'board_member', agency: 'local_authority' },
  ]);
  // Routes that throw each member of the family, under the API and as pages
  // (added here, before the app is ready; production code has none).
  for (const [name, make] of Object.entries(FAMILY)) {
    // Declaring what they answer, as every API route must (the test app checks answers against the document).
    ta.app.get(`/api/v1/test-errors/${name}`, { config: { access: 'signed-in' }, schema: { summary: 'test', response: { 200: { type: 'object' }, ...problems } } }, async () => {
      throw make();
    });
    ta.app.get(`/test-errors/${name}`, { config: { access: 'signed-in' } }, async () => {
      throw make();
    });
  }
  ({ jar } = await signInAs(ta.app, 'admin'));
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, cookies?: Record<string, string>) => ta.app.inject({ method: 'GET', url, headers: cookies ? { cookie: cookieHeader(cookies) } : {} });

describe('API errors are problem details', () => {
  it('maps each of the error family to its status, with field and row', async () => {
    const expected = { 'not-found': 404, forbidden: 403, invalid: 400, conflict: 409 } as const;
    // `error` is the older word for each status's kind of problem (docs/api.md): a 409 said only "error".
    const older = { 'not-found': 'not_found', forbidden: 'forbidden', invalid: 'bad_request', conflict: 'conflict' } as const;
    for (const [name, status] of Object.entries(expected)) {
      const res = await get(`/api/v1/test-errors/${name}?x=1`, jar);
      expect(res.statusCode, name).toBe(status);
      expect(res.headers['content-type'], name).toMatch(/^application\/problem\+json/);
      const body = res.json();
      expect(body).toMatchObject({ status, type: expect.stringMatching(/^urn:waymark:problem:/), title: expect.any(String), instance: `/api/v1/test-errors/${name}` });
      expect(body.detail, name).toBe(FAMILY[name as keyof typeof FAMILY]().message);
      expect(body.message, name).toBe(body.detail);
      expect(body.error, name).toBe(older[name as keyof typeof older]);
    }
    const invalid = (await get('/api/v1/test-errors/invalid', jar)).json();
    expect(invalid).toMatchObject({ code: 'invalid_input', field: 'start_date', row: 3, error: 'bad_request' });
  });

  it('answers schema validation with the field', async () => {
    const res = await get('/api/v1/people', jar);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 400, field: 'q', error: 'bad_request' });
  });

  it('answers the refusals of the pipeline itself', async () => {
    const anonymous = await get('/api/v1/people?q=x');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(anonymous.json()).toMatchObject({ status: 401, error: 'unauthenticated', message: 'Sign in or send a bearer token.', detail: 'Sign in or send a bearer token.' });

    const { jar: board } = await signInAs(ta.app, 'board');
    const refused = await get('/api/v1/people?q=x', board);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ status: 403, error: 'forbidden', message: 'You do not have permission to do that.' });

    // An unknown address states no access, so the role gate refuses it first.
    const unknown = await get('/api/v1/no-such-thing', jar);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.json()).toMatchObject({ status: unknown.statusCode, instance: '/api/v1/no-such-thing' });
  });
});

describe('page errors', () => {
  it('show the error page with the family status', async () => {
    const expected = { 'not-found': 404, forbidden: 403, invalid: 400, conflict: 409 } as const;
    // `error` is the older word for each status's kind of problem (docs/api.md): a 409 said only "error".
    const older = { 'not-found': 'not_found', forbidden: 'forbidden', invalid: 'bad_request', conflict: 'conflict' } as const;
    for (const [name, status] of Object.entries(expected)) {
      const res = await get(`/test-errors/${name}`, jar);
      expect(res.statusCode, name).toBe(status);
      expect(res.headers['content-type'], name).toMatch(/^text\/html/);
      expect(res.body, name).toContain(FAMILY[name as keyof typeof FAMILY]().message);
    }
  });
});
