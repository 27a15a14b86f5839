// `waymark scheme …`: define schemes from the command line.
import type { Command } from 'commander';
import { withCli, CliError } from './context.js';
import { printList } from './table.js';
import { requireIsoDate } from '../calendar/dates.js';

export function registerSchemeCommands(program: Command): void {
  const scheme = program.command('scheme').description('define the schemes the partnership runs');
  scheme
    .command('list')
    .description("the partnership's schemes, with their capacity and members on a date")
    .option('--as-of <date>', "the date the members are counted on, YYYY-MM-DD (default: the partnership's today)")
    .option('--json', 'print JSON (the items of GET /api/v1/schemes)')
    .action(async (opts: { asOf?: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const asOf = opts.asOf ? requireIsoDate(opts.asOf, 'The as-of date', 'asOf') : await services.partnerships.today(actor);
        printList(await services.schemes.list(actor, asOf), {
          json: opts.json,
          empty: 'No schemes yet: add one with `waymark scheme add`.',
          head: ['code', 'name', 'capacity', `members on ${asOf}`],
          row: (s) => [s.code, s.name, s.capacity === null ? '' : String(s.capacity), String(s.members)],
        });
      });
    });
  scheme
    .command('add')
    .description('add a scheme (PPO, IOM, DRR, …)')
    .argument('<code>', 'short code, e.g. PPO')
    .requiredOption('--name <name>', 'full name')
    .option('--capacity <n>', 'how many people the scheme can take', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new CliError(`--capacity must be a whole number above 0, not "${v}"`);
      return n;
    })
    .option('--area <code...>', 'area codes the scheme covers')
    .action(async (code: string, opts: { name: string; capacity?: number; area?: string[] }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals(), async ({ services, actor }) => {
        const added = await services.schemes.add(actor, { code, name: opts.name, capacity: opts.capacity ?? null, areaCodes: opts.area ?? [] });
        process.stdout.write(`Scheme ${added.code} added.\n`);
      });
    });
}
