// `waymark partnership add`, `waymark area add` and `waymark agency add`:
// setting up a real partnership from an empty database (issue 13), and each
// one's `list`, to see what has been set up.
// `partnership add` acts for the installation (there may be no partnership
// yet); the others act for the partnership chosen by --partnership, or the
// only one there is.
import type { Command } from 'commander';
import { cliLabel, withCli, withInstallation, type GlobalOptions } from './context.js';
import { InvalidInputError } from '../errors.js';
import { printList } from './table.js';
import { AGENCY_KINDS, type NewArea } from '../partnerships/setup.js';

/** "E06000004=Stockton" or "E06000004": an area's code and name. */
function parseArea(value: string, previous: NewArea[] = []): NewArea[] {
  const eq = value.indexOf('=');
  const code = (eq < 0 ? value : value.slice(0, eq)).trim();
  const name = eq < 0 ? undefined : value.slice(eq + 1).trim();
  if (!code) throw new InvalidInputError(`--area takes CODE or CODE=NAME, not "${value}".`);
  return [...previous, { code, name: name || undefined }];
}

export function registerSetupCommands(program: Command): void {
  const partnership = program.command('partnership').description('set up partnerships');
  partnership
    .command('add')
    .description('create a partnership with its areas (works on an empty database)')
    .argument('<code>', 'short code, e.g. CLEVELAND')
    .requiredOption('--name <name>', 'full name')
    .option('--area <CODE[=NAME]>', 'an area of the partnership; repeat for each (e.g. --area E06000004=Stockton)', parseArea, [] as NewArea[])
    .action(async (code: string, opts: { name: string; area: NewArea[] }) => {
      await withInstallation(async ({ services }) => {
        const made = await services.partnerships.add({ label: cliLabel() }, { code, name: opts.name, areas: opts.area });
        const areas = opts.area.length ? ` with ${opts.area.length} area${opts.area.length === 1 ? '' : 's'} (${opts.area.map((a) => a.code).join(', ')})` : '';
        process.stdout.write(`Partnership ${made.code} added${areas}.\n`);
        process.stderr.write(
          `Next: add an agency (waymark agency add CODE --name NAME --kind KIND; waymark agency list shows them), then the first administrator ` +
            `(WAYMARK_NEW_PASSWORD=… waymark user add USERNAME --role administrator --agency CODE --name NAME)` +
            `, adding --partnership ${made.code} when there are several partnerships.\n`,
        );
      });
    });

  partnership
    .command('list')
    .description("the installation's partnerships (works on an empty database)")
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withInstallation(async ({ services }) => {
        const rows = (await services.partnerships.list()).map((p) => ({ code: p.code, name: p.name }));
        printList(rows, { json: opts.json, empty: 'No partnerships yet: add one with `waymark partnership add`.', head: ['code', 'name'], row: (p) => [p.code, p.name] });
      });
    });

  const area = program.command('area').description("the partnership's areas");
  area
    .command('list')
    .description("the partnership's areas, with the area each lies in")
    .option('--json', 'print JSON (the items of GET /api/v1/areas)')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        printList(await services.partnerships.areas(actor), {
          json: opts.json,
          empty: 'No areas yet: add one with `waymark area add`.',
          head: ['code', 'name', 'in'],
          row: (a) => [a.code, a.name, a.parentCode ?? ''],
        });
      });
    });
  area
    .command('add')
    .description('add an area (a district, or a neighbourhood in one with --parent)')
    .argument('<code>', 'area code, e.g. E06000004')
    .requiredOption('--name <name>', 'the area name')
    .option('--parent <code>', 'the code of the area it lies in')
    .action(async (code: string, opts: { name: string; parent?: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        await services.partnerships.addArea(actor, { code, name: opts.name, parentCode: opts.parent });
        process.stdout.write(`Area ${code} added.\n`);
      });
    });

  const agency = program.command('agency').description("the partnership's agencies");
  agency
    .command('list')
    .description("the partnership's agencies, with how many users each has")
    .option('--json', 'print JSON (the items of GET /api/v1/agencies)')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const rows = (await services.partnerships.agencies(actor)).map((a) => ({ code: a.code, name: a.name, kind: a.kind, users: Number(a.users) }));
        printList(rows, {
          json: opts.json,
          empty: 'No agencies yet: add one with `waymark agency add`.',
          head: ['code', 'name', 'kind', 'users'],
          row: (a) => [a.code, a.name, a.kind.replace('_', ' '), String(a.users)],
        });
      });
    });
  agency
    .command('add')
    .description('add an agency that users work for')
    .argument('<code>', 'short code, e.g. POLICE')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--kind <kind>', AGENCY_KINDS.join('|'))
    .action(async (code: string, opts: { name: string; kind: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        await services.partnerships.addAgency(actor, { code, name: opts.name, kind: opts.kind });
        process.stdout.write(`Agency ${code} added.\n`);
      });
    });
}
