// The `waymark` command line: one door onto the same services as the web app
// and the API. Each feature registers its own commands.
import { Command } from 'commander';
import { failureOf } from './failure.js';
import { registerCommands } from './commands.js';

const program = new Command('waymark')
  .description('Waymark: Integrated Offender Management for a local partnership')
  .option('--partnership <code>', 'the partnership to act for (needed when there are several)')
  .showHelpAfterError();

registerCommands(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  const { text, code } = failureOf(e);
  process.stderr.write(text);
  process.exit(code);
});
