// Done when (issue 16): the demo's annual report renders to PDF, and the PDF's
// text carries the headline figures the NI30 measure works out. Through the
// CLI exactly as documented (`waymark report annual ... --format pdf --out`),
// printed by headless Chromium; the text is read back with the tests' own PDF
// reader (test/support/pdf-text.ts). Slow (the demo, then Chromium), so on
// the PostgreSQL pass only.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../support/db.js';
import { cliWorld, type CliWorld } from '../../support/cli.js';
import { createServices } from '../../../src/services.js';
import { loadConfig } from '../../../src/config.js';
import { systemClock } from '../../../src/calendar/clock.js';
import { chromiumPath } from '../../../src/reports/pdf.js';
import { pdfText, squeeze } from '../../support/pdf-text.js';

let cli: CliWorld;

beforeAll(async () => {
  if (testEngine !== 'postgres') return;
  cli = await cliWorld('waymark-report-');
  const demo = await cli.waymark(['demo', '--people', '3000', '--seed', '7']);
  expect(demo.code, demo.stderr).toBe(0);
}, 600_000);
afterAll(async () => {
  await cli?.close();
});

describe.skipIf(testEngine !== 'postgres' || chromiumPath() === null)("the demo's annual report as PDF", () => {
  it('prints through Chromium with a title, contents, page numbers and the NI30 headline the measure gives', async () => {
    const out = path.join(cli.dir, 'annual.pdf');
    const r = await cli.waymark(['report', 'annual', '--scheme', 'PPO', '--year', '2009/10', '--ceiling', '0.16', '--format', 'pdf', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    // Progress on stderr, the result on stdout.
    expect(r.stderr).toMatch(/Working out: NI30…[\s\S]*Printing to PDF with Chromium…/);
    expect(r.stdout).toMatch(/^Wrote .*annual report, 2009\/10.* \(board report, PDF\) to /);

    const pdf = fs.readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text.title).toMatch(/\(PPO\): annual report, 2009\/10 \(1 April 2009 to 31 March 2010\)$/);
    const first = squeeze(text.pages[0]!);
    const pages = text.pages.length;
    expect(pages).toBeGreaterThan(3);
    // Tagged: the structure tree and marked content are there; the outline too.
    expect(pdf.toString('latin1')).toMatch(/\/StructTreeRoot/);
    expect(pdf.toString('latin1')).toMatch(/\/Outlines/);
    // Page numbers in every footer.
    text.pages.forEach((p, i) => expect(squeeze(p).replace(/\n/g, '')).toContain(`Page${i + 1}of${pages}`));
    // The contents list at the start.
    expect(first).toMatch(/Contents\n1\.\nHeadlinefigures|Contents[\s\S]*NI30:reoffendingbythecohort[\s\S]*Disproportionalityinselection/);

    // The headline, against the NI30 measure on the same data.
    const d = await cli.open();
    try {
      const services = createServices({ database: d, clock: systemClock, config: loadConfig({}) });
      const p = await d.db.selectFrom('partnerships').select('id').executeTakeFirstOrThrow();
      const ni30 = await services.performance.ni30({ userId: null, partnershipId: p.id, role: 'administrator', agencyKind: null, label: 'test' }, { schemeCode: 'PPO', year: '2009/10', ceiling: 0.16 });
      expect(ni30.cohortSize).toBeGreaterThanOrEqual(5);
      const headline = /Headlinefigures\nCohort\n(.+)\nBaseline\n(.+)\nThreshold\n(.+)\nActual\n(.+)\nReductionachieved\n(.+)\n/.exec(first);
      expect(headline, first.slice(0, 1500)).not.toBeNull();
      expect(headline!.slice(1, 6)).toEqual([
        String(ni30.cohortSize),
        String(ni30.baseline),
        String(ni30.threshold),
        String(ni30.actual),
        ni30.reductionAchieved === null ? '–' : `${(ni30.reductionAchieved * 100).toFixed(1)}%`,
      ]);
      // The NI30 table's year total is the measure's actual too.
      expect(squeeze(text.text)).toContain(`Year\n${ni30.actual}\n${ni30.threshold}`);
    } finally {
      await cli.done(d);
    }
  }, 300_000);

  it('stores a target, then writes a quarterly HTML report without --ceiling; says what is wrong otherwise', async () => {
    const set = await cli.waymark(['report', 'target', '--scheme', 'PPO', '--year', '2009/10', '--ceiling', '0.16']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toBe('NI30 target for PPO 2009/10: ceiling 0.16 (version 1, set by ' + /set by (.*)\)\.\n$/.exec(set.stdout)![1] + ').\n');
    const shown = JSON.parse((await cli.waymark(['report', 'target', '--scheme', 'PPO', '--year', '2009/10', '--json'])).stdout);
    expect(shown).toMatchObject({ scheme: 'PPO', year: '2009/10', ceiling: 0.16, stretch: null, version: 1 });
    const out = path.join(cli.dir, 'q2.html');
    const r = await cli.waymark(['report', 'quarterly', '--scheme', 'PPO', '--year', '2009/10', '--quarter', '2', '--format', 'html', '--out', out, '--audience', 'staff']);
    expect(r.code, r.stderr).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<title>Prolific and other Priority Offenders (PPO): quarterly report, quarter 2 of 2009/10 (1 July 2009 to 30 September 2009)</title>');
    expect(html).toContain('16.0% (the target stored for the year)');
    const bad = await cli.waymark(['report', 'annual', '--scheme', 'PPO', '--year', '2008/09', '--format', 'html', '--out', path.join(cli.dir, 'x.html')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no target is stored for PPO 2008/09');
    expect(fs.existsSync(path.join(cli.dir, 'x.html'))).toBe(false);
  }, 400_000);
});
