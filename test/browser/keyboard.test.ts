// Keyboard alone (Tab, typing and Enter; no mouse): sign in, search, open a
// person, and skip to the person page's main content. Asserts the focus order
// passes through the skip link, the fields, the button and the results link.
// Then a review panel decision by keyboard: Tab to the radios, arrows to
// choose, a choice in a select, the reason typed, Enter on the button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { focused, tabTo, type Focused } from './support/keyboard.js';
import { SignInPage } from './pages/sign-in.js';
import { HomePage } from './pages/home.js';
import { PeopleSearchPage } from './pages/people-search.js';
import { PersonPage } from './pages/person.js';
import { PanelPage } from './pages/panel.js';
import { runSelection } from '../../src/selection/service.js';

let w: World;

beforeAll(async () => {
  if (hasChromium) w = await openWorld();
});
afterAll(async () => {
  await w?.close();
});

const isSkipLink = (f: Focused) => f.classes.includes('govuk-skip-link');

describe.skipIf(!hasChromium)('keyboard only', () => {
  it('signs in, searches, opens a person and skips to the main content', async () => {
    const page = await w.newPage();
    await SignInPage.visit(page);

    // Sign in: the skip link comes first, then the username, the password and the button.
    const toUsername = await tabTo(page, (f) => f.id === 'username', 'the username field');
    expect(isSkipLink(toUsername[0]!), `first Tab stop was ${JSON.stringify(toUsername[0])}`).toBe(true);
    await page.keyboard.type('officer');
    const toPassword = await tabTo(page, (f) => f.id === 'password', 'the password field');
    expect(toPassword).toHaveLength(1);
    await page.keyboard.type(PASSWORD);
    const toButton = await tabTo(page, (f) => f.tag === 'button' && f.text === 'Sign in', 'the Sign in button');
    expect(toButton).toHaveLength(1);
    await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.keyboard.press('Enter')]);
    const home = await new HomePage(page).arrive();
    expect(await home.signedInAs()).toContain('Sam Okafor');

    // To the search page through the navigation, then search.
    await tabTo(page, (f) => f.href === '/people', 'the People link');
    await Promise.all([page.waitForURL(/\/people$/), page.keyboard.press('Enter')]);
    await new PeopleSearchPage(page).arrive();
    await tabTo(page, (f) => f.id === 'q', 'the search field');
    await page.keyboard.type('Examplesson');
    await Promise.all([page.waitForURL(/\/people\?q=Examplesson/), page.keyboard.press('Enter')]);
    await new PeopleSearchPage(page).arrive();

    // The result's link, then the person page.
    const toResult = await tabTo(page, (f) => f.href === `/people/${w.seed.person.id}`, 'the search result link');
    expect(toResult.at(-1)!.text).toBe('EXAMPLESSON, Alfa');
    await Promise.all([page.waitForURL(/\/people\/\d+$/), page.keyboard.press('Enter')]);
    const person = await new PersonPage(page).arrive();
    expect(await person.name()).toBe('EXAMPLESSON, Alfa');

    // The first Tab stop is the skip link; Enter puts the focus on the main content.
    const toSkip = await tabTo(page, isSkipLink, 'the skip link', 1);
    expect(toSkip).toHaveLength(1);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main-content' });
    // Onwards from there: into the main content when it has anything to focus,
    // otherwise past it (the person page's main has no links: Tab wraps to the top).
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const a = document.activeElement;
      const mainHasStops = Boolean(main.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'));
      const inMain = Boolean(a && main.contains(a));
      return { mainHasStops, inMain, skip: Boolean(a?.classList.contains('govuk-skip-link')) };
    });
    if (where.mainHasStops) expect(where.inMain).toBe(true);
    else expect(where.skip).toBe(true);
  });

  it('shows where the focus is on every stop of the sign-in form', async () => {
    const page = await w.newPage();
    await SignInPage.visit(page);
    for (const wanted of ['username', 'password']) {
      await tabTo(page, (f) => f.id === wanted, wanted);
      // GOV.UK's focus style: a yellow outline (or box shadow) that is not "none".
      const style = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { outline: s.outlineStyle, shadow: s.boxShadow };
      });
      expect(style.outline !== 'none' || style.shadow !== 'none', `${wanted} shows no focus indicator`).toBe(true);
    }
  });
});

describe.skipIf(!hasChromium)('keyboard only at the review panel', () => {
  it('records a decision with Tab, arrows, typing and Enter', async () => {
    const { candidate, asOf, schemeCode } = w.seed;
    // Set-up (not the walk): a run on the data date, so the panel has a proposal.
    await runSelection(w.t.db, w.ta.f.operator, { schemeCode, asOf });
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('manager', PASSWORD);
    const panel = await PanelPage.visit(page, schemeCode, asOf);
    const section = panel.person(candidate.ref);
    const prefix = (await section.getAttribute('id'))!;
    const checked = async (name: string) => {
      const c = section.locator(`input[name="${name}"]:checked`);
      return (await c.count()) ? c.inputValue() : null;
    };

    // Tab reaches the decision radios at the first; nothing is chosen for the panel.
    const toRadios = await tabTo(page, (f) => f.id.startsWith(`${prefix}-decision`), 'the decision radios', 60);
    expect(toRadios.at(-1)!.id).toBe(`${prefix}-decision`);
    expect(await checked('decision')).toBeNull();
    // Space chooses the focused one; arrows move the choice within the group.
    await page.keyboard.press('Space');
    expect(await checked('decision')).toBe('accept');
    await page.keyboard.press('ArrowRight');
    expect(await checked('decision')).toBe('reject');
    await page.keyboard.press('ArrowLeft');
    expect(await checked('decision')).toBe('accept');

    // One Tab leaves the group for the next ("What changes", nothing chosen); Space chooses "Select onto the scheme".
    await page.keyboard.press('Tab');
    expect((await focused(page))!.id).toMatch(new RegExp(`^${prefix}-action`));
    expect(await checked('action')).toBeNull();
    await page.keyboard.press('Space');
    expect(await checked('action')).toBe('select');
    // The tier: arrows in the select, past "No tier" to the first tier.
    await page.keyboard.press('Tab');
    expect((await focused(page))!.id).toBe(`${prefix}-tierCode`);
    await page.keyboard.press('ArrowDown');
    expect(await section.getByLabel('Tier', { exact: true }).inputValue()).not.toBe('');
    // On past the de-selection reason and the exit plan to the reason.
    const toReason = await tabTo(page, (f) => f.id === `${prefix}-reason`, 'the reason', 3);
    expect(toReason.map((f) => f.id)).toEqual([`${prefix}-endReason`, `${prefix}-exitPlan`, `${prefix}-reason`]);
    await page.keyboard.type('Agreed at the panel: prolific burglar');
    const toButton = await tabTo(page, (f) => f.tag === 'button', 'the record button', 1);
    expect(toButton[0]!.text).toBe(`Record decision for ${candidate.family.toUpperCase()}, ${candidate.given}`);
    await Promise.all([page.waitForURL(/recorded=\d+/), page.keyboard.press('Enter')]);
    const after = await new PanelPage(page).arrive();
    expect(await after.banner()).toContain(`Decision recorded for ${candidate.family.toUpperCase()}, ${candidate.given}`);
    expect(await after.decisionTaken(candidate.ref, 'proposal:select')).toContain('Reason: Agreed at the panel: prolific burglar');
  });
});
