// Administration (SPEC 3.8): an administrator's pages for the partnership's
// users, agencies, areas and API tokens. Each change goes through a service
// that checks 'admin:users' and audits it; secrets (an invitation link, a
// one-time password, an API token) are shown once, on the page that made them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../glossary.js';
import type { IssuedCredential } from '../../access/users.js';
import { escape, formatDate } from '../html.js';
import { AGENCY_KIND_LABELS, NO_ERRORS, ROLE_LABELS, agencyItems, agencyKindItems, formErrorsOf, roleItems, type FormErrors } from '../view-models/admin.js';

type Body = Record<string, string | undefined>;

const BANNERS: Record<string, string> = {
  changed: 'The role and agency were changed.',
  disabled: 'The user was disabled: their sessions and API tokens stopped working.',
  'second-factor': 'The second factor was reset: the user sets it up again at their next sign-in.',
  agency: 'The agency was added.',
  area: 'The area was added.',
  revoked: 'The token was revoked.',
};

function banner(req: FastifyRequest): string | undefined {
  const done = (req.query as { done?: string } | undefined)?.done;
  return done ? BANNERS[done] : undefined;
}

/** The address of an invitation link, on the host the administrator is using. */
function invitationUrl(req: FastifyRequest, token: string): string {
  return `${req.protocol}://${req.host}/invitations/${token}`;
}

