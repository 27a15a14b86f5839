// A user's own account: accepting an invitation or reset link (access 'link':
// the link is the credential), and changing one's password, which a user given a
// one-time password must do before any other page (app.ts sends them here).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { preSessionCsrf } from '../csrf.js';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../view-models/admin.js';

type Body = Record<string, string | undefined>;

export function registerAccountRoutes(app: FastifyInstance): void {
  async function invitationPage(req: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply, form: FormErrors = NO_ERRORS) {
    const invitation = await app.services.access.invitationFor(req.params.token);
    if (!invitation) {
      // The link is the credential, and this one is refused.
      reply.code(403);
      return reply.render('error.njk', { title: 'This link cannot be used', message: 'It has expired or has been used already. Ask your administrator for a new one.' });
    }
    if (form.errors.length) reply.code(400);
    return reply.render('invitation.njk', {
      title: invitation.purpose === 'invitation' ? 'Set your password' : 'Set a new password',
      invitation,
      ...form,
      csrfToken: preSessionCsrf(req, reply),
    });
  }

  app.get<{ Params: { token: string } }>('/invitations/:token', { config: { access: 'link' } }, async (req, reply) => invitationPage(req, reply));

  app.post<{ Params: { token: string }; Body: Body }>('/invitations/:token', { config: { access: 'link' } }, async (req, reply) => {
    const b = req.body ?? {};
    const password = b.password ?? '';
    if (password !== (b.confirm ?? '')) {
      return invitationPage(req, reply, { errors: [{ text: 'The two passwords are not the same', href: '#confirm' }], fieldErrors: { confirm: 'The two passwords are not the same' } });
    }
    try {
      await app.services.access.acceptInvitation(req.params.token, password);
    } catch (e) {
      const form = formErrorsOf(e, 'password');
      if (!form) throw e;
      if ((e as { kind?: string }).kind === 'not_found') return invitationPage(req, reply);
      return invitationPage(req, reply, form);
    }
    return reply.redirect('/sign-in', 303);
  });

  async function changePage(req: FastifyRequest, reply: FastifyReply, form: FormErrors = NO_ERRORS) {
    const required = await app.services.access.passwordChangeRequired(req.session!.userId);
    if (form.errors.length) reply.code(400);
    return reply.render('account-password.njk', { title: 'Change your password', required, ...form });
  }

  app.get('/account/password', { config: { access: 'signed-in', beforeSecondFactor: true } }, async (req, reply) => {
    if (!req.session) return reply.redirect('/', 303);
    return changePage(req, reply);
  });

  app.post<{ Body: Body }>('/account/password', { config: { access: 'signed-in', beforeSecondFactor: true } }, async (req, reply) => {
    if (!req.session) return reply.redirect('/', 303);
    const b = req.body ?? {};
    if ((b.password ?? '') !== (b.confirm ?? '')) {
      return changePage(req, reply, { errors: [{ text: 'The two new passwords are not the same', href: '#confirm' }], fieldErrors: { confirm: 'The two new passwords are not the same' } });
    }
    try {
      await app.services.access.changeOwnPassword(req.actor!, { current: b.current ?? '', password: b.password ?? '' });
    } catch (e) {
      const form = formErrorsOf(e, 'password');
      if (!form) throw e;
      return changePage(req, reply, form);
    }
    return reply.redirect('/?passwordChanged=1', 303);
  });
}
