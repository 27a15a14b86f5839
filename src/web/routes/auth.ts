// Sign in and sign out.
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../session-cookie.js';
import { preSessionCsrf } from '../csrf.js';

/** Only local paths, so a sign-in link cannot send someone to another site. */
export function safeReturnTo(v: unknown): string {
  return typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') ? v : '/';
}

export function registerAuthRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { returnTo?: string } }>('/sign-in', { config: { access: 'public' } }, async (req, reply) => {
    if (req.session) return reply.redirect('/', 303);
    return reply.render('sign-in.njk', { title: 'Sign in', csrfToken: preSessionCsrf(req, reply), returnTo: safeReturnTo(req.query.returnTo), fieldErrors: {} });
  });

  app.post<{ Body: { username?: string; password?: string; returnTo?: string } }>('/sign-in', { config: { access: 'public' } }, async (req, reply) => {
    const username = (req.body?.username ?? '').trim();
    const password = req.body?.password ?? '';
    const returnTo = safeReturnTo(req.body?.returnTo);
    const fieldErrors: Record<string, string> = {};
    if (!username) fieldErrors.username = 'Enter your username';
    if (!password) fieldErrors.password = 'Enter your password';
    const again = (status: number, errors: Record<string, string>, summary?: string) => {
      reply.code(status);
      const list = summary ? [{ text: summary, href: '#username' }] : Object.entries(errors).map(([k, text]) => ({ text, href: `#${k}` }));
      return reply.render('sign-in.njk', { title: 'Sign in', csrfToken: preSessionCsrf(req, reply), returnTo, username, fieldErrors: errors, errors: list });
    };
    if (Object.keys(fieldErrors).length) return again(400, fieldErrors);
    const result = await app.services.access.signIn(username, password, req.ip);
    if (!result.ok) {
      if (result.reason === 'rate_limited') {
        return again(429, {}, `Too many failed attempts. Wait ${result.waitMinutes} minutes, then try again.`);
      }
      return again(401, { username: ' ', password: ' ' }, 'The username or password is not right');
    }
    const token = await app.services.access.createSession(result.userId);
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: app.deps.config.secureCookies,
      maxAge: app.deps.config.sessionHours * 3600,
    });
    return reply.redirect(returnTo, 303);
  });

  app.post('/sign-out', { config: { access: 'signed-in' } }, async (req, reply) => {
    const s = req.session;
    if (s) await app.services.access.signOut(s);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in', 303);
  });
}
