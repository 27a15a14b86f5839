// Sign-in in a real browser (Chromium, axe on every page through the page
// objects): an administrator of a real partnership without a second factor is
// refused every page and sent to enrolment, enrols by reading the secret from
// the page, then signs in with a code; a session ends after the idle timeout
// (the app's clock is moved on); a disabled user's open session stops at once;
// sign out everywhere ends the user's other sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { movableClock } from '../support/app.js';
import { SignInPage } from './pages/sign-in.js';
import { HomePage } from './pages/home.js';
import { AccountPage, EnrolPage, SignInCodePage } from './pages/second-factor.js';
import { totpCodeAt } from '../../src/access/second-factor.js';

let w: World;
const clock = movableClock();

beforeAll(async () => {
  if (!hasChromium) return;
  w = await openWorld({ clock });
  // A real partnership, not a demo: its administrators must enrol.
  await w.t.db.updateTable('partnerships').set({ demo_second_factor_exempt: false }).where('id', '=', w.ta.f.partnershipId).execute();
});
afterAll(async () => {
  await w?.close();
});

describe.skipIf(!hasChromium)('second factor', () => {
  it('refuses an administrator without one every page but enrolment; they enrol and then sign in with a code', async () => {
    const page = await w.newPage();
    let enrol = await (await SignInPage.visit(page)).signInTo(EnrolPage, 'admin', PASSWORD);
    expect(await enrol.text()).toContain('must have a second factor before you can use Waymark');
    // Any other page sends them back.
    for (const path of ['/', '/people', '/account', '/imports']) {
      await page.goto(path);
      enrol = await new EnrolPage(page).arrive();
    }
    expect(await enrol.hasQrCode()).toBe(true);
    const secret = await enrol.secret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const codes = await enrol.confirm(totpCodeAt(secret, clock.now()));
    const recovery = await codes.codes();
    expect(recovery).toHaveLength(10);
    let home = await codes.continue();
    expect(await home.signedInAs()).toContain('Kit Ashworth');
    const account = await AccountPage.visit(page);
    expect(await account.secondFactor()).toBe('Set up; 10 recovery codes left');

    // Next time: the password, then a code; a wrong one is refused.
    await account.signOut();
    const code = await new SignInPage(page).signInTo(SignInCodePage, 'admin', PASSWORD);
    clock.advance(30_000);
    const refused = await code.enterWrongCode('000000');
    expect(await refused.text()).toContain('The code is not right');
    home = await refused.enterCode(HomePage, totpCodeAt(secret, clock.now()));
    expect(await home.signedInAs()).toContain('Kit Ashworth');
  });

  it('a practitioner may set one up from their account page', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('analyst', PASSWORD);
    const account = await AccountPage.visit(page);
    expect(await account.secondFactor()).toBe('Not set up');
    const enrol = await account.setUpSecondFactor();
    expect(await enrol.text()).not.toContain('must have a second factor');
  });
});

describe.skipIf(!hasChromium)('sessions', () => {
  it('end after the idle timeout', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('officer', PASSWORD);
    clock.advance(29 * 60_000);
    await page.goto('/');
    await new HomePage(page).arrive();
    clock.advance(31 * 60_000);
    await page.goto('/people');
    const signIn = await new SignInPage(page).arrive();
    expect(page.url()).toMatch(/\/sign-in\?returnTo=%2Fpeople$/);
    // Signing in again leads where they were going.
    const { PeopleSearchPage } = await import('./pages/people-search.js');
    await signIn.signInTo(PeopleSearchPage, 'officer', PASSWORD);
  });

  it("stop at once when the user is disabled", async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('housing', PASSWORD);
    await home.goToPeople();
    await w.t.db.updateTable('users').set({ disabled: true }).where('username', '=', 'housing').execute();
    try {
      await page.goto('/people');
      await new SignInPage(page).arrive();
      await (await SignInPage.visit(page)).signInFailing('housing', PASSWORD);
    } finally {
      await w.t.db.updateTable('users').set({ disabled: false }).where('username', '=', 'housing').execute();
    }
  });

  it('sign out everywhere ends the sessions on other devices too', async () => {
    const phone = await w.newPage();
    const desk = await w.newPage();
    await (await SignInPage.visit(phone)).signIn('manager', PASSWORD);
    await (await SignInPage.visit(desk)).signIn('manager', PASSWORD);
    await (await AccountPage.visit(desk)).signOutEverywhere();
    await phone.goto('/');
    await new SignInPage(phone).arrive();
  });
});
