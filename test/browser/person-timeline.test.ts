// The person page's timeline in a real browser with the page's scripts empty
// (issue 18): it opens on the newest 50 entries; "Show more" and the kind
// filter are a link and a GET form, so they work without any script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from './support/browser.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { SignInPage } from './pages/sign-in.js';
import { PersonTimelinePage } from './pages/person-timeline.js';
import { createPerson } from '../support/fixtures.js';

let w: World;
let personId: number;
const ARRESTS = 70;
const day = (i: number) => new Date(Date.UTC(2004, 0, 5) + i * 21 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  if (!hasChromium) return;
  w = await openWorld();
  personId = await createPerson(w.t.db, w.ta.f, { ref: 'NT-TIMELINE', family: 'Longhistory', given: 'Lou' });
  const base = { partnership_id: w.ta.f.partnershipId, person_id: personId };
  await w.t.db.insertInto('arrests').values(Array.from({ length: ARRESTS }, (_, i) => ({ ...base, arrest_date: day(i), offence_code: '04600', offence_code_raw: '04600', outcome: 'charged' as const }))).execute();
  await w.t.db.insertInto('outcomes').values({ ...base, offence_date: day(10), outcome_date: day(12), outcome: 'conviction', offence_code: '04600', offence_code_raw: '04600' }).execute();
}, 120_000);
afterAll(async () => {
  await w?.close();
});

/**
 * A page whose own scripts are empty (the GOV.UK and MoJ JavaScript and ours
 * answer with nothing), signed in as the police officer: what a browser
 * without JavaScript gets, while axe still runs through the DevTools protocol.
 */
async function noScriptPage(): Promise<Page> {
  const page = await w.newPage();
  await page.route(/\/assets\/js\//, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: '' }));
  await (await SignInPage.visit(page)).signIn('officer', PASSWORD);
  return page;
}

describe.skipIf(!hasChromium)('the person page timeline without JavaScript', () => {
  it('shows the newest 50 entries, then the rest with "Show more", and back to the newest', async () => {
    const page = await noScriptPage();
    const first = await PersonTimelinePage.visit(page, personId);
    expect(await first.summary()).toBe(`Entries 1 to 50 of ${ARRESTS + 1}, most recent first.`);
    const newest = await first.entries();
    expect(newest).toHaveLength(50);
    expect(newest[0]![0]).toBe(day(ARRESTS - 1));
    expect(await first.hasMore()).toBe(true);

    const second = await first.showMore();
    expect(page.url()).toContain('cursor=');
    expect(await second.summary()).toBe(`Entries 51 to ${ARRESTS + 1} of ${ARRESTS + 1}, most recent first.`);
    const older = await second.entries();
    expect(older).toHaveLength(ARRESTS + 1 - 50);
    expect(older[0]![0] <= newest[49]![0]).toBe(true);
    expect(await second.hasMore()).toBe(false);

    const back = await second.newest();
    expect(await back.entries()).toEqual(newest);
  }, 240_000);

  it('filters by kind with the GET form, and pages within the kinds chosen', async () => {
    const page = await noScriptPage();
    const all = await PersonTimelinePage.visit(page, personId);
    const convictions = await all.filter(['outcome']);
    const only = await convictions.entries();
    expect(only).toHaveLength(1);
    expect(only[0]![0]).toBe(day(12));
    expect(only[0]![1]).toMatch(/^Convicted: .*\(04600\)$/);
    expect(await convictions.summary()).toBe(`1 of ${ARRESTS + 1} entries, most recent first.`);
    const arrests = await convictions.filter(['arrest']);
    expect(await arrests.summary()).toBe(`Entries 1 to 50 of ${ARRESTS} of ${ARRESTS + 1}, most recent first.`);
    const more = await arrests.showMore();
    expect(page.url()).toContain('kind=arrest');
    expect((await more.entries()).every(([, title]) => title.startsWith('Arrested'))).toBe(true);
  }, 240_000);
});
