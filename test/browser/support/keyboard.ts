// Keyboard-only walking: Tab until an element is focused, recording what took
// the focus on the way, so a test can assert the focus order.
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  id: string;
  text: string;
  href: string | null;
  classes: string;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.innerText || (el as HTMLInputElement).value || '').trim().slice(0, 80),
      href: el.getAttribute('href'),
      classes: el.className && typeof el.className === 'string' ? el.className : '',
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; returns the path. Fails after `max` presses. */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 40): Promise<Focused[]> {
  const path: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f) path.push(f);
    if (f && wanted(f)) return path;
  }
  const seen = path.map((f) => `${f.tag}${f.id ? '#' + f.id : ''} "${f.text}"`).join(' → ');
  throw new Error(`Tab never reached ${what} in ${max} presses. Focus went: ${seen}`);
}
