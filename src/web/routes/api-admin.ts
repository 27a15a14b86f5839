// Administration in the JSON API (SPEC 3.8, issue 17): the partnership's
// users, agencies, areas and API tokens, for administrators ('admin:users',
// as the /admin pages). The same service functions as the pages and the CLI;
// each change is audited there. Secrets (an invitation link, a one-time
// password, a token) are in the answer that made them, once; a password's
// hash never leaves the database.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../../glossary.js';
import type { IssuedCredential, UserListing } from '../../access/users.js';
import { pageOfSorted } from '../../formats/cursor.js';
import { pageQueryProperties, pageSchema, problems } from '../api-schemas.js';
import { bool, dateTime, dateTimeN, int, obj, str, strN } from '../api-documents.js';

const access = 'admin:users' as const;
// The roles and token scopes the services check (src/access/users.ts, api-tokens.ts), spelled out
// for the schema: a web route does not reach past the composition root for values.
const ROLES: readonly Role[] = ['practitioner', 'scheme_manager', 'analyst', 'board_member', 'administrator'];
const TOKEN_SCOPES = ['read', 'role'] as const;
const MAX_TOKEN_DAYS = 366;
const tags = ['administration'];

const role = { type: 'string', enum: [...ROLES] } as const;
const userSchema = obj({
  username: str,
  displayName: str,
  role,
  agencyCode: str,
  agencyName: str,
  disabled: bool,
  status: { type: 'string', enum: ['active', 'invited', 'must change password', 'disabled'] },
  secondFactor: bool,
});
const issuedSchema = obj({
  user: userSchema,
  credential: { type: 'string', enum: ['invitation', 'one-time'] },
  invitationUrl: strN,
  invitationExpiresAt: dateTimeN,
  oneTimePassword: strN,
});
const agencySchema = obj({ code: str, name: str, kind: str, users: int });
const areaSchema = obj({ code: str, name: str, parentCode: strN });
const tokenSchema = obj({
  id: int,
  username: str,
  name: str,
  scope: { type: 'string', enum: [...TOKEN_SCOPES] },
  createdAt: dateTime,
  expiresAt: dateTime,
  revokedAt: dateTimeN,
  status: { type: 'string', enum: ['active', 'expired', 'revoked'] },
});
const createdTokenSchema = obj({ id: int, token: { type: 'string', description: 'The secret: shown in this answer only, stored as a hash.' }, expiresAt: dateTime });

const usernameParams = { type: 'object', required: ['username'], properties: { username: { type: 'string', minLength: 1, maxLength: 100 } } } as const;
const pageQuery = { type: 'object', properties: pageQueryProperties } as const;

type PageQuery = { cursor?: string; limit?: number };

/** The address of an invitation link, on the host the caller used (as the page shows it). */
function invitationUrl(req: FastifyRequest, token: string): string {
  return `${req.protocol}://${req.host}/invitations/${token}`;
}

function userOut(u: UserListing) {
  return { username: u.username, displayName: u.displayName, role: u.role, agencyCode: u.agencyCode, agencyName: u.agencyName, disabled: u.disabled, status: u.status, secondFactor: u.secondFactor };
}

