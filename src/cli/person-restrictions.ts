// `waymark person restrict REF --allow USERNAME...` and `waymark person
// unrestrict REF`: who may see a restricted record (SPEC 3.8). The operator
// acts for the data controller; each change is audited.
import type { Command } from 'commander';
import { withCli, type GlobalOptions } from './context.js';
import type { Restriction } from '../people/restrictions.js';

function describe(r: Restriction): string {
  return r.restricted
    ? `${r.personRef} is restricted: only ${r.allowed.map((u) => u.username).join(', ')} may see the record.\n`
    : `${r.personRef} is not restricted.\n`;
}

export function registerRestrictionCommands(person: Command): void {
  person
    .command('restrict')
    .description('restrict a person to named users, or change who they are')
    .argument('<ref>', 'the person reference')
    .requiredOption('--allow <username...>', 'the users who may see the record (replaces any named before)')
    .action(async (ref: string, opts: { allow: string[] }, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        const allow = opts.allow.flatMap((u) => u.split(',')).map((u) => u.trim()).filter(Boolean);
        process.stdout.write(describe(await services.restrictions.restrict(actor, { ref }, allow)));
      });
    });

  person
    .command('unrestrict')
    .description('lift the restriction on a person, so that everyone who may see people sees them')
    .argument('<ref>', 'the person reference')
    .action(async (ref: string, _opts: unknown, cmd: Command) => {
      await withCli(cmd.optsWithGlobals<GlobalOptions>(), async ({ services, actor }) => {
        process.stdout.write(describe(await services.restrictions.unrestrict(actor, { ref })));
      });
    });
}
