// The web app and JSON API: one ordered pipeline of small set-up steps, read
// top to bottom as a request meets them. Every route states who may use it;
// a route that states nothing cannot be registered (fail closed).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import cookie from '@fastify/cookie';
import staticFiles from '@fastify/static';
import view from '@fastify/view';
import swagger from '@fastify/swagger';
import rateLimit from '@fastify/rate-limit';
import nunjucks from 'nunjucks';
import type { Database } from '../db/database.js';
import type { Config } from '../config.js';
import { createServices, type Services } from '../services.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import type { Actor } from '../access/actor.js';
import type { SessionActor } from '../access/sessions.js';
import type { ApiTokenScope } from '../db/schema.js';
import { can, type Permission } from '../access/permissions.js';
import type { Role } from '../glossary.js';
import { applicationCss, govukDist, here, mojRoot } from './assets.js';
import { formatDate } from './html.js';
import { csrfTokenMatches, preSessionCsrf } from './csrf.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { navigationFor } from './navigation.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerHomeRoutes } from './routes/home.js';
import { registerPeopleRoutes } from './routes/people.js';
import { registerConsentRoutes } from './routes/consent.js';
import { registerSchemeRoutes } from './routes/schemes.js';
import { registerPerformanceRoutes } from './routes/performance.js';
import { registerSelectionRoutes } from './routes/selection.js';
import { registerPanelRoutes } from './routes/panel.js';
import { registerApiRoutes } from './routes/api.js';
import { registerRetentionApiRoutes } from './routes/api-retention.js';
import { registerPerformanceExtraApiRoutes } from './routes/api-performance-extra.js';
import { registerRetentionRoutes } from './routes/retention.js';
import { registerImportRoutes } from './routes/imports.js';
import { ENROLMENT_PATH } from './routes/auth.js';
import { registerOidcRoutes } from './routes/oidc.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerAccountRoutes } from './routes/account.js';
import { registerRestrictionRoutes } from './routes/restrictions.js';
import { registerAgreementRoutes } from './routes/agreements.js';
import { registerCaseRoutes } from './routes/cases.js';
import { registerAppointmentRoutes } from './routes/appointments.js';
import { registerAlertRoutes } from './routes/alerts.js';
import { registerRiskRoutes } from './routes/risk.js';
import { registerDrrRoutes } from './routes/drr.js';
import { registerExportRoutes } from './routes/exports.js';
import { registerReportRoutes } from './routes/reports.js';
import { databaseRateLimitStore, rateLimitKey } from './rate-limit.js';
import { API_PREFIX, problemComponent, isDocumentedApiRoute, normaliseApiRoute, OPENAPI_TAGS, representationEtag, etagMatches } from './api-schemas.js';
import { withRepresentation } from './etag.js';
// issue 17: the API door onto schemes, selection, the panel, performance, imports and data quality
import { registerSchemeApiRoutes } from './routes/api-schemes.js';
import { registerSelectionApiRoutes } from './routes/api-selection.js';
import { registerPanelApiRoutes } from './routes/api-panel.js';
import { registerPerformanceApiRoutes } from './routes/api-performance.js';
import { registerImportApiRoutes } from './routes/api-imports.js';
import { registerDataApiRoutes } from './routes/api-data.js';
// issue 17: administration and the remaining capabilities
import { registerAdminApiRoutes } from './routes/api-admin.js';
import { registerSchemeEditApiRoutes } from './routes/api-schemes-edit.js';
import { registerMiscApiRoutes } from './routes/api-misc.js';
import { inputErrorOfDatabase, refuseNulIn } from '../errors.js';
import { apiProblem, SECOND_FACTOR_NEEDED, CSRF_REFUSED, errorPage, FORBIDDEN, isDatabaseUnavailable, loggerOptions, schemaErrorMessage, NOT_FOUND, PROBLEM_JSON, serverErrorLog, UNAUTHENTICATED, type ErrorPage } from './errors.js';

/**
 * Who may use a route: anyone, anyone holding the secret link the route's
 * address carries ('link': an invitation, which the route checks itself),
 * any signed-in user, or holders of a permission.
 */
