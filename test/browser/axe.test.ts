// The accessibility check itself: it must fail on a page with WCAG violations
// (else a clean run proves nothing) and pass a clean one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser } from './support/browser.js';
import { checkAccessibility } from './support/axe.js';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasChromium)('checkAccessibility', () => {
  it('fails with a readable list on a page with violations', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><title>Bad</title></head><body><main><h1>Bad</h1><img src="x.png"><input id="q"><p style="color:#bbb;background:#fff">faint</p></main></body></html>');
    const error = await checkAccessibility(page).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(/violation\(s\)/);
    expect(error?.message).toContain('html-has-lang');
    expect(error?.message).toContain('image-alt');
    expect(error?.message).toContain('label');
    expect(error?.message).toContain('color-contrast');
  });

  it('passes a clean page', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><head><title>Good</title></head><body><main><h1>Good</h1><label for="q">Search</label><input id="q"></main></body></html>');
    await expect(checkAccessibility(page)).resolves.toBeUndefined();
  });
});
