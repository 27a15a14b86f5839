import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import Fastify from "fastify";
import helmet from "@fastify/helmet";
import formbody from "@fastify/formbody";
import multipart from "@fastify/multipart";
import cookie from "@fastify/cookie";
import staticFiles from "@fastify/static";
import view from "@fastify/view";
import swagger from "@fastify/swagger";
import rateLimit from "@fastify/rate-limit";
import nunjucks from "nunjucks";
import { createServices } from "../services.js";
import { systemClock } from "../calendar/clock.js";
import { can } from "../access/permissions.js";
import { applicationCss, govukDist, here, mojRoot } from "./assets.js";
import { formatDate } from "./html.js";
import { csrfTokenMatches, preSessionCsrf } from "./csrf.js";
import { SESSION_COOKIE } from "./session-cookie.js";
import { navigationFor } from "./navigation.js";
import { registerAuthRoutes } from "./routes/auth.js";
import { registerHomeRoutes } from "./routes/home.js";
import { registerPeopleRoutes } from "./routes/people.js";
import { registerConsentRoutes } from "./routes/consent.js";
import { registerSchemeRoutes } from "./routes/schemes.js";
import { registerPerformanceRoutes } from "./routes/performance.js";
import { registerSelectionRoutes } from "./routes/selection.js";
import { registerPanelRoutes } from "./routes/panel.js";
import { registerApiRoutes } from "./routes/api.js";
import { registerRetentionApiRoutes } from "./routes/api-retention.js";
import { registerPerformanceExtraApiRoutes } from "./routes/api-performance-extra.js";
import { registerRetentionRoutes } from "./routes/retention.js";
import { registerImportRoutes } from "./routes/imports.js";
import { ENROLMENT_PATH } from "./routes/auth.js";
import { registerOidcRoutes } from "./routes/oidc.js";
import { registerAdminRoutes } from "./routes/admin.js";
import { registerAccountRoutes } from "./routes/account.js";
import { registerRestrictionRoutes } from "./routes/restrictions.js";
import { registerAgreementRoutes } from "./routes/agreements.js";
import { registerCaseRoutes } from "./routes/cases.js";
import { registerAppointmentRoutes } from "./routes/appointments.js";
import { registerAlertRoutes } from "./routes/alerts.js";
import { registerRiskRoutes } from "./routes/risk.js";
import { registerDrrRoutes } from "./routes/drr.js";
import { registerExportRoutes } from "./routes/exports.js";
import { registerReportRoutes } from "./routes/reports.js";
import { databaseRateLimitStore, rateLimitKey } from "./rate-limit.js";
import { API_PREFIX, problemComponent, isDocumentedApiRoute, normaliseApiRoute, OPENAPI_TAGS, representationEtag, etagMatches } from "./api-schemas.js";
import { registerSchemeApiRoutes } from "./routes/api-schemes.js";
import { registerSelectionApiRoutes } from "./routes/api-selection.js";
import { registerPanelApiRoutes } from "./routes/api-panel.js";
import { registerPerformanceApiRoutes } from "./routes/api-performance.js";
import { registerImportApiRoutes } from "./routes/api-imports.js";
import { registerDataApiRoutes } from "./routes/api-data.js";
import { registerAdminApiRoutes } from "./routes/api-admin.js";
import { registerSchemeEditApiRoutes } from "./routes/api-schemes-edit.js";
import { registerMiscApiRoutes } from "./routes/api-misc.js";
import { apiProblem, SECOND_FACTOR_NEEDED, CSRF_REFUSED, errorPage, FORBIDDEN, isDatabaseUnavailable, loggerOptions, NOT_FOUND, PROBLEM_JSON, serverErrorLog, UNAUTHENTICATED } from "./errors.js";
function trustedProxies(setting) {
  if (setting === false) return false;
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return setting;
}
const STATE_CHANGING = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH", "DELETE"]);
async function buildApp(deps) {
  const app = Fastify({
    // Server errors only by default; a line per request from WAYMARK_LOG_LEVEL=info (route patterns, never addresses).
    logger: loggerOptions(deps.config.logLevel, deps.logStream),
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    // The client's address (throttling, the audit log) comes from X-Forwarded-For
    // only through the proxies WAYMARK_TRUST_PROXY names; by default none.
    trustProxy: trustedProxies(deps.config.trustProxy),
    // OpenAPI 3.1 schemas write a nullable value as a type union: type: ['string', 'null'].
    ajv: { customOptions: { allowUnionTypes: true } }
  });
  app.decorate("deps", deps);
  app.decorate("services", deps.services ?? createServices({ database: deps.database, config: deps.config, clock: deps.clock ?? systemClock }));
  app.decorate("routeTable", []);
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
  registerSchemeApiRoutes(app);
  registerSelectionApiRoutes(app);
  registerPanelApiRoutes(app);
  registerPerformanceApiRoutes(app);
  registerImportApiRoutes(app);
  registerDataApiRoutes(app);
  registerAdminApiRoutes(app);
  registerSchemeEditApiRoutes(app);
  registerMiscApiRoutes(app);
  registerHealthRoute(app);
  setUpNotFound(app);
  setUpErrors(app);
  return app;
}
function setUpRouteAccessCheck(app) {
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/assets/") && !route.config?.access) route.config = { ...route.config ?? {}, access: "public" };
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} does not say who may use it (config.access).`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== "HEAD") app.routeTable.push({ method, url: route.url, access });
  });
}
function setUpServerTiming(app) {
  app.addHook("onSend", (_req, reply, payload, done) => {
    reply.header("server-timing", `app;dur=${reply.elapsedTime.toFixed(2)}`);
    done(null, payload);
  });
}
async function setUpSecurityHeaders(app) {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: app.deps.config.secureCookies ? [] : null
      }
    },
    strictTransportSecurity: app.deps.config.secureCookies ? void 0 : false,
    referrerPolicy: { policy: "same-origin" }
  });
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
    if (!req.url.startsWith("/assets/")) reply.header("cache-control", "no-store");
  });
}
async function setUpBodyParsing(app) {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(multipart, { limits: { fileSize: app.deps.config.uploadLimitBytes, files: 1, fields: 10, fieldSize: 4096 } });
}
async function setUpStaticAssets(app) {
  const css = await applicationCss();
  app.get("/assets/application.css", { config: { access: "public" } }, async (_req, reply) => {
    return reply.header("cache-control", "public, max-age=3600").type("text/css; charset=utf-8").send(css);
  });
  await app.register(staticFiles, {
    root: path.join(govukDist(), "govuk", "assets"),
    prefix: "/assets/govuk/",
    maxAge: "1h"
  });
  await app.register(staticFiles, {
    root: path.join(mojRoot(), "moj", "assets"),
    prefix: "/assets/moj/",
    decorateReply: false,
    maxAge: "1h"
  });
  const jsFiles = {
    "govuk-frontend.min.js": path.join(govukDist(), "govuk", "govuk-frontend.min.js"),
    "moj-frontend.min.js": path.join(mojRoot(), "moj", "moj-frontend.min.js"),
    "init.js": path.join(here, "public", "js", "init.js"),
    "import-progress.js": path.join(here, "public", "js", "import-progress.js")
  };
  app.get("/assets/js/:file", { config: { access: "public" } }, async (req, reply) => {
    const file = jsFiles[req.params.file];
    if (!file) return reply.code(404).type("text/plain").send("Not found");
    reply.header("cache-control", "public, max-age=3600").type("text/javascript; charset=utf-8");
    return reply.send(fs.createReadStream(file));
  });
  app.get("/assets/waymark.svg", { config: { access: "public" } }, async (_req, reply) => {
    reply.header("cache-control", "public, max-age=3600").type("image/svg+xml");
    return reply.send(fs.createReadStream(path.join(here, "public", "waymark.svg")));
  });
}
async function setUpViews(app) {
  await app.register(view, {
    engine: { nunjucks },
    templates: [path.join(here, "views"), govukDist(), mojRoot()],
    options: {
      autoescape: true,
      onConfigure: (env) => {
        env.addFilter("mojDate", (iso) => formatDate(iso));
        env.addFilter("formatDate", (iso) => formatDate(iso));
        env.addGlobal("oidcLabel", app.services.access.oidcLabel());
        env.addGlobal("mayExport", (actor, kind) => Boolean(actor?.role) && app.services.exports.mayExport(actor, kind));
      }
    },
    production: app.deps.config.production
  });
  app.decorateReply("render", async function(template, data = {}) {
    const req = this.request;
    const session = req.session;
    const html = await this.viewAsync(template, {
      ...data,
      actor: session,
      csrfToken: session?.csrfToken ?? data.csrfToken,
      cspNonce: this.cspNonce?.script,
      partnershipName: session?.partnershipName,
      navigation: session ? navigationFor(session, req.url) : []
    });
    return this.type("text/html; charset=utf-8").send(html);
  });
}
async function setUpOpenApi(app) {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Waymark API",
        version: "1",
        license: { name: "MIT", identifier: "MIT" },
        description: [
          "The JSON API of Waymark. Every call is authorised and audited like the web pages. Authenticate with a session cookie or `Authorization: Bearer <token>` (create a token with `waymark token create` or under Administration). A token is read-only (GET and HEAD) unless created with the `role` scope, and expires (90 days unless chosen otherwise).",
          "",
          "Errors are RFC 9457 problem details (`application/problem+json`) naming the field, file or row at fault. Lists are paged with `?cursor=&limit=` and answer `{ <items>: [...], next }`. Every resource is sent with an `ETag`; send it back in `If-None-Match` for a 304, or in `If-Match` on an edit (optional; a stale one gets 412). Calls are limited per token (see the `RateLimit-*` headers; 429 with `Retry-After` past the limit)."
        ].join("\n")
      },
      servers: [{ url: "/", description: "This Waymark installation" }],
      tags: OPENAPI_TAGS,
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }]
    },
    // Shared schemas keep their names as components (Problem), not def-0.
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => json.$id ?? `def-${i}` },
    transform: ({ schema, url, route }) => ({
      schema: isDocumentedApiRoute(url, schema) ? route.config?.access === "public" ? { ...schema, security: [] } : schema : { ...schema, hide: true },
      url
    })
  });
}
function setUpApiContract(app) {
  app.addSchema(problemComponent);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    normaliseApiRoute(route);
  });
}
async function setUpRateLimits(app) {
  const { max, windowMs } = app.deps.config.apiRateLimit;
  await app.register(rateLimit, {
    global: true,
    max,
    timeWindow: windowMs,
    store: databaseRateLimitStore(app.deps.database.db, app.deps.clock ?? systemClock),
    keyGenerator: rateLimitKey,
    // Only the API; and not an import's progress, answered while the import holds the embedded database.
    allowList: (req) => !req.url.startsWith(API_PREFIX) || req.routeOptions.config?.duringImport === true,
    enableDraftSpec: true,
    errorResponseBuilder: (_req, ctx) => Object.assign(new Error(`Too many calls: this token may make ${ctx.max} calls to the API in ${windowWords(windowMs)}. Try again in ${ctx.after}.`), { statusCode: ctx.statusCode })
  });
}
function windowWords(ms) {
  if (ms === 1e3) return "a second";
  if (ms === 6e4) return "a minute";
  if (ms === 36e5) return "an hour";
  return `${Math.round(ms / 1e3)} seconds`;
}
function setUpEtags(app) {
  app.addHook("onSend", async (req, reply, payload) => {
    if (req.method !== "GET" && req.method !== "HEAD" || reply.statusCode !== 200 || !req.url.startsWith(API_PREFIX)) return payload;
    if (typeof payload !== "string" || !String(reply.getHeader("content-type") ?? "").includes("json")) return payload;
    let etag = reply.getHeader("etag");
    if (!etag) {
      etag = representationEtag(payload);
      reply.header("etag", etag);
    }
    if (etagMatches(req.headers["if-none-match"], etag)) {
      reply.code(304);
      return "";
    }
    return payload;
  });
}
function setUpFirstRunNotice(app) {
  let setUp = false;
  app.addHook("onRequest", async (req, reply) => {
    if (setUp || req.method !== "GET" || req.url.startsWith("/assets/") || wantsJson(req) || req.routeOptions.config?.duringImport) return;
    if ((await app.services.partnerships.list()).length > 0) {
      setUp = true;
      return;
    }
    reply.code(503);
    return reply.render("setup-needed.njk", { title: "Waymark is not set up yet" });
  });
}
function setUpAuthentication(app) {
  app.decorateRequest("actor", null);
  app.decorateRequest("session", null);
  app.decorateRequest("tokenScope", null);
  app.addHook("onRequest", async (req) => {
    if (req.url.startsWith("/assets/")) return;
    const { access, imports } = app.services;
    const auth = req.headers.authorization;
    if (auth?.startsWith("Bearer ")) {
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
        req.session = importing;
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
function wantsJson(req) {
  return req.url.startsWith("/api/") || req.url === "/health";
}
function sendProblem(req, reply, page, error) {
  return reply.code(page.status).type(PROBLEM_JSON).send(apiProblem(page, req.url, error));
}
function setUpAuthorisation(app) {
  app.addHook("onRequest", async (req, reply) => {
    const access = req.routeOptions.config?.access;
    if (access === "public" || access === "link") return;
    if (!req.actor) {
      if (wantsJson(req)) return sendProblem(req, reply, UNAUTHENTICATED);
      const returnTo = req.method === "GET" ? `?returnTo=${encodeURIComponent(req.url)}` : "";
      return reply.redirect(`/sign-in${returnTo}`, 303);
    }
    if (refusedByTokenScope(req)) return sendProblem(req, reply, READ_ONLY_TOKEN);
    if (await mustChangePasswordFirst(app, req, reply)) return reply;
    if (req.session?.mustEnrol && !req.routeOptions.config?.beforeSecondFactor) {
      if (wantsJson(req)) return sendProblem(req, reply, SECOND_FACTOR_NEEDED);
      return reply.redirect(ENROLMENT_PATH, 303);
    }
    if (access === "signed-in") return;
    if (!access && wantsJson(req)) return;
    if (!access || !can(req.actor, access)) {
      if (wantsJson(req)) return sendProblem(req, reply, FORBIDDEN);
      reply.code(403);
      return reply.render("error.njk", { title: "You cannot see this page", message: "Your role does not give access to this page." });
    }
  });
}
function refusedByTokenScope(req) {
  return req.tokenScope === "read" && req.method !== "GET" && req.method !== "HEAD";
}
const READ_ONLY_TOKEN = { ...FORBIDDEN, message: "This API token is read-only: it may only GET and HEAD. Ask an administrator for a token with the role scope." };
const CHANGE_PASSWORD_PATH = "/account/password";
async function mustChangePasswordFirst(app, req, reply) {
  const session = req.session;
  if (!session) return false;
  if (req.routeOptions.config?.duringImport) return false;
  const path2 = req.url.split("?")[0];
  if (path2 === CHANGE_PASSWORD_PATH || path2 === "/sign-out") return false;
  if (!await app.services.access.passwordChangeRequired(session.userId)) return false;
  if (wantsJson(req)) {
    sendProblem(req, reply, { ...FORBIDDEN, message: "Change your one-time password first." });
    return true;
  }
  reply.redirect(CHANGE_PASSWORD_PATH, 303);
  return true;
}
function setUpCsrf(app) {
  app.addHook("onRequest", async (req, reply) => {
    if (req.method === "GET" && !req.url.startsWith("/assets/")) preSessionCsrf(req, reply);
  });
  app.addHook("preHandler", async (req, reply) => {
    if (!STATE_CHANGING.has(req.method)) return;
    if (req.actor && !req.session) return;
    if (req.routeOptions.config?.csrf === "in-handler" && req.session && req.isMultipart()) return;
    const body = req.body ?? {};
    const sent = typeof body._csrf === "string" ? body._csrf : void 0;
    if (!csrfTokenMatches(req, sent)) {
      if (wantsJson(req)) return sendProblem(req, reply, CSRF_REFUSED);
      reply.code(403);
      return reply.render("error.njk", { title: "The form had expired", message: "Go back, reload the page and try again." });
    }
  });
}
function registerHealthRoute(app) {
  app.get("/health", { config: { access: "public" } }, async (_req, reply) => {
    try {
      await app.services.access.checkDatabase();
      return { status: "ok", database: app.deps.database.engine };
    } catch {
      return reply.code(503).send({ status: "unavailable", message: "The database cannot be reached." });
    }
  });
}
function setUpNotFound(app) {
  app.setNotFoundHandler(async (req, reply) => {
    if (!req.actor) {
      if (wantsJson(req)) return sendProblem(req, reply, UNAUTHENTICATED);
      return reply.redirect("/sign-in", 303);
    }
    if (wantsJson(req)) {
      const allowed = methodsAt(app, req.url.split("?")[0]);
      if (allowed.length > 0) {
        reply.header("allow", allowed.join(", "));
        return sendProblem(req, reply, { status: 405, code: "method_not_allowed", title: "Method not allowed", message: `${req.method} is not allowed here: this address answers ${allowed.join(", ")}.` });
      }
      return sendProblem(req, reply, NOT_FOUND);
    }
    reply.code(404);
    return reply.render("error.njk", { title: "Page not found", message: "Check the address, or go back to the home page." });
  });
}
function methodsAt(app, path2) {
  const methods = /* @__PURE__ */ new Set();
  for (const r of app.routeTable) {
    const pattern = new RegExp(`^${r.url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:[^/]+/g, "[^/]+")}$`);
    if (pattern.test(path2)) methods.add(r.method);
  }
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort();
}
function setUpErrors(app) {
  app.setErrorHandler(async (error, req, reply) => {
    const page = errorPage(error);
    if (isDatabaseUnavailable(error)) reply.header("retry-after", "10");
    if (page.status >= 500) {
      const line = serverErrorLog(error, req, page.status);
      if (isDatabaseUnavailable(error)) req.log.warn(line, "database unavailable");
      else req.log.error(line, "server error");
    }
    if (wantsJson(req)) return sendProblem(req, reply, page, error);
    reply.code(page.status);
    return reply.render("error.njk", { title: page.title, message: page.message });
  });
}
export {
  CHANGE_PASSWORD_PATH,
  buildApp
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3dlYi9hcHAudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSB3ZWIgYXBwIGFuZCBKU09OIEFQSTogb25lIG9yZGVyZWQgcGlwZWxpbmUgb2Ygc21hbGwgc2V0LXVwIHN0ZXBzLCByZWFkXG4vLyB0b3AgdG8gYm90dG9tIGFzIGEgcmVxdWVzdCBtZWV0cyB0aGVtLiBFdmVyeSByb3V0ZSBzdGF0ZXMgd2hvIG1heSB1c2UgaXQ7XG4vLyBhIHJvdXRlIHRoYXQgc3RhdGVzIG5vdGhpbmcgY2Fubm90IGJlIHJlZ2lzdGVyZWQgKGZhaWwgY2xvc2VkKS5cbmltcG9ydCBmcyBmcm9tICdub2RlOmZzJztcbmltcG9ydCBwYXRoIGZyb20gJ25vZGU6cGF0aCc7XG5pbXBvcnQgY3J5cHRvIGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCBGYXN0aWZ5LCB7IHR5cGUgRmFzdGlmeUluc3RhbmNlLCB0eXBlIEZhc3RpZnlSZXBseSwgdHlwZSBGYXN0aWZ5UmVxdWVzdCB9IGZyb20gJ2Zhc3RpZnknO1xuaW1wb3J0IGhlbG1ldCBmcm9tICdAZmFzdGlmeS9oZWxtZXQnO1xuaW1wb3J0IGZvcm1ib2R5IGZyb20gJ0BmYXN0aWZ5L2Zvcm1ib2R5JztcbmltcG9ydCBtdWx0aXBhcnQgZnJvbSAnQGZhc3RpZnkvbXVsdGlwYXJ0JztcbmltcG9ydCBjb29raWUgZnJvbSAnQGZhc3RpZnkvY29va2llJztcbmltcG9ydCBzdGF0aWNGaWxlcyBmcm9tICdAZmFzdGlmeS9zdGF0aWMnO1xuaW1wb3J0IHZpZXcgZnJvbSAnQGZhc3RpZnkvdmlldyc7XG5pbXBvcnQgc3dhZ2dlciBmcm9tICdAZmFzdGlmeS9zd2FnZ2VyJztcbmltcG9ydCByYXRlTGltaXQgZnJvbSAnQGZhc3RpZnkvcmF0ZS1saW1pdCc7XG5pbXBvcnQgbnVuanVja3MgZnJvbSAnbnVuanVja3MnO1xuaW1wb3J0IHR5cGUgeyBEYXRhYmFzZSB9IGZyb20gJy4uL2RiL2RhdGFiYXNlLmpzJztcbmltcG9ydCB0eXBlIHsgQ29uZmlnIH0gZnJvbSAnLi4vY29uZmlnLmpzJztcbmltcG9ydCB7IGNyZWF0ZVNlcnZpY2VzLCB0eXBlIFNlcnZpY2VzIH0gZnJvbSAnLi4vc2VydmljZXMuanMnO1xuaW1wb3J0IHsgc3lzdGVtQ2xvY2ssIHR5cGUgQ2xvY2sgfSBmcm9tICcuLi9jYWxlbmRhci9jbG9jay5qcyc7XG5pbXBvcnQgdHlwZSB7IEFjdG9yIH0gZnJvbSAnLi4vYWNjZXNzL2FjdG9yLmpzJztcbmltcG9ydCB0eXBlIHsgU2Vzc2lvbkFjdG9yIH0gZnJvbSAnLi4vYWNjZXNzL3Nlc3Npb25zLmpzJztcbmltcG9ydCB0eXBlIHsgQXBpVG9rZW5TY29wZSB9IGZyb20gJy4uL2RiL3NjaGVtYS5qcyc7XG5pbXBvcnQgeyBjYW4sIHR5cGUgUGVybWlzc2lvbiB9IGZyb20gJy4uL2FjY2Vzcy9wZXJtaXNzaW9ucy5qcyc7XG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuLi9nbG9zc2FyeS5qcyc7XG5pbXBvcnQgeyBhcHBsaWNhdGlvbkNzcywgZ292dWtEaXN0LCBoZXJlLCBtb2pSb290IH0gZnJvbSAnLi9hc3NldHMuanMnO1xuaW1wb3J0IHsgZm9ybWF0RGF0ZSB9IGZyb20gJy4vaHRtbC5qcyc7XG5pbXBvcnQgeyBjc3JmVG9rZW5NYXRjaGVzLCBwcmVTZXNzaW9uQ3NyZiB9IGZyb20gJy4vY3NyZi5qcyc7XG5pbXBvcnQgeyBTRVNTSU9OX0NPT0tJRSB9IGZyb20gJy4vc2Vzc2lvbi1jb29raWUuanMnO1xuaW1wb3J0IHsgbmF2aWdhdGlvbkZvciB9IGZyb20gJy4vbmF2aWdhdGlvbi5qcyc7XG5pbXBvcnQgeyByZWdpc3RlckF1dGhSb3V0ZXMgfSBmcm9tICcuL3JvdXRlcy9hdXRoLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVySG9tZVJvdXRlcyB9IGZyb20gJy4vcm91dGVzL2hvbWUuanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJQZW9wbGVSb3V0ZXMgfSBmcm9tICcuL3JvdXRlcy9wZW9wbGUuanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJDb25zZW50Um91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvY29uc2VudC5qcyc7XG5pbXBvcnQgeyByZWdpc3RlclNjaGVtZVJvdXRlcyB9IGZyb20gJy4vcm91dGVzL3NjaGVtZXMuanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJQZXJmb3JtYW5jZVJvdXRlcyB9IGZyb20gJy4vcm91dGVzL3BlcmZvcm1hbmNlLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVyU2VsZWN0aW9uUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvc2VsZWN0aW9uLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVyUGFuZWxSb3V0ZXMgfSBmcm9tICcuL3JvdXRlcy9wYW5lbC5qcyc7XG5pbXBvcnQgeyByZWdpc3RlckFwaVJvdXRlcyB9IGZyb20gJy4vcm91dGVzL2FwaS5qcyc7XG5pbXBvcnQgeyByZWdpc3RlclJldGVudGlvbkFwaVJvdXRlcyB9IGZyb20gJy4vcm91dGVzL2FwaS1yZXRlbnRpb24uanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJQZXJmb3JtYW5jZUV4dHJhQXBpUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvYXBpLXBlcmZvcm1hbmNlLWV4dHJhLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVyUmV0ZW50aW9uUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvcmV0ZW50aW9uLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVySW1wb3J0Um91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvaW1wb3J0cy5qcyc7XG5pbXBvcnQgeyBFTlJPTE1FTlRfUEFUSCB9IGZyb20gJy4vcm91dGVzL2F1dGguanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJPaWRjUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvb2lkYy5qcyc7XG5pbXBvcnQgeyByZWdpc3RlckFkbWluUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvYWRtaW4uanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJBY2NvdW50Um91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvYWNjb3VudC5qcyc7XG5pbXBvcnQgeyByZWdpc3RlclJlc3RyaWN0aW9uUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvcmVzdHJpY3Rpb25zLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVyQWdyZWVtZW50Um91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvYWdyZWVtZW50cy5qcyc7XG5pbXBvcnQgeyByZWdpc3RlckNhc2VSb3V0ZXMgfSBmcm9tICcuL3JvdXRlcy9jYXNlcy5qcyc7XG5pbXBvcnQgeyByZWdpc3RlckFwcG9pbnRtZW50Um91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvYXBwb2ludG1lbnRzLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVyQWxlcnRSb3V0ZXMgfSBmcm9tICcuL3JvdXRlcy9hbGVydHMuanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJSaXNrUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvcmlzay5qcyc7XG5pbXBvcnQgeyByZWdpc3RlckRyclJvdXRlcyB9IGZyb20gJy4vcm91dGVzL2Ryci5qcyc7XG5pbXBvcnQgeyByZWdpc3RlckV4cG9ydFJvdXRlcyB9IGZyb20gJy4vcm91dGVzL2V4cG9ydHMuanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJSZXBvcnRSb3V0ZXMgfSBmcm9tICcuL3JvdXRlcy9yZXBvcnRzLmpzJztcbmltcG9ydCB7IGRhdGFiYXNlUmF0ZUxpbWl0U3RvcmUsIHJhdGVMaW1pdEtleSB9IGZyb20gJy4vcmF0ZS1saW1pdC5qcyc7XG5pbXBvcnQgeyBBUElfUFJFRklYLCBwcm9ibGVtQ29tcG9uZW50LCBpc0RvY3VtZW50ZWRBcGlSb3V0ZSwgbm9ybWFsaXNlQXBpUm91dGUsIE9QRU5BUElfVEFHUywgcmVwcmVzZW50YXRpb25FdGFnLCBldGFnTWF0Y2hlcyB9IGZyb20gJy4vYXBpLXNjaGVtYXMuanMnO1xuLy8gaXNzdWUgMTc6IHRoZSBBUEkgZG9vciBvbnRvIHNjaGVtZXMsIHNlbGVjdGlvbiwgdGhlIHBhbmVsLCBwZXJmb3JtYW5jZSwgaW1wb3J0cyBhbmQgZGF0YSBxdWFsaXR5XG5pbXBvcnQgeyByZWdpc3RlclNjaGVtZUFwaVJvdXRlcyB9IGZyb20gJy4vcm91dGVzL2FwaS1zY2hlbWVzLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVyU2VsZWN0aW9uQXBpUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvYXBpLXNlbGVjdGlvbi5qcyc7XG5pbXBvcnQgeyByZWdpc3RlclBhbmVsQXBpUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvYXBpLXBhbmVsLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVyUGVyZm9ybWFuY2VBcGlSb3V0ZXMgfSBmcm9tICcuL3JvdXRlcy9hcGktcGVyZm9ybWFuY2UuanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJJbXBvcnRBcGlSb3V0ZXMgfSBmcm9tICcuL3JvdXRlcy9hcGktaW1wb3J0cy5qcyc7XG5pbXBvcnQgeyByZWdpc3RlckRhdGFBcGlSb3V0ZXMgfSBmcm9tICcuL3JvdXRlcy9hcGktZGF0YS5qcyc7XG4vLyBpc3N1ZSAxNzogYWRtaW5pc3RyYXRpb24gYW5kIHRoZSByZW1haW5pbmcgY2FwYWJpbGl0aWVzXG5pbXBvcnQgeyByZWdpc3RlckFkbWluQXBpUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvYXBpLWFkbWluLmpzJztcbmltcG9ydCB7IHJlZ2lzdGVyU2NoZW1lRWRpdEFwaVJvdXRlcyB9IGZyb20gJy4vcm91dGVzL2FwaS1zY2hlbWVzLWVkaXQuanMnO1xuaW1wb3J0IHsgcmVnaXN0ZXJNaXNjQXBpUm91dGVzIH0gZnJvbSAnLi9yb3V0ZXMvYXBpLW1pc2MuanMnO1xuaW1wb3J0IHsgYXBpUHJvYmxlbSwgU0VDT05EX0ZBQ1RPUl9ORUVERUQsIENTUkZfUkVGVVNFRCwgZXJyb3JQYWdlLCBGT1JCSURERU4sIGlzRGF0YWJhc2VVbmF2YWlsYWJsZSwgbG9nZ2VyT3B0aW9ucywgTk9UX0ZPVU5ELCBQUk9CTEVNX0pTT04sIHNlcnZlckVycm9yTG9nLCBVTkFVVEhFTlRJQ0FURUQsIHR5cGUgRXJyb3JQYWdlIH0gZnJvbSAnLi9lcnJvcnMuanMnO1xuXG4vKipcbiAqIFdobyBtYXkgdXNlIGEgcm91dGU6IGFueW9uZSwgYW55b25lIGhvbGRpbmcgdGhlIHNlY3JldCBsaW5rIHRoZSByb3V0ZSdzXG4gKiBhZGRyZXNzIGNhcnJpZXMgKCdsaW5rJzogYW4gaW52aXRhdGlvbiwgd2hpY2ggdGhlIHJvdXRlIGNoZWNrcyBpdHNlbGYpLFxuICogYW55IHNpZ25lZC1pbiB1c2VyLCBvciBob2xkZXJzIG9mIGEgcGVybWlzc2lvbi5cbiAqL1xuZXhwb3J0IHR5cGUgQWNjZXNzID0gJ3B1YmxpYycgfCAnbGluaycgfCAnc2lnbmVkLWluJyB8IFBlcm1pc3Npb247XG5cbmRlY2xhcmUgbW9kdWxlICdmYXN0aWZ5JyB7XG4gIGludGVyZmFjZSBGYXN0aWZ5Q29udGV4dENvbmZpZyB7XG4gICAgYWNjZXNzPzogQWNjZXNzO1xuICAgIC8qKlxuICAgICAqICdpbi1oYW5kbGVyJzogdGhlIHJvdXRlIHJlYWRzIGEgbXVsdGlwYXJ0IGJvZHkgYW5kIGNoZWNrcyB0aGUgQ1NSRiB0b2tlblxuICAgICAqIGl0c2VsZiAod2l0aCBjc3JmVG9rZW5NYXRjaGVzKSBiZWZvcmUgaXQgc3RvcmVzIGFueXRoaW5nLlxuICAgICAqL1xuICAgIGNzcmY/OiAnaW4taGFuZGxlcic7XG4gICAgLyoqXG4gICAgICogVGhlIHJvdXRlIG1heSBhbnN3ZXIgdGhlIHNlc3Npb24gdGhhdCBzdGFydGVkIGFuIGltcG9ydCBpbiB0aGlzIHByb2Nlc3NcbiAgICAgKiB3aXRob3V0IHJlYWRpbmcgdGhlIHNlc3Npb24gZnJvbSB0aGUgZGF0YWJhc2UsIHdoaWNoIHRoZSBpbXBvcnQgaG9sZHNcbiAgICAgKiBvbiB0aGUgZW1iZWRkZWQgZW5naW5lIChpbXBvcnQgcHJvZ3Jlc3Mgb25seSkuXG4gICAgICovXG4gICAgZHVyaW5nSW1wb3J0PzogYm9vbGVhbjtcbiAgICAvKipcbiAgICAgKiBUaGUgcm91dGUgYW5zd2VycyBhIHNpZ25lZC1pbiB1c2VyIHdobyBtdXN0IGVucm9sIGEgc2Vjb25kIGZhY3RvciBhbmRcbiAgICAgKiBoYXMgbm90IHlldCAoZW5yb2xtZW50IGl0c2VsZiwgc2lnbmluZyBvdXQpLiBFdmVyeSBvdGhlciByb3V0ZSBzZW5kcyB0aGVtIHRvIGVucm9sbWVudC5cbiAgICAgKi9cbiAgICBiZWZvcmVTZWNvbmRGYWN0b3I/OiBib29sZWFuO1xuICB9XG4gIGludGVyZmFjZSBGYXN0aWZ5UmVxdWVzdCB7XG4gICAgYWN0b3I6IEFjdG9yIHwgbnVsbDtcbiAgICAvKiogU2V0IHdoZW4gdGhlIGFjdG9yIGNhbWUgZnJvbSBhIHNlc3Npb24gY29va2llIChzbyBDU1JGIGFwcGxpZXMpLiAqL1xuICAgIHNlc3Npb246IFNlc3Npb25BY3RvciB8IG51bGw7XG4gICAgLyoqIFNldCB3aGVuIHRoZSBhY3RvciBjYW1lIGZyb20gYW4gQVBJIHRva2VuOiBpdHMgc2NvcGUuICovXG4gICAgdG9rZW5TY29wZTogQXBpVG9rZW5TY29wZSB8IG51bGw7XG4gIH1cbiAgaW50ZXJmYWNlIEZhc3RpZnlSZXBseSB7XG4gICAgcmVuZGVyKHRlbXBsYXRlOiBzdHJpbmcsIGRhdGE/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IFByb21pc2U8RmFzdGlmeVJlcGx5PjtcbiAgfVxuICBpbnRlcmZhY2UgRmFzdGlmeUluc3RhbmNlIHtcbiAgICBkZXBzOiBBcHBEZXBzO1xuICAgIC8qKiBFdmVyeSBzZXJ2aWNlLCBmcm9tIHRoZSBjb21wb3NpdGlvbiByb290IChzcmMvc2VydmljZXMudHMpLiAqL1xuICAgIHNlcnZpY2VzOiBTZXJ2aWNlcztcbiAgICByb3V0ZVRhYmxlOiB7IG1ldGhvZDogc3RyaW5nOyB1cmw6IHN0cmluZzsgYWNjZXNzOiBBY2Nlc3MgfVtdO1xuICB9XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQXBwRGVwcyB7XG4gIGRhdGFiYXNlOiBEYXRhYmFzZTtcbiAgY29uZmlnOiBDb25maWc7XG4gIC8qKiBXYWxsIHRpbWU7IGRlZmF1bHRzIHRvIHRoZSBzeXN0ZW0gY2xvY2suICovXG4gIGNsb2NrPzogQ2xvY2s7XG4gIC8qKiBXaGVyZSBsb2cgbGluZXMgZ28gKGRlZmF1bHQ6IHN0YW5kYXJkIG91dHB1dCk7IHRlc3RzIHJlYWQgdGhlbSBoZXJlLiAqL1xuICBsb2dTdHJlYW0/OiBOb2RlSlMuV3JpdGFibGVTdHJlYW07XG4gIC8qKiBUaGUgc2VydmljZXMsIHdoZW4gdGhlIGNhbGxlciBoYXMgYnVpbHQgdGhlbSBhbHJlYWR5ICh0aGUgc2VydmUgY29tbWFuZCk7IG90aGVyd2lzZSBidWlsdCBoZXJlLiAqL1xuICBzZXJ2aWNlcz86IFNlcnZpY2VzO1xufVxuXG4vKiogRmFzdGlmeSdzIHRydXN0UHJveHkgZm9yIHRoZSBzZXR0aW5nOiBub25lLCB0aGUgZmlyc3QgbiBob3BzLCBvciB0aGUgbGlzdGVkIGFkZHJlc3NlcyBhbmQgcmFuZ2VzLiAqL1xuZnVuY3Rpb24gdHJ1c3RlZFByb3hpZXMoc2V0dGluZzogQ29uZmlnWyd0cnVzdFByb3h5J10pOiBib29sZWFuIHwgc3RyaW5nW10gfCAoKGFkZHJlc3M6IHN0cmluZywgaG9wOiBudW1iZXIpID0+IGJvb2xlYW4pIHtcbiAgaWYgKHNldHRpbmcgPT09IGZhbHNlKSByZXR1cm4gZmFsc2U7XG4gIGlmICh0eXBlb2Ygc2V0dGluZyA9PT0gJ251bWJlcicpIHJldHVybiAoX2FkZHJlc3MsIGhvcCkgPT4gaG9wIDwgc2V0dGluZztcbiAgcmV0dXJuIHNldHRpbmc7XG59XG5cbmNvbnN0IFNUQVRFX0NIQU5HSU5HID0gbmV3IFNldChbJ1BPU1QnLCAnUFVUJywgJ1BBVENIJywgJ0RFTEVURSddKTtcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGJ1aWxkQXBwKGRlcHM6IEFwcERlcHMpOiBQcm9taXNlPEZhc3RpZnlJbnN0YW5jZT4ge1xuICBjb25zdCBhcHAgPSBGYXN0aWZ5KHtcbiAgICAvLyBTZXJ2ZXIgZXJyb3JzIG9ubHkgYnkgZGVmYXVsdDsgYSBsaW5lIHBlciByZXF1ZXN0IGZyb20gV0FZTUFSS19MT0dfTEVWRUw9aW5mbyAocm91dGUgcGF0dGVybnMsIG5ldmVyIGFkZHJlc3NlcykuXG4gICAgbG9nZ2VyOiBsb2dnZXJPcHRpb25zKGRlcHMuY29uZmlnLmxvZ0xldmVsLCBkZXBzLmxvZ1N0cmVhbSksXG4gICAgZ2VuUmVxSWQ6ICgpID0+IGNyeXB0by5yYW5kb21VVUlEKCksXG4gICAgYm9keUxpbWl0OiAxMDI0ICogMTAyNCxcbiAgICAvLyBUaGUgY2xpZW50J3MgYWRkcmVzcyAodGhyb3R0bGluZywgdGhlIGF1ZGl0IGxvZykgY29tZXMgZnJvbSBYLUZvcndhcmRlZC1Gb3JcbiAgICAvLyBvbmx5IHRocm91Z2ggdGhlIHByb3hpZXMgV0FZTUFSS19UUlVTVF9QUk9YWSBuYW1lczsgYnkgZGVmYXVsdCBub25lLlxuICAgIHRydXN0UHJveHk6IHRydXN0ZWRQcm94aWVzKGRlcHMuY29uZmlnLnRydXN0UHJveHkpLFxuICAgIC8vIE9wZW5BUEkgMy4xIHNjaGVtYXMgd3JpdGUgYSBudWxsYWJsZSB2YWx1ZSBhcyBhIHR5cGUgdW5pb246IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXS5cbiAgICBhanY6IHsgY3VzdG9tT3B0aW9uczogeyBhbGxvd1VuaW9uVHlwZXM6IHRydWUgfSB9LFxuICB9KTtcbiAgYXBwLmRlY29yYXRlKCdkZXBzJywgZGVwcyk7XG4gIGFwcC5kZWNvcmF0ZSgnc2VydmljZXMnLCBkZXBzLnNlcnZpY2VzID8/IGNyZWF0ZVNlcnZpY2VzKHsgZGF0YWJhc2U6IGRlcHMuZGF0YWJhc2UsIGNvbmZpZzogZGVwcy5jb25maWcsIGNsb2NrOiBkZXBzLmNsb2NrID8/IHN5c3RlbUNsb2NrIH0pKTtcbiAgYXBwLmRlY29yYXRlKCdyb3V0ZVRhYmxlJywgW10pO1xuXG4gIHNldFVwUm91dGVBY2Nlc3NDaGVjayhhcHApO1xuICBzZXRVcEFwaUNvbnRyYWN0KGFwcCk7XG4gIHNldFVwU2VydmVyVGltaW5nKGFwcCk7XG4gIGF3YWl0IHNldFVwU2VjdXJpdHlIZWFkZXJzKGFwcCk7XG4gIGF3YWl0IHNldFVwQm9keVBhcnNpbmcoYXBwKTtcbiAgYXdhaXQgc2V0VXBTdGF0aWNBc3NldHMoYXBwKTtcbiAgYXdhaXQgc2V0VXBWaWV3cyhhcHApO1xuICBhd2FpdCBzZXRVcE9wZW5BcGkoYXBwKTtcbiAgc2V0VXBGaXJzdFJ1bk5vdGljZShhcHApO1xuICBzZXRVcEF1dGhlbnRpY2F0aW9uKGFwcCk7XG4gIHNldFVwQXV0aG9yaXNhdGlvbihhcHApO1xuICBzZXRVcENzcmYoYXBwKTtcbiAgYXdhaXQgc2V0VXBSYXRlTGltaXRzKGFwcCk7XG4gIHNldFVwRXRhZ3MoYXBwKTtcblxuICByZWdpc3RlckF1dGhSb3V0ZXMoYXBwKTtcbiAgcmVnaXN0ZXJPaWRjUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVySG9tZVJvdXRlcyhhcHApO1xuICByZWdpc3RlclBlb3BsZVJvdXRlcyhhcHApO1xuICByZWdpc3RlckNvbnNlbnRSb3V0ZXMoYXBwKTtcbiAgcmVnaXN0ZXJTY2hlbWVSb3V0ZXMoYXBwKTtcbiAgcmVnaXN0ZXJQZXJmb3JtYW5jZVJvdXRlcyhhcHApO1xuICByZWdpc3RlclNlbGVjdGlvblJvdXRlcyhhcHApO1xuICByZWdpc3RlclBhbmVsUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyQXBpUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyUmV0ZW50aW9uQXBpUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyUGVyZm9ybWFuY2VFeHRyYUFwaVJvdXRlcyhhcHApO1xuICByZWdpc3RlckltcG9ydFJvdXRlcyhhcHApO1xuICByZWdpc3RlckFkbWluUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyUmV0ZW50aW9uUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyQWNjb3VudFJvdXRlcyhhcHApO1xuICByZWdpc3RlclJlc3RyaWN0aW9uUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyQWdyZWVtZW50Um91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyQ2FzZVJvdXRlcyhhcHApO1xuICByZWdpc3RlckFwcG9pbnRtZW50Um91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyQWxlcnRSb3V0ZXMoYXBwKTtcbiAgcmVnaXN0ZXJSaXNrUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyRXhwb3J0Um91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyRHJyUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyUmVwb3J0Um91dGVzKGFwcCk7XG4gIC8vIGlzc3VlIDE3OiB0aGUgQVBJIGRvb3Igb250byBzY2hlbWVzLCBzZWxlY3Rpb24sIHRoZSBwYW5lbCwgcGVyZm9ybWFuY2UsIGltcG9ydHMgYW5kIGRhdGEgcXVhbGl0eVxuICByZWdpc3RlclNjaGVtZUFwaVJvdXRlcyhhcHApO1xuICByZWdpc3RlclNlbGVjdGlvbkFwaVJvdXRlcyhhcHApO1xuICByZWdpc3RlclBhbmVsQXBpUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVyUGVyZm9ybWFuY2VBcGlSb3V0ZXMoYXBwKTtcbiAgcmVnaXN0ZXJJbXBvcnRBcGlSb3V0ZXMoYXBwKTtcbiAgcmVnaXN0ZXJEYXRhQXBpUm91dGVzKGFwcCk7XG4gIC8vIGlzc3VlIDE3OiBhZG1pbmlzdHJhdGlvbiBhbmQgdGhlIHJlbWFpbmluZyBjYXBhYmlsaXRpZXNcbiAgcmVnaXN0ZXJBZG1pbkFwaVJvdXRlcyhhcHApO1xuICByZWdpc3RlclNjaGVtZUVkaXRBcGlSb3V0ZXMoYXBwKTtcbiAgcmVnaXN0ZXJNaXNjQXBpUm91dGVzKGFwcCk7XG4gIHJlZ2lzdGVySGVhbHRoUm91dGUoYXBwKTtcblxuICBzZXRVcE5vdEZvdW5kKGFwcCk7XG4gIHNldFVwRXJyb3JzKGFwcCk7XG4gIHJldHVybiBhcHA7XG59XG5cbmZ1bmN0aW9uIHNldFVwUm91dGVBY2Nlc3NDaGVjayhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICBhcHAuYWRkSG9vaygnb25Sb3V0ZScsIChyb3V0ZSkgPT4ge1xuICAgIC8vIFN0YXRpYyBmaWxlcyAocmVnaXN0ZXJlZCBieSBAZmFzdGlmeS9zdGF0aWMsIHdoaWNoIHRha2VzIG5vIHJvdXRlIGNvbmZpZykgYXJlIHB1YmxpYy5cbiAgICBpZiAocm91dGUudXJsLnN0YXJ0c1dpdGgoJy9hc3NldHMvJykgJiYgIShyb3V0ZS5jb25maWcgYXMgYW55KT8uYWNjZXNzKSByb3V0ZS5jb25maWcgPSB7IC4uLihyb3V0ZS5jb25maWcgPz8ge30pLCBhY2Nlc3M6ICdwdWJsaWMnIH0gYXMgYW55O1xuICAgIGNvbnN0IGFjY2VzcyA9IChyb3V0ZS5jb25maWcgYXMgeyBhY2Nlc3M/OiBBY2Nlc3MgfSB8IHVuZGVmaW5lZCk/LmFjY2VzcztcbiAgICBpZiAoIWFjY2VzcykgdGhyb3cgbmV3IEVycm9yKGBSb3V0ZSAke3JvdXRlLm1ldGhvZH0gJHtyb3V0ZS51cmx9IGRvZXMgbm90IHNheSB3aG8gbWF5IHVzZSBpdCAoY29uZmlnLmFjY2VzcykuYCk7XG4gICAgY29uc3QgbWV0aG9kcyA9IEFycmF5LmlzQXJyYXkocm91dGUubWV0aG9kKSA/IHJvdXRlLm1ldGhvZCA6IFtyb3V0ZS5tZXRob2RdO1xuICAgIGZvciAoY29uc3QgbWV0aG9kIG9mIG1ldGhvZHMpIGlmIChtZXRob2QgIT09ICdIRUFEJykgYXBwLnJvdXRlVGFibGUucHVzaCh7IG1ldGhvZCwgdXJsOiByb3V0ZS51cmwsIGFjY2VzcyB9KTtcbiAgfSk7XG59XG5cbi8qKlxuICogRXZlcnkgYW5zd2VyIHNheXMgaG93IGxvbmcgdGhlIHNlcnZlciB0b29rIG92ZXIgaXQsIGZyb20gdGhlIHJlcXVlc3Qnc1xuICogYXJyaXZhbCB0byB0aGUgYW5zd2VyIHJlYWR5IHRvIHNlbmQgKFNlcnZlci1UaW1pbmcsIGFzIGJyb3dzZXJzJyBkZXZlbG9wZXJcbiAqIHRvb2xzIHNob3cgaXQ7IHRoZSBwZXJzb24tcGFnZSBiZW5jaG1hcmsgcmVhZHMgaXQpLiBNaWxsaXNlY29uZHMgb25seS5cbiAqL1xuZnVuY3Rpb24gc2V0VXBTZXJ2ZXJUaW1pbmcoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgLy8gQSBjYWxsYmFjayBob29rLCBub3QgYW4gYXN5bmMgb25lOiBpdCBhZGRzIG5vIHR1cm4gb2YgdGhlIGV2ZW50IGxvb3BcbiAgLy8gYmVmb3JlIHRoZSBhbnN3ZXIgaXMgd3JpdHRlbi5cbiAgYXBwLmFkZEhvb2soJ29uU2VuZCcsIChfcmVxLCByZXBseSwgcGF5bG9hZCwgZG9uZSkgPT4ge1xuICAgIHJlcGx5LmhlYWRlcignc2VydmVyLXRpbWluZycsIGBhcHA7ZHVyPSR7cmVwbHkuZWxhcHNlZFRpbWUudG9GaXhlZCgyKX1gKTtcbiAgICBkb25lKG51bGwsIHBheWxvYWQpO1xuICB9KTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gc2V0VXBTZWN1cml0eUhlYWRlcnMoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgYXBwLnJlZ2lzdGVyKGhlbG1ldCwge1xuICAgIGVuYWJsZUNTUE5vbmNlczogdHJ1ZSxcbiAgICBjb250ZW50U2VjdXJpdHlQb2xpY3k6IHtcbiAgICAgIGRpcmVjdGl2ZXM6IHtcbiAgICAgICAgZGVmYXVsdFNyYzogW1wiJ3NlbGYnXCJdLFxuICAgICAgICBzY3JpcHRTcmM6IFtcIidzZWxmJ1wiXSxcbiAgICAgICAgc3R5bGVTcmM6IFtcIidzZWxmJ1wiXSxcbiAgICAgICAgaW1nU3JjOiBbXCInc2VsZidcIiwgJ2RhdGE6J10sXG4gICAgICAgIGZvbnRTcmM6IFtcIidzZWxmJ1wiXSxcbiAgICAgICAgZm9ybUFjdGlvbjogW1wiJ3NlbGYnXCJdLFxuICAgICAgICBmcmFtZUFuY2VzdG9yczogW1wiJ25vbmUnXCJdLFxuICAgICAgICBvYmplY3RTcmM6IFtcIidub25lJ1wiXSxcbiAgICAgICAgYmFzZVVyaTogW1wiJ3NlbGYnXCJdLFxuICAgICAgICB1cGdyYWRlSW5zZWN1cmVSZXF1ZXN0czogYXBwLmRlcHMuY29uZmlnLnNlY3VyZUNvb2tpZXMgPyBbXSA6IG51bGwsXG4gICAgICB9LFxuICAgIH0sXG4gICAgc3RyaWN0VHJhbnNwb3J0U2VjdXJpdHk6IGFwcC5kZXBzLmNvbmZpZy5zZWN1cmVDb29raWVzID8gdW5kZWZpbmVkIDogZmFsc2UsXG4gICAgcmVmZXJyZXJQb2xpY3k6IHsgcG9saWN5OiAnc2FtZS1vcmlnaW4nIH0sXG4gIH0pO1xuICBhcHAuYWRkSG9vaygnb25TZW5kJywgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICByZXBseS5oZWFkZXIoJ3gtcmVxdWVzdC1pZCcsIHJlcS5pZCk7XG4gICAgLy8gUGVyc29uYWwgZGF0YSBtdXN0IG5vdCBsaW5nZXIgaW4gc2hhcmVkIGNhY2hlcyBvciBicm93c2VyIGhpc3RvcnkuXG4gICAgaWYgKCFyZXEudXJsLnN0YXJ0c1dpdGgoJy9hc3NldHMvJykpIHJlcGx5LmhlYWRlcignY2FjaGUtY29udHJvbCcsICduby1zdG9yZScpO1xuICB9KTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gc2V0VXBCb2R5UGFyc2luZyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IFByb21pc2U8dm9pZD4ge1xuICBhd2FpdCBhcHAucmVnaXN0ZXIoY29va2llKTtcbiAgYXdhaXQgYXBwLnJlZ2lzdGVyKGZvcm1ib2R5LCB7IGJvZHlMaW1pdDogNjQgKiAxMDI0IH0pO1xuICAvLyBNdWx0aXBhcnQgYm9kaWVzIGFyZSBwYXJzZWQgb25seSBieSByb3V0ZXMgdGhhdCBzdHJlYW0gdGhlbSAodGhlIHVwbG9hZFxuICAvLyBwYWdlKTsgZWxzZXdoZXJlIGEgbXVsdGlwYXJ0IGJvZHkgaGFzIG5vIGZpZWxkcywgc28gaXRzIENTUkYgY2hlY2sgZmFpbHMuXG4gIGF3YWl0IGFwcC5yZWdpc3RlcihtdWx0aXBhcnQsIHsgbGltaXRzOiB7IGZpbGVTaXplOiBhcHAuZGVwcy5jb25maWcudXBsb2FkTGltaXRCeXRlcywgZmlsZXM6IDEsIGZpZWxkczogMTAsIGZpZWxkU2l6ZTogNDA5NiB9IH0pO1xufVxuXG5hc3luYyBmdW5jdGlvbiBzZXRVcFN0YXRpY0Fzc2V0cyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBjc3MgPSBhd2FpdCBhcHBsaWNhdGlvbkNzcygpO1xuICBhcHAuZ2V0KCcvYXNzZXRzL2FwcGxpY2F0aW9uLmNzcycsIHsgY29uZmlnOiB7IGFjY2VzczogJ3B1YmxpYycgfSB9LCBhc3luYyAoX3JlcSwgcmVwbHkpID0+IHtcbiAgICByZXR1cm4gcmVwbHkuaGVhZGVyKCdjYWNoZS1jb250cm9sJywgJ3B1YmxpYywgbWF4LWFnZT0zNjAwJykudHlwZSgndGV4dC9jc3M7IGNoYXJzZXQ9dXRmLTgnKS5zZW5kKGNzcyk7XG4gIH0pO1xuICBhd2FpdCBhcHAucmVnaXN0ZXIoc3RhdGljRmlsZXMsIHtcbiAgICByb290OiBwYXRoLmpvaW4oZ292dWtEaXN0KCksICdnb3Z1aycsICdhc3NldHMnKSxcbiAgICBwcmVmaXg6ICcvYXNzZXRzL2dvdnVrLycsXG4gICAgbWF4QWdlOiAnMWgnLFxuICB9IGFzIGFueSk7XG4gIGF3YWl0IGFwcC5yZWdpc3RlcihzdGF0aWNGaWxlcywge1xuICAgIHJvb3Q6IHBhdGguam9pbihtb2pSb290KCksICdtb2onLCAnYXNzZXRzJyksXG4gICAgcHJlZml4OiAnL2Fzc2V0cy9tb2ovJyxcbiAgICBkZWNvcmF0ZVJlcGx5OiBmYWxzZSxcbiAgICBtYXhBZ2U6ICcxaCcsXG4gIH0gYXMgYW55KTtcbiAgY29uc3QganNGaWxlczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgICAnZ292dWstZnJvbnRlbmQubWluLmpzJzogcGF0aC5qb2luKGdvdnVrRGlzdCgpLCAnZ292dWsnLCAnZ292dWstZnJvbnRlbmQubWluLmpzJyksXG4gICAgJ21vai1mcm9udGVuZC5taW4uanMnOiBwYXRoLmpvaW4obW9qUm9vdCgpLCAnbW9qJywgJ21vai1mcm9udGVuZC5taW4uanMnKSxcbiAgICAnaW5pdC5qcyc6IHBhdGguam9pbihoZXJlLCAncHVibGljJywgJ2pzJywgJ2luaXQuanMnKSxcbiAgICAnaW1wb3J0LXByb2dyZXNzLmpzJzogcGF0aC5qb2luKGhlcmUsICdwdWJsaWMnLCAnanMnLCAnaW1wb3J0LXByb2dyZXNzLmpzJyksXG4gIH07XG4gIGFwcC5nZXQ8eyBQYXJhbXM6IHsgZmlsZTogc3RyaW5nIH0gfT4oJy9hc3NldHMvanMvOmZpbGUnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdwdWJsaWMnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBmaWxlID0ganNGaWxlc1tyZXEucGFyYW1zLmZpbGVdO1xuICAgIGlmICghZmlsZSkgcmV0dXJuIHJlcGx5LmNvZGUoNDA0KS50eXBlKCd0ZXh0L3BsYWluJykuc2VuZCgnTm90IGZvdW5kJyk7XG4gICAgcmVwbHkuaGVhZGVyKCdjYWNoZS1jb250cm9sJywgJ3B1YmxpYywgbWF4LWFnZT0zNjAwJykudHlwZSgndGV4dC9qYXZhc2NyaXB0OyBjaGFyc2V0PXV0Zi04Jyk7XG4gICAgcmV0dXJuIHJlcGx5LnNlbmQoZnMuY3JlYXRlUmVhZFN0cmVhbShmaWxlKSk7XG4gIH0pO1xuICBhcHAuZ2V0KCcvYXNzZXRzL3dheW1hcmsuc3ZnJywgeyBjb25maWc6IHsgYWNjZXNzOiAncHVibGljJyB9IH0sIGFzeW5jIChfcmVxLCByZXBseSkgPT4ge1xuICAgIHJlcGx5LmhlYWRlcignY2FjaGUtY29udHJvbCcsICdwdWJsaWMsIG1heC1hZ2U9MzYwMCcpLnR5cGUoJ2ltYWdlL3N2Zyt4bWwnKTtcbiAgICByZXR1cm4gcmVwbHkuc2VuZChmcy5jcmVhdGVSZWFkU3RyZWFtKHBhdGguam9pbihoZXJlLCAncHVibGljJywgJ3dheW1hcmsuc3ZnJykpKTtcbiAgfSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHNldFVwVmlld3MoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgYXBwLnJlZ2lzdGVyKHZpZXcsIHtcbiAgICBlbmdpbmU6IHsgbnVuanVja3MgfSxcbiAgICB0ZW1wbGF0ZXM6IFtwYXRoLmpvaW4oaGVyZSwgJ3ZpZXdzJyksIGdvdnVrRGlzdCgpLCBtb2pSb290KCldLFxuICAgIG9wdGlvbnM6IHtcbiAgICAgIGF1dG9lc2NhcGU6IHRydWUsXG4gICAgICBvbkNvbmZpZ3VyZTogKGVudjogbnVuanVja3MuRW52aXJvbm1lbnQpID0+IHtcbiAgICAgICAgLy8gVGhlIE1vSiB0aW1lbGluZSBmb3JtYXRzIGl0cyBkYXRlcyB3aXRoIGEgbW9qRGF0ZSBmaWx0ZXI7IG91cnMgZ2l2ZXNcbiAgICAgICAgLy8gXCIxIE1hcmNoIDIwMDlcIiBmcm9tIGFuIElTTyBkYXRlLCB3aXRoIG5vIHRpbWUtem9uZSBzaGlmdC5cbiAgICAgICAgZW52LmFkZEZpbHRlcignbW9qRGF0ZScsIChpc286IHN0cmluZykgPT4gZm9ybWF0RGF0ZShpc28pKTtcbiAgICAgICAgZW52LmFkZEZpbHRlcignZm9ybWF0RGF0ZScsIChpc286IHN0cmluZykgPT4gZm9ybWF0RGF0ZShpc28pKTtcbiAgICAgICAgLy8gVGhlIHNpZ24taW4gcGFnZSdzIHNpbmdsZSBzaWduLW9uIGJ1dHRvbiwgd2hlbiBhIHByb3ZpZGVyIGlzIHNldCB1cC5cbiAgICAgICAgZW52LmFkZEdsb2JhbCgnb2lkY0xhYmVsJywgYXBwLnNlcnZpY2VzLmFjY2Vzcy5vaWRjTGFiZWwoKSk7XG4gICAgICAgIC8vIFdoZXRoZXIgdGhlIHNpZ25lZC1pbiB1c2VyIG1heSBleHBvcnQgYSBsaXN0IChtYWNyb3MvZXhwb3J0LWxpbmtzLm5qaykuXG4gICAgICAgIGVudi5hZGRHbG9iYWwoJ21heUV4cG9ydCcsIChhY3RvcjogeyByb2xlPzogc3RyaW5nIH0gfCB1bmRlZmluZWQsIGtpbmQ6IHN0cmluZykgPT4gQm9vbGVhbihhY3Rvcj8ucm9sZSkgJiYgYXBwLnNlcnZpY2VzLmV4cG9ydHMubWF5RXhwb3J0KGFjdG9yIGFzIHsgcm9sZTogUm9sZSB9LCBraW5kKSk7XG4gICAgICB9LFxuICAgIH0sXG4gICAgcHJvZHVjdGlvbjogYXBwLmRlcHMuY29uZmlnLnByb2R1Y3Rpb24sXG4gIH0pO1xuICBhcHAuZGVjb3JhdGVSZXBseSgncmVuZGVyJywgYXN5bmMgZnVuY3Rpb24gKHRoaXM6IEZhc3RpZnlSZXBseSwgdGVtcGxhdGU6IHN0cmluZywgZGF0YTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fSkge1xuICAgIGNvbnN0IHJlcSA9IHRoaXMucmVxdWVzdDtcbiAgICBjb25zdCBzZXNzaW9uID0gcmVxLnNlc3Npb247XG4gICAgY29uc3QgaHRtbCA9IGF3YWl0IHRoaXMudmlld0FzeW5jKHRlbXBsYXRlLCB7XG4gICAgICAuLi5kYXRhLFxuICAgICAgYWN0b3I6IHNlc3Npb24sXG4gICAgICBjc3JmVG9rZW46IHNlc3Npb24/LmNzcmZUb2tlbiA/PyBkYXRhLmNzcmZUb2tlbixcbiAgICAgIGNzcE5vbmNlOiAodGhpcyBhcyBhbnkpLmNzcE5vbmNlPy5zY3JpcHQsXG4gICAgICBwYXJ0bmVyc2hpcE5hbWU6IHNlc3Npb24/LnBhcnRuZXJzaGlwTmFtZSxcbiAgICAgIG5hdmlnYXRpb246IHNlc3Npb24gPyBuYXZpZ2F0aW9uRm9yKHNlc3Npb24sIHJlcS51cmwpIDogW10sXG4gICAgfSk7XG4gICAgcmV0dXJuIHRoaXMudHlwZSgndGV4dC9odG1sOyBjaGFyc2V0PXV0Zi04Jykuc2VuZChodG1sKTtcbiAgfSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHNldFVwT3BlbkFwaShhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IFByb21pc2U8dm9pZD4ge1xuICBhd2FpdCBhcHAucmVnaXN0ZXIoc3dhZ2dlciwge1xuICAgIG9wZW5hcGk6IHtcbiAgICAgIG9wZW5hcGk6ICczLjEuMCcsXG4gICAgICBpbmZvOiB7XG4gICAgICAgIHRpdGxlOiAnV2F5bWFyayBBUEknLFxuICAgICAgICB2ZXJzaW9uOiAnMScsXG4gICAgICAgIGxpY2Vuc2U6IHsgbmFtZTogJ01JVCcsIGlkZW50aWZpZXI6ICdNSVQnIH0sXG4gICAgICAgIGRlc2NyaXB0aW9uOiBbXG4gICAgICAgICAgJ1RoZSBKU09OIEFQSSBvZiBXYXltYXJrLiBFdmVyeSBjYWxsIGlzIGF1dGhvcmlzZWQgYW5kIGF1ZGl0ZWQgbGlrZSB0aGUgd2ViIHBhZ2VzLiBBdXRoZW50aWNhdGUgd2l0aCBhIHNlc3Npb24gY29va2llIG9yIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgKGNyZWF0ZSBhIHRva2VuIHdpdGggYHdheW1hcmsgdG9rZW4gY3JlYXRlYCBvciB1bmRlciBBZG1pbmlzdHJhdGlvbikuIEEgdG9rZW4gaXMgcmVhZC1vbmx5IChHRVQgYW5kIEhFQUQpIHVubGVzcyBjcmVhdGVkIHdpdGggdGhlIGByb2xlYCBzY29wZSwgYW5kIGV4cGlyZXMgKDkwIGRheXMgdW5sZXNzIGNob3NlbiBvdGhlcndpc2UpLicsXG4gICAgICAgICAgJycsXG4gICAgICAgICAgJ0Vycm9ycyBhcmUgUkZDIDk0NTcgcHJvYmxlbSBkZXRhaWxzIChgYXBwbGljYXRpb24vcHJvYmxlbStqc29uYCkgbmFtaW5nIHRoZSBmaWVsZCwgZmlsZSBvciByb3cgYXQgZmF1bHQuIExpc3RzIGFyZSBwYWdlZCB3aXRoIGA/Y3Vyc29yPSZsaW1pdD1gIGFuZCBhbnN3ZXIgYHsgPGl0ZW1zPjogWy4uLl0sIG5leHQgfWAuIEV2ZXJ5IHJlc291cmNlIGlzIHNlbnQgd2l0aCBhbiBgRVRhZ2A7IHNlbmQgaXQgYmFjayBpbiBgSWYtTm9uZS1NYXRjaGAgZm9yIGEgMzA0LCBvciBpbiBgSWYtTWF0Y2hgIG9uIGFuIGVkaXQgKG9wdGlvbmFsOyBhIHN0YWxlIG9uZSBnZXRzIDQxMikuIENhbGxzIGFyZSBsaW1pdGVkIHBlciB0b2tlbiAoc2VlIHRoZSBgUmF0ZUxpbWl0LSpgIGhlYWRlcnM7IDQyOSB3aXRoIGBSZXRyeS1BZnRlcmAgcGFzdCB0aGUgbGltaXQpLicsXG4gICAgICAgIF0uam9pbignXFxuJyksXG4gICAgICB9LFxuICAgICAgc2VydmVyczogW3sgdXJsOiAnLycsIGRlc2NyaXB0aW9uOiAnVGhpcyBXYXltYXJrIGluc3RhbGxhdGlvbicgfV0sXG4gICAgICB0YWdzOiBPUEVOQVBJX1RBR1MsXG4gICAgICBjb21wb25lbnRzOiB7IHNlY3VyaXR5U2NoZW1lczogeyBiZWFyZXI6IHsgdHlwZTogJ2h0dHAnLCBzY2hlbWU6ICdiZWFyZXInIH0gfSB9LFxuICAgICAgc2VjdXJpdHk6IFt7IGJlYXJlcjogW10gfV0sXG4gICAgfSxcbiAgICAvLyBTaGFyZWQgc2NoZW1hcyBrZWVwIHRoZWlyIG5hbWVzIGFzIGNvbXBvbmVudHMgKFByb2JsZW0pLCBub3QgZGVmLTAuXG4gICAgcmVmUmVzb2x2ZXI6IHsgYnVpbGRMb2NhbFJlZmVyZW5jZTogKGpzb246IHsgJGlkPzogc3RyaW5nIH0sIF9iYXNlOiB1bmtub3duLCBfZnJhZ21lbnQ6IHN0cmluZywgaTogbnVtYmVyKSA9PiBqc29uLiRpZCA/PyBgZGVmLSR7aX1gIH0sXG4gICAgdHJhbnNmb3JtOiAoeyBzY2hlbWEsIHVybCwgcm91dGUgfTogeyBzY2hlbWE6IGFueTsgdXJsOiBzdHJpbmc7IHJvdXRlOiB7IGNvbmZpZz86IHsgYWNjZXNzPzogQWNjZXNzIH0gfSB9KSA9PiAoe1xuICAgICAgc2NoZW1hOiBpc0RvY3VtZW50ZWRBcGlSb3V0ZSh1cmwsIHNjaGVtYSkgPyAocm91dGUuY29uZmlnPy5hY2Nlc3MgPT09ICdwdWJsaWMnID8geyAuLi5zY2hlbWEsIHNlY3VyaXR5OiBbXSB9IDogc2NoZW1hKSA6IHsgLi4uc2NoZW1hLCBoaWRlOiB0cnVlIH0sXG4gICAgICB1cmwsXG4gICAgfSksXG4gIH0gYXMgYW55KTtcbn1cblxuLyoqXG4gKiBFdmVyeSAvYXBpL3YxIHJvdXRlJ3Mgc2NoZW1hLCBtYWRlIGNvbXBsZXRlIGJlZm9yZSB0aGUgT3BlbkFQSSBkb2N1bWVudFxuICogc2VlcyBpdDogZXJyb3IgYW5zd2VycyBhcyBwcm9ibGVtIGRldGFpbHMgKGFwcGxpY2F0aW9uL3Byb2JsZW0ranNvbiksXG4gKiB0aGUgcmVmdXNhbHMgdGhlIHBpcGVsaW5lIGNhbiBnaXZlIGFueSByb3V0ZSAoNDAxLCA0MDMsIDQyOSwgNTAwLi4uKSwgYVxuICogMzA0IGZvciBHRVRzIChFVGFncyksIDQxMi80MTMvNDE1IGZvciBlZGl0cywgYW5kIGFuIG9wZXJhdGlvbklkLlxuICovXG5mdW5jdGlvbiBzZXRVcEFwaUNvbnRyYWN0KGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIGFwcC5hZGRTY2hlbWEocHJvYmxlbUNvbXBvbmVudCk7XG4gIGFwcC5hZGRIb29rKCdvblJvdXRlJywgKHJvdXRlKSA9PiB7XG4gICAgaWYgKCFyb3V0ZS51cmwuc3RhcnRzV2l0aChBUElfUFJFRklYKSkgcmV0dXJuO1xuICAgIG5vcm1hbGlzZUFwaVJvdXRlKHJvdXRlIGFzIGFueSk7XG4gIH0pO1xufVxuXG4vKipcbiAqIFBlci1jYWxsZXIgbGltaXRzIG9uIC9hcGkvdjEgKFdBWU1BUktfQVBJX1JBVEVfTElNSVQpLCBjb3VudGVkIGluIHRoZVxuICogZGF0YWJhc2Ugc28gdGhhdCBldmVyeSBhcHAgbm9kZSBzaGFyZXMgdGhlbS4gUnVucyBhZnRlciBhdXRoZW50aWNhdGlvbixcbiAqIHNvIGEgdG9rZW4ncyBjYWxscyBjb3VudCBhZ2FpbnN0IHRoZSB0b2tlbi4gQSA0MjkgaXMgcHJvYmxlbSBkZXRhaWxzXG4gKiAodGhyb3VnaCB0aGUgZXJyb3IgaGFuZGxlcikgd2l0aCBSZXRyeS1BZnRlciBhbmQgdGhlIFJhdGVMaW1pdCBoZWFkZXJzLlxuICovXG5hc3luYyBmdW5jdGlvbiBzZXRVcFJhdGVMaW1pdHMoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgeyBtYXgsIHdpbmRvd01zIH0gPSBhcHAuZGVwcy5jb25maWcuYXBpUmF0ZUxpbWl0O1xuICBhd2FpdCBhcHAucmVnaXN0ZXIocmF0ZUxpbWl0LCB7XG4gICAgZ2xvYmFsOiB0cnVlLFxuICAgIG1heCxcbiAgICB0aW1lV2luZG93OiB3aW5kb3dNcyxcbiAgICBzdG9yZTogZGF0YWJhc2VSYXRlTGltaXRTdG9yZShhcHAuZGVwcy5kYXRhYmFzZS5kYiwgYXBwLmRlcHMuY2xvY2sgPz8gc3lzdGVtQ2xvY2spIGFzIGFueSxcbiAgICBrZXlHZW5lcmF0b3I6IHJhdGVMaW1pdEtleSxcbiAgICAvLyBPbmx5IHRoZSBBUEk7IGFuZCBub3QgYW4gaW1wb3J0J3MgcHJvZ3Jlc3MsIGFuc3dlcmVkIHdoaWxlIHRoZSBpbXBvcnQgaG9sZHMgdGhlIGVtYmVkZGVkIGRhdGFiYXNlLlxuICAgIGFsbG93TGlzdDogKHJlcTogRmFzdGlmeVJlcXVlc3QpID0+ICFyZXEudXJsLnN0YXJ0c1dpdGgoQVBJX1BSRUZJWCkgfHwgcmVxLnJvdXRlT3B0aW9ucy5jb25maWc/LmR1cmluZ0ltcG9ydCA9PT0gdHJ1ZSxcbiAgICBlbmFibGVEcmFmdFNwZWM6IHRydWUsXG4gICAgZXJyb3JSZXNwb25zZUJ1aWxkZXI6IChfcmVxOiBGYXN0aWZ5UmVxdWVzdCwgY3R4OiB7IHN0YXR1c0NvZGU6IG51bWJlcjsgYWZ0ZXI6IHN0cmluZzsgbWF4OiBudW1iZXIgfSkgPT5cbiAgICAgIE9iamVjdC5hc3NpZ24obmV3IEVycm9yKGBUb28gbWFueSBjYWxsczogdGhpcyB0b2tlbiBtYXkgbWFrZSAke2N0eC5tYXh9IGNhbGxzIHRvIHRoZSBBUEkgaW4gJHt3aW5kb3dXb3Jkcyh3aW5kb3dNcyl9LiBUcnkgYWdhaW4gaW4gJHtjdHguYWZ0ZXJ9LmApLCB7IHN0YXR1c0NvZGU6IGN0eC5zdGF0dXNDb2RlIH0pLFxuICB9KTtcbn1cblxuZnVuY3Rpb24gd2luZG93V29yZHMobXM6IG51bWJlcik6IHN0cmluZyB7XG4gIGlmIChtcyA9PT0gMTAwMCkgcmV0dXJuICdhIHNlY29uZCc7XG4gIGlmIChtcyA9PT0gNjBfMDAwKSByZXR1cm4gJ2EgbWludXRlJztcbiAgaWYgKG1zID09PSAzXzYwMF8wMDApIHJldHVybiAnYW4gaG91cic7XG4gIHJldHVybiBgJHtNYXRoLnJvdW5kKG1zIC8gMTAwMCl9IHNlY29uZHNgO1xufVxuXG4vKipcbiAqIEV2ZXJ5IEpTT04gcmVzb3VyY2UgdGhlIEFQSSBHRVRzIGNhcnJpZXMgYSBzdHJvbmcgRVRhZzogdGhlIHJvdXRlJ3Mgb3duXG4gKiAoYSB2ZXJzaW9uLCBzZXQgd2l0aCBzZW5kRXRhZykgb3IgZWxzZSBhIGhhc2ggb2YgdGhlIGJvZHkuIEEgbWF0Y2hpbmdcbiAqIElmLU5vbmUtTWF0Y2ggZ2V0cyAzMDQgYW5kIG5vIGJvZHkuXG4gKi9cbmZ1bmN0aW9uIHNldFVwRXRhZ3MoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgYXBwLmFkZEhvb2soJ29uU2VuZCcsIGFzeW5jIChyZXEsIHJlcGx5LCBwYXlsb2FkKSA9PiB7XG4gICAgaWYgKChyZXEubWV0aG9kICE9PSAnR0VUJyAmJiByZXEubWV0aG9kICE9PSAnSEVBRCcpIHx8IHJlcGx5LnN0YXR1c0NvZGUgIT09IDIwMCB8fCAhcmVxLnVybC5zdGFydHNXaXRoKEFQSV9QUkVGSVgpKSByZXR1cm4gcGF5bG9hZDtcbiAgICBpZiAodHlwZW9mIHBheWxvYWQgIT09ICdzdHJpbmcnIHx8ICFTdHJpbmcocmVwbHkuZ2V0SGVhZGVyKCdjb250ZW50LXR5cGUnKSA/PyAnJykuaW5jbHVkZXMoJ2pzb24nKSkgcmV0dXJuIHBheWxvYWQ7XG4gICAgbGV0IGV0YWcgPSByZXBseS5nZXRIZWFkZXIoJ2V0YWcnKSBhcyBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gICAgaWYgKCFldGFnKSB7XG4gICAgICBldGFnID0gcmVwcmVzZW50YXRpb25FdGFnKHBheWxvYWQpO1xuICAgICAgcmVwbHkuaGVhZGVyKCdldGFnJywgZXRhZyk7XG4gICAgfVxuICAgIGlmIChldGFnTWF0Y2hlcyhyZXEuaGVhZGVyc1snaWYtbm9uZS1tYXRjaCddLCBldGFnKSkge1xuICAgICAgcmVwbHkuY29kZSgzMDQpO1xuICAgICAgcmV0dXJuICcnO1xuICAgIH1cbiAgICByZXR1cm4gcGF5bG9hZDtcbiAgfSk7XG59XG5cbi8qKlxuICogVW50aWwgdGhlIGluc3RhbGxhdGlvbiBoYXMgYSBwYXJ0bmVyc2hpcCAoYSBwcm9kdWN0aW9uIHN0YXJ0IG9uIGFuIGVtcHR5XG4gKiBkYXRhYmFzZSksIGV2ZXJ5IHBhZ2Ugc2F5cyBob3cgdG8gc2V0IG9uZSB1cDsgdGhlIGhlYWx0aCBjaGVjayBhbmQgdGhlIEFQSVxuICogYW5zd2VyIGFzIHVzdWFsLiBPbmNlIGEgcGFydG5lcnNoaXAgZXhpc3RzIGl0IGlzIG5vdCBhc2tlZCBhZ2Fpbi5cbiAqL1xuZnVuY3Rpb24gc2V0VXBGaXJzdFJ1bk5vdGljZShhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICBsZXQgc2V0VXAgPSBmYWxzZTtcbiAgYXBwLmFkZEhvb2soJ29uUmVxdWVzdCcsIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgaWYgKHNldFVwIHx8IHJlcS5tZXRob2QgIT09ICdHRVQnIHx8IHJlcS51cmwuc3RhcnRzV2l0aCgnL2Fzc2V0cy8nKSB8fCB3YW50c0pzb24ocmVxKSB8fCByZXEucm91dGVPcHRpb25zLmNvbmZpZz8uZHVyaW5nSW1wb3J0KSByZXR1cm47XG4gICAgaWYgKChhd2FpdCBhcHAuc2VydmljZXMucGFydG5lcnNoaXBzLmxpc3QoKSkubGVuZ3RoID4gMCkge1xuICAgICAgc2V0VXAgPSB0cnVlO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICByZXBseS5jb2RlKDUwMyk7XG4gICAgcmV0dXJuIHJlcGx5LnJlbmRlcignc2V0dXAtbmVlZGVkLm5qaycsIHsgdGl0bGU6ICdXYXltYXJrIGlzIG5vdCBzZXQgdXAgeWV0JyB9KTtcbiAgfSk7XG59XG5cbmZ1bmN0aW9uIHNldFVwQXV0aGVudGljYXRpb24oYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgYXBwLmRlY29yYXRlUmVxdWVzdCgnYWN0b3InLCBudWxsKTtcbiAgYXBwLmRlY29yYXRlUmVxdWVzdCgnc2Vzc2lvbicsIG51bGwpO1xuICBhcHAuZGVjb3JhdGVSZXF1ZXN0KCd0b2tlblNjb3BlJywgbnVsbCk7XG4gIGFwcC5hZGRIb29rKCdvblJlcXVlc3QnLCBhc3luYyAocmVxKSA9PiB7XG4gICAgaWYgKHJlcS51cmwuc3RhcnRzV2l0aCgnL2Fzc2V0cy8nKSkgcmV0dXJuO1xuICAgIGNvbnN0IHsgYWNjZXNzLCBpbXBvcnRzIH0gPSBhcHAuc2VydmljZXM7XG4gICAgY29uc3QgYXV0aCA9IHJlcS5oZWFkZXJzLmF1dGhvcml6YXRpb247XG4gICAgaWYgKGF1dGg/LnN0YXJ0c1dpdGgoJ0JlYXJlciAnKSkge1xuICAgICAgY29uc3QgdG9rZW5BY3RvciA9IGF3YWl0IGFjY2Vzcy5hcGlUb2tlbkFjdG9yKGF1dGguc2xpY2UoNykudHJpbSgpKTtcbiAgICAgIGlmICh0b2tlbkFjdG9yKSB7XG4gICAgICAgIGNvbnN0IHsgdG9rZW5TY29wZSwgLi4uYWN0b3IgfSA9IHRva2VuQWN0b3I7XG4gICAgICAgIHJlcS5hY3RvciA9IGFjdG9yO1xuICAgICAgICByZXEudG9rZW5TY29wZSA9IHRva2VuU2NvcGU7XG4gICAgICB9XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGNvbnN0IHRva2VuID0gcmVxLmNvb2tpZXNbU0VTU0lPTl9DT09LSUVdO1xuICAgIGlmICh0b2tlbiAmJiByZXEucm91dGVPcHRpb25zLmNvbmZpZz8uZHVyaW5nSW1wb3J0KSB7XG4gICAgICBjb25zdCBpbXBvcnRpbmcgPSBpbXBvcnRzLmFjdG9yT2ZJbXBvcnRpbmdTZXNzaW9uKHRva2VuKTtcbiAgICAgIGlmIChpbXBvcnRpbmcpIHtcbiAgICAgICAgcmVxLnNlc3Npb24gPSBpbXBvcnRpbmcgYXMgU2Vzc2lvbkFjdG9yO1xuICAgICAgICByZXEuYWN0b3IgPSBpbXBvcnRpbmc7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKHRva2VuKSB7XG4gICAgICBjb25zdCBzID0gYXdhaXQgYWNjZXNzLnNlc3Npb25BY3Rvcih0b2tlbik7XG4gICAgICBpZiAocykge1xuICAgICAgICByZXEuc2Vzc2lvbiA9IHM7XG4gICAgICAgIHJlcS5hY3RvciA9IHM7XG4gICAgICB9XG4gICAgfVxuICB9KTtcbn1cblxuZnVuY3Rpb24gd2FudHNKc29uKHJlcTogRmFzdGlmeVJlcXVlc3QpOiBib29sZWFuIHtcbiAgcmV0dXJuIHJlcS51cmwuc3RhcnRzV2l0aCgnL2FwaS8nKSB8fCByZXEudXJsID09PSAnL2hlYWx0aCc7XG59XG5cbi8qKiBBbiBBUEkgY2FsbCdzIGVycm9yIGFuc3dlcjogcHJvYmxlbSBkZXRhaWxzLCB3aGF0ZXZlciBzdGVwIHJlZnVzZWQgaXQuICovXG5mdW5jdGlvbiBzZW5kUHJvYmxlbShyZXE6IEZhc3RpZnlSZXF1ZXN0LCByZXBseTogRmFzdGlmeVJlcGx5LCBwYWdlOiBFcnJvclBhZ2UsIGVycm9yPzogdW5rbm93bik6IEZhc3RpZnlSZXBseSB7XG4gIHJldHVybiByZXBseS5jb2RlKHBhZ2Uuc3RhdHVzKS50eXBlKFBST0JMRU1fSlNPTikuc2VuZChhcGlQcm9ibGVtKHBhZ2UsIHJlcS51cmwsIGVycm9yKSk7XG59XG5cbmZ1bmN0aW9uIHNldFVwQXV0aG9yaXNhdGlvbihhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICAvLyBCZWZvcmUgdGhlIGJvZHkgb3IgcXVlcnkgaXMgZXZlbiB2YWxpZGF0ZWQ6IGEgc3RyYW5nZXIgbGVhcm5zIG5vdGhpbmcuXG4gIGFwcC5hZGRIb29rKCdvblJlcXVlc3QnLCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IGFjY2VzcyA9IHJlcS5yb3V0ZU9wdGlvbnMuY29uZmlnPy5hY2Nlc3M7XG4gICAgaWYgKGFjY2VzcyA9PT0gJ3B1YmxpYycgfHwgYWNjZXNzID09PSAnbGluaycpIHJldHVybjtcbiAgICBpZiAoIXJlcS5hY3Rvcikge1xuICAgICAgaWYgKHdhbnRzSnNvbihyZXEpKSByZXR1cm4gc2VuZFByb2JsZW0ocmVxLCByZXBseSwgVU5BVVRIRU5USUNBVEVEKTtcbiAgICAgIGNvbnN0IHJldHVyblRvID0gcmVxLm1ldGhvZCA9PT0gJ0dFVCcgPyBgP3JldHVyblRvPSR7ZW5jb2RlVVJJQ29tcG9uZW50KHJlcS51cmwpfWAgOiAnJztcbiAgICAgIHJldHVybiByZXBseS5yZWRpcmVjdChgL3NpZ24taW4ke3JldHVyblRvfWAsIDMwMyk7XG4gICAgfVxuICAgIGlmIChyZWZ1c2VkQnlUb2tlblNjb3BlKHJlcSkpIHJldHVybiBzZW5kUHJvYmxlbShyZXEsIHJlcGx5LCBSRUFEX09OTFlfVE9LRU4pO1xuICAgIGlmIChhd2FpdCBtdXN0Q2hhbmdlUGFzc3dvcmRGaXJzdChhcHAsIHJlcSwgcmVwbHkpKSByZXR1cm4gcmVwbHk7XG4gICAgLy8gVW50aWwgYSB1c2VyIHdobyBtdXN0IGhhdmUgYSBzZWNvbmQgZmFjdG9yIGhhcyBvbmUsIG9ubHkgZW5yb2xtZW50IGFuZCBzaWduaW5nIG91dCBhbnN3ZXIuXG4gICAgaWYgKHJlcS5zZXNzaW9uPy5tdXN0RW5yb2wgJiYgIXJlcS5yb3V0ZU9wdGlvbnMuY29uZmlnPy5iZWZvcmVTZWNvbmRGYWN0b3IpIHtcbiAgICAgIGlmICh3YW50c0pzb24ocmVxKSkgcmV0dXJuIHNlbmRQcm9ibGVtKHJlcSwgcmVwbHksIFNFQ09ORF9GQUNUT1JfTkVFREVEKTtcbiAgICAgIHJldHVybiByZXBseS5yZWRpcmVjdChFTlJPTE1FTlRfUEFUSCwgMzAzKTtcbiAgICB9XG4gICAgaWYgKGFjY2VzcyA9PT0gJ3NpZ25lZC1pbicpIHJldHVybjtcbiAgICAvLyBObyByb3V0ZSBhdCB0aGlzIGFkZHJlc3M6IGEgc2lnbmVkLWluIEFQSSBjYWxsZXIgaXMgdG9sZCBzbyAoNDA0LCBvciA0MDUgbmFtaW5nIHRoZSBtZXRob2RzIGl0IGFuc3dlcnMpLlxuICAgIGlmICghYWNjZXNzICYmIHdhbnRzSnNvbihyZXEpKSByZXR1cm47XG4gICAgaWYgKCFhY2Nlc3MgfHwgIWNhbihyZXEuYWN0b3IsIGFjY2VzcykpIHtcbiAgICAgIGlmICh3YW50c0pzb24ocmVxKSkgcmV0dXJuIHNlbmRQcm9ibGVtKHJlcSwgcmVwbHksIEZPUkJJRERFTik7XG4gICAgICByZXBseS5jb2RlKDQwMyk7XG4gICAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdlcnJvci5uamsnLCB7IHRpdGxlOiAnWW91IGNhbm5vdCBzZWUgdGhpcyBwYWdlJywgbWVzc2FnZTogJ1lvdXIgcm9sZSBkb2VzIG5vdCBnaXZlIGFjY2VzcyB0byB0aGlzIHBhZ2UuJyB9KTtcbiAgICB9XG4gIH0pO1xufVxuXG4vKiogQSByZWFkLW9ubHkgQVBJIHRva2VuIG1heSBvbmx5IHJlYWQ6IEdFVCBhbmQgSEVBRC4gKi9cbmZ1bmN0aW9uIHJlZnVzZWRCeVRva2VuU2NvcGUocmVxOiBGYXN0aWZ5UmVxdWVzdCk6IGJvb2xlYW4ge1xuICByZXR1cm4gcmVxLnRva2VuU2NvcGUgPT09ICdyZWFkJyAmJiByZXEubWV0aG9kICE9PSAnR0VUJyAmJiByZXEubWV0aG9kICE9PSAnSEVBRCc7XG59XG5cbmNvbnN0IFJFQURfT05MWV9UT0tFTjogRXJyb3JQYWdlID0geyAuLi5GT1JCSURERU4sIG1lc3NhZ2U6ICdUaGlzIEFQSSB0b2tlbiBpcyByZWFkLW9ubHk6IGl0IG1heSBvbmx5IEdFVCBhbmQgSEVBRC4gQXNrIGFuIGFkbWluaXN0cmF0b3IgZm9yIGEgdG9rZW4gd2l0aCB0aGUgcm9sZSBzY29wZS4nIH07XG5cbi8qKiBXaGVyZSBhIHVzZXIgZ2l2ZW4gYSBvbmUtdGltZSBwYXNzd29yZCBtdXN0IGdvIGJlZm9yZSBhbnkgb3RoZXIgcGFnZS4gKi9cbmV4cG9ydCBjb25zdCBDSEFOR0VfUEFTU1dPUkRfUEFUSCA9ICcvYWNjb3VudC9wYXNzd29yZCc7XG5cbi8qKlxuICogQSB1c2VyIHNpZ25lZCBpbiB3aXRoIGEgb25lLXRpbWUgcGFzc3dvcmQgc2VlcyBvbmx5IFwiY2hhbmdlIHlvdXIgcGFzc3dvcmRcIlxuICogKGFuZCBtYXkgc2lnbiBvdXQpIHVudGlsIHRoZXkgaGF2ZSBjaG9zZW4gdGhlaXIgb3duLiBSZXR1cm5zIHRydWUgd2hlbiBpdFxuICogcmVkaXJlY3RlZC5cbiAqL1xuYXN5bmMgZnVuY3Rpb24gbXVzdENoYW5nZVBhc3N3b3JkRmlyc3QoYXBwOiBGYXN0aWZ5SW5zdGFuY2UsIHJlcTogRmFzdGlmeVJlcXVlc3QsIHJlcGx5OiBGYXN0aWZ5UmVwbHkpOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgY29uc3Qgc2Vzc2lvbiA9IHJlcS5zZXNzaW9uO1xuICBpZiAoIXNlc3Npb24pIHJldHVybiBmYWxzZTtcbiAgLy8gQW4gaW1wb3J0J3MgcHJvZ3Jlc3MgaXMgYW5zd2VyZWQgd2l0aG91dCB0aGUgZGF0YWJhc2UsIHdoaWNoIHRoZSBpbXBvcnQgaG9sZHMgKGVtYmVkZGVkKS5cbiAgaWYgKHJlcS5yb3V0ZU9wdGlvbnMuY29uZmlnPy5kdXJpbmdJbXBvcnQpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgcGF0aCA9IHJlcS51cmwuc3BsaXQoJz8nKVswXTtcbiAgaWYgKHBhdGggPT09IENIQU5HRV9QQVNTV09SRF9QQVRIIHx8IHBhdGggPT09ICcvc2lnbi1vdXQnKSByZXR1cm4gZmFsc2U7XG4gIGlmICghKGF3YWl0IGFwcC5zZXJ2aWNlcy5hY2Nlc3MucGFzc3dvcmRDaGFuZ2VSZXF1aXJlZChzZXNzaW9uLnVzZXJJZCkpKSByZXR1cm4gZmFsc2U7XG4gIGlmICh3YW50c0pzb24ocmVxKSkge1xuICAgIHNlbmRQcm9ibGVtKHJlcSwgcmVwbHksIHsgLi4uRk9SQklEREVOLCBtZXNzYWdlOiAnQ2hhbmdlIHlvdXIgb25lLXRpbWUgcGFzc3dvcmQgZmlyc3QuJyB9KTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfVxuICByZXBseS5yZWRpcmVjdChDSEFOR0VfUEFTU1dPUkRfUEFUSCwgMzAzKTtcbiAgcmV0dXJuIHRydWU7XG59XG5cbmZ1bmN0aW9uIHNldFVwQ3NyZihhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICAvLyBVbmF1dGhlbnRpY2F0ZWQgZm9ybXMgKHNpZ24gaW4pIHVzZSBhIGRvdWJsZS1zdWJtaXQgY29va2llOyBzaWduZWQtaW4gZm9ybXNcbiAgLy8gdXNlIHRoZSB0b2tlbiBib3VuZCB0byB0aGUgc2Vzc2lvbi4gQmVhcmVyLXRva2VuIEFQSSBjYWxscyBjYXJyeSBubyBjb29raWUuXG4gIGFwcC5hZGRIb29rKCdvblJlcXVlc3QnLCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGlmIChyZXEubWV0aG9kID09PSAnR0VUJyAmJiAhcmVxLnVybC5zdGFydHNXaXRoKCcvYXNzZXRzLycpKSBwcmVTZXNzaW9uQ3NyZihyZXEsIHJlcGx5KTtcbiAgfSk7XG4gIGFwcC5hZGRIb29rKCdwcmVIYW5kbGVyJywgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBpZiAoIVNUQVRFX0NIQU5HSU5HLmhhcyhyZXEubWV0aG9kKSkgcmV0dXJuO1xuICAgIGlmIChyZXEuYWN0b3IgJiYgIXJlcS5zZXNzaW9uKSByZXR1cm47IC8vIGJlYXJlciB0b2tlblxuICAgIGlmIChyZXEucm91dGVPcHRpb25zLmNvbmZpZz8uY3NyZiA9PT0gJ2luLWhhbmRsZXInICYmIHJlcS5zZXNzaW9uICYmIHJlcS5pc011bHRpcGFydCgpKSByZXR1cm47XG4gICAgY29uc3QgYm9keSA9IChyZXEuYm9keSA/PyB7fSkgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgY29uc3Qgc2VudCA9IHR5cGVvZiBib2R5Ll9jc3JmID09PSAnc3RyaW5nJyA/IGJvZHkuX2NzcmYgOiB1bmRlZmluZWQ7XG4gICAgaWYgKCFjc3JmVG9rZW5NYXRjaGVzKHJlcSwgc2VudCkpIHtcbiAgICAgIGlmICh3YW50c0pzb24ocmVxKSkgcmV0dXJuIHNlbmRQcm9ibGVtKHJlcSwgcmVwbHksIENTUkZfUkVGVVNFRCk7XG4gICAgICByZXBseS5jb2RlKDQwMyk7XG4gICAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdlcnJvci5uamsnLCB7IHRpdGxlOiAnVGhlIGZvcm0gaGFkIGV4cGlyZWQnLCBtZXNzYWdlOiAnR28gYmFjaywgcmVsb2FkIHRoZSBwYWdlIGFuZCB0cnkgYWdhaW4uJyB9KTtcbiAgICB9XG4gIH0pO1xufVxuXG5mdW5jdGlvbiByZWdpc3RlckhlYWx0aFJvdXRlKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIGFwcC5nZXQoJy9oZWFsdGgnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdwdWJsaWMnIH0gfSwgYXN5bmMgKF9yZXEsIHJlcGx5KSA9PiB7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5hY2Nlc3MuY2hlY2tEYXRhYmFzZSgpO1xuICAgICAgcmV0dXJuIHsgc3RhdHVzOiAnb2snLCBkYXRhYmFzZTogYXBwLmRlcHMuZGF0YWJhc2UuZW5naW5lIH07XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gcmVwbHkuY29kZSg1MDMpLnNlbmQoeyBzdGF0dXM6ICd1bmF2YWlsYWJsZScsIG1lc3NhZ2U6ICdUaGUgZGF0YWJhc2UgY2Fubm90IGJlIHJlYWNoZWQuJyB9KTtcbiAgICB9XG4gIH0pO1xufVxuXG5mdW5jdGlvbiBzZXRVcE5vdEZvdW5kKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIGFwcC5zZXROb3RGb3VuZEhhbmRsZXIoYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAvLyBVbmtub3duIGFkZHJlc3NlcyBsb29rIHRoZSBzYW1lIGFzIHByb3RlY3RlZCBvbmVzIHRvIGEgc3RyYW5nZXIuXG4gICAgaWYgKCFyZXEuYWN0b3IpIHtcbiAgICAgIGlmICh3YW50c0pzb24ocmVxKSkgcmV0dXJuIHNlbmRQcm9ibGVtKHJlcSwgcmVwbHksIFVOQVVUSEVOVElDQVRFRCk7XG4gICAgICByZXR1cm4gcmVwbHkucmVkaXJlY3QoJy9zaWduLWluJywgMzAzKTtcbiAgICB9XG4gICAgaWYgKHdhbnRzSnNvbihyZXEpKSB7XG4gICAgICBjb25zdCBhbGxvd2VkID0gbWV0aG9kc0F0KGFwcCwgcmVxLnVybC5zcGxpdCgnPycpWzBdISk7XG4gICAgICBpZiAoYWxsb3dlZC5sZW5ndGggPiAwKSB7XG4gICAgICAgIHJlcGx5LmhlYWRlcignYWxsb3cnLCBhbGxvd2VkLmpvaW4oJywgJykpO1xuICAgICAgICByZXR1cm4gc2VuZFByb2JsZW0ocmVxLCByZXBseSwgeyBzdGF0dXM6IDQwNSwgY29kZTogJ21ldGhvZF9ub3RfYWxsb3dlZCcsIHRpdGxlOiAnTWV0aG9kIG5vdCBhbGxvd2VkJywgbWVzc2FnZTogYCR7cmVxLm1ldGhvZH0gaXMgbm90IGFsbG93ZWQgaGVyZTogdGhpcyBhZGRyZXNzIGFuc3dlcnMgJHthbGxvd2VkLmpvaW4oJywgJyl9LmAgfSk7XG4gICAgICB9XG4gICAgICByZXR1cm4gc2VuZFByb2JsZW0ocmVxLCByZXBseSwgTk9UX0ZPVU5EKTtcbiAgICB9XG4gICAgcmVwbHkuY29kZSg0MDQpO1xuICAgIHJldHVybiByZXBseS5yZW5kZXIoJ2Vycm9yLm5qaycsIHsgdGl0bGU6ICdQYWdlIG5vdCBmb3VuZCcsIG1lc3NhZ2U6ICdDaGVjayB0aGUgYWRkcmVzcywgb3IgZ28gYmFjayB0byB0aGUgaG9tZSBwYWdlLicgfSk7XG4gIH0pO1xufVxuXG4vKiogVGhlIG1ldGhvZHMgdGhlIHJvdXRlcyBhdCBhIGNvbmNyZXRlIHBhdGggYW5zd2VyIChmb3IgNDA1IGFuZCBpdHMgQWxsb3cgaGVhZGVyKS4gKi9cbmZ1bmN0aW9uIG1ldGhvZHNBdChhcHA6IEZhc3RpZnlJbnN0YW5jZSwgcGF0aDogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCBtZXRob2RzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgciBvZiBhcHAucm91dGVUYWJsZSkge1xuICAgIGNvbnN0IHBhdHRlcm4gPSBuZXcgUmVnRXhwKGBeJHtyLnVybC5yZXBsYWNlKC9bLiorP14ke30oKXxbXFxdXFxcXF0vZywgJ1xcXFwkJicpLnJlcGxhY2UoLzpbXi9dKy9nLCAnW14vXSsnKX0kYCk7XG4gICAgaWYgKHBhdHRlcm4udGVzdChwYXRoKSkgbWV0aG9kcy5hZGQoci5tZXRob2QpO1xuICB9XG4gIGlmIChtZXRob2RzLmhhcygnR0VUJykpIG1ldGhvZHMuYWRkKCdIRUFEJyk7XG4gIHJldHVybiBbLi4ubWV0aG9kc10uc29ydCgpO1xufVxuXG5mdW5jdGlvbiBzZXRVcEVycm9ycyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICBhcHAuc2V0RXJyb3JIYW5kbGVyKGFzeW5jIChlcnJvcjogYW55LCByZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgcGFnZSA9IGVycm9yUGFnZShlcnJvcik7XG4gICAgaWYgKGlzRGF0YWJhc2VVbmF2YWlsYWJsZShlcnJvcikpIHJlcGx5LmhlYWRlcigncmV0cnktYWZ0ZXInLCAnMTAnKTtcbiAgICBpZiAocGFnZS5zdGF0dXMgPj0gNTAwKSB7XG4gICAgICBjb25zdCBsaW5lID0gc2VydmVyRXJyb3JMb2coZXJyb3IsIHJlcSwgcGFnZS5zdGF0dXMpO1xuICAgICAgaWYgKGlzRGF0YWJhc2VVbmF2YWlsYWJsZShlcnJvcikpIHJlcS5sb2cud2FybihsaW5lLCAnZGF0YWJhc2UgdW5hdmFpbGFibGUnKTtcbiAgICAgIGVsc2UgcmVxLmxvZy5lcnJvcihsaW5lLCAnc2VydmVyIGVycm9yJyk7XG4gICAgfVxuICAgIGlmICh3YW50c0pzb24ocmVxKSkgcmV0dXJuIHNlbmRQcm9ibGVtKHJlcSwgcmVwbHksIHBhZ2UsIGVycm9yKTtcbiAgICByZXBseS5jb2RlKHBhZ2Uuc3RhdHVzKTtcbiAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdlcnJvci5uamsnLCB7IHRpdGxlOiBwYWdlLnRpdGxlLCBtZXNzYWdlOiBwYWdlLm1lc3NhZ2UgfSk7XG4gIH0pO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBR0EsT0FBTyxRQUFRO0FBQ2YsT0FBTyxVQUFVO0FBQ2pCLE9BQU8sWUFBWTtBQUNuQixPQUFPLGFBQStFO0FBQ3RGLE9BQU8sWUFBWTtBQUNuQixPQUFPLGNBQWM7QUFDckIsT0FBTyxlQUFlO0FBQ3RCLE9BQU8sWUFBWTtBQUNuQixPQUFPLGlCQUFpQjtBQUN4QixPQUFPLFVBQVU7QUFDakIsT0FBTyxhQUFhO0FBQ3BCLE9BQU8sZUFBZTtBQUN0QixPQUFPLGNBQWM7QUFHckIsU0FBUyxzQkFBcUM7QUFDOUMsU0FBUyxtQkFBK0I7QUFJeEMsU0FBUyxXQUE0QjtBQUVyQyxTQUFTLGdCQUFnQixXQUFXLE1BQU0sZUFBZTtBQUN6RCxTQUFTLGtCQUFrQjtBQUMzQixTQUFTLGtCQUFrQixzQkFBc0I7QUFDakQsU0FBUyxzQkFBc0I7QUFDL0IsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUywwQkFBMEI7QUFDbkMsU0FBUywwQkFBMEI7QUFDbkMsU0FBUyw0QkFBNEI7QUFDckMsU0FBUyw2QkFBNkI7QUFDdEMsU0FBUyw0QkFBNEI7QUFDckMsU0FBUyxpQ0FBaUM7QUFDMUMsU0FBUywrQkFBK0I7QUFDeEMsU0FBUywyQkFBMkI7QUFDcEMsU0FBUyx5QkFBeUI7QUFDbEMsU0FBUyxrQ0FBa0M7QUFDM0MsU0FBUyx5Q0FBeUM7QUFDbEQsU0FBUywrQkFBK0I7QUFDeEMsU0FBUyw0QkFBNEI7QUFDckMsU0FBUyxzQkFBc0I7QUFDL0IsU0FBUywwQkFBMEI7QUFDbkMsU0FBUywyQkFBMkI7QUFDcEMsU0FBUyw2QkFBNkI7QUFDdEMsU0FBUyxpQ0FBaUM7QUFDMUMsU0FBUywrQkFBK0I7QUFDeEMsU0FBUywwQkFBMEI7QUFDbkMsU0FBUyxpQ0FBaUM7QUFDMUMsU0FBUywyQkFBMkI7QUFDcEMsU0FBUywwQkFBMEI7QUFDbkMsU0FBUyx5QkFBeUI7QUFDbEMsU0FBUyw0QkFBNEI7QUFDckMsU0FBUyw0QkFBNEI7QUFDckMsU0FBUyx3QkFBd0Isb0JBQW9CO0FBQ3JELFNBQVMsWUFBWSxrQkFBa0Isc0JBQXNCLG1CQUFtQixjQUFjLG9CQUFvQixtQkFBbUI7QUFFckksU0FBUywrQkFBK0I7QUFDeEMsU0FBUyxrQ0FBa0M7QUFDM0MsU0FBUyw4QkFBOEI7QUFDdkMsU0FBUyxvQ0FBb0M7QUFDN0MsU0FBUywrQkFBK0I7QUFDeEMsU0FBUyw2QkFBNkI7QUFFdEMsU0FBUyw4QkFBOEI7QUFDdkMsU0FBUyxtQ0FBbUM7QUFDNUMsU0FBUyw2QkFBNkI7QUFDdEMsU0FBUyxZQUFZLHNCQUFzQixjQUFjLFdBQVcsV0FBVyx1QkFBdUIsZUFBZSxXQUFXLGNBQWMsZ0JBQWdCLHVCQUF1QztBQTJEck0sU0FBUyxlQUFlLFNBQWlHO0FBQ3ZILE1BQUksWUFBWSxNQUFPLFFBQU87QUFDOUIsTUFBSSxPQUFPLFlBQVksU0FBVSxRQUFPLENBQUMsVUFBVSxRQUFRLE1BQU07QUFDakUsU0FBTztBQUNUO0FBRUEsTUFBTSxpQkFBaUIsb0JBQUksSUFBSSxDQUFDLFFBQVEsT0FBTyxTQUFTLFFBQVEsQ0FBQztBQUVqRSxlQUFzQixTQUFTLE1BQXlDO0FBQ3RFLFFBQU0sTUFBTSxRQUFRO0FBQUE7QUFBQSxJQUVsQixRQUFRLGNBQWMsS0FBSyxPQUFPLFVBQVUsS0FBSyxTQUFTO0FBQUEsSUFDMUQsVUFBVSxNQUFNLE9BQU8sV0FBVztBQUFBLElBQ2xDLFdBQVcsT0FBTztBQUFBO0FBQUE7QUFBQSxJQUdsQixZQUFZLGVBQWUsS0FBSyxPQUFPLFVBQVU7QUFBQTtBQUFBLElBRWpELEtBQUssRUFBRSxlQUFlLEVBQUUsaUJBQWlCLEtBQUssRUFBRTtBQUFBLEVBQ2xELENBQUM7QUFDRCxNQUFJLFNBQVMsUUFBUSxJQUFJO0FBQ3pCLE1BQUksU0FBUyxZQUFZLEtBQUssWUFBWSxlQUFlLEVBQUUsVUFBVSxLQUFLLFVBQVUsUUFBUSxLQUFLLFFBQVEsT0FBTyxLQUFLLFNBQVMsWUFBWSxDQUFDLENBQUM7QUFDNUksTUFBSSxTQUFTLGNBQWMsQ0FBQyxDQUFDO0FBRTdCLHdCQUFzQixHQUFHO0FBQ3pCLG1CQUFpQixHQUFHO0FBQ3BCLG9CQUFrQixHQUFHO0FBQ3JCLFFBQU0scUJBQXFCLEdBQUc7QUFDOUIsUUFBTSxpQkFBaUIsR0FBRztBQUMxQixRQUFNLGtCQUFrQixHQUFHO0FBQzNCLFFBQU0sV0FBVyxHQUFHO0FBQ3BCLFFBQU0sYUFBYSxHQUFHO0FBQ3RCLHNCQUFvQixHQUFHO0FBQ3ZCLHNCQUFvQixHQUFHO0FBQ3ZCLHFCQUFtQixHQUFHO0FBQ3RCLFlBQVUsR0FBRztBQUNiLFFBQU0sZ0JBQWdCLEdBQUc7QUFDekIsYUFBVyxHQUFHO0FBRWQscUJBQW1CLEdBQUc7QUFDdEIscUJBQW1CLEdBQUc7QUFDdEIscUJBQW1CLEdBQUc7QUFDdEIsdUJBQXFCLEdBQUc7QUFDeEIsd0JBQXNCLEdBQUc7QUFDekIsdUJBQXFCLEdBQUc7QUFDeEIsNEJBQTBCLEdBQUc7QUFDN0IsMEJBQXdCLEdBQUc7QUFDM0Isc0JBQW9CLEdBQUc7QUFDdkIsb0JBQWtCLEdBQUc7QUFDckIsNkJBQTJCLEdBQUc7QUFDOUIsb0NBQWtDLEdBQUc7QUFDckMsdUJBQXFCLEdBQUc7QUFDeEIsc0JBQW9CLEdBQUc7QUFDdkIsMEJBQXdCLEdBQUc7QUFDM0Isd0JBQXNCLEdBQUc7QUFDekIsNEJBQTBCLEdBQUc7QUFDN0IsMEJBQXdCLEdBQUc7QUFDM0IscUJBQW1CLEdBQUc7QUFDdEIsNEJBQTBCLEdBQUc7QUFDN0Isc0JBQW9CLEdBQUc7QUFDdkIscUJBQW1CLEdBQUc7QUFDdEIsdUJBQXFCLEdBQUc7QUFDeEIsb0JBQWtCLEdBQUc7QUFDckIsdUJBQXFCLEdBQUc7QUFFeEIsMEJBQXdCLEdBQUc7QUFDM0IsNkJBQTJCLEdBQUc7QUFDOUIseUJBQXVCLEdBQUc7QUFDMUIsK0JBQTZCLEdBQUc7QUFDaEMsMEJBQXdCLEdBQUc7QUFDM0Isd0JBQXNCLEdBQUc7QUFFekIseUJBQXVCLEdBQUc7QUFDMUIsOEJBQTRCLEdBQUc7QUFDL0Isd0JBQXNCLEdBQUc7QUFDekIsc0JBQW9CLEdBQUc7QUFFdkIsZ0JBQWMsR0FBRztBQUNqQixjQUFZLEdBQUc7QUFDZixTQUFPO0FBQ1Q7QUFFQSxTQUFTLHNCQUFzQixLQUE0QjtBQUN6RCxNQUFJLFFBQVEsV0FBVyxDQUFDLFVBQVU7QUFFaEMsUUFBSSxNQUFNLElBQUksV0FBVyxVQUFVLEtBQUssQ0FBRSxNQUFNLFFBQWdCLE9BQVEsT0FBTSxTQUFTLEVBQUUsR0FBSSxNQUFNLFVBQVUsQ0FBQyxHQUFJLFFBQVEsU0FBUztBQUNuSSxVQUFNLFNBQVUsTUFBTSxRQUE0QztBQUNsRSxRQUFJLENBQUMsT0FBUSxPQUFNLElBQUksTUFBTSxTQUFTLE1BQU0sTUFBTSxJQUFJLE1BQU0sR0FBRywrQ0FBK0M7QUFDOUcsVUFBTSxVQUFVLE1BQU0sUUFBUSxNQUFNLE1BQU0sSUFBSSxNQUFNLFNBQVMsQ0FBQyxNQUFNLE1BQU07QUFDMUUsZUFBVyxVQUFVLFFBQVMsS0FBSSxXQUFXLE9BQVEsS0FBSSxXQUFXLEtBQUssRUFBRSxRQUFRLEtBQUssTUFBTSxLQUFLLE9BQU8sQ0FBQztBQUFBLEVBQzdHLENBQUM7QUFDSDtBQU9BLFNBQVMsa0JBQWtCLEtBQTRCO0FBR3JELE1BQUksUUFBUSxVQUFVLENBQUMsTUFBTSxPQUFPLFNBQVMsU0FBUztBQUNwRCxVQUFNLE9BQU8saUJBQWlCLFdBQVcsTUFBTSxZQUFZLFFBQVEsQ0FBQyxDQUFDLEVBQUU7QUFDdkUsU0FBSyxNQUFNLE9BQU87QUFBQSxFQUNwQixDQUFDO0FBQ0g7QUFFQSxlQUFlLHFCQUFxQixLQUFxQztBQUN2RSxRQUFNLElBQUksU0FBUyxRQUFRO0FBQUEsSUFDekIsaUJBQWlCO0FBQUEsSUFDakIsdUJBQXVCO0FBQUEsTUFDckIsWUFBWTtBQUFBLFFBQ1YsWUFBWSxDQUFDLFFBQVE7QUFBQSxRQUNyQixXQUFXLENBQUMsUUFBUTtBQUFBLFFBQ3BCLFVBQVUsQ0FBQyxRQUFRO0FBQUEsUUFDbkIsUUFBUSxDQUFDLFVBQVUsT0FBTztBQUFBLFFBQzFCLFNBQVMsQ0FBQyxRQUFRO0FBQUEsUUFDbEIsWUFBWSxDQUFDLFFBQVE7QUFBQSxRQUNyQixnQkFBZ0IsQ0FBQyxRQUFRO0FBQUEsUUFDekIsV0FBVyxDQUFDLFFBQVE7QUFBQSxRQUNwQixTQUFTLENBQUMsUUFBUTtBQUFBLFFBQ2xCLHlCQUF5QixJQUFJLEtBQUssT0FBTyxnQkFBZ0IsQ0FBQyxJQUFJO0FBQUEsTUFDaEU7QUFBQSxJQUNGO0FBQUEsSUFDQSx5QkFBeUIsSUFBSSxLQUFLLE9BQU8sZ0JBQWdCLFNBQVk7QUFBQSxJQUNyRSxnQkFBZ0IsRUFBRSxRQUFRLGNBQWM7QUFBQSxFQUMxQyxDQUFDO0FBQ0QsTUFBSSxRQUFRLFVBQVUsT0FBTyxLQUFLLFVBQVU7QUFDMUMsVUFBTSxPQUFPLGdCQUFnQixJQUFJLEVBQUU7QUFFbkMsUUFBSSxDQUFDLElBQUksSUFBSSxXQUFXLFVBQVUsRUFBRyxPQUFNLE9BQU8saUJBQWlCLFVBQVU7QUFBQSxFQUMvRSxDQUFDO0FBQ0g7QUFFQSxlQUFlLGlCQUFpQixLQUFxQztBQUNuRSxRQUFNLElBQUksU0FBUyxNQUFNO0FBQ3pCLFFBQU0sSUFBSSxTQUFTLFVBQVUsRUFBRSxXQUFXLEtBQUssS0FBSyxDQUFDO0FBR3JELFFBQU0sSUFBSSxTQUFTLFdBQVcsRUFBRSxRQUFRLEVBQUUsVUFBVSxJQUFJLEtBQUssT0FBTyxrQkFBa0IsT0FBTyxHQUFHLFFBQVEsSUFBSSxXQUFXLEtBQUssRUFBRSxDQUFDO0FBQ2pJO0FBRUEsZUFBZSxrQkFBa0IsS0FBcUM7QUFDcEUsUUFBTSxNQUFNLE1BQU0sZUFBZTtBQUNqQyxNQUFJLElBQUksMkJBQTJCLEVBQUUsUUFBUSxFQUFFLFFBQVEsU0FBUyxFQUFFLEdBQUcsT0FBTyxNQUFNLFVBQVU7QUFDMUYsV0FBTyxNQUFNLE9BQU8saUJBQWlCLHNCQUFzQixFQUFFLEtBQUsseUJBQXlCLEVBQUUsS0FBSyxHQUFHO0FBQUEsRUFDdkcsQ0FBQztBQUNELFFBQU0sSUFBSSxTQUFTLGFBQWE7QUFBQSxJQUM5QixNQUFNLEtBQUssS0FBSyxVQUFVLEdBQUcsU0FBUyxRQUFRO0FBQUEsSUFDOUMsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1YsQ0FBUTtBQUNSLFFBQU0sSUFBSSxTQUFTLGFBQWE7QUFBQSxJQUM5QixNQUFNLEtBQUssS0FBSyxRQUFRLEdBQUcsT0FBTyxRQUFRO0FBQUEsSUFDMUMsUUFBUTtBQUFBLElBQ1IsZUFBZTtBQUFBLElBQ2YsUUFBUTtBQUFBLEVBQ1YsQ0FBUTtBQUNSLFFBQU0sVUFBa0M7QUFBQSxJQUN0Qyx5QkFBeUIsS0FBSyxLQUFLLFVBQVUsR0FBRyxTQUFTLHVCQUF1QjtBQUFBLElBQ2hGLHVCQUF1QixLQUFLLEtBQUssUUFBUSxHQUFHLE9BQU8scUJBQXFCO0FBQUEsSUFDeEUsV0FBVyxLQUFLLEtBQUssTUFBTSxVQUFVLE1BQU0sU0FBUztBQUFBLElBQ3BELHNCQUFzQixLQUFLLEtBQUssTUFBTSxVQUFVLE1BQU0sb0JBQW9CO0FBQUEsRUFDNUU7QUFDQSxNQUFJLElBQWtDLG9CQUFvQixFQUFFLFFBQVEsRUFBRSxRQUFRLFNBQVMsRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ2hILFVBQU0sT0FBTyxRQUFRLElBQUksT0FBTyxJQUFJO0FBQ3BDLFFBQUksQ0FBQyxLQUFNLFFBQU8sTUFBTSxLQUFLLEdBQUcsRUFBRSxLQUFLLFlBQVksRUFBRSxLQUFLLFdBQVc7QUFDckUsVUFBTSxPQUFPLGlCQUFpQixzQkFBc0IsRUFBRSxLQUFLLGdDQUFnQztBQUMzRixXQUFPLE1BQU0sS0FBSyxHQUFHLGlCQUFpQixJQUFJLENBQUM7QUFBQSxFQUM3QyxDQUFDO0FBQ0QsTUFBSSxJQUFJLHVCQUF1QixFQUFFLFFBQVEsRUFBRSxRQUFRLFNBQVMsRUFBRSxHQUFHLE9BQU8sTUFBTSxVQUFVO0FBQ3RGLFVBQU0sT0FBTyxpQkFBaUIsc0JBQXNCLEVBQUUsS0FBSyxlQUFlO0FBQzFFLFdBQU8sTUFBTSxLQUFLLEdBQUcsaUJBQWlCLEtBQUssS0FBSyxNQUFNLFVBQVUsYUFBYSxDQUFDLENBQUM7QUFBQSxFQUNqRixDQUFDO0FBQ0g7QUFFQSxlQUFlLFdBQVcsS0FBcUM7QUFDN0QsUUFBTSxJQUFJLFNBQVMsTUFBTTtBQUFBLElBQ3ZCLFFBQVEsRUFBRSxTQUFTO0FBQUEsSUFDbkIsV0FBVyxDQUFDLEtBQUssS0FBSyxNQUFNLE9BQU8sR0FBRyxVQUFVLEdBQUcsUUFBUSxDQUFDO0FBQUEsSUFDNUQsU0FBUztBQUFBLE1BQ1AsWUFBWTtBQUFBLE1BQ1osYUFBYSxDQUFDLFFBQThCO0FBRzFDLFlBQUksVUFBVSxXQUFXLENBQUMsUUFBZ0IsV0FBVyxHQUFHLENBQUM7QUFDekQsWUFBSSxVQUFVLGNBQWMsQ0FBQyxRQUFnQixXQUFXLEdBQUcsQ0FBQztBQUU1RCxZQUFJLFVBQVUsYUFBYSxJQUFJLFNBQVMsT0FBTyxVQUFVLENBQUM7QUFFMUQsWUFBSSxVQUFVLGFBQWEsQ0FBQyxPQUFzQyxTQUFpQixRQUFRLE9BQU8sSUFBSSxLQUFLLElBQUksU0FBUyxRQUFRLFVBQVUsT0FBeUIsSUFBSSxDQUFDO0FBQUEsTUFDMUs7QUFBQSxJQUNGO0FBQUEsSUFDQSxZQUFZLElBQUksS0FBSyxPQUFPO0FBQUEsRUFDOUIsQ0FBQztBQUNELE1BQUksY0FBYyxVQUFVLGVBQW9DLFVBQWtCLE9BQWdDLENBQUMsR0FBRztBQUNwSCxVQUFNLE1BQU0sS0FBSztBQUNqQixVQUFNLFVBQVUsSUFBSTtBQUNwQixVQUFNLE9BQU8sTUFBTSxLQUFLLFVBQVUsVUFBVTtBQUFBLE1BQzFDLEdBQUc7QUFBQSxNQUNILE9BQU87QUFBQSxNQUNQLFdBQVcsU0FBUyxhQUFhLEtBQUs7QUFBQSxNQUN0QyxVQUFXLEtBQWEsVUFBVTtBQUFBLE1BQ2xDLGlCQUFpQixTQUFTO0FBQUEsTUFDMUIsWUFBWSxVQUFVLGNBQWMsU0FBUyxJQUFJLEdBQUcsSUFBSSxDQUFDO0FBQUEsSUFDM0QsQ0FBQztBQUNELFdBQU8sS0FBSyxLQUFLLDBCQUEwQixFQUFFLEtBQUssSUFBSTtBQUFBLEVBQ3hELENBQUM7QUFDSDtBQUVBLGVBQWUsYUFBYSxLQUFxQztBQUMvRCxRQUFNLElBQUksU0FBUyxTQUFTO0FBQUEsSUFDMUIsU0FBUztBQUFBLE1BQ1AsU0FBUztBQUFBLE1BQ1QsTUFBTTtBQUFBLFFBQ0osT0FBTztBQUFBLFFBQ1AsU0FBUztBQUFBLFFBQ1QsU0FBUyxFQUFFLE1BQU0sT0FBTyxZQUFZLE1BQU07QUFBQSxRQUMxQyxhQUFhO0FBQUEsVUFDWDtBQUFBLFVBQ0E7QUFBQSxVQUNBO0FBQUEsUUFDRixFQUFFLEtBQUssSUFBSTtBQUFBLE1BQ2I7QUFBQSxNQUNBLFNBQVMsQ0FBQyxFQUFFLEtBQUssS0FBSyxhQUFhLDRCQUE0QixDQUFDO0FBQUEsTUFDaEUsTUFBTTtBQUFBLE1BQ04sWUFBWSxFQUFFLGlCQUFpQixFQUFFLFFBQVEsRUFBRSxNQUFNLFFBQVEsUUFBUSxTQUFTLEVBQUUsRUFBRTtBQUFBLE1BQzlFLFVBQVUsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUMzQjtBQUFBO0FBQUEsSUFFQSxhQUFhLEVBQUUscUJBQXFCLENBQUMsTUFBd0IsT0FBZ0IsV0FBbUIsTUFBYyxLQUFLLE9BQU8sT0FBTyxDQUFDLEdBQUc7QUFBQSxJQUNySSxXQUFXLENBQUMsRUFBRSxRQUFRLEtBQUssTUFBTSxPQUE4RTtBQUFBLE1BQzdHLFFBQVEscUJBQXFCLEtBQUssTUFBTSxJQUFLLE1BQU0sUUFBUSxXQUFXLFdBQVcsRUFBRSxHQUFHLFFBQVEsVUFBVSxDQUFDLEVBQUUsSUFBSSxTQUFVLEVBQUUsR0FBRyxRQUFRLE1BQU0sS0FBSztBQUFBLE1BQ2pKO0FBQUEsSUFDRjtBQUFBLEVBQ0YsQ0FBUTtBQUNWO0FBUUEsU0FBUyxpQkFBaUIsS0FBNEI7QUFDcEQsTUFBSSxVQUFVLGdCQUFnQjtBQUM5QixNQUFJLFFBQVEsV0FBVyxDQUFDLFVBQVU7QUFDaEMsUUFBSSxDQUFDLE1BQU0sSUFBSSxXQUFXLFVBQVUsRUFBRztBQUN2QyxzQkFBa0IsS0FBWTtBQUFBLEVBQ2hDLENBQUM7QUFDSDtBQVFBLGVBQWUsZ0JBQWdCLEtBQXFDO0FBQ2xFLFFBQU0sRUFBRSxLQUFLLFNBQVMsSUFBSSxJQUFJLEtBQUssT0FBTztBQUMxQyxRQUFNLElBQUksU0FBUyxXQUFXO0FBQUEsSUFDNUIsUUFBUTtBQUFBLElBQ1I7QUFBQSxJQUNBLFlBQVk7QUFBQSxJQUNaLE9BQU8sdUJBQXVCLElBQUksS0FBSyxTQUFTLElBQUksSUFBSSxLQUFLLFNBQVMsV0FBVztBQUFBLElBQ2pGLGNBQWM7QUFBQTtBQUFBLElBRWQsV0FBVyxDQUFDLFFBQXdCLENBQUMsSUFBSSxJQUFJLFdBQVcsVUFBVSxLQUFLLElBQUksYUFBYSxRQUFRLGlCQUFpQjtBQUFBLElBQ2pILGlCQUFpQjtBQUFBLElBQ2pCLHNCQUFzQixDQUFDLE1BQXNCLFFBQzNDLE9BQU8sT0FBTyxJQUFJLE1BQU0sdUNBQXVDLElBQUksR0FBRyx3QkFBd0IsWUFBWSxRQUFRLENBQUMsa0JBQWtCLElBQUksS0FBSyxHQUFHLEdBQUcsRUFBRSxZQUFZLElBQUksV0FBVyxDQUFDO0FBQUEsRUFDdEwsQ0FBQztBQUNIO0FBRUEsU0FBUyxZQUFZLElBQW9CO0FBQ3ZDLE1BQUksT0FBTyxJQUFNLFFBQU87QUFDeEIsTUFBSSxPQUFPLElBQVEsUUFBTztBQUMxQixNQUFJLE9BQU8sS0FBVyxRQUFPO0FBQzdCLFNBQU8sR0FBRyxLQUFLLE1BQU0sS0FBSyxHQUFJLENBQUM7QUFDakM7QUFPQSxTQUFTLFdBQVcsS0FBNEI7QUFDOUMsTUFBSSxRQUFRLFVBQVUsT0FBTyxLQUFLLE9BQU8sWUFBWTtBQUNuRCxRQUFLLElBQUksV0FBVyxTQUFTLElBQUksV0FBVyxVQUFXLE1BQU0sZUFBZSxPQUFPLENBQUMsSUFBSSxJQUFJLFdBQVcsVUFBVSxFQUFHLFFBQU87QUFDM0gsUUFBSSxPQUFPLFlBQVksWUFBWSxDQUFDLE9BQU8sTUFBTSxVQUFVLGNBQWMsS0FBSyxFQUFFLEVBQUUsU0FBUyxNQUFNLEVBQUcsUUFBTztBQUMzRyxRQUFJLE9BQU8sTUFBTSxVQUFVLE1BQU07QUFDakMsUUFBSSxDQUFDLE1BQU07QUFDVCxhQUFPLG1CQUFtQixPQUFPO0FBQ2pDLFlBQU0sT0FBTyxRQUFRLElBQUk7QUFBQSxJQUMzQjtBQUNBLFFBQUksWUFBWSxJQUFJLFFBQVEsZUFBZSxHQUFHLElBQUksR0FBRztBQUNuRCxZQUFNLEtBQUssR0FBRztBQUNkLGFBQU87QUFBQSxJQUNUO0FBQ0EsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNIO0FBT0EsU0FBUyxvQkFBb0IsS0FBNEI7QUFDdkQsTUFBSSxRQUFRO0FBQ1osTUFBSSxRQUFRLGFBQWEsT0FBTyxLQUFLLFVBQVU7QUFDN0MsUUFBSSxTQUFTLElBQUksV0FBVyxTQUFTLElBQUksSUFBSSxXQUFXLFVBQVUsS0FBSyxVQUFVLEdBQUcsS0FBSyxJQUFJLGFBQWEsUUFBUSxhQUFjO0FBQ2hJLFNBQUssTUFBTSxJQUFJLFNBQVMsYUFBYSxLQUFLLEdBQUcsU0FBUyxHQUFHO0FBQ3ZELGNBQVE7QUFDUjtBQUFBLElBQ0Y7QUFDQSxVQUFNLEtBQUssR0FBRztBQUNkLFdBQU8sTUFBTSxPQUFPLG9CQUFvQixFQUFFLE9BQU8sNEJBQTRCLENBQUM7QUFBQSxFQUNoRixDQUFDO0FBQ0g7QUFFQSxTQUFTLG9CQUFvQixLQUE0QjtBQUN2RCxNQUFJLGdCQUFnQixTQUFTLElBQUk7QUFDakMsTUFBSSxnQkFBZ0IsV0FBVyxJQUFJO0FBQ25DLE1BQUksZ0JBQWdCLGNBQWMsSUFBSTtBQUN0QyxNQUFJLFFBQVEsYUFBYSxPQUFPLFFBQVE7QUFDdEMsUUFBSSxJQUFJLElBQUksV0FBVyxVQUFVLEVBQUc7QUFDcEMsVUFBTSxFQUFFLFFBQVEsUUFBUSxJQUFJLElBQUk7QUFDaEMsVUFBTSxPQUFPLElBQUksUUFBUTtBQUN6QixRQUFJLE1BQU0sV0FBVyxTQUFTLEdBQUc7QUFDL0IsWUFBTSxhQUFhLE1BQU0sT0FBTyxjQUFjLEtBQUssTUFBTSxDQUFDLEVBQUUsS0FBSyxDQUFDO0FBQ2xFLFVBQUksWUFBWTtBQUNkLGNBQU0sRUFBRSxZQUFZLEdBQUcsTUFBTSxJQUFJO0FBQ2pDLFlBQUksUUFBUTtBQUNaLFlBQUksYUFBYTtBQUFBLE1BQ25CO0FBQ0E7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLElBQUksUUFBUSxjQUFjO0FBQ3hDLFFBQUksU0FBUyxJQUFJLGFBQWEsUUFBUSxjQUFjO0FBQ2xELFlBQU0sWUFBWSxRQUFRLHdCQUF3QixLQUFLO0FBQ3ZELFVBQUksV0FBVztBQUNiLFlBQUksVUFBVTtBQUNkLFlBQUksUUFBUTtBQUNaO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE9BQU87QUFDVCxZQUFNLElBQUksTUFBTSxPQUFPLGFBQWEsS0FBSztBQUN6QyxVQUFJLEdBQUc7QUFDTCxZQUFJLFVBQVU7QUFDZCxZQUFJLFFBQVE7QUFBQSxNQUNkO0FBQUEsSUFDRjtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUEsU0FBUyxVQUFVLEtBQThCO0FBQy9DLFNBQU8sSUFBSSxJQUFJLFdBQVcsT0FBTyxLQUFLLElBQUksUUFBUTtBQUNwRDtBQUdBLFNBQVMsWUFBWSxLQUFxQixPQUFxQixNQUFpQixPQUErQjtBQUM3RyxTQUFPLE1BQU0sS0FBSyxLQUFLLE1BQU0sRUFBRSxLQUFLLFlBQVksRUFBRSxLQUFLLFdBQVcsTUFBTSxJQUFJLEtBQUssS0FBSyxDQUFDO0FBQ3pGO0FBRUEsU0FBUyxtQkFBbUIsS0FBNEI7QUFFdEQsTUFBSSxRQUFRLGFBQWEsT0FBTyxLQUFLLFVBQVU7QUFDN0MsVUFBTSxTQUFTLElBQUksYUFBYSxRQUFRO0FBQ3hDLFFBQUksV0FBVyxZQUFZLFdBQVcsT0FBUTtBQUM5QyxRQUFJLENBQUMsSUFBSSxPQUFPO0FBQ2QsVUFBSSxVQUFVLEdBQUcsRUFBRyxRQUFPLFlBQVksS0FBSyxPQUFPLGVBQWU7QUFDbEUsWUFBTSxXQUFXLElBQUksV0FBVyxRQUFRLGFBQWEsbUJBQW1CLElBQUksR0FBRyxDQUFDLEtBQUs7QUFDckYsYUFBTyxNQUFNLFNBQVMsV0FBVyxRQUFRLElBQUksR0FBRztBQUFBLElBQ2xEO0FBQ0EsUUFBSSxvQkFBb0IsR0FBRyxFQUFHLFFBQU8sWUFBWSxLQUFLLE9BQU8sZUFBZTtBQUM1RSxRQUFJLE1BQU0sd0JBQXdCLEtBQUssS0FBSyxLQUFLLEVBQUcsUUFBTztBQUUzRCxRQUFJLElBQUksU0FBUyxhQUFhLENBQUMsSUFBSSxhQUFhLFFBQVEsb0JBQW9CO0FBQzFFLFVBQUksVUFBVSxHQUFHLEVBQUcsUUFBTyxZQUFZLEtBQUssT0FBTyxvQkFBb0I7QUFDdkUsYUFBTyxNQUFNLFNBQVMsZ0JBQWdCLEdBQUc7QUFBQSxJQUMzQztBQUNBLFFBQUksV0FBVyxZQUFhO0FBRTVCLFFBQUksQ0FBQyxVQUFVLFVBQVUsR0FBRyxFQUFHO0FBQy9CLFFBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxJQUFJLE9BQU8sTUFBTSxHQUFHO0FBQ3RDLFVBQUksVUFBVSxHQUFHLEVBQUcsUUFBTyxZQUFZLEtBQUssT0FBTyxTQUFTO0FBQzVELFlBQU0sS0FBSyxHQUFHO0FBQ2QsYUFBTyxNQUFNLE9BQU8sYUFBYSxFQUFFLE9BQU8sNEJBQTRCLFNBQVMsK0NBQStDLENBQUM7QUFBQSxJQUNqSTtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBR0EsU0FBUyxvQkFBb0IsS0FBOEI7QUFDekQsU0FBTyxJQUFJLGVBQWUsVUFBVSxJQUFJLFdBQVcsU0FBUyxJQUFJLFdBQVc7QUFDN0U7QUFFQSxNQUFNLGtCQUE2QixFQUFFLEdBQUcsV0FBVyxTQUFTLCtHQUErRztBQUdwSyxNQUFNLHVCQUF1QjtBQU9wQyxlQUFlLHdCQUF3QixLQUFzQixLQUFxQixPQUF1QztBQUN2SCxRQUFNLFVBQVUsSUFBSTtBQUNwQixNQUFJLENBQUMsUUFBUyxRQUFPO0FBRXJCLE1BQUksSUFBSSxhQUFhLFFBQVEsYUFBYyxRQUFPO0FBQ2xELFFBQU1BLFFBQU8sSUFBSSxJQUFJLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFDakMsTUFBSUEsVUFBUyx3QkFBd0JBLFVBQVMsWUFBYSxRQUFPO0FBQ2xFLE1BQUksQ0FBRSxNQUFNLElBQUksU0FBUyxPQUFPLHVCQUF1QixRQUFRLE1BQU0sRUFBSSxRQUFPO0FBQ2hGLE1BQUksVUFBVSxHQUFHLEdBQUc7QUFDbEIsZ0JBQVksS0FBSyxPQUFPLEVBQUUsR0FBRyxXQUFXLFNBQVMsdUNBQXVDLENBQUM7QUFDekYsV0FBTztBQUFBLEVBQ1Q7QUFDQSxRQUFNLFNBQVMsc0JBQXNCLEdBQUc7QUFDeEMsU0FBTztBQUNUO0FBRUEsU0FBUyxVQUFVLEtBQTRCO0FBRzdDLE1BQUksUUFBUSxhQUFhLE9BQU8sS0FBSyxVQUFVO0FBQzdDLFFBQUksSUFBSSxXQUFXLFNBQVMsQ0FBQyxJQUFJLElBQUksV0FBVyxVQUFVLEVBQUcsZ0JBQWUsS0FBSyxLQUFLO0FBQUEsRUFDeEYsQ0FBQztBQUNELE1BQUksUUFBUSxjQUFjLE9BQU8sS0FBSyxVQUFVO0FBQzlDLFFBQUksQ0FBQyxlQUFlLElBQUksSUFBSSxNQUFNLEVBQUc7QUFDckMsUUFBSSxJQUFJLFNBQVMsQ0FBQyxJQUFJLFFBQVM7QUFDL0IsUUFBSSxJQUFJLGFBQWEsUUFBUSxTQUFTLGdCQUFnQixJQUFJLFdBQVcsSUFBSSxZQUFZLEVBQUc7QUFDeEYsVUFBTSxPQUFRLElBQUksUUFBUSxDQUFDO0FBQzNCLFVBQU0sT0FBTyxPQUFPLEtBQUssVUFBVSxXQUFXLEtBQUssUUFBUTtBQUMzRCxRQUFJLENBQUMsaUJBQWlCLEtBQUssSUFBSSxHQUFHO0FBQ2hDLFVBQUksVUFBVSxHQUFHLEVBQUcsUUFBTyxZQUFZLEtBQUssT0FBTyxZQUFZO0FBQy9ELFlBQU0sS0FBSyxHQUFHO0FBQ2QsYUFBTyxNQUFNLE9BQU8sYUFBYSxFQUFFLE9BQU8sd0JBQXdCLFNBQVMsMENBQTBDLENBQUM7QUFBQSxJQUN4SDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUEsU0FBUyxvQkFBb0IsS0FBNEI7QUFDdkQsTUFBSSxJQUFJLFdBQVcsRUFBRSxRQUFRLEVBQUUsUUFBUSxTQUFTLEVBQUUsR0FBRyxPQUFPLE1BQU0sVUFBVTtBQUMxRSxRQUFJO0FBQ0YsWUFBTSxJQUFJLFNBQVMsT0FBTyxjQUFjO0FBQ3hDLGFBQU8sRUFBRSxRQUFRLE1BQU0sVUFBVSxJQUFJLEtBQUssU0FBUyxPQUFPO0FBQUEsSUFDNUQsUUFBUTtBQUNOLGFBQU8sTUFBTSxLQUFLLEdBQUcsRUFBRSxLQUFLLEVBQUUsUUFBUSxlQUFlLFNBQVMsa0NBQWtDLENBQUM7QUFBQSxJQUNuRztBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUEsU0FBUyxjQUFjLEtBQTRCO0FBQ2pELE1BQUksbUJBQW1CLE9BQU8sS0FBSyxVQUFVO0FBRTNDLFFBQUksQ0FBQyxJQUFJLE9BQU87QUFDZCxVQUFJLFVBQVUsR0FBRyxFQUFHLFFBQU8sWUFBWSxLQUFLLE9BQU8sZUFBZTtBQUNsRSxhQUFPLE1BQU0sU0FBUyxZQUFZLEdBQUc7QUFBQSxJQUN2QztBQUNBLFFBQUksVUFBVSxHQUFHLEdBQUc7QUFDbEIsWUFBTSxVQUFVLFVBQVUsS0FBSyxJQUFJLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFFO0FBQ3JELFVBQUksUUFBUSxTQUFTLEdBQUc7QUFDdEIsY0FBTSxPQUFPLFNBQVMsUUFBUSxLQUFLLElBQUksQ0FBQztBQUN4QyxlQUFPLFlBQVksS0FBSyxPQUFPLEVBQUUsUUFBUSxLQUFLLE1BQU0sc0JBQXNCLE9BQU8sc0JBQXNCLFNBQVMsR0FBRyxJQUFJLE1BQU0sOENBQThDLFFBQVEsS0FBSyxJQUFJLENBQUMsSUFBSSxDQUFDO0FBQUEsTUFDcE07QUFDQSxhQUFPLFlBQVksS0FBSyxPQUFPLFNBQVM7QUFBQSxJQUMxQztBQUNBLFVBQU0sS0FBSyxHQUFHO0FBQ2QsV0FBTyxNQUFNLE9BQU8sYUFBYSxFQUFFLE9BQU8sa0JBQWtCLFNBQVMsa0RBQWtELENBQUM7QUFBQSxFQUMxSCxDQUFDO0FBQ0g7QUFHQSxTQUFTLFVBQVUsS0FBc0JBLE9BQXdCO0FBQy9ELFFBQU0sVUFBVSxvQkFBSSxJQUFZO0FBQ2hDLGFBQVcsS0FBSyxJQUFJLFlBQVk7QUFDOUIsVUFBTSxVQUFVLElBQUksT0FBTyxJQUFJLEVBQUUsSUFBSSxRQUFRLHVCQUF1QixNQUFNLEVBQUUsUUFBUSxXQUFXLE9BQU8sQ0FBQyxHQUFHO0FBQzFHLFFBQUksUUFBUSxLQUFLQSxLQUFJLEVBQUcsU0FBUSxJQUFJLEVBQUUsTUFBTTtBQUFBLEVBQzlDO0FBQ0EsTUFBSSxRQUFRLElBQUksS0FBSyxFQUFHLFNBQVEsSUFBSSxNQUFNO0FBQzFDLFNBQU8sQ0FBQyxHQUFHLE9BQU8sRUFBRSxLQUFLO0FBQzNCO0FBRUEsU0FBUyxZQUFZLEtBQTRCO0FBQy9DLE1BQUksZ0JBQWdCLE9BQU8sT0FBWSxLQUFLLFVBQVU7QUFDcEQsVUFBTSxPQUFPLFVBQVUsS0FBSztBQUM1QixRQUFJLHNCQUFzQixLQUFLLEVBQUcsT0FBTSxPQUFPLGVBQWUsSUFBSTtBQUNsRSxRQUFJLEtBQUssVUFBVSxLQUFLO0FBQ3RCLFlBQU0sT0FBTyxlQUFlLE9BQU8sS0FBSyxLQUFLLE1BQU07QUFDbkQsVUFBSSxzQkFBc0IsS0FBSyxFQUFHLEtBQUksSUFBSSxLQUFLLE1BQU0sc0JBQXNCO0FBQUEsVUFDdEUsS0FBSSxJQUFJLE1BQU0sTUFBTSxjQUFjO0FBQUEsSUFDekM7QUFDQSxRQUFJLFVBQVUsR0FBRyxFQUFHLFFBQU8sWUFBWSxLQUFLLE9BQU8sTUFBTSxLQUFLO0FBQzlELFVBQU0sS0FBSyxLQUFLLE1BQU07QUFDdEIsV0FBTyxNQUFNLE9BQU8sYUFBYSxFQUFFLE9BQU8sS0FBSyxPQUFPLFNBQVMsS0FBSyxRQUFRLENBQUM7QUFBQSxFQUMvRSxDQUFDO0FBQ0g7IiwKICAibmFtZXMiOiBbInBhdGgiXQp9Cg==
