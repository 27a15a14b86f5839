// The core journey of each role in a real browser (Chromium), with axe-core on
// every page visited (see pages/base.ts): sign in, search, person page, scheme
// page, sign out; a board member refused a person; a restricted record opened
// with a stated reason that lands in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { checkedPages } from './support/axe.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { SignInPage } from './pages/sign-in.js';
import { PersonPage } from './pages/person.js';
import { PeopleSearchPage } from './pages/people-search.js';
import { ErrorPage } from './pages/error.js';
import { SchemesPage } from './pages/schemes.js';

let w: World;

beforeAll(async () => {
  if (hasChromium) w = await openWorld();
});
afterAll(async () => {
  await w?.close();
});

describe.skipIf(!hasChromium)('practitioner (police)', () => {
  it('signs in, searches, reads a person page, and signs out', async () => {
    const page = await w.newPage();
    const signIn = await SignInPage.visit(page);
    const home = await signIn.signIn('officer', PASSWORD);
    expect(await home.signedInAs()).toContain('Sam Okafor');
    expect(await home.navigationLinks()).toEqual(['Home', 'People', 'Schemes']);

    const search = await (await home.goToPeople()).search('examplesson');
    expect(await search.resultCountHeading()).toBe('1 person found');
    expect(await search.resultNames()).toEqual(['EXAMPLESSON, Alfa']);

    const person = await search.openPerson('EXAMPLESSON, Alfa');
    expect(await person.name()).toBe('EXAMPLESSON, Alfa');
    expect(await person.identityBar()).toContain(`PNC ${w.seed.person.pnc}`);
    expect(await person.summaryValue('Date of birth')).toBe('1986-03-14');
    const titles = await person.timelineTitles();
    expect(titles).toContain('Convicted');
    expect(titles).toContain('Intelligence report'); // police see intelligence
    expect(titles).toContain('Positive drug test');

    const back = await person.signOut();
    expect(page.url()).toMatch(/\/sign-in$/);
    // Signed out for real: the person page now asks for sign-in again.
    await page.goto(`/people/${w.seed.person.id}`);
    await back.arrive();
  });

  it('is told plainly when the password is wrong', async () => {
    const page = await w.newPage();
    const signIn = await (await SignInPage.visit(page)).signInFailing('officer', 'not the password');
    expect(await signIn.errorSummary()).toContain('The username or password is not right');
  });

  it('reaches a person page from a link before signing in, and lands there after', async () => {
    const page = await w.newPage();
    await page.goto(`/people/${w.seed.person.id}`);
    const signIn = await new SignInPage(page).arrive();
    const person = await signIn.signInTo(PersonPage, 'officer', PASSWORD);
    expect(await person.name()).toBe('EXAMPLESSON, Alfa');
  });
});

describe.skipIf(!hasChromium)('practitioner (housing)', () => {
  it('sees the person page without police intelligence or drug tests, and is told what is withheld', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('housing', PASSWORD);
    const person = await PersonPage.visit(page, w.seed.person.id);
    const titles = await person.timelineTitles();
    expect(titles).toContain('Convicted');
    expect(titles).not.toContain('Intelligence report');
    expect(titles).not.toContain('Positive drug test');
    expect((await person.notices()).join(' ')).toMatch(/Intelligence reports are shown to police staff only/);
  });
});

describe.skipIf(!hasChromium)('scheme manager', () => {
  it('opens the scheme page from the schemes list and follows a member to their page', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('manager', PASSWORD);
    const scheme = await (await home.goToSchemes()).openScheme(w.seed.schemeName);
    expect(await scheme.figure('size')).toBe(`${w.seed.members} / 20`);
    expect(await scheme.figure('custody')).toContain(String(w.seed.inCustody));
    const names = await scheme.memberNames();
    expect(names).toHaveLength(w.seed.members);
    const person = await scheme.openMember(names.find((n) => /^Examplesson/i.test(n))!);
    expect(await person.name()).toBe('EXAMPLESSON, Alfa');
  });
});

describe.skipIf(!hasChromium)('board member', () => {
  it('signs in to aggregates only and gets a plain 403 page for people and schemes', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('board', PASSWORD);
    expect(await home.navigationLinks()).toEqual(['Home']);
    expect(await home.text()).not.toContain('EXAMPLESSON');
    const refused = await ErrorPage.visit(page, `/people/${w.seed.person.id}`, 403);
    expect(await refused.message()).toBe('Your role does not give access to this page.');
    expect(await refused.text()).not.toContain('EXAMPLESSON');
    await ErrorPage.visit(page, '/people?q=examplesson', 403);
    await ErrorPage.visit(page, `/schemes/${w.seed.schemeCode}`, 403);
  });
});

describe.skipIf(!hasChromium)('restricted record', () => {
  it('asks a named user why, refuses a too-short reason, and logs the reason given', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('officer', PASSWORD);
    const search = await PeopleSearchPage.visit(page, 'Fictitia');
    const justify = await search.openRestrictedPerson('FICTITIA, Bravo');
    const again = await justify.justifyTooBriefly('because');
    expect(await again.errorSummary()).toContain('Give your reason in at least 10 characters');
    const reason = 'Preparing the PPO panel on 7 July 2009';
    const person = await again.justify(reason);
    expect(await person.name()).toBe('FICTITIA, Bravo');
    expect(await person.identityBar()).toMatch(/restricted/i);
    const entry = await w.t.db
      .selectFrom('audit_log')
      .select(['justification', 'user_id', 'action'])
      .where('person_id', '=', w.seed.restricted.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ justification: reason, user_id: w.ta.users.officer!.userId, action: 'consultation' });
  });

  it('stays hidden from a user who is not named on it', async () => {
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('manager', PASSWORD);
    const search = await PeopleSearchPage.visit(page, 'Fictitia');
    expect(await search.resultCountHeading()).toBe('0 people found');
    await ErrorPage.visit(page, `/people/${w.seed.restricted.id}`, 403);
  });
});

// Pages that exist but have no journey yet. Add a page object and a journey,
// then remove the page from this list.
const NOT_YET_COVERED: string[] = [];

describe.skipIf(!hasChromium)('coverage', () => {
  it('every HTML page of the app was visited and checked by axe in this file', () => {
    const pageRoutes = w.ta.app.routeTable
      .filter((r) => r.method === 'GET' && !r.url.startsWith('/assets/') && !r.url.startsWith('/api/') && r.url !== '/health')
      .map((r) => `GET ${r.url}`);
    const missing = pageRoutes.filter((r) => !w.servedPages.has(r) && !NOT_YET_COVERED.includes(r));
    expect(missing, 'pages no browser journey visits').toEqual([]);
    expect(checkedPages.size).toBeGreaterThanOrEqual(5);
  });
});
