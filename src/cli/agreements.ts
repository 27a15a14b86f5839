// `waymark agreement add|list|end`: the information-sharing agreements between
// agencies that disclosures rely on (SPEC 3.8).
import type { Command } from 'commander';
import { withCli, type GlobalOptions } from './context.js';
import { InvalidInputError } from '../errors.js';
import type { Agreement } from '../sharing/service.js';

function line(a: Agreement): string {
  const until = a.to ? `until ${a.to} (exclusive)` : 'open';
  return `${a.id}\t${a.title}\t${a.parties.map((p) => p.code).join(',')}\tfrom ${a.from} ${until}\t${a.data.join(', ')}\t${a.purpose}\n`;
}

export function registerAgreementCommands(program: Command): void {
  const agreement = program.command('agreement').description('information-sharing agreements between agencies');

  agreement
    .command('add')
    .description('record an agreement; disclosures between its parties rely on it while it is in force')
    .requiredOption('--title <title>', 'its title or reference')
    .requiredOption('--parties <codes>', 'agency codes, comma separated (PARTNERSHIP:CODE for an agency of another partnership)')
    .requiredOption('--purpose <purpose>', 'what the data are shared for')
    .requiredOption('--data <categories>', 'the categories of data shared, comma separated')
    .requiredOption('--from <date>', 'the first day it is in force (YYYY-MM-DD)')
    .option('--to <date>', 'the first day it is no longer in force (YYYY-MM-DD); open when left out')
    .action(async (opts: { title: string; parties: string; purpose: string; data: string; from: string; to?: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const id = await services.sharing.record(actor, { title: opts.title, parties: opts.parties.split(','), purpose: opts.purpose, data: opts.data.split(','), from: opts.from, to: opts.to ?? null });
        process.stdout.write(`Agreement ${id} recorded.\n`);
      });
    });

  agreement
    .command('list')
    .description('the agreements this partnership recorded or is a party to')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const list = await services.sharing.list(actor);
        if (opts.json) process.stdout.write(JSON.stringify(list, null, 2) + '\n');
        else if (list.length === 0) process.stdout.write('No information-sharing agreements are recorded.\n');
        else for (const a of list) process.stdout.write(line(a));
      });
    });

  agreement
    .command('end')
    .description('end an agreement: it is no longer in force from that day')
    .argument('<id>', 'the agreement id (see waymark agreement list)')
    .requiredOption('--on <date>', 'the first day it is no longer in force (YYYY-MM-DD)')
    .action(async (idText: string, opts: { on: string }, cmd: Command) => {
      const id = Number(idText);
      if (!Number.isSafeInteger(id) || id <= 0) throw new InvalidInputError(`The agreement id must be a whole number, not "${idText}".`);
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        await services.sharing.end(actor, { id, on: opts.on });
        process.stdout.write(`Agreement ${id} ends on ${opts.on}.\n`);
      });
    });
}
