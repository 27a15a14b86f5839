import { pageOfSorted } from "../../formats/cursor.js";
import { pageQueryProperties, pageSchema, problems } from "../api-schemas.js";
import { bool, dateTime, dateTimeN, int, obj, str, strN } from "../api-documents.js";
const access = "admin:users";
const ROLES = ["practitioner", "scheme_manager", "analyst", "board_member", "administrator"];
const TOKEN_SCOPES = ["read", "role"];
const MAX_TOKEN_DAYS = 366;
const tags = ["administration"];
const role = { type: "string", enum: [...ROLES] };
const userSchema = obj({
  username: str,
  displayName: str,
  role,
  agencyCode: str,
  agencyName: str,
  disabled: bool,
  status: { type: "string", enum: ["active", "invited", "must change password", "disabled"] },
  secondFactor: bool
});
const issuedSchema = obj({
  user: userSchema,
  credential: { type: "string", enum: ["invitation", "one-time"] },
  invitationUrl: strN,
  invitationExpiresAt: dateTimeN,
  oneTimePassword: strN
});
const agencySchema = obj({ code: str, name: str, kind: str, users: int });
const areaSchema = obj({ code: str, name: str, parentCode: strN });
const tokenSchema = obj({
  id: int,
  username: str,
  name: str,
  scope: { type: "string", enum: [...TOKEN_SCOPES] },
  createdAt: dateTime,
  expiresAt: dateTime,
  revokedAt: dateTimeN,
  status: { type: "string", enum: ["active", "expired", "revoked"] }
});
const createdTokenSchema = obj({ id: int, token: { type: "string", description: "The secret: shown in this answer only, stored as a hash." }, expiresAt: dateTime });
const usernameParams = { type: "object", required: ["username"], properties: { username: { type: "string", minLength: 1, maxLength: 100 } } };
const pageQuery = { type: "object", properties: pageQueryProperties };
function invitationUrl(req, token) {
  return `${req.protocol}://${req.host}/invitations/${token}`;
}
function userOut(u) {
  return { username: u.username, displayName: u.displayName, role: u.role, agencyCode: u.agencyCode, agencyName: u.agencyName, disabled: u.disabled, status: u.status, secondFactor: u.secondFactor };
}
function registerAdminApiRoutes(app) {
  const svc = () => app.services;
  app.get(
    "/api/v1/users",
    {
      config: { access },
      schema: { summary: "The partnership's users, by username, a page at a time.", tags, querystring: pageQuery, response: { 200: pageSchema("users", userSchema), ...problems } }
    },
    async (req) => {
      const page = pageOfSorted(await svc().access.listUsers(req.actor), req.query, (u) => [u.username]);
      return { users: page.items.map(userOut), next: page.next };
    }
  );
  app.get(
    "/api/v1/users/:username",
    { config: { access }, schema: { summary: "One user: role, agency, status and whether a second factor is set up.", tags, params: usernameParams, response: { 200: userSchema, ...problems } } },
    async (req) => userOut(await svc().access.getUser(req.actor, req.params.username))
  );
  app.post(
    "/api/v1/users",
    {
      config: { access },
      schema: {
        summary: "Adds a user, who sets a password through an invitation link (the default) or signs in once with a one-time password. The link or password is in this answer only.",
        tags,
        body: {
          type: "object",
          required: ["username", "displayName", "role", "agency"],
          additionalProperties: false,
          properties: {
            username: { type: "string", minLength: 1, maxLength: 100 },
            displayName: { type: "string" },
            email: { type: ["string", "null"] },
            role,
            agency: { type: "string", description: "The code of the user's agency." },
            credential: { type: "string", enum: ["invitation", "one-time"], default: "invitation" }
          }
        },
        response: { 201: issuedSchema, ...problems }
      }
    },
    async (req, reply) => {
      const b = req.body;
      const credential = b.credential ?? "invitation";
      const username = b.username.trim();
      const issued = await svc().access.addUser(req.actor, { username, displayName: b.displayName, email: b.email ?? null, role: b.role, agencyCode: b.agency, credential });
      const user = await svc().access.getUser(req.actor, username);
      reply.code(201).header("location", `/api/v1/users/${encodeURIComponent(username)}`);
      return {
        user: userOut(user),
        credential,
        invitationUrl: issued.invitationToken ? invitationUrl(req, issued.invitationToken) : null,
        invitationExpiresAt: issued.invitationExpiresAt?.toISOString() ?? null,
        oneTimePassword: issued.oneTimePassword ?? null
      };
    }
  );
  app.patch(
    "/api/v1/users/:username",
    {
      config: { access },
      schema: {
        summary: "Changes a user's role or agency (each kept when absent), or disables them (`disabled: true`: their sessions and tokens stop at once). A disabled user is not enabled again.",
        tags,
        params: usernameParams,
        body: { type: "object", additionalProperties: false, minProperties: 1, properties: { role, agency: { type: "string" }, disabled: { type: "boolean" } } },
        response: { 200: userSchema, ...problems }
      }
    },
    async (req) => userOut(await svc().access.updateUser(req.actor, req.params.username, { role: req.body.role, agencyCode: req.body.agency, disabled: req.body.disabled }))
  );
  app.post(
    "/api/v1/users/:username/password-reset",
    {
      config: { access },
      schema: {
        summary: "Resets a user's password: a reset link (the default) or a one-time password, in this answer only. The old password stops working and their sessions end at once.",
        tags,
        params: usernameParams,
        body: { type: "object", additionalProperties: false, properties: { credential: { type: "string", enum: ["invitation", "one-time"], default: "invitation" } } },
        response: { 200: issuedSchema, ...problems }
      }
    },
    async (req) => {
      const credential = req.body?.credential ?? "invitation";
      const issued = await svc().access.resetPassword(req.actor, req.params.username, credential);
      const user = await svc().access.getUser(req.actor, req.params.username);
      return {
        user: userOut(user),
        credential,
        invitationUrl: issued.invitationToken ? invitationUrl(req, issued.invitationToken) : null,
        invitationExpiresAt: issued.invitationExpiresAt?.toISOString() ?? null,
        oneTimePassword: issued.oneTimePassword ?? null
      };
    }
  );
  app.post(
    "/api/v1/users/:username/second-factor-reset",
    {
      config: { access },
      schema: {
        summary: "Resets a user's second factor: they set it up again at their next sign-in.",
        tags,
        params: usernameParams,
        response: { 204: { description: "Reset.", type: "null" }, ...problems }
      }
    },
    async (req, reply) => {
      await svc().access.resetSecondFactor(req.actor, req.params.username);
      return reply.code(204).send();
    }
  );
  app.get(
    "/api/v1/agencies",
    { config: { access }, schema: { summary: "The partnership's agencies, by code, with how many users each has.", tags, querystring: pageQuery, response: { 200: pageSchema("agencies", agencySchema), ...problems } } },
    async (req) => {
      const rows = (await svc().partnerships.agencies(req.actor)).map((a) => ({ code: a.code, name: a.name, kind: a.kind, users: Number(a.users) }));
      const page = pageOfSorted(rows, req.query, (a) => [a.code]);
      return { agencies: page.items, next: page.next };
    }
  );
  app.post(
    "/api/v1/agencies",
    {
      config: { access },
      schema: {
        summary: "Adds an agency to the partnership.",
        tags,
        body: { type: "object", required: ["code", "name", "kind"], additionalProperties: false, properties: { code: str, name: str, kind: str } },
        response: { 201: agencySchema, ...problems }
      }
    },
    async (req, reply) => {
      await svc().partnerships.addAgency(req.actor, req.body);
      const made = (await svc().partnerships.agencies(req.actor)).find((a) => a.code === req.body.code.trim().toUpperCase() || a.code === req.body.code.trim());
      reply.code(201);
      return { code: made.code, name: made.name, kind: made.kind, users: Number(made.users) };
    }
  );
  app.get(
    "/api/v1/areas",
    { config: { access }, schema: { summary: "The partnership's areas, by code, with each one's parent.", tags, querystring: pageQuery, response: { 200: pageSchema("areas", areaSchema), ...problems } } },
    async (req) => {
      const page = pageOfSorted(await svc().partnerships.areas(req.actor), req.query, (a) => [a.code]);
      return { areas: page.items, next: page.next };
    }
  );
  app.post(
    "/api/v1/areas",
    {
      config: { access },
      schema: {
        summary: "Adds an area (a ward, a district) to the partnership, within a parent area when named.",
        tags,
        body: { type: "object", required: ["code", "name"], additionalProperties: false, properties: { code: str, name: str, parentCode: strN } },
        response: { 201: areaSchema, ...problems }
      }
    },
    async (req, reply) => {
      await svc().partnerships.addArea(req.actor, { code: req.body.code, name: req.body.name, parentCode: req.body.parentCode || void 0 });
      const code = req.body.code.trim();
      const made = (await svc().partnerships.areas(req.actor)).find((a) => a.code === code || a.code === code.toUpperCase());
      reply.code(201);
      return made;
    }
  );
  app.get(
    "/api/v1/tokens",
    { config: { access }, schema: { summary: "The partnership's API tokens, newest first (never the secrets).", tags, querystring: pageQuery, response: { 200: pageSchema("tokens", tokenSchema), ...problems } } },
    async (req) => {
      const page = pageOfSorted(await svc().access.listTokens(req.actor), req.query, (t) => [t.id]);
      return {
        tokens: page.items.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), expiresAt: t.expiresAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null })),
        next: page.next
      };
    }
  );
  app.post(
    "/api/v1/tokens",
    {
      config: { access },
      schema: {
        summary: "Creates an API token for a user: scope 'read' (GET only, the default) or 'role' (whatever the user's role may do), expiring in 90 days unless said. The secret is in this answer only.",
        tags,
        body: {
          type: "object",
          required: ["username", "name"],
          additionalProperties: false,
          properties: { username: str, name: str, scope: { type: "string", enum: [...TOKEN_SCOPES] }, expiresInDays: { type: "integer", minimum: 1, maximum: MAX_TOKEN_DAYS } }
        },
        response: { 201: createdTokenSchema, ...problems }
      }
    },
    async (req, reply) => {
      const made = await svc().access.createToken(req.actor, req.body);
      reply.code(201).header("cache-control", "no-store");
      return { id: made.id, token: made.token, expiresAt: made.expiresAt.toISOString() };
    }
  );
  app.delete(
    "/api/v1/tokens/:id",
    {
      config: { access },
      schema: {
        summary: "Revokes a token at once. Revoking a revoked token changes nothing.",
        tags,
        params: { type: "object", required: ["id"], properties: { id: { type: "integer" } } },
        response: { 204: { description: "Revoked.", type: "null" }, ...problems }
      }
    },
    async (req, reply) => {
      await svc().access.revokeToken(req.actor, req.params.id);
      return reply.code(204).send();
    }
  );
}
export {
  registerAdminApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLWFkbWluLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBBZG1pbmlzdHJhdGlvbiBpbiB0aGUgSlNPTiBBUEkgKFNQRUMgMy44LCBpc3N1ZSAxNyk6IHRoZSBwYXJ0bmVyc2hpcCdzXG4vLyB1c2VycywgYWdlbmNpZXMsIGFyZWFzIGFuZCBBUEkgdG9rZW5zLCBmb3IgYWRtaW5pc3RyYXRvcnMgKCdhZG1pbjp1c2VycycsXG4vLyBhcyB0aGUgL2FkbWluIHBhZ2VzKS4gVGhlIHNhbWUgc2VydmljZSBmdW5jdGlvbnMgYXMgdGhlIHBhZ2VzIGFuZCB0aGUgQ0xJO1xuLy8gZWFjaCBjaGFuZ2UgaXMgYXVkaXRlZCB0aGVyZS4gU2VjcmV0cyAoYW4gaW52aXRhdGlvbiBsaW5rLCBhIG9uZS10aW1lXG4vLyBwYXNzd29yZCwgYSB0b2tlbikgYXJlIGluIHRoZSBhbnN3ZXIgdGhhdCBtYWRlIHRoZW0sIG9uY2U7IGEgcGFzc3dvcmQnc1xuLy8gaGFzaCBuZXZlciBsZWF2ZXMgdGhlIGRhdGFiYXNlLlxuaW1wb3J0IHR5cGUgeyBGYXN0aWZ5SW5zdGFuY2UsIEZhc3RpZnlSZXF1ZXN0IH0gZnJvbSAnZmFzdGlmeSc7XG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuLi8uLi9nbG9zc2FyeS5qcyc7XG5pbXBvcnQgdHlwZSB7IElzc3VlZENyZWRlbnRpYWwsIFVzZXJMaXN0aW5nIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3VzZXJzLmpzJztcbmltcG9ydCB7IHBhZ2VPZlNvcnRlZCB9IGZyb20gJy4uLy4uL2Zvcm1hdHMvY3Vyc29yLmpzJztcbmltcG9ydCB7IHBhZ2VRdWVyeVByb3BlcnRpZXMsIHBhZ2VTY2hlbWEsIHByb2JsZW1zIH0gZnJvbSAnLi4vYXBpLXNjaGVtYXMuanMnO1xuaW1wb3J0IHsgYm9vbCwgZGF0ZVRpbWUsIGRhdGVUaW1lTiwgaW50LCBvYmosIHN0ciwgc3RyTiB9IGZyb20gJy4uL2FwaS1kb2N1bWVudHMuanMnO1xuXG5jb25zdCBhY2Nlc3MgPSAnYWRtaW46dXNlcnMnIGFzIGNvbnN0O1xuLy8gVGhlIHJvbGVzIGFuZCB0b2tlbiBzY29wZXMgdGhlIHNlcnZpY2VzIGNoZWNrIChzcmMvYWNjZXNzL3VzZXJzLnRzLCBhcGktdG9rZW5zLnRzKSwgc3BlbGxlZCBvdXRcbi8vIGZvciB0aGUgc2NoZW1hOiBhIHdlYiByb3V0ZSBkb2VzIG5vdCByZWFjaCBwYXN0IHRoZSBjb21wb3NpdGlvbiByb290IGZvciB2YWx1ZXMuXG5jb25zdCBST0xFUzogcmVhZG9ubHkgUm9sZVtdID0gWydwcmFjdGl0aW9uZXInLCAnc2NoZW1lX21hbmFnZXInLCAnYW5hbHlzdCcsICdib2FyZF9tZW1iZXInLCAnYWRtaW5pc3RyYXRvciddO1xuY29uc3QgVE9LRU5fU0NPUEVTID0gWydyZWFkJywgJ3JvbGUnXSBhcyBjb25zdDtcbmNvbnN0IE1BWF9UT0tFTl9EQVlTID0gMzY2O1xuY29uc3QgdGFncyA9IFsnYWRtaW5pc3RyYXRpb24nXTtcblxuY29uc3Qgcm9sZSA9IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsuLi5ST0xFU10gfSBhcyBjb25zdDtcbmNvbnN0IHVzZXJTY2hlbWEgPSBvYmooe1xuICB1c2VybmFtZTogc3RyLFxuICBkaXNwbGF5TmFtZTogc3RyLFxuICByb2xlLFxuICBhZ2VuY3lDb2RlOiBzdHIsXG4gIGFnZW5jeU5hbWU6IHN0cixcbiAgZGlzYWJsZWQ6IGJvb2wsXG4gIHN0YXR1czogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydhY3RpdmUnLCAnaW52aXRlZCcsICdtdXN0IGNoYW5nZSBwYXNzd29yZCcsICdkaXNhYmxlZCddIH0sXG4gIHNlY29uZEZhY3RvcjogYm9vbCxcbn0pO1xuY29uc3QgaXNzdWVkU2NoZW1hID0gb2JqKHtcbiAgdXNlcjogdXNlclNjaGVtYSxcbiAgY3JlZGVudGlhbDogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydpbnZpdGF0aW9uJywgJ29uZS10aW1lJ10gfSxcbiAgaW52aXRhdGlvblVybDogc3RyTixcbiAgaW52aXRhdGlvbkV4cGlyZXNBdDogZGF0ZVRpbWVOLFxuICBvbmVUaW1lUGFzc3dvcmQ6IHN0ck4sXG59KTtcbmNvbnN0IGFnZW5jeVNjaGVtYSA9IG9iaih7IGNvZGU6IHN0ciwgbmFtZTogc3RyLCBraW5kOiBzdHIsIHVzZXJzOiBpbnQgfSk7XG5jb25zdCBhcmVhU2NoZW1hID0gb2JqKHsgY29kZTogc3RyLCBuYW1lOiBzdHIsIHBhcmVudENvZGU6IHN0ck4gfSk7XG5jb25zdCB0b2tlblNjaGVtYSA9IG9iaih7XG4gIGlkOiBpbnQsXG4gIHVzZXJuYW1lOiBzdHIsXG4gIG5hbWU6IHN0cixcbiAgc2NvcGU6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsuLi5UT0tFTl9TQ09QRVNdIH0sXG4gIGNyZWF0ZWRBdDogZGF0ZVRpbWUsXG4gIGV4cGlyZXNBdDogZGF0ZVRpbWUsXG4gIHJldm9rZWRBdDogZGF0ZVRpbWVOLFxuICBzdGF0dXM6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnYWN0aXZlJywgJ2V4cGlyZWQnLCAncmV2b2tlZCddIH0sXG59KTtcbmNvbnN0IGNyZWF0ZWRUb2tlblNjaGVtYSA9IG9iaih7IGlkOiBpbnQsIHRva2VuOiB7IHR5cGU6ICdzdHJpbmcnLCBkZXNjcmlwdGlvbjogJ1RoZSBzZWNyZXQ6IHNob3duIGluIHRoaXMgYW5zd2VyIG9ubHksIHN0b3JlZCBhcyBhIGhhc2guJyB9LCBleHBpcmVzQXQ6IGRhdGVUaW1lIH0pO1xuXG5jb25zdCB1c2VybmFtZVBhcmFtcyA9IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ3VzZXJuYW1lJ10sIHByb3BlcnRpZXM6IHsgdXNlcm5hbWU6IHsgdHlwZTogJ3N0cmluZycsIG1pbkxlbmd0aDogMSwgbWF4TGVuZ3RoOiAxMDAgfSB9IH0gYXMgY29uc3Q7XG5jb25zdCBwYWdlUXVlcnkgPSB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiBwYWdlUXVlcnlQcm9wZXJ0aWVzIH0gYXMgY29uc3Q7XG5cbnR5cGUgUGFnZVF1ZXJ5ID0geyBjdXJzb3I/OiBzdHJpbmc7IGxpbWl0PzogbnVtYmVyIH07XG5cbi8qKiBUaGUgYWRkcmVzcyBvZiBhbiBpbnZpdGF0aW9uIGxpbmssIG9uIHRoZSBob3N0IHRoZSBjYWxsZXIgdXNlZCAoYXMgdGhlIHBhZ2Ugc2hvd3MgaXQpLiAqL1xuZnVuY3Rpb24gaW52aXRhdGlvblVybChyZXE6IEZhc3RpZnlSZXF1ZXN0LCB0b2tlbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3JlcS5wcm90b2NvbH06Ly8ke3JlcS5ob3N0fS9pbnZpdGF0aW9ucy8ke3Rva2VufWA7XG59XG5cbmZ1bmN0aW9uIHVzZXJPdXQodTogVXNlckxpc3RpbmcpIHtcbiAgcmV0dXJuIHsgdXNlcm5hbWU6IHUudXNlcm5hbWUsIGRpc3BsYXlOYW1lOiB1LmRpc3BsYXlOYW1lLCByb2xlOiB1LnJvbGUsIGFnZW5jeUNvZGU6IHUuYWdlbmN5Q29kZSwgYWdlbmN5TmFtZTogdS5hZ2VuY3lOYW1lLCBkaXNhYmxlZDogdS5kaXNhYmxlZCwgc3RhdHVzOiB1LnN0YXR1cywgc2Vjb25kRmFjdG9yOiB1LnNlY29uZEZhY3RvciB9O1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJBZG1pbkFwaVJvdXRlcyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICBjb25zdCBzdmMgPSAoKSA9PiBhcHAuc2VydmljZXM7XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSB1c2Vyc1xuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IFBhZ2VRdWVyeSB9PihcbiAgICAnL2FwaS92MS91c2VycycsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzcyB9LFxuICAgICAgc2NoZW1hOiB7IHN1bW1hcnk6IFwiVGhlIHBhcnRuZXJzaGlwJ3MgdXNlcnMsIGJ5IHVzZXJuYW1lLCBhIHBhZ2UgYXQgYSB0aW1lLlwiLCB0YWdzLCBxdWVyeXN0cmluZzogcGFnZVF1ZXJ5LCByZXNwb25zZTogeyAyMDA6IHBhZ2VTY2hlbWEoJ3VzZXJzJywgdXNlclNjaGVtYSksIC4uLnByb2JsZW1zIH0gfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEpID0+IHtcbiAgICAgIGNvbnN0IHBhZ2UgPSBwYWdlT2ZTb3J0ZWQoYXdhaXQgc3ZjKCkuYWNjZXNzLmxpc3RVc2VycyhyZXEuYWN0b3IhKSwgcmVxLnF1ZXJ5LCAodSkgPT4gW3UudXNlcm5hbWVdKTtcbiAgICAgIHJldHVybiB7IHVzZXJzOiBwYWdlLml0ZW1zLm1hcCh1c2VyT3V0KSwgbmV4dDogcGFnZS5uZXh0IH07XG4gICAgfSxcbiAgKTtcblxuICBhcHAuZ2V0PHsgUGFyYW1zOiB7IHVzZXJuYW1lOiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS91c2Vycy86dXNlcm5hbWUnLFxuICAgIHsgY29uZmlnOiB7IGFjY2VzcyB9LCBzY2hlbWE6IHsgc3VtbWFyeTogJ09uZSB1c2VyOiByb2xlLCBhZ2VuY3ksIHN0YXR1cyBhbmQgd2hldGhlciBhIHNlY29uZCBmYWN0b3IgaXMgc2V0IHVwLicsIHRhZ3MsIHBhcmFtczogdXNlcm5hbWVQYXJhbXMsIHJlc3BvbnNlOiB7IDIwMDogdXNlclNjaGVtYSwgLi4ucHJvYmxlbXMgfSB9IH0sXG4gICAgYXN5bmMgKHJlcSkgPT4gdXNlck91dChhd2FpdCBzdmMoKS5hY2Nlc3MuZ2V0VXNlcihyZXEuYWN0b3IhLCByZXEucGFyYW1zLnVzZXJuYW1lKSksXG4gICk7XG5cbiAgYXBwLnBvc3Q8eyBCb2R5OiB7IHVzZXJuYW1lOiBzdHJpbmc7IGRpc3BsYXlOYW1lOiBzdHJpbmc7IGVtYWlsPzogc3RyaW5nIHwgbnVsbDsgcm9sZTogUm9sZTsgYWdlbmN5OiBzdHJpbmc7IGNyZWRlbnRpYWw/OiAnaW52aXRhdGlvbicgfCAnb25lLXRpbWUnIH0gfT4oXG4gICAgJy9hcGkvdjEvdXNlcnMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3MgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnQWRkcyBhIHVzZXIsIHdobyBzZXRzIGEgcGFzc3dvcmQgdGhyb3VnaCBhbiBpbnZpdGF0aW9uIGxpbmsgKHRoZSBkZWZhdWx0KSBvciBzaWducyBpbiBvbmNlIHdpdGggYSBvbmUtdGltZSBwYXNzd29yZC4gVGhlIGxpbmsgb3IgcGFzc3dvcmQgaXMgaW4gdGhpcyBhbnN3ZXIgb25seS4nLFxuICAgICAgICB0YWdzLFxuICAgICAgICBib2R5OiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgcmVxdWlyZWQ6IFsndXNlcm5hbWUnLCAnZGlzcGxheU5hbWUnLCAncm9sZScsICdhZ2VuY3knXSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgdXNlcm5hbWU6IHsgdHlwZTogJ3N0cmluZycsIG1pbkxlbmd0aDogMSwgbWF4TGVuZ3RoOiAxMDAgfSxcbiAgICAgICAgICAgIGRpc3BsYXlOYW1lOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICAgICAgICBlbWFpbDogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10gfSxcbiAgICAgICAgICAgIHJvbGUsXG4gICAgICAgICAgICBhZ2VuY3k6IHsgdHlwZTogJ3N0cmluZycsIGRlc2NyaXB0aW9uOiBcIlRoZSBjb2RlIG9mIHRoZSB1c2VyJ3MgYWdlbmN5LlwiIH0sXG4gICAgICAgICAgICBjcmVkZW50aWFsOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ2ludml0YXRpb24nLCAnb25lLXRpbWUnXSwgZGVmYXVsdDogJ2ludml0YXRpb24nIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAxOiBpc3N1ZWRTY2hlbWEsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGIgPSByZXEuYm9keTtcbiAgICAgIGNvbnN0IGNyZWRlbnRpYWwgPSBiLmNyZWRlbnRpYWwgPz8gJ2ludml0YXRpb24nO1xuICAgICAgY29uc3QgdXNlcm5hbWUgPSBiLnVzZXJuYW1lLnRyaW0oKTtcbiAgICAgIGNvbnN0IGlzc3VlZDogSXNzdWVkQ3JlZGVudGlhbCA9IGF3YWl0IHN2YygpLmFjY2Vzcy5hZGRVc2VyKHJlcS5hY3RvciEsIHsgdXNlcm5hbWUsIGRpc3BsYXlOYW1lOiBiLmRpc3BsYXlOYW1lLCBlbWFpbDogYi5lbWFpbCA/PyBudWxsLCByb2xlOiBiLnJvbGUsIGFnZW5jeUNvZGU6IGIuYWdlbmN5LCBjcmVkZW50aWFsIH0pO1xuICAgICAgY29uc3QgdXNlciA9IGF3YWl0IHN2YygpLmFjY2Vzcy5nZXRVc2VyKHJlcS5hY3RvciEsIHVzZXJuYW1lKTtcbiAgICAgIHJlcGx5LmNvZGUoMjAxKS5oZWFkZXIoJ2xvY2F0aW9uJywgYC9hcGkvdjEvdXNlcnMvJHtlbmNvZGVVUklDb21wb25lbnQodXNlcm5hbWUpfWApO1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgdXNlcjogdXNlck91dCh1c2VyKSxcbiAgICAgICAgY3JlZGVudGlhbCxcbiAgICAgICAgaW52aXRhdGlvblVybDogaXNzdWVkLmludml0YXRpb25Ub2tlbiA/IGludml0YXRpb25VcmwocmVxLCBpc3N1ZWQuaW52aXRhdGlvblRva2VuKSA6IG51bGwsXG4gICAgICAgIGludml0YXRpb25FeHBpcmVzQXQ6IGlzc3VlZC5pbnZpdGF0aW9uRXhwaXJlc0F0Py50b0lTT1N0cmluZygpID8/IG51bGwsXG4gICAgICAgIG9uZVRpbWVQYXNzd29yZDogaXNzdWVkLm9uZVRpbWVQYXNzd29yZCA/PyBudWxsLFxuICAgICAgfTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wYXRjaDx7IFBhcmFtczogeyB1c2VybmFtZTogc3RyaW5nIH07IEJvZHk6IHsgcm9sZT86IFJvbGU7IGFnZW5jeT86IHN0cmluZzsgZGlzYWJsZWQ/OiBib29sZWFuIH0gfT4oXG4gICAgJy9hcGkvdjEvdXNlcnMvOnVzZXJuYW1lJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJDaGFuZ2VzIGEgdXNlcidzIHJvbGUgb3IgYWdlbmN5IChlYWNoIGtlcHQgd2hlbiBhYnNlbnQpLCBvciBkaXNhYmxlcyB0aGVtIChgZGlzYWJsZWQ6IHRydWVgOiB0aGVpciBzZXNzaW9ucyBhbmQgdG9rZW5zIHN0b3AgYXQgb25jZSkuIEEgZGlzYWJsZWQgdXNlciBpcyBub3QgZW5hYmxlZCBhZ2Fpbi5cIixcbiAgICAgICAgdGFncyxcbiAgICAgICAgcGFyYW1zOiB1c2VybmFtZVBhcmFtcyxcbiAgICAgICAgYm9keTogeyB0eXBlOiAnb2JqZWN0JywgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCBtaW5Qcm9wZXJ0aWVzOiAxLCBwcm9wZXJ0aWVzOiB7IHJvbGUsIGFnZW5jeTogeyB0eXBlOiAnc3RyaW5nJyB9LCBkaXNhYmxlZDogeyB0eXBlOiAnYm9vbGVhbicgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogdXNlclNjaGVtYSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB1c2VyT3V0KGF3YWl0IHN2YygpLmFjY2Vzcy51cGRhdGVVc2VyKHJlcS5hY3RvciEsIHJlcS5wYXJhbXMudXNlcm5hbWUsIHsgcm9sZTogcmVxLmJvZHkucm9sZSwgYWdlbmN5Q29kZTogcmVxLmJvZHkuYWdlbmN5LCBkaXNhYmxlZDogcmVxLmJvZHkuZGlzYWJsZWQgfSkpLFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IHVzZXJuYW1lOiBzdHJpbmcgfTsgQm9keTogeyBjcmVkZW50aWFsPzogJ2ludml0YXRpb24nIHwgJ29uZS10aW1lJyB9IH0+KFxuICAgICcvYXBpL3YxL3VzZXJzLzp1c2VybmFtZS9wYXNzd29yZC1yZXNldCcsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzcyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiUmVzZXRzIGEgdXNlcidzIHBhc3N3b3JkOiBhIHJlc2V0IGxpbmsgKHRoZSBkZWZhdWx0KSBvciBhIG9uZS10aW1lIHBhc3N3b3JkLCBpbiB0aGlzIGFuc3dlciBvbmx5LiBUaGUgb2xkIHBhc3N3b3JkIHN0b3BzIHdvcmtpbmcgYW5kIHRoZWlyIHNlc3Npb25zIGVuZCBhdCBvbmNlLlwiLFxuICAgICAgICB0YWdzLFxuICAgICAgICBwYXJhbXM6IHVzZXJuYW1lUGFyYW1zLFxuICAgICAgICBib2R5OiB7IHR5cGU6ICdvYmplY3QnLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHsgY3JlZGVudGlhbDogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydpbnZpdGF0aW9uJywgJ29uZS10aW1lJ10sIGRlZmF1bHQ6ICdpbnZpdGF0aW9uJyB9IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBpc3N1ZWRTY2hlbWEsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3QgY3JlZGVudGlhbCA9IHJlcS5ib2R5Py5jcmVkZW50aWFsID8/ICdpbnZpdGF0aW9uJztcbiAgICAgIGNvbnN0IGlzc3VlZCA9IGF3YWl0IHN2YygpLmFjY2Vzcy5yZXNldFBhc3N3b3JkKHJlcS5hY3RvciEsIHJlcS5wYXJhbXMudXNlcm5hbWUsIGNyZWRlbnRpYWwpO1xuICAgICAgY29uc3QgdXNlciA9IGF3YWl0IHN2YygpLmFjY2Vzcy5nZXRVc2VyKHJlcS5hY3RvciEsIHJlcS5wYXJhbXMudXNlcm5hbWUpO1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgdXNlcjogdXNlck91dCh1c2VyKSxcbiAgICAgICAgY3JlZGVudGlhbCxcbiAgICAgICAgaW52aXRhdGlvblVybDogaXNzdWVkLmludml0YXRpb25Ub2tlbiA/IGludml0YXRpb25VcmwocmVxLCBpc3N1ZWQuaW52aXRhdGlvblRva2VuKSA6IG51bGwsXG4gICAgICAgIGludml0YXRpb25FeHBpcmVzQXQ6IGlzc3VlZC5pbnZpdGF0aW9uRXhwaXJlc0F0Py50b0lTT1N0cmluZygpID8/IG51bGwsXG4gICAgICAgIG9uZVRpbWVQYXNzd29yZDogaXNzdWVkLm9uZVRpbWVQYXNzd29yZCA/PyBudWxsLFxuICAgICAgfTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IHVzZXJuYW1lOiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS91c2Vycy86dXNlcm5hbWUvc2Vjb25kLWZhY3Rvci1yZXNldCcsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzcyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiUmVzZXRzIGEgdXNlcidzIHNlY29uZCBmYWN0b3I6IHRoZXkgc2V0IGl0IHVwIGFnYWluIGF0IHRoZWlyIG5leHQgc2lnbi1pbi5cIixcbiAgICAgICAgdGFncyxcbiAgICAgICAgcGFyYW1zOiB1c2VybmFtZVBhcmFtcyxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjA0OiB7IGRlc2NyaXB0aW9uOiAnUmVzZXQuJywgdHlwZTogJ251bGwnIH0sIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGF3YWl0IHN2YygpLmFjY2Vzcy5yZXNldFNlY29uZEZhY3RvcihyZXEuYWN0b3IhLCByZXEucGFyYW1zLnVzZXJuYW1lKTtcbiAgICAgIHJldHVybiByZXBseS5jb2RlKDIwNCkuc2VuZCgpO1xuICAgIH0sXG4gICk7XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBhZ2VuY2llcyBhbmQgYXJlYXNcbiAgYXBwLmdldDx7IFF1ZXJ5c3RyaW5nOiBQYWdlUXVlcnkgfT4oXG4gICAgJy9hcGkvdjEvYWdlbmNpZXMnLFxuICAgIHsgY29uZmlnOiB7IGFjY2VzcyB9LCBzY2hlbWE6IHsgc3VtbWFyeTogXCJUaGUgcGFydG5lcnNoaXAncyBhZ2VuY2llcywgYnkgY29kZSwgd2l0aCBob3cgbWFueSB1c2VycyBlYWNoIGhhcy5cIiwgdGFncywgcXVlcnlzdHJpbmc6IHBhZ2VRdWVyeSwgcmVzcG9uc2U6IHsgMjAwOiBwYWdlU2NoZW1hKCdhZ2VuY2llcycsIGFnZW5jeVNjaGVtYSksIC4uLnByb2JsZW1zIH0gfSB9LFxuICAgIGFzeW5jIChyZXEpID0+IHtcbiAgICAgIGNvbnN0IHJvd3MgPSAoYXdhaXQgc3ZjKCkucGFydG5lcnNoaXBzLmFnZW5jaWVzKHJlcS5hY3RvciEpKS5tYXAoKGEpID0+ICh7IGNvZGU6IGEuY29kZSwgbmFtZTogYS5uYW1lLCBraW5kOiBhLmtpbmQsIHVzZXJzOiBOdW1iZXIoYS51c2VycykgfSkpO1xuICAgICAgY29uc3QgcGFnZSA9IHBhZ2VPZlNvcnRlZChyb3dzLCByZXEucXVlcnksIChhKSA9PiBbYS5jb2RlXSk7XG4gICAgICByZXR1cm4geyBhZ2VuY2llczogcGFnZS5pdGVtcywgbmV4dDogcGFnZS5uZXh0IH07XG4gICAgfSxcbiAgKTtcblxuICBhcHAucG9zdDx7IEJvZHk6IHsgY29kZTogc3RyaW5nOyBuYW1lOiBzdHJpbmc7IGtpbmQ6IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL2FnZW5jaWVzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ0FkZHMgYW4gYWdlbmN5IHRvIHRoZSBwYXJ0bmVyc2hpcC4nLFxuICAgICAgICB0YWdzLFxuICAgICAgICBib2R5OiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydjb2RlJywgJ25hbWUnLCAna2luZCddLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHsgY29kZTogc3RyLCBuYW1lOiBzdHIsIGtpbmQ6IHN0ciB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogYWdlbmN5U2NoZW1hLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBhd2FpdCBzdmMoKS5wYXJ0bmVyc2hpcHMuYWRkQWdlbmN5KHJlcS5hY3RvciEsIHJlcS5ib2R5KTtcbiAgICAgIGNvbnN0IG1hZGUgPSAoYXdhaXQgc3ZjKCkucGFydG5lcnNoaXBzLmFnZW5jaWVzKHJlcS5hY3RvciEpKS5maW5kKChhKSA9PiBhLmNvZGUgPT09IHJlcS5ib2R5LmNvZGUudHJpbSgpLnRvVXBwZXJDYXNlKCkgfHwgYS5jb2RlID09PSByZXEuYm9keS5jb2RlLnRyaW0oKSkhO1xuICAgICAgcmVwbHkuY29kZSgyMDEpO1xuICAgICAgcmV0dXJuIHsgY29kZTogbWFkZS5jb2RlLCBuYW1lOiBtYWRlLm5hbWUsIGtpbmQ6IG1hZGUua2luZCwgdXNlcnM6IE51bWJlcihtYWRlLnVzZXJzKSB9O1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLmdldDx7IFF1ZXJ5c3RyaW5nOiBQYWdlUXVlcnkgfT4oXG4gICAgJy9hcGkvdjEvYXJlYXMnLFxuICAgIHsgY29uZmlnOiB7IGFjY2VzcyB9LCBzY2hlbWE6IHsgc3VtbWFyeTogXCJUaGUgcGFydG5lcnNoaXAncyBhcmVhcywgYnkgY29kZSwgd2l0aCBlYWNoIG9uZSdzIHBhcmVudC5cIiwgdGFncywgcXVlcnlzdHJpbmc6IHBhZ2VRdWVyeSwgcmVzcG9uc2U6IHsgMjAwOiBwYWdlU2NoZW1hKCdhcmVhcycsIGFyZWFTY2hlbWEpLCAuLi5wcm9ibGVtcyB9IH0gfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICBjb25zdCBwYWdlID0gcGFnZU9mU29ydGVkKGF3YWl0IHN2YygpLnBhcnRuZXJzaGlwcy5hcmVhcyhyZXEuYWN0b3IhKSwgcmVxLnF1ZXJ5LCAoYSkgPT4gW2EuY29kZV0pO1xuICAgICAgcmV0dXJuIHsgYXJlYXM6IHBhZ2UuaXRlbXMsIG5leHQ6IHBhZ2UubmV4dCB9O1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLnBvc3Q8eyBCb2R5OiB7IGNvZGU6IHN0cmluZzsgbmFtZTogc3RyaW5nOyBwYXJlbnRDb2RlPzogc3RyaW5nIHwgbnVsbCB9IH0+KFxuICAgICcvYXBpL3YxL2FyZWFzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ0FkZHMgYW4gYXJlYSAoYSB3YXJkLCBhIGRpc3RyaWN0KSB0byB0aGUgcGFydG5lcnNoaXAsIHdpdGhpbiBhIHBhcmVudCBhcmVhIHdoZW4gbmFtZWQuJyxcbiAgICAgICAgdGFncyxcbiAgICAgICAgYm9keTogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnY29kZScsICduYW1lJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBjb2RlOiBzdHIsIG5hbWU6IHN0ciwgcGFyZW50Q29kZTogc3RyTiB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogYXJlYVNjaGVtYSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgYXdhaXQgc3ZjKCkucGFydG5lcnNoaXBzLmFkZEFyZWEocmVxLmFjdG9yISwgeyBjb2RlOiByZXEuYm9keS5jb2RlLCBuYW1lOiByZXEuYm9keS5uYW1lLCBwYXJlbnRDb2RlOiByZXEuYm9keS5wYXJlbnRDb2RlIHx8IHVuZGVmaW5lZCB9KTtcbiAgICAgIGNvbnN0IGNvZGUgPSByZXEuYm9keS5jb2RlLnRyaW0oKTtcbiAgICAgIGNvbnN0IG1hZGUgPSAoYXdhaXQgc3ZjKCkucGFydG5lcnNoaXBzLmFyZWFzKHJlcS5hY3RvciEpKS5maW5kKChhKSA9PiBhLmNvZGUgPT09IGNvZGUgfHwgYS5jb2RlID09PSBjb2RlLnRvVXBwZXJDYXNlKCkpITtcbiAgICAgIHJlcGx5LmNvZGUoMjAxKTtcbiAgICAgIHJldHVybiBtYWRlO1xuICAgIH0sXG4gICk7XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBBUEkgdG9rZW5zXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogUGFnZVF1ZXJ5IH0+KFxuICAgICcvYXBpL3YxL3Rva2VucycsXG4gICAgeyBjb25maWc6IHsgYWNjZXNzIH0sIHNjaGVtYTogeyBzdW1tYXJ5OiBcIlRoZSBwYXJ0bmVyc2hpcCdzIEFQSSB0b2tlbnMsIG5ld2VzdCBmaXJzdCAobmV2ZXIgdGhlIHNlY3JldHMpLlwiLCB0YWdzLCBxdWVyeXN0cmluZzogcGFnZVF1ZXJ5LCByZXNwb25zZTogeyAyMDA6IHBhZ2VTY2hlbWEoJ3Rva2VucycsIHRva2VuU2NoZW1hKSwgLi4ucHJvYmxlbXMgfSB9IH0sXG4gICAgYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3QgcGFnZSA9IHBhZ2VPZlNvcnRlZChhd2FpdCBzdmMoKS5hY2Nlc3MubGlzdFRva2VucyhyZXEuYWN0b3IhKSwgcmVxLnF1ZXJ5LCAodCkgPT4gW3QuaWRdKTtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIHRva2VuczogcGFnZS5pdGVtcy5tYXAoKHQpID0+ICh7IC4uLnQsIGNyZWF0ZWRBdDogdC5jcmVhdGVkQXQudG9JU09TdHJpbmcoKSwgZXhwaXJlc0F0OiB0LmV4cGlyZXNBdC50b0lTT1N0cmluZygpLCByZXZva2VkQXQ6IHQucmV2b2tlZEF0Py50b0lTT1N0cmluZygpID8/IG51bGwgfSkpLFxuICAgICAgICBuZXh0OiBwYWdlLm5leHQsXG4gICAgICB9O1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLnBvc3Q8eyBCb2R5OiB7IHVzZXJuYW1lOiBzdHJpbmc7IG5hbWU6IHN0cmluZzsgc2NvcGU/OiAncmVhZCcgfCAncm9sZSc7IGV4cGlyZXNJbkRheXM/OiBudW1iZXIgfSB9PihcbiAgICAnL2FwaS92MS90b2tlbnMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3MgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIkNyZWF0ZXMgYW4gQVBJIHRva2VuIGZvciBhIHVzZXI6IHNjb3BlICdyZWFkJyAoR0VUIG9ubHksIHRoZSBkZWZhdWx0KSBvciAncm9sZScgKHdoYXRldmVyIHRoZSB1c2VyJ3Mgcm9sZSBtYXkgZG8pLCBleHBpcmluZyBpbiA5MCBkYXlzIHVubGVzcyBzYWlkLiBUaGUgc2VjcmV0IGlzIGluIHRoaXMgYW5zd2VyIG9ubHkuXCIsXG4gICAgICAgIHRhZ3MsXG4gICAgICAgIGJvZHk6IHtcbiAgICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgICByZXF1aXJlZDogWyd1c2VybmFtZScsICduYW1lJ10sXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHsgdXNlcm5hbWU6IHN0ciwgbmFtZTogc3RyLCBzY29wZTogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWy4uLlRPS0VOX1NDT1BFU10gfSwgZXhwaXJlc0luRGF5czogeyB0eXBlOiAnaW50ZWdlcicsIG1pbmltdW06IDEsIG1heGltdW06IE1BWF9UT0tFTl9EQVlTIH0gfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAxOiBjcmVhdGVkVG9rZW5TY2hlbWEsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IG1hZGUgPSBhd2FpdCBzdmMoKS5hY2Nlc3MuY3JlYXRlVG9rZW4ocmVxLmFjdG9yISwgcmVxLmJvZHkpO1xuICAgICAgcmVwbHkuY29kZSgyMDEpLmhlYWRlcignY2FjaGUtY29udHJvbCcsICduby1zdG9yZScpO1xuICAgICAgcmV0dXJuIHsgaWQ6IG1hZGUuaWQsIHRva2VuOiBtYWRlLnRva2VuLCBleHBpcmVzQXQ6IG1hZGUuZXhwaXJlc0F0LnRvSVNPU3RyaW5nKCkgfTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5kZWxldGU8eyBQYXJhbXM6IHsgaWQ6IG51bWJlciB9IH0+KFxuICAgICcvYXBpL3YxL3Rva2Vucy86aWQnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3MgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnUmV2b2tlcyBhIHRva2VuIGF0IG9uY2UuIFJldm9raW5nIGEgcmV2b2tlZCB0b2tlbiBjaGFuZ2VzIG5vdGhpbmcuJyxcbiAgICAgICAgdGFncyxcbiAgICAgICAgcGFyYW1zOiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydpZCddLCBwcm9wZXJ0aWVzOiB7IGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjA0OiB7IGRlc2NyaXB0aW9uOiAnUmV2b2tlZC4nLCB0eXBlOiAnbnVsbCcgfSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgYXdhaXQgc3ZjKCkuYWNjZXNzLnJldm9rZVRva2VuKHJlcS5hY3RvciEsIHJlcS5wYXJhbXMuaWQpO1xuICAgICAgcmV0dXJuIHJlcGx5LmNvZGUoMjA0KS5zZW5kKCk7XG4gICAgfSxcbiAgKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQVNBLFNBQVMsb0JBQW9CO0FBQzdCLFNBQVMscUJBQXFCLFlBQVksZ0JBQWdCO0FBQzFELFNBQVMsTUFBTSxVQUFVLFdBQVcsS0FBSyxLQUFLLEtBQUssWUFBWTtBQUUvRCxNQUFNLFNBQVM7QUFHZixNQUFNLFFBQXlCLENBQUMsZ0JBQWdCLGtCQUFrQixXQUFXLGdCQUFnQixlQUFlO0FBQzVHLE1BQU0sZUFBZSxDQUFDLFFBQVEsTUFBTTtBQUNwQyxNQUFNLGlCQUFpQjtBQUN2QixNQUFNLE9BQU8sQ0FBQyxnQkFBZ0I7QUFFOUIsTUFBTSxPQUFPLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxHQUFHLEtBQUssRUFBRTtBQUNoRCxNQUFNLGFBQWEsSUFBSTtBQUFBLEVBQ3JCLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiO0FBQUEsRUFDQSxZQUFZO0FBQUEsRUFDWixZQUFZO0FBQUEsRUFDWixVQUFVO0FBQUEsRUFDVixRQUFRLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxVQUFVLFdBQVcsd0JBQXdCLFVBQVUsRUFBRTtBQUFBLEVBQzFGLGNBQWM7QUFDaEIsQ0FBQztBQUNELE1BQU0sZUFBZSxJQUFJO0FBQUEsRUFDdkIsTUFBTTtBQUFBLEVBQ04sWUFBWSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsY0FBYyxVQUFVLEVBQUU7QUFBQSxFQUMvRCxlQUFlO0FBQUEsRUFDZixxQkFBcUI7QUFBQSxFQUNyQixpQkFBaUI7QUFDbkIsQ0FBQztBQUNELE1BQU0sZUFBZSxJQUFJLEVBQUUsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDeEUsTUFBTSxhQUFhLElBQUksRUFBRSxNQUFNLEtBQUssTUFBTSxLQUFLLFlBQVksS0FBSyxDQUFDO0FBQ2pFLE1BQU0sY0FBYyxJQUFJO0FBQUEsRUFDdEIsSUFBSTtBQUFBLEVBQ0osVUFBVTtBQUFBLEVBQ1YsTUFBTTtBQUFBLEVBQ04sT0FBTyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsR0FBRyxZQUFZLEVBQUU7QUFBQSxFQUNqRCxXQUFXO0FBQUEsRUFDWCxXQUFXO0FBQUEsRUFDWCxXQUFXO0FBQUEsRUFDWCxRQUFRLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxVQUFVLFdBQVcsU0FBUyxFQUFFO0FBQ25FLENBQUM7QUFDRCxNQUFNLHFCQUFxQixJQUFJLEVBQUUsSUFBSSxLQUFLLE9BQU8sRUFBRSxNQUFNLFVBQVUsYUFBYSwyREFBMkQsR0FBRyxXQUFXLFNBQVMsQ0FBQztBQUVuSyxNQUFNLGlCQUFpQixFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsVUFBVSxHQUFHLFlBQVksRUFBRSxVQUFVLEVBQUUsTUFBTSxVQUFVLFdBQVcsR0FBRyxXQUFXLElBQUksRUFBRSxFQUFFO0FBQzVJLE1BQU0sWUFBWSxFQUFFLE1BQU0sVUFBVSxZQUFZLG9CQUFvQjtBQUtwRSxTQUFTLGNBQWMsS0FBcUIsT0FBdUI7QUFDakUsU0FBTyxHQUFHLElBQUksUUFBUSxNQUFNLElBQUksSUFBSSxnQkFBZ0IsS0FBSztBQUMzRDtBQUVBLFNBQVMsUUFBUSxHQUFnQjtBQUMvQixTQUFPLEVBQUUsVUFBVSxFQUFFLFVBQVUsYUFBYSxFQUFFLGFBQWEsTUFBTSxFQUFFLE1BQU0sWUFBWSxFQUFFLFlBQVksWUFBWSxFQUFFLFlBQVksVUFBVSxFQUFFLFVBQVUsUUFBUSxFQUFFLFFBQVEsY0FBYyxFQUFFLGFBQWE7QUFDcE07QUFFTyxTQUFTLHVCQUF1QixLQUE0QjtBQUNqRSxRQUFNLE1BQU0sTUFBTSxJQUFJO0FBR3RCLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLE9BQU87QUFBQSxNQUNqQixRQUFRLEVBQUUsU0FBUywyREFBMkQsTUFBTSxhQUFhLFdBQVcsVUFBVSxFQUFFLEtBQUssV0FBVyxTQUFTLFVBQVUsR0FBRyxHQUFHLFNBQVMsRUFBRTtBQUFBLElBQzlLO0FBQUEsSUFDQSxPQUFPLFFBQVE7QUFDYixZQUFNLE9BQU8sYUFBYSxNQUFNLElBQUksRUFBRSxPQUFPLFVBQVUsSUFBSSxLQUFNLEdBQUcsSUFBSSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsUUFBUSxDQUFDO0FBQ2xHLGFBQU8sRUFBRSxPQUFPLEtBQUssTUFBTSxJQUFJLE9BQU8sR0FBRyxNQUFNLEtBQUssS0FBSztBQUFBLElBQzNEO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxFQUFFLFFBQVEsRUFBRSxPQUFPLEdBQUcsUUFBUSxFQUFFLFNBQVMseUVBQXlFLE1BQU0sUUFBUSxnQkFBZ0IsVUFBVSxFQUFFLEtBQUssWUFBWSxHQUFHLFNBQVMsRUFBRSxFQUFFO0FBQUEsSUFDN0wsT0FBTyxRQUFRLFFBQVEsTUFBTSxJQUFJLEVBQUUsT0FBTyxRQUFRLElBQUksT0FBUSxJQUFJLE9BQU8sUUFBUSxDQUFDO0FBQUEsRUFDcEY7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxPQUFPO0FBQUEsTUFDakIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1Q7QUFBQSxRQUNBLE1BQU07QUFBQSxVQUNKLE1BQU07QUFBQSxVQUNOLFVBQVUsQ0FBQyxZQUFZLGVBQWUsUUFBUSxRQUFRO0FBQUEsVUFDdEQsc0JBQXNCO0FBQUEsVUFDdEIsWUFBWTtBQUFBLFlBQ1YsVUFBVSxFQUFFLE1BQU0sVUFBVSxXQUFXLEdBQUcsV0FBVyxJQUFJO0FBQUEsWUFDekQsYUFBYSxFQUFFLE1BQU0sU0FBUztBQUFBLFlBQzlCLE9BQU8sRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxZQUNsQztBQUFBLFlBQ0EsUUFBUSxFQUFFLE1BQU0sVUFBVSxhQUFhLGlDQUFpQztBQUFBLFlBQ3hFLFlBQVksRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLGNBQWMsVUFBVSxHQUFHLFNBQVMsYUFBYTtBQUFBLFVBQ3hGO0FBQUEsUUFDRjtBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssY0FBYyxHQUFHLFNBQVM7QUFBQSxNQUM3QztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sSUFBSSxJQUFJO0FBQ2QsWUFBTSxhQUFhLEVBQUUsY0FBYztBQUNuQyxZQUFNLFdBQVcsRUFBRSxTQUFTLEtBQUs7QUFDakMsWUFBTSxTQUEyQixNQUFNLElBQUksRUFBRSxPQUFPLFFBQVEsSUFBSSxPQUFRLEVBQUUsVUFBVSxhQUFhLEVBQUUsYUFBYSxPQUFPLEVBQUUsU0FBUyxNQUFNLE1BQU0sRUFBRSxNQUFNLFlBQVksRUFBRSxRQUFRLFdBQVcsQ0FBQztBQUN4TCxZQUFNLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxRQUFRLElBQUksT0FBUSxRQUFRO0FBQzVELFlBQU0sS0FBSyxHQUFHLEVBQUUsT0FBTyxZQUFZLGlCQUFpQixtQkFBbUIsUUFBUSxDQUFDLEVBQUU7QUFDbEYsYUFBTztBQUFBLFFBQ0wsTUFBTSxRQUFRLElBQUk7QUFBQSxRQUNsQjtBQUFBLFFBQ0EsZUFBZSxPQUFPLGtCQUFrQixjQUFjLEtBQUssT0FBTyxlQUFlLElBQUk7QUFBQSxRQUNyRixxQkFBcUIsT0FBTyxxQkFBcUIsWUFBWSxLQUFLO0FBQUEsUUFDbEUsaUJBQWlCLE9BQU8sbUJBQW1CO0FBQUEsTUFDN0M7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLE9BQU87QUFBQSxNQUNqQixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVDtBQUFBLFFBQ0EsUUFBUTtBQUFBLFFBQ1IsTUFBTSxFQUFFLE1BQU0sVUFBVSxzQkFBc0IsT0FBTyxlQUFlLEdBQUcsWUFBWSxFQUFFLE1BQU0sUUFBUSxFQUFFLE1BQU0sU0FBUyxHQUFHLFVBQVUsRUFBRSxNQUFNLFVBQVUsRUFBRSxFQUFFO0FBQUEsUUFDdkosVUFBVSxFQUFFLEtBQUssWUFBWSxHQUFHLFNBQVM7QUFBQSxNQUMzQztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUSxRQUFRLE1BQU0sSUFBSSxFQUFFLE9BQU8sV0FBVyxJQUFJLE9BQVEsSUFBSSxPQUFPLFVBQVUsRUFBRSxNQUFNLElBQUksS0FBSyxNQUFNLFlBQVksSUFBSSxLQUFLLFFBQVEsVUFBVSxJQUFJLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxFQUMxSztBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLE9BQU87QUFBQSxNQUNqQixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVDtBQUFBLFFBQ0EsUUFBUTtBQUFBLFFBQ1IsTUFBTSxFQUFFLE1BQU0sVUFBVSxzQkFBc0IsT0FBTyxZQUFZLEVBQUUsWUFBWSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsY0FBYyxVQUFVLEdBQUcsU0FBUyxhQUFhLEVBQUUsRUFBRTtBQUFBLFFBQzdKLFVBQVUsRUFBRSxLQUFLLGNBQWMsR0FBRyxTQUFTO0FBQUEsTUFDN0M7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVE7QUFDYixZQUFNLGFBQWEsSUFBSSxNQUFNLGNBQWM7QUFDM0MsWUFBTSxTQUFTLE1BQU0sSUFBSSxFQUFFLE9BQU8sY0FBYyxJQUFJLE9BQVEsSUFBSSxPQUFPLFVBQVUsVUFBVTtBQUMzRixZQUFNLE9BQU8sTUFBTSxJQUFJLEVBQUUsT0FBTyxRQUFRLElBQUksT0FBUSxJQUFJLE9BQU8sUUFBUTtBQUN2RSxhQUFPO0FBQUEsUUFDTCxNQUFNLFFBQVEsSUFBSTtBQUFBLFFBQ2xCO0FBQUEsUUFDQSxlQUFlLE9BQU8sa0JBQWtCLGNBQWMsS0FBSyxPQUFPLGVBQWUsSUFBSTtBQUFBLFFBQ3JGLHFCQUFxQixPQUFPLHFCQUFxQixZQUFZLEtBQUs7QUFBQSxRQUNsRSxpQkFBaUIsT0FBTyxtQkFBbUI7QUFBQSxNQUM3QztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsT0FBTztBQUFBLE1BQ2pCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNUO0FBQUEsUUFDQSxRQUFRO0FBQUEsUUFDUixVQUFVLEVBQUUsS0FBSyxFQUFFLGFBQWEsVUFBVSxNQUFNLE9BQU8sR0FBRyxHQUFHLFNBQVM7QUFBQSxNQUN4RTtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sSUFBSSxFQUFFLE9BQU8sa0JBQWtCLElBQUksT0FBUSxJQUFJLE9BQU8sUUFBUTtBQUNwRSxhQUFPLE1BQU0sS0FBSyxHQUFHLEVBQUUsS0FBSztBQUFBLElBQzlCO0FBQUEsRUFDRjtBQUdBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxFQUFFLFFBQVEsRUFBRSxPQUFPLEdBQUcsUUFBUSxFQUFFLFNBQVMsc0VBQXNFLE1BQU0sYUFBYSxXQUFXLFVBQVUsRUFBRSxLQUFLLFdBQVcsWUFBWSxZQUFZLEdBQUcsR0FBRyxTQUFTLEVBQUUsRUFBRTtBQUFBLElBQ3BOLE9BQU8sUUFBUTtBQUNiLFlBQU0sUUFBUSxNQUFNLElBQUksRUFBRSxhQUFhLFNBQVMsSUFBSSxLQUFNLEdBQUcsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxPQUFPLE9BQU8sRUFBRSxLQUFLLEVBQUUsRUFBRTtBQUM5SSxZQUFNLE9BQU8sYUFBYSxNQUFNLElBQUksT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLElBQUksQ0FBQztBQUMxRCxhQUFPLEVBQUUsVUFBVSxLQUFLLE9BQU8sTUFBTSxLQUFLLEtBQUs7QUFBQSxJQUNqRDtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxPQUFPO0FBQUEsTUFDakIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1Q7QUFBQSxRQUNBLE1BQU0sRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFFBQVEsUUFBUSxNQUFNLEdBQUcsc0JBQXNCLE9BQU8sWUFBWSxFQUFFLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFBQSxRQUN6SSxVQUFVLEVBQUUsS0FBSyxjQUFjLEdBQUcsU0FBUztBQUFBLE1BQzdDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxJQUFJLEVBQUUsYUFBYSxVQUFVLElBQUksT0FBUSxJQUFJLElBQUk7QUFDdkQsWUFBTSxRQUFRLE1BQU0sSUFBSSxFQUFFLGFBQWEsU0FBUyxJQUFJLEtBQU0sR0FBRyxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsSUFBSSxLQUFLLEtBQUssS0FBSyxFQUFFLFlBQVksS0FBSyxFQUFFLFNBQVMsSUFBSSxLQUFLLEtBQUssS0FBSyxDQUFDO0FBQ3pKLFlBQU0sS0FBSyxHQUFHO0FBQ2QsYUFBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLE1BQU0sS0FBSyxNQUFNLE1BQU0sS0FBSyxNQUFNLE9BQU8sT0FBTyxLQUFLLEtBQUssRUFBRTtBQUFBLElBQ3hGO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxFQUFFLFFBQVEsRUFBRSxPQUFPLEdBQUcsUUFBUSxFQUFFLFNBQVMsNkRBQTZELE1BQU0sYUFBYSxXQUFXLFVBQVUsRUFBRSxLQUFLLFdBQVcsU0FBUyxVQUFVLEdBQUcsR0FBRyxTQUFTLEVBQUUsRUFBRTtBQUFBLElBQ3RNLE9BQU8sUUFBUTtBQUNiLFlBQU0sT0FBTyxhQUFhLE1BQU0sSUFBSSxFQUFFLGFBQWEsTUFBTSxJQUFJLEtBQU0sR0FBRyxJQUFJLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLENBQUM7QUFDaEcsYUFBTyxFQUFFLE9BQU8sS0FBSyxPQUFPLE1BQU0sS0FBSyxLQUFLO0FBQUEsSUFDOUM7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsT0FBTztBQUFBLE1BQ2pCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNUO0FBQUEsUUFDQSxNQUFNLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxRQUFRLE1BQU0sR0FBRyxzQkFBc0IsT0FBTyxZQUFZLEVBQUUsTUFBTSxLQUFLLE1BQU0sS0FBSyxZQUFZLEtBQUssRUFBRTtBQUFBLFFBQ3hJLFVBQVUsRUFBRSxLQUFLLFlBQVksR0FBRyxTQUFTO0FBQUEsTUFDM0M7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksRUFBRSxhQUFhLFFBQVEsSUFBSSxPQUFRLEVBQUUsTUFBTSxJQUFJLEtBQUssTUFBTSxNQUFNLElBQUksS0FBSyxNQUFNLFlBQVksSUFBSSxLQUFLLGNBQWMsT0FBVSxDQUFDO0FBQ3ZJLFlBQU0sT0FBTyxJQUFJLEtBQUssS0FBSyxLQUFLO0FBQ2hDLFlBQU0sUUFBUSxNQUFNLElBQUksRUFBRSxhQUFhLE1BQU0sSUFBSSxLQUFNLEdBQUcsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLFFBQVEsRUFBRSxTQUFTLEtBQUssWUFBWSxDQUFDO0FBQ3RILFlBQU0sS0FBSyxHQUFHO0FBQ2QsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBR0EsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBLEVBQUUsUUFBUSxFQUFFLE9BQU8sR0FBRyxRQUFRLEVBQUUsU0FBUyxtRUFBbUUsTUFBTSxhQUFhLFdBQVcsVUFBVSxFQUFFLEtBQUssV0FBVyxVQUFVLFdBQVcsR0FBRyxHQUFHLFNBQVMsRUFBRSxFQUFFO0FBQUEsSUFDOU0sT0FBTyxRQUFRO0FBQ2IsWUFBTSxPQUFPLGFBQWEsTUFBTSxJQUFJLEVBQUUsT0FBTyxXQUFXLElBQUksS0FBTSxHQUFHLElBQUksT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQztBQUM3RixhQUFPO0FBQUEsUUFDTCxRQUFRLEtBQUssTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLEdBQUcsR0FBRyxXQUFXLEVBQUUsVUFBVSxZQUFZLEdBQUcsV0FBVyxFQUFFLFVBQVUsWUFBWSxHQUFHLFdBQVcsRUFBRSxXQUFXLFlBQVksS0FBSyxLQUFLLEVBQUU7QUFBQSxRQUNuSyxNQUFNLEtBQUs7QUFBQSxNQUNiO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxPQUFPO0FBQUEsTUFDakIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1Q7QUFBQSxRQUNBLE1BQU07QUFBQSxVQUNKLE1BQU07QUFBQSxVQUNOLFVBQVUsQ0FBQyxZQUFZLE1BQU07QUFBQSxVQUM3QixzQkFBc0I7QUFBQSxVQUN0QixZQUFZLEVBQUUsVUFBVSxLQUFLLE1BQU0sS0FBSyxPQUFPLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxHQUFHLFlBQVksRUFBRSxHQUFHLGVBQWUsRUFBRSxNQUFNLFdBQVcsU0FBUyxHQUFHLFNBQVMsZUFBZSxFQUFFO0FBQUEsUUFDdEs7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLG9CQUFvQixHQUFHLFNBQVM7QUFBQSxNQUNuRDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFlBQVksSUFBSSxPQUFRLElBQUksSUFBSTtBQUNoRSxZQUFNLEtBQUssR0FBRyxFQUFFLE9BQU8saUJBQWlCLFVBQVU7QUFDbEQsYUFBTyxFQUFFLElBQUksS0FBSyxJQUFJLE9BQU8sS0FBSyxPQUFPLFdBQVcsS0FBSyxVQUFVLFlBQVksRUFBRTtBQUFBLElBQ25GO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLE9BQU87QUFBQSxNQUNqQixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVDtBQUFBLFFBQ0EsUUFBUSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsSUFBSSxHQUFHLFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxVQUFVLEVBQUUsRUFBRTtBQUFBLFFBQ3BGLFVBQVUsRUFBRSxLQUFLLEVBQUUsYUFBYSxZQUFZLE1BQU0sT0FBTyxHQUFHLEdBQUcsU0FBUztBQUFBLE1BQzFFO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxJQUFJLEVBQUUsT0FBTyxZQUFZLElBQUksT0FBUSxJQUFJLE9BQU8sRUFBRTtBQUN4RCxhQUFPLE1BQU0sS0FBSyxHQUFHLEVBQUUsS0FBSztBQUFBLElBQzlCO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
