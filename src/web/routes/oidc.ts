// Signing in through the agency's OpenID Connect provider (single sign-on):
// GET /sign-in/oidc sends the browser to the provider; the provider sends it
// back to GET /sign-in/oidc/callback, which signs the mapped user in exactly
// as the password sign-in does (the code step for a user with a second factor,
// else a session). Both are links and redirects (GETs), so the page's CSP
// form-action needs no provider host. Registered
// only when a provider is configured (WAYMARK_OIDC_ISSUER); otherwise the
// addresses do not exist and answer as any unknown address does.
import type { FastifyInstance } from 'fastify';
import type { OidcRefusal } from '../../access/oidc.js';
import { safeReturnTo, setSessionCookie, toCodeStep } from './auth.js';

/** The browser's half of a sign-in under way: short-lived, sent back only to the callback. */
export const OIDC_COOKIE = 'waymark_oidc';
const COOKIE_PATH = '/sign-in/oidc';
const CALLBACK = '/sign-in/oidc/callback';

const REFUSALS: Record<OidcRefusal, { status: number; title: string; message: (label: string) => string }> = {
  no_account: {
    status: 403,
    title: 'There is no Waymark account for you',
    message: () =>
      'Your organisation confirmed who you are, but no Waymark account is linked to that identity or to a verified work e-mail address. Ask your Waymark administrator to add your account with your work e-mail address.',
  },
  disabled: {
    status: 403,
    title: 'Your Waymark account is disabled',
    message: () => 'Your organisation confirmed who you are, but your Waymark account has been disabled. Ask your Waymark administrator if you still need it.',
  },
  expired: {
    status: 400,
    title: 'Your sign-in had expired',
    message: () => 'The sign-in took too long or was already used. Start again from the sign-in page.',
  },
  cancelled: {
    status: 400,
    title: 'Sign-in was cancelled',
    message: (label) => `You were not signed in. To try again, choose "${label}" on the sign-in page.`,
  },
  failed: {
    status: 502,
    title: 'Sign-in could not be completed',
    message: () => "Your organisation's sign-in service did not give an answer Waymark could check. Try again, or sign in with your Waymark username and password.",
  },
};

export function registerOidcRoutes(app: FastifyInstance): void {
  const settings = app.deps.config.oidc;
  if (!settings) return;
  const cookieOptions = { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax' as const, secure: app.deps.config.secureCookies };

  app.get<{ Querystring: { returnTo?: string } }>('/sign-in/oidc', { config: { access: 'public' } }, async (req, reply) => {
    if (req.session) return reply.redirect('/', 303);
    const redirectUri = settings.redirectUri ?? `${req.protocol}://${req.host}${CALLBACK}`;
    const start = await app.services.access.startOidcSignIn({ redirectUri, returnTo: safeReturnTo(req.query.returnTo) });
    reply.setCookie(OIDC_COOKIE, start.browserToken, { ...cookieOptions, maxAge: start.maxAgeSeconds });
    return reply.redirect(start.url, 303);
  });

  app.get(CALLBACK, { config: { access: 'public' } }, async (req, reply) => {
    const browserToken = req.cookies[OIDC_COOKIE];
    reply.clearCookie(OIDC_COOKIE, cookieOptions);
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
    const result = await app.services.access.finishOidcSignIn({ browserToken, query, ip: req.ip });
    if (!result.ok) {
      const refusal = REFUSALS[result.reason];
      reply.code(refusal.status);
      return reply.render('sign-in-oidc-refused.njk', { title: refusal.title, message: refusal.message(settings.label) });
    }
    // Then as after a password (routes/auth.ts): the code step for a user with
    // a second factor, else the same session and cookie.
    const next = await app.services.access.afterFirstFactor(result.userId, result.returnTo);
    if (next.next === 'second_factor') return toCodeStep(app, reply, next.challenge);
    setSessionCookie(app, reply, next.token);
    return reply.redirect(result.returnTo, 303);
  });
}
