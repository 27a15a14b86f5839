// API tokens (SPEC 3.8): bearer tokens for the JSON API, stored only as their
// SHA-256. Each has a scope ('read': GET and HEAD only, the default; 'role':
// whatever its user's role may do) and an expiry (90 days unless said). A
// token stops working at once when it expires, is revoked, or its user is
// disabled. Creating and revoking one are audited.
import { systemClock, type Clock } from '../calendar/clock.js';
import type { Kysely } from 'kysely';
import type { ApiTokenScope, DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import { appendAudit } from './audit.js';
import { requirePermission } from './permissions.js';
import { randomToken, sha256 } from './tokens.js';
import { InvalidInputError, NotFoundError } from '../errors.js';

export const TOKEN_SCOPES: readonly ApiTokenScope[] = ['read', 'role'];
export const DEFAULT_TOKEN_DAYS = 90;
/** The longest a token may live: a year. */
export const MAX_TOKEN_DAYS = 366;

/** The actor an API token acts as, with the token's scope. */
export interface ApiTokenActor extends Actor {
  userId: number;
  tokenScope: ApiTokenScope;
}

export interface NewApiToken {
  scope?: ApiTokenScope;
  /** Days until it expires (default 90). */
  expiresInDays?: number;
  createdBy?: string;
}

/** Stores a new token for a user and returns it (the only time it is seen). Not audited: createUserToken is the audited door. */
export async function createApiToken(db: Kysely<DB>, userId: number, name: string, opts: NewApiToken = {}, clock: Clock = systemClock): Promise<string> {
  const token = `wm_${randomToken()}`;
  const days = opts.expiresInDays ?? DEFAULT_TOKEN_DAYS;
  await db
    .insertInto('api_tokens')
    .values({
      user_id: userId,
      name,
      token_hash: sha256(token),
      scope: opts.scope ?? 'read',
      expires_at: new Date(clock.now().getTime() + days * 86_400_000),
      created_by_label: opts.createdBy ?? null,
    })
    .execute();
  return token;
}

/** The user a bearer token acts for, or null when it is unknown, expired, revoked or its user disabled. */
export async function apiTokenActor(db: Kysely<DB>, token: string, clock: Clock = systemClock): Promise<ApiTokenActor | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.id as user_id', 'users.partnership_id', 'users.role', 'users.username', 'agencies.kind as agency_kind', 'users.agency_id', 'api_tokens.scope', 'api_tokens.expires_at'])
    .where('api_tokens.token_hash', '=', sha256(token))
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  if (!row || new Date(row.expires_at).getTime() <= clock.now().getTime()) return null;
  return { userId: row.user_id, partnershipId: row.partnership_id, role: row.role, agencyKind: row.agency_kind, agencyId: row.agency_id, label: `${row.username} (api)`, tokenScope: row.scope };
}

export interface TokenRequest {
  username: string;
  name: string;
  scope?: ApiTokenScope;
  expiresInDays?: number;
}

function checkTokenRequest(input: TokenRequest): void {
  if (!input.name.trim()) throw new InvalidInputError('Say what the token is for (its name).', { field: 'name' });
  if (input.scope !== undefined && !TOKEN_SCOPES.includes(input.scope)) throw new InvalidInputError(`The scope must be read or role, not "${input.scope}".`, { field: 'scope' });
  const days = input.expiresInDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)) {
    throw new InvalidInputError(`The expiry must be a whole number of days from 1 to ${MAX_TOKEN_DAYS}.`, { field: 'expiresIn' });
  }
}

/** Creates an API token for a user of the actor's partnership, audited; the token is returned once and stored only as a hash. */
export async function createUserToken(db: Kysely<DB>, actor: Actor, input: TokenRequest, clock: Clock = systemClock): Promise<{ id: number; token: string; expiresAt: Date }> {
  requirePermission(actor, 'admin:users');
  checkTokenRequest(input);
  const u = await db.selectFrom('users').select(['id', 'disabled']).where('username', '=', input.username).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
  if (!u) throw new NotFoundError(`No user ${input.username} in this partnership.`, { field: 'user' });
  if (u.disabled) throw new InvalidInputError(`The user ${input.username} is disabled.`, { field: 'user' });
  const token = `wm_${randomToken()}`;
  const scope = input.scope ?? 'read';
  const days = input.expiresInDays ?? DEFAULT_TOKEN_DAYS;
  const expiresAt = new Date(clock.now().getTime() + days * 86_400_000);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_tokens')
      .values({ user_id: u.id, name: input.name.trim(), token_hash: sha256(token), scope, expires_at: expiresAt, created_by_label: actor.label })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'collection', what: `API token ${row.id} created for ${input.username}`, details: { token: row.id, user: input.username, name: input.name.trim(), scope, expiresAt: expiresAt.toISOString() } }, clock);
    return row.id;
  });
  return { id, token, expiresAt };
}

export interface TokenListing {
  id: number;
  username: string;
  name: string;
  scope: ApiTokenScope;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  /** 'active', 'expired' or 'revoked'. */
  status: 'active' | 'expired' | 'revoked';
}

/** The partnership's API tokens, newest first (never the tokens themselves). */
export async function listTokens(db: Kysely<DB>, actor: Actor, clock: Clock = systemClock): Promise<TokenListing[]> {
  requirePermission(actor, 'admin:users');
  const rows = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id', 'users.username', 'api_tokens.name', 'api_tokens.scope', 'api_tokens.created_at', 'api_tokens.expires_at', 'api_tokens.revoked_at'])
    .where('users.partnership_id', '=', actor.partnershipId)
    .orderBy('api_tokens.id', 'desc')
    .execute();
  const now = clock.now().getTime();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    name: r.name,
    scope: r.scope,
    createdAt: new Date(r.created_at),
    expiresAt: new Date(r.expires_at),
    revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
    status: r.revoked_at ? 'revoked' : new Date(r.expires_at).getTime() <= now ? 'expired' : 'active',
  }));
}

/** Revokes a token of the partnership at once, audited. Revoking a revoked token changes nothing. */
export async function revokeToken(db: Kysely<DB>, actor: Actor, id: number, clock: Clock = systemClock): Promise<{ alreadyRevoked: boolean }> {
  requirePermission(actor, 'admin:users');
  if (!Number.isInteger(id))
    throw new InvalidInputError('A token is named by its number.', { field: 'id' }, {
      web: 'The tokens and their numbers are listed under Administration > API tokens (/admin/tokens).',
      api: 'GET /api/v1/tokens lists the tokens and their numbers.',
      cli: '`waymark token list` lists the tokens and their numbers.',
    });
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id', 'api_tokens.revoked_at', 'users.username'])
    .where('api_tokens.id', '=', id)
    .where('users.partnership_id', '=', actor.partnershipId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`No API token ${id} in this partnership.`, { field: 'id' });
  if (row.revoked_at) return { alreadyRevoked: true };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('api_tokens').set({ revoked_at: clock.now() }).where('id', '=', id).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: `API token ${id} of ${row.username} revoked`, details: { token: id, user: row.username } }, clock);
  });
  return { alreadyRevoked: false };
}