export type Access = 'public' | 'link' | 'signed-in' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * 'in-handler': the route reads a multipart body and checks the CSRF token
     * itself (with csrfTokenMatches) before it stores anything.
     */
    csrf?: 'in-handler';
    /**
     * The route may answer the session that started an import in this process
     * without reading the session from the database, which the import holds
     * on the embedded engine (import progress only).
     */
    duringImport?: boolean;
    /**
     * The route answers a signed-in user who must enrol a second factor and
     * has not yet (enrolment itself, signing out). Every other route sends them to enrolment.
     */
    beforeSecondFactor?: boolean;
    /**
     * A POST that only reads (the form giving the reason to open a restricted
     * record): a refusal is worded as a page the user cannot see, not as a
     * refused change.
     */
    readOnlyPost?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the actor came from a session cookie (so CSRF applies). */
    session: SessionActor | null;
    /** Set when the actor came from an API token: its scope. */
    tokenScope: ApiTokenScope | null;
  }
  interface FastifyReply {
    render(template: string, data?: Record<string, unknown>): Promise<FastifyReply>;
  }
  interface FastifyInstance {
    deps: AppDeps;
    /** Every service, from the composition root (src/services.ts). */
    services: Services;
    routeTable: { method: string; url: string; access: Access }[];
    /**
     * Resolves when no request is being handled, or after `ms`, with how many
     * still are. For shutdown, after close(): see setUpHandlersSettled.
     */
    handlersSettled(ms: number): Promise<number>;
  }
}

export interface AppDeps {
  database: Database;
  config: Config;
  /** Wall time; defaults to the system clock. */
  clock?: Clock;
  /** Where log lines go (default: standard output); tests read them here. */
  logStream?: NodeJS.WritableStream;
  /** The services, when the caller has built them already (the serve command); otherwise built here. */
  services?: Services;
}

/** Fastify's trustProxy for the setting: none, the first n hops, or the listed addresses and ranges. */
function trustedProxies(setting: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (setting === false) return false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether a request asks for a change (a form's submission), so that a refusal is worded as a refused change. */
function isChange(req: FastifyRequest): boolean {
  return STATE_CHANGING.has(req.method) && !req.routeOptions.config?.readOnlyPost;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // Server errors only by default; a line per request from WAYMARK_LOG_LEVEL=info (route patterns, never addresses).
    logger: loggerOptions(deps.config.logLevel, deps.logStream),
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    // The client's address (throttling, the audit log) comes from X-Forwarded-For
    // only through the proxies WAYMARK_TRUST_PROXY names; by default none.
    trustProxy: trustedProxies(deps.config.trustProxy),
    // OpenAPI 3.1 schemas write a nullable value as a type union: type: ['string', 'null'].
    ajv: { customOptions: { allowUnionTypes: true } },
    // A request that fails its schema says why, a list's values included (errors.ts).
    schemaErrorFormatter: schemaErrorMessage,
  });
  app.decorate('deps', deps);
  app.decorate('services', deps.services ?? createServices({ database: deps.database, config: deps.config, clock: deps.clock ?? systemClock }));
  app.decorate('routeTable', []);

  setUpHandlersSettled(app);
  setUpRouteAccessCheck(app);
  setUpApiContract(app);
  setUpServerTiming(app);
  await setUpSecurityHeaders(app);
  await setUpBodyParsing(app);
  await setUpStaticAssets(app);
  await setUpViews(app);
  await setUpOpenApi(app);
  setUpFirstRunNotice(app);
  setUpAuthentication(app);
  setUpAuthorisation(app);
  setUpCsrf(app);
  setUpInputChecks(app);
  await setUpRateLimits(app);
  setUpEtags(app);

  registerAuthRoutes(app);
  registerOidcRoutes(app);
  registerHomeRoutes(app);
  registerPeopleRoutes(app);
  registerConsentRoutes(app);
  registerSchemeRoutes(app);
  registerPerformanceRoutes(app);
  registerSelectionRoutes(app);
  registerPanelRoutes(app);
  registerApiRoutes(app);
  registerRetentionApiRoutes(app);
  registerPerformanceExtraApiRoutes(app);
  registerImportRoutes(app);
  registerAdminRoutes(app);
  registerRetentionRoutes(app);
  registerAccountRoutes(app);
  registerRestrictionRoutes(app);
  registerAgreementRoutes(app);
  registerCaseRoutes(app);
  registerAppointmentRoutes(app);
  registerAlertRoutes(app);
  registerRiskRoutes(app);
  registerExportRoutes(app);
  registerDrrRoutes(app);
  registerReportRoutes(app);
  // issue 17: the API door onto schemes, selection, the panel, performance, imports and data quality
  registerSchemeApiRoutes(app);
  registerSelectionApiRoutes(app);
  registerPanelApiRoutes(app);
  registerPerformanceApiRoutes(app);
  registerImportApiRoutes(app);
  registerDataApiRoutes(app);
  // issue 17: administration and the remaining capabilities
  registerAdminApiRoutes(app);
  registerSchemeEditApiRoutes(app);
  registerMiscApiRoutes(app);
  registerHealthRoute(app);

  setUpNotFound(app);
  setUpErrors(app);
  return app;
}

