// `waymark scheme …`: define schemes from the command line.
import type { Command } from 'commander';
import { withCli, CliError } from './context.js';

export function registerSchemeCommands(program: Command): void {
  const scheme = program.command('scheme').description('define the schemes the partnership runs');
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
