// `waymark retention …`: the retention review from the command line (SPEC 3.8):
// the records due, a decision on one, and the partnership's period. The
// operator sees every record (restricted ones too); every list and decision is logged.
import type { Command } from 'commander';
import { withCli, CliError, type GlobalOptions } from './context.js';

export function registerRetentionCommands(program: Command): void {
  const retention = program.command('retention').description('retention review: records with no activity for the retention period');

  retention
    .command('due')
    .description('list the records due for review, oldest activity first (the list is logged)')
    .option('--as-of <date>', "the review date (default: the partnership's today)")
    .option('--limit <n>', 'how many at most', (v) => Number(v), 200)
    .option('--json', 'print JSON')
    .action(async (opts: { asOf?: string; limit: number; json?: boolean }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const due = await services.retention.due(actor, { asOf: opts.asOf, limit: opts.limit });
        if (opts.json) {
          process.stdout.write(JSON.stringify(due, null, 2) + '\n');
          return;
        }
        const n = due.records.length;
        process.stdout.write(`${n}${due.more ? '+' : ''} record${n === 1 && !due.more ? '' : 's'} with no activity since ${due.cutoff} (retention period ${due.years} years, as of ${due.asOf}).\n`);
        for (const r of due.records) {
          process.stdout.write(`${r.personRef.padEnd(16)} ${`${r.familyName}, ${r.givenNames}`.padEnd(32)} born ${r.dateOfBirth}  ${r.activityWithheld ?? `last activity ${r.lastActivity}  due ${r.dueOn}`}\n`);
        }
      });
    });

  retention
    .command('decide')
    .description('decide on one record: keep it (with a reason, reviewed again later), erase it, or anonymise it')
    .argument('<ref>', 'the person reference')
    .option('--keep', 'keep the record; it comes up again after --review-after (default a year)')
    .option('--erase', 'delete every row about the person (the audit log keeps its entries, by id)')
    .option('--anonymise', 'remove names, identifiers, aliases, postcodes and free text, and reduce the date of birth to its year; the events stay for statistics')
    .requiredOption('--reason <text>', 'why (recorded in the audit log: name no one)')
    .option('--review-after <date>', 'with --keep: when to review the record again')
    .option('--json', 'print JSON')
    .action(async (ref: string, opts: { keep?: boolean; erase?: boolean; anonymise?: boolean; reason: string; reviewAfter?: string; json?: boolean }, cmd: Command) => {
      const chosen = (['keep', 'erase', 'anonymise'] as const).filter((d) => opts[d]);
      if (chosen.length !== 1) throw new CliError('Choose one of --keep, --erase or --anonymise.');
      const decision = chosen[0]!;
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const r = await services.retention.decide(actor, { personRef: ref, decision, reason: opts.reason, reviewAfter: opts.reviewAfter });
        if (opts.json) {
          process.stdout.write(JSON.stringify(r) + '\n');
          return;
        }
        const done =
          decision === 'keep' ? `kept; it comes up for review again on ${r.reviewAfter}` : decision === 'erase' ? `erased (${r.records} record${r.records === 1 ? '' : 's'})` : 'anonymised';
        process.stdout.write(`${ref}: ${done}. Logged as ${decision === 'keep' ? 'an alteration' : 'an erasure'}.\n`);
      });
    });

  retention
    .command('period')
    .description('show the retention period, or set it with --years')
    .option('--years <n>', 'years without activity before a record comes up for review')
    .action(async (opts: { years?: string }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        if (opts.years === undefined) {
          process.stdout.write(`Records come up for review after ${await services.retention.period(actor)} years without activity.\n`);
          return;
        }
        const years = await services.retention.setPeriod(actor, { years: opts.years });
        process.stdout.write(`Records now come up for review after ${years} years without activity.\n`);
      });
    });
}