function setUpRouteAccessCheck(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    // Static files (registered by @fastify/static, which takes no route config) are public.
    if (route.url.startsWith('/assets/') && !(route.config as any)?.access) route.config = { ...(route.config ?? {}), access: 'public' } as any;
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} does not say who may use it (config.access).`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, access });
  });
}

/**
 * Counts the requests being handled, from onRequest to onSend, so that a
 * shutdown can wait for them before it closes the database. close() alone
 * does not: it waits for the connections, and a request whose client has gone
 * has none, though its handler runs on (it would then meet a closed database
 * and log a server error, or stop between two writes). onSend runs once the
 * handler has answered or failed, whether or not anyone is still listening.
 */
function setUpHandlersSettled(app: FastifyInstance): void {
  const handling = new Set<FastifyRequest>();
  /** Those waiting for handling to empty. */
  const waiting = new Set<() => void>();
  app.decorate('handlersSettled', (ms: number) => {
    if (handling.size === 0) return Promise.resolve(0);
    return new Promise<number>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiting.delete(done);
        resolve(handling.size);
      };
      const timer = setTimeout(done, ms);
      waiting.add(done);
    });
  });
  // Callback hooks: they add no turn of the event loop to a request.
  app.addHook('onRequest', (req, _reply, done) => {
    handling.add(req);
    done();
  });
  app.addHook('onSend', (req, _reply, payload, done) => {
    if (handling.delete(req) && handling.size === 0) for (const settled of [...waiting]) settled();
    done(null, payload);
  });
}

/**
 * Every answer says how long the server took over it, from the request's
 * arrival to the answer ready to send (Server-Timing, as browsers' developer
 * tools show it; the person-page benchmark reads it). Milliseconds only.
 */
function setUpServerTiming(app: FastifyInstance): void {
  // A callback hook, not an async one: it adds no turn of the event loop
  // before the answer is written.
  app.addHook('onSend', (_req, reply, payload, done) => {
    reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(2)}`);
    done(null, payload);
  });
}

async function setUpSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: app.deps.config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: app.deps.config.secureCookies ? undefined : false,
    referrerPolicy: { policy: 'same-origin' },
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    // Personal data must not linger in shared caches or browser history.
    if (!req.url.startsWith('/assets/')) reply.header('cache-control', 'no-store');
  });
}

async function setUpBodyParsing(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  // Multipart bodies are parsed only by routes that stream them (the upload
  // page); elsewhere a multipart body has no fields, so its CSRF check fails.
  await app.register(multipart, { limits: { fileSize: app.deps.config.uploadLimitBytes, files: 1, fields: 10, fieldSize: 4096 } });
}

