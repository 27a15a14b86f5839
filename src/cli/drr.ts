// `waymark performance drr` and `waymark performance drr-target`: the DRR
// figures of a performance year against its target, and setting the target
// (issue 15). The same service as the /drr page and the API.
import type { Command } from 'commander';
import { withCli, type GlobalOptions } from './context.js';
import type { DrrFigures } from '../drr/service.js';
import { SUPPRESSED } from '../disclosure.js';

const out = (s: string): void => {
  process.stdout.write(s.endsWith('\n') ? s : s + '\n');
};
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const cnt = (x: number | null) => (x === null ? SUPPRESSED : String(x));

function table(head: string[], rows: string[][]): string {
  const cells = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The figures as a readable table with the method. */
export function formatDrr(r: DrrFigures): string {
  const row = (label: string, c: { starts: number | null; completions: number | null; earlyTerminations: number | null; otherEnds: number | null }) => [
    label,
    cnt(c.starts),
    cnt(c.completions),
    cnt(c.earlyTerminations),
    cnt(c.otherEnds),
  ];
  return [
    `DRR starts, completions and early terminations — ${r.year} (${r.start} to the day before ${r.end})`,
    '',
    table(['Quarter', 'Starts', 'Completions', 'Early terminations', 'Ended otherwise'], [...r.quarters.map((q) => row(q.label, q)), row('Year', r.total)]),
    '',
    r.target
      ? `Target        ${r.target.starts} starts (${pct(r.startsAgainstTarget)} reached)${r.target.completions === null ? '' : `; ${r.target.completions} completions (${pct(r.completionsAgainstTarget)} reached)`}`
      : 'Target        none set for this year',
    `Completion    ${pct(r.completionRate)} of the orders that ended in the year`,
    '',
    'Method',
    `  ${r.method}`,
  ].join('\n');
}

export function registerDrrCommands(perf: Command): void {
  perf
    .command('drr')
    .description('DRR starts, completions and early terminations in a performance year, by quarter, against the target')
    .option('--year <yyyy/yy>', "performance year, e.g. 2009/10 (default: the one containing the partnership's today)")
    .option('--json', 'print JSON only')
    .action(async (o: { year?: string; json?: boolean }, cmd: Command) => {
      const r = await withCli(cmd.optsWithGlobals<GlobalOptions>(), ({ services, actor }) => services.drr.figures(actor, o.year));
      out(o.json ? JSON.stringify(r, null, 2) : formatDrr(r));
    });

  perf
    .command('drr-target')
    .description("set a performance year's DRR target of starts (and optionally completions)")
    .requiredOption('--year <yyyy/yy>', 'performance year, e.g. 2009/10')
    .requiredOption('--starts <n>', 'target of DRR starts in the year')
    .option('--completions <n>', 'target of DRR completions in the year')
    .option('--json', 'print JSON only')
    .action(async (o: { year: string; starts: string; completions?: string; json?: boolean }, cmd: Command) => {
      const r = await withCli(cmd.optsWithGlobals<GlobalOptions>(), ({ services, actor }) =>
        services.drr.setTarget(actor, { year: o.year, starts: o.starts, completions: o.completions }),
      );
      out(o.json ? JSON.stringify(r, null, 2) : `DRR target for ${r.year}: ${r.starts} starts${r.completions === null ? '' : `, ${r.completions} completions`} (version ${r.version}).`);
    });
}
