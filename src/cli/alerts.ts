// `waymark alerts …` and `waymark watchlist …`: the alerts addressed to a
// user, the daily refresh of the timed alerts, acknowledging one; saving,
// listing and running watch lists, and exporting one to a file.
import fs from 'node:fs';
import type { Command } from 'commander';
import { CliError, withCli, type GlobalOptions } from './context.js';
import { WATCH_QUERIES } from '../alerts/watch-queries.js';

export function registerAlertCommands(program: Command): void {
  const alerts = program.command('alerts').description('alerts raised from imports and from the work, and their acknowledgement');

  alerts
    .command('list')
    .description('list alerts, unacknowledged first (every alert, or those addressed to the agency of --user as that user may see them)')
    .option('--user <username>', "only the alerts addressed to this user's agency, as they may see them")
    .option('--limit <n>', 'at most this many (1 to 200)', '200')
    .option('--json', 'print JSON')
    .action(async (opts: { user?: string; limit: string; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const page = await services.alerts.list(actor, { forUser: opts.user, limit: opts.limit });
        if (opts.json) {
          process.stdout.write(JSON.stringify(page, null, 2) + '\n');
          return;
        }
        if (page.alerts.length === 0) process.stdout.write('No alerts.\n');
        for (const a of page.alerts) {
          const ack = a.acknowledged ? `acknowledged by ${a.acknowledged.by ?? 'someone'}` : 'UNACKNOWLEDGED';
          process.stdout.write(`${a.id}\t${a.raisedOn}\t${a.kind}\t${a.personRef}\t${a.detail}\t${ack}\n`);
        }
        if (page.next) process.stdout.write(`(more: raise --limit to see them)\n`);
      });
    });

  alerts
    .command('refresh')
    .description("raise the alerts due on a date (review due, release due within 3 months); safe to run again")
    .option('--as-of <date>', "the date, YYYY-MM-DD (default: the partnership's today)")
    .action(async (opts: { asOf?: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const r = await services.alerts.refresh(actor, { asOf: opts.asOf });
        process.stdout.write(`${r.raised} new alert${r.raised === 1 ? '' : 's'} raised for ${r.asOf}.\n`);
      });
    });

  alerts
    .command('acknowledge')
    .description('acknowledge an alert, for everyone it is addressed to')
    .argument('<id>', 'the alert id (from alerts list)')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const alertId = Number(id);
      if (!Number.isSafeInteger(alertId) || alertId <= 0) throw new CliError(`The alert id must be a whole number, not "${id}".`);
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const a = await services.alerts.acknowledge(actor, { alertId });
        process.stdout.write(`Alert ${a.id} (${a.kind}, ${a.personRef}) acknowledged.\n`);
      });
    });

  const watch = program.command('watchlist').description("the operator's watch lists: saved searches run daily");

  watch
    .command('add')
    .description('save a watch list')
    .argument('<name>', 'its name')
    .requiredOption('--query <query>', `the search: ${WATCH_QUERIES.join(', ')}`)
    .option('--offence <type>', 'for offending_by_type: a Home Office offence group (3 digits) or code (5 digits)')
    .action(async (name: string, opts: { query: string; offence?: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const l = await services.watchLists.create(actor, { name, query: opts.query, offence: opts.offence });
        process.stdout.write(`Watch list ${l.id} "${l.name}" saved: ${l.description}.\n`);
      });
    });

  watch
    .command('list')
    .description('list the saved watch lists')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const lists = await services.watchLists.list(actor);
        if (opts.json) process.stdout.write(JSON.stringify(lists, null, 2) + '\n');
        else if (lists.length === 0) process.stdout.write('No watch lists.\n');
        else for (const l of lists) process.stdout.write(`${l.id}\t${l.name}\t${l.description}\n`);
      });
    });

  watch
    .command('delete')
    .description('delete a saved watch list')
    .argument('<name>', 'its name')
    .action(async (name: string, _opts: unknown, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const list = await services.watchLists.byName(actor, name);
        await services.watchLists.delete(actor, list.id);
        process.stdout.write(`Watch list ${list.id} "${list.name}" deleted.\n`);
      });
    });

  watch
    .command('run')
    .description("run a watch list on the partnership's today; with --format, export it to a file (a logged disclosure)")
    .argument('<name>', 'its name')
    .option('--format <format>', 'csv or xlsx: write the results as a file')
    .option('--out <file>', 'the file to write (required with --format xlsx; default standard output for csv)')
    .option('--json', 'print JSON')
    .action(async (name: string, opts: { format?: string; out?: string; json?: boolean }, cmd: Command) => {
      if (opts.format === 'xlsx' && !opts.out) throw new CliError('Give --out FILE with --format xlsx.');
      if (opts.out && !opts.format) throw new CliError('Give --format csv|xlsx with --out.');
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const list = await services.watchLists.byName(actor, name);
        if (opts.format) {
          const file = await services.watchLists.export(actor, list.id, opts.format);
          if (opts.out) {
            fs.writeFileSync(opts.out, file.body);
            process.stderr.write(`${file.rows} ${file.rows === 1 ? 'person' : 'people'} written to ${opts.out}.\n`);
          } else process.stdout.write(file.body);
          return;
        }
        const r = await services.watchLists.run(actor, list.id);
        if (opts.json) {
          process.stdout.write(JSON.stringify({ watchList: r.list, asOf: r.asOf, results: r.rows }, null, 2) + '\n');
          return;
        }
        process.stdout.write(`${r.list.name}: ${r.list.description}, as of ${r.asOf}: ${r.rows.length} ${r.rows.length === 1 ? 'person' : 'people'}.\n`);
        for (const row of r.rows) process.stdout.write(`${row.personRef}\t${row.name}\t${row.date}\t${row.detail}\n`);
      });
    });
}