async function setUpStaticAssets(app: FastifyInstance): Promise<void> {
  const css = await applicationCss();
  app.get('/assets/application.css', { config: { access: 'public' } }, async (_req, reply) => {
    return reply.header('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8').send(css);
  });
  await app.register(staticFiles, {
    root: path.join(govukDist(), 'govuk', 'assets'),
    prefix: '/assets/govuk/',
    maxAge: '1h',
  } as any);
  await app.register(staticFiles, {
    root: path.join(mojRoot(), 'moj', 'assets'),
    prefix: '/assets/moj/',
    decorateReply: false,
    maxAge: '1h',
  } as any);
  const jsFiles: Record<string, string> = {
    'govuk-frontend.min.js': path.join(govukDist(), 'govuk', 'govuk-frontend.min.js'),
    'moj-frontend.min.js': path.join(mojRoot(), 'moj', 'moj-frontend.min.js'),
    'init.js': path.join(here, 'public', 'js', 'init.js'),
    'import-progress.js': path.join(here, 'public', 'js', 'import-progress.js'),
  };
  app.get<{ Params: { file: string } }>('/assets/js/:file', { config: { access: 'public' } }, async (req, reply) => {
    const file = jsFiles[req.params.file];
    if (!file) return reply.code(404).type('text/plain').send('Not found');
    reply.header('cache-control', 'public, max-age=3600').type('text/javascript; charset=utf-8');
    return reply.send(fs.createReadStream(file));
  });
  app.get('/assets/waymark.svg', { config: { access: 'public' } }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=3600').type('image/svg+xml');
    return reply.send(fs.createReadStream(path.join(here, 'public', 'waymark.svg')));
  });
}

async function setUpViews(app: FastifyInstance): Promise<void> {
  await app.register(view, {
    engine: { nunjucks },
    templates: [path.join(here, 'views'), govukDist(), mojRoot()],
    options: {
      autoescape: true,
      onConfigure: (env: nunjucks.Environment) => {
        // The MoJ timeline formats its dates with a mojDate filter; ours gives
        // "1 March 2009" from an ISO date, with no time-zone shift.
        env.addFilter('mojDate', (iso: string) => formatDate(iso));
        env.addFilter('formatDate', (iso: string) => formatDate(iso));
        // The sign-in page's single sign-on button, when a provider is set up.
        env.addGlobal('oidcLabel', app.services.access.oidcLabel());
        // Whether the signed-in user may export a list (macros/export-links.njk).
        env.addGlobal('mayExport', (actor: { role?: string } | undefined, kind: string) => Boolean(actor?.role) && app.services.exports.mayExport(actor as { role: Role }, kind));
      },
    },
    production: app.deps.config.production,
  });
  app.decorateReply('render', async function (this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    const req = this.request;
    const session = req.session;
    const html = await this.viewAsync(template, {
      ...data,
      actor: session,
      csrfToken: session?.csrfToken ?? data.csrfToken,
      cspNonce: (this as any).cspNonce?.script,
      partnershipName: session?.partnershipName,
      navigation: session ? navigationFor(session, req.url) : [],
    });
    return this.type('text/html; charset=utf-8').send(html);
  });
}

async function setUpOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Waymark API',
        version: '1',
        license: { name: 'MIT', identifier: 'MIT' },
        description: [
          'The JSON API of Waymark. Every call is authorised and audited like the web pages. Authenticate with a session cookie or `Authorization: Bearer <token>` (create a token with `waymark token create` or under Administration). A token is read-only (GET and HEAD) unless created with the `role` scope, and expires (90 days unless chosen otherwise).',
          '',
          'Errors are RFC 9457 problem details (`application/problem+json`) naming the field, file or row at fault. Lists are paged with `?cursor=&limit=` and answer `{ <items>: [...], next }`. Every resource is sent with an `ETag`; send it back in `If-None-Match` for a 304, or in `If-Match` on an edit (optional; a stale one gets 412). Calls are limited per token (see the `RateLimit-*` headers; 429 with `Retry-After` past the limit).',
        ].join('\n'),
      },
      servers: [{ url: '/', description: 'This Waymark installation' }],
      tags: OPENAPI_TAGS,
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    // Shared schemas keep their names as components (Problem), not def-0.
    refResolver: { buildLocalReference: (json: { $id?: string }, _base: unknown, _fragment: string, i: number) => json.$id ?? `def-${i}` },
    transform: ({ schema, url, route }: { schema: any; url: string; route: { config?: { access?: Access } } }) => ({
      schema: isDocumentedApiRoute(url, schema) ? (route.config?.access === 'public' ? { ...schema, security: [] } : schema) : { ...schema, hide: true },
      url,
    }),
  } as any);
}

