// Screenshots for the README (docs/screenshots/): the person page, the scheme
// page, the review panel agenda and the performance dashboard over demo-like
// synthetic data. Only when asked, so a test run never
// changes files in the checkout:  WAYMARK_SCREENSHOTS=1 npx vitest run --project browser screenshots
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { SignInPage } from './pages/sign-in.js';
import { PersonPage } from './pages/person.js';
import { SchemePage } from './pages/scheme.js';
import { PanelPage } from './pages/panel.js';
import { PerformanceChooserPage } from './pages/performance.js';
import { runSelection } from '../../src/selection/service.js';

const wanted = hasChromium && process.env.WAYMARK_SCREENSHOTS === '1';
const dir = path.resolve('docs/screenshots');
let w: World;

beforeAll(async () => {
  if (wanted) w = await openWorld();
});
afterAll(async () => {
  await w?.close();
});

describe.skipIf(!wanted)('screenshots', () => {
  it('takes the person page and the scheme page', async () => {
    fs.mkdirSync(dir, { recursive: true });
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('manager', PASSWORD);
    await PersonPage.visit(page, w.seed.person.id);
    await page.screenshot({ path: path.join(dir, 'person-page.png'), fullPage: true });
    await SchemePage.visit(page, w.seed.schemeCode);
    await page.screenshot({ path: path.join(dir, 'scheme-page.png'), fullPage: true });
    expect(fs.statSync(path.join(dir, 'person-page.png')).size).toBeGreaterThan(10_000);
  });

  it('takes the review panel agenda and the performance dashboard', async () => {
    fs.mkdirSync(dir, { recursive: true });
    await runSelection(w.t.db, w.ta.f.operator, { schemeCode: w.seed.schemeCode, asOf: w.seed.asOf });
    const page = await w.newPage();
    await (await SignInPage.visit(page)).signIn('manager', PASSWORD);
    // The agenda is long (a form on every item): its top, with the first proposal's form.
    await page.setViewportSize({ width: 1280, height: 1700 });
    await PanelPage.visit(page, w.seed.schemeCode, w.seed.asOf);
    await page.screenshot({ path: path.join(dir, 'panel.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

    const analyst = await w.newPage();
    await (await SignInPage.visit(analyst)).signIn('analyst', PASSWORD);
    await (await PerformanceChooserPage.visit(analyst)).choose({ scheme: `${w.seed.schemeName} (${w.seed.schemeCode})`, year: '2008/09', ceiling: '0.16' });
    await analyst.screenshot({ path: path.join(dir, 'performance.png'), fullPage: true });
    for (const name of ['panel.png', 'performance.png']) expect(fs.statSync(path.join(dir, name)).size).toBeGreaterThan(10_000);
  });
});
