// The `waymark` command line: one door onto the same services as the web app
// and the API. Each feature registers its own commands.
import { Command } from 'commander';
import { describeError, exitCodeOf, inputErrorOfDatabase, isWaymarkError } from '../errors.js';
import { DataFolderLockedError } from '../db/lock.js';
import { registerCommands } from './commands.js';

const program = new Command('waymark')
  .description('Waymark: Integrated Offender Management for a local partnership')
  .option('--partnership <code>', 'the partnership to act for (needed when there are several)')
  .showHelpAfterError();

registerCommands(program);

program.parseAsync(process.argv).catch((raised: unknown) => {
  // A command's arguments cannot hold a NUL character (the system's argv cannot
  // carry one), but a file it reads can: the database's refusal is bad input too.
  const e = inputErrorOfDatabase(raised) ?? raised;
  // Bad input, something missing, a clash: one line the user can act on, never a stack trace.
  if (isWaymarkError(e)) {
    process.stderr.write(`waymark: ${describeError(e)}\n`);
    process.exit(exitCodeOf(e));
  }
  if (e instanceof DataFolderLockedError) {
    process.stderr.write(`waymark: ${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`waymark: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