/**
 * Every /api/v1 route's schema, made complete before the OpenAPI document
 * sees it: error answers as problem details (application/problem+json),
 * the refusals the pipeline can give any route (401, 403, 429, 500...), a
 * 304 for GETs (ETags), 412/413/415 for edits, and an operationId.
 */
function setUpApiContract(app: FastifyInstance): void {
  app.addSchema(problemComponent);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    normaliseApiRoute(route as any);
  });
}

/**
 * Per-caller limits on /api/v1 (WAYMARK_API_RATE_LIMIT), counted in the
 * database so that every app node shares them. Runs after authentication,
 * so a token's calls count against the token. A 429 is problem details
 * (through the error handler) with Retry-After and the RateLimit headers.
 */
async function setUpRateLimits(app: FastifyInstance): Promise<void> {
  const { max, windowMs } = app.deps.config.apiRateLimit;
  await app.register(rateLimit, {
    global: true,
    max,
    timeWindow: windowMs,
    store: databaseRateLimitStore(app.deps.database.db, app.deps.clock ?? systemClock) as any,
    keyGenerator: rateLimitKey,
    // Only the API; and not an import's progress, answered while the import holds the embedded database.
    allowList: (req: FastifyRequest) => !req.url.startsWith(API_PREFIX) || req.routeOptions.config?.duringImport === true,
    enableDraftSpec: true,
    errorResponseBuilder: (_req: FastifyRequest, ctx: { statusCode: number; after: string; max: number }) =>
      Object.assign(new Error(`Too many calls: this token may make ${ctx.max} calls to the API in ${windowWords(windowMs)}. Try again in ${ctx.after}.`), { statusCode: ctx.statusCode }),
  });
}

function windowWords(ms: number): string {
  if (ms === 1000) return 'a second';
  if (ms === 60_000) return 'a minute';
  if (ms === 3_600_000) return 'an hour';
  return `${Math.round(ms / 1000)} seconds`;
}

/**
 * Every JSON resource the API GETs carries a strong ETag: the route's own
 * version (set with sendEtag) with a hash of the body after it, or else the
 * hash alone. The hash is there because a representation holds more than
 * its version counts: a case's notes and actions, figures that move with the
 * data, what this reader may see. A matching If-None-Match gets 304 and no
 * body; If-Match on an edit reads the version alone (expectedVersion).
 */
function setUpEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || reply.statusCode !== 200 || !req.url.startsWith(API_PREFIX)) return payload;
    if (typeof payload !== 'string' || !String(reply.getHeader('content-type') ?? '').includes('json')) return payload;
    const version = reply.getHeader('etag') as string | undefined;
    const etag = version ? withRepresentation(version, payload) : representationEtag(payload);
    reply.header('etag', etag);
    if (etagMatches(req.headers['if-none-match'], etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}

/**
 * Until the installation has a partnership (a production start on an empty
 * database), every page says how to set one up; the health check and the API
 * answer as usual. Once a partnership exists it is not asked again.
 */
function setUpFirstRunNotice(app: FastifyInstance): void {
  let setUp = false;
  app.addHook('onRequest', async (req, reply) => {
    if (setUp || req.method !== 'GET' || req.url.startsWith('/assets/') || wantsJson(req) || req.routeOptions.config?.duringImport) return;
    if ((await app.services.partnerships.list()).length > 0) {
      setUp = true;
      return;
    }
    reply.code(503);
    return reply.render('setup-needed.njk', { title: 'Waymark is not set up yet' });
  });
}

function setUpAuthentication(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('tokenScope', null);
  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/assets/')) return;
    const { access, imports } = app.services;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      const tokenActor = await access.apiTokenActor(auth.slice(7).trim());
      if (tokenActor) {
        const { tokenScope, ...actor } = tokenActor;
        req.actor = actor;
        req.tokenScope = tokenScope;
      }
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token && req.routeOptions.config?.duringImport) {
      const importing = imports.actorOfImportingSession(token);
      if (importing) {
        req.session = importing as SessionActor;
        req.actor = importing;
        return;
      }
    }
    if (token) {
      const s = await access.sessionActor(token);
      if (s) {
        req.session = s;
        req.actor = s;
      }
    }
  });
}

