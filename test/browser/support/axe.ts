// axe-core on every page a browser test visits: any WCAG 2.2 AA violation fails
// the test with a readable list. axe is evaluated through the DevTools protocol,
// which the page's Content Security Policy does not govern, so the CSP under
// test stays exactly as served.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: string[];
  failureSummary?: string;
  html: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Every page (path) that passed the check in this process, for the coverage test. */
export const checkedPages = new Set<string>();

export function describeViolations(where: string, violations: AxeViolation[]): string {
  const lines = [`${violations.length} accessibility violation(s) on ${where}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact ?? 'no impact given'}): ${v.help} [${v.helpUrl}]`);
    for (const n of v.nodes.slice(0, 5)) {
      lines.push(`    at ${n.target.join(' ')}: ${n.html.slice(0, 160)}`);
      if (n.failureSummary) lines.push(`      ${n.failureSummary.replace(/\n/g, '\n      ')}`);
    }
    if (v.nodes.length > 5) lines.push(`    …and ${v.nodes.length - 5} more`);
  }
  return lines.join('\n');
}

export async function checkAccessibility(page: Page): Promise<void> {
  const started = performance.now();
  const hasAxe = await page.evaluate(() => typeof (window as any).axe !== 'undefined');
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (tags) => (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((r: any) => r.violations),
    WCAG_TAGS,
  )) as AxeViolation[];
  const url = new URL(page.url());
  if (violations.length) throw new Error(describeViolations(url.pathname + url.search, violations));
  checkedPages.add(url.pathname);
  if (process.env.WAYMARK_AXE_TIMING) process.stderr.write(`axe ${url.pathname}: ${Math.round(performance.now() - started)} ms\n`);
}
