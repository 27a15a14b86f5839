// The alerts and watch-list pages in a real browser (axe on every page the page
// objects arrive on): a police practitioner on the case team sees a release
// alert counted on the home page, acknowledges it, then saves a watch list and
// opens it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { SignInPage } from './pages/sign-in.js';
import { HomePage } from './pages/home.js';

let w: World;

beforeAll(async () => {
  if (!hasChromium) return;
  w = await openWorld();
  // The seed's person has an open case with the police on its team and an unacknowledged release alert.
}, 120_000);
afterAll(async () => {
  await w?.close();
});

describe.skipIf(!hasChromium)('alerts and watch lists', () => {
  it('counts, lists and acknowledges an alert, then saves and opens a watch list', async () => {
    const page = await w.newPage();
    const home = await (await SignInPage.visit(page)).signIn('officer', PASSWORD);
    const unacknowledged = await home.figure('unacknowledged-alerts');
    expect(unacknowledged).toBeGreaterThanOrEqual(1);
    const alerts = await home.goToAlerts();
    const name = `${w.seed.person.family.toUpperCase()}, ${w.seed.person.given}`;
    expect((await alerts.rows()).some((r) => r[0]!.toLowerCase() === 'released from custody' && r[1]!.startsWith(name))).toBe(true);
    const after = await alerts.acknowledge('Released from custody', name);
    expect((await after.rows()).find((r) => r[0]!.toLowerCase() === 'released from custody')![4]).toMatch(/^Acknowledged by officer/);

    await page.goto('/');
    const back = await new HomePage(page).arrive();
    expect(await back.figure('unacknowledged-alerts')).toBe(unacknowledged - 1);
    const watch = await back.goToWatchLists();
    const list = await watch.add('Convicted lately', 'Members convicted this month');
    expect(await list.downloadHref('CSV')).toMatch(/^\/exports\/watch-list\?format=csv&list=\d+$/);
    await list.results();
    await list.delete();
  }, 120_000);
});