function wantsJson(req: FastifyRequest): boolean {
  return req.url.startsWith('/api/') || req.url === '/health';
}

/** An API call's error answer: problem details, whatever step refused it. */
function sendProblem(req: FastifyRequest, reply: FastifyReply, page: ErrorPage, error?: unknown): FastifyReply {
  return reply.code(page.status).type(PROBLEM_JSON).send(apiProblem(page, req.url, error));
}

function setUpAuthorisation(app: FastifyInstance): void {
  // Before the body or query is even validated: a stranger learns nothing.
  app.addHook('onRequest', async (req, reply) => {
    const access = req.routeOptions.config?.access;
    if (access === 'public' || access === 'link') return;
    if (!req.actor) {
      if (wantsJson(req)) return sendProblem(req, reply, UNAUTHENTICATED);
      const returnTo = req.method === 'GET' ? `?returnTo=${encodeURIComponent(req.url)}` : '';
      return reply.redirect(`/sign-in${returnTo}`, 303);
    }
    if (refusedByTokenScope(req)) return sendProblem(req, reply, READ_ONLY_TOKEN);
    if (mustChangePasswordFirst(req, reply)) return reply;
    // Until a user who must have a second factor has one, only enrolment and signing out answer.
    if (req.session?.mustEnrol && !req.routeOptions.config?.beforeSecondFactor) {
      if (wantsJson(req)) return sendProblem(req, reply, SECOND_FACTOR_NEEDED);
      return reply.redirect(ENROLMENT_PATH, 303);
    }
    if (access === 'signed-in') return;
    // No route at this address: the not-found handler answers a signed-in
    // user (404, or for the API 405 naming the methods it answers). A signed-out
    // visitor was sent to sign in above, as for a real page, so learns nothing.
    if (!access) return;
    if (!can(req.actor, access)) {
      if (wantsJson(req)) return sendProblem(req, reply, FORBIDDEN);
      reply.code(403);
      return isChange(req)
        ? reply.render('error.njk', { title: 'You cannot make this change', message: 'Your role does not allow this change.' })
        : reply.render('error.njk', { title: 'You cannot see this page', message: 'Your role does not give access to this page.' });
    }
  });
}

/** A read-only API token may only read: GET and HEAD. */
function refusedByTokenScope(req: FastifyRequest): boolean {
  return req.tokenScope === 'read' && req.method !== 'GET' && req.method !== 'HEAD';
}

const READ_ONLY_TOKEN: ErrorPage = { ...FORBIDDEN, message: 'This API token is read-only: it may only GET and HEAD. Ask an administrator for a token with the role scope.' };

/** Where a user given a one-time password must go before any other page. */
export const CHANGE_PASSWORD_PATH = '/account/password';

/**
 * A user signed in with a one-time password sees only "change your password"
 * (and may sign out) until they have chosen their own. Returns true when it
 * redirected.
 */
function mustChangePasswordFirst(req: FastifyRequest, reply: FastifyReply): boolean {
  const session = req.session;
  if (!session) return false;
  // An import's progress is answered without the database, which the import holds (embedded).
  if (req.routeOptions.config?.duringImport) return false;
  const path = req.url.split('?')[0];
  if (path === CHANGE_PASSWORD_PATH || path === '/sign-out') return false;
  // Read with the session (sessionActor), so it costs no query of its own.
  if (!session.mustChangePassword) return false;
  if (wantsJson(req)) {
    sendProblem(req, reply, { ...FORBIDDEN, message: 'Change your one-time password first.' });
    return true;
  }
  reply.redirect(CHANGE_PASSWORD_PATH, 303);
  return true;
}

