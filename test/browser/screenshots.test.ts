// Screenshots for the README (docs/screenshots/): the person page and the scheme
// page over demo-like synthetic data. Only when asked, so a test run never
// changes files in the checkout:  WAYMARK_SCREENSHOTS=1 npx vitest run --project browser screenshots
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from './support/browser.js';
import { openWorld, PASSWORD, type World } from './support/world.js';
import { SignInPage } from './pages/sign-in.js';
import { PersonPage } from './pages/person.js';
import { SchemePage } from './pages/scheme.js';

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
});
