// The `waymark` command line: one door onto the same services as the web app
// and the API. Each feature registers its own commands. (Loaded by main.ts,
// once the embedded database has been started where a command will need it.)
import { Command, CommanderError } from 'commander';
import { failureOf } from './failure.js';
import { closeEmbeddedEarly } from '../db/embedded-early.js';
import { registerCommands } from './commands.js';

const program = new Command('waymark')
  .description('Waymark: Integrated Offender Management for a local partnership')
  .option('--partnership <code>', 'the partnership to act for (needed when there are several)')
  .showHelpAfterError()
  // Commander's own refusals (an unknown command, a missing option) and its
  // help throw here instead of ending the process at once, so a database
  // started early is closed first (set before the commands, which inherit it).
  .exitOverride();

registerCommands(program);

program.parseAsync(process.argv).catch(async (e: unknown) => {
  // Commander has already said what was wrong (or shown the help).
  if (e instanceof CommanderError) {
    await closeEmbeddedEarly();
    process.exit(e.exitCode);
  }
  const { text, code } = failureOf(e);
  process.stderr.write(text);
  // A command refused before it opened the database started early.
  await closeEmbeddedEarly();
  process.exit(code);
});