function setUpCsrf(app: FastifyInstance): void {
  // Unauthenticated forms (sign in) use a double-submit cookie; signed-in forms
  // use the token bound to the session. Bearer-token API calls carry no cookie.
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/assets/')) preSessionCsrf(req, reply);
  });
  app.addHook('preHandler', async (req, reply) => {
    if (!STATE_CHANGING.has(req.method)) return;
    if (req.actor && !req.session) return; // bearer token
    if (req.routeOptions.config?.csrf === 'in-handler' && req.session && req.isMultipart()) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const sent = typeof body._csrf === 'string' ? body._csrf : undefined;
    if (!csrfTokenMatches(req, sent)) {
      if (wantsJson(req)) return sendProblem(req, reply, CSRF_REFUSED);
      reply.code(403);
      return reply.render('error.njk', { title: 'The form had expired', message: 'Go back, reload the page and try again.' });
    }
  });
}

/**
 * Input that cannot be stored is refused before any route reads it: a string
 * holding a NUL character (U+0000), in the query, the route's parameters or a
 * parsed form or JSON body, is a 400 naming the field (the page, or problem
 * details), never a database error. Runs once the body is parsed, before the
 * schema is checked.
 */
function setUpInputChecks(app: FastifyInstance): void {
  app.addHook('preValidation', (req, _reply, done) => {
    try {
      refuseNulIn(req.params, '');
      refuseNulIn(req.query, '');
      if (!req.isMultipart()) refuseNulIn(req.body, '');
      done();
    } catch (e) {
      done(e as Error);
    }
  });
}

function registerHealthRoute(app: FastifyInstance): void {
  app.get('/health', { config: { access: 'public' } }, async (_req, reply) => {
    try {
      await app.services.access.checkDatabase();
      return { status: 'ok', database: app.deps.database.engine };
    } catch {
      return reply.code(503).send({ status: 'unavailable', message: 'The database cannot be reached.' });
    }
  });
}

function setUpNotFound(app: FastifyInstance): void {
  app.setNotFoundHandler(async (req, reply) => {
    // Unknown addresses look the same as protected ones to a stranger.
    if (!req.actor) {
      if (wantsJson(req)) return sendProblem(req, reply, UNAUTHENTICATED);
      return reply.redirect('/sign-in', 303);
    }
    if (wantsJson(req)) {
      const allowed = methodsAt(app, req.url.split('?')[0]!);
      if (allowed.length > 0) {
        reply.header('allow', allowed.join(', '));
        return sendProblem(req, reply, { status: 405, code: 'method_not_allowed', title: 'Method not allowed', message: `${req.method} is not allowed here: this address answers ${allowed.join(', ')}.` });
      }
      return sendProblem(req, reply, NOT_FOUND);
    }
    reply.code(404);
    return reply.render('error.njk', { title: 'Page not found', message: 'Check the address, or go back to the home page.' });
  });
}

/** The methods the routes at a concrete path answer (for 405 and its Allow header). */
function methodsAt(app: FastifyInstance, path: string): string[] {
  const methods = new Set<string>();
  for (const r of app.routeTable) {
    const pattern = new RegExp(`^${r.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}$`);
    if (pattern.test(path)) methods.add(r.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

function setUpErrors(app: FastifyInstance): void {
  app.setErrorHandler(async (raised: any, req, reply) => {
    // A database refusal of the input (a NUL character that got past the checks) is bad input, not a fault.
    const error = inputErrorOfDatabase(raised) ?? raised;
    const page = errorPage(error, { change: isChange(req), door: wantsJson(req) ? 'api' : 'web' });
    if (isDatabaseUnavailable(error)) reply.header('retry-after', '10');
    if (page.status >= 500) {
      const line = serverErrorLog(error, req, page.status);
      if (isDatabaseUnavailable(error)) req.log.warn(line, 'database unavailable');
      else req.log.error(line, 'server error');
    }
    if (wantsJson(req)) return sendProblem(req, reply, page, error);
    reply.code(page.status);
    return reply.render('error.njk', { title: page.title, message: page.message });
  });
}
