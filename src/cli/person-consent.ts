// `waymark person consent REF --scope all|KIND,KIND [--date YYYY-MM-DD]` records
// consent to share the person's health detail; `--withdraw` withdraws it.
// Both are logged as alterations of the person's record.
import type { Command } from 'commander';
import { CliError, withCli, type GlobalOptions } from './context.js';
import { personByRef } from '../people/by-ref.js';
import { AGENCY_KINDS } from '../access/need-to-know.js';

export function registerConsentCommands(person: Command): void {
  person
    .command('consent')
    .description("record or withdraw a person's consent to share their health and drug-treatment detail")
    .argument('<ref>', 'the person reference')
    .option('--scope <scope>', `whom it is shared with: all, or agency kinds separated by commas (${AGENCY_KINDS.join(', ')})`)
    .option('--date <date>', 'the date consent was given or withdrawn, YYYY-MM-DD (default: the partnership’s today)')
    .option('--withdraw', 'withdraw the consent in force')
    .action(async (ref: string, opts: { scope?: string; date?: string; withdraw?: boolean }, cmd: Command) => {
      if (opts.withdraw && opts.scope !== undefined) throw new CliError('Give either --scope (to record consent) or --withdraw, not both.');
      if (!opts.withdraw && opts.scope === undefined) throw new CliError('Give --scope all|KIND,KIND to record consent, or --withdraw to withdraw it.');
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ database, services, actor }) => {
        const p = await personByRef(database.db, actor, ref);
        if (opts.withdraw) {
          const w = await services.consent.withdraw(actor, { personId: p.id, date: opts.date });
          process.stdout.write(`Consent to share health detail of ${p.person_ref} withdrawn on ${w.withdrawnDate}.\n`);
          return;
        }
        const c = await services.consent.record(actor, { personId: p.id, scope: opts.scope, givenDate: opts.date });
        process.stdout.write(`Consent to share health detail of ${p.person_ref} recorded, given on ${c.givenDate}, shared with ${c.scope === 'all' ? 'every agency' : c.scope.join(', ')}.\n`);
      });
    });
}
