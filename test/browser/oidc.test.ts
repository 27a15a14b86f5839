// Single sign-on in a real browser (Chromium): from Waymark's sign-in page,
// the button leads to the agency's OpenID Connect provider (a real provider,
// oidc-provider, started in this process on a loopback port), whose login
// form signs the officer in and sends them back to Waymark's home page. axe
// checks Waymark's pages; the provider's own page is not Waymark's to check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { openWorld, type World } from './support/world.js';
import { listenTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { SignInPage } from './pages/sign-in.js';

const LABEL = 'Sign in with Northmoor Police';
let w: World;
let idp: TestProvider;

beforeAll(async () => {
  if (!hasChromium) return;
  idp = await listenTestProvider();
  w = await openWorld({ config: { oidc: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, redirectUri: undefined, label: LABEL } } });
  idp.start({
    redirectUris: [`${w.baseUrl}/sign-in/oidc/callback`],
    identities: [
      { sub: 'np-1001', email: 'sam.okafor@northmoor-police.example', email_verified: true },
      { sub: 'np-1002', email: 'ria.lindqvist@northmoor-housing.example', email_verified: true },
      { sub: 'np-9999', email: 'someone.else@northmoor-police.example', email_verified: true },
    ],
  });
  await w.t.db.updateTable('users').set({ oidc_subject: 'np-1001' }).where('username', '=', 'officer').execute();
  await w.t.db.updateTable('users').set({ email: 'ria.lindqvist@northmoor-housing.example', disabled: true }).where('username', '=', 'housing').execute();
});
afterAll(async () => {
  await w?.close();
  await idp?.close();
});

describe.skipIf(!hasChromium)('single sign-on through OpenID Connect', () => {
  it('the button leads to the provider, whose login lands the officer signed in on the home page', async () => {
    const page = await w.newPage();
    const signIn = await SignInPage.visit(page);
    const provider = await signIn.signInWithProvider(LABEL, idp.issuer);
    const home = await provider.signIn('np-1001', 'any password');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await home.signedInAs()).toContain('Sam Okafor');
    // Signed in as the password sign-in would be: signing out works the same way.
    await home.signOut();
  });

  it('an identity with no Waymark account is refused with a clear page, and no session', async () => {
    const page = await w.newPage();
    const signIn = await SignInPage.visit(page);
    const provider = await signIn.signInWithProvider(LABEL, idp.issuer);
    const refused = await provider.signInRefused('np-9999', 'any password');
    expect(await refused.text()).toContain('There is no Waymark account for you');
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('waymark_session');
    await refused.backToSignIn();
  });

  it('a disabled account is refused', async () => {
    const page = await w.newPage();
    const signIn = await SignInPage.visit(page);
    const provider = await signIn.signInWithProvider(LABEL, idp.issuer);
    const refused = await provider.signInRefused('np-1002', 'any password');
    expect(await refused.text()).toContain('Your Waymark account is disabled');
  });
});
