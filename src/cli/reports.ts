// `waymark report annual|quarterly` (issue 16): the partnership report of a
// scheme and period, written as HTML or PDF to a file; and `waymark report
// target`, the NI30 ceiling stored for a scheme and year (so --ceiling may be
// left out). The same report service as the /reports page and the API.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InvalidInputError } from '../errors.js';
import { withCli, type GlobalOptions } from './context.js';
import type { ReportKind } from '../reports/model.js';

const out = (s: string): void => {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
};
const progress = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

interface ReportOptions {
  scheme: string;
  year: string;
  quarter?: string;
  ceiling?: string;
  format: string;
  out: string;
  audience?: string;
}

/** Writes the file whole or not at all: to a temporary name beside it, then renamed. */
function writeWhole(file: string, data: string | Buffer): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new InvalidInputError(`--out: the folder ${dir} does not exist.`, { field: 'out', file });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

async function writeReport(kind: ReportKind, o: ReportOptions, cmd: Command): Promise<void> {
  if (o.format !== 'html' && o.format !== 'pdf') throw new InvalidInputError(`--format ${o.format}: choose html or pdf.`, { field: 'format' });
  const ceiling = o.ceiling === undefined ? null : Number(o.ceiling);
  if (o.ceiling !== undefined && !/^\s*\d*\.?\d+\s*$/.test(o.ceiling)) throw new InvalidInputError(`--ceiling ${o.ceiling}: give a fraction, e.g. 0.16 for 16%.`, { field: 'ceiling' });
  const written = await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
    const doc = await services.reports.build(actor, {
      kind,
      schemeCode: o.scheme,
      year: o.year,
      quarter: kind === 'quarterly' ? (o.quarter ?? null) === null ? null : Number(o.quarter) : null,
      ceiling,
      audience: (o.audience ?? 'board') as 'board' | 'staff',
      onProgress: (step) => progress(`Working out: ${step}…`),
      asFile: true,
      door: 'cli',
    });
    if (o.format === 'html') {
      writeWhole(o.out, services.reports.html(doc));
    } else {
      progress('Printing to PDF with Chromium…');
      writeWhole(o.out, await services.reports.pdf(doc));
    }
    return doc;
  });
  out(`Wrote ${written.title} (${written.audience} report, ${o.format.toUpperCase()}) to ${o.out}.`);
}

function reportOptions(c: Command): Command {
  return c
    .requiredOption('--scheme <code>', 'scheme code, e.g. PPO')
    .requiredOption('--year <yyyy/yy>', 'performance year, e.g. 2008/09')
    .option('--ceiling <fraction>', 'NI30 performance ceiling, e.g. 0.16 for 16% (default: the target stored for the scheme and year)')
    .requiredOption('--format <html|pdf>', 'html, or pdf (printed by headless Chromium: /usr/bin/chromium or WAYMARK_CHROMIUM)')
    .requiredOption('--out <file>', 'the file to write')
    .option('--audience <board|staff>', 'board: figures only, counts 1 to 4 suppressed; staff: names where you may see them', 'board');
}

export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('annual and quarterly partnership reports (HTML or PDF), and the NI30 targets they use');

  reportOptions(report.command('annual').description("a scheme's annual report for a performance year")).action((o: ReportOptions, cmd: Command) => writeReport('annual', o, cmd));

  reportOptions(report.command('quarterly').description("a scheme's report for one quarter of a performance year"))
    .requiredOption('--quarter <1|2|3|4>', 'quarter of the performance year: 1 is April to June')
    .action((o: ReportOptions, cmd: Command) => writeReport('quarterly', o, cmd));

  report
    .command('target')
    .description('show, or with --ceiling set, the NI30 target of a scheme and performance year')
    .requiredOption('--scheme <code>', 'scheme code, e.g. PPO')
    .requiredOption('--year <yyyy/yy>', 'performance year, e.g. 2008/09')
    .option('--ceiling <fraction>', 'set the performance ceiling, e.g. 0.16 for 16%')
    .option('--stretch <fraction>', 'and an optional stretch target, e.g. 0.2')
    .option('--json', 'print JSON only')
    .action(async (o: { scheme: string; year: string; ceiling?: string; stretch?: string; json?: boolean }, cmd: Command) => {
      const r = await withCli(cmd.optsWithGlobals<GlobalOptions>(), ({ services, actor }) =>
        o.ceiling === undefined
          ? services.reports.target(actor, { scheme: o.scheme, year: o.year })
          : services.reports.setTarget(actor, { scheme: o.scheme, year: o.year, ceiling: o.ceiling, stretch: o.stretch }),
      );
      if (o.json) return out(JSON.stringify(r, null, 2));
      if (!r) return out(`No NI30 target stored for ${o.scheme} ${o.year}.`);
      out(`NI30 target for ${r.scheme} ${r.year}: ceiling ${r.ceiling}${r.stretch === null ? '' : `, stretch ${r.stretch}`} (version ${r.version}${r.updatedBy ? `, set by ${r.updatedBy}` : ''}).`);
    });
}