export function registerAdminApiRoutes(app: FastifyInstance): void {
  const svc = () => app.services;

  // ---------------------------------------------------------------- users
  app.get<{ Querystring: PageQuery }>(
    '/api/v1/users',
    {
      config: { access },
      schema: { summary: "The partnership's users, by username, a page at a time.", tags, querystring: pageQuery, response: { 200: pageSchema('users', userSchema), ...problems } },
    },
    async (req) => {
      const page = pageOfSorted(await svc().access.listUsers(req.actor!), req.query, (u) => [u.username]);
      return { users: page.items.map(userOut), next: page.next };
    },
  );

  app.get<{ Params: { username: string } }>(
    '/api/v1/users/:username',
    { config: { access }, schema: { summary: 'One user: role, agency, status and whether a second factor is set up.', tags, params: usernameParams, response: { 200: userSchema, ...problems } } },
    async (req) => userOut(await svc().access.getUser(req.actor!, req.params.username)),
  );

  app.post<{ Body: { username: string; displayName: string; email?: string | null; role: Role; agency: string; credential?: 'invitation' | 'one-time' } }>(
    '/api/v1/users',
    {
      config: { access },
      schema: {
        summary: 'Adds a user, who sets a password through an invitation link (the default) or signs in once with a one-time password. The link or password is in this answer only.',
        tags,
        body: {
          type: 'object',
          required: ['username', 'displayName', 'role', 'agency'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', minLength: 1, maxLength: 100 },
            displayName: { type: 'string' },
            email: { type: ['string', 'null'] },
            role,
            agency: { type: 'string', description: "The code of the user's agency." },
            credential: { type: 'string', enum: ['invitation', 'one-time'], default: 'invitation' },
          },
        },
        response: { 201: issuedSchema, ...problems },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const credential = b.credential ?? 'invitation';
      const username = b.username.trim();
      const issued: IssuedCredential = await svc().access.addUser(req.actor!, { username, displayName: b.displayName, email: b.email ?? null, role: b.role, agencyCode: b.agency, credential });
      const user = await svc().access.getUser(req.actor!, username);
      reply.code(201).header('location', `/api/v1/users/${encodeURIComponent(username)}`);
      return {
        user: userOut(user),
        credential,
        invitationUrl: issued.invitationToken ? invitationUrl(req, issued.invitationToken) : null,
        invitationExpiresAt: issued.invitationExpiresAt?.toISOString() ?? null,
        oneTimePassword: issued.oneTimePassword ?? null,
      };
    },
  );

  app.patch<{ Params: { username: string }; Body: { role?: Role; agency?: string; disabled?: boolean } }>(
    '/api/v1/users/:username',
    {
      config: { access },
      schema: {
        summary: "Changes a user's role or agency (each kept when absent), or disables them (`disabled: true`: their sessions and tokens stop at once). A disabled user is not enabled again.",
        tags,
        params: usernameParams,
        body: { type: 'object', additionalProperties: false, minProperties: 1, properties: { role, agency: { type: 'string' }, disabled: { type: 'boolean' } } },
        response: { 200: userSchema, ...problems },
      },
    },
    async (req) => userOut(await svc().access.updateUser(req.actor!, req.params.username, { role: req.body.role, agencyCode: req.body.agency, disabled: req.body.disabled })),
  );

  app.post<{ Params: { username: string }; Body: { credential?: 'invitation' | 'one-time' } }>(
    '/api/v1/users/:username/password-reset',
    {
      config: { access },
      schema: {
        summary: "Resets a user's password: a reset link (the default) or a one-time password, in this answer only. The old password stops working and their sessions end at once.",
        tags,
        params: usernameParams,
        body: { type: 'object', additionalProperties: false, properties: { credential: { type: 'string', enum: ['invitation', 'one-time'], default: 'invitation' } } },
        response: { 200: issuedSchema, ...problems },
      },
    },
    async (req) => {
      const credential = req.body?.credential ?? 'invitation';
      const issued = await svc().access.resetPassword(req.actor!, req.params.username, credential);
      const user = await svc().access.getUser(req.actor!, req.params.username);
      return {
        user: userOut(user),
        credential,
        invitationUrl: issued.invitationToken ? invitationUrl(req, issued.invitationToken) : null,
        invitationExpiresAt: issued.invitationExpiresAt?.toISOString() ?? null,
        oneTimePassword: issued.oneTimePassword ?? null,
      };
    },
  );

  app.post<{ Params: { username: string } }>(
    '/api/v1/users/:username/second-factor-reset',
    {
      config: { access },
      schema: {
        summary: "Resets a user's second factor: they set it up again at their next sign-in.",
        tags,
        params: usernameParams,
        response: { 204: { description: 'Reset.', type: 'null' }, ...problems },
      },
    },
    async (req, reply) => {
      await svc().access.resetSecondFactor(req.actor!, req.params.username);
      return reply.code(204).send();
    },
  );

  // ---------------------------------------------------------------- agencies and areas
  app.get<{ Querystring: PageQuery }>(
    '/api/v1/agencies',
    { config: { access }, schema: { summary: "The partnership's agencies, by code, with how many users each has.", tags, querystring: pageQuery, response: { 200: pageSchema('agencies', agencySchema), ...problems } } },
    async (req) => {
      const rows = (await svc().partnerships.agencies(req.actor!)).map((a) => ({ code: a.code, name: a.name, kind: a.kind, users: Number(a.users) }));
      const page = pageOfSorted(rows, req.query, (a) => [a.code]);
      return { agencies: page.items, next: page.next };
    },
  );

  app.post<{ Body: { code: string; name: string; kind: string } }>(
    '/api/v1/agencies',
    {
      config: { access },
      schema: {
        summary: 'Adds an agency to the partnership.',
        tags,
        body: { type: 'object', required: ['code', 'name', 'kind'], additionalProperties: false, properties: { code: str, name: str, kind: str } },
        response: { 201: agencySchema, ...problems },
      },
    },
    async (req, reply) => {
      await svc().partnerships.addAgency(req.actor!, req.body);
      const made = (await svc().partnerships.agencies(req.actor!)).find((a) => a.code === req.body.code.trim().toUpperCase() || a.code === req.body.code.trim())!;
      reply.code(201);
      return { code: made.code, name: made.name, kind: made.kind, users: Number(made.users) };
    },
  );

  app.get<{ Querystring: PageQuery }>(
    '/api/v1/areas',
    { config: { access }, schema: { summary: "The partnership's areas, by code, with each one's parent.", tags, querystring: pageQuery, response: { 200: pageSchema('areas', areaSchema), ...problems } } },
    async (req) => {
      const page = pageOfSorted(await svc().partnerships.areas(req.actor!), req.query, (a) => [a.code]);
      return { areas: page.items, next: page.next };
    },
  );

  app.post<{ Body: { code: string; name: string; parentCode?: string | null } }>(
    '/api/v1/areas',
    {
      config: { access },
      schema: {
        summary: 'Adds an area (a ward, a district) to the partnership, within a parent area when named.',
        tags,
        body: { type: 'object', required: ['code', 'name'], additionalProperties: false, properties: { code: str, name: str, parentCode: strN } },
        response: { 201: areaSchema, ...problems },
      },
    },
    async (req, reply) => {
      await svc().partnerships.addArea(req.actor!, { code: req.body.code, name: req.body.name, parentCode: req.body.parentCode || undefined });
      const code = req.body.code.trim();
      const made = (await svc().partnerships.areas(req.actor!)).find((a) => a.code === code || a.code === code.toUpperCase())!;
      reply.code(201);
      return made;
    },
  );

  // ---------------------------------------------------------------- API tokens
  app.get<{ Querystring: PageQuery }>(
    '/api/v1/tokens',
    { config: { access }, schema: { summary: "The partnership's API tokens, newest first (never the secrets).", tags, querystring: pageQuery, response: { 200: pageSchema('tokens', tokenSchema), ...problems } } },
    async (req) => {
      const page = pageOfSorted(await svc().access.listTokens(req.actor!), req.query, (t) => [t.id]);
      return {
        tokens: page.items.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), expiresAt: t.expiresAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null })),
        next: page.next,
      };
    },
  );

  app.post<{ Body: { username: string; name: string; scope?: 'read' | 'role'; expiresInDays?: number } }>(
    '/api/v1/tokens',
    {
      config: { access },
      schema: {
        summary: "Creates an API token for a user: scope 'read' (GET only, the default) or 'role' (whatever the user's role may do), expiring in 90 days unless said. The secret is in this answer only.",
        tags,
        body: {
          type: 'object',
          required: ['username', 'name'],
          additionalProperties: false,
          properties: { username: str, name: str, scope: { type: 'string', enum: [...TOKEN_SCOPES] }, expiresInDays: { type: 'integer', minimum: 1, maximum: MAX_TOKEN_DAYS } },
        },
        response: { 201: createdTokenSchema, ...problems },
      },
    },
    async (req, reply) => {
      const made = await svc().access.createToken(req.actor!, req.body);
      reply.code(201).header('cache-control', 'no-store');
      return { id: made.id, token: made.token, expiresAt: made.expiresAt.toISOString() };
    },
  );

  app.delete<{ Params: { id: number } }>(
    '/api/v1/tokens/:id',
    {
      config: { access },
      schema: {
        summary: 'Revokes a token at once. Revoking a revoked token changes nothing.',
        tags,
        params: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
        response: { 204: { description: 'Revoked.', type: 'null' }, ...problems },
      },
    },
    async (req, reply) => {
      await svc().access.revokeToken(req.actor!, req.params.id);
      return reply.code(204).send();
    },
  );
}
