// Administration in a real browser (Chromium), axe on every page visited: an
// administrator invites a practitioner, who opens the link, sets a password,
// signs in and enrols a TOTP second factor; a user given a one-time password must change it first; an
// administrator adds an agency and an area, creates and revokes an API token,
// and disables a user whose open session then stops working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { SignInPage } from './pages/sign-in.js';
import { HomePage } from './pages/home.js';
import { AdminPage, ChangePasswordPage, InvitationPage, UsersPage } from './pages/admin.js';
import { AccountPage } from './pages/second-factor.js';
import { totpCodeAt } from '../../src/access/second-factor.js';

let w: World;

beforeAll(async () => {
  if (hasChromium) w = await openWorld();
});
afterAll(async () => {
  await w?.close();
});

describe.skipIf(!hasChromium)('administrator', () => {
  it('invites a practitioner, who sets a password from the link, signs in and enrols a second factor', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('admin', PASSWORD);
    expect(await home.navigationLinks()).toContain('Administration');
    const admin = await home.goToAdministration();
    const users = await admin.goToUsers();
    const issued = await (await users.addUser()).add({ username: 'new.practitioner', name: 'Nia Newcombe', role: 'Practitioner', agency: 'Test probation (PROBATION)', how: 'invitation' });
    const link = await issued.invitationLink();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitations\/[A-Za-z0-9_-]+$/);
    const user = await issued.backToUser('new.practitioner');
    expect(await user.summary('Status')).toBe('invited');

    // The invitee, in a browser of their own.
    const invitee = await w.newPage();
    const invitation = await InvitationPage.visit(invitee, new URL(link).pathname);
    expect(await invitation.text()).toContain('new.practitioner');
    const signIn = await invitation.setPassword('three words of mine');
    const inviteeHome = await signIn.signIn('new.practitioner', 'three words of mine');
    expect(await inviteeHome.signedInAs()).toContain('Nia Newcombe');
    expect(await inviteeHome.navigationLinks()).not.toContain('Administration');
    // Then enrols a TOTP second factor from their account page: the QR code,
    // the secret as text, a first code from the app, the recovery codes once.
    const enrol = await (await AccountPage.visit(invitee)).setUpSecondFactor();
    expect(await enrol.hasQrCode()).toBe(true);
    const secret = await enrol.secret();
    const recovery = await enrol.confirm(totpCodeAt(secret, new Date()));
    expect(await recovery.codes()).toHaveLength(10);
    await recovery.continue();
    expect(await (await AccountPage.visit(invitee)).secondFactor()).not.toBe('Not set up');

    // The link is spent.
    const again = await invitee.goto(new URL(link).pathname);
    expect(again?.status()).toBe(403);
    expect((await (await UsersPage.visit(page)).statusOf('new.practitioner')).trim()).toBe('active');
  }, 120_000);

  it('gives a one-time password, which must be changed before anything else', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('admin', PASSWORD);
    const users = await UsersPage.visit(page);
    const issued = await (await users.addUser()).add({ username: 'temp.analyst', name: 'Tam Analyst', role: 'Analyst', agency: 'Test police (POLICE)', how: 'one-time' });
    const otp = await issued.oneTimePassword();

    const other = await w.newPage();
    const change = await (await SignInPage.visit(other)).signInTo(ChangePasswordPage, 'temp.analyst', otp);
    expect(await change.text()).toContain('You signed in with a one-time password');
    // Any other page leads back here.
    await other.goto('/schemes');
    await new ChangePasswordPage(other).arrive();
    const home = await change.change(HomePage, otp, 'my own new password');
    expect(await home.signedInAs()).toContain('Tam Analyst');
  }, 120_000);

  it('adds an agency and an area, creates and revokes a token, and disables a user at once', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('admin', PASSWORD);
    const admin = await home.goToAdministration();

    const agencies = await (await admin.goToAgencies()).add('YOT', 'Northtown Youth Offending Team', 'Youth offending');
    expect(await agencies.names()).toContain('Northtown Youth Offending Team');
    const areas = await (await AdminPage.visit(page)).goToAreas();
    const withWard = await areas.add('E05000001', 'Northtown Central ward', 'Northtown (E06000001)');
    expect(await withWard.names()).toContain('Northtown Central ward');

    let tokens = await (await AdminPage.visit(page)).goToTokens();
    tokens = await tokens.create('Sam Okafor (officer)', 'nightly report');
    const token = await tokens.newToken();
    expect(token).toMatch(/^wm_/);
    const api = await fetch(`${w.baseUrl}/api/v1/people?q=x`, { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
    const id = Number((await page.locator('main table tbody tr', { hasText: 'nightly report' }).locator('td').first().innerText()).trim());
    tokens = await tokens.revoke(id);
    expect(await tokens.statusOf('nightly report')).toBe('revoked');
    expect((await fetch(`${w.baseUrl}/api/v1/people?q=x`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);

    // The housing practitioner is signed in elsewhere when they are disabled.
    const theirs = await w.newPage();
    await (await SignInPage.visit(theirs)).signIn('housing', PASSWORD);
    const user = await (await UsersPage.visit(page)).openUser('housing');
    const disabled = await user.disable('housing');
    expect(await disabled.banner()).toContain('The user was disabled');
    await theirs.goto('/people');
    await new SignInPage(theirs).arrive();
  }, 120_000);
});
