// The reports page in a real browser (axe on every arrival): a scheme manager
// stores the year's NI30 target, and a board member previews the board report
// without giving a ceiling, with its charts, contents and downloads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { SignInPage } from './pages/sign-in.js';
import { ReportsPage } from './pages/reports.js';

let w: World;

beforeAll(async () => {
  if (!hasChromium) return;
  w = await openWorld();
}, 120_000);
afterAll(async () => {
  await w?.close();
});

describe.skipIf(!hasChromium)('the reports page', () => {
  it('stores a target, then previews the board report with its charts, contents and downloads', async () => {
    const scheme = `${w.seed.schemeName} (${w.seed.schemeCode})`;
    const manager = await w.newPage();
    await (await SignInPage.visit(manager)).signIn('manager', PASSWORD);
    const stored = await (await ReportsPage.visit(manager)).storeTarget({ scheme, year: '2008/09', ceiling: '0.16' });
    expect(await stored.text()).toContain(`The NI30 target for ${w.seed.schemeCode} 2008/09 is saved.`);

    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('board', PASSWORD);
    const reports = await ReportsPage.visit(page);
    expect(await reports.offersAudience()).toBe(false);
    const shown = await reports.choose({ scheme, year: '2008/09' });
    expect(await shown.previewTitle()).toMatch(/: annual report, 2008\/09/);
    expect(await shown.contents()).toEqual(expect.arrayContaining(['Headline figures', 'NI30: reoffending by the cohort', 'Disproportionality in selection']));
    expect(await shown.chartNames()).toEqual(expect.arrayContaining([expect.stringMatching(/^Convictions a quarter against expected, .* 2008\/09 \| /)]));
    expect(await shown.downloadHref('PDF')).toMatch(/^\/reports\/download\?.*format=pdf$/);
    expect(await shown.downloadHref('HTML')).toMatch(/^\/reports\/download\?.*audience=board&format=html$/);
    // No person anywhere on a board page.
    expect(await page.locator('main a[href^="/people/"]').count()).toBe(0);
  });
});