export function registerAdminRoutes(app: FastifyInstance): void {
  const access = 'admin:users' as const;
  const svc = () => app.services;

  app.get('/admin', { config: { access } }, async (_req, reply) => reply.render('admin-index.njk', { title: 'Administration' }));

  // ---------------------------------------------------------------- users
  app.get('/admin/users', { config: { access } }, async (req, reply) => {
    const users = await svc().access.listUsers(req.actor!);
    return reply.render('admin-users.njk', {
      title: 'Users',
      banner: banner(req),
      rows: users.map((u) => [
        { html: `<a class="govuk-link" href="/admin/users/${encodeURIComponent(u.username)}">${escape(u.username)}</a>` },
        { text: u.displayName },
        { text: ROLE_LABELS[u.role] },
        { text: u.agencyName },
        { text: u.status },
        { text: u.secondFactor ? 'Set up' : 'Not set up' },
      ]),
    });
  });

  async function newUserForm(req: FastifyRequest, reply: FastifyReply, values: Body = {}, form: FormErrors = NO_ERRORS) {
    const agencies = await svc().partnerships.agencies(req.actor!);
    if (form.errors.length) reply.code(400);
    return reply.render('admin-user-new.njk', {
      title: 'Add a user',
      values,
      ...form,
      roleItems: roleItems(values.role ?? 'practitioner'),
      agencyItems: agencyItems(agencies, values.agency),
      credential: values.credential ?? 'invitation',
    });
  }

  app.get('/admin/users/new', { config: { access } }, async (req, reply) => newUserForm(req, reply));

  app.post<{ Body: Body }>('/admin/users', { config: { access } }, async (req, reply) => {
    const b = req.body ?? {};
    const username = (b.username ?? '').trim();
    let issued: IssuedCredential;
    try {
      issued = await svc().access.addUser(req.actor!, {
        username,
        displayName: b.displayName ?? '',
        email: b.email ?? null,
        role: (b.role ?? '') as Role,
        agencyCode: b.agency ?? '',
        credential: b.credential === 'one-time' ? 'one-time' : 'invitation',
      });
    } catch (e) {
      const form = formErrorsOf(e, 'username');
      if (!form) throw e;
      return newUserForm(req, reply, b, form);
    }
    return issuedPage(req, reply, username, issued, 'User added');
  });

  function issuedPage(req: FastifyRequest, reply: FastifyReply, username: string, issued: IssuedCredential, title: string) {
    return reply.render('admin-issued.njk', {
      title,
      username,
      invitationUrl: issued.invitationToken ? invitationUrl(req, issued.invitationToken) : undefined,
      invitationExpires: issued.invitationExpiresAt ? formatDate(issued.invitationExpiresAt.toISOString().slice(0, 10)) : undefined,
      oneTimePassword: issued.oneTimePassword,
    });
  }

  async function userPage(req: FastifyRequest<{ Params: { username: string } }>, reply: FastifyReply, values: Body = {}, form: FormErrors = NO_ERRORS) {
    const user = await svc().access.getUser(req.actor!, req.params.username);
    const agencies = await svc().partnerships.agencies(req.actor!);
    if (form.errors.length) reply.code(400);
    return reply.render('admin-user.njk', {
      title: user.displayName,
      user,
      banner: banner(req),
      ...form,
      isSelf: req.session?.username === user.username,
      roleLabel: ROLE_LABELS[user.role],
      roleItems: roleItems(values.role ?? user.role),
      agencyItems: agencyItems(agencies, values.agency ?? user.agencyCode),
    });
  }

  app.get<{ Params: { username: string } }>('/admin/users/:username', { config: { access } }, async (req, reply) => userPage(req, reply));

  const userChange = (path: string, done: string, field: string, apply: (req: FastifyRequest<{ Params: { username: string }; Body: Body }>) => Promise<void>) =>
    app.post<{ Params: { username: string }; Body: Body }>(path, { config: { access } }, async (req, reply) => {
      try {
        await apply(req);
      } catch (e) {
        const form = formErrorsOf(e, field);
        if (!form) throw e;
        return userPage(req, reply, req.body ?? {}, form);
      }
      return reply.redirect(`/admin/users/${encodeURIComponent(req.params.username)}?done=${done}`, 303);
    });

  userChange('/admin/users/:username/role', 'changed', 'role', (req) =>
    svc().access.changeUser(req.actor!, req.params.username, { role: (req.body?.role ?? '') as Role, agencyCode: req.body?.agency ?? '' }),
  );
  userChange('/admin/users/:username/disable', 'disabled', 'disable', async (req) => {
    await svc().access.disableUser(req.actor!, req.params.username);
  });
  userChange('/admin/users/:username/second-factor', 'second-factor', 'second-factor', (req) => svc().access.resetSecondFactor(req.actor!, req.params.username));

  app.post<{ Params: { username: string }; Body: Body }>('/admin/users/:username/password', { config: { access } }, async (req, reply) => {
    let issued: IssuedCredential;
    try {
      issued = await svc().access.resetPassword(req.actor!, req.params.username, req.body?.credential === 'one-time' ? 'one-time' : 'invitation');
    } catch (e) {
      const form = formErrorsOf(e, 'credential');
      if (!form) throw e;
      return userPage(req, reply, req.body ?? {}, form);
    }
    return issuedPage(req, reply, req.params.username, issued, 'Password reset');
  });

  // ---------------------------------------------------------------- agencies and areas
  async function agenciesPage(req: FastifyRequest, reply: FastifyReply, values: Body = {}, form: FormErrors = NO_ERRORS) {
    const agencies = await svc().partnerships.agencies(req.actor!);
    if (form.errors.length) reply.code(400);
    return reply.render('admin-agencies.njk', {
      title: 'Agencies',
      banner: banner(req),
      values,
      ...form,
      kindItems: agencyKindItems(values.kind),
      rows: agencies.map((a) => [{ text: a.code }, { text: a.name }, { text: AGENCY_KIND_LABELS[a.kind] }, { text: String(a.users), format: 'numeric' }]),
    });
  }
  app.get('/admin/agencies', { config: { access } }, async (req, reply) => agenciesPage(req, reply));
  app.post<{ Body: Body }>('/admin/agencies', { config: { access } }, async (req, reply) => {
    const b = req.body ?? {};
    try {
      await svc().partnerships.addAgency(req.actor!, { code: b.code ?? '', name: b.name ?? '', kind: b.kind ?? '' });
    } catch (e) {
      const form = formErrorsOf(e, 'code');
      if (!form) throw e;
      return agenciesPage(req, reply, b, form);
    }
    return reply.redirect('/admin/agencies?done=agency', 303);
  });

  async function areasPage(req: FastifyRequest, reply: FastifyReply, values: Body = {}, form: FormErrors = NO_ERRORS) {
    const areas = await svc().partnerships.areas(req.actor!);
    if (form.errors.length) reply.code(400);
    return reply.render('admin-areas.njk', {
      title: 'Areas',
      banner: banner(req),
      values,
      ...form,
      parentItems: [{ value: '', text: 'None' }, ...areas.map((a) => ({ value: a.code, text: `${a.name} (${a.code})`, selected: a.code === values.parent }))],
      rows: areas.map((a) => [{ text: a.code }, { text: a.name }, { text: a.parentCode ?? '' }]),
    });
  }
  app.get('/admin/areas', { config: { access } }, async (req, reply) => areasPage(req, reply));
  app.post<{ Body: Body }>('/admin/areas', { config: { access } }, async (req, reply) => {
    const b = req.body ?? {};
    try {
      await svc().partnerships.addArea(req.actor!, { code: b.code ?? '', name: b.name ?? '', parentCode: b.parent || undefined });
    } catch (e) {
      const form = formErrorsOf(e, 'code');
      if (!form) throw e;
      return areasPage(req, reply, b, form);
    }
    return reply.redirect('/admin/areas?done=area', 303);
  });

  // ---------------------------------------------------------------- API tokens
  async function tokensPage(req: FastifyRequest, reply: FastifyReply, values: Body = {}, form: FormErrors = NO_ERRORS, created?: { token: string; id: number }) {
    const [tokens, users] = await Promise.all([svc().access.listTokens(req.actor!), svc().access.listUsers(req.actor!)]);
    if (form.errors.length) reply.code(400);
    return reply.render('admin-tokens.njk', {
      title: 'API tokens',
      banner: banner(req),
      values,
      ...form,
      created,
      csrf: req.session?.csrfToken,
      userItems: [{ value: '', text: 'Choose a user' }, ...users.filter((u) => !u.disabled).map((u) => ({ value: u.username, text: `${u.displayName} (${u.username})`, selected: u.username === values.user }))],
      scope: values.scope ?? 'read',
      tokens: tokens.map((t) => ({ ...t, created: formatDate(t.createdAt.toISOString().slice(0, 10)), expires: formatDate(t.expiresAt.toISOString().slice(0, 10)) })),
    });
  }
  app.get('/admin/tokens', { config: { access } }, async (req, reply) => tokensPage(req, reply));
  app.post<{ Body: Body }>('/admin/tokens', { config: { access } }, async (req, reply) => {
    const b = req.body ?? {};
    const days = (b.expiresIn ?? '').trim();
    try {
      const made = await svc().access.createToken(req.actor!, {
        username: b.user ?? '',
        name: b.name ?? '',
        scope: b.scope === 'role' ? 'role' : 'read',
        expiresInDays: days === '' ? undefined : /^\d+$/.test(days) ? Number(days) : Number.NaN,
      });
      return tokensPage(req, reply, {}, NO_ERRORS, { token: made.token, id: made.id });
    } catch (e) {
      const form = formErrorsOf(e, 'name', { user: 'user' });
      if (!form) throw e;
      return tokensPage(req, reply, b, form);
    }
  });
  app.post<{ Params: { id: string } }>('/admin/tokens/:id/revoke', { config: { access } }, async (req, reply) => {
    await svc().access.revokeToken(req.actor!, /^\d+$/.test(req.params.id) ? Number(req.params.id) : Number.NaN);
    return reply.redirect('/admin/tokens?done=revoked', 303);
  });
}
